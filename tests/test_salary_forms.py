"""Salary forms: mixed units in a range, a trailing +, a placeholder 0, insurance costs in prose."""

from __future__ import annotations

import pytest

from features.records import SalaryRange
from features.salary import parse_salary


@pytest.mark.parametrize(
    ("cell", "low", "high"),
    [("8000-1万", 8000, 10000), ("5000-1.2万", 5000, 12000), ("8000-1.5万元/月", 8000, 15000),
     ("待遇优厚，8000-1万", 8000, 10000),
     # the upper bound's unit still applies to a smaller bare lower bound
     ("8-12K", 8000, 12000), ("1-1.5万", 10000, 15000), ("3-5千", 3000, 5000), ("8千-1万·13薪", 8000, 10000)],
)  # fmt: skip
def test_a_bare_lower_bound_larger_than_the_upper_number_is_yuan(cell, low, high):
    assert parse_salary(cell) == SalaryRange(low, high)


def test_a_yuan_lower_bound_with_an_annual_sized_upper_bound_is_refused():
    with pytest.raises(ValueError, match="「8000-15万」的下限像月薪、上限像年薪"):
        parse_salary("8000-15万")


@pytest.mark.parametrize(
    ("cell", "low"),
    [("5000+", 5000), ("3000+", 3000), ("1万+", 10000), ("6000+/月", 6000), ("8k+", 8000),
     ("6000元以上/月", 6000), ("6000以上元/月", 6000), ("3000以上", 3000)],
)  # fmt: skip
def test_a_trailing_plus_or_an_early_yishang_is_a_minimum_without_maximum(cell, low):
    assert parse_salary(cell) == SalaryRange(low, None)


@pytest.mark.parametrize(("cell", "amount"), [("税前月薪6000", 6000), ("月薪税前6000元", 6000), ("税前年薪12万", 10000)])
def test_a_pre_tax_mark_before_or_after_the_pay_word(cell, amount):
    assert parse_salary(cell) == SalaryRange(amount, amount)


@pytest.mark.parametrize("cell", ["0千-0千元/月", "0", "0元", "0-0", 0])
def test_an_all_zero_salary_is_a_placeholder_for_unknown(cell):
    assert parse_salary(cell) == SalaryRange(None, None)


@pytest.mark.parametrize("cell", ["0-5000", "5000+以上", "8000+-"])
def test_a_zero_lower_bound_or_doubled_bounds_still_raise(cell):
    with pytest.raises(ValueError, match="薪酬待遇"):
        parse_salary(cell)


@pytest.mark.parametrize(
    ("cell", "amount"),
    [("个人年均收入约2.7万元（含“五险一金”需个人缴交部分），单位缴交“五险一金”部分及服装购买、意外险约1.1万元，住房公积金转正后缴交。", 2250),
     ("个人年均收入约3.3万元（含“五险一金”需个人缴交部分），单位缴交“五险一金”部分及服装购买、意外险约1.1万元", 2750),
     ("月薪5000元，单位缴纳公积金800元", 5000),
     ("月薪4500元，社保单位部分约1200元", 4500)],
)  # fmt: skip
def test_the_employers_insurance_and_housing_fund_cost_is_not_pay(cell, amount):
    assert parse_salary(cell) == SalaryRange(amount, amount)
