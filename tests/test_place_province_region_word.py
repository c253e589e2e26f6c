"""「河北区域」「海南区域」 (a sales region, a 「区域经理」's title) are the province, as 「北京区域」「广东区域」 are: 区域 is
no 区, so neither 天津's 河北区 nor 乌海's 海南区 is read there, in a cell, an employer's name, a wish or a 户籍.

Before, the province's name was refused before any 区 (河北区 and 海南区 start so), and a wish and a post's cell
read the county's full name inside 区域: a graduate wishing 「河北区域」 was told 「意向地点一致」 for a post in
天津市河北区, and a post stating 「河北区域」 had no place. Places review, 2026-12-07."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_inference import infer_location, stated_place
from features.place_names import provinces_named
from matching.rules.places import provinces_of
from matching.scoring import place_keys


@pytest.mark.parametrize(("cell", "place"), [
    ("河北区域", "河北省"),  # before: nothing
    ("海南区域", "海南省"),  # before: nothing
    ("河北区域经理", "河北省"),
    # As before: the districts written as such.
    ("天津河北区", "天津市河北区"),
    ("河北区", "天津市河北区"),
    ("乌海市海南区", "内蒙古自治区乌海市海南区"),
    ("北京区域", "北京市"),
])
def test_a_province_before_区域_is_the_province_in_a_cell(cell, place):
    assert stated_place(cell) == place


@pytest.mark.parametrize(("wish", "places"), [
    ("想去河北区域工作", ("河北",)),  # before: 河北区
    ("希望在海南区域发展", ("海南",)),  # before: 海南区
    ("想去天津河北区工作", ("河北区",)),
    ("想去郑州市中原区域工作", ("郑州",)),  # before: 中原区
])
def test_a_wish_for_a_province_region_is_the_province(wish, places):
    assert extract_places(wish) == places


def test_a_wish_for_河北区域_meets_河北_not_天津():
    wish = place_keys("河北区域")
    assert not wish & place_keys("天津市河北区")  # before: met
    assert wish & place_keys("河北省石家庄市")  # before: not


def test_an_employer_and_a_hukou_named_after_the_region():
    found = infer_location("某某集团河北区域分公司")
    assert found is not None and found.place == "河北省"  # before: nothing
    assert provinces_named("海南区域") == {"海南"}  # before: none
    assert provinces_of("河北区域") == {"河北"}  # a 户籍 so written is 河北's
    assert provinces_named("天津市河北区") == {"天津"}
