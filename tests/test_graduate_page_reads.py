"""An officer's view of a graduate with pushes, results and a job id reused by another post: the three
parts of the page that rest on the follow-up record (the pushed jobs, the record itself and the posts the
follow-up form offers) as they were, with the jobs read once for the pushed posts and the reused ids, and the
follow-up rows read once for all three (``follow_ups.graduate_record``), auditing exactly the rows shown."""

from __future__ import annotations

import re

from sqlalchemy import event

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import follow_up_audit, login, recorded

NEW_POST = {"id": "J-INTERN", "title": "仓库管理员", "employer": "乌鲁木齐新仓物流有限公司", "location": "石河子市"}


def _graduate_with_pushes_results_and_a_reused_id(api) -> str:
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    recorded(api, "G1", job_id="J-INTERN", status="放弃")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    assert api.post("/api/jobs", "officer", json=NEW_POST).status_code == 201
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    other = next(j["id"] for j in api.get("/api/jobs", "officer").json()["items"] if j["id"] != "J-INTERN")
    recorded(api, "G1", job_id=other, status="已推送")
    recorded(api, "G1", job_id=other, status="已投递")
    return other


def _cells(section: str) -> list[str]:
    rows = section.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


def test_the_officers_page_shows_the_pushed_jobs_the_record_and_the_offered_posts_as_before(api):
    other = _graduate_with_pushes_results_and_a_reused_id(api)
    other_title = api.get(f"/api/jobs/{other}", "officer").json()["title"]
    login(api, "officer")
    page = api.client.get("/graduate/G1").text

    pushed = _cells(page.split('id="pushed-jobs"')[1].split("<h2")[0])
    assert len(pushed) == 3  # the new post under the reused id, the other job, the old post (newest push first)
    assert other_title in pushed[0] and "已投递" in pushed[0]
    assert "仓库管理员" in pushed[1] and "已推送" in pushed[1]
    assert "行政见习岗" in pushed[2] and "岗位已下架" in pushed[2] and "放弃" in pushed[2]

    record = _cells(page.split('id="follow-up-list"')[1].split("</table>")[0])
    assert [("仓库管理员" in r, "行政见习岗" in r) for r in record] == [
        (False, False), (False, False), (True, False), (False, True), (False, True)]
    assert "已投递" in record[0] and "放弃" in record[3]

    form = page.split('id="follow-up-form"')[1]
    offered = dict(re.findall(r'<option value="([^"]+)">([^<]+)</option>', form))
    # The reused id names the post under it now (a result sent under it is that post's), not the deleted one.
    assert offered["J-INTERN"] == "仓库管理员 · 乌鲁木齐新仓物流有限公司 · 石河子市"
    assert offered[other].startswith(other_title)


def test_the_officers_page_reads_the_jobs_once_for_the_pushed_posts_and_the_reused_ids(api):
    _graduate_with_pushes_results_and_a_reused_id(api)
    login(api, "officer")
    api.client.get("/graduate/G1")  # the first view ranks and warms; the second is the one counted
    full_job_reads = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().startswith("SELECT jobs.id, jobs.title, jobs.employer, jobs.employer_type"):
            full_job_reads.append(statement)

    engine = api.app.state.session_factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        assert api.client.get("/graduate/G1").status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", count)
    # The pushed posts with the post under the reused id (one), and the recommendation record's (one):
    # the reused id was read again in a query of its own before.
    assert len(full_job_reads) == 2


def _statements_of_second_view(api, path: str) -> list[str]:
    api.client.get(path)  # the first view ranks and warms; the second is the one counted
    seen: list[str] = []
    engine = api.app.state.session_factory.kw["bind"]
    record = lambda conn, cursor, statement, *rest: seen.append(" ".join(statement.split()))  # noqa: E731
    event.listen(engine, "before_cursor_execute", record)
    try:
        assert api.client.get(path).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def test_the_officers_page_reads_the_follow_ups_once_and_checks_their_jobs_once(api):
    _graduate_with_pushes_results_and_a_reused_id(api)
    login(api, "officer")
    seen = _statements_of_second_view(api, "/graduate/G1")
    follow_up_reads = [s for s in seen if s.startswith("SELECT") and re.search(r"\bFROM follow_ups\b", s)]
    # Before: the pushed jobs (one), the record shown (a count and a page: two).
    assert len(follow_up_reads) == 1, follow_up_reads
    # Which rows are about the post listed under their id now: asked once of the jobs, not per section.
    listed_checks = [s for s in seen if s.startswith("SELECT jobs.id, jobs.title, jobs.employer, jobs.created_at")]
    assert len(listed_checks) == 1, listed_checks


def test_the_graduates_own_page_reads_their_follow_ups_once(api):
    _graduate_with_pushes_results_and_a_reused_id(api)
    login(api, "g1")
    seen = _statements_of_second_view(api, "/graduate/G1")
    assert len([s for s in seen if s.startswith("SELECT") and re.search(r"\bFROM follow_ups\b", s)]) == 1


def test_the_officers_page_audits_exactly_the_twenty_follow_ups_it_shows(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", note="家中困难，请优先跟进")  # the oldest: not shown
    for status in ["已推送", "已投递"] * 10:
        recorded(api, "G1", job_id="J-ACC", status=status)
    login(api, "officer")
    before = len(follow_up_audit(api, "G1"))
    page = api.client.get("/graduate/G1").text
    assert "共 21 条，显示最近 20 条" in page and "家中困难" not in page
    assert len(follow_up_audit(api, "G1")) == before  # the note is not shown, so not logged as read

    recorded(api, "G1", job_id="J-ACC", status="面试中", note="已约面试")
    before = len(follow_up_audit(api, "G1"))
    page = api.client.get("/graduate/G1").text
    assert "已约面试" in page and "家中困难" not in page
    after = follow_up_audit(api, "G1")  # newest first
    assert [(e.action, list(e.fields)) for e in after[: len(after) - before]] == [("read", ["note"])]
