"""Three readings of major lists (2026-12-07 graduate review):

- a 专科 major listed without level (「电气工程及其自动化、风力发电工程技术等相关专业」) reaches, for a graduate with no 专科
  code, the 本科 classes the reference table files it under (能源动力类 0805): far majors are refused, its class asked;
- the reason quotes a 相关 list as written: no 等 added to 「…相关专业」, one 等 on a shortened list;
- an academic master on a list naming only the 专业学位 of the same field (会计学 on 会计 1253, 金融学 on 金融 0251) is
  asked, as a 专业学位 master on the academic discipline is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE
MASTER, BACHELOR, JUNIOR = EducationLevel.MASTER, EducationLevel.BACHELOR, EducationLevel.JUNIOR_COLLEGE
SOLAR = "电气工程及其自动化、风力发电工程技术、光伏工程技术等相关专业"
SOCIAL = "社会工作、法学、行政管理、人力资源管理、社区管理与服务等相关专业"


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6), major_tables=load_major_code_tables())


def _major(engine, major: str, cell: str, level: EducationLevel = BACHELOR):
    job = Job(id="j1", title="运维工程师", education=parse_education_requirement("大专及以上"), conditions=(("专业", cell),))
    graduate = Graduate(id="g1", major=major, education=level, graduation_year=2026)
    (result,) = [r for r in engine.check(graduate, job).results if r.kind == "major"]
    return result


@pytest.mark.parametrize("major", ["会计学", "生物科学", "康复治疗学", "大气科学", "自动化"])
def test_a_far_bachelor_is_refused_on_a_related_list_naming_a_junior_major(engine, major):
    result = _major(engine, major, SOLAR)
    assert result.status is FAIL, result.reason
    assert result.reason == f"专业不符：岗位要求 {SOLAR}，您的专业为 {major}"


@pytest.mark.parametrize("major", ["能源与动力工程", "新能源科学与工程"])
def test_a_bachelor_of_the_class_a_junior_major_is_filed_under_is_asked(engine, major):
    assert _major(engine, major, SOLAR).status is REVIEW
    assert _major(engine, major, "风力发电工程技术").status is REVIEW  # without 相关 too, as a 专科 graduate on a 本科 major


def test_a_far_bachelor_is_refused_on_a_junior_major_alone(engine):
    assert _major(engine, "会计学", "风力发电工程技术").status is FAIL
    assert _major(engine, "会计学", "电气工程及其自动化、风力发电工程技术").status is FAIL


def test_a_junior_graduate_of_the_major_still_meets_it(engine):
    assert _major(engine, "风力发电工程技术", SOLAR, JUNIOR).status is OK
    assert _major(engine, "计算机应用技术", "计算机类", JUNIOR).status is OK  # the moved 专科-graduate reading


def test_the_related_reach_of_a_bachelor_major_is_its_class(engine):
    """自动化 (自动化类 0808) is not in 电气类 (0806): refused on 「电气工程及其自动化相关专业」 as on 「电气类相关专业」."""
    assert _major(engine, "自动化", "电气工程及其自动化相关专业").status is FAIL
    assert _major(engine, "电气工程与智能控制", "电气工程及其自动化相关专业").status is REVIEW


def test_a_related_list_is_quoted_without_an_added_deng(engine):
    assert _major(engine, "自动化", "电气工程及其自动化相关专业").reason == \
        "专业不符：岗位要求 电气工程及其自动化相关专业，您的专业为 自动化"
    assert _major(engine, "自动化", "电气类相关专业").reason == "专业不符：岗位要求 电气类相关专业，您的专业为 自动化"


def test_a_shortened_related_list_says_deng_once(engine):
    result = _major(engine, "网络与新媒体", SOCIAL)
    assert result.status is FAIL
    assert result.reason == "专业不符：岗位要求 社会工作、法学、行政管理、人力资源管理等5项相关专业，您的专业为 网络与新媒体"


@pytest.mark.parametrize("major, cell, code, academic", [
    ("会计学", "研究生：会计（1253）", "1253", "会计学"),
    ("金融学", "研究生：金融（0251）", "0251", "金融学"),
    ("法学", "研究生：法律（0351）", "0351", "法学"),
    ("教育学", "研究生：教育（0451）", "0451", "教育学"),
])
def test_an_academic_master_on_the_professional_degree_of_the_field_is_asked(engine, major, cell, code, academic):
    result = _major(engine, major, cell, MASTER)
    assert result.status is REVIEW, result.reason
    degree = cell.removeprefix("研究生：").split("（")[0]
    assert result.reason == (f"专业待核实：岗位列出专业学位「{degree}」（{code}），未写明是否接受同领域的学术学位（{academic}），"
                             "请向招聘单位核实")


def test_the_professional_master_on_the_academic_discipline_is_still_asked(engine):
    assert _major(engine, "会计", "研究生：会计学（120201）", MASTER).status is REVIEW


def test_a_master_of_another_field_stays_refused_on_a_professional_degree(engine):
    assert _major(engine, "工商管理", "研究生：会计（1253）", MASTER).status is FAIL
    assert _major(engine, "计算机科学与技术", "研究生：金融（0251）", MASTER).status is FAIL
