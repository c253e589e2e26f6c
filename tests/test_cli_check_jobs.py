"""``jobmatch check-jobs`` end to end, through ``service.cli.main`` on small files: each
finding names its row and the column as the file wrote it; exit codes 0, 1 and 2."""

from __future__ import annotations

import csv
import json
import stat

import pytest
from openpyxl import Workbook, load_workbook

from service.cli import main

HEADER = "岗位编号,职位名称,用人单位,职位类别,工作地点,学历要求,专业,招聘人数,薪酬待遇,职位描述,其他要求\n"
CLEAN = "J1,会计,乌鲁木齐市财政局,财务,乌鲁木齐市,本科及以上,会计学,2,5000-7000元/月,负责会计核算,\n"
JOBS_CSV = HEADER + CLEAN + (
    "J2,出纳,昌吉市财政局,财务,昌吉市,本科及以上,会计学,1,面议,负责现金收付,\n"
    "J3,护士,喀什地区第一人民医院,医疗,喀什市,大专及以上,护理学,0,4000-6000,负责病房护理,\n"
    "J4,文秘,和田地区人民医院,行政,和田市,本科及以上,汉语言文学,1,4000-5000,负责公文,社会在职人员\n"
    "J5,审计员,天山会计师事务所,审计,乌鲁木齐市,本科及以上,审计学,1,8000-5000,协助年报审计,\n"
    "J6,编辑,武汉某传媒公司,编辑,光谷 洪山,本科及以上,新闻学,1,6000-8000,短视频编辑,\n"
)
COLUMNS = ["行", "列", "岗位编号", "岗位名称", "用人单位", "级别", "检查项", "说明"]


def run(*args) -> int:
    return main(["check-jobs", *map(str, args)])


