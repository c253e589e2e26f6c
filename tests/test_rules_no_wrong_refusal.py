"""Refusals that would hide a post a graduate can take: a clause that only mentions serving staff
(what they must do, that they may not apply, a status one lacks), and a hukou exception that
says more than one past season's 应届 graduates (earlier graduates, another group)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))


def _job(column: str, text: str) -> Job:
    return Job(id="j1", title="工作人员", education=parse_education_requirement("大专及以上"), conditions=((column, text),))


def _graduate(year: int = 2026, education: EducationLevel = EducationLevel.BACHELOR) -> Graduate:
    return Graduate(id="g1", hukou="新疆喀什地区喀什市", graduation_year=year, major="法学", education=education)


def _only(verdict, kind: str):
    (result,) = [r for r in verdict.results if r.kind == kind]
    return result


# -- serving staff named, not required ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "在编在岗人员须经主管部门同意后方可报考",  # what staff must do to apply
    "在编在岗人员报考须出具单位同意报考证明",
    "已在编在岗的人员须经所在单位同意",
    "事业编制工作人员须服务满5年",
    "非正式在编人员",  # a status one lacks
])
def test_a_clause_for_those_who_serve_does_not_refuse_a_fresh_graduate(engine, text):
    result = _only(engine.check(_graduate(), _job("备注", text)), "status")
    assert result.status is REVIEW, result.reason


@pytest.mark.parametrize("text", [
    "在编在岗人员不能报考",
    "不接受在编在岗人员报考",
    "在编在岗人员不予报考",
    "公务员（含参公）身份人员不能报考",
])
def test_serving_staff_kept_out_admits_a_fresh_graduate(engine, text):
    result = _only(engine.check(_graduate(), _job("备注", text)), "status")
    assert result.status is OK and result.reason.endswith("您为2026年应届毕业生，尚无在职身份")


@pytest.mark.parametrize("text", [
    "公务员必须已经进行公务员登记",
    "具有事业编制、卫生系列中级及以上职称、现聘专技9级岗位或已聘专技10级岗位二年及以上",
    "选调范围：全县各乡镇（街道）公务员在编在岗人员",
    "面向巴东县现任村（社区）“两委”班子成员",
])
def test_a_post_for_serving_staff_still_refuses_a_fresh_graduate(engine, text):
    assert _only(engine.check(_graduate(), _job("备注", text)), "status").status is FAIL


# -- a hukou exception that says more than one past season --------------------------------

@pytest.mark.parametrize(("text", "graduate"), [
    ("江苏省户籍，2023年7月31日前毕业的高校毕业生不限户籍", _graduate(year=2019)),  # reaches back
    ("江苏省户籍，2023年及以前毕业的高校毕业生不限户籍", _graduate(year=2019)),
    ("江苏省户籍，2023年应届毕业生、研究生学历不限户籍", _graduate(education=EducationLevel.MASTER)),  # another group
    ("江苏省户籍，2023年应届毕业生不限户籍，博士研究生不限户籍", _graduate(year=2018, education=EducationLevel.DOCTOR)),
])
def test_an_exception_that_may_admit_the_graduate_is_reviewed(engine, text, graduate):
    result = _only(engine.check(graduate, _job("其他要求", text)), "hukou")
    assert result.status is REVIEW, result.reason


@pytest.mark.parametrize("text", ["江苏省户籍，2023年应届毕业生不限户籍", "江苏省户籍，2022年、2023年应届毕业生不限户籍"])
def test_one_past_seasons_exception_still_refuses_a_later_graduate(engine, text):
    result = _only(engine.check(_graduate(), _job("其他要求", text)), "hukou")
    assert result.status is FAIL and "您2026年毕业" in result.reason
