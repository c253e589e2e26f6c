"""``jobmatch fairs`` end to end, through ``service.cli.main`` on small files."""

from __future__ import annotations

import json
import stat

import pytest
from openpyxl import load_workbook

from service.cli import main
from service.fair_report import HEADERS_ZH
from tests.test_cli import write_inputs
from tests.test_fair_organiser_files import fair_rows

JOBS_CSV = """岗位编号,职位名称,用人单位,工作地点,学历要求,专业,招聘人数,行业,职位描述
ACC1,会计,乌鲁木齐市财政局,乌鲁木齐市,本科及以上,本科：会计学（120203K），财务管理（120204）,2,公共管理、社会保障和社会组织,负责预算编制和会计核算
ACC2,审计助理,天山会计师事务所,乌鲁木齐市,本科及以上,会计学、审计学,3,租赁和商务服务业,协助年报审计
ACC3,财务会计,昆仑会计师事务所,昌吉市,本科及以上,财务管理,1,租赁和商务服务业,代理记账和纳税申报
NUR1,护士,喀什地区第一人民医院,喀什,本科及以上,护理学,5,卫生和社会工作,负责住院病房的临床护理
NUR2,护士,和田地区人民医院,和田,本科及以上,护理学,,卫生和社会工作,负责门诊护理
NUR3,社区护士,天山区社区卫生服务中心,乌鲁木齐市,本科及以上,护理学,2,卫生和社会工作,社区健康宣教
DEV1,软件开发工程师,新疆天山信息技术有限公司,乌鲁木齐市,本科及以上,计算机科学与技术,2,信息传输、软件和信息技术服务业,Java后端开发
"""

GRADUATES_CSV = """学号,姓名,学校,专业,学历,民族,困难类别,就业意向
A1,张三,新疆财经大学,会计学,本科,汉族,无,希望从事财务工作
A2,李四,新疆财经大学,财务管理,本科,维吾尔族,低收入家庭,会计
A3,王五,石河子大学,审计学,本科,哈萨克族,无,审计
A4,赵六,新疆农业职业技术学院,会计学,大专,汉族,无,会计
N1,古丽,新疆医科大学,护理学,本科,维吾尔族,残疾,护理
N2,阿依,新疆医科大学,护理学,本科,回族,无,护理
N3,丽娜,石河子大学,护理学,本科,汉族,无,护理
C1,小明,新疆大学,计算机科学与技术,本科,汉族,无,软件开发
"""

LIMITS = ("--min-positions", 2, "--min-graduates", 2)


@pytest.fixture
def inputs(tmp_path):
    return write_inputs(tmp_path, JOBS_CSV, GRADUATES_CSV)


def run(*args) -> int:
    return main(["fairs", *map(str, args), "--no-model"])


