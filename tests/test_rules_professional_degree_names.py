"""A list with no level naming a 研究生 专业学位 类别 (应用统计 0252, 应用心理 0454, 国际商务 0254, 金融 0251)
on a post admitting 本科: a 本科 graduate of a kindred class is asked, not refused; the 本科 major of its
name with 学 (金融学, 会计学) meets it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6), major_tables=load_major_code_tables())


def _major(engine, major: str, cell: str, education: str = "本科及以上", level: EducationLevel = EducationLevel.BACHELOR):
    job = Job(id="j1", title="工作人员", education=parse_education_requirement(education), conditions=(("专业", cell),))
    graduate = Graduate(id="g1", major=major, education=level, graduation_year=2026)
    (result,) = [r for r in engine.check(graduate, job).results if r.kind == "major"]
    return result


@pytest.mark.parametrize("major, cell, category, klass", [
    ("统计学", "应用统计、数学", "0252", "统计学类"),
    ("心理学", "应用心理", "0454", "心理学类"),
    ("国际经济与贸易", "国际商务", "0254", "经济与贸易类"),
    ("英语", "翻译", "0551", "外国语言文学类"),
    ("国际经济与贸易", "电子商务、国际商务、物流管理", "0254", "经济与贸易类"),
])
def test_a_kindred_bachelor_is_asked_not_refused(engine, major, cell, category, klass):
    result = _major(engine, major, cell)
    assert result.status is REVIEW, result.reason
    assert f"研究生专业学位类别（{category}）" in result.reason and f"属{klass}" in result.reason
    assert f"请向招聘单位核实本科{major}专业可否报考" in result.reason


@pytest.mark.parametrize("major, cell", [("金融学", "金融、会计"), ("会计学", "财务管理、会计"), ("审计学", "审计")])
def test_the_bachelor_major_of_the_name_with_xue_meets_it(engine, major, cell):
    result = _major(engine, major, cell)
    assert result.status is OK, result.reason
    assert f"本科对应{major}专业" in result.reason


def test_the_same_bachelor_name_is_exact(engine):
    assert _major(engine, "社会工作", "社会工作").status is OK
    assert _major(engine, "国际商务", "国际商务").reason == "专业符合：岗位要求 国际商务，您的专业为 国际商务"


@pytest.mark.parametrize("major, cell", [
    ("汉语言文学", "应用统计、数学"),  # no kindred class: still refused
    ("法学", "应用心理"),
    ("国际经济与贸易", "国际商务（120205）"),  # the 本科 code written: the 本科 major is meant
])
def test_other_majors_are_still_refused(engine, major, cell):
    assert _major(engine, major, cell).status is FAIL


def test_a_post_not_admitting_the_level_keeps_the_refusal(engine):
    result = _major(engine, "统计学", "应用统计", education="硕士研究生及以上")
    assert result.status is FAIL, result.reason


def test_a_level_stated_list_is_not_reread(engine):
    result = _major(engine, "统计学", "本科：应用统计学；研究生：应用统计")
    assert result.status is FAIL, result.reason


def test_the_ranker_prefilter_leaves_such_a_list_to_the_rules(catalog, segmenter):
    """The vectorised pre-filter read 「国际商务」 as 本科 120205 and closed the pair the rules now review."""
    import numpy as np

    from matching.ranker import Ranker
    from service.engine import load_rules_engine
    from tests.factories import graduate, job

    jobs = [job("IB", "外贸专员", majors="国际商务", education="本科及以上"),
            job("IB-CODE", "外贸专员", majors="国际商务（120205）", education="本科及以上"),
            job("ACC", "会计", majors="会计学", education="本科及以上")]
    grads = [graduate("trade", "国际经济与贸易", catalog=catalog), graduate("chinese", "汉语言文学", catalog=catalog)]
    engine = load_rules_engine()
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine, major_tables=load_major_code_tables()).fit(jobs)
    blocked = ranker.score(grads).blocked
    assert engine(grads[0], jobs[0]).status is REVIEW
    assert not blocked[0, 0]
    for i, j in zip(*np.nonzero(blocked)):
        assert engine(grads[i], jobs[j]).status is FAIL, (grads[i].major, jobs[j].majors_text)
    assert blocked[0, 2] and blocked[1, 2]  # plain 本科 lists still close
