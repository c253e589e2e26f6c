"""A 专科 graduate against a list of 本科 majors (2026-12-07 graduate review): the reference table files 专科
护理 (520201) under 护理学类 (1011), so 「中医学」 (100501) refuses them as it refuses a 本科 graduate of that
class (「中医学等相关专业」 is still asked), and 「护理学」 (101101), the 本科 form of their own major, admits them. Before, every 6-digit 本科 major
left a 专科 graduate 「专业待核实」."""

from __future__ import annotations

import pytest

from matching.verdict import Status
from tests.factories import JUNIOR, major_result, rules_engine


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


def test_a_major_of_another_class_refuses_a_junior_college_nurse(engine, catalog):
    status, reason = major_result(engine, catalog, "中医学", "护理", JUNIOR)
    assert (status, reason) == (Status.NOT_ELIGIBLE, "专业不符：岗位要求 中医学，您的专业为 护理")


def test_a_list_widened_by_related_is_still_asked(engine, catalog):
    # As a class listed for 专科 graduates (「专科：计算机类等相关专业」) leaves another class open.
    status, _ = major_result(engine, catalog, "中医学等相关专业", "护理", JUNIOR)
    assert status is Status.NEEDS_REVIEW


@pytest.mark.parametrize("cell", ["护理学", "护理学等相关专业"])
def test_the_undergraduate_form_of_the_own_major_admits(engine, catalog, cell):
    status, reason = major_result(engine, catalog, cell, "护理", JUNIOR)
    assert (status, reason) == (Status.ELIGIBLE, "专业符合：岗位要求 护理学，您的专业为 护理")


def test_another_major_of_the_same_class_is_asked(engine, catalog):
    status, reason = major_result(engine, catalog, "助产学", "护理", JUNIOR)
    assert status is Status.NEEDS_REVIEW and "助产学" in reason
