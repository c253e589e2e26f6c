"""A hukou requirement naming no province (「限宜阳县户籍」) is placed by the post's own place (stated,
else inferred from its employer or announcement) or the place list, so a graduate of another
province, or of another county of the same province, is refused; 「北京生源」 alone under 其他要求 is read."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from matching.rules.engine import RulesEngine
from matching.rules.places import apart, seat
from matching.verdict import Status
from tests.factories import graduate, job

HENAN_TABLE = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _hukou(engine, post, **fields):
    verdict = engine.check(graduate("g", "法学", **fields), post)
    (result,) = [r for r in verdict.results if r.kind == "hukou"]
    return result.status, result.reason


def _henan_post(cell: str, employer: str = "宜阳县人民法院", **fields):
    post = job("p", "一级科员", employer=employer, conditions=(("其他要求", cell),), **fields)
    return dataclasses.replace(post, announcement=HENAN_TABLE)


def test_a_county_named_alone_on_a_henan_post_refuses_a_graduate_of_another_province(engine):
    status, reason = _hukou(engine, _henan_post("限宜阳县户籍"), hukou="广东省广州市")
    assert status is Status.NOT_ELIGIBLE
    assert reason == "户籍不符：岗位要求宜阳县户籍（位于河南省洛阳市），您的户籍为广东省广州市"


def test_the_same_county_is_eligible_and_another_county_of_the_province_refused(engine):
    post = _henan_post("限宜阳县户籍")
    assert _hukou(engine, post, hukou="河南省洛阳市宜阳县")[0] is Status.ELIGIBLE
    status, reason = _hukou(engine, post, hukou="河南省郑州市金水区")
    assert status is Status.NOT_ELIGIBLE
    assert reason == "户籍不符：岗位要求宜阳县户籍（位于河南省洛阳市），您的户籍为河南省郑州市金水区"
    # the county's own city, or a hukou not stated: the record cannot tell
    assert _hukou(engine, post, hukou="河南省洛阳市")[0] is Status.NEEDS_REVIEW
    assert _hukou(engine, post)[0] is Status.NEEDS_REVIEW


def test_hukou_or_origin_refuses_when_both_lie_elsewhere_naming_where_the_county_is(engine):
    post = _henan_post("限宜阳县户籍或生源")
    status, reason = _hukou(engine, post, hukou="广东省广州市", origin_place="湖北省武汉市")
    assert status is Status.NOT_ELIGIBLE
    assert reason == ("户籍不符：岗位要求宜阳县户籍或生源（位于河南省洛阳市），您的户籍为广东省广州市、"
                      "生源地为湖北省武汉市，均不在其内")
    # the 生源地 not stated keeps that way open
    assert _hukou(engine, post, hukou="广东省广州市")[0] is Status.NEEDS_REVIEW
    assert _hukou(engine, post, hukou="广东省广州市", origin_place="河南省洛阳市宜阳县")[0] is Status.ELIGIBLE


def test_a_provincial_organ_or_the_announcement_alone_places_the_county_in_its_province(engine):
    post = _henan_post("限宜阳县户籍", employer="河南省教育厅")
    assert _hukou(engine, post, hukou="广东省广州市")[0] is Status.NOT_ELIGIBLE
    # 新县 (two characters, inside 阳新县): placed by the Henan announcement, not by its name alone
    assert _hukou(engine, _henan_post("限新县户籍", employer="某某中心"), hukou="湖北省黄石市阳新县")[0] is Status.NOT_ELIGIBLE
    bare = job("b", "一级科员", conditions=(("其他要求", "限新县户籍"),))
    assert _hukou(engine, bare, hukou="湖北省黄石市")[0] is Status.NEEDS_REVIEW


def test_a_stated_location_without_its_province_places_the_county(engine):
    post = job("s", "一级科员", location="洛阳市宜阳县", conditions=(("其他要求", "限宜阳县户籍"),))
    assert _hukou(engine, post, hukou="广东省广州市")[0] is Status.NOT_ELIGIBLE


def test_a_county_name_another_province_also_has_follows_the_posts_province():
    assert seat("鼓楼区", "河南省") == "河南省开封市鼓楼区"
    assert seat("鼓楼区", "北京市") == "北京…鼓楼区"  # not listed there: unknown, refuses nobody
    assert seat("鼓楼区", None) is None
    assert seat("宜阳县", None) == "河南省洛阳市宜阳县"  # the only 宜阳县 in China


def test_apart_within_henan_compares_prefectures_and_counties():
    assert apart("河南省洛阳市宜阳县", "河南省郑州市")
    assert apart("河南省洛阳市宜阳县", "河南省洛阳市洛龙区")
    assert not apart("河南省洛阳市宜阳县", "河南省洛阳市")
    assert not apart("河南省洛阳市", "河南省洛阳市宜阳县城关镇")
    assert not apart("河南省洛阳市宜阳县", "河南省")


def test_beijing_origin_alone_under_other_requirements_is_read(engine):
    post = job("bj", "科员", location="北京市", conditions=(("其他要求", "北京生源"),))
    status, reason = _hukou(engine, post, hukou="河北省保定市", origin_place="北京市海淀区")
    assert status is Status.ELIGIBLE
    assert reason == "生源地符合：岗位要求北京生源，您的生源地为北京市海淀区"
    assert _hukou(engine, post, hukou="北京市海淀区", origin_place="河北省保定市")[0] is Status.NOT_ELIGIBLE


@pytest.mark.parametrize("cell", ["非北京生源", "京外生源", "应届生源"])
def test_origin_words_naming_no_province_stay_unread(engine, cell):
    post = job("x", "科员", location="北京市", conditions=(("备注", cell),))
    assert not [c for c in engine.parse(post) if c.kind.name == "HUKOU"]
