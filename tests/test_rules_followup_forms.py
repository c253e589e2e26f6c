"""Forms read 2026-12-06 (session 3, follow-up): a city's 市区 defined by its districts, 京内(北京市居民常住户口),
a hukou place with a hardship status (officer-only), title holders' relaxations of 学历学位 and of age with their own
education floor, and majors listed for one level on a post admitting others (reviewed, not refused)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from features.records import Graduate, Hardship, Job
from matching.eligibility import _opens_education
from matching.rules import RulesEngine
from matching.rules.conditions import Kind
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 3, 1),
                       major_tables=load_major_code_tables())


def _result(engine, graduate: Graduate, conditions, kind: str, location: str | None = None):
    job = Job(id="j1", title="综合管理", location=location, conditions=tuple(conditions))
    (r,) = [r for r in engine.check(graduate, job).results if r.kind == kind]
    return r


_SHAOXING = "绍兴市区（越城区、柯桥区、上虞区）户籍"


@pytest.mark.parametrize(("hukou", "status"), [
    ("浙江省绍兴市柯桥区", Status.ELIGIBLE),
    ("绍兴市上虞区", Status.ELIGIBLE),
    ("浙江省绍兴市诸暨市", Status.NOT_ELIGIBLE),  # a county-level city of 绍兴, not of its 市区
    ("浙江省杭州市西湖区", Status.NOT_ELIGIBLE),
    ("浙江省绍兴市", Status.NEEDS_REVIEW),  # the city alone: 诸暨 or 越城
])
def test_city_proper_defined_by_its_districts(engine, hukou, status):
    r = _result(engine, Graduate(id="g", hukou=hukou, graduation_year=2023), [("户籍地", _SHAOXING)], "hukou",
                "浙江省绍兴市越城区")
    assert r.status is status
    assert "岗位要求绍兴市区（越城区、柯桥区、上虞区）户籍" in r.reason  # as the table says it (was 越城区位于…)


def test_city_proper_placed_without_the_post_location(engine):
    # The cell names its city: the districts are placed by it, not by the post.
    r = _result(engine, Graduate(id="g", hukou="浙江省宁波市海曙区", graduation_year=2023), [("户籍地", _SHAOXING)], "hukou")
    assert r.status is Status.NOT_ELIGIBLE


@pytest.mark.parametrize(("hukou", "status"), [
    ("北京市海淀区", Status.ELIGIBLE), ("河北省保定市", Status.NOT_ELIGIBLE), (None, Status.NEEDS_REVIEW)])
def test_beijing_resident_hukou_in_brackets(engine, hukou, status):
    assert not [c for c in parse_cell("户籍地", "京内（北京市居民常住户口）") if c.kind is Kind.NEEDS_REVIEW]
    r = _result(engine, Graduate(id="g", hukou=hukou, graduation_year=2023), [("户籍地", "京内（北京市居民常住户口）")], "hukou")
    assert r.status is status


_XIANFENG = "咸丰县户籍建档立卡贫困户家庭成员"


def test_hukou_place_and_hardship_status_are_both_read():
    kinds = [c.kind for c in parse_cell("户籍地", _XIANFENG)]
    assert kinds == [Kind.HUKOU, Kind.HARDSHIP]


def test_the_same_words_under_zhaopin_duixiang_are_read_alike():
    # gkld repeats the 户籍地 cell in 招聘范围 (read as 招聘对象): it was 条件待人工核实 there.
    kinds = [c.kind for c in parse_cell("招聘对象", _XIANFENG)]
    assert kinds == [Kind.HUKOU, Kind.HARDSHIP]


def test_hardship_status_withheld_from_the_graduate_is_left_to_officers(engine):
    # The graduate's own record withholds hardship: told only that an officer checks it.
    g = Graduate(id="g", hukou="湖北省恩施土家族苗族自治州咸丰县", graduation_year=2023, withheld=frozenset({"hardship"}))
    r = _result(engine, g, [("户籍地", _XIANFENG)], "hardship", "湖北省恩施土家族苗族自治州咸丰县")
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason == "困难类别待核实：岗位面向困难类别为脱贫家庭的毕业生，该信息仅就业服务专员可见，请由专员核实"
    assert r.discloses == ()
    hukou = _result(engine, g, [("户籍地", _XIANFENG)], "hukou", "湖北省恩施土家族苗族自治州咸丰县")
    assert hukou.status is Status.ELIGIBLE


def test_officers_read_the_category_and_the_read_is_audited(engine):
    g = Graduate(id="g", hukou="湖北省恩施土家族苗族自治州咸丰县", graduation_year=2023,
                 hardship=frozenset({Hardship.POVERTY_ALLEVIATION}))
    r = _result(engine, g, [("户籍地", _XIANFENG)], "hardship")
    assert r.status is Status.ELIGIBLE and r.discloses == ("hardship",)
    none = _result(engine, Graduate(id="g", hukou="湖北省武汉市洪山区", graduation_year=2023, hardship=frozenset()),
                   [("户籍地", _XIANFENG)], "hardship")
    assert none.status is Status.NOT_ELIGIBLE and none.reason.startswith("困难类别不符：岗位面向")


def test_a_graduate_of_another_county_is_refused_on_hukou(engine):
    g = Graduate(id="g", hukou="湖北省武汉市洪山区", graduation_year=2023)
    r = _result(engine, g, [("户籍地", _XIANFENG)], "hukou", "湖北省恩施土家族苗族自治州咸丰县")
    assert r.status is Status.NOT_ELIGIBLE


_ART_TEACHERS = ("符合紧块师资-艺术类或双师双能型资的，若具有高级专业技术职务且任职满2年及以上的，学历学位可放宽至硕士研究生")


@pytest.mark.parametrize(("level", "status"), [
    (EducationLevel.MASTER, Status.NEEDS_REVIEW), (EducationLevel.BACHELOR, Status.NOT_ELIGIBLE)])
def test_education_and_degree_relaxed_to_master_for_title_holders(engine, level, status):
    g = Graduate(id="g", education=level, graduation_year=2023)
    conditions = [("学历要求", "博士研究生"), ("备注", _ART_TEACHERS)]
    r = _result(engine, g, conditions, "education")
    assert r.status is status
    assert _opens_education(tuple(conditions))  # the pre-filter lets the master reach the engine


_HEALTH = "具有卫生高级专业技术职称的，要求国家承认的本科及以上学历，年龄可放宽至45周岁及以下"


def test_health_title_holders_age_relaxation_and_their_own_floor(engine):
    assert not [c for c in parse_cell("备注", _HEALTH) if c.kind is Kind.NEEDS_REVIEW]
    conditions = [("学历要求", "本科及以上"), ("年龄要求", "35周岁及以下"), ("备注", _HEALTH)]
    at_40 = Graduate(id="g", education=EducationLevel.BACHELOR, birth_date=dt.date(1982, 6, 1), graduation_year=2023)
    assert _result(engine, at_40, conditions, "age").status is Status.NEEDS_REVIEW  # was 不符合
    at_50 = Graduate(id="g", education=EducationLevel.BACHELOR, birth_date=dt.date(1972, 6, 1), graduation_year=2023)
    assert _result(engine, at_50, conditions, "age").status is Status.NOT_ELIGIBLE
    junior = Graduate(id="g", education=EducationLevel.JUNIOR_COLLEGE, graduation_year=2023)
    assert _result(engine, junior, conditions, "education").status is Status.NOT_ELIGIBLE  # below their 本科 floor


def test_majors_of_one_level_on_a_post_admitting_higher_ones_are_reviewed(engine):
    master = Graduate(id="g", education=EducationLevel.MASTER, major="体育教育训练学", graduation_year=2023)
    r = _result(engine, master, [("学历要求", "硕士研究生及以上"), ("专业要求", "本科阶段为体育教育、运动训练专业")], "major")
    assert r.status is Status.NEEDS_REVIEW
    assert "未列出研究生专业" in r.reason and "请核实您的本科专业是否在列" in r.reason
    r = _result(engine, master, [("学历要求", "本科及以上"), ("专业要求", "本科：英语、商务英语")], "major")
    assert r.status is Status.NEEDS_REVIEW


def test_majors_of_one_level_refuse_where_the_post_admits_that_level_only(engine):
    master = Graduate(id="g", education=EducationLevel.MASTER, major="英语语言文学", graduation_year=2023)
    r = _result(engine, master, [("学历要求", "仅限本科"), ("专业要求", "本科：英语、商务英语")], "major")
    assert r.status is Status.NOT_ELIGIBLE and "只列出本科专业" in r.reason
    # A 本科 graduate holds no 研究生 major the list could name: kept (tests/test_rules_engine.py too).
    bachelor = Graduate(id="g", education=EducationLevel.BACHELOR, major="汉语言文学", graduation_year=2023)
    r = _result(engine, bachelor, [("学历要求", "本科及以上"), ("专业要求", "研究生：中国语言文学")], "major")
    assert r.status is Status.NOT_ELIGIBLE and "只列出研究生专业" in r.reason
