"""Three readings from the 2026-12-07 reviews, with short snippets of the real cells:
广东's 专业硕士 entries read as the 专业学位 field they name (gkld), 服务基层项目人员 posts to a graduate still at
school (Henan), and a disability-type sentence read as one condition (Henan 12007011, 14008011)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.hardship import Hardship
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables

MASTER = (EducationLevel.MASTER, Degree.MASTER)
PE_TEACHING = "研究生：学科教学硕士（体育）（A040113）"
CHINESE_TEACHING = "研究生：学科教学硕士（语文）（A040113）"
SPORT = "本科：体育学类（B0403）；研究生：体育教育训练学（A040303）体育教学硕士（专业硕士）（A040305）"
TRANSLATION = "研究生：英语语言文学（A050201）英语笔译硕士（专业硕士）（A050212）"
HEARING = ("具有正常履行职责的身体条件和心理素质；持有有效期内的《中华人民共和国残疾人证》；残疾类型为肢体残疾四级或听力残疾"
           "在使用人工听觉装置情况下，在3米以内耳语能够听见且言语能清晰交流者")
LIMB = "持有有效期内的《中华人民共和国残疾人证》；具有正常履行职责的身体条件和心理素质；残疾类型为肢体四级"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, major_tables=load_major_code_tables(), reference_date=dt.date(2026, 12, 7))


def major(engine, cell: str, name: str):
    graduate = Graduate(id="G1", major=name, education=MASTER[0], degree=MASTER[1], graduation_year=2026)
    verdict = engine.check(graduate, Job(id="J1", title="岗位", conditions=(("专业要求", cell),)))
    (result,) = [r for r in verdict.results if r.kind == "major"]
    return result.status, result.reason


@pytest.mark.parametrize(("cell", "name"), [
    (PE_TEACHING, "学科教学（体育）"),
    (CHINESE_TEACHING, "学科教学（语文）"),
    (SPORT, "体育教学"),
    (TRANSLATION, "英语笔译"),
])
def test_a_professional_masters_own_field_is_met(engine, cell, name):
    status, reason = major(engine, cell, name)
    assert status is Status.ELIGIBLE, reason  # was 不符合 「专业不符：岗位要求 学科教学硕士(体育)，您的专业为 学科教学（体育）」


@pytest.mark.parametrize(("cell", "name", "kind"), [
    (PE_TEACHING, "教育", "教育"),
    (CHINESE_TEACHING, "教育硕士", "教育"),
    (SPORT, "体育", "体育"),
    (SPORT, "体育硕士", "体育"),
    (TRANSLATION, "翻译", "翻译"),
])
def test_a_master_recorded_by_the_professional_category_is_asked(engine, cell, name, kind):
    status, reason = major(engine, cell, name)
    assert status is Status.NEEDS_REVIEW, reason  # was 不符合 (体育硕士: a reason naming no field)
    assert f"为{kind}专业学位类别下的专业领域，您的专业登记为专业学位类别" in reason
    assert reason.endswith("请核实您的专业领域（研究方向）是否在列")


@pytest.mark.parametrize(("cell", "name"), [
    (PE_TEACHING, "学科教学（语文）"),  # another subject's field
    (CHINESE_TEACHING, "教育管理"),
    (SPORT, "会计"),
])
def test_other_fields_stay_refused(engine, cell, name):
    assert major(engine, cell, name)[0] is Status.NOT_ELIGIBLE


def target(engine, cell: str, year: int | None, hardship=None, withheld=frozenset(), column="其他要求"):
    graduate = Graduate(id="G1", major="汉语言文学", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                        graduation_year=year, hardship=hardship, withheld=withheld)
    verdict = engine.check(graduate, Job(id="J1", title="岗位", conditions=((column, cell),)))
    return [(r.status, r.reason) for r in verdict.results if r.kind in ("target_group", "physical", "needs_review")]


@pytest.mark.parametrize("cell", ["服务基层项目人员", "三支一扶、西部计划人员", "大学生村官"])
def test_a_student_of_a_later_year_is_refused_a_service_project_post(engine, cell):
    ((status, reason),) = target(engine, cell, 2027)
    assert status is Status.NOT_ELIGIBLE, reason  # was 待核实 「报考身份待核实：…请核实是否具有该身份」
    assert "您2027年毕业，报考时尚在校，不能以该身份报考" in reason


@pytest.mark.parametrize(("cell", "year"), [
    ("服务基层项目人员", 2026),   # graduated: may have served after an earlier degree
    ("服务基层项目人员", 2020),
    ("服务基层项目人员", None),
    ("服务基层项目人员或退役士兵", 2027),  # a soldier may have served before or during study
])
def test_graduates_and_mixed_routes_stay_asked(engine, cell, year):
    ((status, reason),) = target(engine, cell, year)
    assert status is Status.NEEDS_REVIEW, reason


@pytest.mark.parametrize(("cell", "kinds"), [
    (HEARING, "肢体残疾四级或听力残疾在使用人工听觉装置情况下，在3米以内耳语能够听见且言语能清晰交流"),
    (LIMB, "肢体残疾四级"),
])
def test_a_disability_type_sentence_is_one_condition_with_one_reason(engine, cell, kinds):
    ((status, reason),) = target(engine, cell, 2026, hardship=frozenset({Hardship.DISABILITY}))
    assert status is Status.NEEDS_REVIEW  # was 符合 for the card + 身体条件/条件待人工核实 fragments
    assert reason == f"残疾类型待核实：岗位限残疾类型为{kinds}，您登记为残疾人，请核实您的残疾类别和等级是否相符"
    ((status, reason),) = target(engine, cell, 2026, hardship=frozenset())
    assert status is Status.NOT_ELIGIBLE and reason.endswith("您未登记为残疾人")


@pytest.mark.parametrize("cell", [HEARING, LIMB])
def test_a_withheld_disability_is_not_revealed(engine, cell):
    # An organiser's copy (hardship withheld): whether this graduate is disabled is not said, only the post's type.
    ((status, reason),) = target(engine, cell, 2026, hardship=None, withheld=frozenset({"hardship"}))
    assert status is Status.NEEDS_REVIEW
    assert reason.startswith("残疾人专设岗位待核实：岗位限残疾类型为")
    assert reason.endswith("该信息仅就业服务专员可见，请由专员核实")
