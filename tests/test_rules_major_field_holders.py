"""Review of the 二级学科 / 财务会计类 reading (2026-12-07): graduates whose record may hold the field
the post names are asked, not refused, and a track note after an accounting major does not hide it.
Cells are short snippets of gkld 专业要求 cells."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import BACHELOR, MASTER, major_result as major, rules_engine

MEDICINE = "以研究生学历报考的：内科学(含：心血管病、血液病、呼吸系病)二级学科、老年医学二级学科"
ACCOUNTING = "本科：财务会计类；研究生：财务会计类"


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


@pytest.mark.parametrize("name", ["1051临床医学", "临床医学硕士", "105100临床医学", "内科学硕士"])
def test_a_professional_clinical_master_is_asked_which_field(engine, catalog, name):
    # 临床医学 专业学位 (1051) has the field 内科学 (105101): the record does not say which field
    status, reason = major(engine, catalog, MEDICINE, name, MASTER)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合
    assert "内科学 为临床医学一级学科下的二级学科" in reason and "请核实您的二级学科（研究方向）是否在列" in reason
    assert "一级学科 临床医学硕士" not in reason


def test_other_fields_of_clinical_medicine_are_still_refused(engine, catalog):
    assert major(engine, catalog, MEDICINE, "105109外科学", MASTER)[0] is Status.NOT_ELIGIBLE
    assert major(engine, catalog, MEDICINE, "外科学硕士", MASTER)[0] is Status.NOT_ELIGIBLE


@pytest.mark.parametrize("name", ["会计学（ACCA方向）", "会计学(注册会计师方向)", "会计学（中外合作办学）"])
def test_an_accounting_track_is_inside_the_accounting_class(engine, catalog, name):
    assert major(engine, catalog, ACCOUNTING, name) == (
        Status.ELIGIBLE, "专业符合：岗位要求 财务会计类，您的专业为 会计学")  # was 待核实


def test_a_mba_is_asked_not_refused_on_the_accounting_class(engine, catalog):
    status, reason = major(engine, catalog, ACCOUNTING, "工商管理硕士", MASTER)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合, while 工商管理 (1202) is asked
    assert "请对照招聘公告所附专业目录核实您的专业 工商管理硕士 是否属于其中" in reason
    assert major(engine, catalog, ACCOUNTING, "金融", MASTER)[0] is Status.NOT_ELIGIBLE


# --- 「气象类、气象相关类」 (43 气象部门 posts): the second name widens the first ------------------------

def test_a_related_repeat_widens_the_list(catalog):
    from features.major_requirements import parse_major_requirement
    (ref,) = parse_major_requirement("气象类、气象相关类", catalog, tables=load_major_code_tables()).refs
    assert (ref.code, ref.related) == ("0751", True)  # was related=False: 「气象相关类」 dropped as a repeat


@pytest.mark.parametrize(("name", "level"), [("计算机科学与技术", BACHELOR), ("计算机应用技术", (EducationLevel.JUNIOR_COLLEGE, None))])
def test_majors_past_the_field_are_asked_on_a_related_list(engine, catalog, name, level):
    status, reason = major(engine, catalog, "气象类、气象相关类", name, level)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合, while 「气象相关类」 alone asks
    assert reason.startswith("专业待核实：岗位要求 气象类相关专业，")  # as written: no 等 added (2026-12-07)
    assert major(engine, catalog, "气象类", name, level)[0] is Status.NOT_ELIGIBLE
