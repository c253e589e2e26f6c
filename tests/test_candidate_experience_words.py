"""The 工作经历待核实 reason of a graduate of the season (``matching.rules.experience_gap``) ends 「排序已相应下调」:
to the graduate, this post is placed lower among their suggestions. On a job's list of candidates (``/job/{id}``,
read by staff) that read as if the candidate were placed lower among the post's candidates (browser review), so
staff read whose list it is: 「该岗位在其推荐中的排序已相应下调」 (``matching.explain.about_candidate``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from matching.explain import about_candidate
from matching.rules.experience_gap import gap_reason
from service.api import create_app
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_matching import rules_ranker_factory
from tests.test_api_pages import login

#: A day of the fixture's graduates' season (2026): G1 is a graduate of the season (``seasons.is_fresh``).
DAY = dt.date(2026, 12, 6)

#: J-SOFT asking three years of everyone: G1, a 2026 计算机 graduate, is its candidate, the years 待核实.
YEARS_ASKED = replace(next(j for j in JOBS if j.id == "J-SOFT"), id="J-YEARS", conditions=(("工作经历要求", "3-5年"),))


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[*JOBS, YEARS_ASKED])  # seeds the database
    app = create_app(app.state.settings, ranker_factory=rules_ranker_factory, clock=lambda: DAY)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_staff_read_whose_list_the_post_is_placed_lower_in():
    for grassroots in (False, True):
        said = about_candidate(gap_reason("3年以上工作经历", 3, grassroots))
        assert "该毕业生为应届毕业生" in said and "该岗位在其推荐中的排序已相应下调；" in said
        assert said.count("排序已相应下调") == 1


def test_the_job_pages_candidates_name_the_graduates_list(api):
    login(api, "officer")
    page = api.client.get("/job/J-YEARS").text
    (said,) = [line for line in page.split("<li>") if "工作经历待核实" in line]
    assert "该毕业生为应届毕业生，一般尚无3年全职工作经历" in said
    assert "岗位也未写明接收应届毕业生，该岗位在其推荐中的排序已相应下调；如有相关工作经历请核实" in said


def test_the_graduate_still_reads_the_reason_as_written(api):
    body = api.get("/api/graduates/G1/recommendations", "g1", params={"k": 20}).json()
    (reason,) = [r for x in body["suggestions"] if x["job_id"] == "J-YEARS" for r in x["reasons"]
                 if r.startswith("工作经历待核实")]
    assert "您为应届毕业生" in reason and "岗位也未写明接收应届毕业生，排序已相应下调；" in reason
    assert "该岗位在其推荐中" not in reason
