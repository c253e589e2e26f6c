"""A graduate of no group an all-level age list names (a doctor under 「本科生23周岁以下，硕士研究生
27周岁以下」, a 大专 graduate, a 往届 master under 应届 limits): within every listed limit no reading
of the post refuses them on age; past one, the review says their age and the limits they pass. A
group limit decided by its birth date names that date, not the age it did not decide on."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog

TODAY = dt.date(2023, 3, 1)
C, B, M, D = EducationLevel.JUNIOR_COLLEGE, EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR
LIST = "本科生23周岁以下，硕士研究生27周岁以下"


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=TODAY)


def _graduate(level: EducationLevel, born: dt.date, graduation_year: int = 2023) -> Graduate:
    degree = {C: Degree.NONE, B: Degree.BACHELOR, M: Degree.MASTER, D: Degree.DOCTOR}[level]
    return Graduate(id="g1", major="法学", education=level, degree=degree, birth_date=born, graduation_year=graduation_year)


def _check(engine, g: Graduate, age: str, education: str = "不限"):
    job = Job(id="j1", title="科员", conditions=(("学历要求", education), ("年龄要求", age)))
    return engine.check(g, job)


def _age(verdict):
    (r,) = [r for r in verdict.results if r.kind == "age"]
    return r


def test_a_doctor_within_every_listed_limit_is_not_held_on_age(engine):
    r = _age(_check(engine, _graduate(D, dt.date(2001, 5, 1)), LIST, "本科及以上"))
    assert r.status is Status.ELIGIBLE
    assert r.reason == "年龄符合：岗位要求本科生23周岁以下，硕士研究生27周岁以下，您不属于所列人员，年龄在所列各项要求以内"


def test_a_doctor_past_a_listed_limit_is_told_their_age(engine):
    r = _age(_check(engine, _graduate(D, dt.date(1993, 5, 1)), LIST, "本科及以上"))
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason == ("年龄待核实：岗位要求本科生23周岁以下，硕士研究生27周岁以下，您不属于所列人员，"
                        "岗位未注明对您的年龄要求，您现年29周岁，超出本科生、硕士研究生的年龄要求，请向招聘单位核实")
    # Past only the lower limit: still reviewed, and only that group is named.
    r = _age(_check(engine, _graduate(D, dt.date(1998, 5, 1)), LIST, "本科及以上"))
    assert r.status is Status.NEEDS_REVIEW and r.reason.endswith("您现年24周岁，超出本科生的年龄要求，请向招聘单位核实")


def test_a_junior_college_graduate_is_refused_for_education_and_not_held_on_age(engine):
    verdict = _check(engine, _graduate(C, dt.date(2002, 5, 1)), LIST, "本科及以上")
    assert verdict.status is Status.NOT_ELIGIBLE
    (edu,) = [r for r in verdict.results if r.kind == "education"]
    assert edu.status is Status.NOT_ELIGIBLE
    assert _age(verdict).status is Status.ELIGIBLE
    # Where the post takes any level, an older one is reviewed with the age said.
    r = _age(_check(engine, _graduate(C, dt.date(1995, 5, 1)), LIST))
    assert r.status is Status.NEEDS_REVIEW and "您现年27周岁" in r.reason


def test_a_non_fresh_master_under_fresh_limits(engine):
    fresh = "应届硕士研究生30周岁以下，应届博士研究生35周岁以下"
    assert _age(_check(engine, _graduate(M, dt.date(1997, 5, 1), 2020), fresh)).status is Status.ELIGIBLE
    r = _age(_check(engine, _graduate(M, dt.date(1990, 5, 1), 2020), fresh))
    assert r.status is Status.NEEDS_REVIEW and "您现年32周岁，超出应届硕士研究生的年龄要求" in r.reason


def test_a_group_limit_failed_on_its_birth_date_names_the_date(engine):
    text = ("本科生年龄须在18周岁以上、30周岁以下,即1991年11月至2004年11月期间出生,"
            "硕士、博士研究生（非在职）年龄须在18周岁以上、35周岁以下,即1986年11月至2004年11月期间出生")
    r = _age(_check(engine, _graduate(D, dt.date(1986, 5, 1)), text))
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason.endswith("您出生于1986年05月01日，硕士、博士研究生(非在职)须1986年11月01日以后出生")
