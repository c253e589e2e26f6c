"""Wrong hukou refusals a review found: a district or county whose name holds a province's short
name (天津市河北区, 青海 河南县/海南州, 乌海市海南区) was read as that province, and a 兵团 city was
held surely apart from the prefecture around it (石河子 / 塔城地区, 北屯 / 阿勒泰地区, 阿拉尔 / 南疆四地州)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.place_names import provinces_named
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.places import apart
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6),
                       major_tables=load_major_code_tables())


def _hukou_status(engine, cell: str, location: str, hukou: str) -> Status:
    job = Job(id="j1", title="工作人员", location=location, education=parse_education_requirement("大专及以上"),
              conditions=(("户籍", cell),))
    graduate = Graduate(id="g1", hukou=hukou, graduation_year=2026, major="法学", education=EducationLevel.BACHELOR)
    [result] = [r for r in engine.check(graduate, job).results if r.kind == "hukou"]
    return result.status


@pytest.mark.parametrize(("text", "expected"), [
    ("天津市河北区", {"天津"}), ("青海省海南藏族自治州共和县", {"青海"}), ("青海省黄南州河南蒙古族自治县", {"青海"}),
    ("内蒙古自治区乌海市海南区", {"内蒙古"}), ("河北省石家庄市", {"河北"}), ("海南省海口市", {"海南"}),
    ("新疆维吾尔自治区", {"新疆"}), ("吉林省吉林市", {"吉林"}),
])
def test_province_names_inside_district_names_are_not_provinces(text, expected):
    assert provinces_named(text) == expected


@pytest.mark.parametrize(("cell", "location", "hukou"), [
    ("河北区", "天津市", "天津市"),
    ("河北区户籍", "天津市河北区", "天津"),
    ("河南县户籍", "青海省黄南藏族自治州河南蒙古族自治县", "青海省黄南州"),
    ("海南州户籍", "青海省海南藏族自治州", "青海省"),
    ("海南区", "内蒙古乌海市", "内蒙古自治区乌海市"),
])
def test_graduate_of_the_right_province_is_not_refused_a_district_named_like_a_province(engine, cell, location, hukou):
    assert _hukou_status(engine, cell, location, hukou) is REVIEW


def test_district_named_like_a_province_still_matches_and_refuses(engine):
    assert _hukou_status(engine, "河北区户籍", "天津市河北区", "天津市河北区") is OK
    assert _hukou_status(engine, "河北区户籍", "天津市河北区", "河北省石家庄市") is FAIL


@pytest.mark.parametrize(("cell", "location", "hukou"), [
    ("塔城地区", "新疆维吾尔自治区塔城地区", "新疆生产建设兵团第八师石河子市"),
    ("阿勒泰地区", "新疆维吾尔自治区阿勒泰地区", "新疆北屯市"),
    ("伊犁州", "新疆维吾尔自治区伊犁哈萨克自治州", "新疆可克达拉市"),
    ("南疆四地州", "新疆", "新疆阿拉尔市"),
    ("南疆四地州", "新疆", "新疆图木舒克市"),
])
def test_bingtuan_city_is_reviewed_not_refused_for_the_prefecture_around_it(engine, cell, location, hukou):
    assert _hukou_status(engine, cell, location, hukou) is REVIEW


def test_bingtuan_city_is_still_apart_from_a_distant_prefecture(engine):
    assert apart("新疆维吾尔自治区和田地区", "新疆石河子市")
    assert _hukou_status(engine, "和田地区", "新疆维吾尔自治区和田地区", "新疆石河子市") is FAIL
    assert _hukou_status(engine, "南疆四地州", "新疆", "新疆维吾尔自治区塔城地区") is FAIL


@pytest.mark.parametrize("cell", ["不限户籍，但需在当地服务满5年", "户籍不限，但须长期扎根基层", "户籍不限，但须承诺在当地工作5年以上"])
def test_lifted_hukou_limit_with_a_promise_to_stay_is_met(engine, cell):
    job = Job(id="j1", title="工作人员", location="北京市", education=parse_education_requirement("大专及以上"),
              conditions=(("户籍", cell),))
    graduate = Graduate(id="g1", hukou="江苏省南京市", graduation_year=2026, major="法学", education=EducationLevel.BACHELOR)
    assert engine.check(graduate, job).status is OK


@pytest.mark.parametrize("cell", ["在当地工作满3年", "长期在基层"])
def test_past_service_or_a_fragment_is_not_read_as_a_promise(cell):
    from matching.rules.conditions import Kind, NoteCategory
    from matching.rules.parser import parse_cell
    conds = parse_cell("其他要求", cell)
    assert not any(c.kind is Kind.NOTE and c.payload.category is NoteCategory.NOTICE for c in conds)
