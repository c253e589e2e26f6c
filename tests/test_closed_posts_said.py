"""Posts no longer open, said where they are left out: the count of posts closed long ago that a
graduate's rejected list leaves out is on the graduate's page and in the API answer (not only in
``jobmatch recommend``), and the cohort profile's supply counts only the posts open on the judging
day (``jobmatch profile --on``, ``GET /api/profile``). Years a title does not name as a season
(「XX大学2011协同创新中心」) close nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.announcements import season_year
from features.records import Job
from matching.cohort_profile import ranker_profile
from matching.ranker import Ranker
from service.cli import build_parser, main
from service.engine import load_rules_engine
from tests.test_api_job_deadline import DAY, api_on  # noqa: F401
from tests.test_api_fixtures import JOBS
from tests.test_api_pages import login
from tests.test_cohort_profile import GRADUATES, JOBS as PROFILE_JOBS
from tests.test_judging_day import _write

OLD_SEASON = "伊犁州2021年度国有企业公开招聘公告"
OLD_POSTS = [replace(JOBS[1], id=f"OLD{i}", announcement=OLD_SEASON, season_year=2021) for i in range(2)]


@pytest.mark.parametrize(("title", "year"), [
    ("新疆大学2011协同创新中心科研助理招聘启事", None),  # the 2011计划's name, no season
    ("中国制造2025研究院招聘公告", None),
    ("关于第2020号文件所列岗位的招聘公告", None),
    ("二〇二三年度自治区事业单位公开招聘公告", 2023),  # the official style's digits
    ("2023山东气象部门事业单位招聘公告", 2023),  # a title opening with its year
    ("新疆大学2011协同创新中心2023年招聘启事", 2023),
])
def test_only_years_a_title_names_as_a_season_count(title, year):
    assert season_year(title) == year


def test_the_graduate_page_and_the_api_say_how_many_closed_posts_are_not_listed(api_on):
    api = api_on(jobs=[*JOBS, *OLD_POSTS])
    for _ in range(2):  # ranked, then the cached answer's body
        body = api.get("/api/graduates/G2/recommendations", "g2", params={"rejected_k": 5}).json()
        assert body["closed_unlisted"] == 2
        assert not {x["job_id"] for x in (*body["suggestions"], *body["rejected"])} & {"OLD0", "OLD1"}
    login(api, "g2")
    page = api.client.get("/graduate/G2").text
    assert '<p class="meta" id="closed-unlisted">另有 2 个岗位报名早已结束，未列出。</p>' in page
    # A third old post added by an officer: the kept answer says so too.
    old = {"id": "OLD2", "title": "出纳", "announcement": OLD_SEASON}
    assert api.post("/api/jobs", "officer", json=old).status_code == 201
    assert api.get("/api/graduates/G2/recommendations", "g2", params={"rejected_k": 5}).json()["closed_unlisted"] == 3


def test_with_no_closed_post_nothing_is_said(api_on):
    api = api_on()
    assert api.get("/api/graduates/G2/recommendations", "g2").json()["closed_unlisted"] == 0
    login(api, "g2")
    assert "报名早已结束" not in api.client.get("/graduate/G2").text


def _closed_nurse() -> Job:
    return replace(PROFILE_JOBS[1], id="NUR-OLD", headcount=30, announcement=OLD_SEASON, season_year=2021)


def test_the_profile_supply_counts_the_posts_open_on_the_judging_day(catalog, segmenter):
    jobs = [*PROFILE_JOBS, _closed_nurse()]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=load_rules_engine(DAY)).fit(jobs)
    supply = ranker_profile(GRADUATES, ranker).supply
    nursing = {c.key: c for c in supply.classes}["1011"]
    assert (nursing.positions, nursing.openings) == (2, 9)  # 30 closed openings would say a shortage of 39
    assert (supply.positions_total, supply.positions_closed, supply.day) == (4, 1, DAY)
    assert supply.closed_note == "另有 1 个岗位在 2026-12-06 报名已结束，不计入"
    in_season = Ranker(catalog=catalog, segmenter=segmenter, checker=load_rules_engine(dt.date(2022, 3, 1))).fit(jobs)
    assert ranker_profile(GRADUATES, in_season).supply.positions_closed == 0


def test_jobmatch_profile_takes_the_judging_day(tmp_path, capsys):
    jobs, graduates = _write(tmp_path)  # J1: deadline 2023-03-10; J2: 2022年度, no deadline
    assert build_parser().parse_args(["profile", "--graduates", "g", "--on", "2023-03-01"]).day == dt.date(2023, 3, 1)
    assert main(["profile", "--graduates", str(graduates), "--jobs", str(jobs), "--no-model", "--on", "2023-03-01"]) == 0
    in_season = capsys.readouterr().out
    assert "岗位 2 个" in in_season and "报名已结束" not in in_season
    assert main(["profile", "--graduates", str(graduates), "--jobs", str(jobs), "--no-model"]) == 0
    today = capsys.readouterr().out
    assert "岗位 0 个" in today and "另有 2 个岗位在" in today and "报名已结束，不计入" in today


def test_the_profile_api_and_page_count_on_the_services_day(api_on):
    api = api_on(jobs=[*JOBS, *OLD_POSTS])
    supply = api.get("/api/profile", "officer").json()["supply"]
    assert (supply["positions_total"], supply["positions_closed"], supply["day"]) == (len(JOBS), 2, DAY.isoformat())
    login(api, "officer")
    assert "另有 2 个岗位在 2026-12-06 报名已结束，不计入" in api.client.get("/profile").text
    api.clock.day = dt.date(2022, 6, 1)  # a day the kept classes were not computed on
    assert api.get("/api/profile", "officer").json()["supply"]["positions_closed"] == 0
