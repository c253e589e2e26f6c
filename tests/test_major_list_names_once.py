"""A major list naming one class twice under two catalogs (Henan 2026: 「计算机类（0809），…计算机类（3102）」,
the undergraduate and the vocational-undergraduate class) is read to the graduate with each name once
(2026-12-07 graduate review: 「本科：计算机类、本科：计算机类」 in the reason of post 16064012)."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from features.major_requirements import parse_major_requirement
from features.records import Graduate
from matching.rules.majors import MajorChecker
from matching.verdict import Status
from service.model_store import load_major_code_tables

# Henan 2026, post 16064012 (淇县行政审批和政务信息管理局), the 专业 cell as written.
TWICE = "本科：电子信息类（0807），计算机类（0809），管理科学与工程类（1201），计算机类（3102）"


@pytest.fixture(scope="module")
def check(catalog):
    tables = load_major_code_tables()
    checker = MajorChecker(catalog, tables)

    def run(text: str, *, major: str, education: EducationLevel) -> tuple[Status, str]:
        graduate = Graduate(id="g", major=major, education=education)
        return checker.check(parse_major_requirement(text, catalog, tables=tables), graduate)
    return run


def test_a_refusal_by_level_names_a_class_listed_twice_once(check):
    status, reason = check(TWICE, major="计算机科学与技术", education=EducationLevel.MASTER)
    assert status is Status.NOT_ELIGIBLE
    assert reason == ("专业不符：岗位只列出本科专业（本科：电子信息类、本科：计算机类、本科：管理科学与工程类），"
                      "您的学历为硕士研究生")


def test_a_refusal_by_major_names_a_class_listed_twice_once(check):
    status, reason = check(TWICE, major="汉语言文学", education=EducationLevel.BACHELOR)
    assert status is Status.NOT_ELIGIBLE
    assert reason.count("计算机类") == 1, reason
    assert "等" not in reason  # three names, not 「等4项」
