"""Places in an intention: counties, abbreviations, provinces, regions; never the place of a school."""

from __future__ import annotations

import pytest

from features.data.places import XINJIANG_PREFECTURES
from features.intentions import extract_preferences
from features.place_keys import PLACE_ALIASES, place_ancestors, place_members
from features.vocabulary import PLACE_TERMS


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("我是喀什大学的学生，想去乌鲁木齐", ("乌鲁木齐",)),
        ("昌吉学院毕业，希望回和田工作", ("和田",)),
        ("伊犁师范大学毕业，想去石河子", ("石河子",)),
        ("新疆农业职业技术学院学生，想去昌吉", ("昌吉",)),
        ("新疆大学毕业，想留在新疆", ("新疆",)),
        ("石河子大学毕业", ()),
    ],
)
def test_the_place_in_a_school_name_is_not_a_wish(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(
    ("text", "places"),
    [("愿意到南疆基层学校任教", ("南疆",)), ("想去喀什的大学当老师", ("喀什",))],
)
def test_a_wish_to_work_at_a_school_keeps_its_place(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("想去阿克陶", ("阿克陶",)),
        ("去吉木萨尔", ("吉木萨尔",)),
        ("想去北京", ("北京",)),
        ("想回河南老家", ("河南",)),
        ("北上广深都行", ("北京", "上海", "广州", "深圳")),
        ("昌吉或者乌市", ("昌吉", "乌鲁木齐")),
        ("南疆北疆都行", ("南疆", "北疆")),
        ("博州", ("博尔塔拉",)),
        ("巴州", ("巴音郭楞",)),
        ("克州", ("克孜勒苏",)),
        ("昌吉州或伊犁州", ("昌吉", "伊犁")),
        ("留在疆内", ("新疆",)),
        ("想在天山区工作", ("天山区",)),
    ],
)
def test_counties_abbreviations_provinces_and_regions_are_read(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("昌吉州吉木萨尔县", ("吉木萨尔",)),  # an address names its last place
        ("新疆维吾尔自治区乌鲁木齐市", ("乌鲁木齐",)),
        ("阿克苏地区阿克苏市", ("阿克苏市",)),
        ("想去阿克苏或阿克陶", ("阿克苏", "阿克陶")),  # no name inside another
    ],
)
def test_addresses_and_similar_names(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize("text", ["重新和家人团聚", "喜欢泡温泉", "天山脚下"])
def test_county_names_that_are_common_words_need_their_suffix(text):
    assert extract_preferences(text).locations == ()


def test_the_place_table_is_a_tree_that_knows_every_vocabulary_place():
    assert all(term in PLACE_ALIASES for term in PLACE_TERMS)
    assert place_ancestors("伊宁市") == ("伊犁", "北疆", "新疆")
    assert place_ancestors("莎车") == ("喀什", "南疆", "新疆")
    assert place_ancestors("石河子") == ("北疆", "新疆")
    assert {"伊宁市", "伊宁县", "奎屯", "霍尔果斯"} <= place_members("伊犁")
    assert "塔城" not in place_members("伊犁") and "吐鲁番" not in place_members("北疆")
    assert {"阿克苏", "库车", "阿克陶"} <= place_members("南疆")
    # 14 prefecture-level divisions with 96 county-level members, 12 direct cities (108 county-level
    # divisions in all), 3 regions: each a distinct place of 新疆
    counties = [c for members in XINJIANG_PREFECTURES.values() for c in members]
    assert len(XINJIANG_PREFECTURES) == 14 and len(counties) == len(set(counties)) == 96
    assert len(place_members("新疆")) == 3 + 14 + 96 + 12
