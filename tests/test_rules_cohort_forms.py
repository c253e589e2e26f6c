"""Forms that decide who may apply and were left unread (2026-12-06, `benchmarks.rules_coverage --show 80`):
a cohort of graduation years, a status no record holds, routes any one of which admits, a senior title
no fresh graduate holds; and reasons a graduate misread (a 本科 graduate asked for their 专科 major,
a certificate due after appointment never shown). Strings written in the tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell
from matching.verdict import Status

DAY = dt.date(2021, 11, 20)  # within the season these posts were written for


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def read(text: str, column: str = "备注") -> list[str]:
    return [describe_condition(c) for c in parse_cell(column, text)]


def check(engine, cells: tuple[tuple[str, str], ...], level=EducationLevel.BACHELOR, degree=Degree.BACHELOR, year=2021, **fields):
    graduate = Graduate(id="G1", education=level, degree=degree, graduation_year=year, **fields)
    return engine.check(graduate, Job(id="J1", title="专业技术岗", conditions=cells))


# --- 限2016年以来离校未就业毕业生: a window the record decides, a status it cannot ---------------------

LEFT = (("应届", "限2016年以来离校未就业的高校毕业生"),)


def test_left_school_window_is_read():
    assert read("限2016年以来离校未就业的高校毕业生", "应届") == ["target_group[离校未就业高校毕业生 ≥2016届]"]


def test_graduate_before_the_window_is_refused(engine):
    verdict = check(engine, LEFT, year=2014)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons() == ("毕业年份不符：岗位面向2016年以来离校未就业高校毕业生，您2014年毕业",)


def test_graduate_in_the_window_is_asked_about_employment(engine):
    verdict = check(engine, LEFT, year=2019)
    assert verdict.status is Status.NEEDS_REVIEW
    assert "请核实离校后是否尚未就业" in verdict.reasons()[0]


# --- 2022年毕业免费师范生: a cohort and a status -----------------------------------------------------

def test_free_normal_cohort_other_year_is_refused_same_year_reviewed(engine):
    cells = (("应届", "2022届公费师范生"),)
    refused = check(engine, cells, year=2020)
    assert refused.status is Status.NOT_ELIGIBLE
    assert refused.reasons() == ("毕业年份不符：岗位面向2022年毕业免费师范生，您2020年毕业",)
    reviewed = check(engine, cells, year=2022)
    assert reviewed.status is Status.NEEDS_REVIEW
    assert "请核实您是否为免费师范生（公费师范生）" in reviewed.reasons()[0]


def test_free_normal_listed_beside_the_year_admits_that_year(engine):
    """「2022年毕业生，2022年毕业免费师范生」 lists whom the post takes: a 2022 graduate is not asked the status."""
    cells = (("应届", "2022年毕业生，2022年毕业免费师范生"),)
    assert check(engine, cells, year=2022).status is Status.ELIGIBLE
    refused = check(engine, cells, year=2019)
    assert refused.status is Status.NOT_ELIGIBLE
    assert refused.reasons()[0].startswith("报考身份不符：岗位面向2022年毕业生或2022年毕业免费师范生（符合其一即可）")


# --- routes: 博士或教授, 高级职称 / 博士 / 留学回国 ------------------------------------------------------

def test_doctor_or_professor(engine):
    cells = (("备注", "博士或副教授"),)
    assert check(engine, cells, EducationLevel.DOCTOR, Degree.DOCTOR).status is Status.ELIGIBLE
    fresh = check(engine, cells, EducationLevel.MASTER, Degree.MASTER, year=2021)
    assert fresh.status is Status.NOT_ELIGIBLE
    assert "学历不符" in fresh.reasons()[0] and "您为2021年应届毕业生，尚无该职称" in fresh.reasons()[0]
    # an earlier graduate may hold the title since: reviewed, not refused
    earlier = check(engine, cells, EducationLevel.MASTER, Degree.MASTER, year=2008)
    assert earlier.status is Status.NEEDS_REVIEW
    assert earlier.reasons()[0].startswith("报考条件待核实：岗位要求博士研究生及以上或具有副教授职称（符合其一即可）")


ROUTES = "1、具有正高级职称，或获得博士研究生学历学位人员，或经认证的获得硕士及以上学位的留学回国人员。2、中共党员。"


def test_title_doctor_returnee_routes(engine):
    assert read(ROUTES)[0] == "target_group[具有正高级职称或博士研究生及以上或经认证的获得硕士及以上学位的留学回国人员]"
    cells = (("备注", ROUTES),)
    bachelor = check(engine, cells)
    routes = next(r for r in bachelor.results if r.kind == "target_group")
    assert routes.status is Status.NOT_ELIGIBLE
    assert "经认证的获得硕士及以上学位的留学回国人员：您的学位为学士" in routes.reason
    master = check(engine, cells, EducationLevel.MASTER, Degree.MASTER)
    routes = next(r for r in master.results if r.kind == "target_group")
    assert routes.status is Status.NEEDS_REVIEW  # the master's degree may be from abroad
    assert "经教育部留学服务中心认证" in routes.reason
    doctor = check(engine, cells, EducationLevel.DOCTOR, Degree.DOCTOR)
    assert next(r for r in doctor.results if r.kind == "target_group").status is Status.ELIGIBLE


# --- asked of 社会人员 or of some schools' graduates; 返乡 --------------------------------------------

PERMIT = "外省市社会人员，须持有上海市居住证一年以上（在有效期内），计算截止时间为2021年12月1日。"


def test_residence_permit_of_outsiders_spares_fresh_graduates(engine):
    assert read(PERMIT) == ["certificate[外省市社会人员须具有上海市居住证（一年以上，在有效期内，计算截止2021年12月1日）]"]
    assert check(engine, (("备注", PERMIT),)).status is Status.ELIGIBLE
    assert check(engine, (("备注", PERMIT),), year=2015).status is Status.NEEDS_REVIEW
    assert read("外省市社会人员，需已获得“上海市居住证”满一年以上，且在有效期内。此条件应届生不需要。") == [
        "certificate[外省市社会人员须具有上海市居住证（一年以上，在有效期内）]", "note[报考须知]"]


def test_first_class_discipline_clause_and_homecoming_are_reviewed(engine):
    text = "一流学科建设高校毕业生须为研究生学历且所学专业为一流学科专业；面向返乡高校毕业生"
    assert read(text) == ["school[毕业院校：一流学科建设高校毕业生须为研究生学历且所学专业为一流学科专业]", "target_group[返乡高校毕业生]"]
    verdict = check(engine, (("备注", text),))
    assert verdict.status is Status.NEEDS_REVIEW
    assert "请核实您是否属于返乡高校毕业生" in " ".join(verdict.reasons())


# --- 具有高级职称者学历、年龄适当放宽 opens nothing to a fresh graduate --------------------------------

def test_relaxation_for_senior_titles_keeps_a_fresh_graduates_refusal_and_says_why(engine):
    cells = (("学历要求", "博士研究生"), ("备注", "具有高级职称者学历、年龄适当放宽"))
    fresh = check(engine, cells, EducationLevel.JUNIOR_COLLEGE, Degree.NONE, year=2021)
    education = next(r for r in fresh.results if r.kind == "education")
    assert education.status is Status.NOT_ELIGIBLE
    assert education.reason.endswith("（岗位注明具有高级职称者学历、年龄适当放宽，应届毕业生尚无高级职称，不适用）")
    earlier = check(engine, cells, EducationLevel.BACHELOR, Degree.BACHELOR, year=2005)
    assert next(r for r in earlier.results if r.kind == "education").status is Status.NEEDS_REVIEW


# --- reasons a graduate misread -------------------------------------------------------------------

def test_bachelor_on_a_post_listing_only_junior_majors_is_not_asked_their_junior_major(engine, catalog):
    code = catalog.resolve("会计学").code
    cells = (("学历要求", "大专及以上"), ("专业", "专科：会计、财务管理"))
    verdict = engine.check(Graduate(id="G1", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2021,
                                    major="会计学", major_code=code), Job(id="J1", title="会计", conditions=cells))
    major = next(r for r in verdict.results if r.kind == "major")
    assert major.status is Status.NEEDS_REVIEW
    assert "请核实您的专科专业是否在列，以及" not in major.reason
    assert "请向招聘单位核实本科毕业生可报考的专业范围" in major.reason


TEACHER = ("2.具有相应教师资格证书：2021届毕业生须于试用期满以前取得与报考岗位学段学科相符的教师资格证；"
           "社会人员须具有符合应聘岗位学段学科的教师资格证书。")


def test_certificate_due_after_probation_is_a_note_the_graduate_reads(engine):
    assert read(TEACHER) == ["note[证书限期取得]", "certificate[社会人员须具有符合应聘岗位学段学科的教师资格证书]"]
    fresh = check(engine, (("备注", TEACHER),), year=2021)
    assert fresh.status is Status.ELIGIBLE
    assert ("证书提示：岗位注明「具有相应教师资格证书：2021届毕业生须于试用期满以前取得与报考岗位学段学科相符的教师资格证」，"
            "报名时不要求，聘用后须按期取得") in fresh.reasons()
    earlier = check(engine, (("备注", TEACHER),), year=2016)  # not 2021's: the note is not theirs; the certificate is asked
    assert not any(r.startswith("证书提示") for r in earlier.reasons())
    assert earlier.status is Status.NEEDS_REVIEW


def test_earlier_graduates_half_is_not_quoted_as_a_note(engine):
    text = ("往届毕业生须具有相应学段学科的教师资格证书，2022年应届生须在2023年8月之前取得对应学段学科的教师资格证书或同时取得"
            "对应学段学科的《中小学幼儿园教师资格考试合格证明》和相应的《普通话等级证书》，否则解除聘用合同。")
    fresh = check(engine, (("备注", text),), year=2022)
    (note,) = [r for r in fresh.reasons() if r.startswith("证书提示")]
    assert note.startswith("证书提示：岗位注明「2022年应届生须在2023年8月之前取得")
    assert not any(r.startswith("证书提示") for r in check(engine, (("备注", text),), year=2019).reasons())


@pytest.mark.parametrize("note", ["具有高级中学教师资格者学历适当放宽", "具有助理研究员职称者学历适当放宽",
                                  "具有高级工职业资格者学历适当放宽"])
def test_relaxation_for_titles_a_fresh_graduate_may_hold_is_reviewed_not_refused(engine, note):
    # 高级中学教师资格 is a teaching licence, 助理研究员 a junior title, 高级工 a skill level: a graduate
    # of this season may hold any, so the relaxation may apply to them (reviewed, not refused as senior).
    fresh = check(engine, (("学历要求", "博士研究生"), ("备注", note)), EducationLevel.MASTER, Degree.MASTER, year=2021)
    education = next(r for r in fresh.results if r.kind == "education")
    assert education.status is Status.NEEDS_REVIEW
    assert "尚无高级职称" not in education.reason


@pytest.mark.parametrize("note", ["具有副高及以上职称者学历适当放宽", "具有高级工程师职称者学历适当放宽",
                                  "具有副主任医师职称者学历适当放宽", "具有副研究员职称者学历适当放宽"])
def test_relaxation_for_other_senior_titles_keeps_a_fresh_graduates_refusal(engine, note):
    fresh = check(engine, (("学历要求", "博士研究生"), ("备注", note)), EducationLevel.MASTER, Degree.MASTER, year=2021)
    education = next(r for r in fresh.results if r.kind == "education")
    assert education.status is Status.NOT_ELIGIBLE
    assert "应届毕业生尚无高级职称，不适用" in education.reason
