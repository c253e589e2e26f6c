"""A province written with 省 whose short name is also a prefecture's (吉林 of 吉林市, 海南 of 海南藏族自治州)
is the province: 「海南省屯昌县」 was read as 青海's 海南藏族自治州 and 「吉林省长春市」 lost 长春市."""
import pytest

from features.place_inference import infer_location, stated_place


@pytest.mark.parametrize(("cell", "place"), [
    ("海南省屯昌县", "海南省屯昌县"),  # a county-level place the province runs (PROVINCE_DIRECT_COUNTIES)
    ("海南省海口市", "海南省海口市"),
    ("吉林省长春市", "吉林省长春市"),
    ("吉林省吉林市", "吉林省吉林市"),
    ("青海省海南藏族自治州共和县", "青海省海南藏族自治州共和县"),
])
def test_a_stated_province_with_its_own_name_as_a_city_is_read_as_the_province(cell, place):
    assert stated_place(cell) == place


def test_an_employer_named_by_the_province_is_placed_in_it():
    assert infer_location("吉林省长春市人民医院").place == "吉林省长春市"
    assert infer_location("海南省人民医院").place == "海南省"
