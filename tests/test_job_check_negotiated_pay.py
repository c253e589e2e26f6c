"""The 2026-12-07 employment-bureau officer's review of ``jobmatch check-jobs`` on a messy list (docs/changes.md,
Job checks): a pay cell saying 面议 beside an amount (「面议，4000-6000」「面议（3000起）」) states that amount, as
「5000-7000元/月，面议」 (the form the check itself recommends) does; before, the post showed no pay and the
check said 「读不出月薪」. Pay in Chinese numerals (「三千到五千」) is 薪酬无法识别 (write it in digits), not
缺薪酬待遇's 「没有金额」."""

from __future__ import annotations

import json

import pytest

from features.records import SalaryRange
from features.salary import parse_salary
from service.cli import main


@pytest.mark.parametrize(("said", "low", "high"), [
    ("面议，4000-6000", 4000, 6000), ("4000-6000，面议", 4000, 6000), ("面议4000-6000", 4000, 6000),
    ("面议（3000起）", 3000, None), ("工资面议，3-5千", 3000, 5000), ("4000-6000（可面议）", 4000, 6000),
])
def test_an_amount_beside_negotiable_is_the_pay(said, low, high):
    assert parse_salary(said) == SalaryRange(low, high)


@pytest.mark.parametrize("said", ["面议", "薪资面议", "面议，详见公告", "面议（2020年）", "（面议）"])
def test_negotiable_without_an_amount_stays_unknown(said):
    assert parse_salary(said) == SalaryRange(None, None)


def _pay_findings(tmp_path, pays: list[str]) -> dict[str, tuple[str, str]]:
    path = tmp_path / "jobs.csv"
    rows = "".join(f"P{i},会计{i},天池商贸有限公司,民营企业,财务类,乌鲁木齐市天山区,本科,1,{pay},负责账务\n"
                   for i, pay in enumerate(pays))
    path.write_text("岗位编号,职位名称,用人单位,单位性质,职位类别,工作地点,学历要求,招聘人数,薪酬待遇,职位描述\n" + rows,
                    encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out)])
    found = json.loads(out.read_text(encoding="utf-8"))["findings"]
    return {f["job_id"]: (f["check"], f["message"]) for f in found if f["column"] == "薪酬待遇"}


def test_check_jobs_reads_the_amount_and_names_chinese_numerals_unreadable(tmp_path):
    found = _pay_findings(tmp_path, ["面议，4000-6000", "面议（3000起）", "三千到五千", "面议", "待遇从优"])
    assert "P0" not in found and "P1" not in found  # was 薪酬无法识别: 「…中读不出月薪」
    check, message = found["P2"]
    assert check == "pay_unreadable"  # was pay_missing: 「薪酬「三千到五千」没有金额」
    assert "「三千到五千」中读不出月薪" in message
    assert found["P3"][0] == "pay_negotiable"
    assert found["P4"] == ("pay_missing", "薪酬「待遇从优」没有金额，毕业生无从比较：请填写月薪范围")


def test_a_postdoc_title_with_an_education_below_a_doctorate_is_a_hint(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(
        "岗位编号,职位名称,用人单位,单位性质,职位类别,工作地点,学历要求,招聘人数,薪酬待遇,职位描述\n"
        "D1,博士后研究员,新疆农科创新研究院有限公司,民营企业,科研类,乌鲁木齐市沙依巴克区,大专,1,8000-12000元/月,作物育种\n"
        "D2,特别研究助理（博士后）,某研究所,事业单位,科研类,乌鲁木齐市沙依巴克区,硕士研究生及以上,1,8000-12000元/月,研究\n"
        "D3,博士后研究员,某研究所,事业单位,科研类,乌鲁木齐市沙依巴克区,博士研究生,1,8000-12000元/月,研究\n"
        "D4,博士后管理专员,某研究所,事业单位,管理类,乌鲁木齐市沙依巴克区,本科,1,5000-7000元/月,管理博士后进出站\n"
        "D5,硕士研究生辅导员,某学院,事业单位,教育类,乌鲁木齐市沙依巴克区,本科,1,5000-7000元/月,学生管理\n"
        "D6,工商管理博士后,某大学,事业单位,科研类,乌鲁木齐市沙依巴克区,硕士研究生,1,8000-12000元/月,研究\n",
        encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out)])
    found = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "title_education_differs"]
    # D3 states a doctorate; D4 serves postdocs; D5's 硕士研究生 names whom it serves; D6 is a postdoc of 工商管理.
    assert [(f["job_id"], f["row"], f["column"], f["severity"]) for f in found] == [
        ("D1", 2, "学历要求", "提示"), ("D2", 3, "学历要求", "提示"), ("D6", 7, "学历要求", "提示")]
    assert found[0]["message"].startswith("岗位名称「博士后研究员」是博士后岗位，学历要求却为「大专及以上」")
