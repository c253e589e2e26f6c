"""What a graduate reads about posts no longer open (graduate review on the Henan and gkld tables):
a closed post's refusal says first that it is closed, before the 专业不符 or 年龄不符 the graduate
would read as conditions to meet; and the guidance section, which counts no application period,
does not say that nothing among the best posts is left to verify when one is 待核实 for its season."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.test_api_fixtures import JOBS
from tests.test_api_job_deadline import DAY, api_on  # noqa: F401
from tests.test_api_pages import login

SOFT = JOBS[0]  # 软件开发工程师, fits G1 (计算机科学与技术, 本科)


@pytest.fixture
def closed_api(api_on):  # noqa: F811
    season = replace(SOFT, id="J-OLD", title="临床医师", majors_text="临床医学", announcement="某县2021年度公开招聘简章",
                     season_year=2021)
    recent = replace(SOFT, id="J-LATE", title="护士", majors_text="护理学", apply_by=DAY - dt.timedelta(days=2))
    return api_on(jobs=[*JOBS, season, recent])


def test_a_closed_posts_page_says_it_is_closed_before_the_unmet_conditions(closed_api):
    login(closed_api, "g1")
    page = closed_api.client.get("/job/J-OLD").text
    verdict = page.split('id="my-verdict"')[1].split("</section>")[0]
    reasons = verdict.split('<ul class="reasons">')[1].split("</ul>")[0]
    first = reasons.split("<li>")[1].split("</li>")[0]
    assert first == "招聘公告为2021年度，报名早已结束"
    assert "专业不符" in reasons


def test_a_recently_closed_rejection_names_the_deadline_first(closed_api):
    body = closed_api.get("/api/graduates/G1/recommendations", "g1").json()
    late = next(r for r in body["rejected"] if r["job_id"] == "J-LATE")
    assert late["reasons"][0].startswith("报名已于") and any(r.startswith("专业不符") for r in late["reasons"][1:])


def test_no_gap_guidance_does_not_deny_a_season_left_to_verify(api_on):  # noqa: F811
    stale = replace(SOFT, id="J-STALE", announcement="云端科技2025年度校园招聘公告", season_year=2025)
    api = api_on(jobs=[SOFT, stale])
    login(api, "g1")
    page = api.client.get("/graduate/G1").text
    assert "招聘公告为2025年度，报名可能已经结束" in page  # the suggestion is 待核实 for its season
    guidance = page.split('id="guidance"')[1]
    assert "没有不符合或须核实的条件" not in guidance
    assert "没有不符合或须核实的资格条件（报名是否仍在进行，见各岗位的说明）" in guidance
