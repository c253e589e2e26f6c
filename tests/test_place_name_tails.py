"""A known place's short name inside a longer, unknown one (阜新市, 义乌市) is not that place."""

from __future__ import annotations

import pytest

from matching.ranker import Ranker
from matching.scoring import place_keys, specific_place_keys
from tests.factories import graduate, job


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("辽宁省阜新市", {"阜新"}),  # 新市 is 乌鲁木齐's 新市区
        ("浙江省金华市义乌市", {"义乌市"}),  # not 乌市 (乌鲁木齐): 义乌市 is known since
    ],
)
def test_the_tail_of_an_unknown_name_is_not_a_known_place(location, expected):
    assert specific_place_keys(location) == expected
    assert "乌鲁木齐" not in place_keys(location) and "新市" not in place_keys(location)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("乌鲁木齐市天山区", {"天山"}),  # after a suffix
        ("乌鲁木齐天山区", {"天山"}),  # right after another known place
        ("新疆乌市", {"乌鲁木齐"}),
        ("新疆维吾尔自治区乌鲁木齐市新市区", {"新市"}),
        ("第八师石河子市", {"石河子"}),  # after a 兵团 division
        ("石河子、乌鲁木齐", {"石河子", "乌鲁木齐"}),
    ],
)
def test_places_written_one_after_another_are_still_read(location, expected):
    assert specific_place_keys(location) == expected


def test_a_job_in_fuxin_is_not_suggested_as_the_wished_urumqi(catalog, segmenter):
    jobs = [job("FX", "旅游开发专员", education="本科及以上", location="辽宁省阜新市",
                description="负责乡村旅游开发和景区管理"),
            job("YW", "旅游开发专员", education="本科及以上", location="浙江省金华市义乌市",
                description="负责乡村旅游开发和景区管理"),
            job("UR", "旅游开发专员", education="本科及以上", location="新疆乌鲁木齐市",
                description="负责乡村旅游开发和景区管理")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    wish = graduate("g", "旅游管理", catalog=catalog, locations=("石河子", "乌鲁木齐"))
    suggestions = {s.job_id: s for s in ranker.rank([wish], k=3)[0].suggestions}
    assert "意向地点一致：新疆乌鲁木齐市" in suggestions["UR"].reasons
    for far in ("FX", "YW"):
        assert not any(r.startswith("意向地点一致") for r in suggestions[far].reasons), suggestions[far].reasons
        assert suggestions[far].score < suggestions["UR"].score
