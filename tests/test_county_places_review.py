"""Review of the county-level places (commit 30cc34b): a hukou written as a municipality's district alone
(「海淀区」, read as 北京市海淀区) lies in that municipality, so 「北京市常住户口」 admits it (it was refused:
its city was taken to be 海淀区 itself); and a bare city name admitted by its province only is no place
where another city of that province is named beyond doubt (「中山社区卫生服务中心」 of a 揭阳市榕城区
announcement is not 中山市)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.place_inference import infer_location
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.places import apart, prefecture_of
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

RONGCHENG = "榕城区卫生健康系统事业单位招聘2021年医药卫生食品专业毕业生高校毕业生的公告"


@pytest.mark.parametrize(("hukou", "city"), [
    ("海淀区", ("北京", "北京市")),
    ("浦东新区", ("上海", "上海市")),
    ("北京市海淀区", ("北京", "北京市")),
])
def test_a_municipality_district_alone_lies_in_the_municipality(hukou, city):
    assert prefecture_of(hukou) == city


def test_a_district_alone_is_not_apart_from_its_municipality():
    assert not apart("北京市", "海淀区")
    assert not apart("北京北京市", "海淀区")
    assert apart("上海市", "海淀区")
    assert apart("北京市房山区", "海淀区")  # another district of the one city


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10),
                       major_tables=load_major_code_tables())


@pytest.mark.parametrize(("hukou", "text", "location", "status"), [
    ("海淀区", "北京市常住户口", "北京北京市", Status.ELIGIBLE),  # was NOT_ELIGIBLE
    ("海淀区", "北京", "北京北京市东城区", Status.ELIGIBLE),
    ("浦东新区", "上海市", "上海上海市黄浦区", Status.ELIGIBLE),
    ("海淀区", "上海市", "上海上海市黄浦区", Status.NOT_ELIGIBLE),
    ("海淀区", "限房山户籍", "北京北京市房山区", Status.NOT_ELIGIBLE),
])
def test_a_district_hukou_meets_its_municipality(engine, hukou, text, location, status):
    job = Job(id="j1", title="综合管理", location=location, conditions=(("户籍地", text),))
    graduate = Graduate(id="g1", hukou=hukou, graduation_year=2026)
    (result,) = [r for r in engine.check(graduate, job).results if r.kind == "hukou"]
    assert result.status is status


def test_a_bare_city_name_is_no_place_beside_another_city_of_its_province():
    found = infer_location("中山社区卫生服务中心", None, RONGCHENG)
    assert found is not None and found.place == "广东省揭阳市榕城区"


@pytest.mark.parametrize(("employer", "announcement", "place"), [
    ("中山市人民医院", RONGCHENG, "广东省中山市"),  # its full name says its place whatever the announcement
    ("广东省中山市人民医院", None, "广东省中山市"),
    ("兰考分局", "开封市公安局2026年招聘公告", "河南省开封市兰考县"),  # its own city named: still read
])
def test_a_city_named_in_full_or_beside_its_own_city_is_still_read(employer, announcement, place):
    assert infer_location(employer, None, announcement).place == place


@pytest.mark.parametrize(("cell", "place"), [
    ("昆山", "江苏省苏州市昆山市"),
    ("义乌", "浙江省金华市义乌市"),
    ("海淀", "北京市海淀区"),
    ("浦东", "上海市浦东新区"),
    ("兰考", "河南省开封市兰考县"),
    ("章丘区", "山东省济南市章丘市"),  # a 区 since 2016; the list still calls it 章丘市
    ("富阳市", "浙江省杭州市富阳区"),  # the old name of a district
    ("鼓楼", None),  # 开封's, 南京's, 福州's: no one place
    ("鼓楼区", None),
    ("朝阳", None),
])
def test_a_cell_holding_a_county_short_name_alone_is_that_county(cell, place):
    from features.place_inference import stated_place

    assert stated_place(cell) == place


CSV_HEAD = "学号,姓名,学校,专业,学历,毕业年份,户籍,生源地,意向地点\n"


@pytest.mark.parametrize("origin", ["昆山", "义乌", "江阴", "张家港", "深圳南山", "海淀"])
def test_a_graduate_whose_origin_is_a_county_by_its_short_name_is_imported(origin):
    """生源地 「昆山」 was refused as 「不是可识别的地名」 and the row skipped."""
    from service.importers import read_graduates_bytes

    data = (CSV_HEAD + f"S1,张三,某大学,会计学,本科,2026,{origin},{origin},{origin}\n").encode()
    result = read_graduates_bytes(data, "graduates.csv", today=dt.date(2026, 1, 10))
    assert not result.skipped and [g.origin_place for g in result.records] == [origin]


def test_a_graduate_whose_origin_is_no_place_is_still_refused():
    from service.importers import read_graduates_bytes

    data = (CSV_HEAD + "S1,张三,某大学,会计学,本科,2026,火星,火星,\n").encode()
    result = read_graduates_bytes(data, "graduates.csv", today=dt.date(2026, 1, 10))
    assert not result.records and "生源地" in str(result.skipped[0])


def test_a_wished_place_written_as_a_county_short_name_meets_posts_there():
    """意向地点 「义乌」 (the column, kept as typed) met no post in 义乌市 nor in 金华: its key was 「义乌」."""
    from matching.scoring import place_keys

    wish = place_keys("义乌")
    assert wish & place_keys("浙江省金华市义乌市") and wish & place_keys("浙江省金华市")
    assert not wish & place_keys("浙江省杭州市")
    assert place_keys("昆山、杭州") >= {"昆山市", "杭州"}
    assert place_keys("章丘区") & place_keys("山东省济南市章丘市")
    assert place_keys("想去义乌") == {"想去义乌"}  # in prose a short name alone is still not read


@pytest.mark.parametrize(("hukou", "text", "location", "status"), [
    ("义乌", "北京市户籍", "北京北京市", Status.NOT_ELIGIBLE),  # was 待核实: 「义乌」 read as no place
    ("义乌", "金华市户籍", "浙江省金华市", Status.ELIGIBLE),
    ("昆山", "无锡市户籍", "江苏省无锡市", Status.NOT_ELIGIBLE),
    ("鼓楼", "无锡市户籍", "江苏省无锡市", Status.NEEDS_REVIEW),  # several divisions' short name
])
def test_a_hukou_written_as_a_county_short_name_lies_in_its_city(engine, hukou, text, location, status):
    job = Job(id="j1", title="综合管理", location=location, conditions=(("户籍地", text),))
    graduate = Graduate(id="g1", hukou=hukou, graduation_year=2026)
    (result,) = [r for r in engine.check(graduate, job).results if r.kind == "hukou"]
    assert result.status is status
