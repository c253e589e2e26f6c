"""遴选 posts are not for graduates of the season: a civil servants' 遴选 (「…机关公开遴选公务员」) picks
among serving civil servants, a unit's 「面向直属附属医院遴选」 among the named units' staff. A graduate of
this season is refused (报考身份不符), an earlier one asked (待核实); a 遴选 whose text names no such pool,
and a 选调 of graduates, add nothing. The post's words are gkld's (2021 德州, 北屯, 福建医科大学, 台江)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import parse_education_requirement
from features.records import EmployerType, Graduate, Job
from matching.job_checks import Check
from matching.rules import RulesEngine
from matching.verdict import Status
from tests.test_job_checks import bad, findings, rules  # noqa: F401

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE

DEZHOU = "2021年德州市市直机关公开遴选公务员公告"
BEITUN = "2021年第十师北屯市机关公开遴选公务员的公告"
FUJIAN = "福建医科大学关于面向直属附属医院遴选专任教师的通知"
TAIJIANG = "台江县2021年公开遴选医务人员实施方案"
CIVIL_REFUSAL = "报考身份不符：公务员遴选面向在职公务员（参照公务员法管理人员），应届毕业生不能报考"


@pytest.fixture(scope="module")
def engine():
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    # The day the gkld tables were read in their season: 2021 and 2022 graduates are 应届.
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2021, 11, 20),
                       major_tables=load_major_code_tables())


def _job(announcement: str | None, *, exam_type: str | None = "遴选", employer_type=EmployerType.GOVERNMENT,
         job_id: str = "s1") -> Job:
    return Job(id=job_id, title="综合管理职位", employer="机关", employer_type=employer_type,
               education=parse_education_requirement("本科及以上"), announcement=announcement, exam_type=exam_type,
               conditions=(("学历要求", "本科及以上"),))


def _graduate(year: int | None) -> Graduate:
    return Graduate(id="g1", graduation_year=year, major="法学", education=parse_education_requirement("本科").minimum)


def _status(verdict):
    (result,) = [r for r in verdict.results if r.kind == "status"]
    return result


@pytest.mark.parametrize("year", [2021, 2022])
def test_a_civil_service_selection_refuses_this_seasons_graduate(engine, year):
    verdict = engine.check(_graduate(year), _job(DEZHOU))
    assert verdict.status is FAIL
    assert _status(verdict).status is FAIL and _status(verdict).reason == CIVIL_REFUSAL


def test_a_civil_service_selection_asks_an_earlier_graduate(engine):
    verdict = engine.check(_graduate(2018), _job(DEZHOU))
    assert verdict.status is REVIEW
    assert _status(verdict).reason == ("报考身份待核实：公务员遴选面向在职公务员（参照公务员法管理人员），"
                                       "请核实您目前是否为在职公务员或参照公务员法管理的工作人员")


def test_a_graduate_without_a_graduation_year_is_asked(engine):
    assert _status(engine.check(_graduate(None), _job(DEZHOU))).status is REVIEW


def test_the_announcement_naming_civil_servants_is_enough(engine):
    # No employer type known: 「公开遴选公务员」 says it.
    assert _status(engine.check(_graduate(2022), _job(BEITUN, employer_type=None))).reason == CIVIL_REFUSAL


def test_an_organs_selection_said_only_as_the_exam_type_is_one(engine):
    verdict = engine.check(_graduate(2022), _job(None, job_id="s2"))
    assert _status(verdict).reason == CIVIL_REFUSAL
    assert _status(verdict).source == "考试类型：遴选"
    # The same post as an ordinary civil-service exam: parsed anew, not served from the cache.
    assert [r for r in engine.check(_graduate(2022), _job(None, exam_type="公务员", job_id="s2")).results
            if r.kind == "status"] == []


def test_a_units_selection_among_named_units_refuses_this_seasons_graduate(engine):
    job = _job(FUJIAN, employer_type=EmployerType.PUBLIC_INSTITUTION)
    fresh = _status(engine.check(_graduate(2022), job))
    assert fresh.status is FAIL
    assert fresh.reason == "报考身份不符：岗位面向直属附属医院遴选，从其在职人员中选拔，应届毕业生不能报考"
    earlier = _status(engine.check(_graduate(2016), job))
    assert earlier.status is REVIEW
    assert earlier.reason == "报考身份待核实：岗位面向直属附属医院遴选，从其在职人员中选拔，请核实您目前是否在直属附属医院任职"
    assert earlier.source == "招聘公告：面向直属附属医院遴选"


@pytest.mark.parametrize("announcement", [
    TAIJIANG,  # names no pool: who may apply is the table's to say
    "某市人民医院2021年面向社会公开遴选专业技术人员公告",  # open to everyone
])
def test_a_units_selection_naming_no_pool_of_staff_adds_nothing(engine, announcement):
    verdict = engine.check(_graduate(2022), _job(announcement, employer_type=EmployerType.PUBLIC_INSTITUTION))
    assert [r for r in verdict.results if r.kind == "status"] == [] and verdict.status is OK


def test_a_selection_of_graduates_by_the_organs_is_no_selection(engine):
    # 选调 takes graduates (选调生): not a 遴选.
    verdict = engine.check(_graduate(2022), _job("2021年山东省选调优秀大学毕业生到基层工作公告", exam_type="选调"))
    assert [r for r in verdict.results if r.kind == "status"] == [] and verdict.status is OK


def test_check_jobs_says_this_seasons_graduates_are_refused(rules):  # noqa: F811
    (finding,) = [f for f in findings(rules, bad(conditions=(("备注", "有2年以上综合文稿起草工作经历"),), exam_type="遴选",
                                                 employer_type=EmployerType.GOVERNMENT, announcement=DEZHOU))
                  if f.check is Check.EXPERIENCE_YEARS]
    assert "应届毕业生对此岗位得到「不符合」" in finding.message and "只能得到「待核实」" not in finding.message
