"""The most common forms the rules still left unread in the real position tables (2026-12-06,
`benchmarks.rules_coverage --show 60`): each is now read as a careful officer would, as a
condition the engine checks, a note that imposes nothing, or a clause kept for review in its own
words. The strings are written in the tables' style."""

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

DAY = dt.date(2021, 11, 20)  # within the 2021 season the tables' limits were written for


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def read(text: str, column: str = "备注") -> list[str]:
    return [describe_condition(c) for c in parse_cell(column, text)]


def kinds(text: str, column: str = "备注") -> list[Kind]:
    return [c.kind for c in parse_cell(column, text)]


def result(engine, column: str, text: str, kind: str, **graduate):
    job = Job(id="J1", title="专业技术岗", conditions=((column, text),))
    verdict = engine.check(Graduate(id="G1", **graduate), job)
    return [r for r in verdict.results if r.kind == kind]


# --- age limits by level and by season (应届 / 历届) ------------------------------------------

BY_LEVEL_AND_SEASON = ("本科：应届30岁及以下（1990年11月11日（含）以后出生），历届35岁及以下（1985年11月11日（含）以后出生）"
                       "(有中级资格证放宽至40岁，1980年11月11日（含）以后出生)硕士：应届35岁及以下（1985年11月11日（含）以后出生），"
                       "历届40岁及以下（1980年11月11日（含）以后出生）博士：45岁及以下（1975年11月11日（含）以后出生）")
MASTER_AND_DOCTOR = ("硕士：应届35岁及以下（1985年11月11日（含）以后出生），历届40岁及以下（1980年11月11日（含）以后出生）"
                     "博士：45岁及以下（1975年11月11日（含）以后出生）")


def test_limits_by_level_and_season_are_read_whole_as_groups():
    (label,) = read(MASTER_AND_DOCTOR, "年龄要求")
    assert label == ("age[-; group 硕士应届≤35 born 1985-11-11..(MASTER,应届); group 硕士历届≤40 born 1980-11-11..(MASTER); "
                     "group 博士≤45 born 1975-11-11..(DOCTOR)]")
    (label,) = read(BY_LEVEL_AND_SEASON, "年龄要求")
    assert "relax 本科有中级资格证≤40 born 1980-11-11..(BACHELOR+?)" in label
    assert "group 本科应届≤30 born 1990-11-11..(BACHELOR,应届); group 本科历届≤35 born 1985-11-11..(BACHELOR)" in label


def _age(engine, text, level, born, year):
    (r,) = result(engine, "年龄要求", text, "age", education=level, birth_date=born, graduation_year=year,
                  degree=Degree.MASTER if level >= EducationLevel.MASTER else Degree.BACHELOR)
    return r


def test_earlier_master_between_the_two_limits_passes_and_a_fresh_one_is_refused(engine):
    born = dt.date(1983, 5, 1)  # after 1980-11-11, before 1985-11-11
    assert _age(engine, MASTER_AND_DOCTOR, EducationLevel.MASTER, born, 2018).status is Status.ELIGIBLE
    fresh = _age(engine, MASTER_AND_DOCTOR, EducationLevel.MASTER, born, 2021)
    assert fresh.status is Status.NOT_ELIGIBLE
    assert "硕士应届须1985年11月11日以后出生" in fresh.reason


def test_master_whose_graduation_year_is_unknown_is_reviewed(engine):
    r = _age(engine, MASTER_AND_DOCTOR, EducationLevel.MASTER, dt.date(1983, 5, 1), None)
    assert r.status is Status.NEEDS_REVIEW


def test_master_past_both_limits_is_refused_and_doctor_has_own_limit(engine):
    assert _age(engine, MASTER_AND_DOCTOR, EducationLevel.MASTER, dt.date(1979, 5, 1), 2015).status is Status.NOT_ELIGIBLE
    assert _age(engine, MASTER_AND_DOCTOR, EducationLevel.DOCTOR, dt.date(1979, 5, 1), 2021).status is Status.ELIGIBLE


