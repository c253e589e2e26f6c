"""A 研究生 二级学科 or 专业学位 领域 named plainly (no 「二级学科」 after it) to a 研究生 recorded only by the
一级学科 or 专业学位 类别 that holds it (2026-12-07 review): the record does not say which field they studied,
so they are asked, not refused. Another field of the same discipline and 本科 graduates read as before.
Cells are short snippets of gkld 专业要求 cells."""

from __future__ import annotations

import pytest

from matching.verdict import Status
from tests.factories import BACHELOR, MASTER, major_result, rules_engine

SPORT = "本科：体育学类（B0403）；研究生：体育教育训练学（A040303）"
CURRICULUM = "研究生:课程与教学论(040102),教育史(040103),比较教育学(040104)"
ENGLISH = "英语语言文学、英语类、学科教学（英语）"
CIVIL_LAW = "研究生:民商法学(030105),经济法学(030107);"
COMPUTING = "计算机科学与技术类、计算机技术、软件工程"
ASK_SECOND = "请核实您的二级学科（研究方向）是否在列"
ASK_FIELD = "请核实您的专业领域（研究方向）是否在列"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


def major(engine, catalog, cell: str, name: str, level=MASTER):
    return major_result(engine, catalog, cell, name, level)


@pytest.mark.parametrize(("cell", "name", "field", "parent"), [
    (SPORT, "体育学", "体育教育训练学", "体育学"),
    (CURRICULUM, "教育学", "课程与教学论", "教育学"),
    (CIVIL_LAW, "法学", "民商法学", "法学"),
])
def test_a_master_recorded_by_the_discipline_is_asked_which_field(engine, catalog, cell, name, field, parent):
    status, reason = major(engine, catalog, cell, name)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合 「专业不符：岗位要求 …，您的专业为 体育学」
    assert f"{field} 为{parent}一级学科下的二级学科，您的专业登记为一级学科 {name}" in reason
    assert reason.endswith(ASK_SECOND)


@pytest.mark.parametrize("name", ["教育", "教育硕士", "0451教育", "045100教育"])
def test_a_master_recorded_by_the_professional_degree_is_asked_which_field(engine, catalog, name):
    status, reason = major(engine, catalog, ENGLISH, name)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合
    assert "其中 学科教学(英语) 为教育专业学位类别下的专业领域，您的专业登记为专业学位类别" in reason
    assert reason.endswith(ASK_FIELD)


def test_an_old_engineering_field_is_named_as_the_graduates_own_degree(engine, catalog):
    # 计算机技术 is 085211 of 工程 (the old list) and 085404 of 电子信息 (0854): the graduate knows the latter
    status, reason = major(engine, catalog, COMPUTING, "电子信息")
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合
    assert "其中 计算机技术 为电子信息专业学位类别下的专业领域，您的专业登记为专业学位类别 电子信息" in reason


@pytest.mark.parametrize(("cell", "name"), [
    (CURRICULUM, "教育技术学"),    # another 二级学科 of 教育学: the record says which one
    (CIVIL_LAW, "刑法学"),
    (ENGLISH, "学科教学（数学）"),  # another 领域 of 教育
    (CURRICULUM, "教育"),          # 教育 (0451) holds no field 课程与教学论
    (SPORT, "化学"),
])
def test_other_fields_are_still_refused(engine, catalog, cell, name):
    assert major(engine, catalog, cell, name)[0] is Status.NOT_ELIGIBLE


def test_bachelors_read_as_before(engine, catalog):
    # a 本科 graduate's 研究生 code is only the name found in that catalog: no 二级学科 question
    status, reason = major(engine, catalog, "地理学类、课程与教学论、学科教学（地理）", "教育学", BACHELOR)
    assert ASK_SECOND not in reason and ASK_FIELD not in reason
    assert major(engine, catalog, CURRICULUM, "教育学", BACHELOR)[0] is Status.NOT_ELIGIBLE  # a 研究生 list
