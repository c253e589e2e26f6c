"""Within one province, a hukou requirement is decided at prefecture level everywhere, not only in
Henan and Xinjiang (``places.apart``): two places in different prefecture-level cities are apart
(不符合), the same city admits (or stays 待核实 for a county requirement the hukou does not name), an
unknown city decides nothing. A municipality is one city; a directly administered county-level city
(仙桃市, 东方市) counts as its own; a name the list does not hold (襄樊市, an old name) is unknown."""

from __future__ import annotations

import datetime as dt

import pytest

from matching.rules.engine import RulesEngine
from matching.rules import places
from matching.rules.places import apart
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _hukou(engine, cell: str, hukou: str, location: str | None = None):
    post = job("p", "一级科员", employer="某单位", location=location, conditions=(("其他要求", cell),))
    (result,) = [r for r in engine.check(graduate("g", "法学", hukou=hukou), post).results if r.kind == "hukou"]
    return result.status, result.reason


@pytest.mark.parametrize("cell, location, hukou", [
    ("限苏州市户籍", "江苏省苏州市", "南京市鼓楼区"),          # no province written: 南京市 says 江苏
    ("限南京市户籍", None, "江苏省苏州市"),
    ("限武汉市户籍", "湖北省武汉市", "湖北省宜昌市夷陵区"),
    ("限武汉市户籍", "湖北省武汉市", "湖北省仙桃市"),           # directly administered by the province
    ("限仙桃市户籍", "湖北省仙桃市", "湖北省天门市"),
    ("限广州市户籍", "广东省广州市", "广东省深圳市南山区"),
    ("限昆山市户籍", "江苏省苏州市昆山市", "江苏省南京市"),     # a county of another city
])
def test_another_prefecture_of_the_same_province_is_refused(engine, cell, location, hukou):
    status, reason = _hukou(engine, cell, hukou, location)
    assert status is Status.NOT_ELIGIBLE, reason
    assert reason.startswith("户籍不符") and hukou in reason


@pytest.mark.parametrize("cell, location, hukou", [
    ("限恩施州户籍", "湖北省恩施土家族苗族自治州", "湖北省恩施土家族苗族自治州利川市"),
    ("限恩施土家族苗族自治州户籍", "湖北省恩施土家族苗族自治州", "湖北省恩施州巴东县"),
])
def test_the_same_prefecture_spelled_otherwise_is_admitted(engine, cell, location, hukou):
    assert _hukou(engine, cell, hukou, location)[0] is Status.ELIGIBLE


@pytest.mark.parametrize("cell, location, hukou", [
    ("限昆山市户籍", "江苏省苏州市昆山市", "江苏省苏州市"),      # the city: the county may lie in it
    ("限武汉市户籍", "湖北省武汉市", "湖北省襄樊市"),           # an old name the list does not hold
    ("限海淀区户籍", "北京市海淀区", "北京市"),                 # the municipality, its district unsaid
])
def test_what_the_prefecture_does_not_decide_stays_under_review(engine, cell, location, hukou):
    assert _hukou(engine, cell, hukou, location)[0] is Status.NEEDS_REVIEW


def test_a_prefecture_merged_since_the_list_is_the_one_it_lies_in_now(engine):
    # cpca's list (2020) still holds 莱芜市, merged into 济南市 in 2019
    assert _hukou(engine, "限济南市户籍", "山东省莱芜市", "山东省济南市")[0] is Status.ELIGIBLE
    assert _hukou(engine, "限淄博市户籍", "山东省莱芜市", "山东省淄博市")[0] is Status.NOT_ELIGIBLE


def test_a_county_named_in_another_city_is_not_that_county(engine):
    # 鼓楼区 of 徐州 is not 鼓楼区 of 南京: the name alone no longer admits
    status, reason = _hukou(engine, "限鼓楼区户籍", "江苏省南京市鼓楼区", "江苏省徐州市鼓楼区")
    assert status is Status.NOT_ELIGIBLE, reason


@pytest.mark.parametrize("place, hukou, expected", [
    ("江苏省苏州市", "南京市鼓楼区", True),
    ("江苏省南京市", "江苏省南京市鼓楼区", False),
    ("北京市海淀区", "北京市朝阳区", True),  # two known districts of one city (test_county_level_places)
    ("湖北省仙桃市", "湖北省潜江市", True),
    ("海南省东方市", "海南省海口市", True),
    ("广东省东莞市", "广东省中山市", True),
    ("湖北省武汉市", "湖北省", False),
    ("西藏自治区拉萨市", "西藏自治区那曲市色尼区", True),   # the list's old name: 那曲地区
    ("辽宁省朝阳市", "朝阳市", False),                     # no province: may be Beijing's 朝阳区
    ("河南省洛阳市宜阳县", "河南省洛阳市", False),  # Henan's rule as before
])
def test_apart_at_prefecture_level(place, hukou, expected):
    assert apart(place, hukou) is expected


@pytest.mark.parametrize("text, expected", [
    ("南京市鼓楼区", ("江苏", "南京市")),
    ("北京市海淀区", ("北京", "北京市")),
    ("湖北省仙桃市", ("湖北", "仙桃市")),
    ("湖北省恩施市", ("湖北", "恩施土家族苗族自治州")),
    ("湖北省襄樊市", None),
    ("山东省莱芜市", ("山东", "济南市")),
    ("鼓楼区", None),
])
def test_prefecture_of(text, expected):
    assert places.prefecture_of(text) == expected
