"""Forms that announcements' 说明 repeat into many gkld rows and the rules used to leave unread
(every graduate 待核实 with 系统未能识别的条件): a master's 本科-stage requirements, their heading,
teacher certificates asked of some applicants, degrees asked of some applicants, and clauses
only an officer can check, now reviewed in their own words (``matching/rules/announcement_forms.py``).
The strings are invented in the announcements' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import Kind
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell
from matching.verdict import Status

DAY = dt.date(2026, 12, 6)

MASTER_STAGES = ("应聘实验员岗位硕士要求：（1）全日制统招硕士研究生，本科须为全日制统招（不含联合办学（中外合作）、专升本生）"
                 "且毕业院校为公办全日制普通高校，本、硕专业相同或相近，且为学术型硕士（岗位表注明可为专业硕士的除外）。")


def read(text: str, column: str = "说明") -> list[str]:
    return [describe_condition(c) for c in parse_cell(column, text)]


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def check(engine, text: str, **graduate):
    job = Job(id="J1", title="实验员", conditions=(("说明", text),))
    return engine.check(Graduate(id="G1", **graduate), job)


@pytest.mark.parametrize("text, expected", [
    (MASTER_STAGES, [
        "note[报考须知]",
        "education_nature[全日制,普通高校; only 硕士研究生（硕士及本科阶段）(MASTER)]",
        "school[毕业院校：本科毕业院校为公办全日制普通高校（不含联合办学(中外合作)、专升本生）; only 硕士研究生(MASTER)]",
        "major_detail[本科与硕士专业相同或相近; only 硕士研究生(MASTER)]",
        "major_detail[硕士为学术型硕士(岗位表注明可为专业硕士的除外); only 硕士研究生(MASTER)]",
    ]),
    # The heading and the first item in one clause (no list marker between them), with a post excepted.
    ("应聘管理岗位、辅导员岗位（编外岗位除外）硕士要求：全日制统招硕士研究生，本科必须为全日制统招（不含专升本生）且毕业院校为"
     "公办全日制普通高校，本、硕专业相同或相近（报考辅导员岗位除外）",
     ["education_nature[全日制,普通高校; only 硕士研究生（硕士及本科阶段）(MASTER)]",
      "school[毕业院校：本科毕业院校为公办全日制普通高校（不含专升本生）; only 硕士研究生(MASTER)]",
      "major_detail[本科与硕士专业相同或相近(报考辅导员岗位除外); only 硕士研究生(MASTER)]"]),
    ("应聘音乐教师岗位人员，具有钢琴演奏背景者优先", ["note[优先条件]"]),
    ("硕士毕业于一流学科建设高校（注：报考体育学院岗位人员硕士毕业于体育专业院校可以申报；报考艺术学院岗位人员可放宽）",
     ["school[毕业院校：硕士毕业于一流学科建设高校（部分学院另有放宽，见招聘说明）; only 研究生(MASTER,DOCTOR)]"]),
    ("退休前缴纳社保须满15年", ["status[退休前缴纳社保须满15年]"]),
    ("截止2022年7月31日，毕业5年以上的往届生须具有相应专业技术职称",
     ["certificate[截止2022年7月31日毕业5年以上的往届生须具有相应专业技术职称]"]),
    ("除报考专门面向选调生的职位外，报考其他职位应符合在本级机关工作的最低年限要求（乡镇机关最低为5年）",
     ["status[除报考专门面向选调生的职位外,报考其他职位应符合在本级机关工作的最低年限要求（在职公务员适用）]"]),
    ("应届本科毕业生在报到前须取得适用的教师资格证和普通话等级证书（应聘英语教师要求二级乙等及以上）",
     ["certificate[应届本科毕业生须具有教师资格证]",
      "certificate[应届本科毕业生须具有普通话等级证书（应聘英语教师要求二级乙等及以上）]"]),
    ("毕业研究生可根据所学专业报考教师岗位，暂不要求提供教师资格证和普通话等级证书，但聘用后1年内须取得适用的教师资格证和普通话等级证书",
     ["note[报考须知]"]),
    ("初中和高中岗位的学科要求按所呈报的学历专业和教师资格证学科报考对应的学科，两者要一致",
     ["major_detail[初中和高中岗位：学历专业和教师资格证学科均须与报考学科一致]"]),
    ("幼儿园岗位的学科可以按学历专业或教师资格证学科报考，符合其中之一",
     ["major_detail[幼儿园岗位：学历专业或教师资格证学科与报考学科一致，符合其一即可]"]),
    ("报名时无教师资格证或符合暂缓教师资格证的报考人员以所呈报的学历专业为准", ["note[报考须知]"]),
    ("研究生应取得硕士学位；免费师范生须取得学士学位",
     ["degree[硕士; only 研究生(MASTER,DOCTOR)]", "degree[学士; only 免费师范生()]"]),
    ("1.硕士研究生须具备初级中学教师资格证或已通过初级中学教师资格国家考试笔试、面试并在报到时取得相应教师资格证;"
     "2.公费师范生应在报到时取得初级中学教师资格证",
     ["certificate[硕士研究生须具有初级中学教师资格证]", "certificate[公费师范生须具有初级中学教师资格证]"]),
    # A stray C1 control character after a list marker (wrong decoding) no longer hides the clause.
    ("（1）\x81本科及以上学历", ["education[本科及以上]"]),
])
def test_announcement_forms_once_unread_are_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "研究生需取得硕士及以上学位或具有副高级职称",  # an alternative the degree alone does not say
    "应聘教师岗位人员，须具有教师资格证",  # a requirement, not a preference
    "退休前缴纳社保须满15年或年龄在40周岁以下",
])
def test_look_alikes_stay_in_review(text):
    assert any(c.kind is Kind.NEEDS_REVIEW for c in parse_cell("说明", text))


def test_master_stages_do_not_concern_a_bachelor(engine):
    # Every item stands under 「…硕士要求」: a 本科 graduate is told each does not apply, once,
    # and nothing about a master's 本科 stage keeps the job in review for them.
    v = check(engine, MASTER_STAGES, education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    assert v.status is Status.ELIGIBLE
    assert v.reasons() == (
        "学历性质要求不适用：岗位仅要求硕士研究生（硕士及本科阶段）学历性质为全日制、普通高校统招，您的学历为本科",
        "毕业院校要求不适用：岗位仅对硕士研究生要求本科毕业院校为公办全日制普通高校（不含联合办学(中外合作)、专升本生），您的学历为本科",
        "专业细节要求不适用：岗位仅对硕士研究生要求「本科与硕士专业相同或相近」，您的学历为本科",
        "专业细节要求不适用：岗位仅对硕士研究生要求「硕士为学术型硕士(岗位表注明可为专业硕士的除外)」，您的学历为本科",
    )


def test_master_stages_are_reviewed_for_a_master_in_their_words(engine):
    v = check(engine, MASTER_STAGES, education=EducationLevel.MASTER, degree=Degree.MASTER, school="新疆大学")
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == (
        "学历性质待核实：岗位要求硕士研究生（硕士及本科阶段）学历性质为全日制、普通高校统招，请核实您的学历性质",
        "毕业院校待核实：岗位要求本科毕业院校为公办全日制普通高校（不含联合办学(中外合作)、专升本生）（您的学校为新疆大学）",
        "专业细节待核实：岗位要求「本科与硕士专业相同或相近」，请核实",
        "专业细节待核实：岗位要求「硕士为学术型硕士(岗位表注明可为专业硕士的除外)」，请核实",
    )
    # No record says how the 学历 was earned: never a refusal.
    assert check(engine, MASTER_STAGES, degree=Degree.MASTER).status is Status.NEEDS_REVIEW


def test_master_school_does_not_concern_a_bachelor(engine):
    text = "硕士毕业于一流学科建设高校（注：报考艺术学院岗位人员可放宽）"
    v = check(engine, text, education=EducationLevel.BACHELOR, school="新疆大学")
    assert v.status is Status.ELIGIBLE
    assert v.reasons() == ("毕业院校要求不适用：岗位仅对研究生要求硕士毕业于一流学科建设高校（部分学院另有放宽，见招聘说明），您的学历为本科",)
    v = check(engine, text, education=EducationLevel.DOCTOR, school="新疆大学")
    assert v.reasons() == ("毕业院校待核实：岗位要求硕士毕业于一流学科建设高校（部分学院另有放宽，见招聘说明）（您的学校为新疆大学）",)


def test_title_of_earlier_graduates_does_not_concern_this_seasons(engine):
    text = "截止2022年7月31日，毕业5年以上的历届生须具有相应专业技术职称"
    v = check(engine, text, education=EducationLevel.BACHELOR, graduation_year=DAY.year)
    assert v.status is Status.ELIGIBLE
    assert v.reasons()[0].startswith("证书要求不适用：岗位仅要求截止2022年7月31日毕业5年以上的历届生具有相应专业技术职称")
    assert check(engine, text, education=EducationLevel.BACHELOR, graduation_year=2015).status is Status.NEEDS_REVIEW


def test_degree_asked_of_postgraduates(engine):
    text = "研究生应取得硕士学位"
    v = check(engine, text, education=EducationLevel.MASTER, degree=Degree.BACHELOR)
    assert v.status is Status.NOT_ELIGIBLE
    assert v.reasons() == ("学位不符：岗位要求研究生须取得硕士及以上学位，您的学位为学士",)
    v = check(engine, text, education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    assert v.status is Status.ELIGIBLE
    assert v.reasons() == ("学位要求不适用：岗位仅要求研究生须取得硕士及以上学位，您的学历为本科",)
    v = check(engine, text, education=EducationLevel.MASTER, degree=Degree.MASTER)
    assert v.reasons() == ("学位符合：岗位要求研究生须取得硕士及以上学位，您的学位为硕士",)
    assert check(engine, text, degree=Degree.MASTER).status is Status.NEEDS_REVIEW  # no 学历 on the record


def test_degree_asked_of_a_group_no_record_tells_reviews_a_shortfall(engine):
    text = "免费师范生须取得学士学位"
    v = check(engine, text, education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE)
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("学位待核实：岗位要求免费师范生须取得学士及以上学位，您没有学位，请核实您是否属于免费师范生",)
    assert check(engine, text, education=EducationLevel.BACHELOR, degree=Degree.BACHELOR).status is Status.ELIGIBLE


def test_teacher_certificate_of_bachelors_does_not_concern_a_postgraduate(engine):
    text = "应届本科毕业生在报到前须取得适用的教师资格证和普通话等级证书"
    v = check(engine, text, education=EducationLevel.MASTER)
    assert v.status is Status.ELIGIBLE
    v = check(engine, text, education=EducationLevel.BACHELOR)
    assert v.status is Status.NEEDS_REVIEW
    # both certificates in one reason, the applicants they concern named once (matching.rules.said_once)
    assert "证书待核实：岗位要求应届本科毕业生须具有教师资格证、普通话等级证书，请核实是否已取得" in v.reasons()


def test_clause_only_an_officer_can_check_is_reviewed_in_its_words(engine):
    v = check(engine, "退休前缴纳社保须满15年", education=EducationLevel.BACHELOR)
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("身份待核实：岗位要求「退休前缴纳社保须满15年」，请核实",)
