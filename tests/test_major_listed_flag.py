"""Whether the post's own major list admitted a graduate is a fact the rules record
(``ConditionResult.by_list``, from ``MajorChecker.decide``), not something read back from the
reason's words: ``matching.explain.major_listed`` used to test 「专业符合：岗位要求」 at the start of the
reason, so rewording that sentence would have silently brought back 「按专业类估计」 beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from features.major_requirements import parse_major_requirement
from features.records import Graduate
from matching.explain import major_listed
from matching.rules.majors import MajorChecker
from matching.verdict import ConditionResult, Status, Verdict
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from tests.factories import graduate, job


def _verdict(*results: ConditionResult) -> Verdict:
    return Verdict.combine((ConditionResult("education", Status.ELIGIBLE, "学历符合：岗位要求本科及以上"), *results))


def test_major_listed_follows_the_flag_not_the_wording():
    reworded = ConditionResult("major", Status.ELIGIBLE, "专业对得上：会计学在岗位专业目录中", by_list=True)
    assert major_listed(_verdict(reworded))


def test_major_listed_is_false_for_an_open_list_or_an_unflagged_reason():
    open_list = ConditionResult("major", Status.ELIGIBLE, "专业符合：岗位专业不限")
    # Worded like a listed admission, but no rule said the list admitted the graduate.
    worded_only = ConditionResult("major", Status.ELIGIBLE, "专业符合：岗位要求 会计学，您的专业为 会计学")
    assert not major_listed(_verdict(open_list))
    assert not major_listed(_verdict(worded_only))


def test_a_flag_on_a_review_or_another_kind_does_not_count():
    assert not major_listed(_verdict(ConditionResult("major", Status.NEEDS_REVIEW, "专业待核实：…", by_list=True)))
    assert not major_listed(_verdict(ConditionResult("degree", Status.ELIGIBLE, "学位符合", by_list=True)))


@pytest.fixture(scope="module")
def checker(catalog):
    return MajorChecker(catalog, load_major_code_tables())


@pytest.mark.parametrize(("text", "major", "listed"), [
    ("会计学（120203K）", "会计学", True),            # the list names the major
    ("本科：计算机类（0809）", "软件工程", True),      # a listed class holds it
    ("金融、会计", "金融学", True),                  # 专业学位 类别 金融 read as the 本科 金融学
    ("不限", "会计学", False),                       # 专业不限: admitted, but not by a list
    ("专科：不限；本科：不限", "会计学", False),
    ("会计学（120203K）", "汉语言文学", False),       # refused
])
def test_the_major_check_says_whether_its_list_admitted(checker, catalog, text, major, listed):
    grad = Graduate(id="g", major=major, major_code=getattr(catalog.resolve(major), "code", None),
                    education=EducationLevel.BACHELOR)
    decision = checker.decide(parse_major_requirement(text, catalog, tables=checker.tables), grad)
    assert decision.by_list is listed
    assert checker.check(parse_major_requirement(text, catalog, tables=checker.tables), grad) == decision[:2]


def test_the_engine_carries_the_flag_into_the_verdict(catalog):
    engine = load_rules_engine(dt.date(2026, 3, 1))
    accountant = graduate("g", "会计学", catalog=catalog)
    listed = job("L", "会计", education="本科及以上", majors="会计学（120203K）、财务管理（120204）")
    open_ = job("O", "会计", education="本科及以上", majors="不限")
    assert major_listed(engine(accountant, listed))
    assert [r.by_list for r in engine(accountant, listed).results if r.kind == "major"] == [True]
    assert not major_listed(engine(accountant, open_))
    assert not any(r.by_list for r in engine(accountant, open_).results)
