"""Age limits that another rule used to swallow (a review of 2026-12-06): a cell holding an age was
first read whole, so a 优先 clause took every sentence and list item of it as one preference note;
and the notice rule read a limit with cut-off words in it (35周岁以下（以报名截止日期计算）) as a
notice. Either way the limit was gone and an older graduate was admitted."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.rules import Kind, parse_cell
from matching.rules.conditions import Note, NoteCategory
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2021, 11, 20),
                       major_tables=load_major_code_tables())


def check(engine, cells, born: dt.date):
    return engine.check(graduate("g", "临床医学", education=EducationLevel.BACHELOR, birth_date=born),
                        job("j", "医师", conditions=tuple(cells)))


def age_reasons(verdict):
    return [r for r in verdict.results if r.kind == "age"]


# Real 备注 forms (gkld): numbered items without a separator, and sentences ending in 。
NUMBERED = "1、年龄35周岁（含）以下2、有三级医院超声诊断科两年以上工作经历者优先考虑"
SENTENCES = "取得执业医师资格证书及麻醉专业规培证书。年龄≤35周岁（1986年1月1日及以后生人）。有儿科麻醉经验者优先。"


@pytest.mark.parametrize("text", [NUMBERED, SENTENCES])
def test_a_preference_item_does_not_swallow_the_age_limit_before_it(engine, text):
    verdict = check(engine, [("备注", text)], dt.date(1981, 5, 1))  # 40
    reasons = age_reasons(verdict)
    assert [r.status for r in reasons] == [Status.NOT_ELIGIBLE], verdict.results  # was admitted: no age read
    assert "岗位要求35周岁以下" in reasons[0].reason
    assert verdict.status is Status.NOT_ELIGIBLE
    assert check(engine, [("备注", text)], dt.date(1990, 5, 1)).status is not Status.NOT_ELIGIBLE  # 31


@pytest.mark.parametrize(("text", "preference"), [
    (NUMBERED, "有三级医院超声诊断科两年以上工作经历者优先考虑"),
    (SENTENCES, "有儿科麻醉经验者优先"),
])
def test_each_item_keeps_its_own_reading(text, preference):
    conds = parse_cell("备注", text)
    notes = [c for c in conds if c.kind is Kind.NOTE]
    assert [(c.payload, c.text) for c in notes] == [(Note(NoteCategory.PREFERENCE), preference)]
    assert [c.text for c in conds if c.kind is Kind.AGE][0].startswith("年龄")
    if text == SENTENCES:  # the certificates of the first sentence are requirements again
        assert [c.payload.name for c in conds if c.kind is Kind.CERTIFICATE] == ["执业医师资格证书", "麻醉专业规培证书"]


RELAXED_AFTER_PREFERENCE = [("年龄要求", "35周岁（含）以下（计算截止至2021年11月30日）"),
                            ("备注", "有三年以上财务工作经验者优先.具有相应专（执）业中级以上职称的可放宽至40周岁以下。")]


@pytest.mark.parametrize(("born", "status"), [
    (dt.date(1983, 6, 1), Status.NEEDS_REVIEW),   # 38: a 中级 title (not on the record) would admit; was refused
    (dt.date(1980, 6, 1), Status.NOT_ELIGIBLE),   # 41: beyond the relaxation too
    (dt.date(1990, 6, 1), Status.ELIGIBLE),
])
def test_a_relaxation_after_a_preference_sentence_relaxes_the_limit(engine, born, status):
    reasons = age_reasons(check(engine, RELAXED_AFTER_PREFERENCE, born))
    assert [r.status for r in reasons] == [status]
    assert "中级以上职称放宽至40周岁" in reasons[0].reason


@pytest.mark.parametrize("text", ["35周岁以下（以报名截止日期计算）", "年龄35周岁以下（以报名截止日期为准计算），具有相关工作经验",
                                  "年龄在35周岁以下（截止时间以报名截止日为准）"])
def test_a_limit_in_notice_words_is_not_a_notice(engine, text):
    conds = parse_cell("备注", text)
    assert not any(c.kind is Kind.NOTE and "35周岁" in c.text for c in conds), conds
    assert any(c.kind is Kind.NEEDS_REVIEW and "35周岁" in c.text for c in conds)  # kept for review, not dropped
    verdict = check(engine, [("备注", text)], dt.date(1980, 5, 1))  # 41
    assert verdict.status is not Status.ELIGIBLE  # was admitted


def test_a_cut_off_note_without_a_limit_is_still_a_notice():
    (cond,) = parse_cell("备注", "年龄计算截止日期为报名截止日")
    assert cond.payload == Note(NoteCategory.NOTICE)
