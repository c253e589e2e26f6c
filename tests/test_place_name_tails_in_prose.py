"""One rule (features.place_tails) for a known place spelled at the end of a longer, unknown
name, on the graduate's side too: 「想去义乌市」 is no wish for 乌鲁木齐 (乌市), while 「去乌市」
「在乌市」「或者乌市」 still are; a location cell written as prose (「常驻喀什」) names its place."""

from __future__ import annotations

import pytest

from features.intentions import extract_places, extract_preferences, rejected_places
from matching.ranker import Ranker
from matching.scoring import specific_place_keys
from tests.factories import graduate, job


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("想去义乌市工作", ("义乌市",)),  # not 乌市 (乌鲁木齐); 义乌市 is known since
        ("想去浙江义乌市做电商", ("义乌市",)),
        ("在义乌市做外贸", ("义乌市",)),
        ("辽宁阜新市人，想回阜新市区工作", ("阜新",)),  # 新市区 is 乌鲁木齐's
        ("不去义乌市，想去乌市", ("乌鲁木齐",)),
    ],
)
def test_a_wish_for_a_longer_unknown_name_is_not_the_known_place_at_its_end(text, places):
    assert extract_places(text) == places


def test_refusing_yiwu_does_not_refuse_urumqi():
    assert rejected_places("不去义乌市") == ("义乌市",)
    assert rejected_places("不去乌市") == ("乌鲁木齐",)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("想去乌鲁木齐", ("乌鲁木齐",)),
        ("在喀什工作", ("喀什",)),
        ("回老家阿克苏", ("阿克苏",)),
        ("到新疆", ("新疆",)),
        ("想去乌市工作", ("乌鲁木齐",)),
        ("到乌市发展", ("乌鲁木齐",)),
        ("在乌市工作", ("乌鲁木齐",)),
        ("留在乌市", ("乌鲁木齐",)),
        ("昌吉或者乌市", ("昌吉", "乌鲁木齐")),
        ("喀什和乌市都可以", ("喀什", "乌鲁木齐")),
        ("首选乌市", ("乌鲁木齐",)),
        ("最好是乌市", ("乌鲁木齐",)),
        ("比如乌市、昌吉", ("乌鲁木齐", "昌吉")),
        ("包括乌市在内的北疆城市", ("乌鲁木齐", "北疆")),
        ("喜欢乌市", ("乌鲁木齐",)),
        ("老家乌市，想回去", ("乌鲁木齐",)),
        ("家乡乌市", ("乌鲁木齐",)),
        ("意向地乌市", ("乌鲁木齐",)),
        ("优先考虑乌市", ("乌鲁木齐",)),
        ("希望乌市", ("乌鲁木齐",)),
        ("愿意乌市", ("乌鲁木齐",)),
        ("只限乌市", ("乌鲁木齐",)),
        ("扎根乌市", ("乌鲁木齐",)),
        ("定居乌市", ("乌鲁木齐",)),
        ("希望回到乌市从事会计工作", ("乌鲁木齐",)),
        ("新疆乌市", ("乌鲁木齐",)),
        ("想去新市区", ("新市区",)),
        ("在乌鲁木齐市新市区工作", ("新市区",)),
        ("乌鲁木齐新市区", ("新市区",)),
        ("想去巴州或克州", ("巴音郭楞", "克孜勒苏")),
        ("喜欢广州", ("广州",)),
        ("扎根喀什市", ("喀什市",)),
        ("回伊宁县", ("伊宁县",)),
        ("想留在石河子市", ("石河子",)),
    ],
)
def test_a_place_after_any_word_of_prose_is_still_read(text, places):
    assert extract_places(text) == places


@pytest.mark.parametrize(
    ("location", "expected"),
    [("常驻喀什", {"喀什"}), ("在和田工作", {"和田"}), ("驻乌鲁木齐办事处", {"乌鲁木齐"})],
)
def test_a_location_written_as_prose_names_its_place(location, expected):
    assert specific_place_keys(location) == expected


def test_a_wish_for_yiwu_does_not_meet_a_job_in_urumqi(catalog, segmenter):
    jobs = [job("UR", "电商运营专员", education="本科及以上", location="新疆乌鲁木齐市", description="负责网店运营和推广"),
            job("ZJ", "电商运营专员", education="本科及以上", location="浙江省金华市义乌市", description="负责网店运营和推广")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    intention = "想去浙江义乌市做电商运营"
    wish = graduate("g", "电子商务", catalog=catalog, intention=intention,
                    locations=extract_preferences(intention).locations)
    suggestions = {s.job_id: s for s in ranker.rank([wish], k=2)[0].suggestions}
    assert any(r.startswith("意向地点一致") for r in suggestions["ZJ"].reasons), suggestions["ZJ"].reasons
    assert not any(r.startswith("意向地点一致") for r in suggestions["UR"].reasons), suggestions["UR"].reasons
    assert suggestions["ZJ"].score > suggestions["UR"].score
