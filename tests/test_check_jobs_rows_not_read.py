"""What `jobmatch check-jobs` says of rows it did not read: the headline accounts for every
row between 「共 N 行」 and 「读入 M 行」 (unreadable and repeated rows both), and a pay written
high to low names the file's column and says how to write it."""

from __future__ import annotations

import pytest

from features.salary import parse_salary
from service.cli import main
from service.importers import read_jobs

HEADER = "岗位编号,职位名称,用人单位,职位类别,工作地点,学历要求,专业,招聘人数,{pay},职位描述\n"
ROW = "{id},会计,乌鲁木齐市财政局,财务,乌鲁木齐市,本科及以上,会计学,2,{pay},负责会计核算\n"


def _file(tmp_path, pays, column="薪酬待遇"):
    rows = [ROW.format(id=f"J{i}", pay=pay) for i, pay in enumerate(pays)]
    rows.append(rows[0])  # the first row again, whole: read once
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER.format(pay=column) + "".join(rows), encoding="utf-8")
    return path


def test_headline_names_both_the_unreadable_and_the_repeated_rows(tmp_path, capsys):
    jobs = _file(tmp_path, ["5000-7000", "3000-2000", "9000-6000", "6000-8000"])
    assert main(["check-jobs", "--jobs", str(jobs)]) == 1
    head = capsys.readouterr().out.splitlines()[0]
    assert head.startswith(f"{jobs}：共 5 行岗位，读入 2 行（2 行无法读入，见下方「无法读入的行」；"
                           "1 行与前面的行内容相同，只读入一次）；")


def test_a_reversed_pay_names_the_files_column_and_the_fix(tmp_path):
    [error] = read_jobs(_file(tmp_path, ["5000-7000", "3000-2000"], column="月薪")).skipped
    assert error.column == "月薪"
    assert error.message.endswith("月薪「3000-2000」的上限低于下限，请写成 2000-3000")


@pytest.mark.parametrize(("text", "fix"), [
    ("3000-2000", "2000-3000"), ("8000-5000元/月", "5000-8000元/月"), ("8k-5k", "5k-8k"), ("1.2万-8000", "8000-1.2万"),
])
def test_a_reversed_pay_says_what_to_write(text, fix):
    with pytest.raises(ValueError) as raised:
        parse_salary(text)
    assert str(raised.value) == f"薪酬待遇「{text}」的上限低于下限，请写成 {fix}"
    assert parse_salary(fix).minimum < parse_salary(fix).maximum  # the fix reads


@pytest.mark.parametrize(("text", "fix"), [("12-8万/年", "8-12万/年"), ("20-10万", "10-20万")])
def test_a_reversed_pay_whose_bare_lower_number_reads_as_yuan_says_what_to_write(text, fix):
    # The bare larger number first reads as yuan (12 元 a year); before, the clerk was told 「折合月薪 1 元」.
    with pytest.raises(ValueError) as raised:
        parse_salary(text)
    assert str(raised.value) == f"薪酬待遇「{text}」的上限低于下限，请写成 {fix}"
