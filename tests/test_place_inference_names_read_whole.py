"""Place names are read whole, left to right, the longest at each position:

- 「新县镇卫生院」 is a town's (新县镇 of 河北's 孟村), not 信阳市新县, beside a Henan announcement too (before,
  the announcement's 河南 let the two-character 新县 through);
- 「威海南海新区公共服务局」 is not in 海南省: 威海 starts earlier and hides the 海南 across 威海 and 南海;
- 「河南省驻汉中央企业联络处」 liaises with the central enterprises in 武汉 (驻汉中央企业, not 汉中): where the
  office sits its name does not say, so it gets no place, neither 武汉 nor its keeper's 河南."""

from __future__ import annotations

import pytest

from features.place_inference import FROM_ANNOUNCEMENT, infer_location
from features.place_names import provinces_named

HENAN = "河南省2026年度统一考试录用公务员公告"


def test_a_two_character_county_before_镇_is_a_town_with_or_without_the_announcement():
    assert infer_location("新县镇卫生院") is None
    beside_henan = infer_location("新县镇卫生院", None, HENAN)
    assert (beside_henan.province, beside_henan.local, beside_henan.source) == ("河南省", "", FROM_ANNOUNCEMENT)
    assert infer_location("中共新县镇委员会", None, HENAN).local == ""


@pytest.mark.parametrize("employer", ["新县人民法院", "中共新县纪律检查委员会", "新县人民医院"])
def test_the_county_at_the_head_of_a_name_is_still_read(employer):
    assert infer_location(employer, None, HENAN).place == "河南省信阳市新县"


def test_no_province_is_read_across_a_city_that_starts_earlier():
    assert infer_location("威海南海新区公共服务局所辖中小学", "威海南海新区公共服务局",
                          "2020年威海南海新区公共服务局公开招聘中小学教师简章") is None
    assert provinces_named("威海南海新区") == set()
    assert provinces_named("芜湖北京路") == {"北京"}  # 芜湖 read first: not 湖北


@pytest.mark.parametrize(("text", "provinces"), [
    ("山东省威海市", {"山东"}), ("海南省三亚市", {"海南"}), ("青海省海南藏族自治州", {"青海"}),
    ("黑龙江省黑河市", {"黑龙江"}), ("上海市浦东新区", {"上海"}),
])
def test_provinces_written_before_such_cities_are_still_read(text, provinces):
    assert provinces_named(text) == provinces


@pytest.mark.parametrize("announcement", [None, HENAN])
def test_an_office_for_the_central_enterprises_of_a_place_is_not_placed(announcement):
    assert infer_location("河南省驻汉中央企业联络处", None, announcement) is None


@pytest.mark.parametrize(("employer", "place"), [
    ("河南省人民政府驻武汉办事处", "湖北省武汉市"),
    ("河南省人民政府驻京办事处", "北京市"),
    ("信阳市人民政府驻郑州办事处", "河南省郑州市"),
])
def test_offices_stationed_in_a_named_city_keep_their_city(employer, place):
    assert infer_location(employer).place == place


def test_a_city_name_running_into_a_province_name_is_derived_from_the_division_table():
    # 凉山 + 西昌 holds 山西; 湘西 + 藏… would hold 西藏: every such prefecture of the national table
    # hides the province across it, not only a hand-kept list.
    from features.place_names import CITIES_RUNNING_INTO_PROVINCE_NAMES, provinces_named

    assert provinces_named("四川凉山西昌市") == {"四川"}
    assert {"凉山", "湘西", "红河", "威海", "平顶山", "昌吉"} <= CITIES_RUNNING_INTO_PROVINCE_NAMES
    assert not {"吉林", "海南"} & CITIES_RUNNING_INTO_PROVINCE_NAMES  # names of provinces themselves
