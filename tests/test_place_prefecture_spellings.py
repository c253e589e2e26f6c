"""The short forms of autonomous prefectures (伊犁州, 恩施州, 巴州) and of 新区 divisions (浦东) come from one table in
``features.place_names``; every reader of places (filter spellings, gazetteer, place filter levels, place keys)
resolves each of them to the same division."""

from __future__ import annotations

import pytest

from features.data.national_divisions import prefectures
from features.place_filter import place_filter_levels
from features.place_gazetteer import county_spellings, gazetteer, prefecture_spellings
from features.place_keys import PLACE_ALIASES
from features.place_names import (
    AUTONOMOUS_PREFECTURE_SPELLINGS,
    NEW_AREAS,
    SPOKEN_PREFECTURE_NAMES,
    new_area_short_name,
    province_full_name,
    spellings_of_a_place,
)

_AUTONOMOUS = {full: (province, short) for province, items in prefectures().items()
               for _, full, short in items if full.endswith("自治州")}
_ZHOU_FORMS = sorted((form, full) for form, full in AUTONOMOUS_PREFECTURE_SPELLINGS.items()
                     if form not in SPOKEN_PREFECTURE_NAMES)


def test_every_autonomous_prefecture_is_in_the_table_by_its_zhou_and_spoken_name():
    assert len(_AUTONOMOUS) == 30
    for full, (_, short) in _AUTONOMOUS.items():
        assert AUTONOMOUS_PREFECTURE_SPELLINGS[short + "州"] == full
    assert AUTONOMOUS_PREFECTURE_SPELLINGS["伊犁州"] == "伊犁哈萨克自治州"
    assert AUTONOMOUS_PREFECTURE_SPELLINGS["海南州"] == "海南藏族自治州"
    assert AUTONOMOUS_PREFECTURE_SPELLINGS["巴州"] == "巴音郭楞蒙古自治州"
    assert AUTONOMOUS_PREFECTURE_SPELLINGS["博州"] == "博尔塔拉蒙古自治州"
    assert AUTONOMOUS_PREFECTURE_SPELLINGS["克州"] == "克孜勒苏柯尔克孜自治州"
    # A 州 that is no autonomous prefecture's short form is not in it (郑州 is a city, 海南 the province).
    assert "郑州" not in AUTONOMOUS_PREFECTURE_SPELLINGS and "海南" not in AUTONOMOUS_PREFECTURE_SPELLINGS


@pytest.mark.parametrize(("form", "full"), sorted(AUTONOMOUS_PREFECTURE_SPELLINGS.items()))
def test_a_short_form_names_its_prefecture_in_the_filter_the_gazetteer_heads_and_the_place_keys(form, full):
    assert full in spellings_of_a_place(form)
    assert form in prefecture_spellings(full)
    assert PLACE_ALIASES[form] == PLACE_ALIASES[full]


@pytest.mark.parametrize(("form", "full"), _ZHOU_FORMS)
def test_a_zhou_form_is_read_as_its_prefecture_alone_and_after_its_province(form, full):
    division = gazetteer()[0][form]
    assert (division.prefecture, division.county, division.needs_context) == (full, None, False)
    province = _AUTONOMOUS[full][0]
    assert place_filter_levels(province + form) == (province_full_name(province), full)


def test_new_area_short_name_takes_off_xinqu_only_from_a_new_area():
    assert new_area_short_name("浦东新区") == "浦东"
    assert new_area_short_name("清新区") is None  # 清新 and 区
    assert new_area_short_name("浦东区") is None
    assert dict(NEW_AREAS) == {"浦东": "浦东新区", "滨海": "滨海新区", "沈北": "沈北新区"}


@pytest.mark.parametrize(("short", "full"), sorted(NEW_AREAS.items()))
def test_a_new_area_without_xinqu_names_it_in_the_filter_the_gazetteer_and_the_filter_levels(short, full):
    assert spellings_of_a_place(short) == (short, full)
    division = gazetteer()[0][full]
    assert division.county == full
    spelled = {spelling for key, spellings, _, _ in county_spellings() if key == full for spelling in spellings}
    assert division.province + short in spelled  # 上海浦东, 天津滨海, 辽宁沈北
    assert place_filter_levels(division.province + short)[-1] == full
