"""``jobmatch follow-ups export``: cells an officer sorts and filters in Excel (officer review, 2026-12-07).

记录时间 was written as text 「2026-09-03T20:00:00+08:00」 in the workbook, which Excel neither sorts nor
filters as a time; a graduate recorded as in no hardship category (无) got a blank 困难类别 cell, the same as
one whose category was never stated."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook

from service.commands.follow_ups import COLUMNS, HEADERS_ZH
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import recorded
from tests.test_cli_follow_ups import data_dir, export, read_csv  # noqa: F401

AT = COLUMNS.index("at")
HARDSHIP = COLUMNS.index("hardship")


def test_the_workbook_writes_the_record_time_as_a_beijing_date_time_excel_sorts(data_dir, tmp_path):
    assert export(data_dir, tmp_path / "r.xlsx") == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["跟进记录"]
    rows = list(sheet.iter_rows())
    assert rows[0][AT].value == HEADERS_ZH[AT] == "记录时间（北京时间）"
    cell = rows[2][AT]  # G1's J-NET, recorded 2026-09-03 12:00 UTC
    assert cell.is_date and cell.value == dt.datetime(2026, 9, 3, 20, 0)  # naive, Beijing wall-clock time
    assert cell.number_format == "yyyy-mm-dd hh:mm"
    assert all(isinstance(r[AT].value, dt.datetime) for r in rows[1:])


def test_csv_and_json_keep_the_time_as_text_with_its_offset(data_dir, tmp_path):
    assert export(data_dir, tmp_path / "r.csv") == 0
    assert read_csv(tmp_path / "r.csv")[1]["at"] == "2026-09-03T20:00:00+08:00"
    assert export(data_dir, tmp_path / "r.json") == 0
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert rows[1]["at"] == "2026-09-03T20:00:00+08:00"


def test_a_recorded_none_reads_wu_and_only_not_stated_is_blank(api, data_dir, tmp_path):
    recorded(api, "G4", job_id="J-INTERN", status="已推送")  # G4's sheet stated no 困难类别 (None)
    assert export(data_dir, tmp_path / "r.csv") == 0
    hardship = {r["graduate_id"]: r["hardship"] for r in read_csv(tmp_path / "r.csv")}
    assert hardship == {"G1": "低收入家庭", "G2": "无", "G3": "少数民族、零就业家庭", "G4": ""}
    assert export(data_dir, tmp_path / "r.xlsx") == 0
    values = list(load_workbook(tmp_path / "r.xlsx")["跟进记录"].values)
    assert {row[0]: row[HARDSHIP] for row in values[1:]}["G2"] == "无"
    assert {row[0]: row[HARDSHIP] for row in values[1:]}["G4"] in (None, "")
    # G4's file says nothing of their hardship: no entry names it; G2's 「无」 is logged.
    logged = {(r.record_id, tuple(r.fields)) for r in api.audit_rows()
              if r.action == "follow_up_export" and r.record_type == "graduate"}
    assert ("G2", ("hardship",)) in logged and not any(gid == "G4" for gid, _ in logged)
