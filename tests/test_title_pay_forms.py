"""岗位名称与薪酬栏的薪酬不一致 reads a title's pay in the forms the pay cell is read in (``features.salary``):
a space or colon after the pay word (「年薪 7W 起」「年薪：7w起」), full-width characters (「年薪７Ｗ起」), a space before
起, a yuan amount (「5000元起」) and a bare four-digit floor (「8000起步」); a reward (「推荐奖励1000元」) is no pay."""

from __future__ import annotations

import pytest

from features.salary import parse_salary
from matching.job_checks import Check
from tests.test_job_checks import bad, checks, findings, rules  # noqa: F401


@pytest.mark.parametrize("title", ["编辑（年薪 7W 起）", "编辑 年薪：7w起", "编辑（年薪７Ｗ起）", "运营 月薪 8K 起",
                                   "月薪８Ｋ起 运营", "新媒体运营8000起步", "销售代表 5000元起"])
def test_an_open_title_pay_in_any_form_outside_the_cells_range_is_a_hint(rules, title):  # noqa: F811
    # Each is read as where the pay starts (5,000 to 8,000 a month), above a cell of 3千-4千.
    assert Check.TITLE_PAY_DIFFERS in checks(rules, bad(title=title, salary=parse_salary("3千-4千")))


@pytest.mark.parametrize("title", ["编辑（年薪 7W 起）", "编辑 年薪：7w起", "编辑（年薪７Ｗ起）", "新媒体运营8000起步"])
def test_the_same_open_title_pay_inside_the_cells_range_agrees(rules, title):  # noqa: F811
    # 「年薪 7W 起」 was read as 7万 a month (the pay word lost to the space), a contradiction of 5千-1万.
    assert Check.TITLE_PAY_DIFFERS not in checks(rules, bad(title=title, salary=parse_salary("5千-1.3万")))


def test_the_message_quotes_the_titles_pay_and_its_reading(rules):  # noqa: F811
    job = bad(title="编辑（年薪 7W 起）", salary=parse_salary("8千-1万"))
    (finding,) = findings(rules, job, {"salary": "8千-1万"})
    assert finding.message.startswith("岗位名称写「年薪 7W 起」（年薪7万起，折合月薪约5,833元起）")


@pytest.mark.parametrize("title", ["推荐奖励1000元 销售代表", "连锁1000+门店店长", "本科2000以上 运营"])
def test_a_reward_or_a_count_is_no_title_pay(rules, title):  # noqa: F811
    assert Check.TITLE_PAY_DIFFERS not in checks(rules, bad(title=title, salary=parse_salary("5千-1万")))
