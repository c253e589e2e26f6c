"""Hukou (户籍/生源) conditions: place names read whole and matched on name boundaries,
and the alternatives a cell offers (生源, 省内高校毕业生) kept, never dropped."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import HukouCond, Kind
from matching.rules.parser import parse_cell
from matching.rules.patterns import split_places
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10), major_tables=load_major_code_tables())


def job(column: str, text: str) -> Job:
    return Job(id="j1", title="综合管理", conditions=((column, text),))


def grad(**kw) -> Graduate:
    base = dict(id="g1", major="法学", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026)
    base.update(kw)
    return Graduate(**base)


def hukou_of(engine, g: Graduate, j: Job):
    (r,) = [r for r in engine.check(g, j).results if r.kind == "hukou"]
    return r


def only_hukou(conds) -> HukouCond:
    (c,) = [c.payload for c in conds if c.kind is Kind.HUKOU]
    return c


# --- one-character county names: 新县 is not 新乡 -------------------------------------------------

@pytest.mark.parametrize(("place", "inside", "outside"), [
    ("新县", "河南省信阳市新县", "河南省新乡市"),
    ("滑县", "河南省安阳市滑县", "河南省新乡市卫辉市"),
    ("范县", "河南省濮阳市范县", "河南省郑州市"),
    ("睢县", "河南省商丘市睢县", "江苏省徐州市睢宁县"),
    ("嵩县", "河南省洛阳市嵩县", "河南省郑州市登封市嵩阳街道"),
    ("献县", "河北省沧州市献县", "河北省沧州市"),
    ("萧县", "安徽省宿州市萧县", "浙江省杭州市萧山区"),
])
def test_a_one_character_county_matches_only_that_county(engine, place, inside, outside):
    j = job("其他要求", f"限{place}户籍或生源")
    assert only_hukou(engine.parse(j)).places == (place,)
    r = hukou_of(engine, grad(hukou=inside), j)
    assert (r.status, r.reason) == (Status.ELIGIBLE, f"户籍符合：岗位要求{place}户籍或生源，您的户籍为{inside}")
    assert hukou_of(engine, grad(hukou=outside), j).status is not Status.ELIGIBLE


def test_a_name_inside_a_longer_name_is_not_that_place(engine):
    # 和县 (安徽) is not 平和县 (福建); 和平区 (天津) is not 和平县 (广东).
    assert hukou_of(engine, grad(hukou="福建省漳州市平和县"), job("户籍地", "和县户籍")).status is Status.NEEDS_REVIEW
    assert hukou_of(engine, grad(hukou="安徽省马鞍山市和县"), job("户籍地", "和县户籍")).status is Status.ELIGIBLE
    assert hukou_of(engine, grad(hukou="广东省河源市和平县"), job("户籍地", "天津市和平区户籍")).status is Status.NOT_ELIGIBLE
    assert hukou_of(engine, grad(hukou="天津市和平区"), job("户籍地", "天津市和平区户籍")).status is Status.ELIGIBLE


@pytest.mark.parametrize(("hukou", "status"), [
    ("内蒙古自治区阿拉善盟阿拉善左旗", Status.ELIGIBLE),
    ("新疆阿克苏地区阿克苏市", Status.NOT_ELIGIBLE),  # another province
])
def test_a_meng_is_the_alxa_league(engine, hukou, status):
    r = hukou_of(engine, grad(hukou=hukou), job("户籍地", "阿盟户籍"))
    assert r.status is status
    assert r.reason.startswith("户籍符合：岗位要求阿盟户籍" if status is Status.ELIGIBLE else "户籍不符：岗位要求阿盟户籍")


def test_a_name_without_its_suffix_still_matches_a_full_hukou(engine):
    assert hukou_of(engine, grad(hukou="浙江省嘉兴市海盐县"), job("户籍地", "海盐户籍")).status is Status.ELIGIBLE
    assert hukou_of(engine, grad(hukou="湖北省恩施土家族苗族自治州恩施市"), job("户籍地", "恩施州内户籍人员")).status is Status.ELIGIBLE
    assert hukou_of(engine, grad(hukou="新疆阿克苏地区沙雅县"), job("其他要求", "限阿克苏地区户籍")).status is Status.ELIGIBLE


# --- 和/及/或 inside place names --------------------------------------------------------------

@pytest.mark.parametrize(("text", "places"), [
    ("云和", ["云和"]),
    ("和田地区", ["和田地区"]),
    ("天津市和平区", ["天津市和平区"]),
    ("漳州市平和县", ["漳州市平和县"]),
    ("广州市白云区太和镇", ["广州市白云区太和镇"]),
    ("柞水和镇安", ["柞水和镇安"]),  # no suffix before 和: kept whole (reviewed), never cut to 柞水
    ("河南省或山东省", ["河南省", "山东省"]),
    ("喀什地区和和田地区", ["喀什地区", "和田地区"]),
    ("天津市和平区或河西区", ["天津市和平区", "河西区"]),
    ("柞水县和镇安县", ["柞水县", "镇安县"]),
    ("黑龙江省、吉林省、辽宁省和内蒙古自治区", ["黑龙江省", "吉林省", "辽宁省", "内蒙古自治区"]),
])
def test_places_split_between_names_not_inside_them(text, places):
    assert split_places(text) == places


@pytest.mark.parametrize(("column", "text", "places"), [
    ("户籍地", "云和户籍或生源", ("云和",)),
    ("户籍地", "广州市白云区太和镇户籍", ("广州市白云区太和镇",)),
    ("其他要求", "限和田地区户籍", ("和田地区",)),
    ("户籍地", "黑龙江省、吉林省、辽宁省和内蒙古自治区户籍或当地院校毕业生", ("黑龙江省", "吉林省", "辽宁省", "内蒙古自治区")),
])
def test_place_names_with_he_ji_huo_are_read_whole(column, text, places):
    assert only_hukou(parse_cell(column, text)).places == places


def test_yunhe_is_not_yunnan(engine):
    j = job("户籍地", "云和户籍或生源")
    assert hukou_of(engine, grad(hukou="云南省昆明市"), j).status is Status.NEEDS_REVIEW
    assert hukou_of(engine, grad(hukou="浙江省丽水市云和县"), j).status is Status.ELIGIBLE


# --- an "or" alternative is kept ---------------------------------------------------------------

@pytest.mark.parametrize(("column", "text", "place", "alternative"), [
    ("户籍地", "湖北省户籍或湖北省内高校毕业生", "湖北省", "湖北省内高校毕业生"),
    ("户籍地", "四川省户籍，或就读于四川省高校", "四川省", "就读于四川省高校"),
    ("户籍地", "四川籍或就读四川省内高校", "四川", "就读四川省内高校"),
    ("户籍地", "鹤峰县户籍或鹤峰县高校毕业生", "鹤峰县", "鹤峰县高校毕业生"),
    ("其他要求", "湖北省户籍或湖北省内高校毕业生", "湖北省", "湖北省内高校毕业生"),
])
def test_a_local_university_alternative_is_kept_as_an_exception(column, text, place, alternative):
    conds = parse_cell(column, text)
    assert [c.kind for c in conds] == [Kind.HUKOU]
    assert (only_hukou(conds).places, only_hukou(conds).exceptions) == ((place,), (alternative,))


@pytest.mark.parametrize(("text", "school", "alternative"), [
    ("湖北省户籍或湖北省内高校毕业生", "武汉大学", "湖北省内高校毕业生"),
    ("四川省户籍，或就读于四川省高校", "四川大学", "就读于四川省高校"),
])
def test_a_graduate_from_elsewhere_is_reviewed_when_a_local_university_admits_too(engine, text, school, alternative):
    # Where the school lies is not known here: review, naming the alternative.
    r = hukou_of(engine, grad(hukou="河南省郑州市", school=school), job("户籍地", text))
    assert r.status is Status.NEEDS_REVIEW
    assert alternative in r.reason and r.reason.startswith("户籍待核实：")


# --- 生源或户籍 and 户籍人员 ---------------------------------------------------------------------

@pytest.mark.parametrize(("column", "text", "place", "origin"), [
    ("户籍地", "金华市生源或户籍", "金华市", True),
    ("户籍地", "高邮生源或户籍", "高邮", True),
    ("cond:备注", "金华市生源或户籍。", "金华市", True),
    ("户籍地", "邳州或邳州生源", "邳州", True),
    ("户籍地", "建始县户籍人员", "建始县", False),
    ("户籍地", "河池市内", "河池市", False),
])
def test_origin_and_person_words_are_not_part_of_the_place(column, text, place, origin):
    cond = only_hukou(parse_cell(column, text))
    assert (cond.places, cond.origin) == ((place,), origin)


def test_a_jinhua_resident_passes_jinhua_origin_or_hukou(engine):
    r = hukou_of(engine, grad(hukou="浙江省金华市婺城区"), job("户籍地", "金华市生源或户籍"))
    assert (r.status, r.reason) == (Status.ELIGIBLE, "户籍符合：岗位要求金华市户籍或生源，您的户籍为浙江省金华市婺城区")
