"""``jobmatch profile`` end to end, through ``service.cli.main`` on small files."""

from __future__ import annotations

import csv
import getpass
import json
import stat

import pytest
from openpyxl import load_workbook

from service.cli import main
from tests.test_cli import audit_rows, write_inputs
from tests.test_cli_fairs import JOBS_CSV

GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,民族,困难类别,就业意向,期望薪资
A1,张三,新疆财经大学,会计学,本科,2026,男,汉族,无,想去乌鲁木齐做会计,4000
A2,李四,新疆财经大学,财务管理,本科,2026,女,维吾尔族,低收入家庭,会计，不去喀什,5000
A3,王五,石河子大学,审计学,本科,2026,女,哈萨克族,无,审计,6000
A4,赵六,新疆农业职业技术学院,会计学,大专,2025,男,汉族,无,会计,8000
N1,古丽,新疆医科大学,护理学,本科,2026,女,维吾尔族,残疾,护理,
C1,小明,新疆大学,计算机科学与技术,本科,2026,男,汉族,无,软件开发,
W1,小风,新疆农业职业技术学院,风力发电工程技术,大专,2026,男,汉族,无,,
"""


@pytest.fixture
def inputs(tmp_path):
    return write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)


def run(*args) -> int:
    return main(["profile", *map(str, args), "--no-model"])


def test_json_holds_the_whole_profile(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out = tmp_path / "profile.json"
    assert run("--graduates", graduates, "--jobs", jobs, "--out", out) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["total"] == 7 and body["filters"] == "各届、全部学校"
    assert [(c["label"], c["count"]) for c in body["by_year"]] == [("2025", 1), ("2026", 6)]
    assert {c["label"]: c["count"] for c in body["by_class"]} == {
        "1202 工商管理类": 4, "1011 护理学类": 1, "0809 计算机类": 1, "0805 能源动力类": 1}
    # 风力发电工程技术 is a 专科 catalog major, filed under 0805 by its 专业类 (not a model's guess).
    assert body["unplaced"] == 0 and body["unplaced_majors"] == []
    pay = body["intentions"]["pay"]
    assert (pay["stated"], pay["lower_quartile"], pay["median"], pay["upper_quartile"]) == (4, 4750, 5500, 6500)
    assert {c["label"] for c in body["intentions"]["refused_places"]} == {"喀什"}
    classes = {c["key"]: c for c in body["supply"]["classes"]}
    assert (classes["1202"]["graduates"], classes["1202"]["positions"], classes["1202"]["openings"]) == (4, 3, 6)
    assert (classes["1011"]["openings"], classes["1011"]["headcount_unknown"], classes["1011"]["flag"]) == \
        (8, 1, "岗位多、毕业生少")
    assert body["supply"]["shortage"] == ["1011"] and body["sensitive"] is None
    assert not any(word in out.read_text(encoding="utf-8") for word in ("维吾尔族", "低收入家庭", "残疾"))
    assert "毕业生画像：共 7 人" in capsys.readouterr().out


def test_csv_is_one_long_table_and_xlsx_one_sheet_per_section(inputs, tmp_path):
    jobs, graduates = inputs
    out = tmp_path / "profile.csv"
    assert run("--graduates", graduates, "--jobs", jobs, "--year", 2026, "--out", out) == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["section", "item", "count", "share"]
    found = {(r["section"], r["item"]): (r["count"], r["share"]) for r in rows}
    assert found[("概况", "毕业生人数")] == ("6", "")
    assert found[("学历", "本科")] == ("5", "0.8333")
    assert found[("期望月薪", "中位数（元）")] == ("5000.0", "")
    assert found[("供需对比", "1011 护理学类｜求人倍率（岗位多、毕业生少）")] == ("8.0", "")
    assert found[("供需对比", "1202 工商管理类｜毕业生")] == ("3", "0.5")

    book = tmp_path / "profile.xlsx"
    assert run("--graduates", graduates, "--jobs", jobs, "--out", book) == 0
    workbook = load_workbook(book)
    assert workbook.sheetnames[:4] == ["概况", "毕业年份", "学校", "学历"]
    assert "供需对比" in workbook.sheetnames and "敏感信息" not in workbook.sheetnames
    header, *lines = [[c.value for c in row] for row in workbook["本科专业类"].iter_rows()]
    assert header == ["项目", "人数", "占比"] and lines[0][:2] == ["1202 工商管理类", 4]


def test_printed_summary_without_jobs_has_no_supply_section(inputs, capsys):
    _, graduates = inputs
    assert run("--graduates", graduates, "--school", "新疆财经大学") == 0
    out = capsys.readouterr().out
    assert "毕业生画像（各届、新疆财经大学）：共 2 人" in out
    assert "1202 工商管理类" in out and "期望最低月薪：2 人填写；中位数 4,500 元" in out
    assert "供需对比" not in out and "敏感信息" not in out


def test_sensitive_counts_are_audited_per_graduate_before_output(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out, data_dir = tmp_path / "p.json", tmp_path / "state"
    assert run("--graduates", graduates, "--jobs", jobs, "--year", 2026, "--sensitive", "--out", out,
               "--data-dir", data_dir) == 0
    sensitive = json.loads(out.read_text(encoding="utf-8"))["sensitive"]
    assert (sensitive["disability"], sensitive["ethnic_minority"], sensitive["hardship_any"]) == (1, 3, 2)
    login = getpass.getuser()
    assert audit_rows(data_dir) == [(g, "profile", "cli", login, ("ethnicity", "hardship"))
                                    for g in ("A1", "A2", "A3", "C1", "N1", "W1")]  # A4 is of 2025
    assert "审计日志" in capsys.readouterr().err


def test_sensitive_rows_of_the_long_table_are_named_apart(inputs, tmp_path):
    """The hardship category 残疾 or 少数民族 and the graduates who are disabled or of a minority
    group are different counts (5 registered 少数民族 against 173 of a minority group on the
    sample): each row of the section has its own name."""
    jobs, graduates = inputs
    out = tmp_path / "p.csv"
    assert run("--graduates", graduates, "--sensitive", "--out", out, "--data-dir", tmp_path / "state") == 0
    with out.open(encoding="utf-8-sig") as f:
        items = [r["item"] for r in csv.DictReader(f) if r["section"] == "敏感信息"]
    assert len(items) == len(set(items))
    assert {"困难类别：残疾", "困难类别：少数民族", "残疾", "民族为少数民族"} <= set(items)


def test_without_sensitive_no_database_is_opened(inputs, tmp_path):
    jobs, graduates = inputs
    data_dir = tmp_path / "state"
    assert run("--graduates", graduates, "--out", tmp_path / "p.json", "--data-dir", data_dir) == 0
    assert not data_dir.exists()


def test_when_the_audit_cannot_be_written_nothing_is_output(inputs, tmp_path, capsys, monkeypatch):
    jobs, graduates = inputs
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")
    out = tmp_path / "p.json"
    assert run("--graduates", graduates, "--sensitive", "--out", out, "--data-dir", tmp_path / "state") == 2
    err = capsys.readouterr().err
    assert "无法写入审计日志" in err and "secret" not in err and not out.exists()
    assert run("--graduates", graduates, "--sensitive", "--data-dir", tmp_path / "state") == 2
    assert "困难类别" not in capsys.readouterr().out


def test_a_bad_row_is_named_and_a_filter_matching_nobody_is_an_error(inputs, tmp_path, capsys):
    _, graduates = inputs
    broken = tmp_path / "graduates_bad.csv"
    broken.write_text(GRADUATES_CSV + "B1,坏行,新疆大学,会计学,本科,二〇二六,男,汉族,无,,\n", encoding="utf-8")
    assert run("--graduates", broken, "--out", tmp_path / "p.csv") == 0
    err = capsys.readouterr().err
    assert "已跳过 1 行" in err and "graduates_bad.csv" in err and "第 9 行" in err and "毕业年份" in err
    assert run("--graduates", broken, "--strict", "--out", tmp_path / "q.csv") == 2
    assert "第 9 行" in capsys.readouterr().err and not (tmp_path / "q.csv").exists()
    assert run("--graduates", graduates, "--year", 2030) == 2
    assert "没有符合条件（2030 届）的毕业生；表中有：毕业年份 2025、2026；学校 " in capsys.readouterr().err
    assert run("--graduates", graduates, "--out", tmp_path / "p.txt") == 2
    assert "不支持的输出格式" in capsys.readouterr().err
