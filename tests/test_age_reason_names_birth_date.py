"""An age refusal names what decided it (graduate review on real tables): gkld job 5710004 asks
「18周岁以上、40周岁以下（2002年11月30日之前，1979年11月30日之后出生）」 and a graduate born in
2003 read 「年龄不符：…，您现年23周岁」, 23 being within 18–40. When a birth-date bound decides
and the age is within the age limit, the reason states the birth date and the bound it misses;
when the age limit fails too, the age form stays."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.explain import about_candidate
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

GKLD_5710004 = ("cond:年龄要求", "18周岁以上、40周岁以下（2002年11月30日之前，1979年11月30日之后出生）")


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 11, 20),
                       major_tables=load_major_code_tables())


def age_reason(engine, cells, **fields):
    verdict = engine.check(graduate("g", "法学", **fields), job("j", "综合管理", conditions=tuple(cells)))
    [age] = [r for r in verdict.results if r.kind == "age"]
    return age.status, age.reason


def test_a_late_birth_date_within_the_ages_says_the_birth_date(engine):
    status, reason = age_reason(engine, [GKLD_5710004], birth_date=dt.date(2003, 1, 5))
    assert status is Status.NOT_ELIGIBLE
    assert reason.endswith("，您出生于2003年01月05日，晚于2002年11月30日")
    assert "现年" not in reason


def test_an_early_birth_date_within_the_ages_says_the_birth_date(engine):
    # 40 on the reference day (within 40周岁以下) but born before the stated 1979年11月30日.
    cells = [("年龄要求", "40周岁以下（1985年11月30日以后出生）")]
    status, reason = age_reason(engine, cells, birth_date=dt.date(1985, 11, 29))
    assert status is Status.NOT_ELIGIBLE
    assert reason == "年龄不符：岗位要求40周岁以下（1985年11月30日以后出生），您出生于1985年11月29日，早于1985年11月30日"


def test_a_birth_date_bound_alone_says_the_birth_date(engine):
    status, reason = age_reason(engine, [("年龄要求", "2003年11月20日以前出生")], birth_date=dt.date(2004, 2, 1))
    assert status is Status.NOT_ELIGIBLE
    assert "您出生于2004年02月01日，晚于2003年11月20日" in reason


@pytest.mark.parametrize(("born", "said"), [
    (dt.date(2009, 1, 1), "您现年17周岁"),   # under 18: the age bound decides
    (dt.date(1979, 1, 1), "您现年47周岁"),   # over 40 and born before the bound: the age says it
])
def test_the_age_form_stays_when_the_age_bound_fails(engine, born, said):
    status, reason = age_reason(engine, [GKLD_5710004], birth_date=born)
    assert status is Status.NOT_ELIGIBLE
    assert reason.endswith(f"，{said}")


def test_a_relaxation_left_to_review_names_the_birth_date_too(engine):
    cells = [("年龄要求", "30周岁以下（1996年11月20日以后出生），硕士研究生可放宽至35周岁")]
    status, reason = age_reason(engine, cells, birth_date=dt.date(1996, 6, 1), education=None)
    assert status is Status.NEEDS_REVIEW
    assert "您出生于1996年06月01日，早于1996年11月20日，请核实是否适用放宽条件" in reason


def test_staff_read_the_birth_date_reason_about_the_graduate(engine):
    _, reason = age_reason(engine, [GKLD_5710004], birth_date=dt.date(2003, 1, 5))
    assert about_candidate(reason).endswith("，该毕业生出生于2003年01月05日，晚于2002年11月30日")


def test_an_admission_is_unchanged(engine):
    status, reason = age_reason(engine, [GKLD_5710004], birth_date=dt.date(2000, 1, 5), education=EducationLevel.BACHELOR)
    assert status is Status.ELIGIBLE
    assert reason.startswith("年龄符合：岗位要求18至40周岁")
