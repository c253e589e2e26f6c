"""Age conditions of real tables that used to give the wrong verdict (an audit of 2026-12-05):
limits per level in separate sentences, relaxations stated in another cell, dates that bind
a relaxation, (不含) dates, limits for 应届 graduates of a level, and a cut-off date note."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

BACHELOR, MASTER, DOCTOR = EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR


def engine_on(day: dt.date) -> RulesEngine:
    return RulesEngine(catalog=load_major_catalog(), reference_date=day, major_tables=load_major_code_tables())


@pytest.fixture(scope="module")
def engine():
    return engine_on(dt.date(2021, 11, 20))


def age_result(engine, cells, **fields):
    """(verdict status, the age reason) for a graduate with ``fields`` and a job with ``cells``."""
    verdict = engine.check(graduate("g", "法学", **fields), job("j", "综合管理", conditions=tuple(cells)))
    reasons = [r for r in verdict.results if r.kind == "age"]
    assert len(reasons) == 1, verdict.results
    return verdict.status, reasons[0].status, reasons[0].reason


PER_LEVEL = [("年龄要求", "本科毕业生，年龄30周岁以下。硕士研究生，年龄要求35周岁以下。")]


@pytest.mark.parametrize(("level", "born", "status"), [
    (BACHELOR, dt.date(1996, 5, 1), Status.ELIGIBLE),      # 25, once refused as 「岗位要求硕士研究生及以上」
    (BACHELOR, dt.date(1989, 5, 1), Status.NOT_ELIGIBLE),  # 32 > 30
    (MASTER, dt.date(1988, 5, 1), Status.ELIGIBLE),        # 33 ≤ 35, once refused at 30
    (MASTER, dt.date(1984, 5, 1), Status.NOT_ELIGIBLE),    # 37 > 35
])
def test_limits_per_level_in_separate_sentences_are_one_condition(engine, level, born, status):
    verdict = engine.check(graduate("g", "法学", education=level, birth_date=born), job("j", "t", conditions=tuple(PER_LEVEL)))
    assert [r.kind for r in verdict.results] == ["age"]  # no education condition read from 「本科毕业生」
    assert verdict.status is status


RELAXED_IN_REMARKS = [("年龄要求", "35周岁及以下"),
                      ("备注", "具有高级职称或博士研究生学历学位的，年龄放宽到45周岁及以下，即1974年12月20日以后出生")]


@pytest.mark.parametrize(("level", "born", "status"), [
    (DOCTOR, dt.date(1981, 5, 1), Status.ELIGIBLE),        # 40: the remark relaxes the limit for doctors
    (DOCTOR, dt.date(1974, 12, 19), Status.NOT_ELIGIBLE),  # a day before the relaxation's date
    (MASTER, dt.date(1981, 5, 1), Status.NEEDS_REVIEW),    # a senior title would relax it; not on the record
    (MASTER, dt.date(1996, 5, 1), Status.ELIGIBLE),
])
def test_a_relaxation_in_another_cell_relaxes_the_limit(engine, level, born, status):
    assert age_result(engine, RELAXED_IN_REMARKS, education=level, birth_date=born)[1] is status


def test_a_relaxation_that_needs_a_title_too_reviews_its_level_and_refuses_the_others(engine):
    cells = [("备注", "应聘者年龄一般应为35(含)周岁以下，具有博士研究生学历学位和专业技术中级职称人员可放宽至40(含)周岁以下。")]
    assert age_result(engine, cells, education=DOCTOR, birth_date=dt.date(1983, 5, 1))[1] is Status.NEEDS_REVIEW
    assert age_result(engine, cells, education=MASTER, birth_date=dt.date(1983, 5, 1))[1] is Status.NOT_ELIGIBLE


DATED = [("年龄要求", "年龄在30周岁及以下（1991年1月1日以后出生），博士生可放宽至35周岁及以下（1986年1月1日以后出生）")]


@pytest.mark.parametrize(("born", "status"), [
    (dt.date(1985, 12, 15), Status.NOT_ELIGIBLE),  # 35 on the reference day, but born before the date the text gives
    (dt.date(1986, 1, 1), Status.ELIGIBLE),
])
def test_the_date_of_a_relaxation_decides_over_its_age(engine, born, status):
    _, age_status, reason = age_result(engine, DATED, education=DOCTOR, birth_date=born)
    assert age_status is status
    assert "博士生放宽至35周岁（1986年01月01日以后出生）" in reason


EXCLUSIVE = [("年龄要求", "硕士研究生、本科生年龄为35周岁(1984年11月30日(不含)以后出生)及以下，"
                      "博士研究生年龄为40周岁(1979年11月30日(不含)以后出生)及以下")]


@pytest.mark.parametrize(("level", "born", "status"), [
    (MASTER, dt.date(1984, 11, 30), Status.NOT_ELIGIBLE),  # the day itself is excluded
    (MASTER, dt.date(1984, 12, 1), Status.ELIGIBLE),
    (DOCTOR, dt.date(1979, 11, 30), Status.NOT_ELIGIBLE),
    (DOCTOR, dt.date(1979, 12, 1), Status.ELIGIBLE),
])
def test_a_date_marked_not_included_excludes_that_day(engine, level, born, status):
    assert age_result(engine, EXCLUSIVE, education=level, birth_date=born)[1] is status


def test_a_date_before_marked_not_included_excludes_that_day(engine):
    cells = [("年龄要求", "2003年11月20日(不含)以前出生")]
    assert age_result(engine, cells, birth_date=dt.date(2003, 11, 20))[1] is Status.NOT_ELIGIBLE
    assert age_result(engine, cells, birth_date=dt.date(2003, 11, 19))[1] is Status.ELIGIBLE


FRESH_OR_NOT = [("年龄要求", "硕士：应届35岁及以下（1985年11月11日（含）以后出生），历届40岁及以下（1980年11月11日（含）以后出生）"
                          "博士：45岁及以下（1975年11月11日（含）以后出生）")]


def test_a_limit_for_fresh_graduates_of_a_level_does_not_refuse_earlier_graduates(engine):
    earlier = age_result(engine, FRESH_OR_NOT, education=MASTER, degree=Degree.MASTER, birth_date=dt.date(1983, 5, 1),
                         graduation_year=2018)
    assert earlier[1] is Status.ELIGIBLE  # 历届 masters may be 40 (read whole since matching.rules.age_levels)
    fresh = age_result(engine, FRESH_OR_NOT, education=MASTER, birth_date=dt.date(1983, 5, 1), graduation_year=2022)
    assert fresh[1] is Status.NOT_ELIGIBLE


def test_a_qualified_birth_date_is_a_relaxation_of_the_general_one(engine):
    cells = [("年龄要求", "1984年1月1日及以后出生，硕士及以上研究生1974年1月1日及以后出生")]
    assert age_result(engine, cells, education=MASTER, birth_date=dt.date(1980, 5, 1))[1] is Status.ELIGIBLE
    assert age_result(engine, cells, education=BACHELOR, birth_date=dt.date(1980, 5, 1))[1] is Status.NOT_ELIGIBLE
    assert age_result(engine, cells, education=MASTER, birth_date=dt.date(1973, 12, 31))[1] is Status.NOT_ELIGIBLE


def test_a_limit_with_its_cut_off_date_is_a_limit_not_a_notice(engine):
    cells = [("年龄要求", "年龄40周岁及以下（年龄计算截止日期是2021年11月30日）")]
    assert age_result(engine, cells, birth_date=dt.date(1966, 5, 1))[1] is Status.NOT_ELIGIBLE
    assert age_result(engine, cells, birth_date=dt.date(1990, 5, 1))[1] is Status.ELIGIBLE


def test_a_limit_beside_an_age_clause_not_understood_reviews_older_graduates(engine):
    # The second cell is not read; whoever it favours, a graduate over 35 is not refused outright.
    cells = [("年龄要求", "35周岁及以下"), ("备注", "曾获省级以上表彰的优秀人才，出生日期可放宽至1981年1月1日以后出生，须提供证明")]
    verdict = engine.check(graduate("g", "法学", birth_date=dt.date(1983, 5, 1)), job("j", "t", conditions=tuple(cells)))
    assert verdict.status is not Status.NOT_ELIGIBLE


HENAN_2026 = [("年龄要求", "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下")]


@pytest.mark.parametrize(("year", "status"), [(2026, Status.ELIGIBLE), (2027, Status.NOT_ELIGIBLE), (2025, Status.NOT_ELIGIBLE)])
def test_a_relaxation_for_the_fresh_graduates_of_a_named_year_counts_that_year(year, status):
    engine = engine_on(dt.date(2026, 1, 10))  # in the 2026 season both 2026 and 2027 graduates are 应届
    result = age_result(engine, HENAN_2026, education=MASTER, birth_date=dt.date(1992, 6, 1), graduation_year=year)
    assert result[1] is status  # 33: only the relaxation for 2026's 应届 masters admits


@pytest.mark.parametrize("other", ["家庭成员中有60周岁以上老人需赡养的请注明", "工作经历须为年满18周岁后取得"])
def test_a_clause_that_only_mentions_an_age_does_not_soften_the_limit(engine, other):
    cells = [("年龄要求", "30周岁及以下"), ("其他条件", other)]
    assert age_result(engine, cells, birth_date=dt.date(1976, 5, 1))[1] is Status.NOT_ELIGIBLE
