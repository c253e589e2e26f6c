"""The API's text filters read as the officer page reads its own: spaces around a school, major
or search text (a pasted 「新疆大学 」, a full-width 「　」) are no part of it, and a blank filter is
no filter. Before, ``/api/support?school=新疆大学%20`` listed nobody where ``/officer`` listed two."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import policy_api
from tests.test_api_followups import login, recorded
from tests.test_subsidy_unclaimed import POLICIES_CSV, STARTED, _api_ids, _listed_ids

SPACED = ["新疆大学 ", " 新疆大学", "新疆大学\u3000", "\t新疆大学  "]


@pytest.fixture
def api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV, graduates=STARTED) as api:
        yield api


def _queue_ids(api, **params) -> list[str]:
    answer = api.get("/api/support", "officer", params=params)
    assert answer.status_code == 200, answer.text
    return [item["graduate"]["id"] for item in answer.json()["items"]]


@pytest.mark.parametrize("school", SPACED)
def test_the_support_queue_strips_its_school_filter_as_the_officer_page_does(api, school):
    login(api, "officer")
    on_page = _listed_ids(api.client.get("/officer", params={"school": school}).text)
    assert sorted(on_page) == ["G1", "G7"]
    assert sorted(_queue_ids(api, school=school)) == sorted(on_page)  # was []


def test_the_support_queue_strips_its_major_filter_and_a_blank_one_is_no_filter(api):
    assert _queue_ids(api, major=" ui ") == ["G7"]
    assert sorted(_queue_ids(api, school=" ", major="\u3000")) == sorted(_queue_ids(api))


@pytest.mark.parametrize(("query", "listed"), [
    ("?school=%20新疆师范大学%20", ["G5"]),
    ("?school=新疆师范大学%E3%80%80", ["G5"]),  # a full-width space
    ("?major=UI设计%20", ["G6"]),
    ("?school=%20", ["G4", "G5", "G6"]),  # blank: no filter
])
def test_the_unclaimed_subsidy_section_strips_its_filters(api, query, listed):
    assert _api_ids(api, query) == listed


def test_the_graduates_list_strips_its_text_filters(api):
    def ids(**params):
        answer = api.get("/api/graduates", "officer", params=params)
        assert answer.status_code == 200, answer.text
        return sorted(item["id"] for item in answer.json()["items"])

    assert ids(school="新疆大学 ") == ids(school="新疆大学") == ["G1", "G7"]
    assert ids(q=" 阿依古丽 ") == ["G1"]
    assert ids(major="会计学\u3000") == ["G2"]


def test_the_follow_up_report_strips_its_school_filter(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    answer = api.get("/api/follow-ups", "officer", params={"school": "新疆大学 "})
    assert answer.status_code == 200, answer.text
    assert [row["graduate_id"] for row in answer.json()["items"]] == ["G1"]


def test_the_job_list_strips_its_place_and_category(api):
    answer = api.get("/api/jobs", "officer", params={"location": "伊宁市 ", "category": " 财务"})
    assert answer.status_code == 200, answer.text
    assert [job["id"] for job in answer.json()["items"]] == ["J-ACC"]

