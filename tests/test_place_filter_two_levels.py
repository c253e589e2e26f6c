"""A place filter naming two levels (「江西南昌」「湖北恩施」「青海海南」「河南兰考」) finds the posts in that place,
stated or inferred, as the filter by its most specific level does within the levels above; before, it
matched the letters, which no post's place holds so (「青海海南」 found nothing). Filters naming one level
are read as before. Henan counties written short after their province or prefecture (「河南兰考」「濮阳南乐」)
are read in cells, employers' names and wishes, as other provinces' (「山东东平」) were; wishes read
青海's 海东 海西 海北 after their province (「想去青海海东」), which alone are words. SQLite and PostgreSQL
(the latter when the test server answers)."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_inference import infer_location, stated_place
from features.records import Job
from tests.test_api_fixtures import running_api
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _post(id_: str, employer: str, location: str | None = None, announcement: str | None = None) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, location=location, announcement=announcement,
               headcount=1)


POSTS = [
    _post("NC", "南昌市人民医院", location="江西省南昌市"),
    _post("NC_INFERRED", "南昌市第一医院"),  # inferred 江西省南昌市
    _post("NC_COUNTY", "南昌县人民医院", location="江西省南昌市南昌县"),
    _post("ES", "恩施州中心医院", location="恩施州"),
    _post("ES_SHORT", "恩施市第一中学", location="湖北恩施"),
    _post("QH", "共和县人民医院", location="青海省海南藏族自治州共和县"),
    _post("QH_SHORT", "海南州人民医院", location="海南州"),
    _post("HAINAN", "三亚市人民医院", location="海南省三亚市"),
    _post("LK", "兰考县人民法院", announcement=HENAN),  # inferred 河南省开封市兰考县
    _post("NL", "南乐县人民医院", announcement=HENAN),  # inferred 河南省濮阳市南乐县
    _post("NL_CELL", "某某学校", location="濮阳南乐"),  # was 河南省濮阳市 only
    _post("CY_BJ", "朝阳区第一中学", location="北京市朝阳区"),
    _post("CY_CC", "朝阳区实验小学", location="吉林省长春市朝阳区"),
    _post("WH", "洪山区卫生健康局", location="武汉 洪山"),
    _post("WH_OTHER", "江岸区卫生健康局", location="武汉 江岸"),
]

EXPECTED = {
    "江西南昌": {"NC", "NC_INFERRED", "NC_COUNTY"},
    "江西 南昌": {"NC", "NC_INFERRED", "NC_COUNTY"},
    "湖北恩施": {"ES", "ES_SHORT"},
    "湖北省恩施州": {"ES", "ES_SHORT"},
    "青海海南": {"QH", "QH_SHORT"},
    "青海省海南": {"QH", "QH_SHORT"},
    "河南兰考": {"LK"},
    "河南南乐": {"NL", "NL_CELL"},
    "濮阳南乐": {"NL", "NL_CELL"},
    "北京朝阳区": {"CY_BJ"},  # not 长春's 朝阳区
    "武汉洪山": {"WH"},
    # One level: as before.
    "南昌": {"NC", "NC_INFERRED", "NC_COUNTY"},
    "海南": {"HAINAN"},
    "海南州": {"QH", "QH_SHORT"},
    "兰考": {"LK"},
    "南乐": {"NL", "NL_CELL"},
    "洪山": {"WH"},
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_a_filter_naming_two_levels_finds_that_place_on_both_databases(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED


def test_the_api_filter_reads_江西南昌_as_南昌(tmp_path):
    with running_api(tmp_path, jobs=POSTS) as api:
        listed = api.get("/api/jobs", "organiser", params={"location": "江西南昌", "limit": 100}).json()
    assert {item["id"] for item in listed["items"]} == {"NC", "NC_INFERRED", "NC_COUNTY"}


@pytest.mark.parametrize(("cell", "place"), [
    ("河南兰考", "河南省开封市兰考县"),
    ("河南南乐", "河南省濮阳市南乐县"),
    ("河南南召", "河南省南阳市南召县"),
    ("濮阳南乐", "河南省濮阳市南乐县"),
    ("河南民权", "河南省商丘市民权县"),
    ("河南濮阳", "河南省濮阳市"),  # a prefecture's bare name: the city, not 濮阳县
    ("河南中原银行", "河南省"),  # a short name inside a longer word
    ("郑州中原路", "河南省郑州市"),
    ("山东东平", "山东省泰安市东平县"),
])
def test_henan_counties_written_short_after_their_head_are_read_in_cells(cell, place):
    assert stated_place(cell) == place


def test_henan_counties_written_short_after_their_head_are_read_in_employers_names():
    found = infer_location("河南南召 城关镇卫生院")
    assert found is not None and found.place == "河南省南阳市南召县"
    found = infer_location("濮阳南乐（县）人民医院")
    assert found is not None and found.place == "河南省濮阳市南乐县"
    found = infer_location("河南兰考人民医院")  # a body of the county's (test_place_county_bodies_and_shared_prefectures)
    assert found is not None and found.place == "河南省开封市兰考县"


@pytest.mark.parametrize(("wish", "places"), [
    ("想去青海海东", ("海东市",)),
    ("想去青海海西", ("海西蒙古族藏族自治州",)),
    ("想去青海海北", ("海北藏族自治州",)),
    ("想去青海海东工作", ("海东市",)),
    ("想去青海玉树", ("玉树藏族自治州",)),
    ("想去山西大同", ("大同市",)),
    ("想去河南兰考", ("兰考县",)),
    ("想去濮阳南乐", ("南乐县",)),
    ("想去河南南召工作", ("南召县",)),
    # Unchanged:
    ("想去青海海南", ("海南藏族自治州",)),
    ("想去海东", ()),
    ("想去吉林白山黑水", ("吉林",)),
    ("想去河南濮阳", ("濮阳",)),
    ("想去山东东平", ("东平县",)),
])
def test_wishes_read_青海_prefectures_and_henan_counties_after_their_head(wish, places):
    assert extract_places(wish) == places
