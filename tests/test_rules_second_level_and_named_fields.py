"""Major cells of the real tables read wrongly or not at all (2026-12-07): 「内科学(含：…)二级学科」 (a 研究生
二级学科 with a note), 「气象类」 (a 专业学位 类别 for 本科/研究生 graduates, a 高职 class for 专科 ones), 「财务会计类」
(a 高职 class name), 「教师教育」 (no discipline of the 学科目录) and the closing 「英国…澳大利亚留学毕业生…不限专业」.
Cells are short snippets of gkld/Henan 专业要求 cells."""

from __future__ import annotations

import pytest

from features.major_lookup import StudyLevel
from features.major_requirements import parse_major_requirement
from features.records import Job
from matching.eligibility import MajorLists
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import BACHELOR, JUNIOR, MASTER, major_result as major, rules_engine

MEDICINE = "以研究生学历报考的：内科学(含：心血管病、血液病、呼吸系病)二级学科、老年医学二级学科"
OVERSEAS = ("本科阶段为英语类，研究生阶段为英语类、学科教学（英语）；英国、美国、加拿大或澳大利亚留学毕业生"
            "（含相应国家具有独立法人资格的中外合作办学本科院校毕业生）不限专业")
TEACHERS = "研究生阶段为数学类、课程与教学论、教师教育、学科教学（数学）"


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def engine(catalog, tables):
    return rules_engine(catalog, tables)


# --- 「内科学(含：…)二级学科」 -----------------------------------------------------------------------------

def test_a_second_level_discipline_with_a_note_is_one_discipline(catalog, tables):
    req = parse_major_requirement(MEDICINE, catalog, tables=tables)
    # before: 「内科学(血液病、呼吸系病)」 and a major named 「二级学科」, which left every graduate 待核实
    assert [(r.code, r.catalog, r.name) for r in req.refs] == [
        ("100201", StudyLevel.GRADUATE, "内科学(二级学科)"), ("100203", StudyLevel.GRADUATE, "老年医学(二级学科)")]


def test_a_second_level_discipline_is_read_in_the_graduate_catalog(catalog, tables):
    req = parse_major_requirement("外科学（烧伤）二级学科、麻醉学二级学科", catalog, tables=tables)
    # 麻醉学 100202 is the 本科 major; the 二级学科 is 100217. The direction stays in the name.
    assert [(r.code, r.catalog, r.name) for r in req.refs] == [
        ("100210", StudyLevel.GRADUATE, "外科学(烧伤，二级学科)"), ("100217", StudyLevel.GRADUATE, "麻醉学(二级学科)")]
    # a 本科 list keeps the 本科 major of that name
    (law,) = parse_major_requirement("本科：法学（二级学科）", catalog, tables=tables).refs
    assert (law.code, law.catalog) == ("030101", StudyLevel.UNDERGRADUATE)


def test_graduates_on_a_second_level_list(engine, catalog):
    assert major(engine, catalog, MEDICINE, "内科学", MASTER) == (
        Status.ELIGIBLE, "专业符合：岗位要求 内科学(二级学科)，您的专业为 内科学")
    assert major(engine, catalog, MEDICINE, "外科学", MASTER)[0] is Status.NOT_ELIGIBLE  # was 待核实
    # recorded by the 一级学科 only: which 二级学科 they studied is asked
    assert major(engine, catalog, MEDICINE, "临床医学", MASTER) == (Status.NEEDS_REVIEW, (
        "专业待核实：岗位要求 内科学(二级学科)、老年医学(二级学科)，其中 内科学 为临床医学一级学科下的二级学科，"
        "您的专业登记为一级学科 临床医学，请核实您的二级学科（研究方向）是否在列"))
    # 护理学 is a 一级学科 today (1011), the 二级学科 of the 1997 list (100209) names the same field
    assert major(engine, catalog, "本科：护理学专业研究生：护理学（二级学科）", "护理学", MASTER)[0] is Status.ELIGIBLE


def test_a_bachelor_on_an_unlevelled_second_level_list_is_asked(engine, catalog):
    assert major(engine, catalog, "眼科学二级学科", "临床医学") == (Status.NEEDS_REVIEW, (
        "专业待核实：岗位要求 眼科学(二级学科)，为研究生二级学科，未写本科专业要求；请向招聘单位核实本科临床医学专业可否报考"))


# --- 「气象类」 ---------------------------------------------------------------------------------------------

