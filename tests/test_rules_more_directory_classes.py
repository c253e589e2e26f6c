"""More class names of provinces' 专业参考目录 (2026-12-07 review) and reasons said once.

- 「财务财会类」「会计与审计类」「金融财会类」「财政金融类」「数学统计学类」「医学大类」「建筑工程类」「安全生产类」 and the
  teachers' 「思想政治类」 were unresolved (every graduate 待核实, or 安全生产 read as the major 安全生产监管): named fields
  now (``features.major_fields``, hand-made by their plain meaning), each saying what it is in its own words.
- 「经济类专业」 was said 「岗位要求 经济、金融学类」 (the list parser read 类专业 as a suffix): a class so written keeps its 类.
- A met age limit beside a refused stricter one (35周岁以下; 「年龄不得放宽，30周岁以下」) is not said too.
- 「…有相关经验者可适当放宽」 beside an unread age clause was said 「…可适当放宽，备注所述人员可适当放宽」: once.
Fixture strings are written for the test, in the forms of gkld's cells."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from tests.factories import graduate, job, listed_majors_result, rules_engine

BACHELOR, MASTER, JUNIOR = EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog, on=dt.date(2023, 1, 10))


@pytest.mark.parametrize(("cell", "major", "level", "said"), [
    ("财务财会类", "会计学", BACHELOR, "财务财会类"), ("财务财会类", "财务管理", BACHELOR, "财务财会类"),
    ("会计与审计类", "审计学", BACHELOR, "会计与审计类"), ("会计与审计类", "会计", MASTER, "会计与审计类"),
    ("会计与审计类、财政金融类", "金融学", BACHELOR, "财政金融类"), ("金融财会类", "金融学", BACHELOR, "金融财会类"),
    ("本科：数学统计学类；研究生：数学统计学类", "统计学", BACHELOR, "数学统计学类"),
    ("本科：数学统计学类；研究生：数学统计学类", "应用统计", MASTER, "数学统计学类"),
    ("财务会计类、数学统计类专业", "数学与应用数学", BACHELOR, "数学统计类"),
    ("医学大类等相关专业", "护理学", BACHELOR, "医学大类"), ("医学大类", "临床医学", MASTER, "医学大类"),
    ("建筑工程类", "土木工程", BACHELOR, "建筑工程类"), ("建筑工程类", "建筑工程技术", JUNIOR, "建筑工程类"),
    ("法律类，计算机大类，安全生产类专业", "安全工程", BACHELOR, "安全生产类"),
    ("思想政治类相关专业", "思想政治教育", BACHELOR, "思想政治类"),
])
def test_a_major_the_class_plainly_holds_meets_it(engine, catalog, cell, major, level, said):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert (result.status, result.reason) == (Status.ELIGIBLE, f"专业符合：岗位要求 {said}，您的专业为 {major}")


@pytest.mark.parametrize(("cell", "major"), [("财务财会类", "汉语言文学"), ("医学大类", "法学"), ("建筑工程类", "化学工程与工艺"),
                                             ("安全生产类", "汉语言文学")])
def test_a_major_of_another_field_is_refused(engine, catalog, cell, major):
    result = listed_majors_result(engine, catalog, cell, major)
    assert result.status is Status.NOT_ELIGIBLE, result.reason


@pytest.mark.parametrize(("cell", "major", "what"), [
    ("财务财会类", "工商管理", "「财务财会类」为部分省份专业参考目录的类名（含会计、财务管理、审计等专业）"),
    ("会计与审计类", "财务管理", "「会计与审计类」为部分省份专业参考目录的类名（含会计、审计等专业）"),
    ("建筑工程类", "建筑学", "「建筑工程类」为部分省份专业参考目录的类名（含土木类专业，研究生土木工程）"),
])
def test_an_uncertain_member_is_asked_naming_what_the_class_is(engine, catalog, cell, major, what):
    result = listed_majors_result(engine, catalog, cell, major)
    assert result.status is Status.NEEDS_REVIEW
    assert what in result.reason and "高职" not in result.reason


@pytest.mark.parametrize(("cell", "major", "level", "said"), [
    ("经济类专业、金融学类", "会计学", BACHELOR, "岗位要求 经济类、金融学类，其中「经济类」"),
    ("研究生阶段为社会政治类专业", "法学", MASTER, "岗位要求 社会政治类，"),
    ("中文文秘类专业", "新闻学", BACHELOR, "岗位要求 中文文秘类，「中文文秘类」"),
])
def test_a_class_named_with_类专业_is_said_as_written(engine, catalog, cell, major, level, said):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert said in result.reason, result.reason


def age_reasons(engine, born, *cells):
    verdict = engine.check(graduate("g", "法学", education=BACHELOR, birth_date=born), job("j", "科员", conditions=cells))
    return [r for r in verdict.reasons() if r.startswith("年龄")]


def test_a_met_limit_is_not_said_beside_the_stricter_one_refused(engine):
    cells = (("年龄要求", "35周岁以下"), ("备注", "（二）年龄不得放宽，30周岁以下"))
    assert age_reasons(engine, dt.date(1990, 5, 1), *cells) == ["年龄不符：岗位要求30周岁以下，您现年32周岁"]
    assert age_reasons(engine, dt.date(1995, 5, 1), *cells) == ["年龄符合：岗位要求30周岁以下"]


def test_an_open_relaxation_is_said_once_beside_an_unread_age_clause(engine):
    cells = (("年龄要求", "30周岁以下，硕士、博士及有工作经验者可适当放宽"),
             ("备注", "具有研究生学历的，年龄可放宽至35周岁，出生日期可放宽至1987年1月1日"))
    (age,) = age_reasons(engine, dt.date(1990, 5, 1), *cells)
    assert age == "年龄待核实：岗位要求30周岁以下，硕士、博士及有工作经验者可适当放宽，您现年32周岁，请核实是否适用放宽条件"
