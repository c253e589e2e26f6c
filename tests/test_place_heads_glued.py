"""A county written by its short name right after the place above it, two levels glued, is read the same way by
location cells, employers' names, wishes and the place filter (one reader, ``features.place_gazetteer``):

- 「北京朝阳」「长春朝阳」: 朝阳 is 辽宁's 朝阳市 too, so it was read after no head; only the filter looked for 朝阳
  within 北京 (``place_filter_head``), a cell and a wish read 北京 alone and met a post in 海淀 as well;
- Xinjiang's counties after their prefecture or 新疆 (「阿克苏库车」「喀什地区疏附」「巴州库尔勒」「昌吉州玛纳斯」
  「新疆库车」), as Henan's were (「河南兰考」), and Henan's after their prefecture's full name (「开封市兰考」).

Places review, 2026-12-07."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_filter import place_filter_levels
from features.place_inference import infer_location, stated_place
from features.records import Job
from matching.scoring import place_keys, specific_place_keys
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401

XJ = "新疆维吾尔自治区"


@pytest.mark.parametrize(("cell", "place"), [
    ("北京朝阳", "北京市朝阳区"),  # before: 北京市
    ("长春朝阳", "吉林省长春市朝阳区"),  # before: 吉林省长春市
    ("广西兴安", "广西壮族自治区桂林市兴安县"),  # 兴安 is 内蒙古's 兴安盟 too; before: 广西壮族自治区
    ("阿克苏库车", XJ + "阿克苏地区库车市"),  # before: …阿克苏地区
    ("喀什疏附", XJ + "喀什地区疏附县"),
    ("喀什地区疏附", XJ + "喀什地区疏附县"),
    ("巴州库尔勒", XJ + "巴音郭楞蒙古自治州库尔勒市"),  # before: nothing
    ("博州博乐", XJ + "博尔塔拉蒙古自治州博乐市"),
    ("克州阿图什", XJ + "克孜勒苏柯尔克孜自治州阿图什市"),
    ("昌吉州玛纳斯", XJ + "昌吉回族自治州玛纳斯县"),
    ("新疆库车", XJ + "阿克苏地区库车市"),  # before: 新疆维吾尔自治区
    ("乌鲁木齐天山", XJ + "乌鲁木齐市天山区"),
    ("开封市兰考", "河南省开封市兰考县"),  # before: 河南省开封市
    # As before: written in full, a prefecture's own name, a short name two counties share, a word after 新疆.
    ("伊犁州伊宁县", XJ + "伊犁哈萨克自治州伊宁县"),
    ("阿克苏地区库车市", XJ + "阿克苏地区库车市"),
    ("喀什地区疏附县", XJ + "喀什地区疏附县"),
    ("昌吉州玛纳斯县", XJ + "昌吉回族自治州玛纳斯县"),
    ("辽宁朝阳", "辽宁省朝阳市"),  # not 北京's 朝阳区 (test_place_county_bodies_and_shared_prefectures)
    ("伊犁伊宁", XJ + "伊犁哈萨克自治州"),  # 伊宁市 or 伊宁县
    ("新疆天山", XJ),  # the mountains as much as 乌鲁木齐's 天山区
    ("郑州市中原路", "河南省郑州市"),
])
def test_a_county_written_short_after_its_head_is_read_in_cells(cell, place):
    assert stated_place(cell) == place


def test_a_county_written_short_after_its_head_is_read_in_employers_names():
    found = infer_location("喀什地区疏附（县）人民医院")
    assert found is not None and found.place == XJ + "喀什地区疏附县"  # before: …喀什地区
    found = infer_location("郑州市中原区域协同发展中心")
    assert found is not None and found.place == "河南省郑州市"  # 区域 is no 区


@pytest.mark.parametrize(("wish", "places"), [
    ("想去北京朝阳工作", ("北京市朝阳区",)),  # before: 北京
    ("想去北京朝阳区", ("北京市朝阳区",)),
    ("想去开封市兰考", ("兰考县",)),  # before: 开封
    ("想去辽宁朝阳", ("朝阳市",)),
])
def test_wishes_read_the_county_after_its_head(wish, places):
    assert extract_places(wish) == places


def test_a_cell_and_a_wish_for_北京朝阳_meet_only_北京s_朝阳区():
    wish = place_keys("北京朝阳")
    assert specific_place_keys("北京朝阳") == {"北京市朝阳区"}  # before: 北京
    assert wish & place_keys("北京市朝阳区")
    assert not wish & place_keys("北京市海淀区")  # before: met, as a wish for 北京
    assert not wish & place_keys("吉林省长春市朝阳区")


def test_the_filter_reads_the_levels_as_a_cell_is_read():
    assert place_filter_levels("北京朝阳") == ("北京市", "朝阳区")  # before: None (a name left after 北京)
    assert place_filter_levels("巴州库尔勒") == (XJ, "巴音郭楞蒙古自治州", "库尔勒市")  # before: None


def _post(id_: str, location: str) -> Job:
    return Job(id=id_, title="教师", employer="某某学校", location=location, headcount=1)


POSTS = [
    _post("KRL", "新疆巴音郭楞蒙古自治州库尔勒市"),
    _post("KRL_SHORT", "巴州库尔勒"),
    _post("BAZHOU", "四川省巴中市巴州区"),
    _post("KC", "阿克苏库车"),
    _post("CY_BJ", "北京朝阳"),
    _post("CY_BJ_FULL", "北京市朝阳区"),
    _post("CY_CC", "吉林省长春市朝阳区"),
    _post("HD", "北京市海淀区"),
]
EXPECTED = {
    "巴州库尔勒": {"KRL", "KRL_SHORT"},  # before: KRL_SHORT, its letters
    "库尔勒": {"KRL", "KRL_SHORT"},
    "阿克苏库车": {"KC"},
    "库车": {"KC"},  # before: none (the cell was read as 阿克苏地区)
    "北京朝阳": {"CY_BJ", "CY_BJ_FULL"},
    "北京市朝阳区": {"CY_BJ", "CY_BJ_FULL"},  # before: CY_BJ_FULL
    "巴州": {"KRL", "KRL_SHORT", "BAZHOU"},  # 巴州 is 巴中's 巴州区 too: searched as written as well
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_the_filter_finds_posts_written_either_way_on_both_databases(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED


@pytest.mark.parametrize(("wish", "places"), [
    # A Xinjiang county whose short name is also a word (和静, 天山, 新和 …: AMBIGUOUS_SHORT_NAMES) is read after its
    # prefecture in a wish as in a cell; before, the wish read the prefecture alone and met its every county.
    ("想去巴州和静工作", ("和静县",)),  # before: 巴音郭楞 (a word shown with its suffix)
    ("想去乌鲁木齐天山工作", ("天山区",)),  # before: 乌鲁木齐
    ("想去阿克苏新和", ("新和县",)),  # before: 阿克苏
    ("意向地点：博州精河、阿勒泰福海", ("精河县", "福海县")),  # before: 博尔塔拉, 阿勒泰
    ("想去巴州库尔勒", ("库尔勒",)),
    ("想去新疆和静", ("新疆",)),  # a word after 新疆 alone, as in a cell
])
def test_a_wish_reads_a_xinjiang_word_county_after_its_prefecture(wish, places):
    assert extract_places(wish) == places

