"""An open relaxation for a level (2026-12-07 review): 「35周岁以下（硕士研究生以上可适当放宽）」 says the
limit may be relaxed for 硕士, not by how much, yet it admitted a 硕士 of any age as 符合. A 硕士 within
the limit meets it; an older one is reviewed, told the post states no relaxed age and to ask the
employer (as an older graduate is under a relaxation for experience,
tests/test_rules_age_relaxed_for_experience.py); a 本科 above it is refused; a relaxation to a stated
age decides by that age. Fixture strings are written for the test in the forms the gkld table
uses, not copied from it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

BACHELOR, MASTER, DOCTOR = EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR
YOUNG, OLDER, OLDEST = dt.date(1995, 5, 1), dt.date(1985, 5, 1), dt.date(1960, 5, 1)  # 27, 37, 62 on the day


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 1, 10),
                       major_tables=load_major_code_tables())


def age_result(engine, text, born, level):
    verdict = engine.check(graduate("g", "法学", education=level, birth_date=born),
                           job("j", "综合管理", conditions=(("其他要求", text),)))
    assert not any(r.kind == "needs_review" for r in verdict.results), verdict.results
    (age,) = [r for r in verdict.results if r.kind == "age"]
    return age


OPEN = [
    "年龄在35周岁以下（含35周岁，硕士研究生以上可适当放宽）",
    "35周岁以下，硕士研究生以上可适当放宽",
    "年龄35周岁以下，硕士及以上学历的可适当放宽",
]


@pytest.mark.parametrize("text", OPEN)
def test_a_master_within_the_limit_meets_it(engine, text):
    assert age_result(engine, text, YOUNG, MASTER).status is Status.ELIGIBLE


@pytest.mark.parametrize("text", OPEN)
@pytest.mark.parametrize("born", [OLDER, OLDEST])
def test_an_older_master_is_reviewed_not_admitted_at_any_age(engine, text, born):
    age = age_result(engine, text, born, MASTER)
    assert age.status is Status.NEEDS_REVIEW
    years = 2022 - born.year  # born in May, counted on 2023-01-10
    assert age.reason.endswith(f"，您现年{years}周岁，岗位对硕士研究生可适当放宽年龄但未注明放宽至多少周岁，请向招聘单位确认")


def test_a_doctor_above_the_limit_is_reviewed_under_a_relaxation_from_master_up(engine):
    age = age_result(engine, OPEN[1], OLDER, DOCTOR)
    assert age.status is Status.NEEDS_REVIEW
    assert "岗位对博士研究生可适当放宽年龄但未注明放宽至多少周岁" in age.reason


@pytest.mark.parametrize("text", OPEN)
def test_a_bachelor_above_the_limit_is_refused(engine, text):
    assert age_result(engine, text, OLDER, BACHELOR).status is Status.NOT_ELIGIBLE


def test_a_relaxation_for_another_level_leaves_a_master_refused(engine):
    assert age_result(engine, "35周岁以下，博士研究生年龄可适当放宽", OLDER, MASTER).status is Status.NOT_ELIGIBLE


def test_a_relaxation_to_a_stated_age_decides_by_it(engine):
    text = "35周岁以下，硕士研究生以上可放宽至40周岁"
    assert age_result(engine, text, OLDER, MASTER).status is Status.ELIGIBLE
    assert age_result(engine, text, OLDEST, MASTER).status is Status.NOT_ELIGIBLE


def test_a_stated_relaxation_beside_the_open_one_admits_whom_it_covers(engine):
    """The open relaxation reviews a 硕士 of 37; 博士放宽至40周岁 admits a doctor of 37 outright."""
    text = "35周岁以下，硕士研究生可适当放宽，博士研究生可放宽至40周岁"
    assert age_result(engine, text, OLDER, DOCTOR).status is Status.ELIGIBLE
    assert age_result(engine, text, OLDER, MASTER).status is Status.NEEDS_REVIEW


def test_the_relaxation_lifts_the_limit_another_cell_restates(engine):
    """年龄要求 states the limit, 其他要求 states it again with the open relaxation for 硕士: the plain
    one had refused the 硕士 the other admitted; both now review them (gkld has such a post)."""
    cells = (("年龄要求", "35周岁以下"), ("其他要求", "年龄在35周岁以下（含35周岁，硕士研究生以上可适当放宽）"))
    for level, status in ((MASTER, Status.NEEDS_REVIEW), (BACHELOR, Status.NOT_ELIGIBLE)):
        verdict = engine.check(graduate("g", "法学", education=level, birth_date=OLDER), job("j", "综合管理", conditions=cells))
        assert [r.status for r in verdict.results if r.kind == "age"] == [status, status]
        assert verdict.status is status or status is Status.NEEDS_REVIEW and verdict.status is not Status.NOT_ELIGIBLE
