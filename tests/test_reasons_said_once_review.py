"""Review of ``matching.rules.said_once``: a requirement asked of a group no record tells
(公费师范生, 退伍士兵) is not said in place of the one every applicant must meet, and merged
certificates keep apart what some applicants only must hold."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.policies import Policy
from features.records import Graduate, Job
from matching.explain import about_candidate
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.rules.conditions import CertificateCond, Condition, EducationCond, Kind, Span
from matching.verdict import Status
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 5, 1))


def _job(*conditions: tuple[str, str]) -> Job:
    return Job(id="J1", title="教师岗", employer="米东区第一中学", education=parse_education_requirement("本科及以上"),
               conditions=conditions)


def _graduate(level: EducationLevel, degree: Degree) -> Graduate:
    return Graduate(id="G1", major="汉语言文学", major_code="050101", education=level, degree=degree,
                    birth_date=dt.date(2000, 3, 1), graduation_year=2026)


def _heads(verdict, head: str) -> list[str]:
    return [r for r in verdict.reasons() if r.split("：", 1)[0] == head]


def test_a_degree_asked_of_a_named_group_is_not_said_for_the_one_every_applicant_needs(engine):
    # the group's clause stated first, a tie: the graduate read that only 公费师范生 need a degree
    bachelor = _graduate(EducationLevel.BACHELOR, Degree.BACHELOR)
    verdict = engine.check(bachelor, _job(("其他要求", "公费师范生需取得学士学位"), ("学位要求", "学士及以上")))
    assert _heads(verdict, "学位符合") == ["学位符合：岗位要求学士及以上学位，您的学位为学士"]
    # the group's degree higher, met too: still the one every applicant needs is said
    master = _graduate(EducationLevel.MASTER, Degree.MASTER)
    verdict = engine.check(master, _job(("学位要求", "学士及以上"), ("其他要求", "公费师范生需取得硕士学位")))
    assert _heads(verdict, "学位符合") == ["学位符合：岗位要求学士及以上学位，您的学位为硕士"]
    assert verdict.status is Status.ELIGIBLE
    assert len([r for r in verdict.results if r.kind == "degree"]) == 2  # both still checked
    # 研究生需取得硕士及以上学位 names levels: it asks a 硕士 graduate, and asks more than 学士及以上
    verdict = engine.check(master, _job(("学位要求", "学士及以上"), ("其他要求", "研究生需取得硕士及以上学位")))
    assert _heads(verdict, "学位符合") == ["学位符合：岗位要求研究生须取得硕士及以上学位，您的学位为硕士"]


def test_an_education_asked_of_a_named_group_is_not_said_for_the_jobs_own(engine):
    # built directly: no cell the parser reads gives a group's education above the job's
    job_wide = Condition(Kind.EDUCATION, EducationCond(parse_education_requirement("本科及以上")), Span("学历要求", 0, 5), "本科及以上")
    group = Condition(Kind.EDUCATION, EducationCond(parse_education_requirement("研究生"), scope="定向生"),
                      Span("其他要求", 0, 12), "定向生须具有研究生学历")
    verdict = engine.check_conditions(_graduate(EducationLevel.MASTER, Degree.MASTER), (group, job_wide))
    assert _heads(verdict, "学历符合") == ["学历符合：岗位要求本科及以上，您的学历为硕士研究生"]


def test_certificates_of_some_applicants_are_parted_from_those_of_all(engine):
    master = _graduate(EducationLevel.MASTER, Degree.MASTER)
    verdict = engine.check(master, _job(("其他要求", "需取得教师资格证；研究生须具有英语六级；普通话二级甲等")))
    (said,) = _heads(verdict, "证书待核实")
    assert said == "证书待核实：岗位要求教师资格证、普通话二级甲等及以上，研究生须具有大学英语六级，请核实是否已取得"
    assert verdict.status is Status.NEEDS_REVIEW
    assert about_candidate(said) == said  # staff read the same sentence (it names no 您)


def test_a_certificate_every_applicant_needs_is_not_asked_again_of_some(engine):
    # as gkld's teachers' posts state it: 取得教师资格证 in one cell, 应届本科毕业生…必须取得…教师资格证和普通话等级证书
    def certificate(name: str, scope: str | None, text: str) -> Condition:
        return Condition(Kind.CERTIFICATE, CertificateCond(name, scope=scope), Span("其他要求", 0, len(text)), text)

    conds = (certificate("教师资格证", None, "取得教师资格证"),
             certificate("教师资格证", "应届本科毕业生", "应届本科毕业生须取得教师资格证"),
             certificate("普通话等级证书", "应届本科毕业生", "应届本科毕业生须取得普通话等级证书"))
    verdict = engine.check_conditions(_graduate(EducationLevel.BACHELOR, Degree.BACHELOR), conds)
    assert _heads(verdict, "证书待核实") == ["证书待核实：岗位要求教师资格证，应届本科毕业生须具有普通话等级证书，请核实是否已取得"]
    # every certificate still checked on its own (guidance counts each by its topic)
    assert [r.reason for r in verdict.results if r.kind == "certificate"] == [
        "证书待核实：岗位要求教师资格证，请核实是否已取得", "证书待核实：岗位要求应届本科毕业生须具有教师资格证，请核实是否已取得",
        "证书待核实：岗位要求应届本科毕业生须具有普通话等级证书，请核实是否已取得"]


def test_a_policy_parts_its_certificate_groups_too(engine):
    policy = Policy(id="P1", name="教师岗位补贴", other="需取得教师资格证；研究生须具有英语六级")
    reasons = check_policy(engine, _graduate(EducationLevel.MASTER, Degree.MASTER), policy).reasons
    assert "证书待核实：政策要求教师资格证，研究生须具有大学英语六级，请核实是否已取得" in reasons
