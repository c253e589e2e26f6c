"""A place name starting inside a province's name is not read (「广东城区」 is 广东, not 北京's 东城区 spelled
across 广|东城区), and the filter 「海南州」「海南藏族自治州」 finds 青海's prefecture however a post writes it
(「青海海南」「青海省海南」「青海 海南」), never a post in 海南省 (places review, 2026-12-07)."""

from __future__ import annotations

import pytest

from features.data.national_divisions import counties
from features.data.places import HENAN_PREFECTURES, PROVINCES, XINJIANG_PREFECTURES
from features.place_inference import infer_location, stated_place
from features.place_names import province_full_name
from features.records import Job
from matching.rules.places import county_place, prefecture_of, provinces_of
from service.storage import repository as repo
from tests.test_storage import empty_engine, engine, session  # noqa: F401


@pytest.mark.parametrize(("cell", "place"), [
    ("广东城区", "广东省"),  # before: 北京市东城区
    ("广东省城区", "广东省"),
    ("山东城区", "山东省"),  # before: 北京市东城区
    ("广西城区", "广西壮族自治区"),  # before: 北京市西城区
    ("江西城区", "江西省"),
    ("陕西城区", "陕西省"),
    ("内蒙古城区", "内蒙古自治区"),  # before: 云南省丽江市古城区
    ("青海城区", "青海省"),  # before: 广西壮族自治区北海市海城区
    ("上海城区", "上海市"),
    ("浙江城区", "浙江省"),  # before: 广东省阳江市江城区
    ("黑龙江城区", "黑龙江省"),
    ("广东 城区", "广东省"),
    ("浙江州区", "浙江省"),  # before: 广西壮族自治区崇左市江州区 (州 after a province's name was no province)
    ("吉林州市", "吉林省"),  # before: 河南省安阳市林州市
    # 州 区 县 after a province's name that do start a lower division's name (天津's 河北区, 青海's 海南州).
    ("天津市河北区", "天津市河北区"),
    ("乌海市海南区", "内蒙古自治区乌海市海南区"),
    ("海南州共和县", "青海省海南藏族自治州共和县"),
    # A place name starting after the province's is read as before.
    ("北京市东城区", "北京市东城区"),
    ("东城区", "北京市东城区"),
    ("广西北海市海城区", "广西壮族自治区北海市海城区"),
    ("青海海南", "青海省海南藏族自治州"),
    ("青海海南州", "青海省海南藏族自治州"),
    ("山东济南市中区", "山东省济南市市中区"),
])
def test_no_place_read_across_the_end_of_a_province_name(cell, place):
    assert stated_place(cell) == place


def _spelled_across_a_province_name() -> list[tuple[str, str, str]]:
    """Every province's short name followed by the rest of a county-level name of another province that starts
    with the province's last character(s) (广|东城区, 内蒙|古城区, 黑龙|江城区; 浙|江州区, 吉|林州市, 上|海州区 too, where
    州 follows the province: only 海南州 makes a province's name a lower division's): (text, province, county's
    province)."""
    names = [(county, province) for _, county, _, province in counties()]
    names += [(county, "河南") for members in HENAN_PREFECTURES.values() for county in members]
    names += [(county, "新疆") for members in XINJIANG_PREFECTURES.values() for county in members]
    return [(province + county[k:], province, other) for province in PROVINCES for county, other in names
            for k in range(1, min(len(province), len(county))) if other != province
            and province.endswith(county[:k])]


def test_no_county_of_another_province_is_read_across_any_province_name():
    spelled = _spelled_across_a_province_name()
    assert len(spelled) > 30
    read = {text: (stated_place(text), infer_location(text + "人民医院")) for text, _, _ in spelled}
    wrong = [(text, place) for text, _, other in spelled
             for place in (read[text][0], read[text][1] and read[text][1].place)
             if place and place.startswith(province_full_name(other))]
    # before: 502 of the 580 (香港北区 → 广西 港北区, 澳门头沟区 → 北京 门头沟区); at 8f71d79 the 8 with 州
    # (浙江州区 黑龙江州区 → 崇左's 江州区, 吉林州市 → 安阳's 林州市; 上海州区 青海州区 read no place at all)
    assert wrong == []


def test_the_enshi_prefecture_filter_finds_its_full_name(session):  # noqa: F811 (SQLite and PostgreSQL)
    repo.upsert_jobs(session=session, jobs=[
        Job(id="ES", title="教师", employer="某某学校", location="湖北省恩施土家族苗族自治州", headcount=1),
        Job(id="EZ", title="教师", employer="某某中学", location="恩施州", headcount=1)])
    session.flush()
    assert set(repo.job_ids(session=session, filters=repo.JobFilters(location="恩施州"))) == {"ES", "EZ"}  # before: EZ


@pytest.mark.parametrize(("employer", "province"), [
    ("广东城区供电局", "广东省"),  # before: 北京市东城区
    ("山东城区某某中学", "山东省"),
    ("内蒙古城区医院", "内蒙古自治区"),  # before: 云南省丽江市古城区
])
def test_an_employer_named_after_a_province_is_in_that_province(employer, province):
    read = infer_location(employer)
    assert (read.province, read.local) == (province, "")


def test_a_hukou_in_a_provinces_town_is_in_that_province():
    assert provinces_of("广东城区") == {"广东"}
    assert prefecture_of("广东城区") is None  # before: (北京, 北京市)
    assert county_place("山东城区") is None  # before: 北京市东城区


POSTS = [
    Job(id="QH", title="教师", employer="某某学校", location="青海海南", headcount=1),
    Job(id="QS", title="教师", employer="某某中学", location="青海省海南", headcount=1),
    Job(id="QB", title="教师", employer="某某小学", location="青海 海南", headcount=1),
    Job(id="HZ", title="医生", employer="某某医院", location="海南州", headcount=1),
    Job(id="HC", title="医生", employer="某某卫生院", location="海南藏族自治州共和县", headcount=1),
    Job(id="HE", title="科员", employer="海南藏族自治州人民医院", headcount=1),
    Job(id="HK", title="前台", employer="某某酒店", location="海南省海口市", headcount=1),
    Job(id="SY", title="前台", employer="某某度假村", location="海南三亚", headcount=1),
    Job(id="HN", title="前台", employer="某某公司", location="海南", headcount=1),
    Job(id="GD", title="客服", employer="某某公司", location="广东城区", headcount=1),
    Job(id="BJ", title="客服", employer="某某公司", location="北京市东城区", headcount=1),
]


def test_the_hainan_prefecture_filter_finds_every_spelling(session):  # noqa: F811 (SQLite and PostgreSQL)
    repo.upsert_jobs(session=session, jobs=POSTS)
    session.flush()
    found = {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place)))
             for place in ("海南州", "海南藏族自治州", "海南", "青海")}
    prefecture = {"QH", "QS", "QB", "HZ", "HC", "HE"}
    assert found == {"海南州": prefecture, "海南藏族自治州": prefecture, "海南": {"HK", "SY", "HN"},
                     "青海": prefecture}


def test_the_filter_by_a_province_finds_a_post_in_its_town(session):  # noqa: F811 (SQLite and PostgreSQL)
    repo.upsert_jobs(session=session, jobs=POSTS)
    session.flush()
    found = {place: set(repo.job_ids(session=session, filters=repo.JobFilters(location=place)))
             for place in ("北京", "东城区", "广东")}
    assert found == {"北京": {"BJ"}, "东城区": {"BJ"}, "广东": {"GD"}}  # before: 北京 and 东城区 found GD
