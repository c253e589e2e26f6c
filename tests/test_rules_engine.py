"""RulesEngine.check: verdicts and Chinese reasons, the unknown-field rule, major matching."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Gender, Graduate, Hardship, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 11, 1), major_tables=load_major_code_tables())


def job(**kw):
    base = dict(id="j1", title="综合管理", education=parse_education_requirement("本科及以上"))
    base.update(kw)
    return Job(**base)


def grad(**kw):
    base = dict(id="g1", major="英语", major_code="050201", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                gender=Gender.FEMALE, birth_date=dt.date(2004, 3, 1), political_status="共青团员", graduation_year=2027)
    base.update(kw)
    return Graduate(**base)


def result(verdict, kind):
    (r,) = [r for r in verdict.results if r.kind == kind]
    return r


def test_major_mismatch_reason_names_codes(engine):
    v = engine.check(grad(), job(majors_text="本科：计算机类（0809）；研究生：计算机科学与技术（0812）"))
    r = result(v, "major")
    assert v.status is Status.NOT_ELIGIBLE and r.status is Status.NOT_ELIGIBLE
    assert r.reason == "专业不符：岗位要求 计算机类，您的专业为 英语"


def test_six_digit_major_is_admitted_by_its_class_and_category(engine):
    cs = grad(major="计算机科学与技术", major_code="080901")
    assert result(engine.check(cs, job(majors_text="本科：计算机类（0809）")), "major").status is Status.ELIGIBLE
    assert result(engine.check(cs, job(majors_text="本科：工学（08）")), "major").status is Status.ELIGIBLE
    assert result(engine.check(cs, job(majors_text="本科：计算机科学与技术（080901）")), "major").status is Status.ELIGIBLE


def test_old_catalog_code_is_admitted(engine):
    # 1998-catalog code 080605 (计算机科学与技术) in the table, 2026 code on the graduate.
    cs = grad(major="计算机科学与技术", major_code="080901")
    r = result(engine.check(cs, job(majors_text="本科：计算机科学与技术（080605）")), "major")
    assert r.status is Status.ELIGIBLE, r.reason


def test_postgraduate_list_applies_to_masters_not_bachelors(engine):
    j = job(majors_text="研究生：计算机科学与技术（0812）")
    master = grad(major="计算机应用技术081203", major_code=None, education=EducationLevel.MASTER, degree=Degree.MASTER)
    assert result(engine.check(master, j), "major").status is Status.ELIGIBLE
    bachelor = grad(major="计算机科学与技术", major_code="080901")
    r = result(engine.check(bachelor, j), "major")
    assert r.status is Status.NOT_ELIGIBLE and "研究生" in r.reason


def test_education_reason(engine):
    v = engine.check(grad(education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE), job())
    r = result(v, "education")
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason == "学历不符：岗位要求本科及以上，您的学历为大专"


def test_unknown_fields_give_review_never_pass_or_fail(engine):
    j = job(majors_text="本科：计算机类（0809）", conditions=(("年龄要求", "18周岁以上、35周岁以下"), ("其他要求", "限男性；中共党员"),
                                                         ("cond:户籍地", "浙江省户籍")))
    blank = Graduate(id="g0")
    v = engine.check(blank, j)
    assert v.status is Status.NEEDS_REVIEW
    assert {r.status for r in v.results} == {Status.NEEDS_REVIEW}
    assert len(v.results) == 6


def test_age_reasons_and_relaxation(engine):
    j = job(conditions=(("年龄要求", "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下"),))
    young = result(engine.check(grad(), j), "age")
    assert young.status is Status.ELIGIBLE and young.reason.startswith("年龄符合：岗位要求18至30周岁")
    fresh_master = grad(education=EducationLevel.MASTER, degree=Degree.MASTER, birth_date=dt.date(1993, 3, 1), graduation_year=2026)
    assert result(engine.check(fresh_master, j), "age").status is Status.ELIGIBLE
    old_bachelor = grad(birth_date=dt.date(1993, 3, 1))
    r = result(engine.check(old_bachelor, j), "age")
    assert r.status is Status.NOT_ELIGIBLE and "您现年33周岁" in r.reason


def test_simple_age_reason(engine):
    r = result(engine.check(grad(), job(conditions=(("cond:年龄要求", "35周岁以下"),))), "age")
    assert r.reason == "年龄符合：岗位要求35周岁以下"


def test_gender_political_hukou(engine):
    j = job(conditions=(("其他要求", "限男性；中共党员"), ("cond:户籍地", "浙江省户籍")))
    v = engine.check(grad(hukou="河南省郑州市"), j)
    assert result(v, "gender").reason == "性别不符：岗位限男性"
    assert result(v, "political").status is Status.NOT_ELIGIBLE
    assert result(v, "hukou").status is Status.NOT_ELIGIBLE
    ok = engine.check(grad(gender=Gender.MALE, political_status="中共预备党员", hukou="浙江省杭州市"), j)
    assert ok.status is Status.ELIGIBLE


def test_fresh_graduate_decided_by_graduation_year(engine):
    j = job(conditions=(("cond:应届", "应届毕业生"),))
    assert result(engine.check(grad(graduation_year=2027), j), "target_group").status is Status.ELIGIBLE
    assert result(engine.check(grad(graduation_year=2020), j), "target_group").status is Status.NOT_ELIGIBLE
    named = job(conditions=(("cond:应届", "2023年应届毕业生"),))
    assert result(engine.check(grad(graduation_year=2027), named), "target_group").status is Status.NOT_ELIGIBLE


@pytest.mark.parametrize(("ethnicity", "status", "reason"), [
    ("哈萨克族", Status.ELIGIBLE, "民族符合：岗位要求哈萨克族、柯尔克孜族"),
    ("柯尔克孜", Status.ELIGIBLE, "民族符合：岗位要求哈萨克族、柯尔克孜族"),  # 族 left off in the record
    ("维吾尔族", Status.NOT_ELIGIBLE, "民族不符：岗位要求哈萨克族、柯尔克孜族，您为维吾尔族"),
    (None, Status.NEEDS_REVIEW, "民族待核实：岗位要求哈萨克族、柯尔克孜族，您的民族未填写"),
    ("外国血统", Status.NEEDS_REVIEW, "民族待核实：岗位要求哈萨克族、柯尔克孜族，您登记的民族「外国血统」不是 56 个民族之一"),
])
def test_a_list_of_ethnic_groups_admits_each_of_them(engine, ethnicity, status, reason):
    # Read as two conditions, each group would have been refused by the other's.
    verdict = engine.check(grad(ethnicity=ethnicity), job(conditions=(("其他要求", "限哈萨克族、柯尔克孜族"),)))
    assert verdict.status is status and [r.reason for r in verdict.results if r.kind == "ethnicity"] == [reason]


@pytest.mark.parametrize(("ethnicity", "status", "reason"), [
    ("维吾尔", Status.ELIGIBLE, "民族符合：岗位要求少数民族"),
    ("汉", Status.NOT_ELIGIBLE, "民族不符：岗位要求少数民族，您为汉族"),
    ("汉族", Status.NOT_ELIGIBLE, "民族不符：岗位要求少数民族，您为汉族"),
    (None, Status.NEEDS_REVIEW, "民族待核实：岗位要求少数民族，您的民族未填写"),
    # Not one of the 56 groups: unknown, neither a pass (it used to count as a minority) nor a fail.
    ("其他", Status.NEEDS_REVIEW, "民族待核实：岗位要求少数民族，您登记的民族「其他」不是 56 个民族之一"),
    ("火星族", Status.NEEDS_REVIEW, "民族待核实：岗位要求少数民族，您登记的民族「火星族」不是 56 个民族之一"),
])
def test_a_post_for_minorities_reads_the_ethnicity_record(engine, ethnicity, status, reason):
    verdict = engine.check(grad(ethnicity=ethnicity), job(conditions=(("其他要求", "限少数民族"),)))
    assert verdict.status is status and result(verdict, "target_group").reason == reason


@pytest.mark.parametrize(("ethnicity", "status"), [("回族", Status.ELIGIBLE), ("汉族", Status.NOT_ELIGIBLE)])
def test_groups_named_as_examples_of_minorities_admit_any_minority(engine, ethnicity, status):
    j = job(conditions=(("其他要求", "限维吾尔族、哈萨克族等少数民族报考"),))
    assert engine.check(grad(ethnicity=ethnicity), j).status is status


@pytest.mark.parametrize(("hukou", "status"), [
    ("新疆维吾尔自治区喀什地区疏附县", Status.ELIGIBLE),
    ("新疆克孜勒苏柯尔克孜自治州阿图什市", Status.ELIGIBLE),
    ("新疆乌鲁木齐市", Status.NOT_ELIGIBLE),  # in Xinjiang, in none of the four prefectures (matching.rules.places)
    ("新疆", Status.NEEDS_REVIEW),  # no prefecture written: not decided
    ("河南省郑州市", Status.NOT_ELIGIBLE),
])
def test_the_four_southern_xinjiang_prefectures_are_one_place(engine, hukou, status):
    j = job(conditions=(("其他要求", "限南疆四地州户籍"),))
    assert result(engine.check(grad(hukou=hukou), j), "hukou").status is status

def test_full_party_membership_admits_full_members_only(engine):
    j = job(conditions=(("政治面貌", "中共正式党员"),))
    assert result(engine.check(grad(political_status="中共党员"), j), "political").status is Status.ELIGIBLE
    r = result(engine.check(grad(political_status="中共预备党员"), j), "political")
    assert (r.status, r.reason) == (Status.NOT_ELIGIBLE, "政治面貌不符：岗位要求中共党员（正式党员），您为中共预备党员")


@pytest.mark.parametrize(("year", "status"), [(2025, Status.NOT_ELIGIBLE), (2026, Status.ELIGIBLE),
                                              (2027, Status.ELIGIBLE), (2028, Status.NOT_ELIGIBLE)])
def test_fresh_means_this_season_s_and_next_season_s_graduates(engine, year, status):
    # The reference date is 2026-11-01: the class of 2027 is in its final year.
    j = job(conditions=(("其他要求", "限应届毕业生"),))
    assert result(engine.check(grad(graduation_year=year), j), "target_group").status is status


@pytest.mark.parametrize("record", [dict(education=None), dict(degree=None)])
def test_a_degree_matching_the_level_needs_both_level_and_degree(engine, record):
    r = result(engine.check(grad(**record), job(conditions=(("学位", "与学历相对应的学位"),))), "degree")
    assert (r.status, r.reason) == (Status.NEEDS_REVIEW, "学位待核实：岗位要求取得与学历相对应的学位，您的学历或学位未填写")


def test_a_relaxed_age_limit_holds_on_its_own_number(engine):
    j = job(conditions=(("年龄要求", "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下"),))
    master = dict(education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2026)
    assert result(engine.check(grad(birth_date=dt.date(1991, 11, 1), **master), j), "age").status is Status.ELIGIBLE  # 35
    assert result(engine.check(grad(birth_date=dt.date(1990, 11, 1), **master), j), "age").status is Status.NOT_ELIGIBLE

def test_unexpressible_conditions_ask_what_to_verify(engine):
    j = job(conditions=(("工作经历要求", "具有两年以上基层工作经历"), ("其他要求", "熟练掌握维吾尔语"), ("cond:资格证书", "具有执业医师资格证书")))
    v = engine.check(grad(), j)
    assert v.status is Status.NEEDS_REVIEW
    assert result(v, "work_experience").reason == ("工作经历待核实：岗位要求2年以上基层工作经历"
        "，您为应届毕业生，在校期间的实习、社会实践一般不计为基层工作经历，排序已相应下调；如入学前或参加服务基层项目时已有2年以上基层工作经历，请核实")
    assert "维吾尔语" in result(v, "language").reason
    assert result(v, "certificate").reason == "证书待核实：岗位要求执业医师资格证书，请核实是否已取得"


def test_disabled_post_uses_hardship_record(engine):
    j = job(conditions=(("其他要求", "残疾人专设岗位"),))
    assert result(engine.check(grad(hardship=frozenset({Hardship.DISABILITY})), j), "target_group").status is Status.ELIGIBLE
    assert result(engine.check(grad(hardship=frozenset()), j), "target_group").status is Status.NOT_ELIGIBLE
    assert result(engine.check(grad(hardship=None), j), "target_group").status is Status.NEEDS_REVIEW


def test_notes_give_no_reason_and_unparsed_text_gives_review(engine):
    j = job(conditions=(("备注", "咨询电话：0371-61176087"), ("其他要求", "熟悉无人机航拍后期剪辑并能独立完成作品集项目")))
    v = engine.check(grad(), j)
    kinds = [r.kind for r in v.results]
    assert "note" not in kinds
    assert v.status in (Status.NEEDS_REVIEW, Status.ELIGIBLE)


def test_parse_is_cached_and_engine_is_callable(engine):
    j = job(conditions=(("其他要求", "限男性"),))
    assert engine.parse(j) is engine.parse(j)
    assert engine(grad(), j) == engine.check(grad(), j)


def test_scoped_certificate_does_not_bind_other_levels(engine):
    j = job(conditions=(("cond:备注", "研究生大学英语六级成绩425分以上，本科生大学英语四级成绩425分以上"),))
    v = engine.check(grad(), j)
    statuses = sorted(r.status.value for r in v.results if r.kind == "certificate")
    assert statuses == ["eligible", "needs_review"]
    assert any(r.reason == "证书要求不适用：岗位仅要求研究生具有大学英语六级425分以上" for r in v.results)


def test_scoped_age_limit_fails_only_its_group(engine):
    j = job(conditions=(("cond:年龄要求", "本科生28周岁以下(1995年6月30日之后出生)"),))
    old = dt.date(1990, 1, 1)
    assert result(engine.check(grad(birth_date=old), j), "age").status is Status.NOT_ELIGIBLE
    master = grad(birth_date=old, education=EducationLevel.MASTER, degree=Degree.MASTER)
    assert result(engine.check(master, j), "age").status is Status.NEEDS_REVIEW


def test_detail_conditions_say_what_to_verify(engine):
    v = engine.check(grad(), job(conditions=(("备注", "男性身高在170cm以上"),)))
    assert result(v, "physical").reason == "身体条件待核实：岗位要求「男性身高在170cm以上」，请核实"


def test_enterprise_posting_conditions_come_from_its_text(engine):
    posting = Job(id="p1", title="运营专员", description="岗位职责：负责运营；任职要求：1. 本科及以上学历 2. 熟悉办公软件 3. 35周岁以下")
    kinds = [c.kind.value for c in engine.parse(posting)]
    assert kinds == ["education", "age"]
    v = engine.check(grad(education=EducationLevel.JUNIOR_COLLEGE, degree=Degree.NONE), posting)
    assert v.status is Status.NOT_ELIGIBLE


def test_importer_column_names_are_understood(engine):
    j = job(conditions=(("户籍要求", "新疆维吾尔自治区户籍"), ("最低服务年限", "5")))
    v = engine.check(grad(hukou="新疆乌鲁木齐市"), j)
    assert result(v, "hukou").status is Status.ELIGIBLE
    assert result(v, "service_years").reason == "服务年限：录用后须在岗服务满5年"


@pytest.mark.parametrize("header", ["基层工作经验", "基层工作经历", "基层工作最低年限"])
def test_imported_grassroots_experience_column_keeps_its_meaning(engine, header):
    from service.columns import map_columns

    mapped = map_columns(["职位代码", "职位名称", header], "jobs")
    ((_, name),) = mapped.conditions
    (cond,) = [c for c in engine.parse(job(conditions=((name, "2年"),))) if c.kind.value == "work_experience"]
    assert cond.payload.years == 2 and cond.payload.grassroots
    assert result(engine.check(grad(), job(conditions=((name, "2年"),))), "work_experience").reason == (
        ("工作经历待核实：岗位要求2年以上基层工作经历"
        "，您为应届毕业生，在校期间的实习、社会实践一般不计为基层工作经历，排序已相应下调；如入学前或参加服务基层项目时已有2年以上基层工作经历，请核实")
    )


def test_imported_plain_experience_column_is_not_grassroots(engine):
    from service.columns import map_columns

    ((_, name),) = map_columns(["职位代码", "职位名称", "工作经验"], "jobs").conditions
    (cond,) = [c for c in engine.parse(job(conditions=((name, "2年"),))) if c.kind.value == "work_experience"]
    assert cond.payload.years == 2 and not cond.payload.grassroots


@pytest.mark.parametrize(("condition", "born", "expected"), [
    # The reference date is 2026-11-01; 以上 and 以下 include the number.
    ("18周岁以上、35周岁以下", dt.date(1990, 11, 2), Status.ELIGIBLE),  # 35, turns 36 tomorrow
    ("18周岁以上、35周岁以下", dt.date(1990, 11, 1), Status.NOT_ELIGIBLE),  # 36 today
    ("18周岁以上、35周岁以下", dt.date(2008, 11, 1), Status.ELIGIBLE),  # 18 today
    ("18周岁以上、35周岁以下", dt.date(2008, 11, 2), Status.NOT_ELIGIBLE),  # 17, turns 18 tomorrow
    # A stated birth date is the notice's own reading of the limit, and includes its day.
    ("30周岁及以下(1991年11月18日以后出生)", dt.date(1991, 11, 18), Status.ELIGIBLE),
    ("30周岁及以下(1991年11月18日以后出生)", dt.date(1991, 11, 17), Status.NOT_ELIGIBLE),
    ("18周岁以上（2008年11月1日以前出生）", dt.date(2008, 11, 1), Status.ELIGIBLE),
    ("18周岁以上（2008年11月1日以前出生）", dt.date(2008, 11, 2), Status.NOT_ELIGIBLE),
])
def test_age_limits_hold_on_their_boundary_days(engine, condition, born, expected):
    assert result(engine.check(grad(birth_date=born), job(conditions=(("年龄要求", condition),))), "age").status is expected


@pytest.mark.parametrize(("graduation_year", "expected"), [
    (2026, Status.ELIGIBLE), (2025, Status.NOT_ELIGIBLE), (None, Status.NEEDS_REVIEW),
])
def test_a_relaxation_for_fresh_graduates_needs_the_graduation_year(engine, graduation_year, expected):
    j = job(conditions=(("年龄要求", "18周岁以上、30周岁以下，2026年应届硕士、博士研究生为35周岁以下"),))
    master = grad(education=EducationLevel.MASTER, degree=Degree.MASTER, birth_date=dt.date(1993, 3, 1),
                  graduation_year=graduation_year)
    assert result(engine.check(master, j), "age").status is expected


def test_a_public_table_job_takes_its_conditions_from_its_columns_not_its_description(engine):
    j = job(conditions=(("学历要求", "本科及以上"),), description="任职要求：35周岁以下，限男性")
    kinds = {r.kind for r in engine.check(grad(birth_date=dt.date(1980, 1, 1)), j).results}
    assert "age" not in kinds and "gender" not in kinds
    posting = job(description="任职要求：35周岁以下")  # no columns: an enterprise posting's text is all there is
    assert result(engine.check(grad(birth_date=dt.date(1980, 1, 1)), posting), "age").status is Status.NOT_ELIGIBLE


def test_an_unresolvable_name_in_a_list_is_reviewed_not_read_as_unrestricted(engine):
    r = result(engine.check(grad(), job(majors_text="本科：会计学、量子烹饪学")), "major")
    assert r.status is Status.NEEDS_REVIEW and "请核实您的专业 英语 是否属于其中" in r.reason
    r = result(engine.check(grad(), job(majors_text="本科：不限；研究生：会计学（1253）")), "major")
    assert r.status is Status.ELIGIBLE and r.reason == "专业符合：岗位本科专业不限"


def test_a_post_for_non_fresh_applicants_asks_a_fresh_graduate_to_check(engine):
    r = result(engine.check(grad(graduation_year=2026), job(conditions=(("其他要求", "面向社会人员"),))), "target_group")
    assert r.status is Status.NEEDS_REVIEW and r.reason == "报考身份待核实：岗位面向社会人员，请核实应届毕业生能否报考"


@pytest.mark.parametrize(
    ("degree", "status"),
    [(Degree.NONE, Status.NOT_ELIGIBLE), (Degree.BACHELOR, Status.ELIGIBLE), (Degree.MASTER, Status.ELIGIBLE),
     (Degree.DOCTOR, Status.ELIGIBLE)],
)
def test_each_degree_against_a_bachelor_requirement(engine, degree, status):
    r = result(engine.check(grad(degree=degree), job(degree=Degree.BACHELOR)), "degree")
    assert r.status is status, r.reason
    assert len(set(Degree)) == 4  # no two degrees share a value (an alias would pass a 无学位 graduate)


@pytest.mark.parametrize(
    ("education", "status"),
    [(EducationLevel.SECONDARY, Status.NOT_ELIGIBLE), (EducationLevel.JUNIOR_COLLEGE, Status.ELIGIBLE),
     (EducationLevel.DOCTOR, Status.ELIGIBLE)],
)
def test_each_level_against_a_junior_college_requirement(engine, education, status):
    j = job(education=parse_education_requirement("大专及以上"))
    assert result(engine.check(grad(education=education), j), "education").status is status
    assert len(set(EducationLevel)) == 5
