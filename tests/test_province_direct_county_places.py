"""省直辖县级行政区划 (湖北's 仙桃 潜江 天门 神农架林区, 海南's 15) are places of their province in wishes, job
locations and 生源地 (``features.place_keys``), as they were already for the hukou check. Before, 「想去仙桃」
read no place, 「湖北省仙桃市」 was 湖北 only and a 生源地 of 「仙桃」 was refused. Short names that are words
need their suffix in a wish (东方 定安 临高 白沙), 昌江 (also 景德镇's 昌江区) only its full name; and 「德州扑克」
「日照充足」 name no city."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_keys import place_ancestors
from features.registered_place import names_a_place, parse_origin_place
from matching.scoring import place_keys, specific_place_keys


@pytest.mark.parametrize(("wish", "places"), [
    ("想去仙桃", ("仙桃",)),
    ("想去仙桃市", ("仙桃",)),
    ("想回湖北仙桃", ("仙桃",)),
    ("潜江、天门都可以", ("潜江", "天门")),
    ("想去神农架", ("神农架",)),
    ("想去琼海或者万宁", ("琼海", "万宁")),
    ("想去东方市", ("东方市",)),
    ("想回白沙县", ("白沙黎族自治县",)),
    ("想去昌江县", ("昌江黎族自治县",)),
])
def test_a_wish_names_a_province_run_county(wish, places):
    assert extract_places(wish) == places


@pytest.mark.parametrize("wish", [
    "想去东方",  # a word: 东方 needs its 市
    "制定安全生产计划",  # 定安 across two words
    "面临高考压力",  # 临高
    "去天门山旅游",  # 张家界's mountain, not 天门市
    "喜欢玩德州扑克",
    "希望日照充足的城市",
])
def test_words_are_no_wish_place(wish):
    assert extract_places(wish) == ()


def test_the_cities_themselves_are_still_read():
    assert extract_places("想去德州或日照") == ("德州", "日照")


@pytest.mark.parametrize(("location", "key"), [
    ("湖北省仙桃市", "仙桃"),
    ("湖北省神农架林区", "神农架"),
    ("海南省万宁市", "万宁"),
    ("海南省陵水黎族自治县", "陵水"),
    ("海南省昌江黎族自治县", "昌江黎族自治县"),
])
def test_a_job_location_is_read_below_the_province(location, key):
    assert specific_place_keys(location) == {key}


def test_a_wish_for_the_province_meets_a_post_there():
    assert place_ancestors("仙桃") == ("湖北",)
    assert {"仙桃", "潜江", "天门", "神农架"} <= place_keys("湖北")
    assert {"琼海", "东方", "昌江黎族自治县"} <= place_keys("海南")


def test_jingdezhen_changjiang_district_is_not_hainan():
    assert specific_place_keys("江西省景德镇市昌江区") == {"昌江区"}  # 景德镇's district, known since


@pytest.mark.parametrize("origin", ["仙桃", "仙桃市", "湖北仙桃", "神农架", "琼海", "陵水县", "东方市"])
def test_an_origin_of_a_province_run_county_is_accepted(origin):
    assert parse_origin_place(origin) == origin


def test_an_origin_naming_no_place_is_still_refused():
    assert not names_a_place("火星")
    with pytest.raises(ValueError):
        parse_origin_place("仙女")
