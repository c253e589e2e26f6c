"""The place filter (``location`` of ``/api/jobs``, ``/api/jobs/search``, ``/organiser``) finds a place
by whole division names: 「新县」 finds a post in 信阳市新县, not one in 湖北's 阳新县 or 河北's 安新县, whose
names merely hold the letters, nor one in the town 新县镇; 「新市」 not 辽宁省阜新市. A division's short form
finds it (郑州 → 郑州市, 兰考 → 兰考县). Before, any substring of the place matched. The same on SQLite and
PostgreSQL (the latter when the test server answers)."""

from __future__ import annotations

import pytest

from features.records import Job
from tests.test_api_fixtures import running_api
from tests.test_api_pages import login
from tests.factories import found_by_place_filter
from tests.test_storage import empty_engine  # noqa: F401

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _post(id_: str, employer: str, location: str | None = None) -> Job:
    return Job(id=id_, title="一级科员", employer=employer, location=location,
               announcement=None if location else HENAN, headcount=1)


POSTS = [
    _post("XIN", "中共新县纪律检查委员会"),  # inferred 河南省信阳市新县
    _post("YANG", "阳新县人民医院", location="湖北省黄石市阳新县"),
    _post("AN", "安新县第一中学", location="河北省保定市安新县"),
    _post("FU", "阜新市第二人民医院", location="辽宁省阜新市"),
    _post("TOWN", "新县镇卫生院", location="河北省沧州市孟村回族自治县新县镇"),
    _post("XINSHI", "新市区人民法院", location="新疆维吾尔自治区乌鲁木齐市新市区"),
    _post("ZZ", "郑州市中级人民法院"),  # inferred 河南省郑州市
    _post("GC", "管城区实验小学", location="河南省郑州市管城回族区"),
    _post("LK", "兰考县人民法院"),  # inferred 河南省开封市兰考县
    _post("BJ", "房山区第一中学", location="北京北京市房山区"),
]

EXPECTED = {
    "新县": {"XIN"},
    "新市": {"XINSHI"},  # 新市区's short form; not 阜新市
    "阳新县": {"YANG"},
    "安新县": {"AN"},
    "阜新": {"FU"},
    "新县镇": {"TOWN"},
    "郑州": {"ZZ", "GC"},
    "管城": {"GC"},
    "兰考": {"LK"},
    "河南": {"XIN", "ZZ", "GC", "LK"},
    "信阳市新县": {"XIN"},
    "北京": {"BJ"},
    "北京市": {"BJ"},  # 「北京北京市」: the province written without its suffix
    "河": set(),  # the letters of 河南, 河北: no division's name
    "乌鲁木": set(),
}


@pytest.mark.parametrize("empty_engine", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_the_place_filter_reads_whole_division_names_on_both_databases(empty_engine):  # noqa: F811
    assert found_by_place_filter(empty_engine, POSTS, EXPECTED) == EXPECTED


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=POSTS) as api:
        yield api


def test_the_api_and_the_organiser_page_find_新县_not_阳新县_or_安新县(api):
    listed = api.get("/api/jobs", "organiser", params={"location": "新县", "limit": 100}).json()
    assert [item["id"] for item in listed["items"]] == ["XIN"] and listed["total"] == 1
    searched = api.get("/api/jobs/search", "organiser", params={"location": "新市", "q": "法院"}).json()
    assert [item["id"] for item in searched["items"]] == ["XINSHI"]
    login(api, "organiser")
    assert "共 1 个岗位" in api.client.get("/organiser", params={"location": "新县"}).text


def test_a_keyword_still_finds_any_letters_of_the_place(api):
    """``q`` is a keyword over the post's text, the place included: it keeps matching letters."""
    found = api.get("/api/jobs", "organiser", params={"q": "阜新", "limit": 100}).json()
    assert {item["id"] for item in found["items"]} == {"FU"}
    found = api.get("/api/jobs", "organiser", params={"q": "房山", "limit": 100}).json()
    assert {item["id"] for item in found["items"]} == {"BJ"}
