"""Importers: encodings, header detection, sheets, JSON shapes, bad files and bad rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from features.catalog import MajorCatalog
from features.education import Degree, EducationLevel, EducationRequirement
from features.records import EmployerType, Gender, Hardship, Preferences, SalaryRange
from service.errors import InputFileError
from service.importers import read_graduates, read_graduates_bytes, read_jobs, read_jobs_bytes

JOB_HEADER = ["岗位编号", "职位名称", "用人单位", "工作地点", "学历要求", "专业", "招聘人数", "薪资", "职位描述", "其他要求"]
JOB_ROWS = [
    ["J001", "软件开发工程师", "新疆某某科技有限公司", "乌鲁木齐", "本科及以上", "计算机科学与技术", "2人", "8000-12000元/月", "负责后端开发", "熟悉Python"],
    ["J002", "综合管理岗", "喀什地区税务局", "喀什", "大专", "不限", "若干", "面议", "文字综合", ""],
]  # fmt: skip
TITLE_ROWS = [["新疆2026年度高校毕业生岗位信息表"], ["（填报说明：每行一个岗位）"]]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def titles(result) -> list[str]:
    return [job.title for job in result.records]


# --- encodings and formats ------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_in_each_encoding(tmp_path, encoding):
    path = write_csv(tmp_path / "jobs.csv", [JOB_HEADER, *JOB_ROWS], encoding=encoding)
    result = read_jobs(path)
    assert result.skipped == []
    assert titles(result) == ["软件开发工程师", "综合管理岗"]
    first = result.records[0]
    assert first.id == "J001"  # no BOM left glued to the first header or value
    assert first.employer == "新疆某某科技有限公司"
    assert first.salary == SalaryRange(8000, 12000)
    assert first.headcount == 2


def test_tab_separated_csv(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [JOB_HEADER, *JOB_ROWS], delimiter="\t")
    assert titles(read_jobs(path)) == ["软件开发工程师", "综合管理岗"]


def test_xlsx_header_on_first_row(tmp_path):
    path = write_xlsx(tmp_path / "jobs.xlsx", {"岗位": [JOB_HEADER, *JOB_ROWS]})
    result = read_jobs(path)
    assert titles(result) == ["软件开发工程师", "综合管理岗"]
    assert result.records[1].employer_type is EmployerType.GOVERNMENT  # 税务局


def test_xlsx_header_on_third_row_below_title_rows(tmp_path):
    bad = ["J003", "会计", "某单位", "伊犁", "本科", "会计学", "1", "9000-6000", "", ""]
    path = write_xlsx(tmp_path / "jobs.xlsx", {"职位表": [*TITLE_ROWS, JOB_HEADER, *JOB_ROWS, bad]})
    result = read_jobs(path)
    assert titles(result) == ["软件开发工程师", "综合管理岗"]
    # Row numbers are the sheet's own: title rows 1-2, header 3, data 4-6.
    [error] = result.skipped
    assert (error.row, error.column) == (6, "薪资")


def test_xlsx_reads_every_sheet_and_ignores_an_instructions_sheet(tmp_path):
    other = [["J101", "小学教师", "伊宁市第一小学", "伊犁", "本科", "小学教育", 3, "5000-6000", "", ""]]
    path = write_xlsx(
        tmp_path / "jobs.xlsx",
        {
            "填表说明": [["请按模板填写，备注栏可空"], ["联系人：张老师"]],
            "企业": [JOB_HEADER, *JOB_ROWS],
            "事业单位": [*TITLE_ROWS, JOB_HEADER, *other],
        },
    )
    result = read_jobs(path)
    assert titles(result) == ["软件开发工程师", "综合管理岗", "小学教师"]
    assert result.ignored_sheets == ("填表说明",)
    assert result.records[2].employer_type is EmployerType.PUBLIC_INSTITUTION


def test_errors_in_a_multi_sheet_workbook_name_the_sheet(tmp_path):
    dup = [["J001", "重复岗位", "某单位", "伊犁", "本科", "", 1, "", "", ""]]
    path = write_xlsx(tmp_path / "jobs.xlsx", {"企业": [JOB_HEADER, *JOB_ROWS], "机关": [JOB_HEADER, *dup]})
    [error] = read_jobs(path).skipped
    assert error.row == 2 and error.column == "岗位编号"
    assert "工作表「机关」" in error.message and "工作表「企业」第 2 行" in error.message


def test_blank_rows_are_ignored_but_row_numbers_stay_true(tmp_path):
    rows = [JOB_HEADER, JOB_ROWS[0], [None] * 10, [], JOB_ROWS[1], ["J009", "", "x", "", "", "", "", "", "", ""]]
    result = read_jobs(write_xlsx(tmp_path / "jobs.xlsx", {"s": rows}))
    assert len(result.records) == 2
    [error] = result.skipped
    assert (error.row, error.column) == (6, "职位名称")
    assert "职位名称为空" in error.message


def test_english_headers(tmp_path):
    header = ["id", "title", "employer", "location", "education", "majors", "headcount", "salary", "description"]
    row = ["E1", "Data analyst 数据分析师", "天山数据公司", "乌鲁木齐", "本科", "统计学", 1, "6-8K", "SQL"]
    job = read_jobs(write_csv(tmp_path / "jobs.csv", [header, row])).records[0]
    assert (job.id, job.employer, job.salary, job.majors_text) == ("E1", "天山数据公司", SalaryRange(6000, 8000), "统计学")


def test_header_spellings_are_normalised(tmp_path):
    header = [" 职位 代码 ", "*职位名称", "招录机关（单位）", "招录人数（人）", "薪资(元/月)", "Job_ID备用"]
    job = read_jobs(write_csv(tmp_path / "jobs.csv", [header, ["11001011", "一级科员", "某县人民政府", "2", "5000", "x"]])).records[0]
    assert (job.id, job.title, job.employer, job.headcount, job.salary.minimum) == ("11001011", "一级科员", "某县人民政府", 2, 5000)


def test_official_table_columns(tmp_path):
    header = ["招录机关（单位）", "职位名称", "职位代码", "招录人数", "年龄要求", "学历要求", "学位要求",
              "本科专业", "研究生专业", "工作经历要求", "其他要求", "备注", "体检标准"]  # fmt: skip
    row = ["某市纪律检查委员会", "一级科员", "11001011", "2", "18周岁以上、35周岁以下", "本科及以上", "与学历相对应的学位",
           "法学（030101K）", "法学（0301）", "无要求", "限男性；中共党员", "咨询电话略", "通用标准"]  # fmt: skip
    path = write_xlsx(tmp_path / "official.xlsx", {"省直": [*TITLE_ROWS, header, row]})
    result = read_jobs(path)
    job = result.records[0]
    assert job.majors_text == "本科：法学（030101K）；研究生：法学（0301）"
    assert job.education == EducationRequirement(minimum=EducationLevel.BACHELOR)
    assert job.degree is Degree.BACHELOR
    assert job.conditions == (
        ("年龄要求", "18周岁以上、35周岁以下"),
        ("工作经历要求", "无要求"),
        ("其他要求", "限男性；中共党员"),
        ("备注", "咨询电话略"),
        ("体检标准", "通用标准"),  # read as a note (``matching.rules.post_notices``), no longer ignored
    )
    assert job.condition("其他要求") == "限男性；中共党员"
    assert "体检标准" not in result.ignored_columns


def test_city_and_district_are_joined(tmp_path):
    header = ["岗位编号", "岗位名称", "城市", "行政区域", "企业名称", "企业财产类型"]
    rows = [["W1", "会计", "乌鲁木齐", "天山区", "某公司", "国企"], ["W2", "出纳", "喀什", "", "某公司", ""]]
    jobs = read_jobs(write_csv(tmp_path / "jobs.csv", [header, *rows])).records
    assert [j.location for j in jobs] == ["乌鲁木齐 天山区", "喀什"]
    assert jobs[0].employer_type is EmployerType.STATE_ENTERPRISE
    assert jobs[1].employer_type is None  # a company name alone does not tell private from state


def test_json_list_object_and_lines(tmp_path):
    records = [
        {"id": "J1", "title": "护士", "employer": "和田地区人民医院", "headcount": 3, "majors": ["护理学", "助产学"]},
        {"id": "J2", "title": "教师", "salary": "5000-7000"},
    ]
    as_list = read_jobs_bytes(json.dumps(records, ensure_ascii=False).encode(), "jobs.json")
    as_object = read_jobs_bytes(json.dumps({"jobs": records}, ensure_ascii=False).encode(), "jobs.json")
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    as_lines = read_jobs_bytes(lines, "jobs.jsonl")
    for result in (as_list, as_object, as_lines):
        assert titles(result) == ["护士", "教师"] and result.skipped == []
    assert as_list.records[0].majors_text == "护理学、助产学"
    assert as_list.records[0].headcount == 3
    assert as_list.records[1].salary == SalaryRange(5000, 7000)


def test_json_lines_bad_line_and_non_object_are_reported_by_number(tmp_path):
    data = '{"id": "J1", "title": "护士"}\n{"id": "J2", "title": \n["not", "an object"]\n{"id": "J4", "title": "医师"}\n'
    result = read_jobs_bytes(data.encode(), "jobs.jsonl")
    assert titles(result) == ["护士", "医师"]
    assert [e.row for e in result.skipped] == [2, 3]
    assert "无法解析的 JSON" in result.skipped[0].message
    assert "JSON 对象" in result.skipped[1].message


def test_json_record_numbers_and_field_names_in_errors():
    data = json.dumps([{"id": "J1", "title": "a"}, {"id": "J2", "title": "b", "headcount": "很多"}])
    [error] = read_jobs_bytes(data.encode(), "jobs.json").skipped
    assert (error.file, error.row, error.column) == ("jobs.json", 2, "headcount")


# --- bad files ------------------------------------------------------------------------


def test_corrupt_xlsx(tmp_path):
    path = tmp_path / "jobs.xlsx"
    good = write_xlsx(tmp_path / "good.xlsx", {"s": [JOB_HEADER, *JOB_ROWS]}).read_bytes()
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(InputFileError, match="损坏") as info:
        read_jobs(path)
    assert info.value.file == str(path)


def test_csv_renamed_to_xlsx(tmp_path):
    path = write_csv(tmp_path / "jobs.xlsx", [JOB_HEADER, *JOB_ROWS])
    with pytest.raises(InputFileError, match="不是 .xlsx 格式"):
        read_jobs(path)


def test_undecodable_csv(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_bytes("岗位编号,职位名称\n".encode() + b"J1,\xff\xfe\xff\n")
    with pytest.raises(InputFileError, match="编码") as info:
        read_jobs(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("jobs.csv", b"", "文件为空"),
        ("jobs.csv", b"  \n\n", "文件为空"),
        ("jobs.pdf", b"%PDF-1.4", "不支持的文件类型"),
        ("jobs.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("jobs.json", b'{"id": 1,', "JSON 格式错误"),
        ("jobs.json", b'{"other": []}', "jobs"),
        ("jobs.csv", b"id,title\x00\x01", "二进制"),
    ],
)
def test_unreadable_files_get_a_chinese_error(name, data, fragment):
    with pytest.raises(InputFileError, match=fragment):
        read_jobs_bytes(data, name)


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="文件不存在"):
        read_jobs(tmp_path / "nope.csv")


def test_missing_required_column_names_the_column(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [["岗位编号", "用人单位"], ["J1", "某单位"]])
    with pytest.raises(InputFileError) as info:
        read_jobs(path)
    assert info.value.column == "职位名称"
    assert "缺少必需的列「职位名称」" in info.value.message


def test_missing_column_message_lists_header_spellings_that_work_once_each(tmp_path):
    path = write_csv(tmp_path / "jobs.csv", [["名称"], ["某岗位"]])
    with pytest.raises(InputFileError) as info:
        read_jobs(path)
    examples = info.value.message.split("可用的列名如：")[1].rstrip("）").split("、")
    assert "job_id" in examples and len(examples) == len(set(examples))  # not 「jobid、jobid」
    assert "jobid" not in examples  # nor 「job_id、jobid」: one header to the importer


def test_every_listed_spelling_is_a_different_header_that_works():
    from service.columns import GRADUATE_FIELDS, JOB_FIELDS, map_columns, normalise_header

    for kind, specs in (("jobs", JOB_FIELDS), ("graduates", GRADUATE_FIELDS)):
        for spec in specs:
            normalised = [normalise_header(w) for w in spec.spellings]
            assert len(normalised) == len(set(normalised)), spec.spellings
            for written in spec.spellings:
                assert spec.name in map_columns([written], kind).fields, (kind, written)


def test_missing_id_column_in_xlsx_with_title_rows(tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", {"s": [*TITLE_ROWS, ["姓名", "学校", "专业"], ["张三", "新疆大学", "法学"]]})
    with pytest.raises(InputFileError) as info:
        read_graduates(path)
    assert info.value.column == "编号" and info.value.row == 3


def test_bad_salary_cell_skips_the_row_with_row_and_column(tmp_path):
    rows = [JOB_HEADER, JOB_ROWS[0], ["J003", "会计", "x", "", "", "", "", "12000-8000", "", ""], JOB_ROWS[1]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows))
    assert titles(result) == ["软件开发工程师", "综合管理岗"]
    [error] = result.skipped
    assert (error.file, error.row, error.column) == (str(tmp_path / "jobs.csv"), 3, "薪资")
    assert "上限低于下限" in error.message
    assert "第 3 行" in error.describe() and "列「薪资」" in error.describe()
    assert "跳过 1 行" in result.summary()[0]


def test_strict_mode_stops_at_the_first_bad_row(tmp_path):
    rows = [JOB_HEADER, JOB_ROWS[0], ["J003", "会计", "x", "", "", "", "很多", "", "", ""], ["J004", "", "", "", "", "", "", "abc1", "", ""]]
    path = write_csv(tmp_path / "jobs.csv", rows)
    with pytest.raises(InputFileError) as info:
        read_jobs(path, strict=True)
    assert (info.value.row, info.value.column) == (3, "招聘人数")
    assert len(read_jobs(path).skipped) == 2  # the default mode reports both


def test_duplicate_id_is_a_bad_row(tmp_path):
    rows = [JOB_HEADER, *JOB_ROWS, ["J001", "另一岗位", "", "", "", "", "", "", "", ""]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows))
    assert len(result.records) == 2
    [error] = result.skipped
    assert error.row == 4 and error.column == "岗位编号" and "第 2 行重复" in error.message


def test_unknown_stays_unknown_for_jobs(tmp_path):
    job = read_jobs(write_csv(tmp_path / "jobs.csv", [["id", "title"], ["J1", "会计"]])).records[0]
    assert job.education == EducationRequirement(minimum=None)
    assert not job.education.any_level
    assert (job.degree, job.employer_type, job.headcount, job.majors_text, job.location) == (None,) * 5
    assert job.salary == SalaryRange(None, None)
    assert job.conditions == ()


# --- graduates ------------------------------------------------------------------------

GRAD_HEADER = ["学号", "姓名", "学校", "专业", "学历", "学位", "毕业年份", "性别", "民族", "出生日期", "政治面貌",
               "户籍", "就业意向", "困难类别", "意向城市", "期望薪资", "身份证号", "联系电话"]  # fmt: skip


def small_catalog() -> MajorCatalog:
    return MajorCatalog.from_rows(
        [
            {"code": "080901", "name": "计算机科学与技术", "className": "计算机类", "categoryName": "工学"},
            {"code": "120203K", "name": "会计学", "className": "工商管理类", "categoryName": "管理学"},
        ]
    )


def test_graduates_every_field(tmp_path):
    row = ["2026001", "阿依古丽", "新疆大学", "计算机科学与技术", "本科", "学士", "2026届", "女", "维吾尔族",
           dt.datetime(2003, 5, 1), "共青团员", "喀什", "希望在乌鲁木齐或昌吉从事软件开发，月薪6000以上",
           "零就业家庭；残疾", "", "", "65010119990101122X", "13800000000"]  # fmt: skip
    path = write_xlsx(tmp_path / "g.xlsx", {"毕业生": [*TITLE_ROWS, GRAD_HEADER, row]})
    result = read_graduates(path, catalog=small_catalog())
    assert result.skipped == []
    g = result.records[0]
    assert (g.id, g.name, g.school, g.major, g.major_code) == ("2026001", "阿依古丽", "新疆大学", "计算机科学与技术", "080901")
    assert (g.education, g.degree, g.graduation_year, g.gender) == (EducationLevel.BACHELOR, Degree.BACHELOR, 2026, Gender.FEMALE)
    assert (g.ethnicity, g.birth_date, g.political_status, g.hukou) == ("维吾尔族", dt.date(2003, 5, 1), "共青团员", "喀什")
    assert g.hardship == {Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.DISABILITY}
    assert g.preferences == Preferences(locations=("乌鲁木齐", "昌吉"), categories=("软件开发",), min_salary=6000)
    assert (g.id_number, g.phone) == ("65010119990101122X", "13800000000")


def test_explicit_preference_columns_win_over_the_intention_text(tmp_path):
    header = ["id", "就业意向", "意向城市", "意向类别", "意向行业", "最低薪资"]
    row = ["G1", "希望在乌鲁木齐从事软件开发，月薪6000以上", "伊犁、塔城", "", "信息技术", "5000"]
    g = read_graduates(write_csv(tmp_path / "g.csv", [header, row])).records[0]
    assert g.preferences == Preferences(
        locations=("伊犁", "塔城"), categories=("软件开发",), industries=("信息技术",), min_salary=5000
    )


def test_unknown_stays_unknown_for_graduates(tmp_path):
    without_column = read_graduates(write_csv(tmp_path / "a.csv", [["编号", "专业"], ["G1", "会计学"]])).records[0]
    assert without_column.hardship is None  # no hardship column: not stated
    assert (without_column.education, without_column.gender, without_column.major_code) == (None, None, None)
    rows = [["编号", "困难类别"], ["G1", ""], ["G2", "无"], ["G3", "低保"]]
    hardship = [g.hardship for g in read_graduates(write_csv(tmp_path / "b.csv", rows)).records]
    assert hardship == [None, frozenset(), {Hardship.LOW_INCOME_FAMILY}]


def test_unresolved_major_keeps_its_text_without_a_code(tmp_path):
    rows = [["编号", "专业"], ["G1", "会计学"], ["G2", "火星考古学"]]
    grads = read_graduates(write_csv(tmp_path / "g.csv", rows), catalog=small_catalog()).records
    assert [(g.major, g.major_code) for g in grads] == [("会计学", "120203"), ("火星考古学", None)]


@pytest.mark.parametrize(
    ("column", "value", "fragment"),
    [("性别", "保密吧", "性别"), ("学历", "很高", "学历"), ("出生日期", "2003-13-40", "日期"),
     ("困难类别", "单亲", "困难类别"), ("毕业年份", "明年", "毕业年份")],
)  # fmt: skip
def test_bad_graduate_cells_are_skipped_with_their_column(tmp_path, column, value, fragment):
    rows = [["编号", column], ["G1", value], ["G2", ""]]
    result = read_graduates(write_csv(tmp_path / "g.csv", rows))
    assert [g.id for g in result.records] == ["G2"]
    [error] = result.skipped
    assert (error.row, error.column) == (2, column) and fragment in error.message


def test_bad_id_number_is_reported_without_echoing_it(tmp_path):
    result = read_graduates(write_csv(tmp_path / "g.csv", [["编号", "身份证号"], ["G1", "123456"]]))
    [error] = result.skipped
    assert error.column == "身份证号" and "123456" not in error.describe()


def test_graduate_upload_bytes_equal_file_import(tmp_path):
    path = write_csv(tmp_path / "g.csv", [["学号", "姓名", "学历"], ["G1", "张三", "硕士研究生"]], encoding="gb18030")
    from_bytes = read_graduates_bytes(path.read_bytes(), "g.csv")
    assert from_bytes.records == read_graduates(path).records
    assert from_bytes.records[0].education is EducationLevel.MASTER
    assert from_bytes.source == "g.csv"


def test_graduates_json_object(tmp_path):
    data = {"graduates": [{"id": "G1", "major": "会计学", "hardship": ["残疾"], "preferred_locations": ["喀什", "和田"]}]}
    g = read_graduates_bytes(json.dumps(data, ensure_ascii=False).encode(), "g.json").records[0]
    assert g.hardship == {Hardship.DISABILITY}
    assert g.preferences.locations == ("喀什", "和田")


# --- real data (skipped without ../shared/data) ----------------------------------------

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "positions" / "henan_2026.xlsx").exists(), reason="needs ../shared/data")
def test_real_official_table_imports_completely():
    result = read_jobs(DATA / "positions" / "henan_2026.xlsx")
    assert len(result.records) == 7509 and result.skipped == []
    assert all(job.majors_text for job in result.records)


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "postings" / "wuhan_2024.xlsx").exists(), reason="needs ../shared/data")
def test_real_postings_report_repeated_ids():
    result = read_jobs(DATA / "postings" / "wuhan_2024.xlsx")
    assert len(result.records) + len(result.skipped) == 814
    assert sum("重复" in e.message for e in result.skipped) == 108


# --- layouts of real-world sheets -----------------------------------------------------


def test_merged_cells_and_a_two_row_header(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["喀什地区2026年岗位表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["岗位编号", "职位名称", "用人单位", "要求", None, "薪资"])
    sheet.append([None, None, None, "学历", "学位", None])
    for column in "ABCF":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("D2:E2")
    sheet.append(["J1", "会计", "喀什地区财政局", "本科", "学士", "5000"])
    sheet.append(["J2", "出纳", None, "大专", "无", "4000"])
    sheet.merge_cells("C4:C5")  # one employer over two positions
    workbook.save(tmp_path / "jobs.xlsx")
    result = read_jobs(tmp_path / "jobs.xlsx")
    assert result.skipped == []
    assert [(j.id, j.employer) for j in result.records] == [("J1", "喀什地区财政局"), ("J2", "喀什地区财政局")]
    assert [j.degree for j in result.records] == [Degree.BACHELOR, Degree.NONE]
    assert result.records[1].education == EducationRequirement(minimum=EducationLevel.JUNIOR_COLLEGE)


def test_csv_with_a_title_row_and_a_repeated_header(tmp_path):
    rows = [["2026年岗位汇总"], JOB_HEADER, JOB_ROWS[0], JOB_HEADER, JOB_ROWS[1]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows, encoding="gb18030"))
    assert titles(result) == ["软件开发工程师", "综合管理岗"] and result.skipped == []


def test_long_number_rounded_by_excel_is_refused(tmp_path):
    rows = [["编号", "身份证号"], ["G1", 650101199901011234.0], [20260001, None]]
    result = read_graduates(write_xlsx(tmp_path / "g.xlsx", {"s": rows}))
    assert [g.id for g in result.records] == ["20260001"]  # an integral number id is fine
    [error] = result.skipped
    assert error.column == "身份证号" and "15 位" in error.message


def test_a_preference_column_saying_no_preference_still_wins(tmp_path):
    header = ["id", "就业意向", "意向地点", "意向类别", "期望薪资"]
    rows = [["G1", "希望在喀什从事会计工作，月薪5000以上", "不限", "", "面议"], ["G2", "希望在喀什从事会计工作，月薪5000以上", "", "", ""]]
    stated, extracted = read_graduates(write_csv(tmp_path / "g.csv", [header, *rows])).records
    assert stated.preferences == Preferences(locations=(), categories=("会计",), min_salary=None)
    assert extracted.preferences == Preferences(locations=("喀什",), categories=("会计",), min_salary=5000)


def test_semicolon_csv_with_commas_in_free_text(tmp_path):
    rows = [JOB_HEADER, ["J1", "会计", "某公司", "伊犁", "本科", "会计学,财务管理", "1", "5000", "记账,报税,归档", "无"]]
    job = read_jobs(write_csv(tmp_path / "jobs.csv", rows, delimiter=";")).records[0]
    assert (job.majors_text, job.description) == ("会计学,财务管理", "记账,报税,归档")


def test_english_education_and_degree_values(tmp_path):
    rows = [["id", "education", "degree"], ["G1", "Bachelor", "Bachelor's degree"], ["G2", "专升本", "none"], ["G3", "PhD", "PhD"]]
    grads = read_graduates(write_csv(tmp_path / "g.csv", rows)).records
    assert [(g.education, g.degree) for g in grads] == [
        (EducationLevel.BACHELOR, Degree.BACHELOR),
        (EducationLevel.BACHELOR, Degree.NONE),
        (EducationLevel.DOCTOR, Degree.DOCTOR),
    ]
    jobs = [["id", "title", "education"], ["J1", "Analyst", "Master or above"], ["J2", "Clerk", "any"]]
    reqs = [j.education for j in read_jobs(write_csv(tmp_path / "j.csv", jobs)).records]
    assert reqs == [EducationRequirement(minimum=EducationLevel.MASTER), EducationRequirement(minimum=None, any_level=True)]


@pytest.mark.parametrize(("value", "text"), [
    (True, "是"), (False, "否"), (3.0, "3"), (2.5, "2.5"),
    (dt.datetime(2026, 7, 1), "2026-07-01"), (dt.datetime(2026, 7, 1, 9, 30), "2026-07-01 09:30:00"),
    (dt.date(2026, 7, 1), "2026-07-01"), (["会计学", None, "审计学"], "会计学、审计学"), ([], None),
    ({"专业": "会计学"}, '{"专业": "会计学"}'), ("  ", None), (None, None),
])
def test_a_cell_of_any_type_reads_as_the_text_a_person_typed(value, text):
    from service.importers import cell_text

    assert cell_text(value) == text


def test_an_identifier_excel_stored_as_a_rounded_number_is_refused():
    from service.importers import exact_text

    assert exact_text(float(10**15 - 1)) == str(10**15 - 1)
    with pytest.raises(ValueError, match="15 位"):
        exact_text(float(10**15))


@pytest.mark.parametrize(("salary", "minimum"), [("5000-7000", 5000), ("6000以上", 6000), ("5000", 5000), ("4000以下", None), ("面议", None)])
def test_the_expected_salary_column_gives_the_lowest_acceptable_pay(tmp_path, salary, minimum):
    (grad,) = read_graduates(write_csv(tmp_path / "g.csv", [["id", "期望薪资"], ["G1", salary]])).records
    assert grad.preferences.min_salary == minimum


def test_a_lone_recognised_word_does_not_make_an_instructions_sheet_a_data_sheet(tmp_path):
    instructions = [["填写要求"], ["备注"], ["如有特殊要求请写在备注栏"]]
    path = write_xlsx(tmp_path / "jobs.xlsx", {"说明": instructions, "岗位": [JOB_HEADER, *JOB_ROWS]})
    result = read_jobs(path)
    assert titles(result) == ["软件开发工程师", "综合管理岗"] and result.ignored_sheets == ("说明",)
    # When no sheet has two recognised columns, the one with a single one is read, so that
    # the error names that sheet and the column it lacks.
    single = write_xlsx(tmp_path / "one.xlsx", {"说明": [["请勿修改表头"]], "岗位": [["职位名称"], ["会计"], ["出纳"]]})
    with pytest.raises(InputFileError, match="工作表「岗位」缺少必需的列「岗位编号」"):
        read_jobs(single)


def test_a_repeated_header_with_two_columns_is_not_a_job(tmp_path):
    rows = [["岗位编号", "职位名称"], ["J1", "会计"], ["岗位编号", "职位名称"], ["J2", "出纳"]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows))
    assert [j.id for j in result.records] == ["J1", "J2"] and result.skipped == []


def test_merges_in_the_last_column_over_a_blank_row_and_above_the_header(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.merge_cells("A1:D1")  # an empty banner: formatting only, its row holds no cell
    sheet.append(["岗位编号", "职位名称", "用人单位", "其他要求"])
    sheet.append(["J1", "会计", "财政局", "限男性"])
    sheet.append(["J2", "出纳", "财政局"])
    sheet.merge_cells("D3:D4")  # the last column, merged over two positions
    sheet.append(["J3", "司机", "交通局"])
    sheet.merge_cells("C5:C6")  # reaches a row that has nothing else
    workbook.save(tmp_path / "jobs.xlsx")
    result = read_jobs(tmp_path / "jobs.xlsx")
    assert result.skipped == []
    assert [(j.id, j.condition("其他要求")) for j in result.records] == [("J1", "限男性"), ("J2", "限男性"), ("J3", None)]
    assert result.records[2].employer == "交通局"


def test_the_row_under_a_merged_range_keeps_its_own_value(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["岗位编号", "职位名称", "工作地点", "用人单位"])
    sheet.append(["J1", "会计", None, "财政局"])  # the cell left of the merge is empty
    sheet.append(["J2", "出纳", None, None])
    sheet.append(["J3", "司机", None, None])
    sheet.merge_cells("D2:D3")
    workbook.save(tmp_path / "jobs.xlsx")
    jobs = read_jobs(tmp_path / "jobs.xlsx").records
    assert [j.employer for j in jobs] == ["财政局", "财政局", None]


def test_a_formula_is_never_read_as_its_text(tmp_path):
    # openpyxl stores no computed value: the cell is reported, never read as 「=...」.
    rows = [["岗位编号", "职位名称"], ["J1", '="会计"'], ["J2", "出纳"]]
    result = read_jobs(write_xlsx(tmp_path / "jobs.xlsx", {"s": rows}))
    assert titles(result) == ["出纳"]
    [error] = result.skipped
    assert (error.row, error.column) == (2, "职位名称")
    assert error.message == "该单元格是公式但没有计算结果，请在 Excel 中打开并保存后再导入"


def test_a_row_of_spaces_is_blank(tmp_path):
    rows = [JOB_HEADER, JOB_ROWS[0], ["  ", " ", "\u3000"], JOB_ROWS[1]]
    for path in (write_xlsx(tmp_path / "jobs.xlsx", {"s": rows}), write_csv(tmp_path / "jobs.csv", rows)):
        result = read_jobs(path)
        assert titles(result) == ["软件开发工程师", "综合管理岗"] and result.skipped == []


def test_a_cell_that_equals_its_header_alone_is_data(tmp_path):
    rows = [["岗位编号", "职位名称", "用人单位", "备注"], ["J1", "会计", "财政局", "备注"]]
    result = read_jobs(write_csv(tmp_path / "jobs.csv", rows))
    assert [j.id for j in result.records] == ["J1"]


def test_a_page_header_repeating_two_of_its_columns_is_not_data(tmp_path):
    rows = [["岗位编号", "职位名称", "用人单位"], ["J1", "会计", "财政局"], ["岗位编号", "职位名称", None], ["J2", "出纳", "财政局"]]
    result = read_jobs(write_xlsx(tmp_path / "jobs.xlsx", {"s": rows}))
    assert [j.id for j in result.records] == ["J1", "J2"] and result.skipped == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_one_column_file_of_ids(tmp_path, suffix):
    rows = [["学号"], ["2026;001"], ["2026|002"]]  # part of the id: every delimiter ties, and ties go to the comma
    path = write_csv(tmp_path / f"g{suffix}", rows) if suffix == ".csv" else write_xlsx(tmp_path / f"g{suffix}", {"s": rows})
    assert [g.id for g in read_graduates(path).records] == ["2026;001", "2026|002"]


def test_a_csv_without_a_recognisable_header_names_row_1(tmp_path):
    for rows in ([["名字", "年龄"], ["张三", "20"]], [["名字"]]):
        with pytest.raises(InputFileError) as info:
            read_jobs(write_csv(tmp_path / "jobs.csv", rows))
        assert (info.value.row, info.value.column) == (1, "岗位编号")


def test_one_sheet_errors_do_not_name_the_sheet_and_two_columns_make_a_data_sheet(tmp_path):
    with pytest.raises(InputFileError) as info:
        read_jobs(write_xlsx(tmp_path / "one.xlsx", {"岗位": [["职位名称"], ["会计"]]}))
    assert "工作表" not in info.value.message
    [error] = read_jobs(write_xlsx(tmp_path / "bad.xlsx", {"岗位": [["岗位编号", "职位名称"], ["J1", ""]]})).skipped
    assert "工作表" not in error.describe()
    # Beside an instructions sheet with a lone word, two recognised columns are enough.
    path = write_xlsx(tmp_path / "two.xlsx", {"说明": [["备注"]], "岗位": [["岗位编号", "职位名称"], ["J1", "会计"]]})
    result = read_jobs(path)
    assert titles(result) == ["会计"] and result.ignored_sheets == ("说明",)


def test_a_broken_json_document_over_several_lines_is_one_error():
    data = '[{"id": "J1", "title": "护士"},\n {"id": "J2", "title": "医师"}\n'
    with pytest.raises(InputFileError, match="JSON 格式错误：第 3 行第 1 列"):
        read_jobs_bytes(data.encode(), "jobs.json")


def test_a_file_without_a_suffix_says_so():
    with pytest.raises(InputFileError, match="无扩展名"):
        read_jobs_bytes(b"id,title\nJ1,a\n", "jobs")


def test_a_preference_column_longer_than_the_api_takes_is_refused_with_its_column(tmp_path):
    places = "、".join(f"地点{i}" for i in range(21))
    path = write_csv(tmp_path / "g.csv", [["编号", "意向地点", "意向行业"], ["G1", places, ""], ["G2", "伊犁", "金" * 101]])
    result = read_graduates(path)
    assert result.records == []
    first, second = result.skipped
    assert first.column == "意向地点" and "意向地点最多 20 项，此处有 21 项" in first.message
    assert second.column == "意向行业" and "意向行业的一项超过 100 字" in second.message
