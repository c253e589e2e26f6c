"""A 起始日期 after today (Beijing) on the follow-up record is refused, not answered empty (officer's-day
review, 2026-12-07): a mistyped year (2062 for 2026) gave ``GET /api/follow-ups`` an empty page, the
/follow-ups page 「共 0 条」 and ``jobmatch follow-ups export --since`` an empty file with exit 0, each
reading as 「no follow-up since」. Now each answers in Chinese naming its own field (``since``, 起始日期,
``--since``), reads nothing and writes no audit entry; today itself is still taken. Also: a JSON body that
is no object ([1]) said 「请求体取值无效」; it now says an object is wanted."""

from __future__ import annotations

import datetime as dt

from service.beijing import beijing_today
from service.cli import main
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, recorded, stored


def _tomorrow() -> str:
    return (beijing_today() + dt.timedelta(days=1)).isoformat()


def test_the_api_refuses_a_since_after_today_naming_the_parameter(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请", note="电话告知")
    before = len(api.audit_rows())
    for day in (_tomorrow(), "2062-09-01"):
        body = assert_problem(api.get("/api/follow-ups", "officer", params={"since": day}), 422,
                              "since", "晚于今天", day)
        assert body["errors"][0]["loc"] == ["query", "since"]
    assert len(api.audit_rows()) == before  # nothing read, nothing logged
    # Today is a day records can have: the line and its audited subsidy state as before.
    body = api.get("/api/follow-ups", "officer", params={"since": beijing_today().isoformat()}).json()
    assert body["total"] == 1 and body["items"][0]["subsidy"] == "已申请"
    # An organiser still gets the 403 first, whatever the day.
    assert api.get("/api/follow-ups", "organiser", params={"since": "2062-09-01"}).status_code == 403


def test_the_page_refuses_a_since_after_today_by_its_label(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", note="电话告知")
    login(api, "officer")
    before = len(api.audit_rows())
    page = api.client.get("/follow-ups", params={"since": "2062-09-01"})
    assert page.status_code == 422
    assert "起始日期 2062-09-01 晚于今天" in page.text and "电话告知" not in page.text
    assert len(api.audit_rows()) == before
    assert "电话告知" in api.client.get("/follow-ups", params={"since": beijing_today().isoformat()}).text


def test_the_export_refuses_a_since_after_today_and_writes_nothing(api, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    recorded(api, "G1", job_id="J-SOFT", status="已推送", note="电话告知")
    out = tmp_path / "followups.csv"
    before = len(api.audit_rows())
    code = main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"),
                 "--since", "2062-09-01"])
    err = capsys.readouterr().err
    assert code != 0 and not out.exists()
    assert "--since 2062-09-01" in err and "晚于今天" in err
    assert len(api.audit_rows()) == before
    code = main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"),
                 "--since", beijing_today().isoformat()])
    assert code == 0 and "电话告知" in out.read_text(encoding="utf-8-sig")


def test_a_body_that_is_not_an_object_says_so_and_writes_nothing(api):
    # JSON, but a list or a bare value: it read 「请求体取值无效」, naming no cause.
    for body in ([1], "已推送", 3):
        problem = assert_problem(api.post("/api/graduates/G1/follow-ups", "officer", json=body), 422,
                                 "请求体应为 JSON 对象")
        assert problem["errors"][0]["loc"] == ["body"]
    assert stored(api, "G1") == []
