"""A government's office in another city (驻…办事处) is the government's, not a 街道办事处; the film
bureau is the party 宣传部's since the 2018 reform; sewage works stay with 水利 (水务)."""

from __future__ import annotations

import pytest

from features.sectors import sector_of


@pytest.mark.parametrize("name", ["某县人民政府驻北京办事处", "信阳市人民政府驻郑州办事处（参公）", "新疆生产建设兵团驻北京办事处",
                                  "某州人民政府驻乌鲁木齐联络处"])
def test_a_liaison_office_in_another_city_is_a_government_unit(name):
    found = sector_of(name, "综合管理")
    assert found.name == "党政机关"
    assert found.word.startswith("驻")


@pytest.mark.parametrize("name", ["驻马店市驿城区雪松街道办事处", "西城区椿树街道办事处", "某县城关镇办事处"])
def test_a_street_office_stays_a_town_office(name):
    # 驻马店 is a city: its 街道办事处 is no liaison office.
    assert sector_of(name).name == "乡镇街道"


def test_a_liaison_office_does_not_take_its_parent_like_a_branch():
    # A branch in a place (婚姻登记处龙坪办事处) takes its parent's system; a 驻京办 is its government's.
    found = sector_of("某县人民政府驻北京办事处", parent_unit="某县发展和改革委员会")
    assert (found.name, found.source) == ("党政机关", "单位名称")


@pytest.mark.parametrize("name", ["福建省电影局", "某省新闻出版局", "某省版权局"])
def test_bureaus_of_the_propaganda_department_are_party_units(name):
    assert sector_of(name).name == "党政机关"


@pytest.mark.parametrize(("name", "sector"), [("某市电影公司", "文化旅游"), ("某区广播电视局", "文化旅游"),
                                              ("资兴市污水处理中心", "水利"), ("某市排水管理处", "水利")])
def test_film_companies_and_sewage_works_keep_their_systems(name, sector):
    assert sector_of(name).name == sector


@pytest.mark.parametrize("name", ["华为技术有限公司驻新疆办事处", "中国石油天然气股份有限公司驻乌鲁木齐办事处", "新疆大学驻北京办事处",
                                  "某银行驻京办事处"])
def test_a_company_or_school_office_in_another_city_is_no_government_unit(name):
    # Only a government's (人民政府, 县, 地区, 兵团, 县委 …) 驻…办事处 is a 驻京办; a sales office is not.
    assert sector_of(name).name != "党政机关"


@pytest.mark.parametrize("name", ["新疆维吾尔自治区驻北京办事处", "喀什地区驻乌鲁木齐办事处", "中共某县委驻北京联络处"])
def test_a_government_named_without_renmin_zhengfu_keeps_its_liaison_office(name):
    assert sector_of(name).name == "党政机关"
