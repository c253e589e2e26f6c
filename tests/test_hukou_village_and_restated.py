"""2026-12-07 review of the 户籍 check: a village after its county (「某县某村户籍」) is placed in the county the post's
location names, so a graduate of another province or city is refused, not reviewed; a county hukou is not read as
the village; and a 户籍 requirement stated twice (户籍地 and 备注, or 「详见备注」 and the 备注 spelling the exception
out) is said once."""

from __future__ import annotations

import datetime as dt

import pytest

from matching.rules.engine import RulesEngine
from matching.rules.places import seat
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _village_post():
    return job("v", "村后备干部", location="广东省江门市恩平市",
               conditions=(("户籍地", "恩平市石岭村户籍"), ("备注", "1.石岭村户籍。")))


def _hukou(verdict):
    return [(r.status, r.reason) for r in verdict.results if r.kind == "hukou"]


def _said(verdict):
    return [r for r in verdict.reasons() if r.startswith("户籍")]


def test_a_village_is_seated_in_the_county_the_location_names():
    assert seat("恩平市石岭村", "广东省江门市恩平市") == "广东省江门市恩平市石岭村"


def test_a_village_requirement_refuses_a_graduate_of_another_province_once(engine):
    verdict = engine.check(graduate("g", "法学", hukou="新疆维吾尔自治区喀什地区疏附县"), _village_post())
    assert verdict.status is Status.NOT_ELIGIBLE
    assert _said(verdict) == ["户籍不符：岗位要求恩平市石岭村户籍（位于广东省江门市），您的户籍为新疆维吾尔自治区喀什地区疏附县"]
    # both conditions still checked: the 备注's village alone is not placed, it is folded into the refusal
    assert [s for s, _ in _hukou(verdict)] == [Status.NOT_ELIGIBLE, Status.NEEDS_REVIEW]


def test_another_city_of_the_province_is_refused_and_the_county_itself_reviewed(engine):
    assert engine.check(graduate("g", "法学", hukou="广东省广州市天河区"), _village_post()).status is Status.NOT_ELIGIBLE
    county = engine.check(graduate("g", "法学", hukou="广东省江门市恩平市"), _village_post())
    # the county holds other villages: not met, not refused
    assert county.status is Status.NEEDS_REVIEW
    assert _said(county) == ["户籍待核实：岗位要求恩平市石岭村户籍，您的户籍为广东省江门市恩平市"]
    unknown = engine.check(graduate("g", "法学"), _village_post())
    assert _said(unknown) == ["户籍待核实：岗位要求恩平市石岭村户籍，您的户籍未填写"]


def test_a_hukou_naming_the_village_with_its_town_is_met_once(engine):
    verdict = engine.check(graduate("g", "法学", hukou="广东省江门市恩平市大槐镇石岭村"), _village_post())
    assert verdict.status is Status.ELIGIBLE
    assert _said(verdict) == ["户籍符合：岗位要求恩平市石岭村户籍"]


def _beijing_post():
    return job("b", "综合管理岗", location="北京市密云区",
               conditions=(("户籍地", "北京市常住户口；详见备注"),
                           ("备注", "限于截至公务员考试报名时具有北京市常住户口、人事行政关系在北京的人员（不包括2025年非北京生源毕业生"
                                   "及户口档案保留在学校的非北京生源往届毕业生）和符合面向2026年应届毕业生招考职位条件的人员报考。")))


def test_see_the_notes_is_said_once_by_the_notes_exception(engine):
    verdict = engine.check(graduate("g", "法学", hukou="河北省保定市", graduation_year=2026), _beijing_post())
    assert verdict.status is Status.NEEDS_REVIEW
    assert _said(verdict) == ["户籍待核实：岗位要求北京市户籍（另有例外：符合面向2026年应届毕业生招考职位条件的人员），"
                              "您的户籍为河北省保定市"]


def test_see_the_notes_is_folded_into_the_notes_refusal(engine):
    verdict = engine.check(graduate("g", "法学", hukou="河北省保定市", graduation_year=2028), _beijing_post())
    assert verdict.status is Status.NOT_ELIGIBLE
    (said,) = _said(verdict)
    assert said.startswith("户籍不符：岗位要求北京市户籍（另有例外：符合面向2026年应届毕业生招考职位条件的人员）")


def test_two_hukou_requirements_of_different_places_are_both_said(engine):
    post = job("t", "科员", location="河南省洛阳市宜阳县",
               conditions=(("户籍地", "宜阳县户籍"), ("备注", "限洛阳市户籍或生源")))
    verdict = engine.check(graduate("g", "法学", hukou="河南省洛阳市宜阳县", origin_place=None), post)
    assert len(_hukou(verdict)) == 2 and not any(r.folded for r in verdict.results if r.kind == "hukou")
