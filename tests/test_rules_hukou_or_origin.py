"""「户籍或生源」 never refuses, and rightly: the graduate record holds a hukou but no 生源地
(``features.records.Graduate`` has no such field), so a hukou elsewhere leaves the 生源 way in
open. The post is 待核实 and the reason says which half is unknown."""

from __future__ import annotations

import dataclasses
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


def test_the_graduate_record_has_no_origin_field():
    assert not any("origin" in f.name or "source" in f.name for f in dataclasses.fields(Graduate))


def test_hukou_elsewhere_is_reviewed_naming_the_unknown_origin(engine):
    r = _hukou(engine, "广东省广州市")
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason == "户籍待核实：岗位要求河南省户籍或生源，您的户籍为广东省广州市，不在其内；记录中没有生源地，请核实生源地是否符合"


def test_hukou_alone_elsewhere_is_refused(engine):
    assert _hukou(engine, "广东省广州市", "河南省户籍").status is Status.NOT_ELIGIBLE


def test_matching_hukou_meets_hukou_or_origin(engine):
    assert _hukou(engine, "河南省郑州市").status is Status.ELIGIBLE
