"""``jobmatch policies`` says why a policy does not apply (不符合 with its reasons): always in its
files, in the terminal with ``--show-ineligible`` (else a count), and audits what those reasons
disclose (a 少数民族 policy's reason names the 民族) before showing them."""

from __future__ import annotations

import csv
import getpass
import json

import pytest

from service.cli import main
from tests.test_cli import audit_rows

POLICIES_CSV = """政策编号,政策名称,学历,困难类别
P1,少数民族毕业生补贴,,少数民族
P2,研究生专项,硕士及以上,
"""
GRADUATES_CSV = """学号,姓名,民族,学历,毕业年份,困难类别
A1,古丽,维吾尔族,本科,2026,零就业家庭
A2,张三,汉族,本科,2026,零就业家庭
"""


@pytest.fixture
def files(tmp_path):
    policies, graduates = tmp_path / "policies.csv", tmp_path / "graduates.csv"
    policies.write_text(POLICIES_CSV, encoding="utf-8")
    graduates.write_text(GRADUATES_CSV, encoding="utf-8")
    return policies, graduates


def run(*args) -> int:
    return main(["policies", *map(str, args)])


def test_the_csv_lists_ineligible_policies_with_why_and_audits_their_ethnicity(files, tmp_path):
    policies, graduates = files
    out, data_dir = tmp_path / "out.csv", tmp_path / "state"
    assert run("--policies", policies, "--graduates", graduates, "--out", out, "--data-dir", data_dir) == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = {(r["graduate_id"], r["policy_id"]): (r["status"], r["reasons"]) for r in csv.DictReader(f)}
    assert rows[("A1", "P1")] == ("符合", "困难类别符合：政策面向困难类别为少数民族的毕业生，该毕业生登记的民族为维吾尔族")
    assert rows[("A2", "P1")] == ("不符合", "困难类别不符：政策面向困难类别为少数民族的毕业生，"
                                           "该毕业生登记的困难类别为零就业家庭，登记的民族为汉族")
    assert rows[("A2", "P2")][0] == "不符合" and rows[("A2", "P2")][1].startswith("学历不符：")
    login = getpass.getuser()
    assert audit_rows(data_dir) == [("A1", "policies", "cli", login, ("ethnicity", "hardship")),
                                    ("A2", "policies", "cli", login, ("ethnicity", "hardship"))]


def test_the_json_nests_ineligible_policies_with_their_reasons(files, tmp_path):
    policies, graduates = files
    out = tmp_path / "out.json"
    assert run("--policies", policies, "--graduates", graduates, "--out", out, "--data-dir", tmp_path / "state") == 0
    nested = {g["graduate_id"]: g["policies"] for g in json.loads(out.read_text(encoding="utf-8"))}
    failed = [p for p in nested["A2"] if p["status"] == "not_eligible"]
    assert [(p["policy_id"], p["status_label"]) for p in failed] == [("P1", "不符合"), ("P2", "不符合")]
    assert all(p["reasons"] for p in failed)


def test_the_terminal_counts_ineligible_policies_unless_asked_to_show_why(files, tmp_path, capsys):
    policies, graduates = files
    data_dir = tmp_path / "state"
    assert run("--policies", policies, "--graduates", graduates, "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "另有 2 项政策不符合（加 --show-ineligible 显示原因）" in out and "［不符合］" not in out
    # Only A1's shown 符合 reason named a sensitive field; A2's 不符合 reasons were not shown.
    assert [row[0] for row in audit_rows(data_dir)] == ["A1"]

    assert run("--policies", policies, "--graduates", graduates, "--show-ineligible", "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "［不符合］P1 少数民族毕业生补贴\n      原因：困难类别不符：" in out and "登记的民族为汉族" in out
    assert "［不符合］P2 研究生专项" in out and "另有" not in out
    assert [row[0] for row in audit_rows(data_dir)] == ["A1", "A1", "A2"]
