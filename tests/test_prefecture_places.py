"""Every province's prefecture-level divisions are places (``features.data.national_divisions``): a Wuhan
posting's 「武汉 武昌」 is read, a wish 「想去武汉」 or 「南京、苏州」 meets posts there, an employer's
name 「武汉市第一医院」 places its post, and a 生源地 「武汉」 is accepted. Short names that are also words
(三明治, 大同小异) or other divisions' names (西安区 of 辽源, 峨眉山市, 北京's 朝阳区) are not read as the
city. Before, only the 34 provinces, 广州 and 深圳 were known outside Xinjiang and Henan."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_inference import infer_location
from features.place_keys import place_ancestors
from features.registered_place import names_a_place
from matching.scoring import place_keys, specific_place_keys


def test_the_shipped_list_holds_every_province_with_prefectures():
    from features.data.national_divisions import PREFECTURES  # here: the module is new

    assert len(PREFECTURES) == 27 and sum(map(len, PREFECTURES.values())) == 334
    assert ("420100", "武汉市", "武汉") in PREFECTURES["湖北"]
    assert ("422800", "恩施土家族苗族自治州", "恩施") in PREFECTURES["湖北"]
    assert ("152900", "阿拉善盟", "阿拉善") in PREFECTURES["内蒙古"]
    assert not {"北京", "上海", "天津", "重庆"} & PREFECTURES.keys()


@pytest.mark.parametrize(("location", "keys"), [
    ("武汉 武昌", {"武汉"}),
    ("武汉 东西湖", {"武汉"}),
    ("江苏省南京市鼓楼区", {"南京市鼓楼区"}),  # its county, known since (test_county_level_places)
    ("湖北省恩施州巴东县", {"巴东县"}),
    ("吉林省吉林市", {"吉林市"}),  # the city whose short name is its province's
    ("青海省海南藏族自治州", {"海南藏族自治州"}),
])
def test_job_locations_name_the_city(location, keys):
    assert specific_place_keys(location) == keys


def test_a_city_lies_in_its_province():
    assert place_ancestors("武汉") == ("湖北",)
    assert "武汉" in place_keys("湖北省") and "苏州" in place_keys("江苏")


@pytest.mark.parametrize(("location", "not_there"), [
    ("吉林省辽源市西安区", "西安"),  # 西安区 is no 西安
    ("黑龙江省大庆市大同区", "大同"),
    ("辽宁省大连市中山区", "中山"),
    ("四川省乐山市峨眉山市", "眉山"),  # 峨眉山市 holds 眉山市
    ("黑龙江省黑河市五大连池市", "大连"),
    ("北京市朝阳区", "朝阳市"),  # 朝阳 alone is no key: 辽宁's 朝阳市 or 北京's 朝阳区
    ("河南省洛阳市涧西区武汉路", "武汉"),  # a street named after the city
])
def test_a_city_name_inside_another_division_or_a_street_is_not_the_city(location, not_there):
    assert not_there not in place_keys(location)


@pytest.mark.parametrize(("text", "places"), [
    ("想去武汉", ("武汉",)),
    ("意向地点：南京、苏州", ("南京", "苏州")),
    ("想去西安或成都工作", ("西安", "成都")),
    ("去恩施州当老师", ("恩施",)),
    ("想回大同市", ("大同市",)),  # written with its suffix
])
def test_wishes_name_cities_of_every_province(text, places):
    assert extract_places(text) == places


@pytest.mark.parametrize("text", ["喜欢做三明治", "待遇大同小异就行", "希望长治久安", "想去阿里巴巴", "平安顺利就好",
                                  "大理石加工"])
def test_short_names_that_are_words_need_their_suffix_in_a_wish(text):
    assert extract_places(text) == ()


def test_a_wish_meets_a_post_in_the_city_or_its_province():
    (wish,) = extract_places("想去武汉")
    assert place_keys(wish) & place_keys("武汉 江夏")
    assert place_keys("湖北") & place_keys("武汉 江夏")
    assert not place_keys(wish) & place_keys("江苏省南京市")


@pytest.mark.parametrize(("employer", "place"), [
    ("武汉市第一医院", "湖北省武汉市"),
    ("南京市鼓楼区人民医院", "江苏省南京市鼓楼区"),  # 鼓楼区 is also 开封's: read with its city only
    ("湖北省恩施州人民医院", "湖北省恩施土家族苗族自治州"),
    ("新疆驻武汉办事处", "湖北省武汉市"),
    ("伊犁州人民政府驻西安市办事处", "陕西省西安市"),
    ("四川省峨眉山市人民医院", "四川省乐山市峨眉山市"),
])
def test_employer_names_place_posts_in_any_city(employer, place):
    assert infer_location(employer).place == place


@pytest.mark.parametrize("employer", ["武汉大学", "中山大学附属第一医院", "大同市场服务中心"])
def test_a_bare_city_name_or_a_market_does_not_place_a_post(employer):
    assert infer_location(employer) is None


@pytest.mark.parametrize(("value", "is_place"), [
    ("武汉", True), ("恩施州", True), ("朝阳", True), ("北上广", False), ("火星", False)])
def test_origin_places_by_a_city_short_name(value, is_place):
    assert names_a_place(value) is is_place