def test_csv_lists_each_fairs_positions_and_graduates_with_reasons(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out = tmp_path / "fairs.csv"
    assert run("--jobs", jobs, "--graduates", graduates, *LIMITS, "--out", out) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = fair_rows(out.read_text(encoding="utf-8-sig"))
    fairs = {}
    for row in rows:
        if row["row_type"] in ("岗位", "毕业生"):  # not 未列入岗位 nor the notes (说明)
            fairs.setdefault(row["fair_title"], {"岗位": set(), "毕业生": set()})[row["row_type"]].add(row["id"])
    # The one post no fair holds closes the table, with its reason.
    assert [(r["id"], r["fair"], r["reason"]) for r in rows if r["row_type"] == "未列入岗位"] == [
        ("DEV1", "", "0809 计算机类：规模不足（岗位 1 个，少于 2 个；可参加的毕业生 1 人，少于 2 人），不单独举办")]
    assert fairs == {"工商管理类专场": {"岗位": {"ACC1", "ACC2", "ACC3"}, "毕业生": {"A1", "A2", "A3"}},
                     "护理学类专场": {"岗位": {"NUR1", "NUR2", "NUR3"}, "毕业生": {"N1", "N2", "N3"}}}
    a1 = next(r for r in rows if r["id"] == "A1")
    assert a1["name"] == "张三" and a1["status"] == "符合" and a1["reason"].startswith("专业：会计学（工商管理类）；可报考")
    assert next(r for r in rows if r["id"] == "ACC2")["reason"] == "专业要求含工商管理类（会计学、审计学）"
    # Computed on the organisers' copy: no sensitive value reaches the file.
    text = out.read_text(encoding="utf-8-sig")
    assert not any(word in text for word in ("维吾尔族", "哈萨克族", "残疾", "低收入家庭"))
    printed = capsys.readouterr().out
    assert "共 2 场专业化招聘会：6/7 个岗位、6/8 位毕业生列入；1 个岗位未列入，逐个说明原因" in printed and "写入" in printed


def test_by_industry_json_and_xlsx(inputs, tmp_path):
    jobs, graduates = inputs
    out = tmp_path / "fairs.json"
    assert run("--jobs", jobs, "--graduates", graduates, *LIMITS, "--by", "industry", "--max-rank", 2, "--out", out) == 0
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert plan["by"] == "industry" and plan["by_label"] == "行业化" and plan["limits"]["max_rank"] == 2
    assert [f["theme"] for f in plan["fairs"]] == ["卫生和社会工作", "租赁和商务服务业"]
    health = plan["fairs"][0]
    assert health["number"] == 1 and health["headcount"] == 7 and health["headcount_unknown"] == 1
    assert {g["graduate_id"] for g in health["graduates"]} == {"N1", "N2", "N3"}
    assert any(d["theme"] == "信息传输、软件和信息技术服务业" for d in plan["dropped"])

    book = tmp_path / "fairs.xlsx"
    assert run("--jobs", jobs, "--graduates", graduates, *LIMITS, "--out", book) == 0
    workbook = load_workbook(book)
    assert workbook.sheetnames == ["招聘会", "未列入岗位", "说明"]
    assert [[c.value for c in row] for row in workbook["未列入岗位"].iter_rows()] == [
        ["岗位编号", "职位名称", "用人单位", "工作地点", "招聘人数", "未列入原因"],
        ["DEV1", "软件开发工程师", "新疆天山信息技术有限公司", "乌鲁木齐市", 2,
         "0809 计算机类：规模不足（岗位 1 个，少于 2 个；可参加的毕业生 1 人，少于 2 人），不单独举办"]]
    header, first = [[c.value for c in row] for row in workbook["招聘会"].iter_rows(max_row=2)]
    assert header == list(HEADERS_ZH) and first[:4] == [1, "护理学类专场", "1011 护理学类", "岗位"]  # one header row
    notes = [row[0].value for row in workbook["说明"].iter_rows()]
    assert notes[0].startswith("共 2 场专业化招聘会") and any("0809 计算机类：岗位 1 个" in n for n in notes)


def test_a_json_plan_counts_its_fairs_once(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    out = tmp_path / "fairs.json"
    assert run("--jobs", jobs, "--graduates", graduates, *LIMITS, "--out", out) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "写入" in line]
    assert line.count("场") == 1 and line.startswith("共 2 场专业化招聘会：")
    assert line.endswith(f"逐个说明原因；写入 {out}")


def test_printed_plan_without_out(inputs, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, *LIMITS, "--show", 1) == 0
    out = capsys.readouterr().out
    # Equal in size, so in class-code order: 1011 before 1202.
    assert "== 1. 护理学类专场｜3 家单位｜3 个岗位（招聘 7 人，1 个岗位未注明人数）｜3 位毕业生 ==" in out
    assert "毕业生 N1 古丽：专业：护理学（护理学类）" in out and "工商管理类专场" not in out
    assert "……另有 1 场" in out and "说明：" in out and "0809 计算机类" in out
    assert "未列入招聘会的岗位（1 个）：\n  - DEV1 软件开发工程师｜新疆天山信息技术有限公司：0809 计算机类：规模不足" in out


def test_bad_input_names_file_row_and_column(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    missing = tmp_path / "bad.csv"
    missing.write_text("岗位编号,用人单位\nA,某单位\n", encoding="utf-8")
    assert run("--jobs", missing, "--graduates", graduates) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "职位名称" in err
    broken = tmp_path / "graduates_bad.csv"
    broken.write_text(GRADUATES_CSV + "A1,重复,某校,会计学,本科,汉族,无,\n", encoding="utf-8")
    assert run("--jobs", jobs, "--graduates", broken, *LIMITS, "--out", tmp_path / "f.csv") == 0
    assert "已跳过 1 行" in (err := capsys.readouterr().err) and "graduates_bad.csv" in err and "第 10 行" in err
    assert run("--jobs", jobs, "--graduates", broken, "--strict", "--out", tmp_path / "g.csv") == 2
    assert "第 10 行" in capsys.readouterr().err and not (tmp_path / "g.csv").exists()


def test_inconsistent_limits_and_bad_output_fail_before_work(inputs, tmp_path, capsys):
    jobs, graduates = inputs
    assert run("--jobs", jobs, "--graduates", graduates, "--min-positions", 30) == 2
    assert "参数 --min-positions 与 --max-positions：每场最少岗位数（30）不能大于每场岗位上限（20）" in capsys.readouterr().err
    assert run("--jobs", jobs, "--graduates", graduates, "--out", tmp_path / "fairs.txt") == 2
    assert "不支持的输出格式" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("--jobs", jobs, "--graduates", graduates, "--by", "city")
