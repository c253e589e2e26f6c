"""Numbered items a lone 或 stands between (「1.具有A证；或2.具有B证」) are alternatives: one condition any
of whose items suffices, or the run reviewed whole, never each item required (2026-12-07 final read of
a56bf9e). Strings written in the gkld / Henan 备注 style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import EitherCond, Kind
from matching.rules.parser import parse_cell
from matching.rules.text import clause_runs, fold
from matching.verdict import Status

DAY = dt.date(2022, 6, 1)
TWO_CERTIFICATES = "1.具有教师资格证；或2.具有普通话二级甲等证书。"
LEVEL_OR_CERTIFICATE = "1.具有硕士研究生及以上学历；或2.具有高级中学教师资格证。"
LEVEL_OR_TWO_PARTS = "1.具有硕士研究生学历；或者2.具有执业医师资格证，且本科学历。"
BOTH = "1.具有硕士研究生学历；且2.具有高级中学教师资格证。"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def check(engine, remark, level=EducationLevel.BACHELOR, degree=Degree.BACHELOR):
    graduate = Graduate(id="G11", education=level, degree=degree, graduation_year=2022, birth_date=dt.date(2000, 3, 3))
    cells = (("学历要求", "本科及以上"), ("备注", remark))
    return engine.check(graduate, Job(id="9200001", title="高中数学教师", conditions=cells))


def test_items_joined_by_a_lone_or_are_one_run():
    text = fold(TWO_CERTIFICATES)
    assert [[text[a:b] for a, b in run] for run in clause_runs(text)] == [["具有教师资格证", "具有普通话二级甲等证书"]]
    assert len(clause_runs(fold(BOTH))) == 2  # 且 joins requirements: each stands on its own


def test_two_certificates_are_one_condition_either_of_which_suffices():
    [cond] = parse_cell("备注", TWO_CERTIFICATES)
    assert isinstance(cond.payload, EitherCond)
    assert [(kind, payload.name) for kind, payload in cond.payload.options] == [
        (Kind.CERTIFICATE, "教师资格证"), (Kind.CERTIFICATE, "普通话二级甲等及以上")]


def test_certificate_alternatives_are_reviewed_as_alternatives(engine):
    verdict = check(engine, TWO_CERTIFICATES)
    assert verdict.status is Status.NEEDS_REVIEW
    assert any(r.startswith("报考条件待核实：岗位要求具有教师资格证或具有普通话二级甲等及以上（符合其一即可）")
               for r in verdict.reasons())


def test_bachelor_holding_the_certificate_route_is_not_refused_for_the_level_route(engine):
    verdict = check(engine, LEVEL_OR_CERTIFICATE)
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ()
    assert any("（符合其一即可）" in r and "高级中学教师资格证" in r for r in verdict.reasons(Status.NEEDS_REVIEW))


def test_master_meets_the_level_route(engine):
    verdict = check(engine, LEVEL_OR_CERTIFICATE, level=EducationLevel.MASTER, degree=Degree.MASTER)
    assert verdict.status is Status.ELIGIBLE


def test_an_item_of_several_conditions_sends_the_run_to_review_whole(engine):
    conds = parse_cell("备注", LEVEL_OR_TWO_PARTS)
    assert [(c.kind, c.text) for c in conds] == [
        (Kind.NEEDS_REVIEW, "具有硕士研究生学历；或者2.具有执业医师资格证，且本科学历")]
    verdict = check(engine, LEVEL_OR_TWO_PARTS)
    assert verdict.status is Status.NEEDS_REVIEW
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ()


def test_items_joined_by_and_are_each_required(engine):
    assert check(engine, BOTH).status is Status.NOT_ELIGIBLE
