"""The 2026-12-07 employment-bureau officer's review of ``jobmatch check-jobs`` (docs/changes.md, Job checks): a
工作地点 naming a county or city inside another it does not lie in (「喀什地区伊宁县」「北京市浦东新区」) is
工作地点前后矛盾 (警告). Before, no check said so: the address read as two known places, so neither 工作地点无法识别
nor 只写到市 fired, and the post met wishes for both."""

from __future__ import annotations

import json

import pytest

from matching.place_checks import contradicting_places
from service.cli import main


@pytest.mark.parametrize(("place", "pair"), [
    ("喀什地区伊宁县", ("喀什", "伊宁县")), ("北京市浦东新区", ("北京", "浦东新区")), ("湖北省郑州市", ("湖北", "郑州")),
    ("武汉市天山区", ("武汉", "天山")),
    ("喀什地区和田县", ("喀什", "和田县")),  # 和 of 和田 is no list's 和: every 和田 address went unchecked
])
def test_places_that_do_not_nest_contradict(place, pair):
    assert contradicting_places(place) == pair


@pytest.mark.parametrize("place", [
    "湖北省武汉市洪山区", "喀什地区疏附县", "北京北京市丰台区", "伊犁哈萨克自治州塔城地区塔城市",  # 塔城 lies in 伊犁州
    "武汉市、孝感市", "武汉 江夏", "乌鲁木齐/昌吉", "火星", None,
    "和田地区墨玉县", "新疆和田地区于田县", "武汉和孝感",
])
def test_true_addresses_and_lists_do_not(place):
    assert contradicting_places(place) is None


def test_check_jobs_names_the_row_the_column_and_where_the_place_lies(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(
        "岗位编号,职位名称,用人单位,单位性质,职位类别,工作地点,学历要求,招聘人数,薪酬待遇,职位描述\n"
        "L1,出纳,天池商贸有限公司,民营企业,财务类,喀什地区伊宁县,本科,1,4000-5000元/月,负责出纳\n"
        "L2,会计,天池商贸有限公司,民营企业,财务类,喀什地区疏附县,本科,1,4000-5000元/月,负责会计\n",
        encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out)])
    found = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "location_contradicts"]
    assert [(f["job_id"], f["row"], f["column"], f["severity"]) for f in found] == [("L1", 2, "工作地点", "警告")]
    assert found[0]["message"].startswith("工作地点「喀什地区伊宁县」中的伊宁县不在喀什（伊宁县属于伊犁），地点前后矛盾")
