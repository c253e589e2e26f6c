"""A hukou naming only a city or county (「郑州市」「长春市」「昆山市」「郑州市金水区」) meets a post asking its
province's hukou, as the place reader places it (the reading that already refused it for another province);
a name several divisions share (朝阳区, 鼓楼区, 南山区, 昌江) stays 待核实 on both sides."""

from __future__ import annotations

import pytest

from matching.verdict import Status
# The engine and the one-condition check are the ones the neighbouring hukou tests use.
from tests.test_hukou_city_named_as_province_and_county_short_names import _hukou, engine  # noqa: F401

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.mark.parametrize(("cell", "location", "hukou"), [
    ("河南省户籍", "河南省", "郑州市"),
    ("河南省户籍", "河南省", "郑州市金水区"),
    ("河南省户籍", "河南省", "金水区"),
    ("河南省户籍", "河南省", "巩义市"),
    ("吉林省户籍", "吉林省", "长春市"),
    ("江苏省户籍", "江苏省", "昆山市"),
    ("江苏省户籍", "江苏省", "南京市鼓楼区"),  # shared 鼓楼区, but said with its city
    ("湖北省户籍", "湖北省", "洪山区"),
    ("四川省户籍", "四川省", "成都市"),
])
def test_city_or_county_hukou_meets_its_province(engine, cell, location, hukou):
    assert _hukou(engine, cell, location, hukou) == (OK, f"户籍符合：岗位要求{cell}")


def test_city_hukou_meets_province_hukou_or_origin(engine):
    assert _hukou(engine, "浙江省户籍或生源地", "浙江省", "杭州市西湖区")[0] is OK


@pytest.mark.parametrize(("cell", "location", "hukou"), [
    ("吉林省户籍", "吉林省", "郑州市"),
    ("河南省户籍", "河南省", "长春市"),
    ("河南省户籍", "河南省", "昆山市"),
    ("江苏省户籍", "江苏省", "郑州市金水区"),
    ("北京市户籍", "北京市", "巩义市"),
])
def test_unambiguous_place_of_another_province_is_refused(engine, cell, location, hukou):
    assert _hukou(engine, cell, location, hukou)[0] is FAIL


@pytest.mark.parametrize("hukou", ["朝阳区", "鼓楼区", "南山区", "昌江"])
@pytest.mark.parametrize(("cell", "location"), [
    ("北京市户籍", "北京市"), ("吉林省户籍", "吉林省"), ("江苏省户籍", "江苏省"), ("广东省户籍", "广东省"),
    ("海南省户籍", "海南省"), ("江西省户籍", "江西省"), ("河南省户籍", "河南省"),
])
def test_shared_names_stay_under_review_either_way(engine, cell, location, hukou):
    assert _hukou(engine, cell, location, hukou)[0] is REVIEW


def test_city_name_that_may_stand_for_beijing_district_stays_under_review(engine):
    # 朝阳市 is 辽宁's, yet may be written for 北京's 朝阳区: neither province is sure.
    assert _hukou(engine, "辽宁省户籍", "辽宁省", "朝阳市")[0] is REVIEW
    assert _hukou(engine, "北京市户籍", "北京市", "朝阳市")[0] is REVIEW


@pytest.mark.parametrize(("cell", "location", "hukou", "expected"), [
    ("郑州市户籍", "河南省郑州市", "金水区", OK),
    ("郑州市户籍", "河南省郑州市", "巩义市", OK),
    ("苏州市户籍", "江苏省苏州市", "昆山市", OK),
    ("武汉市户籍", "湖北省武汉市", "洪山区", OK),
    ("郑州市户籍", "河南省郑州市", "昆山市", FAIL),
    ("南京市户籍", "江苏省南京市", "昆山市", FAIL),
    ("长春市户籍", "吉林省长春市", "朝阳区", REVIEW),  # 北京's too
    ("深圳市户籍", "广东省深圳市", "南山区", REVIEW),
])
def test_city_post_and_its_districts_or_counties(engine, cell, location, hukou, expected):
    assert _hukou(engine, cell, location, hukou)[0] is expected