def write(tmp_path, text: str, name: str = "jobs.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_printed_findings_name_row_and_column_and_an_error_exits_1(tmp_path, capsys):
    jobs = write(tmp_path, JOBS_CSV)
    assert run("--jobs", jobs) == 1
    out = capsys.readouterr().out
    assert f"{jobs}：共 6 行岗位，读入 5 行（1 行无法读入，见下方「无法读入的行」）；发现 5 条问题，其中错误 2 条" in out
    # A post check's share is of the 5 posts checked, the unreadable row's of the file's 6 rows.
    assert "  [提示] 薪酬面议：1 个岗位（占检查的 5 个岗位的 20.0%）" in out
    assert "  [错误] 无法读入的行：1 行（占全表 6 行的 16.7%）" in out
    lines = [line for line in out.splitlines() if line.startswith("- ")]
    assert lines == [
        f"- 文件 {jobs}，第 3 行，列「薪酬待遇」：[提示] 薪酬面议（岗位 J2 出纳）：薪酬写的是「面议」，没有金额：毕业生无法按期望薪酬比较和筛选，"
        "建议注明月薪范围（可写「5000-7000元/月，面议」）",
        f"- 文件 {jobs}，第 4 行，列「招聘人数」：[错误] 招聘人数为 0（岗位 J3 护士）：招聘人数为 0：岗位不招人或漏填人数，请填写实际人数或删除该岗位",
        lines[2], f"- 文件 {jobs}，第 6 行，列「薪酬待遇」：[错误] 无法读入的行：此行未能读入：薪酬待遇「8000-5000」的上限低于下限，请写成 5000-8000",
        lines[4]]
    assert lines[2].startswith(f"- 文件 {jobs}，第 5 行，列「其他要求」：[警告] 报考条件无法识别（岗位 J4 文秘）：其他要求中「社会在职人员」")
    assert lines[4].startswith(f"- 文件 {jobs}，第 7 行，列「工作地点」：[提示] 工作地点无法识别（岗位 J6 编辑）：工作地点「光谷 洪山」")


def test_a_clean_list_exits_0(tmp_path, capsys):
    assert run("--jobs", write(tmp_path, HEADER + CLEAN)) == 0
    assert "发现 0 条问题，其中错误 0 条" in capsys.readouterr().out


def test_warnings_alone_exit_0_and_the_pay_floor_is_an_option(tmp_path):
    text = HEADER + CLEAN + "J2,出纳,昌吉市财政局,财务,昌吉市,本科及以上,会计学,1,1300-1500,负责现金收付,\n"
    assert run("--jobs", write(tmp_path, text)) == 1  # below the default floor: an error
    assert run("--jobs", write(tmp_path, text), "--min-pay", 1200) == 0


def test_a_minimum_wage_no_region_has_is_refused(tmp_path, capsys):
    # A typo (an extra 0 or three) would make every row an error: refused, with the option named.
    jobs = write(tmp_path, HEADER + CLEAN)
    for value in (154000, 0):
        with pytest.raises(SystemExit) as stopped:
            run("--jobs", jobs, "--min-pay", value)
        assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "参数 --min-pay：月最低工资标准 154000 元不合常理，须小于 50000" in err and "必须为正整数" in err


def test_unreadable_input_exits_2(tmp_path, capsys):
    assert run("--jobs", tmp_path / "missing.csv") == 2
    assert "文件不存在" in capsys.readouterr().err
    # --strict stops at the first row that cannot be read, as the other commands.
    assert run("--jobs", write(tmp_path, JOBS_CSV), "--strict") == 2
    assert "第 6 行，列「薪酬待遇」" in capsys.readouterr().err


def test_csv_out_has_every_finding_under_the_chinese_columns(tmp_path, capsys):
    out = tmp_path / "checks.csv"
    assert run("--jobs", write(tmp_path, JOBS_CSV), "--out", out) == 1
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == COLUMNS
    assert [(r["行"], r["列"], r["岗位编号"], r["级别"], r["检查项"]) for r in rows] == [
        ("3", "薪酬待遇", "J2", "提示", "薪酬面议"), ("4", "招聘人数", "J3", "错误", "招聘人数为 0"),
        ("5", "其他要求", "J4", "警告", "报考条件无法识别"), ("6", "薪酬待遇", "", "错误", "无法读入的行"),
        ("7", "工作地点", "J6", "提示", "工作地点无法识别")]
    assert rows[0]["岗位名称"] == "出纳" and rows[0]["用人单位"] == "昌吉市财政局"
    assert "共 5 条，写入" in capsys.readouterr().out


def test_json_and_xlsx_out(tmp_path):
    jobs = write(tmp_path, JOBS_CSV)
    out = tmp_path / "checks.json"
    assert run("--jobs", jobs, "--out", out) == 1
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["jobs"] == 6 and {"检查项": "招聘人数为 0", "代码": "headcount_zero", "级别": "错误", "行数": 1,
                                  "占比": "20.0%", "占比的基数": "检查的 5 个岗位"} in body["summary"]
    zero = next(f for f in body["findings"] if f["check"] == "headcount_zero")
    assert (zero["row"], zero["column"], zero["job_id"], zero["severity"]) == (4, "招聘人数", "J3", "错误")

    book = tmp_path / "checks.xlsx"
    assert run("--jobs", jobs, "--out", book) == 1
    workbook = load_workbook(book)
    assert workbook.sheetnames == ["检查结果", "汇总"]
    rows = [[c.value for c in row] for row in workbook["检查结果"].iter_rows()]
    assert rows[0] == COLUMNS and len(rows) == 6  # one header row, then the five findings
    assert rows[1][:3] == [3, "薪酬待遇", "J2"]
    summary = [[c.value for c in row] for row in workbook["汇总"].iter_rows()]
    assert summary[0] == ["检查项", "代码", "级别", "行数", "占比", "占比的基数"]  # a header, as on the first sheet
    assert ["招聘人数为 0", "headcount_zero", "错误", 1, "20.0%", "检查的 5 个岗位"] in summary[1:]


def test_a_workbook_finding_names_its_sheet_and_spreadsheet_row(tmp_path, capsys):
    book = Workbook()
    first = book.active
    first.title = "市直"
    first.append(["2026年岗位表"])  # a title row above the header
    for line in (HEADER + CLEAN).splitlines():
        first.append(line.split(","))
    second = book.create_sheet("县直")
    for line in (HEADER + "K1,出纳,昌吉市财政局,财务,昌吉市,本科及以上,会计学,0,5000-6000,负责现金收付,").splitlines():
        second.append(line.split(","))
    path = tmp_path / "jobs.xlsx"
    book.save(path)
    out = tmp_path / "checks.csv"
    assert run("--jobs", path, "--out", out) == 1
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [(r["工作表"], r["行"], r["列"], r["岗位编号"]) for r in rows] == [("县直", "2", "招聘人数", "K1")]
