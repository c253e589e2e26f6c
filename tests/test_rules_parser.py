"""The rules parser: each condition type from real-looking cell texts, spans, review residue."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Gender
from matching.rules import Kind, parse_cell, parse_posting_text
from matching.rules.conditions import NoteCategory, Political, TargetGroup


def kinds(conds):
    return [c.kind for c in conds]


def only(conds, kind):
    found = [c for c in conds if c.kind is kind]
    assert len(found) == 1, conds
    return found[0].payload


def test_education_levels_including_phd_only():
    assert only(parse_cell("学历要求", "本科及以上"), Kind.EDUCATION).requirement.minimum is EducationLevel.BACHELOR
    req = only(parse_cell("学历要求", "仅限博士研究生"), Kind.EDUCATION).requirement
    assert (req.minimum, req.maximum) == (EducationLevel.DOCTOR, EducationLevel.DOCTOR)
    req = only(parse_cell("cond:学历要求", "专科或本科"), Kind.EDUCATION).requirement
    assert (req.minimum, req.maximum) == (EducationLevel.JUNIOR_COLLEGE, EducationLevel.BACHELOR)


def test_education_nature_full_time():
    nature = only(parse_cell("cond:学历性质", "全日制统招"), Kind.EDUCATION_NATURE)
    assert nature.full_time and nature.regular
    assert only(parse_cell("备注", "本科须全日制"), Kind.EDUCATION_NATURE).full_time


def test_degree_forms():
    assert only(parse_cell("学位要求", "与学历相对应的学位"), Kind.DEGREE).matching_level
    assert only(parse_cell("cond:学位要求", "学士学位及以上"), Kind.DEGREE).minimum is Degree.BACHELOR
    stages = only(parse_cell("cond:备注", "要求本科及研究生阶段均有学历和学位。"), Kind.DEGREE)
    assert stages.all_stages


def test_gender_and_political_from_other_requirements():
    conds = parse_cell("其他要求", "限女性；中共党员")
    assert only(conds, Kind.GENDER).gender is Gender.FEMALE
    assert only(conds, Kind.POLITICAL).accepted == {Political.PARTY_MEMBER}
    both = only(parse_cell("cond:政治面貌", "中共党员或共青团员"), Kind.POLITICAL)
    assert both.accepted == {Political.PARTY_MEMBER, Political.LEAGUE_MEMBER}
    assert only(parse_cell("cond:性别要求", "男"), Kind.GENDER).gender is Gender.MALE


def test_negated_party_membership_is_not_read_as_party_member():
    # Read as what it is (tests/test_rules_political.py): party members are refused, not required.
    cond = only(parse_cell("其他要求", "非中共党员"), Kind.POLITICAL)
    assert not cond.accepted and cond.excluded == {Political.PARTY_MEMBER}


def test_age_bounds_and_birth_date_range():
    age = only(parse_cell("cond:年龄要求", "18周岁以上、35周岁以下（1986年11月至2004年11月期间出生）"), Kind.AGE)
    assert (age.minimum, age.maximum) == (18, 35)
    assert age.born_from == dt.date(1986, 11, 1) and age.born_to == dt.date(2004, 11, 30)
    age = only(parse_cell("备注", "1990年1月1日以后出生"), Kind.AGE)
    assert age.born_from == dt.date(1990, 1, 1) and age.maximum is None


def test_age_relaxation_for_fresh_postgraduates():
    age = only(parse_cell("年龄要求", "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下"), Kind.AGE)
    assert age.maximum == 30
    (relax,) = age.relaxations
    assert (relax.maximum, relax.level, relax.fresh_only) == (35, EducationLevel.MASTER, True)


def test_bracketed_relaxation_is_read_as_a_relaxation():
    age = only(parse_cell("cond:年龄要求", "40周岁及以下(具有中级证的放宽至45周岁）"), Kind.AGE)
    assert age.maximum == 40
    (relax,) = age.relaxations
    assert (relax.maximum, relax.level) == (45, None)


def test_age_with_two_limits_in_one_part_goes_to_review():
    conds = parse_cell("cond:年龄要求", "正高职称男性55周岁及以下、副高职称女性50周岁及以下")
    assert kinds(conds) == [Kind.NEEDS_REVIEW]


def test_title_holders_gender_limits_bind_title_holders_only():
    age = only(parse_cell("cond:年龄要求", "正高职称男性55周岁及以下、女性50周岁及以下"), Kind.AGE)
    assert (age.maximum, age.scope) == (50, "正高职称")
    assert [(r.maximum, r.who) for r in age.relaxations] == [(55, "正高职称男性")]


def test_single_qualified_age_limit_binds_only_that_group():
    age = only(parse_cell("cond:年龄要求", "本科生、大专生28周岁以下(1995年6月30日之后出生)"), Kind.AGE)
    assert age.maximum == 28 and age.scope == "本科生、大专生"
    assert age.scope_levels == (EducationLevel.JUNIOR_COLLEGE, EducationLevel.BACHELOR)


def test_hukou_with_exception_and_origin():
    hukou = only(parse_cell("cond:户籍地", "北京市常住户口2021年应届不限户籍"), Kind.HUKOU)
    assert hukou.places == ("北京市",) and hukou.exceptions == ("2021年应届不限户籍",)
    hukou = only(parse_cell("cond:户籍地", "浙江省户籍或生源地。"), Kind.HUKOU)
    assert hukou.places == ("浙江省",) and hukou.origin
    assert only(parse_cell("备注", "仪征市户籍，中共正式党员"), Kind.HUKOU).places == ("仪征市",)


def test_work_experience_and_service_years():
    exp = only(parse_cell("工作经历要求", "具有两年以上基层工作经历"), Kind.WORK_EXPERIENCE)
    assert exp.years == 2 and exp.grassroots
    assert only(parse_cell("cond:基层工作经验", "三年"), Kind.WORK_EXPERIENCE).years == 3
    assert only(parse_cell("cond:最低服务工作年限", "5"), Kind.SERVICE_YEARS).years == 5
    assert only(parse_cell("备注", "需签订3年期限服务协议"), Kind.SERVICE_YEARS).years == 3


def test_target_groups():
    fresh = only(parse_cell("cond:应届", "2023年应届毕业生，含择业期2021、2022年毕业生"), Kind.TARGET_GROUP)
    assert fresh.group is TargetGroup.FRESH_GRADUATE and fresh.years == (2021, 2022, 2023)
    projects = only(parse_cell("cond:服务基层项目", "西部志愿者,三支一扶,大学生村官"), Kind.TARGET_GROUP)
    assert projects.group is TargetGroup.GRASSROOTS_PROJECT and "三支一扶" in projects.projects
    conds = parse_cell("其他要求", "高校毕业生退役士兵且为中共党员")
    assert only(conds, Kind.TARGET_GROUP).group is TargetGroup.VETERAN
    assert only(conds, Kind.POLITICAL).accepted == {Political.PARTY_MEMBER}
    assert only(parse_cell("其他要求", "残疾人专设岗位"), Kind.TARGET_GROUP).group is TargetGroup.DISABLED
    assert only(parse_cell("其他要求", "限少数民族"), Kind.TARGET_GROUP).group is TargetGroup.MINORITY
    assert only(parse_cell("其他要求", "限哈萨克族、柯尔克孜族"), Kind.ETHNICITY).names == ("哈萨克族", "柯尔克孜族")
    assert only(parse_cell("其他要求", "限维吾尔族或哈萨克族报考"), Kind.ETHNICITY).names == ("维吾尔族", "哈萨克族")
    assert only(parse_cell("民族", "哈萨克族"), Kind.ETHNICITY).names == ("哈萨克族",)
    assert only(parse_cell("其他要求", "限塔吉克族、乌孜别克族"), Kind.ETHNICITY).names == ("塔吉克族", "乌孜别克族")
    # Names before 等少数民族 are examples of the group, not its limits.
    examples = only(parse_cell("其他要求", "限维吾尔族、哈萨克族等少数民族报考"), Kind.ETHNICITY)
    assert examples.minority and examples.names == ()


def test_languages_and_certificates():
    assert only(parse_cell("其他要求", "熟练掌握维吾尔语"), Kind.LANGUAGE).languages == ("维吾尔语",)
    assert only(parse_cell("其他要求", "双语"), Kind.LANGUAGE).languages == ("双语",)
    conds = parse_cell("cond:资格证书", "通过国家司法考试或国家统一法律职业资格考试（A类），大学英语六级成绩425分以上")
    names = [c.payload.name for c in conds if c.kind is Kind.CERTIFICATE]
    assert names == ["法律职业资格证书(A类)", "大学英语六级425分以上"]
    assert only(parse_cell("cond:资格证书", "具有执业医师资格证书"), Kind.CERTIFICATE).name == "执业医师资格证书"


def test_spans_point_at_the_source_text():
    raw = "限男性；普通高等学校本科及以上、学士及以上；取得《法律职业资格证书》A证"
    for cond in parse_cell("其他要求", raw):
        assert cond.span.column == "其他要求"
        assert raw[cond.span.start : cond.span.end] == cond.text
    gender = only(parse_cell("其他要求", raw), Kind.GENDER)
    assert (gender.gender, ) == (Gender.MALE, )
    cert = [c for c in parse_cell("其他要求", raw) if c.kind is Kind.CERTIFICATE][0]
    assert cert.text == "《法律职业资格证书》A证"


def test_unparsed_text_is_kept_for_review_never_dropped():
    raw = "限男性；熟悉无人机航拍后期剪辑并能独立完成作品集"
    conds = parse_cell("其他要求", raw)
    review = [c for c in conds if c.kind is Kind.NEEDS_REVIEW]
    assert len(review) == 1 and review[0].payload.text == "熟悉无人机航拍后期剪辑并能独立完成作品集" or any(
        c.kind is Kind.NOTE for c in conds
    )
    conds = parse_cell("备注", "大专学历需具有主治医师职称；本科学历需具有临床执业资格证书")
    assert kinds(conds) == [Kind.NEEDS_REVIEW, Kind.NEEDS_REVIEW]
    assert conds[0].text == "大专学历需具有主治医师职称"


def test_conditional_relaxation_clause_is_not_read_as_a_requirement():
    raw = "具有3年以上党务工作经历，或曾获得县级以上优秀党务工作者荣誉的，可将报考条件放宽至年龄45周岁以内"
    (cond,) = parse_cell("备注", raw)
    # A relaxation for some applicants: a note that joins the job's age limits, never a requirement.
    assert cond.kind is Kind.NOTE and not cond.imposes and cond.payload.maximum == 45


@pytest.mark.parametrize(
    ("raw", "category"),
    [
        ("咨询电话：0371-61176087", NoteCategory.CONTACT),
        ("近亲属为本级或上级纪检监察机关重点监督对象的不得报考", NoteCategory.NOTICE),
        ("同等条件下具有规培证优先", NoteCategory.PREFERENCE),
        ("行政执法职位专业能力测试：法律基础、执法素质和执法能力", NoteCategory.EXAM),
        ("不限", NoteCategory.NO_REQUIREMENT),
    ],
)
def test_boilerplate_is_parsed_as_notes_that_impose_nothing(raw, category):
    (cond,) = parse_cell("备注", raw)
    assert cond.kind is Kind.NOTE and cond.payload.category is category and not cond.imposes


def test_posting_text_keeps_only_fully_read_requirements():
    text = "岗位职责：1、负责产品运营；【任职要求】：1. 大专及以上学历 2. 熟悉办公软件 3. 35周岁以下"
    conds = parse_posting_text(text)
    assert [c.kind for c in conds] == [Kind.EDUCATION, Kind.AGE]
    assert conds[0].payload.requirement.minimum is EducationLevel.JUNIOR_COLLEGE


def test_a_duty_ending_in_direction_is_not_a_major_requirement_of_a_posting():
    duty = "岗位职责：1.规划公司销售系统的整体运营、业务方向；2.负责团队管理。任职要求：35周岁以下"
    assert [c.kind for c in parse_posting_text(duty)] == [Kind.AGE]
    (research,) = parse_posting_text("研究方向为机器学习方向")
    assert research.kind is Kind.MAJOR_DETAIL  # a direction said of research stays a requirement
    assert [c.kind for c in parse_cell("备注", "机械设计方向")] == [Kind.MAJOR_DETAIL]  # a condition column keeps it


def test_a_duty_naming_results_or_training_is_not_a_record_or_certificate_of_a_posting():
    # Both read on real postings (sample and Wuhan): every applicant got 在校表现或业绩待核实 /
    # a certificate to check for what is the post's own work.
    for duty in ("负责测绘外业，整理测量成果资料", "参与住院医师规范化培训，完成临床工作"):
        assert parse_posting_text(duty) == []
    (needed,) = parse_posting_text("须取得住院医师规范化培训合格证书")
    assert needed.kind is Kind.CERTIFICATE  # a requirement phrased as one stays
    assert [c.kind for c in parse_cell("备注", "发表论文成果")] == [Kind.RECORD]  # a condition column keeps it


@pytest.mark.parametrize("cell", ["聘期2年", "服务期3年（含试用期）", "试用期6个月", "见习期间购买意外伤害保险",
                                  "服务期满考核合格可按规定享受优惠政策", "编外", "√", "可按应届毕业生身份报考"])
def test_terms_of_the_post_and_allowances_ask_nothing_of_the_applicant(cell):
    # Left unread, each made every graduate 待核实 (sample: 63 → 42 jobs with an unread condition).
    assert [c.kind for c in parse_cell("备注", cell)] == [Kind.NOTE]


def test_a_service_commitment_or_a_limit_to_staff_outside_the_quota_stays_a_condition():
    assert [c.kind for c in parse_cell("备注", "须在本单位最低服务5年")] != [Kind.NOTE]
    assert [c.kind for c in parse_cell("备注", "限编外人员报考")] == [Kind.NEEDS_REVIEW]


def test_certificate_alternatives_are_one_requirement():
    (cond,) = parse_cell("cond:资格证书", "英语专业八级或雅思7分或托福110分以上")
    assert cond.kind is Kind.CERTIFICATE
    assert cond.payload.alternatives == ("英语专业八级", "雅思7分", "托福110分以上")


def test_english_levels_per_study_level_are_scoped():
    conds = parse_cell("cond:备注", "研究生大学英语六级成绩425分以上，本科生大学英语四级成绩425分以上")
    assert [(c.payload.scope, c.payload.name) for c in conds] == [
        ("研究生", "大学英语六级425分以上"),
        ("本科生", "大学英语四级425分以上"),
    ]


def test_school_level_inside_a_teacher_certificate_is_not_an_education_requirement():
    assert kinds(parse_cell("cond:资格证书", "高中数学教师资格证")) == [Kind.CERTIFICATE]
    assert Kind.EDUCATION not in kinds(parse_cell("cond:资格证书", "具有中职或高中生物教师资格证"))


def test_preference_stated_after_a_comma_is_not_a_requirement():
    conds = parse_cell("备注", "具有3年及以上工作经验，有航空领域或适航审定工作经验者，同等条件下优先考虑。")
    assert only(conds, Kind.WORK_EXPERIENCE).years == 3
    assert [c.payload.category for c in conds if c.kind is Kind.NOTE] == [NoteCategory.PREFERENCE]


def test_list_of_alternatives_goes_to_review_whole():
    raw = "符合以下条件的毕业生户籍不限：1.研究生毕业并具有硕士及以上学位的人员；2.全国“双一流”大学本科毕业并具有学士学位人员"
    (cond,) = parse_cell("cond:备注", raw)
    assert cond.kind is Kind.NEEDS_REVIEW and cond.text == raw


def test_requirements_the_record_cannot_hold_are_typed():
    assert kinds(parse_cell("备注", "男性身高在170cm以上")) == [Kind.PHYSICAL]
    assert kinds(parse_cell("备注", "历年年度考核均为称职（合格）及以上等次")) == [Kind.RECORD]
    assert kinds(parse_cell("备注", "具有干部身份")) == [Kind.STATUS]
    assert kinds(parse_cell("备注", "本科阶段专业与招聘专业相一致")) == [Kind.MAJOR_DETAIL]


def test_diploma_deadline_is_a_notice_not_a_certificate():
    (cond,) = parse_cell("cond:备注", "报考者须于报名2021年11月29日之前取得相应学历的毕业证书。")
    assert cond.kind is Kind.NOTE and cond.payload.category is NoteCategory.NOTICE


def test_fresh_graduates_with_job_seeking_period():
    fresh = only(parse_cell("cond:应届", "2022年应届毕业生，含择业期两年内毕业生。"), Kind.TARGET_GROUP)
    assert fresh.years == (2020, 2021, 2022)
    fresh = only(parse_cell("cond:应届", "应届毕业生（含2018、2019年择业期内未落实工作单位的高校毕业生）"), Kind.TARGET_GROUP)
    assert fresh.years == () and fresh.job_seeking_years == 2


def test_list_marker_before_an_age():
    assert only(parse_cell("cond:备注", "1.40周岁以下"), Kind.AGE).maximum == 40


@pytest.mark.parametrize(("column", "text", "kind"), [
    ("体检标准", "参照公务员录用体检通用标准", Kind.NOTE),
    ("cond:最低服务工作年限", "5年", Kind.SERVICE_YEARS),
    ("cond:基层工作经验", "2年", Kind.WORK_EXPERIENCE),
    ("cond:户籍地", "浙江省", Kind.HUKOU),
    ("cond:户籍地", "浙江省户籍，应届毕业生不限", Kind.HUKOU),
    ("cond:户籍地", "应届毕业生不限户籍", Kind.NOTE),
    ("cond:学校要求", "双一流建设高校", Kind.SCHOOL),
    ("其他要求", "无", Kind.NOTE),
])
def test_a_cell_read_whole_is_its_own_span(column, text, kind):
    # The span is what the reason cites and what a page highlights: all of the cell.
    (condition,) = parse_cell(column, text)
    assert (condition.kind, condition.span.start, condition.span.end) == (kind, 0, len(text))
