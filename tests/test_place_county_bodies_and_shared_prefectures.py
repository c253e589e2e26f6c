"""Three places read as what they name, in location cells, employers' names, wishes and the place filter alike:

- 「辽宁朝阳」「辽宁省朝阳」 (and 「内蒙古兴安」): a prefecture whose short name other divisions share (北京's 朝阳区, 广西's
  兴安县) after its own province's name is the prefecture, as 「青海海南」 is 海南藏族自治州; before, a cell and a wish read
  辽宁 alone (and met posts in 沈阳) while the filter found 朝阳市. 「辽宁朝阳县」 stays the county, 「北京朝阳」 北京's
  朝阳区, 「吉林朝阳」 长春's;
- a Henan or Xinjiang county's short name after its head, before a body of the county's (「新疆库车人民医院」
  「河南兰考第一高级中学」「阿克苏库车第二中学」): the county; before, the short name had to end there or before a
  suffix, and the post was placed in the province or the prefecture only. 「广东新兴产业园」 stays no 新兴县,
  「郑州市中原区域协同发展中心」 郑州市, and a short name that is also a word (「乌鲁木齐天山医院」) is not read so;
- the filter 「河北区」 (天津's district) no longer finds a post stating 「河北区域」, nor 「中原」 one stating
  「郑州市中原区域…」: 区域 is a region, no 区 (``place_names.whole_name_patterns``), on SQLite and PostgreSQL.

Places review, 2026-12-07."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_inference import infer_location, stated_place
from features.records import Job
from matching.scoring import place_keys
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401

XJ = "新疆维吾尔自治区"


@pytest.mark.parametrize(("cell", "place"), [
    ("辽宁朝阳", "辽宁省朝阳市"),  # before: 辽宁省
    ("辽宁省朝阳", "辽宁省朝阳市"),  # before: 辽宁省
    ("内蒙古兴安", "内蒙古自治区兴安盟"),  # before: 内蒙古自治区
    ("新疆库车人民医院", XJ + "阿克苏地区库车市"),  # before: 新疆维吾尔自治区
    ("河南兰考人民医院", "河南省开封市兰考县"),  # before: 河南省
    ("阿克苏库车第二中学", XJ + "阿克苏地区库车市"),  # before: …阿克苏地区
    # As before.
    ("辽宁朝阳县", "辽宁省朝阳市朝阳县"),
    ("辽宁省朝阳市", "辽宁省朝阳市"),
    ("北京朝阳", "北京市朝阳区"),
    ("吉林朝阳", "吉林省长春市朝阳区"),
    ("长春朝阳", "吉林省长春市朝阳区"),
    ("青海海南", "青海省海南藏族自治州"),
    ("广东新兴产业园", "广东省"),
    ("郑州市中原区域协同发展中心", "河南省郑州市"),
    ("乌鲁木齐天山医院", XJ + "乌鲁木齐市"),
])
def test_a_cell_reads_the_place_named(cell, place):
    assert stated_place(cell) == place


@pytest.mark.parametrize(("employer", "place"), [
    ("新疆库车人民医院", XJ + "阿克苏地区库车市"),  # before: 新疆维吾尔自治区
    ("河南兰考第一高级中学", "河南省开封市兰考县"),  # before: 河南省
    ("阿克苏库车第二中学", XJ + "阿克苏地区库车市"),  # before: nothing (阿克苏 alone needs its province)
    ("辽宁朝阳供电公司", "辽宁省朝阳市"),  # before: 辽宁省
    ("郑州市中原区域协同发展中心", "河南省郑州市"),
])
def test_an_employers_name_reads_the_county_before_its_body(employer, place):
    found = infer_location(employer)
    assert found is not None and found.place == place


@pytest.mark.parametrize("employer", ["河南中原医院", "河南博爱医院", "河南解放中学", "河南红旗小学"])
def test_a_short_name_that_institutions_are_named_by_is_no_county_before_an_institution_word(employer):
    # 中原 the region, 博爱 a hospital's name, 解放 as in 解放军: not 郑州's 中原区, 焦作's 博爱县 or 解放区.
    found = infer_location(employer)
    assert found is not None and found.place == "河南省"


def test_such_a_short_name_with_its_suffix_is_still_the_county():
    found = infer_location("河南博爱县人民医院")
    assert found is not None and found.place == "河南省焦作市博爱县"


@pytest.mark.parametrize(("wish", "places"), [
    ("想去辽宁朝阳工作", ("朝阳市",)),  # before: 辽宁
    ("想去辽宁朝阳县", ("朝阳县",)),
    ("想去北京朝阳", ("北京市朝阳区",)),
    ("想去新疆库车人民医院", ("库车",)),
])
def test_a_wish_reads_the_place_named(wish, places):
    assert extract_places(wish) == places


def test_a_wish_for_辽宁朝阳_meets_朝阳市_only():
    wish = place_keys("辽宁朝阳")
    assert wish & place_keys("辽宁省朝阳市")
    assert not wish & place_keys("辽宁省沈阳市")  # before: met, as a wish for 辽宁
    assert not wish & place_keys("北京市朝阳区")


def _post(id_: str, location: str) -> Job:
    return Job(id=id_, title="销售代表", employer="某某公司", location=location, headcount=1)


POSTS = [
    _post("HB_REGION", "河北区域"),
    _post("TJ_HB", "天津市河北区"),
    _post("ZY_REGION", "郑州市中原区域"),
    _post("ZY", "郑州市中原区"),
    _post("CY_LN", "辽宁朝阳"),
    _post("CY_LN_FULL", "辽宁省朝阳市"),
    _post("CY_BJ", "北京市朝阳区"),
    _post("SY", "辽宁省沈阳市"),
]
EXPECTED = {
    "河北区": {"TJ_HB"},  # before: HB_REGION too
    "中原": {"ZY"},  # before: ZY_REGION too
    "中原区": {"ZY"},  # before: ZY_REGION too
    "河北": {"HB_REGION"},
    "辽宁朝阳": {"CY_LN", "CY_LN_FULL"},
    "朝阳市": {"CY_LN", "CY_LN_FULL"},  # before: CY_LN_FULL (the cell was read as 辽宁省)
    "辽宁": {"CY_LN", "CY_LN_FULL", "SY"},
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_the_filter_reads_区域_as_no_district_on_both_databases(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED
