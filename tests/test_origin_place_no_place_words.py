"""A 生源地 written as a place-type word after a word that names no place (「其他地区」「外省市」
「本省各市」「农村地区」) is refused like 「不详」, though it ends in a division's suffix; a real city of a
province the gazetteer lacks (「成都市」「本溪市」「无锡市」「未央区」「市中区」) is still read."""

from __future__ import annotations

import pytest

from service.importers import read_graduates_bytes


@pytest.mark.parametrize("value", ["其他地区", "外省市", "本省各市", "农村地区", "不清楚地区", "全国各地区", "外地市"])
def test_a_word_naming_no_place_before_a_division_suffix_is_refused(value):
    result = read_graduates_bytes(f"学号,生源地\nA1,河南省郑州市\nA2,{value}\n".encode(), "g.csv")
    assert [g.id for g in result.records] == ["A1"]
    (error,) = result.skipped
    assert (error.file, error.row, error.column) == ("g.csv", 3, "生源地")
    assert f"生源地「{value}」不是可识别的地名" in error.describe()


@pytest.mark.parametrize("value", ["成都市", "本溪市", "无锡市", "西安市未央区", "济南市市中区", "南京市鼓楼区"])
def test_a_city_whose_name_begins_like_such_a_word_is_read(value):
    (g,) = read_graduates_bytes(f"学号,生源地\nA1,{value}\n".encode(), "g.csv").records
    assert g.origin_place == value
