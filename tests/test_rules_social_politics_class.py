"""「社会政治类」 (a class name of 江苏-style 专业参考目录: gkld 「中文文秘类、公共管理类、社会政治类…」, 「研究生阶段为
社会政治类专业」) had no code, so every graduate was 待核实 on it. It is now a named field (``features.major_fields``):
政治学类, 社会学类 and 马克思主义理论类 (研究生 政治学, 社会学, 马克思主义理论) inside; 民族学 and 社会工作 asked;
others refused where nothing else on the list may admit them."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from tests.factories import listed_majors_result, rules_engine

BACHELOR, MASTER = EducationLevel.BACHELOR, EducationLevel.MASTER


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog, on=dt.date(2023, 1, 10))


@pytest.mark.parametrize(("major", "level"), [("政治学与行政学", BACHELOR), ("社会学", BACHELOR), ("思想政治教育", BACHELOR),
                                              ("社会学", MASTER), ("马克思主义基本原理", MASTER)])
def test_a_major_of_the_classes_inside_meets_it(engine, catalog, major, level):
    result = listed_majors_result(engine, catalog, "中文文秘类、公共管理类、社会政治类、外国语言文学类", major, level)
    assert result.status is Status.ELIGIBLE
    assert result.reason == f"专业符合：岗位要求 社会政治类，您的专业为 {major}"


def test_a_kin_major_is_asked_naming_what_the_class_is(engine, catalog):
    result = listed_majors_result(engine, catalog, "社会政治类", "民族学", BACHELOR)
    assert result.status is Status.NEEDS_REVIEW
    assert "「社会政治类」为部分省份专业参考目录的类名（含政治学类、社会学类、马克思主义理论类等专业）" in result.reason


def test_said_for_graduates_only_it_is_read_too(engine, catalog):
    assert listed_majors_result(engine, catalog, "研究生阶段为社会政治类专业", "社会学", MASTER).status is Status.ELIGIBLE
    assert listed_majors_result(engine, catalog, "研究生阶段为社会政治类专业", "会计学", MASTER).status is Status.NOT_ELIGIBLE
