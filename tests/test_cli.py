"""``jobmatch recommend`` end to end, through ``service.cli.main`` on small files."""

from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from service.cli import main

JOBS_CSV = """岗位编号,职位名称,用人单位,工作地点,学历要求,专业,招聘人数,职位描述,薪酬待遇
ACC1,会计,乌鲁木齐市财政局,乌鲁木齐市,本科及以上,本科：会计学（120203K），财务管理（120204）,1,负责预算编制和会计核算,5000-7000元/月
NUR1,护士,喀什地区第一人民医院,喀什,大专及以上,,3,负责住院病房的临床护理,4000-6000元/月
DEV1,软件开发工程师,新疆天山信息技术有限公司,乌鲁木齐,本科及以上,,2,负责Java后端开发和数据库设计,6-9K
RES1,科研助理,新疆大学,乌鲁木齐,硕士研究生及以上,,1,协助开展数据分析,面议
"""

GRADUATES_CSV = """学号,姓名,学校,专业,学历,学位,毕业年份,就业意向
G1,张三,新疆财经大学,会计学,本科,学士,2026,希望在乌鲁木齐从事财务工作
G2,李四,新疆大学,软件工程,本科,学士,2026,软件开发
G3,王五,新疆医科大学,护理学,大专,,2026,护理
"""


def write_inputs(folder, jobs_csv: str, graduates_csv: str, graduates_encoding: str = "utf-8"):
    jobs = folder / "jobs.csv"
    jobs.write_text(jobs_csv, encoding="utf-8")
    graduates = folder / "graduates.csv"
    graduates.write_text(graduates_csv, encoding=graduates_encoding)
    return jobs, graduates


@pytest.fixture
def inputs(tmp_path):
    return write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV, graduates_encoding="gb18030")


def run(*args) -> int:
    return main(["recommend", *map(str, args), "--no-model"])


def test_csv_output_has_ranked_suggestions_and_reasons(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out = tmp_path / "out.csv"
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 2, "--out", out) == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {"graduate_id", "job_id", "rank", "score", "reasons"} <= set(rows[0])
    suggested = [r for r in rows if r["rank"]]
    first = {r["graduate_id"]: r["job_id"] for r in suggested if r["rank"] == "1"}
    assert first == {"G1": "ACC1", "G2": "DEV1", "G3": "NUR1"}
    assert max(int(r["rank"]) for r in suggested) == 2
    g1_first = next(r for r in suggested if r["graduate_id"] == "G1" and r["rank"] == "1")
    assert "专业" in g1_first["reasons"] and "学历符合" in g1_first["reasons"]
    rejected = [r for r in rows if r["status"] == "不符合"]
    assert any(r["graduate_id"] == "G3" and r["job_id"] == "ACC1" and "学历不符" in r["reasons"] for r in rejected)
    assert "写入" in capsys.readouterr().out


def test_xlsx_and_json_outputs(inputs, tmp_path):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--out", tmp_path / "out.xlsx") == 0
    sheet = load_workbook(tmp_path / "out.xlsx").active
    header, first = [[c.value for c in row] for row in sheet.iter_rows(max_row=2)]
    assert header[:4] == ["毕业生编号", "岗位编号", "排名", "得分"] and first[2] == 1  # one header row, then data
    assert run("--jobs", jobs, "--graduates", graduates, "--out", tmp_path / "out.json") == 0
    payload = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    by_id = {p["graduate_id"]: p for p in payload}
    assert by_id["G2"]["suggestions"][0]["job_id"] == "DEV1"
    assert any(x["job_id"] == "RES1" for x in by_id["G2"]["not_eligible"])


