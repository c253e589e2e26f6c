"""A policy's 户籍或地区 naming a city without 市 (「乌鲁木齐」「喀什」) is placed through the place list when one
division bears that name (乌鲁木齐县 and 喀什市 lie inside the city and the prefecture), as 「乌鲁木齐市」 is; a name
several places share (朝阳区: 北京 and 长春) is placed by the policy's 发布单位 when that leaves one, else stays
待核实 saying it is shared (2026-12-07: every graduate was 待核实)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.education import EducationLevel
from features.policies import Policy
from features.records import Graduate
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status

GRADUATE = Graduate(id="G", name="甲", education=EducationLevel.BACHELOR, graduation_year=2026,
                    birth_date=dt.date(2003, 5, 1), hukou="北京市海淀区")


@pytest.fixture(scope="module")
def engine():
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 6, 1))


def _hukou(engine, place: str, hukou: str, issuer: str | None = None):
    return check_policy(engine, replace(GRADUATE, hukou=hukou), Policy(id="P", name="政策", hukou=place, issuer=issuer))


@pytest.mark.parametrize(("place", "hukou", "where"), [
    ("乌鲁木齐", "北京市海淀区", "新疆维吾尔自治区乌鲁木齐市"),
    ("乌鲁木齐", "新疆喀什地区喀什市", "新疆维吾尔自治区乌鲁木齐市"),
    ("喀什", "新疆乌鲁木齐市天山区", "新疆维吾尔自治区喀什地区"),
    ("喀什", "河南省郑州市", "新疆维吾尔自治区喀什地区"),
    ("郑州", "河南省洛阳市", "河南省郑州市"),
])
def test_a_bare_city_of_one_place_refuses_a_hukou_elsewhere(engine, place, hukou, where):
    found = _hukou(engine, place, hukou)
    assert found.status is Status.NOT_ELIGIBLE
    assert found.reasons == (f"户籍不符：政策要求{place}户籍（位于{where}），您的户籍为{hukou}",)


@pytest.mark.parametrize(("place", "hukou"), [
    ("乌鲁木齐", "新疆乌鲁木齐市天山区"),
    ("乌鲁木齐", "新疆乌鲁木齐市乌鲁木齐县"),  # the county of that name lies inside the city
    ("喀什", "新疆喀什地区喀什市"),
    ("喀什", "新疆喀什地区莎车县"),  # 喀什 is the prefecture, holding 喀什市
    ("郑州", "河南省郑州市金水区"),
])
def test_a_bare_city_admits_a_hukou_inside_it(engine, place, hukou):
    assert _hukou(engine, place, hukou).status is Status.ELIGIBLE


@pytest.mark.parametrize(("issuer", "inside", "outside"), [
    ("长春市人力资源和社会保障局", "吉林省长春市朝阳区", "北京市朝阳区"),
    ("北京市朝阳区人力资源和社会保障局", "北京市朝阳区", "吉林省长春市朝阳区"),
])
def test_a_shared_district_is_placed_by_the_policys_issuer(engine, issuer, inside, outside):
    assert _hukou(engine, "朝阳区", inside, issuer).status is Status.ELIGIBLE
    refused = _hukou(engine, "朝阳区", outside, issuer)
    assert refused.status is Status.NOT_ELIGIBLE and refused.reasons[0].startswith("户籍不符：政策要求朝阳区户籍（位于")
    assert _hukou(engine, "朝阳区", "河南省郑州市", issuer).status is Status.NOT_ELIGIBLE


@pytest.mark.parametrize("issuer", [None, "人力资源社会保障部门", "河南省人力资源和社会保障厅"])
def test_a_shared_district_the_issuer_does_not_place_stays_to_review_saying_so(engine, issuer):
    found = _hukou(engine, "朝阳区", "河南省郑州市", issuer)
    assert found.status is Status.NEEDS_REVIEW
    assert found.reasons == ("户籍待核实：政策要求朝阳区户籍，您的户籍为河南省郑州市；朝阳区有多处（北京市朝阳区、"
                             "吉林省长春市朝阳区），政策未写明是哪一处，请核实",)


def test_many_namesakes_are_said_in_part_and_a_word_for_any_citys_districts_is_not_a_namesake(engine):
    found = _hukou(engine, "鼓楼区", "北京市海淀区")
    assert found.status is Status.NEEDS_REVIEW and found.reasons[0].endswith(
        "；鼓楼区有多处（河南省开封市鼓楼区、江苏省南京市鼓楼区、江苏省徐州市鼓楼区等4处），政策未写明是哪一处，请核实")
    plain = _hukou(engine, "城区", "北京市海淀区")  # 「城区户籍」: a city's urban districts, not 大同's 城区
    assert plain.status is Status.NEEDS_REVIEW and "有多处" not in plain.reasons[0]


def test_places_named_gives_the_outermost_place_of_each_name():
    from features.place_inference import places_named

    assert places_named("乌鲁木齐") == ("新疆维吾尔自治区乌鲁木齐市",)
    assert places_named("朝阳区") == ("北京市朝阳区", "吉林省长春市朝阳区")
    assert places_named("朝阳区", "吉林省长春市") == ("吉林省长春市朝阳区",)
    assert places_named("朝阳区", "河南省") == ("北京市朝阳区", "吉林省长春市朝阳区")  # none there: all kept
    assert places_named("本地") == ()
