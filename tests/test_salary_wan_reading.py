"""When a pay in 万 naming no period is a year's or a month's is decided once (``features.salary.wan_reading``):
``parse_salary`` reads its period and ``unstated_period`` asks about it from that one decision."""

from __future__ import annotations

import pytest

from features.salary import WanReading, parse_salary, unstated_period, wan_reading


@pytest.mark.parametrize("low, bare_low, reading", [
    (19_999, True, WanReading("month", False)),   # below 2万 a year's pay would be under any minimum wage
    (20_000, True, WanReading("month", True)),    # 「2-3万」: a senior's month or a low year
    (49_999, True, WanReading("month", True)),
    (50_000, True, WanReading("year", True)),     # 「5-8万」: 5万 a month is the too-high bar
    (99_999, True, WanReading("year", True)),
    (100_000, True, WanReading("year", False)),   # 「10-15万」: no month's pay
    (20_000, False, WanReading("month", False)),  # 「2万-3万」: the job sites' month
    (50_000, False, WanReading("month", True)),   # 「5万-6万」, 「6万」: asked from the too-high bar
    (99_999, False, WanReading("month", True)),
    (100_000, False, WanReading("year", False)),  # 「10万」
])
def test_the_cut_offs_of_a_wan_amount(low, bare_low, reading):
    assert wan_reading(low, bare_low=bare_low) == reading


@pytest.mark.parametrize("cell", ["1-1.5万", "2-3万", "4-6万", "5-8万", "8-12万", "9.9-12万", "10-15万", "20-30万",
                                  "1万-1.5万", "2万-3万", "5万-6万", "6万", "9万", "10万", "12万", "3w-5w"])
def test_the_period_asked_about_is_the_period_read(cell):
    pay = parse_salary(cell)
    asked = unstated_period(cell)
    assert asked in (None, "month", "year")
    if asked is not None:
        as_month = parse_salary(cell + "/月")
        assert (pay == as_month) is (asked == "month"), cell


def test_a_stated_period_is_never_asked_about():
    for cell in ("年薪8-12万", "8-12万/年", "2-3万/月", "月薪5万"):
        assert unstated_period(cell) is None
