"""Hainan's (and Hubei's) 省直辖县级行政区划 by their short names, 「昌江」 shared with 景德镇's 昌江区, and
Wuhan 2024's 街道区域 column added to a 工作地点 that names no district (review, 2026-12-06)."""

import pytest

from features.place_inference import infer_location, stated_place
from matching.cohort_origins import origin_division
from matching.place_checks import place_precision_findings
from service.importers import read_jobs_bytes


@pytest.mark.parametrize(("cell", "place"), [
    ("琼中", "海南省琼中黎族苗族自治县"),
    ("陵水", "海南省陵水黎族自治县"),  # short_name reads 水 as the 水族 there
    ("陵水县", "海南省陵水黎族自治县"),
    ("保亭", "海南省保亭黎族苗族自治县"),
    ("屯昌", "海南省屯昌县"),
    ("琼海", "海南省琼海市"),
    ("昌江县", "海南省昌江黎族自治县"),  # 景德镇's 昌江 is a 区, never called 县
    ("海南昌江", "海南省昌江黎族自治县"),
    ("海南琼中", "海南省琼中黎族苗族自治县"),
    ("仙桃", "湖北省仙桃市"),
    ("神农架", "湖北省神农架林区"),
    ("景德镇昌江区", "江西省景德镇市昌江区"),
])
def test_province_run_county_short_names_in_a_cell(cell, place):
    assert stated_place(cell) == place


@pytest.mark.parametrize("cell", ["昌江", "东方", "白沙", "临高"])
def test_shared_short_name_or_word_alone_places_nothing(cell):
    # 昌江: 海南's 昌江黎族自治县 and 景德镇's 昌江区; before, 「昌江」 read as 江西.
    assert stated_place(cell) is None


def test_employer_names():
    assert infer_location("琼中县人民医院").place == "海南省琼中黎族苗族自治县"
    assert infer_location("陵水黎族自治县教育局").place == "海南省陵水黎族自治县"
    assert infer_location("琼中食品有限公司") is None  # a short name in a name needs its province beside it
    assert infer_location("昌江区人民法院").place == "江西省景德镇市昌江区"


def test_origin_reads_them_through_the_gazetteer():
    assert origin_division("陵水") == ("海南", "陵水黎族自治县")
    assert origin_division("昌江县") == ("海南", "昌江黎族自治县")
    assert origin_division("湖北仙桃") == ("湖北", "仙桃市")
    assert origin_division("昌江") is None


_TABLE = ("岗位名称,岗位编号,城市,行政区域,街道区域,企业名称\n"
          "销售,A1,武汉,,中南路街,某某科技有限公司\n"
          "客服,A2,武汉,洪山,关山,某某电子有限公司\n"
          "文员,A3,武汉,,,某某贸易有限公司\n")


def test_street_added_when_no_district():
    from service.job_check_report import street_note

    result = read_jobs_bytes(_TABLE.encode("utf-8"), "wuhan.csv")
    locations = {job.id: job.location for job in result.records}
    assert locations == {"A1": "武汉 中南路街", "A2": "武汉 洪山", "A3": "武汉"}
    assert "街道区域" not in result.ignored_columns
    flagged = {job.id for job in result.records if list(place_precision_findings(job))}
    assert flagged == {"A3"}  # the street says where A1 is; A3 says 武汉 alone
    note = street_note(result.records, result.sources)
    assert note is not None and note.startswith("（1 行未写区县") and "「武汉 中南路街」" in note


@pytest.mark.parametrize(("wish", "places"), [
    ("海南昌江", ("昌江黎族自治县",)),  # before: 海南 only
    ("海南临高", ("临高县",)),
    ("海南东方", ("东方市",)),
    ("江西昌江", ("昌江区",)),  # 景德镇's, after its province, still read
    ("景德镇昌江", ("昌江区",)),
])
def test_wishes_name_a_province_run_county_after_its_province(wish, places):
    from features.intentions import extract_places

    assert extract_places(wish) == places


def test_jiangxi_changjiang_after_its_province_in_a_cell():
    assert stated_place("江西昌江") == "江西省景德镇市昌江区"
