"""A hukou requirement naming no province, on a post whose place is read from its employer's name
(no location stated): an office 驻北京 of a county or city reads as Beijing, yet 「限宜阳县户籍」 there
means that county; the county's own graduates are eligible, not sent to review, and a name only
the place list places (宜阳县, 洛阳市: one of each in China) is placed by the list. A place the list
cannot place keeps the inferred province (通州区 of a post read as 北京市)."""

from __future__ import annotations

import datetime as dt

import pytest

from matching.rules.engine import RulesEngine
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _hukou(engine, post, **fields):
    verdict = engine.check(graduate("g", "法学", **fields), post)
    (result,) = [r for r in verdict.results if r.kind == "hukou"]
    return result.status, result.reason


def _post(employer: str, cell: str):
    return job("p", "科员", employer=employer, conditions=(("其他要求", cell),))


def test_a_county_office_in_beijing_admits_the_countys_own_graduate(engine):
    post = _post("宜阳县人民政府驻北京联络处", "限宜阳县户籍")
    assert post.ranking_location == "北京市"  # what ranking reads; the hukou place is still 宜阳县's
    assert _hukou(engine, post, hukou="河南省洛阳市宜阳县") == (Status.ELIGIBLE, "户籍符合：岗位要求宜阳县户籍")
    assert _hukou(engine, post, hukou="北京市海淀区") == (
        Status.NOT_ELIGIBLE, "户籍不符：岗位要求宜阳县户籍（位于河南省洛阳市），您的户籍为北京市海淀区")


def test_a_city_office_in_beijing_admits_the_citys_graduates(engine):
    assert _hukou(engine, _post("洛阳市驻京办", "限洛阳市户籍"), hukou="河南省洛阳市")[0] is Status.ELIGIBLE
    assert _hukou(engine, _post("洛阳市驻京办", "限西工区户籍"), hukou="河南省洛阳市西工区")[0] is Status.ELIGIBLE


def test_a_name_the_list_cannot_place_keeps_the_inferred_province(engine):
    post = _post("洛阳市驻京办", "限通州区户籍")
    assert _hukou(engine, post, hukou="北京市通州区")[0] is Status.ELIGIBLE
    assert _hukou(engine, post, hukou="江苏省南通市通州区")[0] is Status.NEEDS_REVIEW


def test_seat_of_post_prefers_the_stated_location_then_an_inferred_place_that_names_it():
    from matching.rules.places import seat_of_post

    assert seat_of_post("宜阳县", "洛阳市宜阳县", "北京市") == "河南省洛阳市宜阳县"
    assert seat_of_post("宜阳县", None, "北京市") == "河南省洛阳市宜阳县"
    assert seat_of_post("通州区", None, "北京市") == "北京…通州区"
    assert seat_of_post("西工区", None, "河南省洛阳市西工区") == "河南省洛阳市西工区"
    assert seat_of_post("通州区", None, None) is None
