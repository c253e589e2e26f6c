"""``parse_salary`` and ``unstated_period`` clean a pay cell with one function (``features.salary._cleaned``):
when each had its own, the thousands separator (「60,000-8万」) and a trainee allowance's name
(「实习补贴每年6万」) made the job check's 「薪酬未写明月薪或年薪」 disagree with the pay as read."""

from __future__ import annotations

import pytest

from features.records import SalaryRange
from features.salary import parse_salary, unstated_period
from matching.job_checks import Check
from tests.test_job_checks import bad, checks, findings, rules  # noqa: F401


@pytest.mark.parametrize(("cell", "plain", "reading"), [("60,000-8万", "60000-8万", "year"),
                                                         ("20,000-3万", "20000-3万", "month"),
                                                         ("６０，０００－８万", "60000-8万", "year")])
def test_a_thousands_separator_reads_as_the_plain_number(cell, plain, reading):
    assert parse_salary(cell) == parse_salary(plain)
    assert unstated_period(cell) == unstated_period(plain) == reading  # was None with the separator


def test_a_separated_wan_range_read_as_a_year_is_asked_about(rules):  # noqa: F811
    cell = "60,000-8万"
    assert parse_salary(cell) == SalaryRange(5000, 6667)  # read as a year's pay, no period written
    (finding,) = findings(rules, bad(salary=parse_salary(cell)), {"salary": cell})
    assert finding.check is Check.PAY_PERIOD_UNSTATED
    assert "系统按年薪理解（折合月薪 5000-6667元/月）" in finding.message


def test_a_trainee_allowance_per_year_is_not_said_to_be_read_as_a_month(rules):  # noqa: F811
    cell = "实习补贴每年6万"
    assert parse_salary(cell) == SalaryRange(5000, 5000)  # 每年: a year's allowance
    assert unstated_period(cell) is None  # was "month": the check said 「系统按月薪理解（折合月薪 5000元/月）」
    assert Check.PAY_PERIOD_UNSTATED not in checks(rules, bad(title="见习岗", salary=parse_salary(cell)),
                                                   {"salary": cell})
