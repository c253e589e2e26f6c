"""The minimum pay read from an intention: what the graduate asks for, not a bonus or an allowance."""

from __future__ import annotations

import pytest

from features.intentions import extract_min_salary


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("年终奖2万，月薪5000", 5000),
        ("希望有租房补贴1000元以上", None),
        ("有住房补贴更好，月薪6000", 6000),
        ("提成3000以上", None),
        ("想做老师，有五千元以上的补贴", None),
        ("有1000元住房补贴", None),
        ("月薪8000，另有2000元的绩效", 8000),
        ("底薪3000+提成", 3000),
    ],
)
def test_a_bonus_or_an_allowance_is_not_the_pay(text, minimum):
    assert extract_min_salary(text) == minimum


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("期望薪资：5000", 5000),
        ("工作地点：乌鲁木齐；意向岗位：会计；期望薪资：5000", 5000),
        ("税前8000", 8000),
        ("到手5000", 5000),
        ("希望月薪在5000到7000之间", 5000),
        ("月薪不要低于5000", 5000),
        ("4000以下不考虑", 4000),
        ("4000以下的不考虑", 4000),
        ("低于4000不考虑", 4000),
        ("月薪6000+", 6000),
    ],
)
def test_other_ways_of_asking_for_pay(text, minimum):
    assert extract_min_salary(text) == minimum


@pytest.mark.parametrize(
    ("text", "minimum"),
    [("五千左右", 5000), ("年薪十万", 8333), ("月薪两万", 20000), ("每月到手四千五", 4500), ("一万五左右", 15000),
     ("月薪不低于五千", 5000), ("月入过万", 10000), ("月薪两千五百以上", 2500), ("期望三千八百元", 3800),
     ("一万二千以上", 12000), ("年薪二十万", 16667), ("两千五百零五元以上", 2505)],
)  # fmt: skip
def test_amounts_in_chinese_numerals(text, minimum):
    assert extract_min_salary(text) == minimum


@pytest.mark.parametrize("text", ["低于4000也行", "希望月薪5000以下也行", "35岁以下", "期望2026年去乌鲁木齐", "2026届毕业生"])
def test_a_ceiling_an_age_or_a_year_is_no_minimum(text):
    assert extract_min_salary(text) is None


def test_a_numeral_this_does_not_read_is_no_minimum_rather_than_an_error():
    assert extract_min_salary("年薪十十万") is None


@pytest.mark.parametrize("text", ["三四千以上", "年薪十十万", "五六千"])
def test_chinese_numerals_that_are_not_one_amount_give_no_minimum(text):
    # 三四千 is a range; reading it as 3千 or 4千 would be a guess.
    assert extract_min_salary(text) is None


@pytest.mark.parametrize("text", ["想去一千人以上的大公司", "希望去两千多人规模的企业", "想去一万人以上的国企", "想去1千人以上的企业",
                                  "离家一千公里以内", "月薪一万以内", "月薪8000以内", "工资在一万以内就行", "一万块以内",
                                  "月薪不超过一万", "年薪十万以内"])  # fmt: skip
def test_a_count_a_distance_or_a_ceiling_is_no_minimum(text):
    # With its unit, 一千人 read as 1千 and gave a minimum pay of 1,000 (一万人: 10,000); 以内 was no bound.
    assert extract_min_salary(text) is None


@pytest.mark.parametrize(("text", "minimum"), [("月薪8千5", 8500), ("月薪2千5以上", 2500), ("月薪1万5", 15000),
                                               ("月薪8千5百", 8500), ("月薪两千〇五十", 2050), ("月薪不超过一万，至少五千", 5000)])
def test_a_digit_after_the_unit_and_a_ling_written_as_a_circle_are_read(text, minimum):
    assert extract_min_salary(text) == minimum
