"""A limit for one group below the general one (「年龄35周岁以下。应届硕士研究生30周岁以下」) narrows the
limit for that group's graduates; one above it (博士研究生40周岁以下) still relaxes it. Where the record
cannot tell whether the graduate is of the group, the post is 待核实."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.resources import load_major_catalog

TODAY = dt.date(2026, 5, 1)


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=TODAY)


def _graduate(level: EducationLevel, age: int, graduation_year: int | None = 2026) -> Graduate:
    return Graduate(id="g1", major="法学", education=level, degree=Degree.MASTER if level >= EducationLevel.MASTER else Degree.BACHELOR,
                    birth_date=dt.date(TODAY.year - age - 1, 12, 1), graduation_year=graduation_year)


def _age(engine, g: Graduate, text: str):
    (r,) = [r for r in engine.check(g, Job(id="j1", title="科员", conditions=(("年龄要求", text),))).results if r.kind == "age"]
    return r


STRICTER = "年龄35周岁以下。应届硕士研究生30周岁以下"


def test_stricter_group_limit_is_parsed_as_narrowing_not_relaxation():
    (c,) = parse_cell("年龄要求", STRICTER)
    assert c.payload.maximum == 35
    assert c.payload.relaxations == ()
    assert [(r.who, r.maximum) for r in c.payload.stricter] == [("应届硕士研究生", 30)]


def test_fresh_master_past_the_group_limit_is_refused_naming_it(engine):
    r = _age(engine, _graduate(EducationLevel.MASTER, 32), STRICTER)
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason == "年龄不符：岗位要求35周岁以下，应届硕士研究生30周岁以下，您现年32周岁，应届硕士研究生须30周岁以下"


def test_bachelor_of_the_same_age_passes(engine):
    assert _age(engine, _graduate(EducationLevel.BACHELOR, 32), STRICTER).status is Status.ELIGIBLE


def test_master_within_the_group_limit_passes(engine):
    assert _age(engine, _graduate(EducationLevel.MASTER, 28), STRICTER).status is Status.ELIGIBLE


def test_unknown_graduation_year_is_reviewed_not_guessed(engine):
    r = _age(engine, _graduate(EducationLevel.MASTER, 32, graduation_year=None), STRICTER)
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason.endswith("应届硕士研究生须30周岁以下，请核实您是否属于应届硕士研究生")


def test_unknown_level_is_reviewed(engine):
    g = Graduate(id="g1", major="法学", birth_date=dt.date(1993, 12, 1), graduation_year=2026)
    assert _age(engine, g, STRICTER).status is Status.NEEDS_REVIEW


def test_stricter_and_looser_groups_in_one_cell(engine):
    text = "年龄35周岁以下，硕士研究生30周岁以下，博士研究生40周岁以下"
    assert _age(engine, _graduate(EducationLevel.MASTER, 32), text).status is Status.NOT_ELIGIBLE
    assert _age(engine, _graduate(EducationLevel.DOCTOR, 38), text).status is Status.ELIGIBLE
    assert _age(engine, _graduate(EducationLevel.BACHELOR, 34), text).status is Status.ELIGIBLE


def test_looser_group_limit_still_relaxes(engine):
    text = "35周岁以下，博士研究生40周岁以下"
    (c,) = parse_cell("年龄要求", text)
    assert c.payload.stricter == () and [r.maximum for r in c.payload.relaxations] == [40]
    assert _age(engine, _graduate(EducationLevel.DOCTOR, 38), text).status is Status.ELIGIBLE
    assert _age(engine, _graduate(EducationLevel.MASTER, 38), text).status is Status.NOT_ELIGIBLE


# A group named by the season alone (应届毕业生, 往届生) needs no level: the graduation year tells it.
@pytest.mark.parametrize("text, fresh_status, past_status", [
    ("35周岁以下，应届毕业生30周岁以下", Status.NOT_ELIGIBLE, Status.ELIGIBLE),
    ("35周岁以下，往届生30周岁以下", Status.ELIGIBLE, Status.NOT_ELIGIBLE),
    ("35周岁以下，非应届毕业生30周岁以下", Status.ELIGIBLE, Status.NOT_ELIGIBLE),
])
def test_a_season_group_is_told_by_the_graduation_year(engine, text, fresh_status, past_status):
    assert _age(engine, _graduate(EducationLevel.BACHELOR, 32), text).status is fresh_status
    assert _age(engine, _graduate(EducationLevel.BACHELOR, 32, graduation_year=2020), text).status is past_status
    assert _age(engine, _graduate(EducationLevel.BACHELOR, 32, graduation_year=None), text).status is Status.NEEDS_REVIEW


def test_a_season_group_binds_a_graduate_of_no_recorded_level(engine):
    g = Graduate(id="g1", major="法学", birth_date=dt.date(1993, 12, 1), graduation_year=2026)
    r = _age(engine, g, "35周岁以下，应届毕业生30周岁以下")
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason == "年龄不符：岗位要求35周岁以下，应届毕业生30周岁以下，您现年32周岁，应届毕业生须30周岁以下"


def test_a_group_named_by_a_title_is_asked_in_plain_words(engine):
    r = _age(engine, _graduate(EducationLevel.BACHELOR, 32), "35周岁以下，具有副高职称30周岁以下")
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason == ("年龄待核实：岗位要求35周岁以下，具有副高职称30周岁以下，您现年32周岁，"
                        "具有副高职称者须30周岁以下，请核实您是否具有副高职称")


def test_a_group_birth_date_limit_is_said_with_the_birth_date(engine):
    text = "1990年1月1日以后出生，应届硕士研究生1995年1月1日以后出生"
    r = _age(engine, _graduate(EducationLevel.MASTER, 32), text)
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason == ("年龄不符：岗位要求1990年01月01日以后出生，应届硕士研究生1995年01月01日以后出生，"
                        "您出生于1993年12月01日，应届硕士研究生须1995年01月01日以后出生")
