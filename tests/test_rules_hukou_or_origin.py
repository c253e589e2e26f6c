"""「户籍或生源」 with the 生源地 unstated: a hukou elsewhere leaves the 生源 way in open, so the
post is 待核实 and the reason says which half is unknown (both stated: tests/test_graduate_origin_place.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10))


def _hukou(engine, hukou: str | None, text: str = "河南省户籍或生源"):
    g = Graduate(id="g1", major="法学", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                 graduation_year=2026, hukou=hukou)
    (r,) = [r for r in engine.check(g, Job(id="j1", title="综合管理", conditions=(("户籍要求", text),))).results
            if r.kind == "hukou"]
    return r


def test_hukou_elsewhere_is_reviewed_naming_the_unknown_origin(engine):
    r = _hukou(engine, "广东省广州市")
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason == "户籍待核实：岗位要求河南省户籍或生源，您的户籍为广东省广州市，不在其内；生源地未填写，请核实生源地是否符合"


def test_hukou_alone_elsewhere_is_refused(engine):
    assert _hukou(engine, "广东省广州市", "河南省户籍").status is Status.NOT_ELIGIBLE


def test_matching_hukou_meets_hukou_or_origin(engine):
    assert _hukou(engine, "河南省郑州市").status is Status.ELIGIBLE
