"""``jobmatch guidance`` end to end, through ``service.cli.main`` on small files."""

from __future__ import annotations

import csv
import getpass
import json
import stat

import pytest
from openpyxl import load_workbook

from service.cli import main
from tests.test_cli import audit_rows, write_inputs

JOBS_CSV = """岗位编号,职位名称,用人单位,工作地点,学历要求,专业,招聘人数,职位描述,其他要求
T1,初中语文教师,乌鲁木齐市第一中学,乌鲁木齐市,本科及以上,汉语言文学,3,初中语文教学,需取得教师资格证
T2,高中语文教师,乌鲁木齐市第二中学,乌鲁木齐市,本科及以上,汉语言文学,,高中语文教学,需取得教师资格证
T3,语文教研员,乌鲁木齐市教育研究院,乌鲁木齐市,硕士研究生及以上,汉语言文学,1,语文教研,
S1,社区网格员,天山区某街道办事处,乌鲁木齐市,本科及以上,汉语言文学,2,社区服务与文字材料,限少数民族
D1,软件开发工程师,新疆天山信息技术有限公司,乌鲁木齐市,本科及以上,计算机科学与技术,2,后端开发,
"""

GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,民族,困难类别,就业意向
L1,张三,新疆师范大学,汉语言文学,本科,2026,男,汉族,无,想当语文老师
L2,李四,新疆师范大学,汉语言文学,本科,2026,女,维吾尔族,低收入家庭,语文教师
L3,王五,喀什大学,汉语言文学,本科,2025,女,汉族,无,文字工作
C1,小明,新疆大学,计算机科学与技术,本科,2026,男,汉族,无,软件开发
"""


@pytest.fixture
def inputs(tmp_path):
    return write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)


def run(*args) -> int:
    return main(["guidance", *map(str, args), "--no-model"])


def topics(body) -> dict[str, int]:
    return {t["label"]: t["graduates"] for t in body["topics"]}


def test_json_holds_topics_and_each_graduates_gaps_without_sensitive_ones(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out, data_dir = tmp_path / "g.json", tmp_path / "state"
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 5, "--out", out, "--data-dir", data_dir) == 0
    said = capsys.readouterr().out
    assert said.startswith("就业指导与培训需求：4 位毕业生，") and said.count("个专题") == 1  # not told twice
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not data_dir.exists()  # nothing sensitive: no audit, no database
    body = json.loads(out.read_text(encoding="utf-8"))
    assert (body["total"], body["top"], body["filters"]) == (4, 5, "各届、全部学校")
    assert topics(body)["教师资格证"] == 4  # the two teaching posts are among everyone's five best
    teacher = next(t for t in body["topics"] if t["topic"] == "teacher_certificate")
    assert (teacher["jobs"], teacher["openings"], teacher["headcount_unknown"]) == (2, 4, 1)
    assert teacher["summary"] == "教师资格证：4 位毕业生的前 5 个匹配岗位（含不符合条件的岗位）中有岗位要求教师资格证"
    assert topics(body)["学历/学位"] == 4  # T3 asks for a master
    assert "sensitive" not in {t["topic"] for t in body["topics"]}
    gaps = {g["graduate_id"]: {x["topic"] for x in g["gaps"]} for g in body["graduates"]}
    assert gaps["L1"] >= {"teacher_certificate", "education"} and "sensitive" not in set().union(*gaps.values())
    assert next(g["name"] for g in body["graduates"] if g["graduate_id"] == "L1") == "张三"
    assert "民族" not in out.read_text(encoding="utf-8")


def test_csv_and_xlsx_hold_the_cohort_table_and_the_graduates_gaps(inputs, tmp_path):
    jobs, graduates = inputs
    out = tmp_path / "g.csv"
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 5, "--year", 2026, "--out", out) == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {r["row_type"] for r in rows} == {"专题", "毕业生"}
    teacher = next(r for r in rows if r["row_type"] == "专题" and r["topic"] == "教师资格证")
    assert (teacher["graduates"], teacher["jobs"], teacher["openings"]) == ("3", "2", "4")
    l1 = [r for r in rows if r["row_type"] == "毕业生" and r["graduate_id"] == "L1"]
    # Read by the officer who ran it: about the graduate, with advice to act on, never 「您…」.
    assert any(r["topic"] == "教师资格证" and r["text"].startswith("该毕业生最匹配的 ")
               and "请核实该毕业生是否已取得" in r["text"] for r in l1)
    assert not any("您" in r["text"] or "请告知就业服务专员" in r["text"] for r in rows)
    assert "L3" not in {r["graduate_id"] for r in rows}  # of 2025

    book = tmp_path / "g.xlsx"
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 5, "--out", book) == 0
    workbook = load_workbook(book, read_only=True)
    assert workbook.sheetnames == ["培训需求", "毕业生建议"]
    first = list(workbook["培训需求"].iter_rows(values_only=True))
    assert first[0][:4] == ("专题", "可否通过培训改变", "涉及毕业生", "占比") and "教师资格证" in {r[0] for r in first[1:]}
    gaps = list(workbook["毕业生建议"].iter_rows(values_only=True))
    assert gaps[0][:4] == ("毕业生编号", "姓名", "专业", "专题") and {r[0] for r in gaps[1:]} == {"L1", "L2", "L3", "C1"}


def test_the_terminal_shows_every_topic_and_the_first_graduates(inputs, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 5, "--school", "新疆师范大学") == 0
    out = capsys.readouterr().out
    assert "就业指导与培训需求（各届、新疆师范大学）：共 2 位毕业生" in out
    assert "教师资格证" in out and "毕业生 L1 张三" in out and "民族" not in out
    assert "该毕业生最匹配的 5 个岗位（含不符合条件的岗位）中" in out and "您" not in out


def test_sensitive_run_shows_and_audits_gaps_on_ethnicity(inputs, tmp_path):
    jobs, graduates = inputs
    out, data_dir = tmp_path / "g.json", tmp_path / "state"
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 5, "--sensitive", "--out", out,
               "--data-dir", data_dir) == 0
    body = json.loads(out.read_text(encoding="utf-8"))
    l1 = next(g for g in body["graduates"] if g["graduate_id"] == "L1")
    sensitive = next(x for x in l1["gaps"] if x["topic"] == "sensitive")
    assert sensitive["example"]["job_id"] == "S1" and sensitive["suggestion"] is None
    assert "sensitive" not in {t["topic"] for t in body["topics"]}  # never a cohort topic
    login = getpass.getuser()
    rows = audit_rows(data_dir)
    assert ("L1", "guidance", "cli", login, ("ethnicity",)) in rows
    assert {r[0] for r in rows} <= {"L1", "L2", "L3", "C1"} and all(r[1] == "guidance" for r in rows)


def test_when_the_audit_cannot_be_written_nothing_is_output(inputs, tmp_path, capsys, monkeypatch):
    jobs, graduates = inputs
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")
    out = tmp_path / "g.json"
    assert run("--jobs", jobs, "--graduates", graduates, "--sensitive", "--out", out) == 2
    err = capsys.readouterr().err
    assert "无法写入审计日志" in err and "secret" not in err and not out.exists()


def test_filters_that_leave_nobody_and_a_bad_class_are_named(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--year", 2030) == 2
    err = capsys.readouterr().err
    assert "没有符合条件（2030 届）的毕业生" in err and "毕业年份 2025、2026" in err
    assert run("--jobs", jobs, "--graduates", graduates, "--major-class", "语文") == 2
    assert "参数 --major-class" in capsys.readouterr().err
    assert run("--jobs", jobs, "--graduates", graduates, "--major-class", "0809", "--out", tmp_path / "c.json") == 0
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["total"] == 1
