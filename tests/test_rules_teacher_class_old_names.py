"""Old and 师范 names of a subject's teacher-education major on teachers' short class names (「本科阶段为物理类，
研究生阶段为物理类、…」), and a 学科教学 graduate's subject written another way (「学科教学（思想政治教育）」 for
学科教学（思政）) (2026-12-07 review of the short class names). Cells are gkld 专业要求 cells; titles gkld post titles."""

from __future__ import annotations

import pytest

from features.major_fields import teaching_subject
from matching.verdict import Status
from tests.factories import MASTER, major_result as major, rules_engine


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


@pytest.mark.parametrize(("subject", "name"), [
    ("物理", "物理教育"), ("物理", "物理学教育"), ("生物", "生物教育"), ("生物", "生物学教育"), ("地理", "地理教育"),
    ("历史", "历史教育"), ("中文", "语文教育"), ("中文", "汉语言文学教育"),
])
def test_the_old_teacher_education_name_of_the_subject_is_inside_its_class(engine, catalog, subject, name):
    # 「物理教育」 (the 师范 major's older name, still the 高职 catalog's) was refused: 「专业不符：岗位要求 物理类，…」.
    cell = f"本科阶段为{subject}类，研究生阶段为{subject}类、课程与教学论、教师教育、学科教学"
    status, reason = major(engine, catalog, cell, name, title=f"高中{subject}教师")
    assert status is Status.ELIGIBLE, reason
    assert reason == f"专业符合：岗位要求 {subject}类，您的专业为 {name}"


def test_another_subjects_education_major_is_still_refused(engine, catalog):
    cell = "本科阶段为物理类，研究生阶段为物理类、课程与教学论、教师教育、学科教学"
    assert major(engine, catalog, cell, "历史教育", title="高中物理教师")[0] is Status.NOT_ELIGIBLE


@pytest.mark.parametrize(("written", "subject"), [
    ("学科教学（思政）", "思政"), ("学科教学（思想政治教育）", "思政"), ("学科教学（政治）", "思政"), ("学科教学(物理学)", "物理"),
    ("学科教学（汉语言文学）", "语文"), ("学科教学（英语）", "英语"), ("会计学", None),
])
def test_a_teaching_graduates_subject_is_read_as_the_catalog_names_it(written, subject):
    assert teaching_subject(written) == subject


@pytest.mark.parametrize("name", ["学科教学（思想政治教育）", "学科教学（政治）"])
def test_a_politics_teaching_master_is_inside_a_bare_teaching_field_of_a_politics_post(engine, catalog, name):
    cell = "研究生阶段为思想政治教育、政治学、哲学、伦理学、马克思主义理论、中共党史、课程与教学论、教师教育、学科教学"
    status, reason = major(engine, catalog, cell, name, MASTER, title="初中政治教师")
    assert status is Status.ELIGIBLE, reason  # was 待核实 「…其中「教师教育」不是研究生学科目录中的学科…」
    assert reason == f"专业符合：岗位要求 学科教学（仅限思政），您的专业为 {name}"


# --- 广东's own class codes: 「本科：体育学类（B0403）」 (gkld, 55 cells name a class with another class's code) --------

PE = ("专科：体育类（C0402）体育教育（C040114）；本科：体育学类（B0403）；研究生：体育教育训练学（A040303）"
      "体育教学硕士（专业硕士）（A040305）运动训练硕士（专业硕士）（A040306）学科教学硕士（体育）（A040113）")


@pytest.mark.parametrize(("cell", "name"), [
    (PE, "体育教育"), (PE, "运动训练"), (PE, "社会体育指导与管理"),
    ("本科：临床医学类（B1003）", "临床医学"), ("本科：音乐与舞蹈学类（B0505）", "音乐学"), ("本科：土木类（B0811）", "土木工程"),
])
def test_a_class_named_with_a_directorys_own_code_is_read_by_its_name(engine, catalog, cell, name):
    status, reason = major(engine, catalog, cell, name)
    assert status is Status.ELIGIBLE, reason  # was 「专业不符：岗位要求 体育学类，您的专业为 体育教育」 (0403 is no 本科 class)


def test_a_major_outside_the_named_class_is_still_refused(engine, catalog):
    assert major(engine, catalog, PE, "会计学") == (Status.NOT_ELIGIBLE, "专业不符：岗位要求 体育学类，您的专业为 会计学")
