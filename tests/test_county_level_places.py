"""Every province's county-level places are known (``features.data.national_divisions.counties``, read by
``features.place_gazetteer``): 「昆山市人民医院」 and 「武汉市洪山区」 are placed to the county, a hukou 「昆山市」 or
「江苏昆山」 lies in 苏州, 「北京市朝阳区」 is not 「限房山区户籍」. Shared names (朝阳区, 鼓楼区) count only with their
city, words (城东区) and short names (昆山路) not alone. Before, only Henan's and Xinjiang's counties were known."""

from __future__ import annotations

import datetime as dt

import pytest

from features.place_inference import infer_location, stated_place
from features.place_names import short_name
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.places import apart, prefecture_of
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


def test_the_list_reads_county_rows_with_their_city():
    from features.data.national_divisions import counties  # new with this change

    rows = {(name, prefecture, province) for _, name, prefecture, province in counties()}
    assert ("昆山市", "苏州市", "江苏") in rows
    assert ("海淀区", None, "北京") in rows  # a municipality's district: no prefecture
    assert ("莱芜区", "济南市", "山东") in rows  # merged into 济南 in 2019; the list still had 莱芜市's 莱城区
    assert ("龙华区", "深圳市", "广东") in rows and ("龙华区", "海口市", "海南") in rows
    assert not any(name == "市辖区" for _, name, _, _ in counties())


@pytest.mark.parametrize(("employer", "place"), [
    ("昆山市人民医院", "江苏省苏州市昆山市"),
    ("北京市朝阳区人民法院", "北京市朝阳区"),
    ("长春市朝阳区教育局", "吉林省长春市朝阳区"),
    ("山东省济南市莱芜区人民医院", "山东省济南市莱芜区"),  # one place, not 济南 and 莱芜市
    ("深圳市龙华区国有资产监督管理局", "广东省深圳市龙华区"),
    ("神农架林区林业管理局", "湖北省神农架林区"),
])
def test_employer_names_place_the_county(employer, place):
    assert infer_location(employer).place == place


@pytest.mark.parametrize("employer", [
    "朝阳区人民法院",  # 北京 or 长春
    "鼓楼区教育局",  # 南京, 福州, 徐州, 开封
    "龙华区国有资产监督管理局",  # 深圳 or 海口
    "城东区教育局",  # a word as much as 西宁's district
    "昆山路小学",  # a short name alone
    "沛县人民医院",  # two characters: inside 平和县-like names
    "江山市场监督所",
])
def test_shared_names_words_and_short_names_alone_place_nothing(employer):
    assert infer_location(employer) is None


def test_a_zone_of_a_henan_city_is_not_a_district_of_beijing():
    # 许昌's 东城区 (a zone) is no 北京市东城区: the post stays in 许昌.
    assert infer_location("许昌市东城区管理委员会").place == "河南省许昌市"


@pytest.mark.parametrize(("cell", "place"), [
    ("武汉市洪山区", "湖北省武汉市洪山区"),
    ("金华义乌", "浙江省金华市义乌市"),  # a short name beside its city
    ("江苏昆山", "江苏省苏州市昆山市"),
])
def test_location_cells_are_read_to_the_county(cell, place):
    assert stated_place(cell) == place


def test_short_name_strips_autonomous_county_and_forest_district():
    assert short_name("神农架林区") == "神农架"
    assert short_name("白沙黎族自治县") == "白沙"
    assert short_name("察布查尔锡伯自治县") == "察布查尔"
    assert short_name("仪征市") == "仪征" and short_name("新县") == "新县"


@pytest.mark.parametrize(("hukou", "city"), [
    ("昆山市", ("江苏", "苏州市")),
    ("江苏昆山", ("江苏", "苏州市")),
    ("浙江省义乌市", ("浙江", "金华市")),
])
def test_a_county_hukou_lies_in_its_city(hukou, city):
    assert prefecture_of(hukou) == city


def test_two_known_counties_of_one_city_lie_apart():
    assert apart("北京市房山区", "北京市朝阳区")
    assert apart("浙江省杭州市西湖区", "浙江省杭州市余杭区")
    assert not apart("北京市房山区", "北京市")  # the district is not said
    assert not apart("北京市房山区", "北京市房山区")


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10),
                       major_tables=load_major_code_tables())


def _hukou(engine, hukou: str, text: str, location: str | None = None):
    job = Job(id="j1", title="综合管理", location=location, conditions=(("户籍地", text),))
    g = Graduate(id="g1", hukou=hukou, graduation_year=2026)
    (r,) = [r for r in engine.check(g, job).results if r.kind == "hukou"]
    return r.status


@pytest.mark.parametrize(("hukou", "text", "location", "status"), [
    ("北京市朝阳区", "限房山区户籍", "北京北京市", Status.NOT_ELIGIBLE),
    ("北京市房山区", "限房山区户籍", "北京北京市", Status.ELIGIBLE),
    ("北京市", "限房山区户籍", "北京北京市", Status.NEEDS_REVIEW),
    ("昆山市", "无锡市户籍", "江苏省无锡市", Status.NOT_ELIGIBLE),
    ("昆山市", "苏州市户籍", "江苏省苏州市", Status.ELIGIBLE),
    ("江苏省苏州市昆山市", "苏州市区户籍", "江苏省苏州市", Status.NEEDS_REVIEW),  # 昆山 is no 市区
    ("浙江省绍兴市柯桥区", "越城区、柯桥区、上虞区户籍", "浙江省绍兴市", Status.ELIGIBLE),
    ("浙江省杭州市西湖区", "越城区、柯桥区、上虞区户籍", "浙江省绍兴市", Status.NOT_ELIGIBLE),
])
def test_hukou_decided_at_county_level(engine, hukou, text, location, status):
    assert _hukou(engine, hukou, text, location) is status


@pytest.mark.parametrize(("wish", "places"), [
    ("希望到金华义乌", ("义乌市",)),  # the county, beside its city: not 金华 alone
    ("想去昆山市", ("昆山市",)),
    ("北京朝阳区", ("北京市朝阳区",)),
    ("想去义乌", ()),  # a short name alone is not read
    ("想去朝阳区", ()),  # 北京's or 长春's
])
def test_wishes_name_counties(wish, places):
    from features.intentions import extract_places

    assert extract_places(wish) == places


def test_a_job_in_a_district_meets_a_wish_for_its_city_not_one_for_another_district():
    from matching.scoring import place_keys, specific_place_keys

    assert specific_place_keys("武汉市洪山区") == {"洪山区"}
    assert "洪山区" in place_keys("湖北省武汉市")  # a wish for 武汉 holds the district
    assert not place_keys("湖北省武汉市洪山区") & place_keys("湖北省武汉市江夏区")
