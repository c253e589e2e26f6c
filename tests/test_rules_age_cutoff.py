"""Age limits counted on the day the announcement states (年龄计算截止日期为…), not on the
engine's reference day; a stated birth-date bound still decides; dates of other clauses and
relative days (报名首日) are not taken as that day. Cell texts are worded as in real tables."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.explain import about_candidate
from matching.rules import Kind, parse_cell
from matching.rules.describe import describe_condition
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

MASTER, DOCTOR = EducationLevel.MASTER, EducationLevel.DOCTOR
STATED = dt.date(2026, 3, 1)
# After the stated day: a graduate born on 1990-04-15 is 35 on 2026-03-01 and 36 on this day.
LATER = dt.date(2026, 6, 1)
BORN_35_ON_STATED_DAY = dt.date(1990, 4, 15)


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=LATER, major_tables=load_major_code_tables())


def age_result(engine, cells, **fields):
    """(the age status, its reason) for a graduate with ``fields`` and a job with ``cells``."""
    verdict = engine.check(graduate("g", "法学", **fields), job("j", "综合管理", conditions=tuple(cells)))
    ages = [r for r in verdict.results if r.kind == "age"]
    assert len(ages) == 1, verdict.results
    return ages[0].status, ages[0].reason


def age_result_or_review(engine, cells, **fields):
    """(status, reason) of the one age check or of the one needs-review result in its place."""
    verdict = engine.check(graduate("g", "法学", **fields), job("j", "综合管理", conditions=tuple(cells)))
    [result] = [r for r in verdict.results if r.kind in ("age", "needs_review")]
    return result.status, result.reason


def the_age(column, text):
    ages = [c.payload for c in parse_cell(column, text) if c.kind is Kind.AGE]
    assert len(ages) == 1, parse_cell(column, text)
    return ages[0]


@pytest.mark.parametrize("text", [
    "35周岁以下（年龄计算截止日期为2026年3月1日）",
    "35周岁及以下（计算截止至2026年3月1日）",
    "年龄原则上不超过35周岁（截止2026年3月1日）",
    "35周岁及以下年龄计算截止2026年3月1日",
    "35岁以下，年龄计算截止时间为2026年3月1日。",
    "年龄在35周岁（计算时间截至2026年3月1日）以下",
    "35周岁以下，本次招聘岗位中计算年龄的基准日期为2026年3月1日",
    "35周岁及以下，报考年龄的计算截止至公告发布之日（2026年3月1日）。",
    "35周岁以下（年龄计算截止日期为2026-03-01）",
    "35周岁以下（年龄计算截止日期为2026.3.1）",
])
def test_a_graduate_within_the_limit_on_the_stated_day_is_admitted_after_it(engine, text):
    status, reason = age_result(engine, [("年龄要求", text)], birth_date=BORN_35_ON_STATED_DAY)
    assert status is Status.ELIGIBLE  # 36 on the reference day: refused when ages counted then
    assert "按2026年3月1日计算，您为35周岁" in reason


def test_a_minimum_age_is_also_counted_on_the_stated_day(engine):
    cells = [("年龄要求", "18周岁以上、35周岁以下，年龄计算时间截止2026年3月1日")]
    status, reason = age_result(engine, cells, birth_date=dt.date(2008, 4, 1))  # 17 then, 18 on the reference day
    assert status is Status.NOT_ELIGIBLE
    assert reason == "年龄不符：岗位要求18至35周岁，按2026年3月1日计算，您为17周岁"


def test_without_a_stated_day_ages_count_on_the_reference_day(engine):
    status, reason = age_result(engine, [("年龄要求", "35周岁以下")], birth_date=BORN_35_ON_STATED_DAY)
    assert (status, reason) == (Status.NOT_ELIGIBLE, "年龄不符：岗位要求35周岁以下，您现年36周岁")


def test_a_stated_birth_date_bound_still_decides(engine):
    cells = [("年龄要求", "35周岁以下（1991年3月2日以后出生），年龄计算截止时间为2026年3月1日")]
    # 35 on the stated day, so within 35周岁以下, but born before the stated birth date.
    assert age_result(engine, cells, birth_date=BORN_35_ON_STATED_DAY)[0] is Status.NOT_ELIGIBLE
    assert age_result(engine, cells, birth_date=dt.date(1991, 3, 2))[0] is Status.ELIGIBLE
    age = the_age("年龄要求", cells[0][1])
    assert (age.born_from, age.as_of) == (dt.date(1991, 3, 2), STATED)


def test_a_birth_date_worded_as_a_base_date_is_a_birth_date():
    age = the_age("cond:年龄要求", "45周岁以下（本次招聘岗位中计算年龄的基准日期为1976年10月1日后出生）")
    assert (age.born_from, age.as_of) == (dt.date(1976, 10, 1), None)


@pytest.mark.parametrize(("column", "text"), [
    ("备注", "35周岁以下；2026年7月31日前取得学位证书"),
    ("备注", "有工作经历要求的,工作经历计算的截止日期为2026年3月1日;年龄在35周岁以下。"),
    ("年龄要求", "35周岁以下，以身份证出生日期为准"),
])
def test_a_date_of_another_clause_is_not_the_day_ages_count(engine, column, text):
    assert the_age(column, text).as_of is None
    assert age_result(engine, [(column, text)], birth_date=BORN_35_ON_STATED_DAY)[0] is Status.NOT_ELIGIBLE


def test_a_date_too_early_to_count_ages_on_is_not_taken():
    # 35 years before the announcement: a birth date in cut-off words, left for review as before.
    conds = parse_cell("cond:年龄要求", "年龄在35周岁以下（时间截止到1986年10月31日）")
    assert [c.kind for c in conds] == [Kind.NEEDS_REVIEW]


def test_a_birth_date_of_a_minimum_age_worded_as_a_cut_off_refuses_no_one(engine):
    # 18 years before a 2021 announcement, in the words of the cell above. Counted as the day,
    # a graduate of 27 was refused as 「按2003年10月31日计算，您为4周岁」.
    text = "年龄在18周岁以上（时间截止到2003年10月31日）"
    assert [c.kind for c in parse_cell("cond:年龄要求", text)] == [Kind.NEEDS_REVIEW]
    status, reason = age_result_or_review(engine, [("年龄要求", text)], birth_date=dt.date(1999, 5, 1))
    assert status is Status.NEEDS_REVIEW and "4周岁" not in reason


def test_a_stated_day_long_before_the_reference_day_refuses_no_one():
    # The same wording in a 2030 announcement: its birth date (2012) passes the parser's fixed
    # guard (2010), so the check itself must not count ages on a day 18 years back.
    text = "年龄在18周岁以上（时间截止到2012年10月31日）"
    assert the_age("年龄要求", text).as_of == dt.date(2012, 10, 31)
    in_2030 = RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2030, 6, 1),
                          major_tables=load_major_code_tables())
    status, reason = age_result(in_2030, [("年龄要求", text)], birth_date=dt.date(2006, 5, 1))
    assert status is Status.NEEDS_REVIEW and "可能是出生日期" in reason and "按2012年10月31日计算" not in reason
    # A day a few years back is still the day ages count on.
    recent = RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2016, 6, 1),
                         major_tables=load_major_code_tables())
    assert age_result(recent, [("年龄要求", text)], birth_date=dt.date(1990, 5, 1))[0] is Status.ELIGIBLE


def test_a_cut_off_after_a_colon_is_read_and_the_limit_kept(engine):
    # The clause was taken whole as a notice (截止时间): the 35-year limit itself was lost.
    text = "35周岁以下（截止时间：2026年3月1日）"
    assert the_age("年龄要求", text).as_of == STATED
    assert age_result(engine, [("年龄要求", text)], birth_date=dt.date(1980, 1, 1))[0] is Status.NOT_ELIGIBLE


def test_a_month_without_a_day_means_its_last_day():
    assert the_age("年龄要求", "30周岁以下（年龄计算截至2026年6月）").as_of == dt.date(2026, 6, 30)


@pytest.mark.parametrize(("text", "day"), [
    ("35周岁以下（截止报名首日）", "报名首日"),
    ("年龄30周岁及以下,即1995年11月27日以后出生（年龄计算日期截至报名前一天)", "报名前一天"),
    ("45周岁及以下（截止至报名开始当天）", "报名开始当天"),
    ("35周岁以下，年龄计算截止时间为报名首日", "报名首日"),
])
def test_a_relative_day_is_kept_and_ages_count_on_the_reference_day(engine, text, day):
    age = the_age("年龄要求", text)
    assert (age.as_of, age.as_of_note) == (None, day)
    status, reason = age_result(engine, [("年龄要求", text)], birth_date=dt.date(1970, 1, 1))
    assert status is Status.NOT_ELIGIBLE
    assert f"您现年56周岁（岗位注明年龄计算截止{day}，请按该日核实）" in reason


def test_a_relaxation_in_the_same_cell_counts_on_the_stated_day(engine):
    cells = [("年龄要求", "研究生35(含)周岁以下，博士40(含)周岁以下（计算截止至2026年3月1日）")]
    doctor = dict(education=DOCTOR, birth_date=dt.date(1985, 4, 15))  # 40 on the stated day, 41 on the reference day
    status, reason = age_result(engine, cells, **doctor)
    assert status is Status.ELIGIBLE
    assert "按2026年3月1日计算，您为40周岁" in reason
    assert age_result(engine, cells, education=MASTER, birth_date=dt.date(1985, 4, 15))[0] is Status.NOT_ELIGIBLE


def test_a_relaxation_in_remarks_counts_on_the_base_limits_day(engine):
    cells = [("年龄要求", "35周岁及以下（计算截止至2026年3月1日）"),
             ("备注", "具有高级职称或博士研究生学历学位的，年龄放宽到40周岁及以下")]
    assert age_result(engine, cells, education=DOCTOR, birth_date=dt.date(1985, 4, 15))[0] is Status.ELIGIBLE


def test_a_relaxation_in_remarks_with_its_own_day_counts_on_it():
    engine = RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2021, 6, 1), major_tables=load_major_code_tables())
    cells = [("年龄要求", "18-35周岁"),
             ("备注", "近五年受到过县级以上表彰表扬或有基层党务工作者、网格员、社区居民小组长工作经历3周年以上的，"
                      "年龄可放宽至40周岁，年龄计算时间截止2020年12月31日。")]
    # 41 on the reference day, 40 on the relaxation's day: the relaxation may apply, so reviewed.
    status, reason = age_result(engine, cells, birth_date=dt.date(1980, 3, 1))
    assert status is Status.NEEDS_REVIEW
    # One announcement counts ages on one day: the base limit takes the day stated beside it.
    assert "按2020年12月31日计算，您为40周岁" in reason
    assert age_result(engine, cells, birth_date=dt.date(1979, 3, 1))[0] is Status.NOT_ELIGIBLE  # 41 then too


def test_the_label_of_a_dated_limit_names_its_day():
    conds = parse_cell("cond:年龄要求", "35周岁（含）以下（计算截止至2021年11月30日）")
    assert [describe_condition(c) for c in conds] == ["age[-35; as of 2021-11-30]"]


def test_officers_read_the_day_about_the_graduate(engine):
    _, reason = age_result(engine, [("年龄要求", "35周岁以下（年龄计算截止日期为2026年3月1日）")], birth_date=BORN_35_ON_STATED_DAY)
    assert about_candidate(reason) == "年龄符合：岗位要求35周岁以下，按2026年3月1日计算，该毕业生为35周岁"
