"""A graduate reads each condition once (``matching.rules.said_once``): two met degree or education
requirements as the one that asks more, two service terms as the longer, several certificates to
confirm in one reason; refusals are never merged away; ``jobmatch check-jobs`` asks the employer to
state one service term."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.policies import Policy
from features.records import Graduate, Job
from matching.explain import about_candidate
from matching.job_checks import Check, Severity, check_jobs
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.cli import main
from service.resources import load_major_catalog
from tests.test_cli import write_inputs


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 5, 1))


def _job(*conditions: tuple[str, str], education: str = "本科及以上") -> Job:
    return Job(id="J1", title="审计岗", employer="米东区审计局", education=parse_education_requirement(education),
               conditions=conditions)


def _graduate(level: EducationLevel = EducationLevel.MASTER, degree: Degree | None = Degree.MASTER) -> Graduate:
    return Graduate(id="G1", major="审计学", major_code="120207", education=level, degree=degree,
                    birth_date=dt.date(2000, 3, 1), graduation_year=2026)


def _said(verdict, head: str) -> list[str]:
    return [r for r in verdict.reasons() if r.split("：", 1)[0] == head]


def test_two_met_degree_requirements_read_as_the_one_asking_this_graduate_more(engine):
    verdict = engine.check(_graduate(), _job(("学位要求", "学士及以上"), ("年龄要求", "30周岁以下"), ("其他要求", "取得相应学位")))
    assert _said(verdict, "学位符合") == ["学位符合：岗位要求与学历相对应的学位，您的学位为硕士"]
    # said where the first degree requirement was, after the education
    assert verdict.reasons()[:2] == ("学历符合：岗位要求本科及以上，您的学历为硕士研究生",
                                     "学位符合：岗位要求与学历相对应的学位，您的学位为硕士")
    assert len([r for r in verdict.results if r.kind == "degree"]) == 2  # both still checked


def test_on_a_tie_the_degree_matching_the_education_is_said(engine):
    graduate = _graduate(EducationLevel.BACHELOR, Degree.BACHELOR)
    verdict = engine.check(graduate, _job(("学位要求", "学士及以上"), ("其他要求", "取得相应学位")))
    assert _said(verdict, "学位符合") == ["学位符合：岗位要求与学历相对应的学位，您的学位为学士"]


def test_two_met_education_requirements_read_as_the_higher(engine):
    verdict = engine.check(_graduate(EducationLevel.BACHELOR, Degree.BACHELOR),
                           _job(("其他要求", "本科及以上学历"), education="大专及以上"))
    assert _said(verdict, "学历符合") == ["学历符合：岗位要求本科及以上，您的学历为本科"]


def test_two_service_terms_read_as_the_longer(engine):
    verdict = engine.check(_graduate(), _job(("其他要求", "服务年限不少于3年；最低服务期5年")))
    assert _said(verdict, "服务年限") == ["服务年限：录用后须在岗服务满5年"]
    assert verdict.status is Status.ELIGIBLE


def test_certificates_to_confirm_are_named_in_one_reason(engine):
    verdict = engine.check(_graduate(), _job(("其他要求", "普通话二级甲等及以上；需取得教师资格证")))
    assert _said(verdict, "证书待核实") == ["证书待核实：岗位要求普通话二级甲等及以上、教师资格证，请核实是否已取得"]
    assert verdict.status is Status.NEEDS_REVIEW
    # guidance counts each, by its own reason and source
    assert [r.reason for r in verdict.results if r.kind == "certificate"] == [
        "证书待核实：岗位要求普通话二级甲等及以上，请核实是否已取得", "证书待核实：岗位要求教师资格证，请核实是否已取得"]


def test_a_refusal_still_names_every_failed_condition(engine):
    # a 大专 graduate without degree fails both education requirements and the degree one: each is said
    graduate = _graduate(EducationLevel.JUNIOR_COLLEGE, Degree.NONE)
    verdict = engine.check(graduate, _job(("学位要求", "学士及以上"), ("其他要求", "硕士研究生及以上学历；取得相应学位；"
                                                                   "需取得教师资格证；普通话二级甲等及以上")))
    refused = verdict.reasons(Status.NOT_ELIGIBLE)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert [r for r in refused if r.startswith("学历不符")] == ["学历不符：岗位要求本科及以上，您的学历为大专",
                                                               "学历不符：岗位要求硕士研究生及以上，您的学历为大专"]
    assert [r for r in refused if r.startswith("学位不符")] == ["学位不符：岗位要求学士及以上学位，您没有学位"]
    # what is only to confirm still folds
    assert _said(verdict, "证书待核实") == ["证书待核实：岗位要求教师资格证、普通话二级甲等及以上，请核实是否已取得"]
    # a met requirement beside a failed one of the same kind hides nothing
    verdict = engine.check(graduate, _job(("其他要求", "研究生学历"), education="大专及以上"))
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("学历不符：岗位要求硕士研究生及以上，您的学历为大专",)


def test_staff_read_the_same_merged_wording_in_the_third_person(engine):
    verdict = engine.check(_graduate(), _job(("学位要求", "学士及以上"), ("其他要求", "取得相应学位；需取得教师资格证；普通话二级甲等")))
    staff = [about_candidate(r) for r in verdict.reasons()]
    assert "学位符合：岗位要求与学历相对应的学位，该毕业生的学位为硕士" in staff
    assert "证书待核实：岗位要求教师资格证、普通话二级甲等及以上，请核实是否已取得" in staff


RECOMMEND_JOBS = """岗位编号,职位名称,用人单位,工作地点,学历要求,学位要求,专业,其他要求,职位描述
AUD1,审计岗,米东区审计局,乌鲁木齐市米东区,本科及以上,学士及以上,,取得相应学位；服务年限不少于3年；最低服务期5年；普通话二级甲等及以上；需取得教师资格证,负责审计
"""
RECOMMEND_GRADUATES = """学号,姓名,专业,学历,学位,毕业年份
G1,张三,审计学,硕士研究生,硕士,2026
"""


def test_recommend_files_say_each_condition_once(tmp_path):
    jobs, graduates = write_inputs(tmp_path, RECOMMEND_JOBS, RECOMMEND_GRADUATES)
    out = tmp_path / "out.csv"
    assert main(["recommend", "--jobs", str(jobs), "--graduates", str(graduates), "--out", str(out), "--no-model",
                 "--on", "2026-05-01"]) == 0
    (row,) = csv.DictReader(out.open(encoding="utf-8-sig"))
    reasons = row["reasons"].split("；")
    heads = [r.split("：", 1)[0] for r in reasons if "：" in r]
    assert len(heads) == len(set(heads)), reasons
    assert "学位符合：岗位要求与学历相对应的学位，该毕业生的学位为硕士" in reasons
    assert "服务年限：录用后须在岗服务满5年" in reasons
    assert "证书待核实：岗位要求普通话二级甲等及以上、教师资格证，请核实是否已取得" in reasons


def test_a_policy_names_its_certificates_in_one_reason(engine):
    policy = Policy(id="P1", name="教师岗位补贴", other="普通话二级甲等及以上；需取得教师资格证")
    reasons = check_policy(engine, _graduate(), policy).reasons
    assert "证书待核实：政策要求普通话二级甲等及以上、教师资格证，请核实是否已取得" in reasons


@pytest.fixture(scope="module")
def rules():
    from service.model_store import load_major_code_tables

    return {"catalog": load_major_catalog(), "major_tables": load_major_code_tables()}


def test_check_jobs_asks_the_employer_to_state_one_service_term(rules):
    two = _job(("其他要求", "服务年限不少于3年"), ("备注", "最低服务期5年"))
    report = check_jobs([two], **rules)
    (finding,) = [f for f in report.for_job("J1") if f.check is Check.SERVICE_YEARS_DIFFER]
    assert finding.severity is Severity.WARNING and finding.field == "conditions"
    assert "3年、5年" in finding.message and "按较长的5年" in finding.message
    assert "「服务年限不少于3年」「最低服务期5年」" in finding.message and "其他要求、备注" in finding.message


def test_check_jobs_says_nothing_of_one_service_term_said_twice(rules):
    report = check_jobs([_job(("其他要求", "服务年限不少于5年"), ("备注", "最低服务期5年"))], **rules)
    assert not [f for f in report.findings if f.check is Check.SERVICE_YEARS_DIFFER]
