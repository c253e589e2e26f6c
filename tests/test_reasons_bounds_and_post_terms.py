"""Two met education requirements bounding the level from either side are said as the range they
leave (大专及以上 and 本科及以下 → 大专至本科), not as one bound; a service term for one named post
(「其中会计岗位须服务满5年」) is compared by ``jobmatch check-jobs`` only on that post."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.job_checks import Check, check_jobs
from matching.rules import RulesEngine
from matching.rules.conditions import Kind
from matching.rules.parser import parse_cell
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 5, 1))


def _job(*conditions: tuple[str, str], education: str = "大专及以上", title: str = "审计岗") -> Job:
    return Job(id="J1", title=title, employer="米东区审计局", education=parse_education_requirement(education),
               conditions=conditions)


BACHELOR = Graduate(id="G1", major="审计学", major_code="120207", education=EducationLevel.BACHELOR,
                    degree=Degree.BACHELOR, birth_date=dt.date(2000, 3, 1), graduation_year=2026)


def _education_said(verdict) -> list[str]:
    return [r for r in verdict.reasons() if r.startswith("学历")]


@pytest.mark.parametrize("column_side, cell_side", [("大专及以上", "本科及以下"), ("本科及以下", "大专及以上学历")])
def test_a_lower_and_an_upper_bound_are_said_as_one_range(engine, column_side, cell_side):
    verdict = engine.check(BACHELOR, _job(("其他要求", cell_side), education=column_side))
    assert _education_said(verdict) == ["学历符合：岗位要求大专至本科，您的学历为本科"]


def test_a_requirement_already_stating_the_range_is_said_as_it_is(engine):
    verdict = engine.check(BACHELOR, _job(("其他要求", "大专及以上学历"), education="本科及以上"))
    assert _education_said(verdict) == ["学历符合：岗位要求本科及以上，您的学历为本科"]


def test_a_term_for_one_named_post_is_read_as_post_scoped():
    kinds = [c.kind for c in parse_cell("其他要求", "其中会计岗位须服务满5年")]
    assert kinds == [Kind.POST_SCOPED]


@pytest.fixture(scope="module")
def rules():
    return {"catalog": load_major_catalog()}


def _service_findings(job: Job, rules) -> list:
    return [f for f in check_jobs([job], **rules).for_job("J1") if f.check is Check.SERVICE_YEARS_DIFFER]


def test_another_posts_term_is_no_contradiction(rules):
    job = _job(("最低服务年限", "3年"), ("备注", "其中会计岗位须服务满5年"), title="审计岗")
    assert _service_findings(job, rules) == []


def test_this_posts_own_term_is_compared(rules):
    job = _job(("最低服务年限", "3年"), ("备注", "其中会计岗位须服务满5年"), title="会计岗位")
    (finding,) = _service_findings(job, rules)
    assert "3年、5年" in finding.message
