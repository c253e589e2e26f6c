"""16-24岁失业青年 counts ages on the day the announcement states, as an age limit does
(``matching.rules.checks._unemployed_youth``, ``extra_groups._youth``, ``age_joins.with_one_age_day``):
a day in the clause, or the job's one age day said with its age limit; without one, the
engine's reference day."""

from __future__ import annotations

import datetime as dt

import pytest

from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status

DAY = dt.date(2026, 12, 6)
#: 24 on 2026-06-30, 25 on the reference day: the stated day decides.
BORN = dt.date(2001, 9, 1)


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def check(engine, *conditions):
    return engine.check(Graduate(id="G1", birth_date=BORN), Job(id="J1", title="见习岗", conditions=conditions))


def test_a_day_stated_in_the_youth_clause_is_the_day_ages_count_on(engine):
    v = check(engine, ("招聘对象", "16-24岁失业青年（年龄计算截至2026年6月30日）"))
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("就业状态待核实：岗位面向16-24岁失业青年，按2026年6月30日计算，您为24周岁，"
                           "请核实目前是否处于失业状态（如已办理失业登记）",)


def test_the_jobs_one_age_day_counts_for_the_youth_group_too(engine):
    v = check(engine, ("招聘对象", "16-24岁失业青年"), ("年龄", "35周岁以下（截至2026年6月30日）"))
    assert v.status is Status.NEEDS_REVIEW
    assert any("按2026年6月30日计算，您为24周岁" in r for r in v.reasons())
    assert not any("年龄不符" in r for r in v.reasons())


def test_without_a_stated_day_the_reference_day_decides(engine):
    v = check(engine, ("招聘对象", "16-24岁失业青年"))
    assert v.status is Status.NOT_ELIGIBLE
    assert v.reasons() == ("年龄不符：岗位面向16-24岁失业青年，您现年25周岁",)


def test_a_day_relative_to_the_recruitment_is_named_in_the_reason(engine):
    v = check(engine, ("招聘对象", "16-24岁失业青年（年龄计算截至报名首日）"))
    assert v.reasons() == ("年龄不符：岗位面向16-24岁失业青年，您现年25周岁（岗位注明年龄计算截止报名首日，请按该日核实）",)


def test_words_that_are_not_a_day_leave_the_clause_for_review_as_beside_an_age_limit(engine):
    v = check(engine, ("招聘对象", "16-24岁失业青年（年龄以报名截止日期计算）"))
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("条件待人工核实：16-24岁失业青年（年龄以报名截止日期计算）",)
