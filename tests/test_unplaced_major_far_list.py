"""A 专科 graduate whose major is a 本科 name (计算机科学与技术: not in the 专科 catalog) is left 待核实 on every
list; a list naming nothing of their 门类 (「专科：教育类；本科：教育学类」) ranks as a far lower-level list does,
below a list naming 计算机类 (2026-12-07 graduate review: on Henan two 扶沟县公安局 posts listing 教育类、体育类
ranked first for such a graduate, by the learned fit alone)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from matching.verdict import Status
from service.engine import load_rules_engine
from tests.factories import graduate, job

DAY = dt.date(2026, 1, 10)
FAR = "专科：教育类（5701），体育类（5703）；本科：教育学类（0401），体育学类（0402），心理学类（0711）"
NEAR = "专科：计算机类（5102），文秘类（5904）；本科：计算机类（0809），工商管理类（1202）"


def _junior():
    return graduate("g", "计算机科学与技术", education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE,
                    graduation_year=2026, intention="想做软件开发")


@pytest.mark.parametrize(("majors", "far"), [(FAR, True), (NEAR, False)])
def test_a_list_far_from_an_unplaced_major_is_flagged(majors, far):
    verdict = load_rules_engine(DAY).check(_junior(), job("j", "一级科员", education="大专及以上", majors=majors))
    (major,) = [r for r in verdict.results if r.kind == "major"]
    assert major.status is Status.NEEDS_REVIEW and major.far_list is far
    assert "计算机科学与技术 是否属于其中" in major.reason


def test_a_placed_major_is_never_flagged_by_its_own_level():
    # A 本科 graduate of a catalog major is judged by the list, not by this flag.
    bachelor = graduate("b", "计算机科学与技术", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                        graduation_year=2026)
    verdict = load_rules_engine(DAY).check(bachelor, job("j", "一级科员", education="大专及以上", majors=FAR))
    (major,) = [r for r in verdict.results if r.kind == "major"]
    assert major.status is Status.NOT_ELIGIBLE and not major.far_list
