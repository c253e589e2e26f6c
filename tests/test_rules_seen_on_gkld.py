"""Verdicts as graduates read them on a real 2021–2023 table: a county hukou whose province only
the job's location names, posts only serving staff or village cadres can take, a 专科 major the
reference table files under the listed class, and labels that ask nothing of the graduate."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.place_names import xinjiang_prefecture
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.places import apart, seat
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6),
                       major_tables=load_major_code_tables())


def _job(*conditions: tuple[str, str], location: str | None = None, education: str = "大专及以上") -> Job:
    return Job(id="j1", title="工作人员", location=location, education=parse_education_requirement(education),
               conditions=conditions)


def _graduate(hukou: str = "新疆喀什地区喀什市", year: int = 2026, major: str = "法学",
              education: EducationLevel = EducationLevel.BACHELOR) -> Graduate:
    return Graduate(id="g1", hukou=hukou, graduation_year=year, major=major, education=education)


def _only(verdict, kind: str):
    (result,) = [r for r in verdict.results if r.kind == kind]
    return result


# -- 1. a county or city hukou elsewhere ---------------------------------------------------

def test_a_county_hukou_in_another_province_is_refused_where_the_location_names_it(engine):
    result = _only(engine.check(_graduate(), _job(("户籍地", "仪征市"), location="江苏省扬州市仪征市")), "hukou")
    assert result.status is FAIL
    assert result.reason == "户籍不符：岗位要求仪征市户籍（位于江苏省扬州市），您的户籍为新疆喀什地区喀什市"


def test_without_a_location_naming_it_the_county_decides_nothing(engine):
    # 仪征市 alone is now placed by the national list (the only one in China): test_county_level_places
    assert _only(engine.check(_graduate(), _job(("户籍地", "鼓楼区"))), "hukou").status is REVIEW
    assert _only(engine.check(_graduate(), _job(("户籍地", "鼓楼区"), location="江苏省扬州市")), "hukou").status is REVIEW


@pytest.mark.parametrize(("hukou", "location", "place", "status"), [
    ("江苏省扬州市仪征市", "江苏省扬州市仪征市", "仪征市", OK),
    ("新疆乌鲁木齐市天山区", "新疆维吾尔自治区喀什地区疏附县", "疏附县", FAIL),  # another prefecture
    ("新疆喀什地区喀什市", "新疆维吾尔自治区喀什地区疏附县", "疏附县", REVIEW),  # same prefecture: not decided
    ("新疆塔城地区乌苏市", "新疆维吾尔自治区伊犁哈萨克自治州", "伊犁州", REVIEW),  # 伊犁州 supervises 塔城
    ("北京市房山区", "北京市房山区", "房山区", OK),
])
def test_a_place_is_refused_only_when_both_sides_are_known_and_apart(engine, hukou, location, place, status):
    result = _only(engine.check(_graduate(hukou=hukou), _job(("户籍地", place), location=location)), "hukou")
    assert result.status is status, result.reason


def test_places_lie_where_the_location_says():
    assert seat("恩施州", "湖北省恩施土家族苗族自治州巴东县") == "湖北省恩施州"
    assert seat("北京市", "北京市房山区") is None  # names its province itself
    assert xinjiang_prefecture("新疆乌鲁木齐市乌鲁木齐县") == "乌鲁木齐市"
    assert xinjiang_prefecture("新疆阿克苏地区沙雅县") == "阿克苏地区"
    assert not apart("房山区", "新疆喀什地区喀什市")  # no province known: nothing decided


@pytest.mark.parametrize(("year", "status"), [(2019, FAIL), (2021, REVIEW), (2023, REVIEW), (2024, FAIL)])
def test_a_past_seasons_exception_reaches_back_two_years_at_most(engine, year, status):
    job = _job(("户籍地", "北京市常住户口2023年应届不限户籍"), location="北京市")
    assert _only(engine.check(_graduate(year=year), job), "hukou").status is status


# -- 2. posts for serving staff and village cadres -----------------------------------------

@pytest.mark.parametrize(("column", "text"), [
    ("招聘范围", "面向巴东县现任村（社区）“两委”班子成员"),
    ("招聘范围", "面向巴东县现任村（社区）主职干部"),
    ("备注", "招聘（选调）对象及范围：符合招聘（选调）岗位应聘资格条件的全国各级行政机关、事业单位正式在编工作人员"),
    ("备注", "具有公务员（含参照公务员法管理事业人员）或事业单位工作人员身份"),
])
def test_a_post_for_serving_staff_refuses_this_seasons_graduate(engine, column, text):
    verdict = engine.check(_graduate(), _job((column, text)))
    (result,) = [r for r in verdict.results if r.status is not OK]
    assert verdict.status is FAIL and result.kind == "status"
    assert result.reason.startswith("身份不符：岗位要求「") and result.reason.endswith("」，您为2026年应届毕业生，尚无在职身份")


def test_an_earlier_graduate_may_since_serve_and_is_asked(engine):
    result = _only(engine.check(_graduate(year=2022), _job(("备注", "正式在编工作人员"))), "status")
    assert result.status is REVIEW and result.reason == "身份待核实：岗位要求「正式在编工作人员」，请核实您目前是否具有该身份"


@pytest.mark.parametrize(("text", "status"), [
    ("应往届毕业生(我市机关事业单位在编在岗位人员除外)", OK),  # leaves serving staff out
    ("选聘范围：具有培训机构和民办学校工作经历的非事业编制优秀教师", REVIEW),  # not a serving status to rule out
    ("离退休缴纳社保需满15年", REVIEW),
])
def test_other_status_clauses_are_not_refused(engine, text, status):
    assert _only(engine.check(_graduate(), _job(("备注", text))), "status").status is status


# -- 3. a 专科 major placed by the reference table -------------------------------------------

@pytest.mark.parametrize(("cell", "major", "status"), [
    ("计算机类", "计算机应用技术", OK),  # reference table: 计算机应用技术 → 0809 计算机类
    ("专科：计算机类、电子信息类；本科：计算机类", "计算机网络技术", OK),
    ("计算机类", "会计", FAIL),  # filed under 1202, as the suggestion would place it
    ("计算机类", "关务与外贸服务", FAIL),  # the 2021 专科 catalog files it under 经济贸易类 (5305 → 0204)
    ("计算机类", "石窟寺保护技术", REVIEW),  # a name no table places (文化服务类 5504 is left unmapped) stays open
])
def test_a_junior_college_major_is_checked_where_the_reference_table_files_it(engine, cell, major, status):
    graduate = _graduate(major=major, education=EducationLevel.JUNIOR_COLLEGE)
    assert _only(engine.check(graduate, _job(("专业要求", cell))), "major").status is status


# -- 4. labels and duties are notes --------------------------------------------------------

@pytest.mark.parametrize(("column", "text"), [
    ("其他说明", "专项招聘"),
    ("备注", "非在编"),
    ("备注", "应遵守单位的规章制度和职业规范，遵守保密规定，不得以任何途径、任何媒介泄露所录信息。"),
])
def test_what_a_graduate_cannot_act_on_is_no_condition(engine, column, text):
    verdict = engine.check(_graduate(), _job((column, text)))
    assert verdict.status is OK and not [r for r in verdict.results if r.kind == "needs_review"]