def test_printed_suggestions_without_out(inputs, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--top", 3, "--show", 1) == 0
    out = capsys.readouterr().out
    assert "== G1 张三" in out and "1. 会计｜乌鲁木齐市财政局" in out
    assert "G2 李四" not in out


def test_missing_required_column_names_file_and_column(tmp_path, inputs, capsys):
    _, graduates = inputs
    bad = tmp_path / "bad.csv"
    bad.write_text("岗位编号,用人单位\nA,某单位\n", encoding="utf-8")
    assert run("--jobs", bad, "--graduates", graduates) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "职位名称" in err


def test_bad_rows_are_skipped_and_reported_or_stop_with_strict(tmp_path, inputs, capsys):
    jobs, graduates = inputs
    broken = tmp_path / "jobs_bad.csv"
    broken.write_text(JOBS_CSV + "ACC1,重复编号,某单位,,,,,,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert run("--jobs", broken, "--graduates", graduates, "--out", out) == 0
    err = capsys.readouterr().err
    assert "已跳过 1 行" in err and "第 6 行" in err
    assert out.exists()
    out.unlink()
    assert run("--jobs", broken, "--graduates", graduates, "--out", out, "--strict") == 2
    assert "第 6 行" in capsys.readouterr().err
    assert not out.exists()


def test_unsupported_output_format_fails_before_work(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--out", tmp_path / "out.txt") == 2
    assert "不支持的输出格式" in capsys.readouterr().err
    assert list(tmp_path.glob("out*")) == []


def test_unreadable_file_is_a_clear_error(tmp_path, inputs, capsys):
    _, graduates = inputs
    fake = tmp_path / "jobs.xlsx"
    fake.write_bytes(b"this is not a workbook")
    assert run("--jobs", fake, "--graduates", graduates) == 2
    assert "jobs.xlsx" in capsys.readouterr().err


def test_shipped_sample_runs_end_to_end(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "s.csv"
    assert main(["recommend", "--jobs", str(root / "samples/jobs.xlsx"), "--graduates",
                 str(root / "samples/graduates.csv"), "--top", "5", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len({r["graduate_id"] for r in rows}) == 300


# --- reasons that rest on sensitive fields are audited, in the service's database --------------

MINORITY_JOBS_CSV = """岗位编号,职位名称,用人单位,工作地点,学历要求,民族要求,职位描述
MIN1,双语干事,和田地区民族事务委员会,和田,本科及以上,少数民族,负责双语宣传
GEN1,综合干事,和田地区财政局,和田,本科及以上,,负责综合文稿
"""

MINORITY_GRADUATES_CSV = """学号,姓名,民族,专业,学历
H1,张三,汉族,会计学,本科
U1,阿依古丽,维吾尔族,会计学,本科
"""


@pytest.fixture
def minority_inputs(tmp_path):
    return write_inputs(tmp_path, MINORITY_JOBS_CSV, MINORITY_GRADUATES_CSV)


def audit_rows(data_dir):
    from service.settings import Settings
    from service.storage import repository
    from service.storage.db import open_database

    engine, sessions = open_database(Settings(data_dir=data_dir).resolved_database_url)
    try:
        with sessions() as session:
            rows, _ = repository.list_audit(session=session, limit=100)
            return sorted((r.record_id, r.action, r.role, r.user_name, tuple(r.fields)) for r in rows)
    finally:
        engine.dispose()


def test_output_with_ethnicity_reasons_is_audited_before_it_is_written(minority_inputs, tmp_path, capsys):
    import getpass

    jobs, graduates = minority_inputs
    out, data_dir = tmp_path / "out.csv", tmp_path / "state"
    assert run("--jobs", jobs, "--graduates", graduates, "--out", out, "--data-dir", data_dir) == 0
    with out.open(encoding="utf-8-sig") as f:
        reasons = {(r["graduate_id"], r["job_id"]): r["reasons"] for r in csv.DictReader(f)}
    assert "汉族" in reasons[("H1", "MIN1")] and "民族" in reasons[("U1", "MIN1")]
    login = getpass.getuser()
    assert audit_rows(data_dir) == [("H1", "recommend", "cli", login, ("ethnicity",)),
                                    ("U1", "recommend", "cli", login, ("ethnicity",))]
    assert "审计日志" in capsys.readouterr().err


def test_terminal_output_audits_only_the_graduates_it_shows(minority_inputs, tmp_path, capsys):
    jobs, graduates = minority_inputs
    data_dir = tmp_path / "state"
    assert run("--jobs", jobs, "--graduates", graduates, "--show", 1, "--data-dir", data_dir) == 0
    assert "汉族" in capsys.readouterr().out
    assert [row[0] for row in audit_rows(data_dir)] == ["H1"]


def test_output_without_such_reasons_opens_no_database(inputs, tmp_path):
    jobs, graduates = inputs
    data_dir = tmp_path / "state"
    assert run("--jobs", jobs, "--graduates", graduates, "--out", tmp_path / "out.csv", "--data-dir", data_dir) == 0
    assert not data_dir.exists()


def test_when_the_audit_cannot_be_written_nothing_is_output(minority_inputs, tmp_path, capsys, monkeypatch):
    jobs, graduates = minority_inputs
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret@127.0.0.1:1/none")  # nothing listens on port 1
    out = tmp_path / "out.csv"
    assert run("--jobs", jobs, "--graduates", graduates, "--out", out, "--data-dir", tmp_path / "state") == 2
    err = capsys.readouterr().err
    assert "无法写入审计日志" in err and "127.0.0.1:1" in err and "secret" not in err
    assert not out.exists()
    assert run("--jobs", jobs, "--graduates", graduates, "--show", 2, "--data-dir", tmp_path / "state") == 2
    assert "汉族" not in capsys.readouterr().out


# --- an output path that cannot be written is refused before any work ----------------------------


@pytest.mark.parametrize(("out", "fragment"), [("isdir.csv", "输出路径是一个文件夹"), ("afile/res.csv", "上一级不是文件夹")])
def test_an_unwritable_output_path_fails_before_any_work(tmp_path, capsys, out, fragment):
    (tmp_path / "isdir.csv").mkdir()
    (tmp_path / "afile").write_text("x")
    # The input files do not exist: the path is checked before they are read.
    assert run("--jobs", tmp_path / "none.csv", "--graduates", tmp_path / "none.csv", "--out", tmp_path / out) == 2
    err = capsys.readouterr().err
    assert fragment in err and err.startswith("错误：") and "Traceback" not in err and "文件不存在" not in err


def test_a_write_failure_after_ranking_is_a_chinese_error_without_leftovers(inputs, tmp_path, capsys, monkeypatch):
    import os

    jobs, graduates = inputs
    out = tmp_path / "results" / "out.csv"
    out.parent.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    assert run("--jobs", jobs, "--graduates", graduates, "--out", out) == 2
    assert "错误：无法写入输出文件" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


def test_a_file_whose_every_row_is_refused_says_why(tmp_path, capsys):
    # The skipped rows' report comes at the end of a run; a run stopped for want of any
    # record must say itself why the rows were refused.
    jobs, graduates = write_inputs(tmp_path, JOBS_CSV, """学号,姓名,专业,学历,毕业年份
G1,张三,会计学,本科,明年
G2,李四,软件工程,本科,二〇二六年前后
G3,王五,护理学,大专,2026年或2027年
G4,赵六,法学,本科,不知道
""")
    assert run("--jobs", jobs, "--graduates", graduates) == 2
    err = capsys.readouterr().err
    assert "没有可用的毕业生记录：全部 4 行有错误" in err
    assert "第 2 行，列「毕业年份」" in err and "第 4 行，列「毕业年份」" in err and "等" in err
    assert "第 5 行" not in err  # three rows quoted, not all
