"""A row that repeats an earlier row's id with the same content (only an unread column, such
as a scraped list's 列表url, differs) is read once and said as a note, on every path that reads
a file; a repeated id with different content stays an error naming file, row and column."""

from __future__ import annotations

import json

import pytest

from service.cli import main
from service.errors import InputFileError
from service.importers import read_graduates_bytes, read_jobs_bytes
from tests.test_api_fixtures import api, start_api  # noqa: F401

HEADER = "岗位编号,职位名称,用人单位,工作地点,学历要求,专业,招聘人数,职位描述,薪酬待遇,列表url\n"
ACC = "ACC1,会计,乌鲁木齐市财政局,乌鲁木齐市,本科及以上,会计学,1,负责会计核算,5000-7000元/月"
DEV = "DEV1,软件开发工程师,新疆天山信息技术有限公司,乌鲁木齐市,本科及以上,软件工程,2,负责后端开发,6000-9000元/月"
#: ACC1 again on row 4, only its 列表url (a column no field reads) differs.
REPEATING = HEADER + f"{ACC},https://a/list?p=1\n{DEV},https://a/list?p=1\n{ACC},https://a/list?p=2\n"
#: ACC1 again on row 4 with another headcount: which row is right is the officer's call.
CONFLICTING = HEADER + f"{ACC},u1\n{DEV},u1\n" + ACC.replace(",1,负责", ",3,负责") + ",u2\n"

GRADUATES_CSV = ("学号,姓名,学校,专业,学历,学位,毕业年份,来源页\n"
                 "G1,张三,新疆财经大学,会计学,本科,学士,2026,p1\n"
                 "G1,张三,新疆财经大学,会计学,本科,学士,2026,p2\n")


def jobs(text: str, *, strict: bool = False):
    return read_jobs_bytes(text.encode("utf-8"), "jobs.csv", strict=strict)


def test_an_identical_repeat_is_read_once_and_noted_not_skipped():
    result = jobs(REPEATING)
    assert [job.id for job in result.records] == ["ACC1", "DEV1"]
    assert result.skipped == []
    assert result.notes() == ["第 4 行与第 2 行内容相同（岗位编号「ACC1」），只读入一次"]
    assert "  提示：第 4 行与第 2 行内容相同（岗位编号「ACC1」），只读入一次" in result.summary()


def test_a_repeated_id_with_other_content_stays_an_error_naming_row_and_column():
    result = jobs(CONFLICTING)
    assert [job.id for job in result.records] == ["ACC1", "DEV1"]
    [error] = result.skipped
    assert (error.file, error.row, error.column) == ("jobs.csv", 4, "岗位编号")
    assert "岗位编号「ACC1」与第 2 行重复" in error.message


def test_strict_reads_an_identical_repeat_but_stops_at_a_conflicting_one():
    assert len(jobs(REPEATING, strict=True).records) == 2
    with pytest.raises(InputFileError, match="与第 2 行重复"):
        jobs(CONFLICTING, strict=True)


def test_many_repeats_make_one_note_with_the_count_and_the_first_rows():
    rows = [f"{ACC},u{i}" for i in range(6)]  # rows 2..7: five repeats of row 2
    result = jobs(HEADER + "\n".join(rows) + "\n")
    assert len(result.records) == 1 and result.skipped == []
    assert result.notes() == ["5 行与前面编号相同的行内容完全相同（只有未读入的列可能不同），各只读入一次："
                              "第 3 行（同第 2 行）、第 4 行（同第 2 行）、第 5 行（同第 2 行）等"]


def test_a_graduate_file_repeating_a_row_reads_it_once():
    result = read_graduates_bytes(GRADUATES_CSV.encode("utf-8"), "g.csv", strict=True)
    assert [g.id for g in result.records] == ["G1"] and result.skipped == []
    assert result.notes() == ["第 3 行与第 2 行内容相同（毕业生编号「G1」），只读入一次"]


def test_check_jobs_reports_a_repeat_as_a_hint_and_exits_0(tmp_path, capsys):
    path = tmp_path / "jobs.csv"
    path.write_text(REPEATING, encoding="utf-8")
    out = tmp_path / "checks.json"
    assert main(["check-jobs", "--jobs", str(path), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"{path}：共 3 行岗位，读入 2 行（1 行与前面的行内容相同，只读入一次）；" in printed
    assert "  [提示] 重复的行（只读入一次）：1 行（占全表 3 行的 33.3%）" in printed
    assert "无法读入的行" not in printed
    finding = next(f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "row_repeated")
    assert (finding["row"], finding["column"], finding["severity"], finding["title"]) == (4, "岗位编号", "提示", "会计")
    # The report says where the rows differ (an unread column), so the officer need not compare them.
    assert finding["message"] == "第 4 行与第 2 行内容相同（岗位编号「ACC1」），只读入一次；二者只在「列表url」列不同"


def test_check_jobs_still_fails_on_a_conflicting_repeat(tmp_path, capsys):
    path = tmp_path / "jobs.csv"
    path.write_text(CONFLICTING, encoding="utf-8")
    assert main(["check-jobs", "--jobs", str(path)]) == 1
    assert "[错误] 无法读入的行：此行未能读入：岗位编号「ACC1」与第 2 行重复" in capsys.readouterr().out


def test_recommend_prints_the_note_and_runs(tmp_path, capsys):
    job_file, graduate_file = tmp_path / "jobs.csv", tmp_path / "graduates.csv"
    job_file.write_text(REPEATING, encoding="utf-8")
    graduate_file.write_text(GRADUATES_CSV, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["recommend", "--jobs", str(job_file), "--graduates", str(graduate_file), "--out", str(out),
                 "--no-model"]) == 0
    err = capsys.readouterr().err
    assert f"提示：文件 {job_file}：第 4 行与第 2 行内容相同（岗位编号「ACC1」），只读入一次" in err
    assert f"提示：文件 {graduate_file}：第 3 行与第 2 行内容相同（毕业生编号「G1」），只读入一次" in err
    assert "已跳过" not in err and out.exists()


def test_api_job_import_reports_the_repeat_as_a_note_even_when_strict(api):
    response = api.post("/api/jobs/import", "organiser", files={"file": ("jobs.csv", REPEATING.encode("utf-8"))},
                        params={"strict": "true"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"], report["skipped"]) == (2, [])
    assert report["notes"] == ["第 4 行与第 2 行内容相同（岗位编号「ACC1」），只读入一次"]


def test_api_graduate_import_reports_the_repeat_as_a_note(api):
    response = api.post("/api/graduates/import", "officer", files={"file": ("g.csv", GRADUATES_CSV.encode("utf-8"))})
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"] + report["updated"], report["skipped"]) == (1, [])
    assert report["notes"] == ["第 3 行与第 2 行内容相同（毕业生编号「G1」），只读入一次"]


def test_a_repeat_on_another_sheet_names_both_sheets():
    import io

    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "一月"
    second = book.create_sheet("二月")
    for sheet, link in ((first, "u1"), (second, "u2")):
        sheet.append(HEADER.strip().split(","))
        sheet.append([*ACC.split(","), link])
    data = io.BytesIO()
    book.save(data)
    result = read_jobs_bytes(data.getvalue(), "jobs.xlsx", strict=True)
    assert len(result.records) == 1
    assert result.notes() == ["工作表「二月」第 2 行与工作表「一月」第 2 行内容相同（岗位编号「ACC1」），只读入一次"]