def test_fresh_bachelor_past_30_is_reviewed_for_the_certificate_relaxation(engine):
    r = _age(engine, BY_LEVEL_AND_SEASON, EducationLevel.BACHELOR, dt.date(1988, 5, 1), 2021)
    assert r.status is Status.NEEDS_REVIEW
    assert "放宽" in r.reason
    assert _age(engine, BY_LEVEL_AND_SEASON, EducationLevel.BACHELOR, dt.date(1988, 5, 1), 2017).status is Status.ELIGIBLE
    assert _age(engine, BY_LEVEL_AND_SEASON, EducationLevel.BACHELOR, dt.date(1978, 5, 1), 2010).status is Status.NOT_ELIGIBLE


# --- 同等条件下: the opening of a preference, cut from it by a comma -----------------------------

def test_same_conditions_opening_a_preference_is_a_note_not_unread():
    text = "需持有电工证，同等条件下，取得相关工程技术职业资格、入网许可证、消防设施操作员证等人员优先。"
    labels = read(text)
    assert "note[优先条件]" in labels and labels.count("note[优先条件]") == 2
    assert not any(label.startswith("needs_review[同等条件下") for label in labels)


# --- overseas graduates of any major, closing a major list -----------------------------------

OVERSEAS = ("本科阶段为英语类，研究生阶段为英语类、学科教学（英语）；英国、美国、加拿大或澳大利亚留学毕业生"
            "（含相应国家具有独立法人资格的中外合作办学本科院校毕业生）不限专业")


def test_overseas_exemption_is_a_note_and_no_country_is_read_as_a_major(engine):
    job = Job(id="J1", title="英语教师", conditions=(("专业要求", OVERSEAS),))
    labels = [describe_condition(c) for c in engine.parse(job)]
    assert labels == ["major[本科:050201 研究生:英语类 研究生:学科教学(英语)]", "note[留学生专业放宽]"]


