"""An age reason says the relaxations that can apply to the graduate's own level only: 「2026年应届硕士、博士研究生
为35周岁以下」 is noise to a 大专 graduate (Henan 2026 30075031, 2026-12-07 graduate review), while a 硕士 still
reads it, and a graduate of unknown level is still told it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog

TODAY = dt.date(2026, 1, 10)
CELL = "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下"


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=TODAY)


def _age(engine, level: EducationLevel | None, age: int):
    g = Graduate(id="g", major="护理", education=level, degree=Degree.MASTER if level is EducationLevel.MASTER else None,
                 birth_date=dt.date(TODAY.year - age - 1, 12, 1), graduation_year=2026)
    (r,) = [r for r in engine.check(g, Job(id="j", title="警长", conditions=(("年龄要求", CELL),))).results if r.kind == "age"]
    return r.status, r.reason


def test_a_junior_college_graduate_within_the_limit_is_not_told_the_masters_relaxation(engine):
    assert _age(engine, EducationLevel.JUNIOR_COLLEGE, 23) == (Status.ELIGIBLE, "年龄符合：岗位要求18至30周岁")


def test_a_junior_college_graduate_past_the_limit_is_refused_on_their_own_limit(engine):
    assert _age(engine, EducationLevel.JUNIOR_COLLEGE, 31) == (Status.NOT_ELIGIBLE, "年龄不符：岗位要求18至30周岁，您现年31周岁")


def test_a_master_and_an_unknown_level_still_read_the_relaxation(engine):
    status, reason = _age(engine, EducationLevel.MASTER, 33)
    assert status is Status.ELIGIBLE and "硕士、博士研究生放宽至35周岁" in reason
    assert "放宽至35周岁" in _age(engine, None, 23)[1]
