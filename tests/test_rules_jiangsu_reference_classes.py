"""「法律类」「经济类」「中文文秘类」「商务贸易类」 (class names of the 江苏-style 专业参考目录 gkld lists beside
「社会政治类」: 「中文文秘类、法律类、社会政治类、公共管理类、教育类、经济类、商务贸易类」) were unresolved, or read as
the 专业学位 法律 (0351) alone, so a 法学 graduate was 待核实 on 「法律类」. They are now named fields
(``features.major_fields``, hand-made by their plain meaning): the classes inside admit, kin classes are
asked, others refused where nothing else on the list may admit them."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from tests.factories import listed_majors_result, rules_engine

BACHELOR, MASTER, JUNIOR = EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog, on=dt.date(2023, 1, 10))


@pytest.mark.parametrize(("cell", "major", "level"), [
    ("法律类", "法学", BACHELOR), ("法律类", "法学", MASTER), ("法律类", "法律事务", JUNIOR),
    ("中文文秘类、艺术类", "汉语言文学", BACHELOR), ("中文文秘类、艺术类", "秘书学", BACHELOR),
    ("中文文秘类、艺术类", "文秘", JUNIOR), ("中国汉语言文学及文秘类", "汉语言文学", BACHELOR),
    ("经济类专业、金融学类", "经济学", BACHELOR), ("经济类专业、金融学类", "国际经济与贸易", BACHELOR),
    ("研究生阶段为经济类、财务财会类、审计类、税务税收类或统计类。", "应用经济学", MASTER),
])
def test_a_major_the_class_plainly_holds_meets_it(engine, catalog, cell, major, level):
    result = listed_majors_result(engine, catalog, cell, major, level)
    assert result.status is Status.ELIGIBLE, result.reason
    assert result.reason.startswith("专业符合：岗位要求 ") and result.reason.endswith(f"您的专业为 {major}")


def test_trade_majors_meet_the_trade_class(engine, catalog):
    for major in ("国际经济与贸易", "电子商务"):
        assert listed_majors_result(engine, catalog, "商务贸易类", major).status is Status.ELIGIBLE


@pytest.mark.parametrize(("cell", "major"), [("法律类", "汉语言文学"), ("中文文秘类、艺术类", "电子商务"),
                                             ("中国汉语言文学及文秘类", "工商管理"), ("商务贸易类", "汉语言文学")])
def test_a_major_of_another_field_is_refused(engine, catalog, cell, major):
    result = listed_majors_result(engine, catalog, cell, major)
    assert result.status is Status.NOT_ELIGIBLE, result.reason
    assert result.reason.startswith("专业不符：")


@pytest.mark.parametrize(("cell", "major", "what"), [
    ("法律类", "侦查学", "「法律类」为部分省份专业参考目录的类名（含法学类专业，研究生法学、法律）"),
    ("商务贸易类", "市场营销", "「商务贸易类」为部分省份专业参考目录的类名（含经济与贸易类、电子商务类专业）"),
    ("中文文秘类", "新闻学", "「中文文秘类」为部分省份专业参考目录的类名（含中国语言文学类专业及秘书学、文秘）"),
])
def test_an_uncertain_member_is_asked_naming_what_the_class_is(engine, catalog, cell, major, what):
    result = listed_majors_result(engine, catalog, cell, major)
    assert result.status is Status.NEEDS_REVIEW
    assert what in result.reason


def test_the_whole_directory_list_is_decided(engine, catalog):
    # gkld 9100607: every name now read (教育类 and 公共管理类 were already), so the list decides both ways.
    cell = "中文文秘类、法律类、社会政治类、公共管理类、教育类、经济类、商务贸易类"
    assert listed_majors_result(engine, catalog, cell, "法学").status is Status.ELIGIBLE
    assert listed_majors_result(engine, catalog, cell, "计算机科学与技术").status is Status.NOT_ELIGIBLE
