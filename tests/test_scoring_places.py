"""A wished place meets a job's location when one contains the other (the ranker's place match)."""

from __future__ import annotations

import pytest

from matching.scoring import incidence, overlap, place_keys


def _meets(wish: str, location: str) -> bool:
    """As the ranker combines them: the wish's keys against the job's, over the jobs' vocabulary."""
    job = place_keys(location)
    vocabulary = {k: i for i, k in enumerate(sorted(job))}
    return bool(overlap(incidence([place_keys(wish)], vocabulary), incidence([job], vocabulary))[0, 0])


@pytest.mark.parametrize(
    ("wish", "location"),
    [
        ("新疆", "乌鲁木齐市"),
        ("新疆", "喀什地区莎车县"),
        ("南疆", "喀什地区莎车县"),
        ("北疆", "伊犁哈萨克自治州伊宁市"),
        ("伊犁", "伊宁市"),
        ("伊犁", "伊犁哈萨克自治州察布查尔锡伯自治县"),
        ("乌鲁木齐", "乌鲁木齐市天山区"),
        ("乌市", "乌鲁木齐市米东区"),
        ("阿克苏", "阿克苏地区阿克苏市"),
        ("博州", "博尔塔拉蒙古自治州博乐市"),
        ("昌吉", "昌吉回族自治州吉木萨尔县"),
        ("昌吉", "吉木萨尔县"),  # a member, not a shared character (吉)
        ("伊宁", "伊犁哈萨克自治州伊宁县"),
        ("米东区", "乌鲁木齐市"),  # a job in the city, district not stated
        ("广东", "深圳市"),
    ],
)
def test_a_wish_meets_jobs_in_the_places_it_contains(wish, location):
    assert _meets(wish, location)


@pytest.mark.parametrize(
    ("wish", "location"),
    [
        ("伊宁", "乌鲁木齐市"),
        ("阿克苏", "克孜勒苏柯尔克孜自治州阿克陶县"),
        ("阿克陶", "阿克苏地区阿克苏市"),
        ("玛纳斯", "吉木萨尔"),
        ("吉木萨尔", "昌吉回族自治州昌吉市"),
        ("库车", "阿克苏地区阿克苏市"),  # a prefecture's seat is not the whole prefecture
        ("米东区", "乌鲁木齐市天山区"),
        ("北疆", "喀什地区莎车县"),
        ("南疆", "吐鲁番市"),
        ("伊犁", "塔城地区乌苏市"),
    ],
)
def test_a_wish_does_not_meet_other_places(wish, location):
    assert not _meets(wish, location)


def test_similar_names_stay_apart():
    assert place_keys("阿克陶县") == {"阿克陶"} and place_keys("吉木萨尔") == {"吉木萨尔"}
    assert "阿克陶" not in place_keys("阿克苏") and "阿克苏" not in place_keys("克州")


def test_an_unknown_place_still_matches_itself():
    assert _meets("某某县", "某某县")
