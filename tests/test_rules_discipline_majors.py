"""A 一级学科 named with no level (「马克思主义理论一级学科」) is a 研究生 discipline of the 学科目录, not the
本科 major of the same name; 「取得相应学位（2021届毕业生须于…前取得毕业证、学位证）」 asks the degree. Cells
written in the style of the gkld tables (2026-12-06, session 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.major_lookup import StudyLevel
from features.major_requirements import parse_major_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables

DAY = dt.date(2021, 5, 1)
BACHELOR = (EducationLevel.BACHELOR, Degree.BACHELOR)
MASTER = (EducationLevel.MASTER, Degree.MASTER)


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def engine(catalog, tables):
    return RulesEngine(catalog=catalog, major_tables=tables, reference_date=DAY)


def major_result(engine, catalog, cell: str, major: str, level=BACHELOR):
    code = catalog.resolve(major)
    graduate = Graduate(id="G1", major=major, major_code=code.code if code and level is BACHELOR else None,
                        education=level[0], degree=level[1], graduation_year=2021)
    verdict = engine.check(graduate, Job(id="J1", title="教师", conditions=(("专业要求", cell),)))
    (result,) = [r for r in verdict.results if r.kind == "major"]
    return result


def test_discipline_without_level_is_read_as_the_discipline(catalog, tables):
    req = parse_major_requirement("马克思主义理论一级学科、政治学一级学科", catalog, tables=tables)
    assert [(r.code, r.catalog, r.name) for r in req.refs] == [
        ("0305", StudyLevel.GRADUATE, "马克思主义理论(一级学科)"), ("0302", StudyLevel.GRADUATE, "政治学(一级学科)")]
    # no 本科 code: the pre-filter leaves such a list to the rules
    assert req.admits_undergrad_keys() == frozenset()


def test_bracketed_discipline_with_a_direction_narrows_it(catalog, tables):
    req = parse_major_requirement("政治学（一级学科，要求中共党史方向）", catalog, tables=tables)
    assert [(r.code, r.only) for r in req.refs] == [("0302", ("中共党史方向",))]


def test_levelled_lists_and_class_names_are_unchanged(catalog, tables):
    req = parse_major_requirement("本科：教育学类研究生：教育学（一级学科）", catalog, tables=tables)
    assert [(r.level, r.code) for r in req.refs] == [(StudyLevel.UNDERGRADUATE, "0401"), (StudyLevel.GRADUATE, "0401")]
    req = parse_major_requirement("工商管理类一级学科", catalog, tables=tables)
    assert [(r.code, r.catalog) for r in req.refs] == [("1202", StudyLevel.UNDERGRADUATE)]


@pytest.mark.parametrize("cell, major, level", [
    ("马克思主义理论一级学科", "思想政治教育", BACHELOR),  # 思想政治教育 is a second-level discipline of 0305
    ("马克思主义理论一级学科", "思想政治教育", MASTER),
    ("工商管理一级学科", "会计学", BACHELOR),
    ("工商管理一级学科", "会计学", MASTER),
    ("工商管理一级学科", "财务管理", BACHELOR),  # 本科 工商管理类, the class of the discipline's name
    ("马克思主义理论（一级学科）、政治学（一级学科）", "政治学与行政学", BACHELOR),
    ("计算机科学与技术一级学科", "计算机科学与技术", BACHELOR),
    ("计算机科学与技术一级学科", "计算机科学与技术", MASTER),
])
def test_a_major_of_the_discipline_is_admitted(engine, catalog, cell, major, level):
    result = major_result(engine, catalog, cell, major, level)
    assert result.status is Status.ELIGIBLE, result.reason
    assert result.reason.startswith("专业符合：岗位要求 ")


def test_wrong_refusal_on_marxism_discipline_is_gone(engine, catalog):
    result = major_result(engine, catalog, "马克思主义理论一级学科", "思想政治教育")
    assert result.reason == "专业符合：岗位要求 马克思主义理论(一级学科)，您的专业为 思想政治教育"


def test_bachelor_of_a_kindred_class_is_asked_not_refused(engine, catalog):
    # 计算机类 is not named 计算机科学与技术类: which 本科 majors the discipline takes is the employer's to say
    result = major_result(engine, catalog, "计算机科学与技术一级学科", "软件工程")
    assert result.status is Status.NEEDS_REVIEW
    assert result.reason == ("专业待核实：岗位要求 计算机科学与技术(一级学科)，为研究生一级学科，未写本科专业要求；"
                             "请向招聘单位核实本科软件工程专业可否报考")


def test_direction_asked_is_reviewed(engine, catalog):
    result = major_result(engine, catalog, "马克思主义理论（一级学科，要求思想政治教育研究方向）", "马克思主义理论", MASTER)
    assert result.status is Status.NEEDS_REVIEW
    assert "仅限思想政治教育研究方向" in result.reason


@pytest.mark.parametrize("cell, major, level", [
    ("马克思主义理论一级学科", "会计学", BACHELOR),
    ("马克思主义理论一级学科", "会计学", MASTER),
    ("工商管理一级学科", "临床医学", BACHELOR),
])
def test_a_major_of_another_field_is_still_refused(engine, catalog, cell, major, level):
    result = major_result(engine, catalog, cell, major, level)
    assert result.status is Status.NOT_ELIGIBLE
    assert result.reason.startswith("专业不符：")


DEGREE_DUE = "1.具有相应学位（2021届毕业生须于2021年7月15日前取得毕业证书、学位证书）。2.具有相应的教师资格证书"


def test_degree_with_a_due_day_is_read_as_the_degree():
    assert [describe_condition(c) for c in parse_cell("备注", DEGREE_DUE)][:2] == ["degree[相应]", "note[报考须知]"]
    # a deadline alone stays a note
    assert [describe_condition(c) for c in parse_cell("备注", "学历、学位证书须于2021年8月1日前取得")] == ["note[报考须知]"]


@pytest.mark.parametrize("level, status", [
    ((EducationLevel.BACHELOR, Degree.BACHELOR), Status.ELIGIBLE),
    ((EducationLevel.MASTER, Degree.BACHELOR), Status.NOT_ELIGIBLE),
    ((EducationLevel.BACHELOR, None), Status.NEEDS_REVIEW),
])
def test_degree_with_a_due_day_is_checked(engine, level, status):
    graduate = Graduate(id="G1", education=level[0], degree=level[1], graduation_year=2021)
    verdict = engine.check(graduate, Job(id="J1", title="教师", conditions=(("备注", DEGREE_DUE.split("。")[0]),)))
    (result,) = [r for r in verdict.results if r.kind == "degree"]
    assert result.status is status
    assert result.reason.startswith({Status.ELIGIBLE: "学位符合", Status.NOT_ELIGIBLE: "学位不符",
                                     Status.NEEDS_REVIEW: "学位待核实"}[status])
