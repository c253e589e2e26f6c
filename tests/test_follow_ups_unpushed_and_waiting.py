"""Review of the follow-up pages (2026-12-06, session 3): support graduates no job was ever pushed
to are counted and listed (the most urgent group; audited as the officer list is), contradictory
filters (waiting with 已录用) are refused instead of answering nothing, /officer says how many pushes
of a graduate still wait, and the waiting days on /follow-ups say what they count from."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sqlalchemy import update

from service.cli import main
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, recorded

UTC = dt.timezone.utc


def _support_graduates(api) -> None:
    """G5 and G6 on the support list beside the fixture's G1 and G3 (G2 and G4 are on none); G1 pushed
    two jobs, both still 已推送; G6 has only a subsidy-only record, which is no push."""
    for gid, name in (("G5", "买买提"), ("G6", "李娜")):
        made = api.post("/api/graduates", "officer", json={"id": gid, "name": name, "school": "新疆大学",
                                                          "hardship": ["低收入家庭"], "phone": f"1390000000{gid[-1]}"})
        assert made.status_code == 201, made.text
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", job_id="J-NET", status="已推送")
    recorded(api, "G6", subsidy="已申请")


def _graduate_reads(api, who: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((r.record_id, tuple(r.fields)) for r in api.audit_rows()
                  if r.record_type == "graduate" and r.action == "read" and (who is None or r.record_id == who))


def test_the_api_lists_support_graduates_never_pushed_a_job_audited_per_graduate(api):
    _support_graduates(api)
    before = _graduate_reads(api)
    body = api.get("/api/support/unpushed", "officer").json()
    # G1 was pushed jobs; G2 and G4 are on no list; G6's subsidy-only record is no push.
    assert [i["graduate"]["id"] for i in body["items"]] == ["G3", "G5", "G6"] and body["total"] == 3
    assert body["items"][1]["graduate"]["hardship"] == ["低收入家庭"] and body["items"][1]["recommended"] is False
    # One read per graduate returned, naming the sensitive values of the full record returned (G3's 民族 too, as
    # GET /api/support gives it since 2026-12-06; the page /follow-ups/unpushed still shows and audits less), none for G1.
    new = Counter(_graduate_reads(api)) - Counter(before)
    assert sorted(new.elements()) == [("G3", ("ethnicity", "hardship")), ("G5", ("hardship", "phone")),
                                      ("G6", ("hardship", "phone"))]
    assert api.get("/api/support/unpushed", "officer", params={"school": "喀什"}).json()["total"] == 1
    for who in ("organiser", "g1"):
        assert_problem(api.get("/api/support/unpushed", who), 403)


def test_the_pages_count_them_and_list_them_with_a_link_to_push(api):
    _support_graduates(api)
    login(api, "officer")
    before = _graduate_reads(api)
    follow_ups = api.client.get("/follow-ups").text
    assert "尚未推送过任何岗位的困难帮扶毕业生：3 人" in follow_ups and 'href="/follow-ups/unpushed"' in follow_ups
    assert _graduate_reads(api) == before  # a count names nobody: no entry, as the list's own total
    officer = api.client.get("/officer").text
    assert "其中 3 人尚未推送过任何岗位" in officer and 'href="/follow-ups/unpushed"' in officer
    ahead = _graduate_reads(api, "G5")
    page = api.client.get("/follow-ups/unpushed")
    assert page.status_code == 200 and "共 3 人" in page.text
    table = page.text[page.text.index('id="unpushed"'):]
    for gid in ("G3", "G5", "G6"):
        assert f'href="/graduate/{gid}#follow-up-form"' in table, gid
    assert "买买提" in table and "低收入家庭" in table and "G1" not in table
    # Logged as the officer list logs the same graduate: one read naming the same fields.
    listed = _graduate_reads(api, "G5")
    api.client.get("/officer")
    assert Counter(_graduate_reads(api, "G5")) - Counter(listed) == Counter([("G5", ("hardship", "phone"))])
    assert Counter(listed) - Counter(ahead) == Counter([("G5", ("hardship", "phone"))])
    for who in ("organiser", "g1"):
        login(api, who)
        denied = api.client.get("/follow-ups/unpushed")
        assert denied.status_code == 403 and "买买提" not in denied.text, who


def test_waiting_with_a_result_is_refused_in_every_place_it_can_be_asked(api, tmp_path, monkeypatch):
    _support_graduates(api)
    for result in ("已录用", "未录用", "放弃"):
        problem = assert_problem(api.get("/api/follow-ups", "officer", params={"waiting": True, "status": result}),
                                 422, "waiting")
        assert "status" in problem["detail"] and "互相矛盾" in problem["detail"], result
        assert [e["loc"] for e in problem["errors"]] == [["query", "waiting"], ["query", "status"]]
    # A state that does wait is no contradiction.
    assert api.get("/api/follow-ups", "officer", params={"waiting": True, "status": "已推送"}).json()["total"] == 2
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"waiting": "1", "status": "已录用"})
    assert page.status_code == 422 and "只看尚无结果的" in page.text and "已录用" in page.text
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    out = tmp_path / "hired.csv"
    exports = len([r for r in api.audit_rows() if r.action == "follow_up_export"])
    code = main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"), "--waiting",
                 "--status", "已录用"])
    assert code != 0 and not out.exists()
    assert len([r for r in api.audit_rows() if r.action == "follow_up_export"]) == exports


def test_the_cli_names_the_contradiction_in_chinese(api, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    recorded(api, "G1", job_id="J-SOFT", status="已录用")
    main(["follow-ups", "export", "--out", str(tmp_path / "x.csv"), "--data-dir", str(tmp_path / "data"),
          "--waiting", "--status", "放弃"])
    err = capsys.readouterr().err
    assert "--waiting" in err and "--status 放弃" in err and "互相矛盾" in err


def test_the_officer_list_says_how_many_pushes_still_wait_and_links_to_them(api):
    _support_graduates(api)
    login(api, "officer")
    officer = api.client.get("/officer").text
    row = re.search(r'<a href="/graduate/G1">.*?</tr>', officer, flags=re.S).group(0)
    assert "2 个推送尚无结果" in row and 'href="/follow-ups?waiting=1&amp;graduate=G1"' in row
    waiting = api.client.get("/follow-ups", params={"waiting": "1", "graduate": "G1"})
    assert waiting.status_code == 200 and "共 2 条" in waiting.text
    body = api.get("/api/follow-ups", "officer", params={"graduate_id": "G1", "waiting": True}).json()
    assert sorted(i["job_id"] for i in body["items"]) == ["J-NET", "J-SOFT"]
    assert api.get("/api/follow-ups", "officer", params={"graduate_id": "G3"}).json()["total"] == 0


def test_the_waiting_days_say_what_they_count_from(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")["id"]
    interviewing = recorded(api, "G1", job_id="J-SOFT", status="面试中")["id"]
    now = dt.datetime.now(UTC)
    with api.app.state.session_factory() as session:
        for row_id, days in ((pushed, 30), (interviewing, 3)):
            session.execute(update(FollowUpRow).where(FollowUpRow.id == row_id).values(at=now - dt.timedelta(days=days)))
        session.commit()
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"waiting": "1"}).text
    assert "距最近记录已 3 天（首次推送已 30 天）" in page
    item = api.get("/api/follow-ups", "officer", params={"waiting": True}).json()["items"][0]
    assert dt.datetime.fromisoformat(item["first_at"]) < dt.datetime.fromisoformat(item["at"]) - dt.timedelta(days=20)


def test_the_export_writes_the_never_pushed_graduates_audited_and_refuses_follow_up_filters(api, tmp_path, monkeypatch):
    from tests.test_cli_follow_ups import read_csv

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    _support_graduates(api)
    out = tmp_path / "unpushed.csv"
    data = str(tmp_path / "data")
    assert main(["follow-ups", "export", "--out", str(out), "--data-dir", data, "--unpushed"]) == 0
    rows = read_csv(out)
    assert [(r["graduate_id"], r["hardship"], r["job_id"], r["status"]) for r in rows] == [
        ("G3", "少数民族、零就业家庭", "", ""), ("G5", "低收入家庭", "", ""), ("G6", "低收入家庭", "", "")]
    logged = sorted(r.record_id for r in api.audit_rows() if r.action == "follow_up_export")
    assert logged == ["G3", "G5", "G6"]
    refused = tmp_path / "refused.csv"
    assert main(["follow-ups", "export", "--out", str(refused), "--data-dir", data, "--unpushed",
                 "--status", "已推送"]) != 0 and not refused.exists()
