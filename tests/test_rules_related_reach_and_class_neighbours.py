"""How far 「…相关专业」 reaches on a named field, and neighbours asked on a 本科 class named for 研究生 graduates
(2026-12-07 review).

- 「英语类相关专业」「英语类、小学教育等相关专业」 (gkld, teachers' posts): 相关 asked every graduate, 会计学 and
  临床医学 too. It reaches now the field's kin, the classes inside and its members' classes (日语, of 外国语言文学类
  like 英语, asked); a major sharing none of them is refused (``matching.rules.related_fields``). 「气象类、气象相关类」
  to a 专科 graduate still asks any major, as the 本科 reading does.
- 「研究生：财政学类」 refused 金融学 and 「研究生：生物科学类」 生物工程; 应用经济学 was asked with no reason on any class:
  the 研究生 catalog puts 财政学, 金融学, 国际贸易学 under 应用经济学 (0202), so a sibling 二级学科 or a graduate recorded
  by the 一级学科 is asked, saying why; a named field holding the class with the major among its kin (生物类: 生物工程)
  asks too; a name filed under no 本科 class is refused where its 研究生 门类 is another (应用经济学 on 计算机类).
Fixture strings are written for the test, in the forms of gkld's cells."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from tests.factories import listed_majors_result, rules_engine

BACHELOR, MASTER, JUNIOR = EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog, on=dt.date(2023, 1, 10))


@pytest.mark.parametrize(("cell", "major", "level"), [
    ("英语类相关专业", "会计学", BACHELOR), ("英语类相关专业", "临床医学", BACHELOR), ("英语类相关专业", "汉语言文学", BACHELOR),
    ("英语类相关专业", "会计学", MASTER), ("英语类相关专业", "会计", JUNIOR),
    ("英语类、小学教育等相关专业", "会计学", BACHELOR),
    ("思想政治类相关专业", "计算机科学与技术", BACHELOR),
    ("本科阶段为英语类，研究生阶段为英语语言文学、翻译、学科教学（英语）、英语类相关专业", "会计学", MASTER),
])
def test_a_major_far_from_a_named_field_is_refused_on_its_related_list(engine, catalog, cell, major, level):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert result.status is Status.NOT_ELIGIBLE, result.reason
    # quoted as written: 「英语类相关专业」 gains no 等 (2026-12-07), 「…小学教育等相关专业」 keeps its own
    said = "等相关专业" if "等相关" in cell else "相关专业"
    assert result.reason.startswith("专业不符：岗位要求 ") and result.reason.endswith(f"{said}，您的专业为 {major}")


@pytest.mark.parametrize(("cell", "major", "level"), [
    ("英语类相关专业", "日语", BACHELOR),  # 外国语言文学类, the class of 英语
    ("英语类相关专业", "翻译", BACHELOR),
    ("英语类相关专业", "外国语言学及应用语言学", MASTER),  # 外国语言文学 0502
    ("英语类、小学教育等相关专业", "学前教育", BACHELOR),  # 教育学类, as 小学教育
    ("思想政治类相关专业", "法学", BACHELOR),  # the subject is taught as 道德与法治
    ("思想政治类", "法学", BACHELOR),
])
def test_near_kin_stays_asked_on_a_related_list(engine, catalog, cell, major, level):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert result.status is Status.NEEDS_REVIEW, result.reason


def test_a_related_list_still_admits_its_members(engine, catalog):
    assert listed_majors_result(engine, catalog, "英语类相关专业", "商务英语", BACHELOR).status is Status.ELIGIBLE


def test_meteorology_related_asks_any_major_at_every_level(engine, catalog):
    # The 本科 reading (0751) asks every major past the 门类 on 「气象相关类」; the 专科 named field follows it.
    for major, level in (("会计", JUNIOR), ("会计学", BACHELOR)):
        assert listed_majors_result(engine, catalog, "气象类、气象相关类", major, level).status is Status.NEEDS_REVIEW


@pytest.mark.parametrize(("cell", "major", "why"), [
    ("研究生：财政学类", "金融学", "财政学类为本科专业类，研究生阶段对应应用经济学一级学科下的财政学等二级学科，您的专业 金融学 "
                           "同属应用经济学一级学科，岗位未写明是否接受，请向招聘单位核实"),
    ("研究生：金融学类", "财政学", "金融学类为本科专业类，研究生阶段对应应用经济学一级学科下的金融学等二级学科，您的专业 财政学 "
                           "同属应用经济学一级学科，岗位未写明是否接受，请向招聘单位核实"),
    ("研究生：生物科学类", "生物工程", "生物科学类为本科专业类，您的专业 生物工程 与其相近（部分省份专业目录的「生物类」可能包含二者），"
                             "岗位未写明是否接受，请向招聘单位核实"),
])
def test_an_uncertain_neighbour_is_asked_saying_why(engine, catalog, cell, major, why):
    result = listed_majors_result(engine, catalog, cell, major, MASTER)
    assert (result.status, result.reason) == (Status.NEEDS_REVIEW, f"专业待核实：岗位要求 {cell.removeprefix('研究生：')}，{why}")


@pytest.mark.parametrize(("klass", "field"), [("财政学类", "财政学"), ("金融学类", "金融学"), ("经济与贸易类", "国际贸易学")])
def test_applied_economics_is_asked_for_its_second_level_field(engine, catalog, klass, field):
    result = listed_majors_result(engine, catalog, f"研究生：{klass}", "应用经济学", MASTER)
    assert (result.status, result.reason) == (Status.NEEDS_REVIEW, (
        f"专业待核实：岗位要求 {klass}，{klass}为本科专业类，研究生阶段对应应用经济学一级学科下的{field}等二级学科，"
        f"您的专业登记为一级学科 应用经济学，请核实您的二级学科（研究方向）是否在列"))


@pytest.mark.parametrize(("cell", "major"), [
    ("研究生：计算机类", "应用经济学"),  # filed under no 本科 class, 经济学 门类 ≠ 工学
    ("本科：动物医学类；研究生：动物医学类", "应用经济学"),
    ("研究生：生物科学类", "化学"),
    ("研究生：财政学类", "法学"),
])
def test_a_master_far_from_the_class_is_still_refused(engine, catalog, cell, major):
    assert listed_majors_result(engine, catalog, cell, major, MASTER).status is Status.NOT_ELIGIBLE
