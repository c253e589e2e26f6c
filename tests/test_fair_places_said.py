"""A fair's 地点 cell says an inference once for the cell (``features.place_inference.places_said``):
Henan's cells listed many counties each followed by 「（据单位名称）」."""

from __future__ import annotations

from features.place_inference import places_said
from matching.fairs import FairLimits
from service.fair_report import plan_rows
from tests.factories import graduate, job
from tests.test_fairs import plan


def test_places_read_from_names_say_so_once_for_the_cell():
    places = ["郑州市金水区（据单位名称）", "洛阳市西工区（据单位名称）", "洛阳市西工区（据单位名称）", "南阳市内乡县（据单位名称）"]
    assert places_said(places) == "郑州市金水区、洛阳市西工区、南阳市内乡县（据单位名称推断）"


def test_stated_places_come_first_then_each_source_once():
    places = ["三门峡市灵宝市（据单位名称）", "郑州市", "信阳市浉河区（据备注）", "信阳市息县（据单位名称）"]
    assert places_said(places) == "郑州市；三门峡市灵宝市、信阳市息县（据单位名称推断）；信阳市浉河区（据备注）"
    assert places_said(["郑州市", "开封市"]) == "郑州市、开封市"
    assert places_said([]) == ""


def test_the_csv_place_cell_of_a_fair_says_the_inference_once(catalog, segmenter):
    """Posts stating no place are placed by their employers' names (「信阳市息县（据单位名称）」); the fair's 地点 cell
    in the CSV/XLSX rows said 「（据单位名称）」 after each."""
    employers = ["信阳市息县财政局", "信阳市罗山县财政局", "信阳市光山县财政局"]
    jobs = [job(f"J{n}", "会计", employer=name, education="本科及以上", majors="会计学") for n, name in enumerate(employers)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(3)]
    result = plan(catalog, segmenter, jobs, people, limits=FairLimits(min_positions=1, min_graduates=1), k=3)
    (fair,) = result.fairs
    assert all(place.endswith("（据单位名称）") for place in fair.places) and len(fair.places) == 3
    cells = {row["fair_places"] for row in plan_rows(result, {}) if row["row_type"] in ("岗位", "毕业生")}
    assert cells == {"、".join(place.removesuffix("（据单位名称）") for place in fair.places) + "（据单位名称推断）"}
    assert {"信阳市息县", "信阳市罗山县", "信阳市光山县"} <= set(next(iter(cells)).removesuffix("（据单位名称推断）").split("、"))