def test_graduate_outside_the_list_is_reviewed_for_the_overseas_exemption(engine):
    (r,) = result(engine, "专业要求", OVERSEAS, "major", major="法学", major_code="030101",
                  education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason.startswith("专业待核实：")
    assert "英国、美国、加拿大或澳大利亚留学毕业生" in r.reason and "如您属于此类请核实" in r.reason


def test_graduate_of_a_listed_major_still_passes(engine):
    (r,) = result(engine, "专业要求", OVERSEAS, "major", major="英语", major_code="050201",
                  education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    assert r.status is Status.ELIGIBLE


# --- certificates asked of the graduates of some years -----------------------------------------

DOCTOR_LICENCE = "全日制普通高校毕业，2019年及之前毕业的须具有执业医师资格，2020年毕业的须具有执业医师考试成绩合格证明。"


def test_certificates_by_graduation_year_are_read_with_their_years():
    assert read(DOCTOR_LICENCE) == ["education_nature[全日制,普通高校]",
                                    "certificate[2019年及之前毕业的须具有执业医师资格]",
                                    "certificate[2020年毕业的须具有执业医师考试成绩合格证明]"]


def test_only_the_certificate_of_the_graduates_year_is_asked(engine):
    results = result(engine, "备注", DOCTOR_LICENCE, "certificate", education=EducationLevel.BACHELOR,
                     degree=Degree.BACHELOR, graduation_year=2020)
    by_name = {r.source.split("：", 1)[1]: r for r in results}
    assert len(results) == 2
    licence = next(r for r in results if "执业医师资格" in r.reason and "合格证明" not in r.reason)
    proof = next(r for r in results if "合格证明" in r.reason)
    assert licence.status is Status.ELIGIBLE and "您2020年毕业" in licence.reason
    assert proof.status is Status.NEEDS_REVIEW
    # Each year's certificate is its own result, named by its own clause.
    assert set(by_name) == {"2019年及之前毕业的须具有执业医师资格", "2020年毕业的须具有执业医师考试成绩合格证明"}


def test_earlier_graduate_is_asked_the_licence_not_the_exam_proof(engine):
    results = result(engine, "备注", DOCTOR_LICENCE, "certificate", education=EducationLevel.BACHELOR,
                     degree=Degree.BACHELOR, graduation_year=2018)
    licence = next(r for r in results if "合格证明" not in r.reason)
    proof = next(r for r in results if "合格证明" in r.reason)
    assert licence.status is Status.NEEDS_REVIEW
    assert proof.status is Status.ELIGIBLE


# --- a lower education for title holders ---------------------------------------------------------

TITLE = "1.具有副教授及以上职称的人员，学历可放宽至硕士；2.本硕博阶段应至少有两个阶段的专业与需求学科一致或相近；3.有企业工程设计背景者优先。"


def _doctor_post(engine, note: str, level: EducationLevel, degree: Degree):
    job = Job(id="J1", title="教师", conditions=(("学历要求", "博士研究生"), ("学位要求", "博士"), ("备注", note)))
    verdict = engine.check(Graduate(id="G1", education=level, degree=degree), job)
    return {r.kind: r for r in verdict.results if r.kind in ("education", "degree")}


def test_title_relaxation_is_read_as_a_note():
    assert read(TITLE)[0] == "note[学历放宽]"
    assert read("若取得副高级及以上专业技术职称的，学历可放宽至本科及以上、学位学士及以上") == ["note[学历放宽]"]
    assert read("具有高级职称者学历、年龄适当放宽") == ["note[学历放宽]", "note[放宽 具有高级职称≤999]"]


def test_master_under_a_doctor_post_is_reviewed_for_the_title(engine):
    results = _doctor_post(engine, TITLE, EducationLevel.MASTER, Degree.MASTER)
    assert results["education"].status is Status.NEEDS_REVIEW
    assert results["education"].reason.startswith("学历待核实：")
    assert "具有副教授及以上职称的人员，学历可放宽至硕士" in results["education"].reason
    assert results["degree"].status is Status.NEEDS_REVIEW


def test_bachelor_below_the_relaxed_level_is_still_refused(engine):
    results = _doctor_post(engine, TITLE, EducationLevel.BACHELOR, Degree.BACHELOR)
    assert results["education"].status is Status.NOT_ELIGIBLE
    assert results["degree"].status is Status.NOT_ELIGIBLE


# --- 本科(学士) naming a level, after a stray bracket the table left -----------------------------

def test_level_with_its_degree_in_brackets_is_read_as_an_age_limit():
    text = (")本科(学士)年龄在30岁以下(1991年1月1日后出生)，硕士研究生年龄在35岁以下(1986年1月1日后出生)，"
            "博士研究生或具有高级专业技术职务的年龄在40岁以下(1981年1月1日后出生)。")
    (label,) = read(text)
    assert label.startswith("age[-30; born 1991-01-01..; relax 硕士研究生≤35 born 1986-01-01..(MASTER)")


# --- teacher certificates due after appointment ------------------------------------------------

EARLIER_CERT = ("1.往届毕业生须具有相应学段对应学科教师资格证书，2022年应届生须在2023年8月之前取得对应学段学科的教师资格证书或同时取得"
                "对应学段学科的《中小学幼儿园教师资格考试合格证明》和相应的《普通话等级证书》，否则解除聘用合同。2.在青田县教育系统服务期不少于5年。")


def test_earlier_graduates_certificate_and_the_fresh_deadline_are_read():
    assert read(EARLIER_CERT) == ["certificate[往届毕业生须具有相应学段对应学科教师资格证书]", "note[证书限期取得]",
                                  "service_years[最低服务年限5年]"]


def test_fresh_graduate_is_not_asked_the_certificate_now(engine):
    results = result(engine, "备注", EARLIER_CERT, "certificate", education=EducationLevel.BACHELOR,
                     degree=Degree.BACHELOR, graduation_year=2021)
    assert [r.status for r in results] == [Status.ELIGIBLE]
    earlier = result(engine, "备注", EARLIER_CERT, "certificate", education=EducationLevel.BACHELOR,
                     degree=Degree.BACHELOR, graduation_year=2018)
    assert [r.status for r in earlier] == [Status.NEEDS_REVIEW]


def test_certificate_deadlines_after_appointment_are_notes():
    assert read("须在2024年6月之前取得相应学段学科教师资格证书或同时取得对应学段学科的《中小学幼儿园教师资格考试合格证明》"
                "和相应的《普通话等级证书》，否则解除聘用合同。") == ["note[证书限期取得]"]
    text = ("教师资格证仍实施“先上岗、再考证”阶段性措施，但须在规定时间内取得相应教师资格证，否则解除聘用合同。"
            "其中2021届、2022届师范类本科毕业生须于2023年7月31日前取得，其他人员须于2024年7月31日前取得。")
    assert set(kinds(text)) == {Kind.NOTE}


# --- two routes, 研究生 or 本科 with one of several honours (the table cuts the list off) -------------

TWO_ROUTES = ("1.具有研究生学历且获得硕士及以上学位的毕业生：列入国家统一招生计划（不含委培生、定向生）的普通高等院校、普通高等职业技术院校的"
              "硕士研究生或博士研究生。年龄18至35周岁（1986年11月23日至2004年11月23日期间出生，下同）,户籍不限。2.具有本科学历且获得学士学位的"
              "毕业生：列入国家统一招生计划（不含委培生、定向生）的普通高等院校、普通高等职业技术院校的本科毕业生。年龄18至35周岁,户籍不限。"
              "且必须符合下列条件之一：（1）获得校级及以上优秀毕业生、优秀学生、三好学生等奖项或荣誉称号；（2）教育部六所直属师范大学本科毕业生；"
              "（3）省属重点建设师范大学综合成绩排名为其所读学校同专业前70%的师")


def test_two_routes_are_read_as_their_conditions_and_the_cut_list_is_said():
    labels = read(TWO_ROUTES)
    assert labels[:5] == ["education_nature[普通高校]", "status[不含委培生、定向生]", "degree[相应]",
                          "age[18-35; born 1986-11-23..2004-11-23]", "note[无要求]"]
    assert labels[5].startswith("record[本科毕业生须符合下列条件之一：(1)获得校级及以上优秀毕业生")
    assert labels[5].endswith("…（表中原文不全，请查阅招聘公告）; only 本科毕业生(BACHELOR)]")


def test_master_is_not_asked_the_bachelor_honours(engine):
    (r,) = result(engine, "备注", TWO_ROUTES, "record", education=EducationLevel.MASTER, degree=Degree.MASTER)
    assert r.status is Status.ELIGIBLE
    (r,) = result(engine, "备注", TWO_ROUTES, "record", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    assert r.status is Status.NEEDS_REVIEW


# --- the season's graduates through the national plan, and returnees let in as 应届 -----------------

PLAN_FRESH = ("毕业生报名条件：限列入国家统一招生计划（不含委培生、定向生）并且已经取得相应学历、学位证书的全日制普通高等院校、"
              "普通高等职业技术院校的2020年应届毕业生。2019年11月27日至2020年11月26日取得国（境）外学位并完成教育部门学历认证、"
              "具有北京市常住户口且人事行政关系在北京的留学回国人员，未落实工作单位的，可以报考面向应届毕业生招聘的岗位。")


def test_plan_fresh_graduates_and_returnees_are_read():
    assert read(PLAN_FRESH, "应届") == ["education_nature[全日制,普通高校]", "status[不含委培生、定向生]",
                                       "target_group[应届毕业生 2020]", "note[报考须知]", "note[应届身份放宽]"]


def test_graduate_of_another_year_is_reviewed_for_the_returnee_route(catalog):
    engine = RulesEngine(catalog=catalog, reference_date=dt.date(2020, 11, 20))
    (fresh,) = result(engine, "应届", PLAN_FRESH, "target_group", graduation_year=2020)
    assert fresh.status is Status.ELIGIBLE
    (other,) = result(engine, "应届", PLAN_FRESH, "target_group", graduation_year=2019)
    assert other.status is Status.NEEDS_REVIEW
    assert "留学回国人员（未落实工作单位）（符合其一即可）" in other.reason
    # The returnees' degree period (2019年11月27日至2020年11月26日) holds no graduate of 2018 (2026-12-07).
    (before,) = result(engine, "应届", PLAN_FRESH, "target_group", graduation_year=2018)
    assert before.status is Status.NOT_ELIGIBLE


# --- a few short items of posts' requirements ----------------------------------------------------

def test_postdoc_certificates_and_a_stand_in_are_read():
    assert read("1.博士后出站人员；2.具有较强的敬业和奉献精神") == ["status[博士后出站人员]", "note[能力与工作条件]"]
    assert read("须具有报考岗位一致的教师资格证及普通话证") == ["certificate[具有与报考岗位一致的教师资格证]", "certificate[具有普通话证]"]
    assert read("受疫情影响，暂未取得教师资格证书的人员可持在有效期内的中小学教师资格考试合格证明或笔试合格成绩报名") == ["note[报考须知]"]
