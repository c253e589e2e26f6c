"""报名截止日期 cells as real job tables write them (review of the deadline feature): a time of
day (the day stays open through its end), 「即日起至…」, a period whose END is the deadline, Excel
date cells and serial numbers; a day without a year is refused (the year is never guessed).
And a closed post is a 警告 for ``check-jobs``: the same file must not start failing (exit 1)
the day after its deadline passes."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from features.values import parse_deadline
from matching.job_checks import CHECK_SEVERITY, Check, Severity
from service.cli import main
from service.errors import InputFileError
from service.importers import read_jobs_bytes

HEAD = "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,报名截止日期\n"


def _deadlines(*cells: str) -> list[dt.date | None]:
    rows = "".join(f"D{i},会计,喀什商贸公司,喀什市,本科及以上,会计学,{cell}\n" for i, cell in enumerate(cells, start=1))
    return [r.apply_by for r in read_jobs_bytes((HEAD + rows).encode("utf-8"), "jobs.csv", strict=True).records]


@pytest.mark.parametrize(("cell", "day"), [
    ("2026年12月31日17:00", dt.date(2026, 12, 31)),
    ("2026年12月31日 17:00", dt.date(2026, 12, 31)),
    ("2026年12月31日17时", dt.date(2026, 12, 31)),
    ("2026年12月31日下午5点30分", dt.date(2026, 12, 31)),
    ("2026-12-31T17:00", dt.date(2026, 12, 31)),
    ("2026.12.31", dt.date(2026, 12, 31)),
    ("2026年12月31号", dt.date(2026, 12, 31)),
    ("即日起至2026年12月31日", dt.date(2026, 12, 31)),
    ("截止2026年12月31日", dt.date(2026, 12, 31)),
    ("2026年12月31日止", dt.date(2026, 12, 31)),
    # A period: the deadline is its last day, not its first.
    ("2026年12月1日-12月10日", dt.date(2026, 12, 10)),
    ("2026年12月1日至2026年12月10日", dt.date(2026, 12, 10)),
    ("2026.12.1～2026.12.10", dt.date(2026, 12, 10)),
    ("2026年12月1日9:00-12月10日18:00", dt.date(2026, 12, 10)),
    ("2026年12月25日-1月5日", dt.date(2027, 1, 5)),  # ends in the next year
])
def test_deadline_cells_as_tables_write_them(cell, day):
    assert _deadlines(cell) == [day]


@pytest.mark.parametrize("cell", ["12月31日", "12月1日-12月10日"])
def test_a_day_without_a_year_is_refused_naming_row_and_column(cell):
    with pytest.raises(InputFileError) as caught:
        _deadlines("2026-12-31", cell)
    error = caught.value
    assert (error.file, error.row, error.column) == ("jobs.csv", 3, "报名截止日期")
    assert f"报名截止日期「{cell}」没有写年份" in str(error)


def test_unreadable_and_impossible_days_are_still_refused():
    for cell in ("下周五", "2026年2月30日"):
        with pytest.raises(ValueError, match=f"无法识别的报名截止日期「{cell}」"):
            parse_deadline(cell, label="报名截止日期")


def test_excel_date_cells_and_serial_numbers():
    book = Workbook()
    sheet = book.active
    sheet.append(["岗位编号", "职位名称", "用人单位", "工作地点", "学历要求", "专业要求", "报名截止日期"])
    sheet.append(["X1", "会计", "甲公司", "喀什市", "本科及以上", "会计学", dt.datetime(2026, 12, 31, 17, 0)])
    sheet.append(["X2", "出纳", "乙公司", "喀什市", "本科及以上", "会计学", 46022])  # Excel's 2025-12-31
    sheet.append(["X3", "文员", "丙公司", "喀什市", "本科及以上", "会计学", "2026年12月1日-12月10日"])
    buffer = io.BytesIO()
    book.save(buffer)
    records = read_jobs_bytes(buffer.getvalue(), "jobs.xlsx", strict=True).records
    assert [r.apply_by for r in records] == [dt.date(2026, 12, 31), dt.date(2025, 12, 31), dt.date(2026, 12, 10)]


def test_a_closed_post_is_a_warning_and_check_jobs_exits_0(tmp_path, capsys):
    assert CHECK_SEVERITY[Check.CLOSED] is Severity.WARNING
    path = tmp_path / "jobs.csv"
    path.write_text(HEAD + "D1,会计,喀什商贸公司,喀什市,本科及以上,会计学,2020年1月10日\n", encoding="utf-8")
    assert main(["check-jobs", "--jobs", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[警告] 报名已截止" in out and "报名已截止（2020-01-10）" in out


@pytest.mark.parametrize("cell", [12.31, 2026, "1905-07-18"])
def test_a_number_excel_stored_for_a_typed_day_is_refused_not_read_as_1900(cell):
    # 「12.31」 typed into Excel is the number 12.31 (serial day 12); read as 1900-01-11 it closed the post unseen.
    with pytest.raises(ValueError, match="不是报名截止日期"):
        parse_deadline(cell, label="报名截止日期")
