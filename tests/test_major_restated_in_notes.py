"""A 备注 clause that only restates the major list, naming the graduate's own major, is met with the major and
not asked again (2026-12-07 graduate review: gkld 13531285 校医务室护士 showed a 护理 graduate 「专业符合：岗位要求
护理…」 and 「条件待人工核实：临床医学、中西医结合专业、护理等专业」, the post 待核实 for it)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from matching.verdict import Status
from service.engine import load_rules_engine
from tests.factories import graduate, job

DAY = dt.date(2023, 1, 10)
LIST = "临床医学、中西医结合专业、护理等专业"


def _nurse(major="护理"):
    return graduate("g", major, education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE, graduation_year=2023)


def _post(note: str, majors: str = LIST):
    return job("j", "校医务室护士", education="专科及以上", majors=majors, conditions=(("备注", note),))


@pytest.fixture(scope="module")
def engine():
    return load_rules_engine(DAY)


def test_a_restated_list_naming_the_major_is_not_asked_again(engine):
    verdict = engine.check(_nurse(), _post(LIST))
    assert verdict.status is Status.ELIGIBLE
    reasons = verdict.reasons()
    assert not any(r.startswith("条件待人工核实") for r in reasons)
    assert any(r.startswith("专业符合") and "护理" in r for r in reasons)


@pytest.mark.parametrize("note", ["护理专业须具有护士资格证", "计算机相关专业", "医学影像技术专业"])
def test_a_clause_asking_more_or_naming_other_majors_stays_to_review(engine, note):
    verdict = engine.check(_nurse(), _post(note))
    assert verdict.status is Status.NEEDS_REVIEW
    assert f"条件待人工核实：{note}" in verdict.reasons()


def test_a_restated_list_is_not_met_where_the_major_list_refuses(engine):
    # 临床医学 named in the note but refused by the post's own list: the refusal stands, the note still asked.
    verdict = engine.check(_nurse("临床医学"), _post("临床医学、护理专业", majors="护理"))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert "条件待人工核实：临床医学、护理专业" in verdict.reasons()
