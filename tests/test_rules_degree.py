"""Degree (学位) conditions: alternatives joined by 或 admit the lowest named; a degree type
(医学, 理学 …), which the graduate record does not hold, is left to review, never passed."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import DegreeCond, Kind
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10), major_tables=load_major_code_tables())


def degree_result(engine, text: str, degree: Degree | None, column: str = "cond:学位要求"):
    g = Graduate(id="g1", major="临床医学", education=EducationLevel.MASTER, degree=degree)
    (r,) = [r for r in engine.check(g, Job(id="j1", title="医师", conditions=((column, text),))).results if r.kind == "degree"]
    return r.status, r.reason


def only_degree(conds) -> DegreeCond:
    assert [c.kind for c in conds] == [Kind.DEGREE]
    return conds[0].payload


@pytest.mark.parametrize(("text", "minimum", "field"), [
    ("硕士或博士", Degree.MASTER, None),
    ("学士或硕士学位", Degree.BACHELOR, None),
    ("硕士或以上", Degree.MASTER, None),
    ("医学硕士", Degree.MASTER, "医学"),
    ("医学学士及以上", Degree.BACHELOR, "医学"),
    ("医学或理学学士及以上", Degree.BACHELOR, "医学或理学"),
    ("硕士及以上", Degree.MASTER, None),
])
def test_degree_alternatives_and_types(text, minimum, field):
    cond = only_degree(parse_cell("cond:学位要求", text))
    assert (cond.minimum, cond.field) == (minimum, field)


def test_master_or_doctor_is_one_condition_admitting_a_master(engine):
    assert degree_result(engine, "硕士或博士", Degree.MASTER) == (Status.ELIGIBLE, "学位符合：岗位要求硕士或博士学位，您的学位为硕士")
    assert degree_result(engine, "硕士或博士", Degree.DOCTOR)[0] is Status.ELIGIBLE
    assert degree_result(engine, "硕士或博士", Degree.BACHELOR) == (Status.NOT_ELIGIBLE, "学位不符：岗位要求硕士或博士学位，您的学位为学士")


def test_a_degree_type_is_reviewed_not_passed(engine):
    assert degree_result(engine, "医学硕士", Degree.MASTER) == (
        Status.NEEDS_REVIEW, "学位类型（医学）待核实：岗位要求医学硕士学位，您的学位为硕士，请核实学位类型")
    # The level still decides when it falls short, and an unknown degree stays unknown.
    assert degree_result(engine, "医学硕士", Degree.BACHELOR) == (Status.NOT_ELIGIBLE, "学位不符：岗位要求医学硕士学位，您的学位为学士")
    assert degree_result(engine, "医学硕士", None) == (Status.NEEDS_REVIEW, "学位待核实：岗位要求医学硕士学位，您的学位未填写")


def test_a_plain_degree_reason_is_unchanged(engine):
    assert degree_result(engine, "硕士", Degree.MASTER) == (Status.ELIGIBLE, "学位符合：岗位要求硕士及以上学位，您的学位为硕士")


def test_master_or_doctor_postgraduate_is_an_education_level_not_a_degree():
    conds = parse_cell("其他要求", "硕士或博士研究生学历")
    assert [c.kind for c in conds] == [Kind.EDUCATION]
    assert conds[0].payload.requirement.minimum is EducationLevel.MASTER


def test_a_graduate_without_a_degree_reads_that_they_have_none(engine):
    """User review: 「您的学位为无学位」 reads as a degree called 无学位; it says 「您没有学位」."""
    assert degree_result(engine, "学士", Degree.NONE) == (Status.NOT_ELIGIBLE, "学位不符：岗位要求学士及以上学位，您没有学位")
    assert degree_result(engine, "医学学士", Degree.NONE)[1].endswith("，您没有学位")
    for text in ("学士", "医学学士", "硕士或博士"):
        assert "无学位" not in degree_result(engine, text, Degree.NONE)[1]
