"""The officers' ``/follow-ups`` page (跟进情况) and ``GET /api/follow-ups?waiting=true``: who was
pushed which job, when, with what result, and which pushes still wait for a result, longest
waiting first — before, the record across graduates was only in the API and the export, and
nothing listed the jobs still without a result."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import update

from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import follow_up_audit, login, recorded

UTC = dt.timezone.utc


def seed(api) -> dict[str, int]:
    """G3 interviewing for 20 days, G1 pushed J-NET 10 days ago (with a note), G1's J-SOFT applied
    then hired, G2 declined: two jobs wait for a result, G3's the longest."""
    now = dt.datetime.now(UTC)
    rows = {
        "G1 J-SOFT applied": (recorded(api, "G1", job_id="J-SOFT", status="已投递")["id"], 30),
        "G3 J-TEACH": (recorded(api, "G3", job_id="J-TEACH", status="面试中", subsidy="已申请")["id"], 20),
        "G1 J-SOFT hired": (recorded(api, "G1", job_id="J-SOFT", status="已录用")["id"], 15),
        "G1 J-NET": (recorded(api, "G1", job_id="J-NET", status="已推送", note="电话告知，待回复")["id"], 10),
        "G2 J-ACC": (recorded(api, "G2", job_id="J-ACC", status="放弃")["id"], 5),
    }
    with api.app.state.session_factory() as session:
        for row_id, days in rows.values():
            session.execute(update(FollowUpRow).where(FollowUpRow.id == row_id)
                            .values(at=now - dt.timedelta(days=days)))
        session.commit()
    return {name: row_id for name, (row_id, _) in rows.items()}


def test_waiting_lists_only_jobs_without_a_result_longest_waiting_first(api):
    seed(api)
    body = api.get("/api/follow-ups", "officer", params={"waiting": True}).json()
    assert [(i["graduate_id"], i["job_id"], i["status"]) for i in body["items"]] == [
        ("G3", "J-TEACH", "面试中"), ("G1", "J-NET", "已推送")]
    assert body["total"] == 2
    # A superseded state (J-SOFT's 已投递, hired since) is no job still waiting, even with all_rows.
    assert api.get("/api/follow-ups", "officer", params={"waiting": True, "all_rows": True}).json() == body
    # Without it every current state is listed, by graduate, as before.
    every = api.get("/api/follow-ups", "officer").json()["items"]
    assert [(i["graduate_id"], i["job_id"]) for i in every] == [("G1", "J-SOFT"), ("G1", "J-NET"), ("G2", "J-ACC"),
                                                                 ("G3", "J-TEACH")]


def _table(page: str) -> str:
    start = page.index('id="follow-ups"')
    return page[start:page.index("</table>", start)]


def test_the_page_shows_who_was_pushed_what_when_with_what_result(api):
    seed(api)
    login(api, "officer")
    menu = api.client.get("/officer").text
    assert 'href="/follow-ups">跟进情况</a>' in menu and 'href="/follow-ups?waiting=1"' in menu
    page = api.client.get("/follow-ups")
    assert page.status_code == 200
    table = _table(page.text)
    for text in ("阿依古丽", "网络运维工程师", "已推送", "已录用", "放弃", "面试中", "电话告知，待回复", "王老师", "已申请"):
        assert text in table, text
    assert "困难类别" not in page.text.split('id="follow-ups"')[1] and "低收入家庭" not in page.text
    waiting = _table(api.client.get("/follow-ups", params={"waiting": "1"}).text)
    rows = re.findall(r'<tr>\s*<td data-label="毕业生">.*?</tr>', waiting, flags=re.S)
    assert len(rows) == 2 and "J-TEACH" in rows[0] and "J-NET" in rows[1]
    assert "尚无结果，距最近记录已 20 天" in rows[0] and "尚无结果，距最近记录已 10 天" in rows[1]


def test_the_page_is_audited_and_for_officers_only(api):
    seed(api)
    assert not [r for g in ("G1", "G3") for r in follow_up_audit(api, g) if r.action == "read"]
    login(api, "officer")
    assert api.client.get("/follow-ups").status_code == 200
    # The note on G1's line and the subsidy on G3's were shown: one read entry each.
    reads = {g: [r for r in follow_up_audit(api, g) if r.action == "read"] for g in ("G1", "G3")}
    assert [r.fields for r in reads["G1"]] == [["note"]] and [r.fields for r in reads["G3"]] == [["subsidy"]]
    for who in ("organiser", "g1"):
        login(api, who)
        assert 'href="/follow-ups"' not in api.client.get("/job/J-SOFT").text
        page = api.client.get("/follow-ups")
        assert page.status_code == 403 and "只有就业服务专员" in page.text, who
        assert "电话告知" not in page.text and "J-NET" not in page.text


def test_a_bad_filter_names_it_in_chinese(api):
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"status": "录用"})
    assert page.status_code == 422 and "跟进结果「录用」无效" in page.text and "已推送、已投递" in page.text
    page = api.client.get("/follow-ups", params={"since": "2026-13-01"})
    assert page.status_code == 422 and "起始日期「2026-13-01」无效" in page.text
    assert_problem(api.get("/api/follow-ups", "officer", params={"waiting": "也许"}), 422, "waiting")


def test_the_export_lists_the_waiting_jobs_longest_first(api, tmp_path, monkeypatch):
    from service.cli import main
    from tests.test_cli_follow_ups import read_csv

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    seed(api)
    out = tmp_path / "waiting.csv"
    assert main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"), "--waiting"]) == 0
    assert [(r["graduate_id"], r["job_id"], r["status"]) for r in read_csv(out)] == [
        ("G3", "J-TEACH", "面试中"), ("G1", "J-NET", "已推送")]
