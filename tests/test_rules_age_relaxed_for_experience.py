"""An age limit relaxed for applicants the record cannot tell (2026-12-07 review): 「年龄35周岁以下，
有相关经验者年龄可适当放宽」 was kept whole as 「条件待人工核实」. It is an age limit with a relaxation:
a graduate within the limit meets it, an older one is reviewed (experience, merit or 特殊情况 are
not on the record), and one above a stated relaxed limit is refused. Fixture strings are written
for the test in the forms the gkld table uses, not copied from it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.rules.conditions import Kind
from matching.rules.engine import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

BACHELOR, MASTER = EducationLevel.BACHELOR, EducationLevel.MASTER
YOUNG, OLDER, OLDEST = dt.date(1995, 5, 1), dt.date(1985, 5, 1), dt.date(1980, 5, 1)  # 27, 37, 42 on the day


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 1, 10),
                       major_tables=load_major_code_tables())


def results(engine, text, born, level=BACHELOR, column="其他要求"):
    verdict = engine.check(graduate("g", "法学", education=level, birth_date=born),
                           job("j", "综合管理", conditions=((column, text),)))
    return verdict, {r.kind: r for r in verdict.results}


OPEN = [
    ("年龄35周岁以下，有相关经验者年龄可适当放宽", "有相关经验者可适当放宽"),
    ("年龄不超过35周岁，有审计、财政等单位工作经历的可适当放宽", "有审计、财政等单位工作经历的可适当放宽"),
    ("35周岁以下，条件特别优秀的年龄可适当放宽", "条件特别优秀的可适当放宽"),
    ("35周岁以下，条件优异者可适当放宽", "条件优异者可适当放宽"),
    ("年龄35周岁以下，特别优秀可以适当放宽年龄限制", "特别优秀可适当放宽"),
    ("年龄原则上不超过35周岁，表现突出或有重要科研成果的可适当放宽", "表现突出或有重要科研成果的可适当放宽"),
    ("35周岁以下，条件优秀或宣传工作经验丰富的可适当放宽", "条件优秀或宣传工作经验丰富的可适当放宽"),
    ("35周岁以下（特殊情况下可以适当放宽年龄）", "特殊情况下可适当放宽"),
]


@pytest.mark.parametrize(("text", "said"), OPEN)
def test_a_graduate_within_the_limit_meets_it(engine, text, said):
    verdict, by_kind = results(engine, text, YOUNG)
    assert "needs_review" not in by_kind, verdict.results
    assert by_kind["age"].status is Status.ELIGIBLE
    assert verdict.status is Status.ELIGIBLE


@pytest.mark.parametrize(("text", "said"), OPEN)
def test_an_older_graduate_is_asked_whether_the_relaxation_applies(engine, text, said):
    verdict, by_kind = results(engine, text, OLDER)
    assert "needs_review" not in by_kind, verdict.results
    age = by_kind["age"]
    assert age.status is Status.NEEDS_REVIEW
    assert age.reason == f"年龄待核实：岗位要求35周岁以下，{said}，您现年37周岁，请核实是否适用放宽条件"


@pytest.mark.parametrize("text", ["35周岁以下，有相关工作经验者可放宽至40周岁", "35周岁以下，特别优秀的可放宽至40周岁"])
def test_a_stated_relaxed_limit_reviews_up_to_it_and_refuses_above(engine, text):
    assert results(engine, text, OLDER)[1]["age"].status is Status.NEEDS_REVIEW
    assert results(engine, text, OLDEST)[1]["age"].status is Status.NOT_ELIGIBLE
    assert results(engine, text, YOUNG)[1]["age"].status is Status.ELIGIBLE


def test_a_level_listed_beside_experience_does_not_refuse_the_experienced(engine):
    """「硕士、博士及有工作经验者」 names two groups: a 本科 graduate may have the experience. A 硕士
    is reviewed too: the relaxation states no age (tests/test_rules_age_open_relaxation_for_level.py)."""
    text = "年龄在30周岁以下（硕士、博士及有工作经验者可适当放宽）"
    assert results(engine, text, OLDER, BACHELOR)[1]["age"].status is Status.NEEDS_REVIEW
    assert results(engine, text, OLDER, MASTER)[1]["age"].status is Status.NEEDS_REVIEW


def test_a_relaxation_closing_a_cell_of_other_conditions_is_read_with_its_limit():
    conds = parse_cell("其他要求", "本科及以上学历，年龄35周岁以下，工作业绩特别优秀者年龄可适当放宽")
    assert [c.kind for c in conds] == [Kind.EDUCATION, Kind.AGE]
    assert [r.who for r in conds[1].payload.relaxations] == ["工作业绩特别优秀者"]


def test_whom_a_bracketed_relaxation_names_is_said_without_its_lead_words(engine):
    text = "年龄35周岁以下（对其中具有中级及以上职称的，年龄可放宽至40周岁以下）"
    age = results(engine, text, OLDER)[1]["age"]
    assert age.status is Status.NEEDS_REVIEW
    assert "岗位要求35周岁以下，具有中级及以上职称放宽至40周岁" in age.reason


@pytest.mark.parametrize("text", [
    "35周岁以下具有2年以上工作经历",              # a limit and an experience requirement: no relaxation
    "年龄40岁以下优先，特别优秀的可放宽至55岁",   # a preference, not a limit to relax
])
def test_wordings_that_relax_no_limit_stay_for_review(text):
    assert any(c.kind is Kind.NEEDS_REVIEW for c in parse_cell("其他要求", text))


def test_a_relaxation_said_with_the_limit_again_in_another_cell_lifts_both(engine):
    """年龄要求 states the limit, 备注 states it again with the relaxation: read, the 备注 limit alone
    knew the relaxation and the 年龄要求 one refused whom it reviews (unread, the 备注 text had
    made every older graduate 待核实)."""
    cells = (("年龄要求", "不超过35周岁（1987年11月20日以后出生）"),
             ("备注", "1、中共党员；2、年龄不超过35周岁（1987年11月20日以后出生），有审计、财政等单位工作经历的可适当放宽；3、身体健康"))
    verdict = engine.check(graduate("g", "法学", education=BACHELOR, birth_date=OLDER), job("j", "综合管理", conditions=cells))
    ages = [r for r in verdict.results if r.kind == "age"]
    assert [r.status for r in ages] == [Status.NEEDS_REVIEW, Status.NEEDS_REVIEW]
    assert verdict.status is not Status.NOT_ELIGIBLE
    assert not any(r.kind == "needs_review" for r in verdict.results)
