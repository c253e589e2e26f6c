"""Two met age limits are said once where one implies the other for the graduate
(``matching.rules.said_once``); limits whose scopes or relaxations leave that open stay apart, a
refusal names every failed limit, and a relaxation the 年龄要求 cell and 备注 both state is said
once in its sentence (``matching.rules.age_joins.with_age_relaxations``)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Gender, Graduate, Job
from matching.rules import RulesEngine
from service.resources import load_major_catalog

#: The gkld civil-service form (13539629): the 年龄要求 cell, and again in 备注 among other sentences.
_LEVELS_AGES = ("大专生、本科生年龄须在18周岁以上、30周岁以下，即1995年11月至2008年11月期间出生；"
                "硕士、博士研究生（非在职）年龄须在18周岁以上、35周岁以下，即1990年11月至2008年11月期间出生")
_NOTES = "考生须正常毕业。" + _LEVELS_AGES.replace("；", "。")


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 5, 1))


def _job(*conditions: tuple[str, str]) -> Job:
    return Job(id="J1", title="综合管理岗", employer="某区人社局", education=parse_education_requirement("大专及以上"),
               conditions=conditions)


def _graduate(born: dt.date = dt.date(2000, 3, 1), level: EducationLevel = EducationLevel.BACHELOR,
              gender: Gender | None = Gender.FEMALE) -> Graduate:
    degree = {EducationLevel.BACHELOR: Degree.BACHELOR, EducationLevel.MASTER: Degree.MASTER}.get(level)
    return Graduate(id="G1", major="汉语言文学", major_code="050101", education=level, degree=degree,
                    birth_date=born, graduation_year=2026, gender=gender)


def _ages(engine, graduate: Graduate, *conditions: tuple[str, str]) -> list[str]:
    return [r for r in engine.check(graduate, _job(*conditions)).reasons() if r.startswith("年龄")]


def test_a_limit_stated_twice_is_said_once_as_the_dated_one(engine):
    ages = _ages(engine, _graduate(), ("年龄要求", "40周岁以下（1980年11月30日以后出生）"), ("备注", "年龄40周岁以下"))
    assert ages == ["年龄符合：岗位要求40周岁以下（1980年11月30日以后出生）"]


def test_a_relaxation_both_cells_state_is_said_once_and_the_bachelors_limit_once(engine):
    ages = _ages(engine, _graduate(), ("年龄要求", _LEVELS_AGES), ("备注", _NOTES))
    assert len(ages) == 1
    assert ages[0].startswith("年龄符合：岗位要求")
    assert ages[0].count("放宽至35周岁") <= 1


def test_the_levels_limits_stay_per_group_and_the_notes_add_no_relaxation(engine):
    # Every limit of the cell names a level: limits of those groups, not 30 for all relaxed to 35;
    # the same limits again in 备注 add nothing to them.
    conds = engine.parse(_job(("年龄要求", _LEVELS_AGES), ("备注", _NOTES)))
    (base,) = [c.payload for c in conds if c.kind.value == "age" and c.payload.scope is None]
    assert [r.who for r in base.groups] == ["大专生、本科生", "硕士、博士研究生(非在职)"]
    assert base.relaxations == () and base.maximum is None


def test_a_limit_stated_again_with_a_title_relaxation_is_said_once_with_it(engine):
    # The 备注 relaxation lifts the 年龄要求 limit too (2026-12-07: the plain limit had refused an older
    # title holder the 备注 one reviewed), so the two are one limit, said once as the post words it.
    ages = _ages(engine, _graduate(), ("年龄要求", "年龄在35周岁以下"),
                 ("备注", "年龄在35周岁以下，具有中级职称以上的，年龄可放宽至40周岁以下"))
    assert ages == ["年龄符合：岗位要求35周岁以下，具有中级职称以上放宽至40周岁"]


def test_a_limit_for_levels_the_graduate_does_not_hold_is_not_said_beside_the_one_for_all(engine):
    ages = _ages(engine, _graduate(), ("年龄要求", "年龄不超过35周岁"), ("备注", "硕士及以上学位年龄不超过35周岁"))
    assert ages == ["年龄符合：岗位要求35周岁以下"]


def test_for_a_woman_the_lower_limit_of_women_teachers_is_said(engine):
    ages = _ages(engine, _graduate(gender=Gender.FEMALE), ("年龄要求", "50周岁及以下"),
                 ("备注", "男教师年龄50周岁及以下，女教师年龄45周岁及以下"))
    assert len(ages) == 1 and ages[0].startswith("年龄符合：岗位要求45周岁以下")


def test_limits_of_different_scopes_neither_implying_the_other_stay_apart(engine):
    # 应届硕士研究生30周岁以下 binds only if the graduate is 应届, which the check decides, not this
    master = _graduate(level=EducationLevel.MASTER)
    ages = _ages(engine, master, ("年龄要求", "35周岁以下（1990年1月1日以后出生）"), ("备注", "考生须正常毕业。应届硕士研究生30周岁以下"),
                 ("其他要求", "年龄35周岁以下"))  # this one the first implies
    assert ages == ["年龄符合：岗位要求35周岁以下（1990年01月01日以后出生）", "年龄符合：岗位要求应届硕士研究生30周岁以下"]


def test_limits_bounding_different_ends_stay_apart(engine):
    ages = _ages(engine, _graduate(), ("年龄要求", "35周岁以下（1990年1月1日以后出生）"), ("备注", "考生须正常毕业。年满18周岁"),
                 ("其他要求", "年龄35周岁以下"))  # this one the first implies
    assert ages == ["年龄符合：岗位要求35周岁以下（1990年01月01日以后出生）", "年龄符合：岗位要求18周岁以上"]


def test_a_refusal_names_every_failed_limit_though_met_ones_are_said_once(engine):
    conditions = (("年龄要求", "40周岁以下（1980年11月30日以后出生）"), ("备注", "年龄40周岁以下"))
    too_old = _ages(engine, _graduate(born=dt.date(1979, 3, 1)), *conditions)
    assert len(too_old) == 2 and all(a.startswith("年龄不符") for a in too_old)
    assert len(_ages(engine, _graduate(), *conditions)) == 1


def test_a_relaxation_for_a_level_or_a_title_is_said_once_in_its_sentence(engine):
    # two relaxations (the level decides; holders of the title are reviewed), one wording
    (age,) = _ages(engine, _graduate(), ("年龄要求", "18至35周岁，具有博士研究生学历或中级职称的，年龄可放宽至40周岁"))
    assert age.count("放宽至40周岁") == 1
