"""A suggestion's job summary carries what applying takes (graduate review): the recommendations
answer gave title, employer, place, education and pay only, so a graduate made one more call per
post to learn the announcement, the deadline and whom to contact. Added (the summary's other
fields unchanged), in the cached answer too, and shown on the graduate's page."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_pages import login

DEADLINE = dt.date(2099, 12, 31)  # open on any day the tests run
CONTACT = "咨询电话：0991-1234567；单位网站：http://www.example.com/<b>"
ANNOUNCEMENT = "乌鲁木齐云端科技有限公司校园招聘公告"


@pytest.fixture
def api(tmp_path):
    jobs = [replace(j, apply_by=DEADLINE, announcement=ANNOUNCEMENT, contact=CONTACT, pay_text="7-10K，五险一金")
            if j.id == "J-SOFT" else j for j in JOBS]
    app, tokens = start_api(tmp_path, jobs=jobs)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def _suggested(body: dict, job_id: str) -> dict:
    return next(x["job"] for x in body["suggestions"] if x["job_id"] == job_id)


@pytest.mark.parametrize("who", ["g1", "officer", "organiser"])
def test_a_suggestion_says_how_to_apply(api, who):
    job = _suggested(api.get("/api/graduates/G1/recommendations", who).json(), "J-SOFT")
    assert job == {"id": "J-SOFT", "title": "软件开发工程师", "employer": "乌鲁木齐云端科技有限公司",
                   "location": "乌鲁木齐市", "location_inferred": None, "location_inferred_from": None,
                   "education": job["education"], "salary": "7000-10000元/月",
                   "announcement": ANNOUNCEMENT, "apply_by": "2099-12-31", "contact": CONTACT,
                   "pay_text": "7-10K，五险一金"}


def test_unstated_facts_are_null(api):
    body = api.get("/api/graduates/G1/recommendations", "g1").json()
    others = [x["job"] for x in body["suggestions"] if x["job_id"] != "J-SOFT"]
    assert others and all((j["announcement"], j["apply_by"], j["contact"], j["pay_text"]) == (None,) * 4 for j in others)


def test_the_cached_answer_carries_them_too(api):
    first = api.get("/api/graduates/G1/recommendations", "g1")
    again = api.get("/api/graduates/G1/recommendations", "g1")  # served from the rendered-answer cache
    assert again.content == first.content
    assert [body for _, body in api.app.state.render_cache._bodies.values()] == [again.content]
    assert _suggested(again.json(), "J-SOFT")["apply_by"] == "2099-12-31"


def test_the_openapi_document_describes_them(api):
    schemas = api.client.get("/openapi.json").json()["components"]["schemas"]
    suggestion = schemas["SuggestionPublic"]["properties"]["job"]
    ref = next(x["$ref"] for x in suggestion["anyOf"] if "$ref" in x).rsplit("/", 1)[-1]
    properties = schemas[ref]["properties"]
    assert {"announcement", "apply_by", "contact", "pay_text", "salary"} <= properties.keys()
    assert "报名截止日期" in properties["apply_by"]["description"]


def test_the_graduate_page_lists_the_deadline_and_contact(api):
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    table = page.split('id="suggestions"')[1].split("</table>")[0]
    assert '<span class="meta apply-facts">报名截止：2099年12月31日</span>' in table
    # Escaped, never linked.
    assert ('<span class="meta apply-facts">联系方式：咨询电话：0991-1234567；单位网站：http://www.example.com/&lt;b&gt;</span>'
            in table)
    assert "<a href=\"http://www.example.com" not in table
