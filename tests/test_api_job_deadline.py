"""报名截止日期 through the service: ``apply_by`` in the job API (POST/PATCH/GET), on the job page
(「已截止」 once past), and on the service's day (``create_app(clock=...)``): a post closing today
is suggested with a reminder, and the next day, without a restart, it drops out of the
graduate's suggestions into the rejected with 「报名已于…截止」, the job checks report it, and the
fair plan leaves it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from matching.ranker import Ranker
from service.api import create_app
from service.api.ranker_factories import basic_ranker_factory
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog, load_segmenter
from tests.test_api_fixtures import GRADUATES, JOBS, Api, assert_problem, start_api
from tests.test_api_pages import login

DAY = dt.date(2026, 12, 6)
NEXT_DAY = DAY + dt.timedelta(days=1)


class Clock:
    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


def rules_ranker_factory(jobs):
    """The production ranker's checks (the rules engine, which the matcher moves to its day)."""
    return Ranker(catalog=load_major_catalog(), segmenter=load_segmenter(), checker=load_rules_engine(),
                  major_tables=load_major_code_tables()).fit(jobs)


@pytest.fixture
def api_on(tmp_path):
    """``api_on(jobs, graduates, factory)``: a seeded app whose clock (``api.clock``) starts on DAY."""
    clients = []

    def start(jobs=JOBS, graduates=GRADUATES, factory=rules_ranker_factory) -> Api:
        app, tokens = start_api(tmp_path, jobs=jobs, graduates=graduates)
        clock = Clock(DAY)
        app = create_app(app.state.settings, ranker_factory=factory, clock=clock)
        client = TestClient(app).__enter__()
        clients.append(client)
        api = Api(client=client, app=app, tokens=tokens)
        api.clock = clock
        return api

    yield start
    for client in clients:
        client.__exit__(None, None, None)


CLOSING = [replace(j, apply_by=DAY) if j.id == "J-ACC" else j for j in JOBS]


def test_apply_by_is_written_changed_and_cleared_through_the_api(api_on):
    api = api_on()
    created = api.post("/api/jobs", "officer", json={"id": "D1", "title": "出纳", "apply_by": "2026-12-31"})
    assert created.status_code == 201 and created.json()["apply_by"] == "2026-12-31", created.text
    assert api.get("/api/jobs/D1", "officer").json()["apply_by"] == "2026-12-31"
    assert api.patch("/api/jobs/D1", "officer", json={"title": "出纳员"}).json()["apply_by"] == "2026-12-31"
    assert api.patch("/api/jobs/D1", "officer", json={"apply_by": "2027-01-15"}).json()["apply_by"] == "2027-01-15"
    assert api.patch("/api/jobs/D1", "officer", json={"apply_by": None}).json()["apply_by"] is None
    assert api.get("/api/jobs/J-SOFT", "officer").json()["apply_by"] is None
    assert_problem(api.patch("/api/jobs/D1", "officer", json={"apply_by": "下周五"}), 422, "apply_by")
    assert_problem(api.patch("/api/jobs/D1", "officer", json={"apply_by": 20261231}), 422, "apply_by", "应为日期")


def test_a_post_closing_today_is_suggested_with_a_reminder_and_refused_the_next_day(api_on):
    api = api_on(jobs=CLOSING)
    body = api.get("/api/graduates/G2/recommendations", "g2", params={"rejected_k": 5}).json()
    suggested = {s["job_id"]: s["reasons"] for s in body["suggestions"]}
    assert "报名今天截止，请尽快报名" in suggested["J-ACC"]  # not 「报名将于12月6日截止」 on 12月6日

    api.clock.day = NEXT_DAY  # the service keeps running; the cached result is of the day before
    body = api.get("/api/graduates/G2/recommendations", "g2", params={"rejected_k": 5}).json()
    assert "J-ACC" not in {s["job_id"] for s in body["suggestions"]}
    assert {r["job_id"]: r["reasons"] for r in body["rejected"]}["J-ACC"] == ["报名已于2026年12月6日截止"]


def test_the_job_page_shows_the_deadline_and_says_when_it_has_passed(api_on):
    api = api_on(jobs=CLOSING)
    login(api, "organiser")
    page = api.client.get("/job/J-ACC").text
    assert "<dt>报名截止</dt>" in page and "已截止" not in page
    assert '<dd id="apply-by">2026年12月6日 <span class="status needs_review">今天截止</span></dd>' in page
    assert "<dt>报名截止</dt>" not in api.client.get("/job/J-SOFT").text
    api.clock.day = NEXT_DAY
    page = api.client.get("/job/J-ACC").text
    assert '<dd id="apply-by">2026年12月6日 <span class="status not_eligible">已截止</span></dd>' in page
    assert "今天截止" not in page
    assert "报名已截止（2026-12-06）：请下架或更新截止日期" in page  # the job's own check, for staff


def test_job_checks_follow_the_day(api_on):
    api = api_on(jobs=CLOSING)
    params = {"check": "closed"}
    assert api.get("/api/job-checks", "officer", params=params).json()["items"] == []
    api.clock.day = NEXT_DAY  # no job changed: the kept report is renewed for the new day
    (finding,) = api.get("/api/job-checks", "officer", params=params).json()["items"]
    assert (finding["job_id"], finding["severity"], finding["message"]) == (
        "J-ACC", "警告", "报名已截止（2026-12-06）：请下架或更新截止日期")


def test_a_fair_plan_leaves_out_a_post_closed_on_its_planning_day(api_on):
    from tests.test_api_fairs import GRADUATES as FAIR_GRADUATES
    from tests.test_api_fairs import JOBS as FAIR_JOBS
    from tests.test_api_fairs import SMALL

    jobs = [replace(j, apply_by=DAY) if j.id == "NUR3" else j for j in FAIR_JOBS]
    # The basic check reads no day: the plan itself leaves the post out on the matcher's day.
    api = api_on(jobs=jobs, graduates=FAIR_GRADUATES, factory=basic_ranker_factory)
    placed = {p["job_id"] for f in api.get("/api/fairs", "organiser", params=SMALL).json()["fairs"] for p in f["positions"]}
    assert "NUR3" in placed
    api.clock.day = NEXT_DAY
    body = api.get("/api/fairs", "organiser", params=SMALL).json()
    assert "NUR3" not in {p["job_id"] for f in body["fairs"] for p in f["positions"]}
    (closed,) = [u for u in body["unplaced_positions"] if u["job_id"] == "NUR3"]
    assert closed["reason"] == "报名已于2026年12月6日截止"
