"""One province short name → full name (``features.place_names.province_full_name``), used by
``features.place_keys``, ``features.place_inference`` and ``matching.cohort_origins``, which each had
their own copy. The table below is what all three returned before they shared it, for all 34
provincial-level divisions."""

import pytest

from features.data.places import PROVINCE_DIRECT_COUNTIES, PROVINCES
from features.place_inference import infer_location
from features.place_keys import PLACE_ALIASES
from matching.cohort_origins import origin_division

FULL_NAMES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "吉林": "吉林省", "黑龙江": "黑龙江省", "江苏": "江苏省",
    "浙江": "浙江省", "安徽": "安徽省", "福建": "福建省", "江西": "江西省", "山东": "山东省", "河南": "河南省",
    "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省", "海南": "海南省", "四川": "四川省", "贵州": "贵州省",
    "云南": "云南省", "陕西": "陕西省", "甘肃": "甘肃省", "青海": "青海省", "台湾": "台湾省",
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区", "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}


def test_the_table_covers_every_provincial_level_division():
    assert sorted(FULL_NAMES) == sorted(PROVINCES) and len(FULL_NAMES) == 34


@pytest.mark.parametrize("province", PROVINCES)
def test_the_shared_function_gives_the_full_name(province):
    from features.place_names import province_full_name

    assert province_full_name(province) == FULL_NAMES[province]


@pytest.mark.parametrize("province", PROVINCES)
def test_place_keys_spell_a_province_by_its_full_name(province):
    assert PLACE_ALIASES[FULL_NAMES[province]] == (province,)


@pytest.mark.parametrize("province", PROVINCES)
def test_an_inferred_location_names_the_province_in_full(province):
    read = infer_location(f"{FULL_NAMES[province]}人民政府")
    assert read is not None and (read.province, read.local) == (FULL_NAMES[province], "")


@pytest.mark.parametrize("province", sorted(PROVINCE_DIRECT_COUNTIES))
def test_an_origin_in_a_directly_run_county_after_the_full_province_name(province):
    county = PROVINCE_DIRECT_COUNTIES[province][0]
    assert origin_division(FULL_NAMES[province] + county) == (province, county)
