"""A job-check finding said once for an announcement (报名已截止, 往年度公告: most of its posts
share it, ``matching.finding_groups.shared_by_announcement``) names its posts in ``GET
/api/job-checks`` (``covered``: id and title, in the list's order) and on the ``/job-checks``
page (a collapsed list linking each post, escaped). Before, both gave only the count: an
officer told to take down 3 posts of an announcement could not see which."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.test_api_fixtures import JOBS
from tests.test_api_job_deadline import DAY, api_on  # noqa: F401  (the fixture)
from tests.test_api_pages import login

NOTICE = "某县2026年事业单位公开招聘工作人员公告"
GONE = DAY - dt.timedelta(days=5)
BY_ID = {job.id: job for job in JOBS}
#: Three posts of one announcement, all past one deadline; one title would break the page's markup.
OF_NOTICE = [replace(BY_ID["J-ACC"], id=f"N-{i}", title=title, announcement=NOTICE, apply_by=GONE)
             for i, title in enumerate(("出纳", "审计员", "<b>会计</b>"), start=1)]
COVERED = [{"job_id": "N-1", "title": "出纳"}, {"job_id": "N-2", "title": "审计员"},
           {"job_id": "N-3", "title": "<b>会计</b>"}]


def _closed(body) -> list[dict]:
    return [item for item in body["items"] if item["check"] == "closed"]


def test_the_api_lists_the_posts_a_finding_of_one_announcement_covers(api_on):  # noqa: F811
    api = api_on(jobs=[*JOBS, *OF_NOTICE])
    body = api.get("/api/job-checks", "officer").json()
    (finding,) = _closed(body)
    assert (finding["job_id"], finding["jobs"]) == (None, 3)
    assert f"招聘公告「{NOTICE}」" in finding["message"] and "请整批下架" in finding["message"]
    assert finding["covered"] == COVERED
    # Any other finding covers no list of posts; the field is there all the same (additive).
    assert all(item["covered"] == [] for item in body["items"] if item["check"] != "closed")
    # Paged by finding: a page holding the finding holds all of its posts.
    (only,) = api.get("/api/job-checks", "organiser", params={"check": "closed", "limit": 1}).json()["items"]
    assert only["covered"] == COVERED
    schema = api.client.get("/openapi.json").json()["components"]["schemas"]["JobCheckFindingPublic"]
    assert "按公告汇总" in schema["properties"]["covered"]["description"]


def test_a_post_with_its_own_finding_covers_none(api_on):  # noqa: F811
    alone = replace(BY_ID["J-ACC"], apply_by=GONE, announcement="某县2026年招聘简章")
    api = api_on(jobs=[alone if j.id == "J-ACC" else j for j in JOBS])
    (finding,) = _closed(api.get("/api/job-checks", "officer").json())
    assert (finding["job_id"], finding["covered"]) == ("J-ACC", [])


def test_the_page_lists_the_covered_posts_collapsed_linked_and_escaped(api_on):  # noqa: F811
    api = api_on(jobs=[*JOBS, *OF_NOTICE])
    login(api, "officer")
    page = api.client.get("/job-checks", params={"check": "closed"}).text
    row = page.split('id="findings"')[1].split("</tr>")[1]
    assert "按公告（3 个岗位）" in row and "整表" not in row
    details = row.split('<details class="covered">')[1].split("</details>")[0]
    assert "<summary>涉及的 3 个岗位</summary>" in details
    assert '<a href="/job/N-1">出纳</a> <span class="muted job-id">N-1</span>' in details
    assert '<a href="/job/N-2">审计员</a>' in details
    assert '<a href="/job/N-3">&lt;b&gt;会计&lt;/b&gt;</a>' in details and "<b>" not in details
    # A finding of one job has no list.
    assert '<details class="covered">' not in api.client.get("/job-checks", params={"check": "headcount_zero"}).text
