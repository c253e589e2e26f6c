"""The place-name helpers that the hukou check, seats and intention keys share
(``features.place_names``)."""

import pytest

from features.place_names import ends_with_province, name_stem, short_name


@pytest.mark.parametrize("place, expected", [
    ("仪征市", "仪征"), ("恩施州", "恩施"), ("阿克苏地区", "阿克苏"), ("伊犁哈萨克自治州", "伊犁"),
    ("昌吉回族自治州", "昌吉"), ("新县", "新县"), (" 房山区 ", "房山"), ("阿拉善盟", "阿拉善盟"),
])
def test_short_name_drops_a_prefecture_or_county_suffix_with_its_ethnic_name(place, expected):
    assert short_name(place) == expected


@pytest.mark.parametrize("place, expected", [
    ("新乡市", "新乡"), ("阿拉善盟", "阿拉善"), ("河南省", "河南"), ("昌吉回族自治州", "昌吉回族"),
    ("新县", "新县"), ("睢县", "睢县"), ("某某街道", "某某"),
])
def test_name_stem_drops_any_division_suffix_but_keeps_two_characters(place, expected):
    assert name_stem(place) == expected


def test_ends_with_province_reads_only_the_end_of_the_text():
    assert ends_with_province("河南") and ends_with_province("内蒙古")
    assert not ends_with_province("河南省") and not ends_with_province("")
