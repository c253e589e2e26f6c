"""The organiser's CSV and XLSX carry each fair's 地点 and 移入单位所在地 (``Fair.places``,
``Fair.moved_places``), the columns the plan's note names (review: the note said 「「地点」只列…，移入单位的所在地
另列为「移入单位所在地」」 while the files had one 工作地点 per post and neither column)."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, FairPlan, FairPosition
from matching.verdict import Status
from service import fair_report
from service.output import write_fairs

NOTE = "1 场招聘会有从同主题其他场移入的单位：「地点」只列按地点排入本场的单位所在地，移入单位的所在地另列为「移入单位所在地」"


def _plan() -> FairPlan:
    posts = (FairPosition("P1", "科员", "三门峡市财政局", "河南省三门峡市", 1, "属党政机关系统", 1),
             FairPosition("P2", "科员", "信阳市审计局", "河南省信阳市", 1, "属党政机关系统", 1),
             FairPosition("P3", "科员", "林州市人民政府办公室", "河南省安阳市林州市", 1, "属党政机关系统；移到本场", 1))
    moved = Fair(FairBy.INDUSTRY, "gov-1", "党政机关", "党政机关专场（之一）", 1, 2,
                 ("三门峡市财政局", "信阳市审计局", "林州市人民政府办公室"), ("河南省三门峡市", "河南省信阳市"), posts,
                 (FairGraduate("G1", ("P1", "P2", "P3"), Status.ELIGIBLE, "可报考"),),
                 moved_places=("河南省安阳市林州市",))
    plain = Fair(FairBy.INDUSTRY, "gov-2", "党政机关", "党政机关专场（之二）", 2, 2, ("郑州市民政局",), ("河南省郑州市",),
                 (FairPosition("Q1", "科员", "郑州市民政局", "河南省郑州市", 1, "属党政机关系统", 1),),
                 (FairGraduate("G2", ("Q1",), Status.ELIGIBLE, "可报考"),))
    return FairPlan(by=FairBy.INDUSTRY, limits=FairLimits(), fairs=(moved, plain), dropped=(), notes=(NOTE,),
                    unthemed_positions=(), positions_total=4, graduates_total=2)


def _check(header, rows):
    place, moved = header.index("地点"), header.index("移入单位所在地")
    assert header[:16] == list(fair_report.HEADERS_ZH[:16])  # the columns readers used keep their places
    fair_rows = [r for r in rows if r[3] in ("岗位", "毕业生")]
    assert len(fair_rows) == 6
    for r in fair_rows:
        if r[1] == "党政机关专场（之一）":
            assert (r[place], r[moved]) == ("河南省三门峡市、河南省信阳市", "河南省安阳市林州市")
        else:
            assert (r[place], r[moved] or "") == ("河南省郑州市", "")
    notes = [r for r in rows if r[3] == "说明"]
    assert all((r[place] or "") == "" and (r[moved] or "") == "" for r in notes)


def test_the_csv_has_each_fairs_places_and_moved_places_on_its_rows(tmp_path):
    write_fairs(tmp_path / "f.csv", _plan(), {})
    header, *rows = list(csv.reader(io.StringIO((tmp_path / "f.csv").read_text(encoding="utf-8-sig"))))
    _check(header, rows)
    assert any(NOTE in r for r in rows)


def test_the_xlsx_reads_back_with_the_same_columns(tmp_path):
    write_fairs(tmp_path / "f.xlsx", _plan(), {})
    book = load_workbook(tmp_path / "f.xlsx", read_only=True)
    header, *rows = [list(r) for r in book["招聘会"].iter_rows(values_only=True)]
    _check(header, [[v if v is not None else "" for v in r] for r in rows])
    assert [r[0] for r in book["说明"].iter_rows(values_only=True)][-1] == NOTE
