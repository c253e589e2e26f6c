"""A places review: a hukou 「吉林」 (the province, as 「吉林省」) met a post asking 吉林市户籍, and 「吉林市船营区」
was only 待核实 for 吉林省户籍; wishes and cells did not read a shared county short name after its city or
province (「伊春西林」「临夏东乡」「甘肃东乡」), while 「希望去融水」 and 「想去义乌」 stay unread in prose."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.intentions import extract_places
from features.place_inference import infer_location, stated_place
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6),
                       major_tables=load_major_code_tables())


def _hukou(engine, cell: str, location: str, hukou: str) -> tuple[Status, str]:
    job = Job(id="j1", title="工作人员", location=location, education=parse_education_requirement("大专及以上"),
              conditions=(("户籍", cell),))
    graduate = Graduate(id="g1", hukou=hukou, graduation_year=2026, major="法学", education=EducationLevel.BACHELOR)
    [result] = [r for r in engine.check(graduate, job).results if r.kind == "hukou"]
    return result.status, result.reason


@pytest.mark.parametrize("hukou", ["吉林", "吉林省"])
def test_province_hukou_is_reviewed_not_met_for_the_city_named_like_it(engine, hukou):
    status, reason = _hukou(engine, "吉林市户籍", "吉林省吉林市", hukou)
    assert status is REVIEW
    assert reason == f"户籍待核实：岗位要求吉林市户籍，您的户籍为{hukou}"


@pytest.mark.parametrize("hukou", ["吉林市", "吉林市船营区", "吉林省吉林市"])
def test_the_city_itself_still_meets_its_post(engine, hukou):
    assert _hukou(engine, "吉林市户籍", "吉林省吉林市", hukou)[0] is OK


@pytest.mark.parametrize("hukou", ["吉林长春", "吉林省长春市"])
def test_another_city_of_the_province_is_refused_the_city_post(engine, hukou):
    assert _hukou(engine, "吉林市户籍", "吉林省吉林市", hukou)[0] is FAIL


@pytest.mark.parametrize("hukou", ["吉林市船营区", "吉林市"])
def test_city_named_like_its_province_lies_in_the_province(engine, hukou):
    assert _hukou(engine, "吉林省户籍", "吉林省", hukou) == (OK, "户籍符合：岗位要求吉林省户籍")


@pytest.mark.parametrize(("cell", "location", "hukou", "expected"), [
    ("海南藏族自治州户籍", "青海省海南藏族自治州", "海南", FAIL),  # 海南省, as 「海南省」 is refused
    ("海南州户籍", "青海省海南藏族自治州", "海南", FAIL),
    ("海南藏族自治州户籍", "青海省海南藏族自治州", "青海海南", OK),
    ("海南省户籍", "海南省", "海南", OK),
    ("海南省户籍", "海南省", "海南三亚", OK),
    ("海南省户籍", "海南省", "海南州共和县", FAIL),  # 青海's prefecture is not in 海南省
    ("海南省户籍", "海南省", "青海海南", FAIL),
    ("河北省户籍", "河北省", "天津市河北区", FAIL),
])
def test_hainan_and_other_names_shared_with_a_province(engine, cell, location, hukou, expected):
    assert _hukou(engine, cell, location, hukou)[0] is expected


def test_province_hukou_posts_read_the_province_as_the_place_reader_does(engine):
    # Not a name running into a province's (四川凉山西昌: no 山西).
    assert _hukou(engine, "山西省户籍", "山西省", "四川凉山西昌市")[0] is FAIL


@pytest.mark.parametrize(("text", "key", "place"), [
    ("伊春西林", "西林区", "黑龙江省伊春市西林区"),
    ("黑龙江西林", "西林区", "黑龙江省伊春市西林区"),
    ("百色西林", "西林县", "广西壮族自治区百色市西林县"),
    ("临夏东乡", "东乡族自治县", "甘肃省临夏回族自治州东乡族自治县"),
    ("甘肃东乡", "东乡族自治县", "甘肃省临夏回族自治州东乡族自治县"),
    ("临夏东乡县", "东乡族自治县", "甘肃省临夏回族自治州东乡族自治县"),
    ("江西东乡", "东乡县", "江西省抚州市东乡县"),
    ("柳州融水", "融水苗族自治县", "广西壮族自治区柳州市融水苗族自治县"),
])
def test_shared_county_short_name_after_its_city_or_province_is_read(text, key, place):
    assert extract_places(f"希望去{text}工作") == (key,)
    assert stated_place(text) == place



def test_employer_named_by_the_short_name_and_a_suffix_is_placed():
    assert infer_location("临夏东乡县人民医院").place == "甘肃省临夏回族自治州东乡族自治县"
    assert infer_location("伊春西林区人民医院").place == "黑龙江省伊春市西林区"


@pytest.mark.parametrize("text", ["希望去融水", "想去义乌", "想去东乡", "想去西林"])
def test_bare_county_short_name_stays_unread_in_a_wish(text):
    assert extract_places(text) == ()


def test_shared_short_name_is_no_place_alone_in_a_cell():
    # 西林 is 伊春's 西林区 and 百色's 西林县: alone it says neither.
    assert stated_place("西林") is None
    assert stated_place("融水") == "广西壮族自治区柳州市融水苗族自治县"
    # A county named after its people keeps its full name alone (东乡 is 抚州's, read as before).
    assert stated_place("东乡区") == "江西省抚州市东乡县"


@pytest.mark.parametrize(("text", "province"), [("广东新兴产业园有限公司", "广东省"), ("黑龙江西林钢铁集团", "黑龙江省")])
def test_short_name_after_a_province_not_read_inside_a_longer_word(text, province):
    assert infer_location(text).place == province
    assert extract_places(f"想去{text}") == (province.removesuffix("省"),)
