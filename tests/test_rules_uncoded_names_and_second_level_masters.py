"""A 硕士 recorded by a 二级学科 of 应用经济学, names the list parser gives no code, and 相关 on teachers' lists
(2026-12-07 graduate review).

- A 金融学 硕士 was 待核实 on Henan lists naming 应用经济学 (0202), the 一级学科 holding 金融学 (020204): the shipped tables
  lack 金融学 and 财政学, so the graduate had no 研究生 code. Found as 区域经济学 (020202) is, it is 符合 there and refused,
  as an 应用经济学 硕士 is, on 「气象类、信息技术类」 and an English teacher's list.
- 「马克思主义理论与思想政治教育」 (the 1997 二级学科 of 政治学) has no code: every graduate was 待核实 on a list naming it
  beside 思想政治教育. The reference table files it under 马克思主义理论类 (0305), which now decides.
- 「思想政治类、历史学类、地理学类、人文教育及历史与社会教育等相关专业」 asked every major; a 本科 学前教育 graduate was
  asked on 「思想政治类相关专业」「英语类相关专业」 by the 教育硕士 field of its name (045118, kin 0451) and 英语教育's 教育学类.
- A 本科 护理 graduate (the 本科 catalog's major is 护理学) was asked on every list; the reference table files 护理 under
  护理学类 (1011), which refuses it on lists of other classes, as for a 专科 graduate.
Fixture strings are written for the test, in the forms of gkld's and Henan's cells."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from tests.factories import listed_majors_result, rules_engine

BACHELOR, MASTER = EducationLevel.BACHELOR, EducationLevel.MASTER
HENAN_ECONOMICS = ("本科：经济学类（0201），财政学类（0202），金融学类（0203），工商管理类（1202）；研究生：理论经济学（0201），"
                   "应用经济学（0202），金融（0251），税务（0253），数字经济（0258），工商管理学（1202），工商管理（1251），会计（1253），"
                   "审计（1257）")
POLITICS = "思想政治教育、政治学、法学、马克思主义理论与思想政治教育、学科教学（思政）、政治学理论"
SOCIETY = "思想政治类、历史学类、地理学类、人文教育及历史与社会教育等相关专业"
ENGLISH_MASTERS = "本科阶段为英语类，研究生阶段为英语语言文学、外国语言学及应用语言学、翻译、课程与教学论、学科教学（英语）、英语类相关专业"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog, on=dt.date(2023, 1, 10))


@pytest.mark.parametrize("cell", [HENAN_ECONOMICS, "研究生：应用经济学（0202）"])
def test_a_second_level_master_is_admitted_by_its_first_level_discipline(engine, catalog, cell):
    result = listed_majors_result(engine, catalog, cell, "金融学", MASTER)
    assert (result.status, result.reason) == (Status.ELIGIBLE, "专业符合：岗位要求 应用经济学，您的专业为 金融学")


@pytest.mark.parametrize("cell", ["气象类、信息技术类", ENGLISH_MASTERS, SOCIETY, POLITICS])
@pytest.mark.parametrize("major", ["金融学", "应用经济学"])
def test_an_economics_master_is_refused_on_far_lists(engine, catalog, cell, major):
    result = listed_majors_result(engine, catalog, cell, major, MASTER)
    assert result.status is Status.NOT_ELIGIBLE, result.reason
    assert result.reason.endswith(f"您的专业为 {major}")


@pytest.mark.parametrize(("cell", "major"), [
    (POLITICS, "会计学"), (POLITICS, "护理"), ("汉语言文学、秘书学", "护理"),
    (SOCIETY, "护理"), (SOCIETY, "会计学"), (SOCIETY, "英语"), (SOCIETY, "计算机科学与技术"),
    ("思想政治类相关专业", "学前教育"), ("英语类相关专业", "学前教育"), ("思想政治类", "学前教育"), ("生物类相关专业", "学前教育"),
])
def test_a_far_major_is_refused(engine, catalog, cell, major):
    result = listed_majors_result(engine, catalog, cell, major, BACHELOR)
    assert result.status is Status.NOT_ELIGIBLE, result.reason
    assert result.reason.startswith("专业不符：岗位要求 ") and result.reason.endswith(f"您的专业为 {major}")


@pytest.mark.parametrize(("cell", "major", "level"), [
    ("思想政治教育、法学、马克思主义理论与思想政治教育", "马克思主义基本原理", MASTER),  # 马克思主义理论类, as the name
    (SOCIETY, "学前教育", BACHELOR),  # 教育学类, as 人文教育
    ("英语类、小学教育等相关专业", "学前教育", BACHELOR),  # 教育学类, as 小学教育
    ("护理学", "护理", BACHELOR),  # 护理学类: which major, the record does not say
    ("财政学、税收学", "应用经济学", MASTER),  # 经济学 majors: the 一级学科 holds 财政学
    ("研究生：财政学类", "金融学", MASTER),  # a sibling 二级学科 of 应用经济学, asked saying why
])
def test_near_or_unknown_majors_stay_asked(engine, catalog, cell, major, level):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert result.status is Status.NEEDS_REVIEW, result.reason


@pytest.mark.parametrize(("cell", "major"), [(SOCIETY, "历史学"), ("英语类相关专业", "英语教育"), (POLITICS, "思想政治教育")])
def test_listed_majors_stay_admitted(engine, catalog, cell, major):
    assert listed_majors_result(engine, catalog, cell, major, BACHELOR).status is Status.ELIGIBLE
