"""Every workbook a person opens has one header row, in Chinese (``service.output.write_xlsx_sheets``):
suggestions, policy lists and verdicts, the follow-up export, profile and guidance. Notes sheets
keep their rows as they are, CSV files keep the English identifiers README documents for programs,
and a policy list written as XLSX reads back as the same list."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from features.policies import Policy
from matching.policies import GraduatePolicies, PolicyMatch
from matching.verdict import Status
from service import output
from service.commands import follow_ups
from service.policy_file import read_policies
from service.policy_report import (LIST_HEADERS_ZH, RESULT_HEADERS_ZH, policy_dict, write_policy_list,
                                   write_policy_results)
from tests.test_output import JOBS, RESULTS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SAMPLE_POLICIES = ROOT / "samples" / "policies.csv"


def sheet_rows(path: Path, title: str | None = None) -> list[tuple]:
    workbook = load_workbook(path, read_only=True)
    return list((workbook[title] if title else workbook.worksheets[0]).iter_rows(values_only=True))


def test_suggestions_workbook_has_one_chinese_header_row_and_its_csv_keeps_the_identifiers(tmp_path):
    output.write_suggestions(tmp_path / "s.xlsx", RESULTS, JOBS)
    rows = sheet_rows(tmp_path / "s.xlsx", "推荐结果")
    assert rows[0] == output.HEADERS_ZH
    assert rows[1][:3] == ("=1+1", "J1", 1) and len(rows) == 1 + 3  # data right under the header
    assert not any(cell in output.COLUMNS for row in rows for cell in row)  # no English row anywhere
    output.write_suggestions(tmp_path / "s.csv", RESULTS, JOBS)
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f)) == list(output.COLUMNS)


def test_policy_list_workbook_has_one_header_row_and_reads_back_as_the_same_list(tmp_path):
    policies = read_policies(SAMPLE_POLICIES).policies
    write_policy_list(tmp_path / "list.xlsx", policies)
    rows = sheet_rows(tmp_path / "list.xlsx", "政策清单")
    assert rows[0] == LIST_HEADERS_ZH and len(rows) == 1 + len(policies)
    # The checked list is a policy file again: `jobmatch policies --policies list.xlsx` reads it
    # (a second header row was read as a policy whose 学历 is 「学历」, and the file was refused).
    again = read_policies(tmp_path / "list.xlsx").policies
    assert [policy_dict(p) for p in again] == [policy_dict(p) for p in policies]


def test_policy_verdicts_workbook_has_one_header_row(tmp_path):
    policy = Policy(id="P1", name="求职创业补贴")
    results = [GraduatePolicies(graduate_id="G1", matches=(
        PolicyMatch(policy_id="P1", status=Status.ELIGIBLE, reasons=("学历符合",), discloses=()),))]
    write_policy_results(tmp_path / "r.xlsx", results, {"P1": policy})
    assert sheet_rows(tmp_path / "r.xlsx") == [RESULT_HEADERS_ZH,
                                               ("G1", None, None, "P1", "求职创业补贴", "符合", "学历符合")]


def test_follow_up_export_workbook_has_one_header_row_and_its_csv_keeps_the_identifiers(tmp_path):
    row = dict.fromkeys(follow_ups.COLUMNS, "") | {"graduate_id": "G1", "name": "古丽", "status": "已录用"}
    for name in ("r.xlsx", "r.csv"):
        assert output.write_table(tmp_path / name, [row], follow_ups.COLUMNS, follow_ups.HEADERS_ZH,
                                  sheet="跟进记录") == 1
    rows = sheet_rows(tmp_path / "r.xlsx", "跟进记录")
    assert rows[0] == follow_ups.HEADERS_ZH and rows[1][:2] == ("G1", "古丽") and len(rows) == 2
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f)) == list(follow_ups.COLUMNS)


def test_a_notes_sheet_keeps_its_rows_without_a_header(tmp_path):
    notes = [{"note": "共 2 场"}, {"note": "=合并说明"}]
    output.write_xlsx_tables(tmp_path / "b.xlsx", {"表": [{"a": 1, "b": 2}], "说明": notes}, ("a", "b"), ("甲", "乙"))
    assert sheet_rows(tmp_path / "b.xlsx", "表") == [("甲", "乙"), (1, 2)]
    assert sheet_rows(tmp_path / "b.xlsx", "说明") == [("共 2 场",), ("=合并说明",)]
    cell = load_workbook(tmp_path / "b.xlsx")["说明"]["A2"]  # formula-like text stays text
    assert cell.data_type == "s"


@pytest.mark.parametrize(("command", "columns"), [
    ("recommend", output.COLUMNS), ("follow-ups export", follow_ups.COLUMNS)])
def test_readme_documents_the_csv_identifiers_programs_read(command, columns):
    assert f"`{','.join(columns)}`" in README, f"README should list the CSV columns of jobmatch {command}"


def test_readme_states_the_header_rule_once():
    section = README.split("### Output files", 1)[1].split("\n#", 1)[0]
    assert "xlsx 面向人" in section and "CSV/JSON 面向程序" in section
    assert len(re.findall(r"xlsx 面向人", README)) == 1