def test_meteorology_is_named_a_professional_degree_category(engine, catalog):
    # 海洋科学 (理学, another class): a 大气科学 graduate is inside (大气科学类, 2026-12-07 review)
    status, reason = major(engine, catalog, "气象类", "海洋科学")
    assert status is Status.NEEDS_REVIEW
    assert reason == "专业待核实：岗位要求 气象类，为研究生专业学位类别，未写本科专业要求；请向招聘单位核实本科海洋科学专业可否报考"


def test_meteorology_for_a_junior_college_graduate_is_the_vocational_class(engine, catalog):
    assert major(engine, catalog, "气象类", "大气探测技术", JUNIOR) == (
        Status.ELIGIBLE, "专业符合：岗位要求 气象类，您的专业为 大气探测技术")
    status, reason = major(engine, catalog, "气象类", "计算机应用技术", JUNIOR)
    assert status is Status.NOT_ELIGIBLE and "研究生" not in reason


# --- 「财务会计类」 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, name, level", [
    ("财务会计类", "会计学", BACHELOR),
    ("本科：财务会计类；研究生：财务会计类", "会计", MASTER),
    ("专科：财务会计类（5303）", "大数据与会计", JUNIOR),
    ("大专：财务会计类本科：工商管理类研究生：工商管理", "会计", JUNIOR),
])
def test_accounting_majors_meet_the_accounting_class(engine, catalog, cell, name, level):
    assert major(engine, catalog, cell, name, level) == (Status.ELIGIBLE, f"专业符合：岗位要求 财务会计类，您的专业为 {name}")


def test_a_kindred_major_is_asked_what_the_directory_says(engine, catalog):
    assert major(engine, catalog, "财务会计类", "市场营销") == (Status.NEEDS_REVIEW, (
        "专业待核实：岗位要求 财务会计类，「财务会计类」为高职专科专业目录的类名（含会计、财务管理、审计等专业），"
        "本科、研究生专业目录无此类；请对照招聘公告所附专业目录核实您的专业 市场营销 是否属于其中"))


@pytest.mark.parametrize("name, level", [("汉语言文学", BACHELOR), ("计算机应用技术", JUNIOR)])
def test_other_fields_are_refused_on_the_accounting_class(engine, catalog, name, level):
    assert major(engine, catalog, "财务会计类", name, level) == (
        Status.NOT_ELIGIBLE, f"专业不符：岗位要求 财务会计类，您的专业为 {name}")


# --- 「教师教育」 ---------------------------------------------------------------------------------------------

def test_teacher_education_is_read_under_education(engine, catalog):
    assert major(engine, catalog, TEACHERS, "教师教育", MASTER)[0] is Status.ELIGIBLE
    status, reason = major(engine, catalog, TEACHERS, "教育学原理", MASTER)
    assert status is Status.NEEDS_REVIEW
    assert "其中「教师教育」不是研究生学科目录中的学科（部分高校在教育学一级学科下自设的二级学科）" in reason
    assert major(engine, catalog, TEACHERS, "工商管理", MASTER)[0] is Status.NOT_ELIGIBLE  # was 待核实


# --- 「英国…澳大利亚留学毕业生…不限专业」 ----------------------------------------------------------------------------

def test_the_overseas_exemption_is_no_major_of_the_list(catalog, tables):
    req = parse_major_requirement(OVERSEAS, catalog, tables=tables)
    assert req.unparsed == ()  # was 「澳大利亚留学毕业生不限专业」
    assert not any(r.name in ("英国", "美国", "加拿大") for r in req.refs)
    assert req.overseas_exemption.startswith("英国、美国、加拿大或澳大利亚留学毕业生（含") and req.overseas_exemption.endswith("不限专业")
    assert req.text == OVERSEAS and req.refs[0].span == (5, 8)


def test_the_prefilter_keeps_a_post_with_the_overseas_exemption(catalog, tables):
    # the rules review a refused 本科 graduate there (the exemption), so the pre-filter must not drop them
    assert MajorLists(catalog, tables).undergrad_keys(Job(id="J1", title="英语教师", majors_text=OVERSEAS)) == frozenset()


def test_a_refusal_on_the_overseas_list_is_still_reviewed(engine, catalog):
    status, _ = major(engine, catalog, OVERSEAS, "汉语言文学")
    assert status is Status.NEEDS_REVIEW
