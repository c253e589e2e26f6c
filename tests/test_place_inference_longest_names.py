"""Places ``features.place_inference`` misread or missed: a county name inside another division's
name (新县 inside 河北's 安新县) or a town's (「新县镇」 of 河北's 孟村), an office named by a city's
one-character name (驻京办事处 → 北京), and a county's short name before 商务区 (宝丰商务区)."""

from __future__ import annotations

import pytest

from features.data import places
from features.place_inference import FROM_EMPLOYER, infer_location

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"
HENAN_ORGANS = "河南省2026年度统一考试录用公务员职位表（省直机关）"


def _place(employer, parent_unit=None, announcement=HENAN):
    inferred = infer_location(employer, parent_unit, announcement)
    return inferred and inferred.place


@pytest.mark.parametrize("holder", ["安新县", "阳新县", "大新县", "奉新县", "永新县"])
def test_a_county_holding_xinxian_is_never_read_as_henans_xinxian(holder):
    # Beside a Henan announcement the post names two provinces: nothing is certain.
    assert _place(f"{holder}人民法院") is None
    assert _place(f"{holder}人民法院", f"中共{holder}委员会") is None


def test_a_county_holding_a_listed_name_is_read_as_itself():
    assert _place("安新县人民法院", announcement=None) == "河北省保定市安新县"
    assert _place("奉新县气象台", announcement=None) == "江西省宜春市奉新县"
    assert _place("阜新市科学技术局", announcement=None) == "辽宁省阜新市"
    # The listed names themselves still say their place.
    assert _place("中共新县纪律检查委员会", announcement=None) == "河南省信阳市新县"
    assert _place("信阳市新县人民法院") == "河南省信阳市新县"


def test_a_town_named_after_a_county_is_not_the_county():
    # 新县镇 is a town of 河北's 孟村回族自治县.
    assert _place("新县镇卫生院", announcement="孟村回族自治县关于专项招聘服务期满“三支一扶”计划志愿者公告") == "河北省沧州市孟村回族自治县"
    assert _place("新县镇中心校", announcement=None) is None
    # A three-character county's name before a town whose name begins with 镇 still says the county.
    assert _place("虞城县镇里固乡人民政府") == "河南省商丘市虞城县"


def test_the_longest_name_at_a_position_is_read():
    assert _place("濮阳县人民法院", announcement=None) == "河南省濮阳市濮阳县"
    assert _place("乌鲁木齐县水务局", announcement=None) == "新疆维吾尔自治区乌鲁木齐市乌鲁木齐县"


def test_no_listed_name_lies_inside_another_listed_name_unless_listed_as_its_holder():
    # The check the data's comment promises, within what the project ships.
    holding = set(getattr(places, "DIVISIONS_HOLDING_LISTED_NAMES", {}))
    names = {county for prefectures in places.PROVINCE_DIVISIONS.values() for members in prefectures.values()
             for county in members}
    for name in names:
        holders = {other for other in names | holding if name in other and other != name}
        assert holders <= holding, (name, holders)
    assert "安新县" in holding


@pytest.mark.parametrize(("employer", "expected"), [
    ("河南省人民政府驻京办事处", "北京市"),
    ("信阳市人民政府驻沪办事处", "上海市"),
    ("河南省人民政府驻穗联络处", "广东省广州市"),
    ("洛阳市人民政府驻汉办事处", "湖北省武汉市"),
    ("南阳市人民政府驻津办事处", "天津市"),
    ("郑州市人民政府驻渝办事处", "重庆市"),
    ("喀什地区行政公署驻乌办事处", "新疆维吾尔自治区乌鲁木齐市"),
    ("信阳市人民政府驻郑办事处", "河南省郑州市"),
    # Its city by name too, where the place list does not hold it.
    ("河南省人民政府驻广州办事处", "广东省广州市"),
    ("河南省人民政府驻深圳联络处", "广东省深圳市"),
])
def test_an_office_named_by_a_citys_one_character_name_works_in_that_city(employer, expected):
    assert _place(employer, announcement=HENAN_ORGANS) == expected
    assert _place(employer, announcement=None) == expected
    assert infer_location(employer, None, HENAN_ORGANS).source == FROM_EMPLOYER


def test_a_one_character_city_name_counts_only_before_the_office():
    # 驻汉中 is 汉中, not 武汉; 驻京部队 is not an office of this body's.
    assert _place("洛阳市人民政府驻汉中办事处") != "湖北省武汉市"
    assert _place("洛阳市驻京部队联络服务中心") == "河南省洛阳市"
    assert _place("驻马店市驿城区人民法院", announcement=None) == "河南省驻马店市驿城区"


def test_a_county_short_name_before_a_business_district_is_the_county():
    assert _place("平顶山郑万高铁宝丰商务区管理委员会") == "河南省平顶山市宝丰县"
    # A business district named after no county stays where its prefecture is.
    assert _place("郑州市郑东新区中央商务区管理委员会") == "河南省郑州市"
