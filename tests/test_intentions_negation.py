"""Rejections in an intention stay out of its preferences, wherever the rejecting word stands."""

from __future__ import annotations

import pytest

from features.intentions import extract_preferences, rejected_categories


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("喀什和田都不去", ()),
        ("喀什不考虑", ()),
        ("喀什我不去", ()),
        ("乌鲁木齐和昌吉都可以，喀什不去", ("乌鲁木齐", "昌吉")),
        ("乌鲁木齐和昌吉都可以喀什不去", ("乌鲁木齐", "昌吉")),
        ("喀什、和田除外", ()),
        ("除了乌鲁木齐以外", ()),
        ("南疆不考虑，北疆都可以", ("北疆",)),
        ("北疆都可以，南疆除外", ("北疆",)),
    ],
)
def test_a_rejection_after_the_places_leaves_them_out(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("不去喀什但想去和田", ("和田",)),
        ("不去喀什但是想去和田", ("和田",)),
        ("不去喀什不过和田可以", ("和田",)),
        ("不考虑喀什可以去和田", ("和田",)),
        ("我不想去喀什，我想去和田", ("和田",)),
    ],
)
def test_a_wish_after_a_rejection_is_kept(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(
    "text", ["不从事销售", "不做销售", "别让我做销售", "不想做销售", "销售不考虑", "销售岗位不要", "销售除外", "除了销售都可以"]
)
def test_a_rejected_kind_of_job_is_not_a_category(text):
    assert extract_preferences(text).categories == ()


def test_the_earlier_readings_still_hold():
    assert extract_preferences("不想去喀什").locations == ()
    assert extract_preferences("想去乌鲁木齐但不去喀什").locations == ("乌鲁木齐",)
    assert extract_preferences("想去乌鲁木齐，除了销售都可以") == extract_preferences("想去乌鲁木齐")
    assert extract_preferences("不想做销售，想做会计").categories == ("会计",)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("非常想去喀什", ("喀什",)),  # 非常 is not 非
        ("特别想去和田", ("和田",)),  # 特别 is not 别
        ("想去乌鲁木齐或者昌吉，不行的话去喀什也可以", ("乌鲁木齐", "昌吉", "喀什")),  # a fallback, not a refusal
        ("不限于乌鲁木齐", ("乌鲁木齐",)),
        ("想去阿克苏，库车也行", ("阿克苏", "库车")),
    ],
)
def test_words_that_only_look_like_rejections_reject_nothing(text, places):
    assert extract_preferences(text).locations == places


@pytest.mark.parametrize(("text", "kinds"), [
    ("不想做销售，希望做财务工作", ("销售",)), ("销售除外", ("销售",)), ("除了销售都可以", ("销售",)),
    ("不做客服和销售", ("客服", "销售")), ("别让我做销售", ("销售",)),
    ("想做会计", ()), ("喀什和田都不去", ()), ("不要加班的工作", ()), ("", ()),
])
def test_rejected_kinds_of_job_are_read_for_the_ranker(text, kinds):
    assert rejected_categories(text) == kinds
