"""Employer names placed by an autonomous prefecture's 州 short form (恩施州) or by a county-level
place its province runs (仙桃市, ``PROVINCE_DIRECT_COUNTIES``), read in wishes since 503b617 but not
in names until now."""

import pytest

from features.place_inference import FROM_EMPLOYER, infer_location, stated_place


@pytest.mark.parametrize(("employer", "place"), [
    ("恩施州人民医院", "湖北省恩施土家族苗族自治州"),
    ("湘西州人民医院", "湖南省湘西土家族苗族自治州"),
    ("黔东南州人民医院", "贵州省黔东南苗族侗族自治州"),
    ("海南州人民医院", "青海省海南藏族自治州"),
    ("伊犁州人民医院", "新疆维吾尔自治区伊犁哈萨克自治州"),
])
def test_autonomous_prefecture_short_form_places_employer_alone(employer, place):
    read = infer_location(employer)
    assert read is not None and read.place == place and read.source == FROM_EMPLOYER


@pytest.mark.parametrize(("employer", "place"), [
    ("仙桃市人民医院", "湖北省仙桃市"),
    ("湖北省仙桃市第一人民医院", "湖北省仙桃市"),
    ("天门市市场监督管理局", "湖北省天门市"),
    ("琼海市人民医院", "海南省琼海市"),
    ("海南省屯昌县人民医院", "海南省屯昌县"),
])
def test_province_run_county_level_place_places_employer(employer, place):
    read = infer_location(employer)
    assert read is not None and read.place == place and not read.province_only


def test_province_run_place_in_a_location_cell():
    assert stated_place("仙桃市") == "湖北省仙桃市"
    assert stated_place("恩施州") == "湖北省恩施土家族苗族自治州"


@pytest.mark.parametrize("employer", [
    "天门市场监督管理局",  # a market, not 天门市
    "东方航空公司",  # 东方 alone names no place
    "仙桃食品有限公司",  # nor a short name without its province
])
def test_words_and_short_names_stay_unplaced(employer):
    assert infer_location(employer) is None


def test_province_run_place_stationed_elsewhere_or_beside_another_province():
    assert infer_location("仙桃市驻武汉办事处").place == "湖北省武汉市"  # where it is stationed
    assert infer_location("仙桃市人民医院", "湖南省卫生健康委员会") is None
