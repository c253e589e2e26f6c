"""A prefecture's short name written across two words of a wish is no place: 「想做华东营销」 holds 东营,
「沿海口岸」 海口, 「美丽江南」 丽江 (``features.data.places.CITY_NAME_GUARDS``). Before, each such wish
was told 「意向地点一致」 for posts in that city; the city itself, written alone, is still read."""

from __future__ import annotations

import pytest

from features.intentions import extract_places


@pytest.mark.parametrize("wish", [
    "想做华东营销工作",
    "想在沿海口岸城市做外贸",
    "喜欢美丽江南水乡",
    "想在西南充电桩企业工作",
    "做推广元宇宙产品",
    "毕业后想去北海道留学",
])
def test_a_city_name_across_two_words_is_no_wish_place(wish):
    assert extract_places(wish) == ()


@pytest.mark.parametrize(("wish", "places"), [
    ("想去东营", ("东营",)),
    ("想回海南海口", ("海口",)),  # the province dropped, as 广西南宁 gives 南宁
    ("想去丽江或大理州", ("丽江", "大理白族自治州")),
    ("想去南充、广元", ("南充", "广元")),
    ("广西北海", ("北海",)),
])
def test_the_city_written_alone_is_still_read(wish, places):
    assert extract_places(wish) == places
