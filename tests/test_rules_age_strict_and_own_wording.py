"""Age relaxations, 2026-12-07 review.

- An open relaxation said 「…者可适度放宽年龄」 was quoted 「…可适当放宽」: reasons now use the post's own word.
- 「（二）年龄不得放宽，30周岁以下」 was 「条件待人工核实」: it is a limit no relaxation lifts, including one said in
  another cell of the post; a graduate past it is refused, not reviewed.
Fixture strings are written for the test, in the forms of the real tables' cells."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.rules.describe import describe_condition
from matching.rules.engine import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

YOUNG, OLDER = dt.date(1995, 5, 1), dt.date(1985, 5, 1)  # 27 and 37 on the day


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 1, 10),
                       major_tables=load_major_code_tables())


def age_results(engine, born, *cells):
    verdict = engine.check(graduate("g", "法学", education=EducationLevel.BACHELOR, birth_date=born),
                           job("j", "讲解员", conditions=cells))
    assert not [r for r in verdict.results if r.kind == "needs_review"], verdict.results
    return [r for r in verdict.results if r.kind == "age"]


@pytest.mark.parametrize(("said", "quoted"), [("可适度放宽年龄", "可适度放宽"), ("年龄可适度放宽", "可适度放宽")])
def test_an_open_relaxation_is_quoted_in_the_posts_own_word(engine, said, quoted):
    (age,) = age_results(engine, OLDER, ("年龄要求", "30周岁以下"), ("备注", f"持有国家注册职业资格证书者{said}"))
    assert age.status is Status.NEEDS_REVIEW
    assert age.reason == f"年龄待核实：岗位要求30周岁以下，持有国家注册职业资格证书者{quoted}，您现年37周岁，请核实是否适用放宽条件"


@pytest.mark.parametrize("text", ["（二）年龄不得放宽，30周岁以下", "年龄不得放宽，年龄在30周岁以下", "30周岁以下，年龄不得放宽"])
def test_no_relaxation_with_a_limit_is_read_as_the_limit(text):
    assert [describe_condition(c) for c in parse_cell("备注", text)] == ["age[-30]", "note[年龄不得放宽]"]


def test_a_strict_limit_refuses_an_older_graduate_and_admits_a_younger(engine):
    (old,) = age_results(engine, OLDER, ("备注", "（二）年龄不得放宽，30周岁以下"))
    assert (old.status, old.reason) == (Status.NOT_ELIGIBLE, "年龄不符：岗位要求30周岁以下，您现年37周岁")
    (young,) = age_results(engine, YOUNG, ("备注", "（二）年龄不得放宽，30周岁以下"))
    assert young.status is Status.ELIGIBLE


@pytest.mark.parametrize("relaxation", ["有相关经验者年龄可适当放宽", "具有中级职称以上的，年龄可放宽至40周岁"])
def test_no_relaxation_overrides_one_said_elsewhere_in_the_post(engine, relaxation):
    results = age_results(engine, OLDER, ("年龄要求", "35周岁以下"), ("备注", relaxation), ("其他要求", "年龄不得放宽"))
    assert [(r.status, r.reason) for r in results] == [(Status.NOT_ELIGIBLE, "年龄不符：岗位要求35周岁以下，您现年37周岁")]
