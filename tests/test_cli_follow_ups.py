"""``jobmatch follow-ups export``: the follow-up record of the service's database to a file
for the bureau, audited before it is written."""

from __future__ import annotations

import csv
import getpass
import json
import stat

import pytest
from openpyxl import load_workbook

from service.cli import main
from service.commands.follow_ups import COLUMNS, HEADERS_ZH
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_follow_up_report import seed


@pytest.fixture
def data_dir(api, tmp_path, monkeypatch):
    """The service's data directory after five follow-ups (see ``seed``), read by the command."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    seed(api)
    return tmp_path / "data"


def export(data_dir, out, *options) -> int:
    return main(["follow-ups", "export", "--out", str(out), "--data-dir", str(data_dir), *map(str, options)])


def read_csv(path) -> list[dict]:
    with path.open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def export_audit(api) -> list[tuple]:
    return sorted((r.record_id, r.record_type, r.role, r.user_name, tuple(r.fields)) for r in api.audit_rows()
                  if r.action == "follow_up_export")


def test_the_current_state_of_each_graduate_and_job_with_who_they_are(api, data_dir, tmp_path, capsys):
    out = tmp_path / "report.csv"
    assert export(data_dir, out) == 0
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS)
    assert [(r["graduate_id"], r["job_id"], r["status"], r["subsidy"]) for r in rows] == [
        ("G1", "J-SOFT", "已投递", "已申请"), ("G1", "J-NET", "已推送", "已申请"), ("G2", "J-ACC", "已录用", ""),
        ("G3", "J-TEACH", "面试中", "已发放")]
    shown = ("name", "school", "major", "hardship", "job_title", "employer", "note", "officer", "at")
    assert {k: rows[1][k] for k in shown} == {
        "name": "阿依古丽", "school": "新疆大学", "major": "计算机科学与技术", "hardship": "低收入家庭",
        "job_title": "网络运维工程师", "employer": "克拉玛依信息公司", "note": "电话告知", "officer": "王老师",
        "at": "2026-09-03T20:00:00+08:00"}
    assert rows[3]["hardship"] == "少数民族、零就业家庭"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "已导出 3 位毕业生的跟进记录（当前状态），共 4 行" in capsys.readouterr().out


def test_it_is_audited_once_per_graduate_naming_what_it_discloses(api, data_dir, tmp_path):
    assert export(data_dir, tmp_path / "report.csv") == 0
    login = getpass.getuser()
    # G2 is recorded in no hardship category (无) and has no subsidy or note. The file writes 「无」 for
    # them (a blank read as "not stated"), which says something of their hardship status, so it is
    # logged as the graduate page's 「困难类别：无」 is; before, the cell was blank and nothing was logged.
    # The follow-up fields are logged as follow-up records, as the service logs its reads of them.
    assert export_audit(api) == [("G1", "follow_up", "cli", login, ("subsidy", "note")),
                                 ("G1", "graduate", "cli", login, ("hardship",)),
                                 ("G2", "graduate", "cli", login, ("hardship",)),
                                 ("G3", "follow_up", "cli", login, ("subsidy",)),
                                 ("G3", "graduate", "cli", login, ("hardship",))]


def test_all_rows_and_the_filters(api, data_dir, tmp_path):
    out = tmp_path / "all.csv"
    assert export(data_dir, out, "--all-rows") == 0
    assert [(r["job_id"], r["status"], r["subsidy"]) for r in read_csv(out)][:2] == [
        ("J-SOFT", "已推送", "已申请"), ("J-SOFT", "已投递", "")]
    assert len(read_csv(out)) == 5
    assert export(data_dir, out, "--since", "2026-09-04") == 0
    assert [r["graduate_id"] for r in read_csv(out)] == ["G2", "G3"]
    assert export(data_dir, out, "--school", "新疆大学", "--all-rows") == 0
    assert {r["graduate_id"] for r in read_csv(out)} == {"G1"} and len(read_csv(out)) == 3
    assert export(data_dir, out, "--status", "已录用") == 0
    assert [r["graduate_id"] for r in read_csv(out)] == ["G2"]


def test_xlsx_and_json(data_dir, tmp_path):
    assert export(data_dir, tmp_path / "r.xlsx") == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["跟进记录"]
    values = list(sheet.values)
    assert values[0] == HEADERS_ZH and values[1][0] == "G1" and len(values) == 1 + 4  # one header row
    assert export(data_dir, tmp_path / "r.json") == 0
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [r["graduate_id"] for r in rows] == ["G1", "G1", "G2", "G3"] and rows[3]["subsidy"] == "已发放"


def test_a_formula_in_a_note_is_written_as_text(api, data_dir, tmp_path):
    from tests.test_api_followups import recorded

    recorded(api, "G2", job_id="J-ACC", status="已录用", note="=HYPERLINK(\"http://x\")")
    out = tmp_path / "r.csv"
    assert export(data_dir, out) == 0
    (g2,) = [r for r in read_csv(out) if r["graduate_id"] == "G2"]
    assert g2["note"].startswith("'=")


def test_when_the_audit_cannot_be_written_nothing_is_output(api, data_dir, tmp_path, capsys, monkeypatch):
    from service import audit

    def refuse(**_):
        raise RuntimeError("磁盘已满")

    monkeypatch.setattr(audit, "record_local_disclosures", refuse)
    out = tmp_path / "report.csv"
    assert export(data_dir, out) == 2
    err = capsys.readouterr().err
    assert "无法写入审计日志" in err and "磁盘已满" in err
    assert not out.exists() and export_audit(api) == []


def test_an_unreachable_database_is_a_chinese_error_without_the_password(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")  # nothing listens on port 1
    out = tmp_path / "report.csv"
    assert export(tmp_path / "state", out) == 2
    err = capsys.readouterr().err
    assert "无法读取服务数据库" in err and "127.0.0.1:1" in err and "secret" not in err
    assert not out.exists()


@pytest.mark.parametrize(("options", "fragment"), [
    (["--since", "9月1日"], "「9月1日」不是日期，请写成 YYYY-MM-DD"),
    (["--status", "录取"], "无效的选择"),
])
def test_bad_options_are_refused_in_chinese(tmp_path, capsys, options, fragment):
    with pytest.raises(SystemExit) as exit_:
        export(tmp_path / "state", tmp_path / "r.csv", *options)
    assert exit_.value.code == 2 and fragment in capsys.readouterr().err


def test_a_bad_output_path_is_refused_before_the_database_is_opened(tmp_path, capsys):
    assert export(tmp_path / "state", tmp_path / "r.txt") == 2
    assert "不支持的输出格式" in capsys.readouterr().err and not (tmp_path / "state").exists()


def test_nothing_to_export_writes_the_header_and_audits_nothing(tmp_path, monkeypatch):
    from service.storage.db import open_database

    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    (tmp_path / "state").mkdir()
    open_database(f"sqlite:///{tmp_path / 'state' / 'jobmatch.sqlite3'}")[0].dispose()  # a service with no follow-ups
    out = tmp_path / "r.csv"
    assert export(tmp_path / "state", out) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines() == [",".join(COLUMNS)]


@pytest.mark.parametrize("exists", [False, True])
def test_a_data_dir_without_the_services_database_is_refused_and_left_alone(tmp_path, capsys, monkeypatch, exists):
    """A mistyped --data-dir (or the wrong working directory) must not read as an empty record:
    nothing is exported and no database is created there."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    state = tmp_path / "state"
    if exists:
        state.mkdir()
    out = tmp_path / "r.csv"
    assert export(state, out) == 2
    err = capsys.readouterr().err
    assert "没有服务数据库" in err and str(state) in err and "--data-dir" in err
    assert not out.exists()
    assert (list(state.iterdir()) == []) if exists else not state.exists()


def test_since_the_first_day_of_the_calendar_exports_everything(data_dir, tmp_path, capsys):
    out = tmp_path / "r.csv"
    assert export(data_dir, out, "--since", "0001-01-01", "--all-rows") == 0, capsys.readouterr().err
    assert len(read_csv(out)) == 5


def test_a_folder_it_may_not_write_to_is_refused_before_the_audit(api, data_dir, tmp_path, capsys, monkeypatch):
    """Otherwise the log would record an export whose file was never written."""
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: (
        False if str(path) == str(locked) and mode & os.W_OK else real_access(path, mode, **kw)))
    assert export(data_dir, locked / "r.csv") == 2
    assert "不能写入输出目录" in capsys.readouterr().err
    assert export_audit(api) == [] and list(locked.iterdir()) == []
