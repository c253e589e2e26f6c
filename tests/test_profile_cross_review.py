"""Review of the profile's cross-tables (commit 74a35f3): a 意向机关事业单位 counted however the graduate wrote it
(公务员, 事业单位, 考编), and a county short name two provinces share read once the province is written
(「新疆沙湾」 → 塔城地区, so a Xinjiang bureau's 沙湾 graduates still reach their prefecture)."""

from __future__ import annotations

import pytest

from matching.cohort_origins import origin_division
from tests.test_profile_cross import profile_rows

GRADUATES_CSV = """学号,姓名,学校,专业,学历,毕业年份,性别,生源地,就业意向,意向类别,意向地点,期望薪资
P1,乙一,新疆大学,会计学,本科,2026,女,新疆沙湾,会计,公务员,乌鲁木齐,5000
P2,乙二,新疆大学,会计学,本科,2026,男,新疆沙湾县,会计,事业单位,乌鲁木齐,5000
P3,乙三,新疆大学,会计学,本科,2026,女,沙湾市,会计,考编,乌鲁木齐,5000
P4,乙四,新疆大学,会计学,本科,2026,男,新疆乌苏,会计,企事业单位,乌鲁木齐,5000
P5,乙五,新疆大学,会计学,本科,2026,女,沙湾,会计,企业,乌鲁木齐,5000
"""


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    # One profile run serves every test reading its rows (read-only dict): the CLI run is the slow part.
    return profile_rows(tmp_path_factory, GRADUATES_CSV)


def test_public_sector_wishes_count_every_way_of_writing_them_but_not_firms_too(rows):
    # 公务员, 事业单位 and 考编 name 机关 or 事业单位; 企事业单位 names firms as well, 企业 only firms.
    assert rows[("就业意向（按学历）", "本科｜意向机关事业单位")] == ("3", "0.6")
    assert rows[("就业意向（按学科门类）", "12 管理学｜意向机关事业单位")] == ("3", "0.6")


def test_xinjiang_graduates_writing_their_province_before_a_shared_county_name_reach_the_prefecture(rows):
    assert rows[("生源地（地市）", "新疆 塔城地区")][0] == "4"  # 新疆沙湾, 新疆沙湾县, 沙湾市, 新疆乌苏
    assert rows[("生源地（省份）", "未能确定省份")][0] == "1"  # 沙湾 alone: 新疆 or 四川 乐山


@pytest.mark.parametrize(("text", "division"), [
    ("新疆沙湾", ("新疆", "塔城地区")),
    ("新疆沙湾县", ("新疆", "塔城地区")),  # 「沙湾县」 alone was 塔城 already; the province must not lose it
    ("新疆维吾尔自治区沙湾县", ("新疆", "塔城地区")),
    ("沙湾市", ("新疆", "塔城地区")),  # 沙湾县 has been 沙湾市 since 2021
    ("新疆奎屯", ("新疆", "伊犁哈萨克自治州")),
    ("新疆玛纳斯", ("新疆", "昌吉回族自治州")),
    ("四川沙湾", ("四川", "乐山市")),
    ("海南昌江县", ("海南", "昌江黎族自治县")),
    ("昌江县", ("海南", "昌江黎族自治县")),  # 景德镇's 昌江 is a 区, never 县; wishes read 昌江县 as 海南's too
    ("宽城县", ("河北", "承德市")),  # 宽城满族自治县, not 长春's 宽城区
    ("昌江", None),
    ("河南襄城", ("河南", "许昌市")),
    ("湖北襄城", ("湖北", "襄阳市")),
    ("江苏通州", ("江苏", "南通市")),
    ("沙湾", None),  # alone it still says no province
    ("新疆", ("新疆", None)),
    ("新疆兵团第八师", ("新疆", None)),
    ("甘肃省天水市", ("甘肃", "天水市")),
])
def test_a_province_written_before_a_county_says_which_county(text, division):
    assert origin_division(text) == division
