"""A pay cell refused names the pay as the file's column does (「薪资」 on a job board's export, 「薪酬待遇」 on the
bureau's form), as a range written high to low already did: before, 「无法识别的薪资」「薪资「…」折合月薪…」
「薪资「…」的下限像月薪、上限像年薪」 said 薪资 whatever the column was headed."""

from __future__ import annotations

import pytest

from features.salary import parse_salary
from service.importers import read_jobs


@pytest.mark.parametrize(("cell", "said"), [
    ("abc123", "无法识别的月薪：「abc123」"),
    ("8000-15万", "月薪「8000-15万」的下限像月薪、上限像年薪"),
    ("0-5000", "月薪「0-5000」折合月薪 0 元，不在合理范围内"),
    ("3000-2000", "月薪「3000-2000」的上限低于下限"),
])
def test_each_refusal_names_the_column(cell, said):
    with pytest.raises(ValueError) as error:
        parse_salary(cell, column="月薪")
    assert said in str(error.value) and "薪资" not in str(error.value)


def test_without_a_column_the_pay_is_called_as_the_form_calls_it():
    with pytest.raises(ValueError, match="无法识别的薪酬待遇"):
        parse_salary("abc123")


def test_an_imported_row_is_refused_naming_its_own_header(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text("岗位编号,职位名称,用人单位,工作地点,薪酬待遇\nJ1,会计,某公司,乌鲁木齐市,8000-15万\n", encoding="utf-8")
    result = read_jobs(path)
    assert not result.records
    message = str(result.skipped[0])
    assert "薪酬待遇「8000-15万」的下限像月薪、上限像年薪" in message
