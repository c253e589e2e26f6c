"""「海南」 alone is the province 海南, not 青海's 海南藏族自治州 (and 「吉林」 the province, not 吉林市), in every
place reader: location cells, employer names, wishes, the place filter; only 「海南州」「海南藏族自治州」「青海海南」
name the prefecture. 陵水黎族自治县 (and 融水, 长白) are shortened; 「中国武汉」 is a city-only place (review,
2026-12-06)."""

from __future__ import annotations

import pytest

from features.intentions import extract_places
from features.place_inference import infer_location, stated_place
from features.place_names import provinces_named, short_name
from features.records import Job
from matching.cohort_origins import origin_division
from matching.place_checks import city_only, place_precision_findings
from matching.scoring import specific_place_keys
from service.storage import repository as repo
from tests.test_storage import empty_engine, engine, session  # noqa: F401


@pytest.mark.parametrize(("cell", "place"), [
    ("海南", "海南省"),  # before: 青海省海南藏族自治州
    ("海南三亚", "海南省三亚市"),  # before: nothing (海南 read as 青海's, 三亚 as 海南's)
    ("海南 海口", "海南省海口市"),
    ("海南省", "海南省"),
    ("海南州", "青海省海南藏族自治州"),
    ("海南藏族自治州", "青海省海南藏族自治州"),
    ("青海海南", "青海省海南藏族自治州"),
    ("青海省海南", "青海省海南藏族自治州"),
    ("吉林", "吉林省"),  # before: 吉林省吉林市
    ("吉林长春", "吉林省长春市"),  # before: 吉林省 (吉林市 and 长春市 have only the province in common)
    ("吉林市", "吉林省吉林市"),
])
def test_a_province_name_alone_is_the_province_in_a_location_cell(cell, place):
    assert stated_place(cell) == place


def test_employer_names_read_hainan_as_the_province():
    assert infer_location("海南三亚某某酒店有限公司").place == "海南省三亚市"
    assert infer_location("海南某某旅游有限公司").place == "海南省"
    assert infer_location("新疆驻海南办事处").place == "海南省"  # before: 青海省海南藏族自治州
    assert infer_location("吉林大学白求恩第一医院").place == "吉林省"  # before: nothing
    assert infer_location("青海海南某某公司").place == "青海省海南藏族自治州"
    assert infer_location("威海南海新区公共服务局") is None  # 威海 + 南海新区: no 海南 across them


def test_qinghai_hainan_is_one_prefecture_not_two_provinces():
    assert provinces_named("青海海南") == {"青海"}
    assert provinces_named("青海省海南州") == {"青海"}
    assert provinces_named("海南省三亚市") == {"海南"}
    assert specific_place_keys("青海海南") == {"海南藏族自治州"}  # a job location: before 青海 and 海南
    assert extract_places("想去青海海南工作") == ("海南藏族自治州",)  # a wish
    assert extract_places("想去海南三亚") == ("三亚",)
    assert origin_division("青海海南") == ("青海", "海南藏族自治州")  # a 生源地: before none (two provinces)
    assert origin_division("海南") == ("海南", None)


POSTS = [
    Job(id="HN", title="前台", employer="某某酒店有限公司", location="海南", headcount=1),
    Job(id="SY", title="前台", employer="某某度假村有限公司", location="海南三亚", headcount=1),
    Job(id="QH", title="教师", employer="某某学校", location="青海海南", headcount=1),
]


@pytest.mark.parametrize("empty_engine", ["sqlite"], indirect=True)
def test_the_place_filter_finds_hainan_posts_by_the_province_and_not_by_qinghai(session):  # noqa: F811
    repo.upsert_jobs(session=session, jobs=POSTS)
    session.flush()
    found = {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place)))
             for place in ("海南", "海南省", "三亚", "青海")}
    assert found == {"海南": {"HN", "SY"}, "海南省": {"HN", "SY"}, "三亚": {"SY"}, "青海": {"QH"}}


@pytest.mark.parametrize(("full", "short"), [
    ("陵水黎族自治县", "陵水"),  # 水 of the 水族 read the whole name as suffix
    ("融水苗族自治县", "融水"),
    ("长白朝鲜族自治县", "长白"),  # 白 of the 白族
    ("白沙黎族自治县", "白沙"),
    ("伊犁哈萨克自治州", "伊犁"),
    ("东乡族自治县", "东乡族自治县"),  # named after its people alone: 东乡 is also 抚州's 东乡区
    ("新县", "新县"),
])
def test_short_name_of_a_county_whose_name_ends_in_a_peoples(full, short):
    assert short_name(full) == short


def test_a_short_name_after_its_province_reads_the_county():
    assert stated_place("广西融水") == "广西壮族自治区柳州市融水苗族自治县"  # before: 广西壮族自治区
    assert stated_place("吉林长白") == "吉林省白山市长白朝鲜族自治县"


@pytest.mark.parametrize("cell", ["中国武汉", "中国湖北武汉市", "中华人民共和国武汉", " 中国 武汉"])
def test_a_leading_country_does_not_hide_a_city_only_place(cell):
    assert city_only(cell) == "武汉"
    job = Job(id="1", title="销售代表", employer="某某科技有限公司", location=cell, headcount=1)
    assert [f.check.name for f in place_precision_findings(job)] == ["LOCATION_CITY_ONLY"]


def test_a_country_inside_a_place_still_says_more():
    assert city_only("武汉中国光谷") is None
