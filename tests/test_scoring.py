"""The ranker's pure score helpers (``matching.scoring``) on small hand-made inputs."""

from __future__ import annotations

import numpy as np
import pytest

from matching.scoring import contains_any, incidence, overlap, place_key, place_keys, salary_fit


@pytest.mark.parametrize(
    ("name", "key"),
    [("乌鲁木齐市", "乌鲁木齐"), ("伊犁哈萨克自治州", "伊犁"), ("喀什地区", "喀什"), ("乌鲁木齐", "乌鲁木齐"),
     (" 和田 市", "和田"), ("沙区", "沙区")],
)
def test_place_key_drops_administrative_suffixes_but_keeps_two_characters(name, key):
    assert place_key(name) == key


def test_place_keys_finds_every_known_place_and_falls_back_to_the_parts():
    # a city written before its district is the district's address
    assert place_keys("乌鲁木齐市天山区") == {"天山"}
    assert place_keys("乌鲁木齐市天山区、阿克苏地区库车市") == {"天山", "库车"}
    assert place_keys(None) == frozenset() and place_keys("") == frozenset()
    assert place_keys("某某县、另一市") == {"某某", "另一"}  # no known place: each part, suffix dropped


def test_incidence_and_overlap():
    vocabulary = {"喀什": 0, "和田": 1, "伊犁": 2}
    left = incidence([["喀什", "未知"], [], ["和田", "和田"]], vocabulary)
    assert left.toarray().tolist() == [[1, 0, 0], [0, 0, 0], [0, 1, 0]]
    right = incidence([["和田"], ["喀什", "伊犁"]], vocabulary)
    assert overlap(left, right).tolist() == [[0, 1], [0, 0], [1, 0]]


def test_salary_fit_meets_equals_and_unknowns():
    nan = np.nan
    wanted = np.array([5000.0, nan])
    job_min = np.array([5000.0, 3000.0, 4000.0, nan])
    job_max = np.array([nan, 4999.0, 6000.0, nan])
    # Pay that reaches the wish exactly meets it; a range whose top only reaches it counts
    # half (4000–6000 against 5000); unknown is 0.
    assert salary_fit(wanted, job_min, job_max).tolist() == [[1.0, -1.0, 0.5, 0.0], [0.0, 0.0, 0.0, 0.0]]
    # Only a maximum stated: it is all the job says, and it meets the wish.
    assert salary_fit(np.array([5000.0]), np.array([nan]), np.array([6000.0])).tolist() == [[1.0]]


def test_contains_any():
    assert contains_any(["会计", "", "教师"], ["会计助理", "中学教师", "护士"]).tolist() == [
        [1, 0, 0], [0, 0, 0], [0, 1, 0]]
