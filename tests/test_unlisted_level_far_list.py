"""A master reviewed only because a post lists 本科 majors (``major_kin.unlisted_level``) ranks such a post below
one whose list is near their own field when the list names nothing of their 门类 (2026-12-07 graduate review: a
思想政治教育 硕士 was suggested 化学、美术、地理教师 as 待核实 among the 道德与法治 posts)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from matching.ranker import Ranker
from matching.verdict import Status
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from tests.factories import graduate, job

DAY = dt.date(2026, 3, 1)


def _master(catalog):
    return graduate("g", "思想政治教育", education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2026,
                    intention="想当老师，留在乌鲁木齐", locations=("乌鲁木齐",))


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    # Alike but for the list, the far post first: before, the tie left it above the near one.
    jobs = [job("far", "教师", education="本科及以上", majors="本科：化学", location="乌鲁木齐市", employer="某中学"),
            job("near", "教师", education="本科及以上", majors="本科：思想政治教育", location="乌鲁木齐市", employer="某中学")]
    return Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables(),
                  checker=load_rules_engine(DAY)).fit(jobs)


def test_a_far_lower_level_list_is_flagged_and_a_near_one_is_not(catalog):
    engine = load_rules_engine(DAY)
    for majors, far in (("本科：化学", True), ("本科：思想政治教育", False), ("本科：社会学", False)):
        verdict = engine.check(_master(catalog), job("j", "教师", education="本科及以上", majors=majors))
        (major,) = [r for r in verdict.results if r.kind == "major"]
        assert major.status is Status.NEEDS_REVIEW and major.far_list is far, majors
        assert "请核实您的本科专业是否在列" in major.reason


def test_the_near_list_ranks_above_the_far_one(ranker, catalog):
    [result] = ranker.rank([_master(catalog)], k=2)
    assert [s.job_id for s in result.suggestions] == ["near", "far"]
    near, far = result.suggestions
    assert near.status is far.status is Status.NEEDS_REVIEW and far.score == pytest.approx(near.score * 0.5, abs=1e-4)
