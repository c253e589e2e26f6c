"""气象类 for 本科 大气科学类 graduates, teachers' posts' short class names (「本科阶段为物理类，研究生阶段为…」),
a bare 「学科教学」 read with the post's subject, 「信息技术类」「生物类」 (2026-12-07 review). Cells are short
snippets of gkld 专业要求 cells; titles are gkld post titles' form."""

from __future__ import annotations

import pytest

from matching.verdict import Status
from tests.factories import BACHELOR, JUNIOR, MASTER, major_result as major, rules_engine

PHYSICS = "本科阶段为物理类，研究生阶段为物理类、课程与教学论、教师教育、学科教学"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


# --- 1. 「气象类」 to a 本科 graduate of 大气科学类 ----------------------------------------------------------

@pytest.mark.parametrize("cell", ["气象类", "气象类、气象相关类", "气象相关类"])
@pytest.mark.parametrize("name", ["大气科学", "应用气象学"])
def test_an_atmospheric_science_bachelor_is_inside_the_meteorology_field(engine, catalog, cell, name):
    status, reason = major(engine, catalog, cell, name)
    assert status is Status.ELIGIBLE, reason  # was 待核实 「…为研究生专业学位类别…」
    assert reason.endswith(f"您的专业为 {name}")


def test_other_bachelors_on_meteorology_are_as_before(engine, catalog):
    assert major(engine, catalog, "气象类", "地理信息科学")[0] is Status.NEEDS_REVIEW
    assert major(engine, catalog, "气象类", "汉语言文学")[0] is Status.NOT_ELIGIBLE


# --- 2. 「本科阶段为物理类，研究生阶段为…」: the short class names ------------------------------------------

def test_a_bachelor_outside_the_stated_undergraduate_class_is_refused(engine, catalog):
    assert major(engine, catalog, PHYSICS, "会计学") == (Status.NOT_ELIGIBLE, "专业不符：岗位要求 物理类，您的专业为 会计学")  # was 待核实


@pytest.mark.parametrize(("cell", "name"), [
    (PHYSICS, "物理学"), (PHYSICS, "应用物理学"),
    ("本科阶段为地理类，研究生阶段为地理类、课程与教学论、教师教育、学科教学（地理）", "地理科学"),
    ("本科阶段为中文类，研究生阶段为中文类、课程与教学论、教师教育、学科教学（语文）", "汉语言文学"),
    ("本科阶段为历史类，研究生阶段为历史类、课程与教学论、教师教育、学科教学（历史）", "历史学"),
    ("本科阶段为体育类，研究生阶段为体育类、课程与教学论、教师教育、学科教学（体育）", "体育教育"),
])
def test_a_bachelor_of_the_subject_class_is_inside(engine, catalog, cell, name):
    assert major(engine, catalog, cell, name)[0] is Status.ELIGIBLE  # was 待核实


def test_a_conjoined_level_list_names_no_major_qie(engine, catalog):
    # 「且」 between the levels was read as a 本科 major named 且, leaving every 本科 graduate 待核实
    assert major(engine, catalog, "本科：法学（0301）且研究生：法学（0301）", "汉语言文学")[0] is Status.NOT_ELIGIBLE


# --- 3. a bare 「学科教学」 -------------------------------------------------------------------------------------

def test_a_subject_teaching_master_is_inside_a_list_of_no_subject(engine, catalog):
    assert major(engine, catalog, "学科教学", "学科教学（数学）", MASTER) == (
        Status.ELIGIBLE, "专业符合：岗位要求 学科教学，您的专业为 学科教学（数学）")


def test_the_subject_is_read_from_the_title(engine, catalog):
    assert major(engine, catalog, "学科教学", "学科教学（英语）", MASTER, "初中英语教师")[0] is Status.ELIGIBLE
    status, reason = major(engine, catalog, "学科教学", "学科教学（数学）", MASTER, "初中英语教师")
    assert status is Status.NEEDS_REVIEW, reason
    assert "岗位所写学科为英语" in reason and "学科教学（数学）" in reason


def test_the_subject_is_read_from_the_cell(engine, catalog):
    assert major(engine, catalog, PHYSICS, "学科教学（物理）", MASTER)[0] is Status.ELIGIBLE  # was 待核实
    assert major(engine, catalog, PHYSICS, "学科教学（化学）", MASTER)[0] is Status.NEEDS_REVIEW
    assert major(engine, catalog, PHYSICS, "会计", MASTER)[0] is Status.NOT_ELIGIBLE


# --- 4. 「信息技术类」「生物类」 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "level"), [("计算机科学与技术", BACHELOR), ("电子信息工程", BACHELOR), ("通信工程", BACHELOR),
                                             ("软件工程", MASTER), ("计算机应用技术", JUNIOR)])
def test_plain_information_technology_majors_are_inside(engine, catalog, name, level):
    assert major(engine, catalog, "气象类，信息技术类", name, level)[0] is Status.ELIGIBLE  # was 待核实


def test_information_technology_kin_is_asked_and_others_refused(engine, catalog):
    assert major(engine, catalog, "信息技术类", "微电子科学与工程")[0] is Status.NEEDS_REVIEW
    assert major(engine, catalog, "信息技术类", "信息与计算科学")[0] is Status.NEEDS_REVIEW
    assert major(engine, catalog, "信息技术类", "汉语言文学")[0] is Status.NOT_ELIGIBLE


def test_the_biology_class(engine, catalog):
    cell = "生物类、学科教学（生物）、课程与教学论（生物）"
    assert major(engine, catalog, cell, "生物科学")[0] is Status.ELIGIBLE
    assert major(engine, catalog, cell, "生物学", MASTER)[0] is Status.ELIGIBLE
    assert major(engine, catalog, cell, "生物工程")[0] is Status.NEEDS_REVIEW
    assert major(engine, catalog, cell, "会计学")[0] is Status.NOT_ELIGIBLE
