"""A graduate whose level the post does not take reads that cause once (``said_once._fold_level_only_majors``):
beside 「学历不符」 the major refusal that only says the list names other levels' majors
(「专业不符：岗位只列出本科专业（本科：…），您的学历为硕士」) is folded, still kept in ``Verdict.results``;
a major refusal of the graduate's own level's list says more and stays."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.explain import about_candidate
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 5, 1))


def _job(education: str, majors: str) -> Job:
    return Job(id="J1", title="会计岗", employer="某县财政局", education=parse_education_requirement(education),
               majors_text=majors)


def _graduate(level: EducationLevel, major: str = "会计学", code: str | None = "120203") -> Graduate:
    degree = {EducationLevel.BACHELOR: Degree.BACHELOR, EducationLevel.MASTER: Degree.MASTER}[level]
    return Graduate(id="G1", major=major, major_code=code, education=level, degree=degree,
                    birth_date=dt.date(2000, 3, 1), graduation_year=2026)


def _major(verdict):
    return [r for r in verdict.results if r.kind == "major"]


def test_a_master_refused_by_a_bachelor_only_post_reads_the_education_refusal_alone(engine):
    verdict = engine.check(_graduate(EducationLevel.MASTER), _job("仅限本科", "本科：会计学"))
    assert verdict.status is Status.NOT_ELIGIBLE
    refusals = verdict.reasons(Status.NOT_ELIGIBLE)
    assert refusals == ("学历不符：岗位要求仅限本科，您的学历为硕士研究生",)
    # still checked and kept, for officers and debug views
    (major,) = _major(verdict)
    assert major.status is Status.NOT_ELIGIBLE and major.folded
    assert major.reason == "专业不符：岗位只列出本科专业（本科：会计学），您的学历为硕士研究生"
    assert [about_candidate(r) for r in refusals] == ["学历不符：岗位要求仅限本科，该毕业生的学历为硕士研究生"]


def test_a_bachelor_refused_by_a_postgraduate_post_reads_the_education_refusal_alone(engine):
    verdict = engine.check(_graduate(EducationLevel.BACHELOR), _job("硕士研究生及以上", "研究生：会计"))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("学历不符：岗位要求硕士研究生及以上，您的学历为本科",)
    assert [r.folded for r in _major(verdict)] == [True]


def test_a_major_off_the_list_of_the_graduate_s_own_level_is_still_said(engine):
    # the list names 硕士 majors too: the graduate's major not on it is a cause of its own
    verdict = engine.check(_graduate(EducationLevel.MASTER, "软件工程0835", None),
                           _job("仅限本科", "本科：计算机类；研究生：计算机科学与技术（0812）"))
    refusals = verdict.reasons(Status.NOT_ELIGIBLE)
    assert refusals[0] == "学历不符：岗位要求仅限本科，您的学历为硕士研究生"
    assert refusals[1:] == ("专业不符：岗位要求 计算机科学与技术，您的专业为 软件工程",)
    assert not any(r.folded for r in _major(verdict))


def test_without_an_education_refusal_the_level_list_refusal_is_the_cause_and_stays(engine):
    # 本科及以上 admits the 本科 graduate; only the major list leaves the level out
    verdict = engine.check(_graduate(EducationLevel.BACHELOR), _job("本科及以上", "研究生：会计"))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("专业不符：岗位只列出研究生专业（研究生：会计），您的学历为本科",)
    assert not any(r.folded for r in _major(verdict))
