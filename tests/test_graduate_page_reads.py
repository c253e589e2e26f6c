"""An officer's view of a graduate with pushes, results and a job id reused by another post: the three
parts of the page that rest on the follow-up record (the pushed jobs, the record itself and the posts the
follow-up form offers) as they were, with the jobs read once for the pushed posts and the reused ids."""

from __future__ import annotations

import re

from sqlalchemy import event

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import login, recorded

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
