"""Officer follow-up fixes (2026-12-06, session 3): a blank ``graduate_id`` on ``GET /api/follow-ups``
is no filter (as a blank school there and the page's blank 「毕业生」); ``jobmatch follow-ups export
--unpushed --major`` filters by major as the /follow-ups/unpushed page and the API do; that page's
links carry the school and major trimmed, as the filter applies them. The audit is unchanged."""

from __future__ import annotations

from collections import Counter

from service.cli import main
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, recorded
from tests.test_follow_ups_unpushed_and_waiting import _graduate_reads, _support_graduates


def test_a_blank_graduate_id_is_no_filter(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G3", job_id="J-NET", status="已推送")
    everyone = api.get("/api/follow-ups", "officer").json()
    assert everyone["total"] == 2
    for blank in ("  ", "\u3000", ""):
        body = api.get("/api/follow-ups", "officer", params={"graduate_id": blank}).json()
        assert body["total"] == 2 and body["items"] == everyone["items"], repr(blank)
    # Spaces around an id are still no part of it, and the page reads the same blank as no filter.
    assert api.get("/api/follow-ups", "officer", params={"graduate_id": " G1 "}).json()["total"] == 1
    login(api, "officer")
    assert "共 2 条" in api.client.get("/follow-ups", params={"graduate": "  "}).text
    assert_problem(api.get("/api/follow-ups", "officer", params={"graduate_id": "G" * 101}), 422, "graduate_id")


def _export(tmp_path, *options: str) -> tuple[int, object]:
    out = tmp_path / "unpushed.csv"
    if out.exists():
        out.unlink()
    return main(["follow-ups", "export", "--out", str(out), "--data-dir", str(tmp_path / "data"), *options]), out


def test_the_unpushed_export_filters_by_major_as_the_page_does(api, tmp_path, monkeypatch, capsys):
    from tests.test_cli_follow_ups import read_csv

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    _support_graduates(api)  # unpushed: G3 (数学与应用数学), G5 and G6 (no major)
    api_ids = [i["graduate"]["id"] for i in
               api.get("/api/support/unpushed", "officer", params={"major": " 数学 "}).json()["items"]]
    assert api_ids == ["G3"]
    before = len([r for r in api.audit_rows() if r.action == "follow_up_export"])
    code, out = _export(tmp_path, "--unpushed", "--major", " 数学 ")
    assert code == 0, capsys.readouterr().err
    assert [r["graduate_id"] for r in read_csv(out)] == api_ids
    # One audit entry per graduate written, as before: only G3's.
    logged = [r.record_id for r in api.audit_rows() if r.action == "follow_up_export"][before:]
    assert logged == ["G3"]
    code, out = _export(tmp_path, "--unpushed", "--major", "数学", "--school", "新疆大学")
    assert code == 0 and read_csv(out) == []
    # Still refused with the follow-up filters; and --major without --unpushed is refused, not ignored.
    for options in (("--unpushed", "--major", "数学", "--status", "已推送"), ("--major", "数学")):
        capsys.readouterr()
        code, out = _export(tmp_path, *options)
        assert code != 0 and not out.exists(), options
        assert "--major" in capsys.readouterr().err or "--status" in " ".join(options)


def test_the_unpushed_page_links_carry_the_filter_trimmed(api):
    _support_graduates(api)
    login(api, "officer")
    reads = _graduate_reads(api)
    page = api.client.get("/follow-ups/unpushed", params={"school": " 喀什 ", "major": " 数学 ", "page": 2})
    assert page.status_code == 200 and "共 1 人" in page.text
    assert "school=%E5%96%80%E4%BB%80&amp;major=%E6%95%B0%E5%AD%A6&amp;page=1" in page.text
    # Past the last page no graduate is listed, so nothing is logged.
    assert Counter(_graduate_reads(api)) == Counter(reads)
