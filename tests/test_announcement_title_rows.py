"""A table's title row (「河南省2026年度统一考试录用公务员职位表（省辖市以下）」 above the header) is the
announcement, and so the season, of every post whose row names none; a note, 「附件1」 or the file's
name is not. A past season shared by the posts of one announcement is one job-check finding for
that announcement, its rows kept for the XLSX/JSON detail, and the summary still counts every row."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook

from features import announcements
from matching.job_checks import Check, check_jobs, with_closed
from service.importers import read_jobs_bytes
from service.job_check_report import place_findings, summary_rows, write_job_checks
from service.resources import load_major_catalog
from tests.factories import job

DAY = dt.date(2026, 12, 6)
HEADER = ["招录机关（单位）", "职位名称", "职位代码", "招录人数", "学历要求", "专业"]
TITLE = "某省2024年度统一考试录用公务员职位表（省直机关）"


def _xlsx(*top: list, header=HEADER, rows=None, merge: str | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in top:
        ws.append(row)
    ws.append(header)
    for values in rows or [["某县财政局", "科员", "1001", 1, "本科", "会计学"],
                           ["某县审计局", "科员", "1002", 1, "本科", "审计学"]]:
        ws.append(values)
    if merge:
        ws.merge_cells(merge)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("text", "title"), [
    ("河南省2026年度统一考试录用公务员职位表（省辖市以下）", "河南省2026年度统一考试录用公务员职位表（省辖市以下）"),
    ("某市2025年事业单位公开招聘工作人员岗位一览表", "某市2025年事业单位公开招聘工作人员岗位一览表"),
    ("某公司2025年校园招聘简章", "某公司2025年校园招聘简章"),
    ("  招考职位由各省辖市编报，由相关单位负责解释。", None),  # Henan's note row
    ("说明：1.学历要求中“及以上”含本级", None),
    ("注：报名时间等详见公告", None),
    ("附件1", None),
    ("报名信息表", None),  # a table, but not of posts
])
def test_a_title_names_a_table_of_posts_and_a_note_does_not(text, title):
    assert announcements.table_title(text) == title


def test_a_merged_title_row_is_the_announcement_and_season_of_every_post():
    data = _xlsx([TITLE], ["  招考职位由各招录机关编报，由招录机关负责解释。"], merge="A1:F1")
    result = read_jobs_bytes(data, "jobs.xlsx", strict=True)
    assert [(j.announcement, j.season_year) for j in result.records] == [(TITLE, 2024), (TITLE, 2024)]
    assert result.sources[0].headers["announcement"] == "表格标题（第 1 行）"


def test_a_row_naming_its_own_announcement_keeps_it_and_the_rest_take_the_title():
    rows = [["某县财政局", "科员", "1001", 1, "本科", "会计学", "某县2026年招聘公告"],
            ["某县审计局", "科员", "1002", 1, "本科", "审计学", None]]
    data = _xlsx([TITLE], header=[*HEADER, "公告名称"], rows=rows)
    records = read_jobs_bytes(data, "jobs.xlsx", strict=True).records
    assert [(j.announcement, j.season_year) for j in records] == [("某县2026年招聘公告", 2026), (TITLE, 2024)]


def test_a_csv_title_line_is_read_too():
    text = "某市2025年事业单位公开招聘工作人员岗位一览表,,,\n岗位编号,职位名称,用人单位,学历要求\nA1,会计,某市医院,本科\n"
    (record,) = read_jobs_bytes(text.encode("utf-8"), "jobs.csv", strict=True).records
    assert (record.announcement, record.season_year) == ("某市2025年事业单位公开招聘工作人员岗位一览表", 2025)


def test_notes_attachments_and_the_file_name_give_no_announcement():
    data = _xlsx(["附件1"], ["说明：学历要求中“及以上”含本级"], ["填表日期", "2024年3月1日"])
    records = read_jobs_bytes(data, "henan_2024.xlsx", strict=True).records
    assert [(j.announcement, j.season_year) for j in records] == [(None, None), (None, None)]


# --- job checks: one line per announcement ------------------------------------------------

OLD = "某地区2021年度事业单位公开招聘工作人员公告"


def _jobs():
    base = job("A1", "会计", employer="喀什商贸公司", education="本科及以上", majors="会计学", location="喀什市",
               description="账务处理")
    of_old = [replace(base, id=f"A{i}", announcement=OLD, season_year=2021) for i in range(1, 4)]
    dated = replace(base, id="A4", announcement=OLD, season_year=2021, apply_by=dt.date(2027, 1, 31))
    alone = replace(base, id="B1", announcement="某县2021年招聘公告", season_year=2021)
    stale = [replace(base, id=f"C{i}", announcement="某县2025年度招聘简章", season_year=2025) for i in range(1, 3)]
    return [*of_old, dated, alone, *stale]


def test_a_past_season_shared_by_an_announcement_is_one_finding_with_its_jobs():
    jobs = _jobs()
    report = check_jobs(jobs, catalog=load_major_catalog(), today=DAY)
    found = [f for f in report.findings if f.check is Check.SEASON_PAST]
    assert [(f.job_id, f.jobs, f.job_ids) for f in found] == [
        (None, 3, ("A1", "A2", "A3")), (None, 2, ("C1", "C2")), ("B1", 1, ())]
    assert found[0].message == (f"招聘公告「{OLD}」（2021年度）：4 个岗位中的 3 个未注明报名截止日期，报名早已结束，"
                                "已不再推荐给毕业生：请整批下架，或填写本期的报名截止日期")
    assert found[1].message.startswith("招聘公告「某县2025年度招聘简章」（2025年度）：2 个岗位未注明报名截止日期，报名可能已经结束")
    assert report.affected()[Check.SEASON_PAST] == 6
    kept = check_jobs(jobs, catalog=load_major_catalog())
    assert with_closed(kept, jobs, DAY) == report
    # A job's own page checks it alone: its finding stays its own.
    (alone,) = [f for f in check_jobs(jobs[:1], catalog=load_major_catalog(), today=DAY).findings
                if f.check is Check.SEASON_PAST]
    assert alone.job_id == "A1"


def test_the_file_report_counts_every_row_and_lists_them_in_xlsx_and_json(tmp_path):
    rows = [["某县财政局", f"会计{i}", f"10{i}", 1, "本科", "会计学"] for i in range(1, 4)]
    result = read_jobs_bytes(_xlsx([TITLE], rows=rows), "jobs.xlsx", strict=True)
    report = check_jobs(result.records, catalog=load_major_catalog(), today=DAY)
    placed = place_findings(report, result.records, result.sources)
    (season,) = [f for f in placed if f.check is Check.SEASON_PAST]
    assert (season.row, season.column, season.jobs) == (None, "表格标题（第 1 行）", 3)
    assert [(c.row, c.job_id) for c in season.covered] == [(3, "101"), (4, "102"), (5, "103")]
    summary = summary_rows(placed, 3)
    assert [r["行数"] for r in summary if r["代码"] == "season_past"] == [3]
    write_job_checks(tmp_path / "c.xlsx", placed, summary, file="jobs.xlsx", jobs=3)
    sheet = load_workbook(tmp_path / "c.xlsx")["按公告汇总的岗位"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["行", "岗位编号", "岗位名称", "用人单位", "招聘公告", "年度", "检查项"],
        *([n, f"10{n - 2}", f"会计{n - 2}", "某县财政局", TITLE, 2024, "招聘公告为往年度"] for n in (3, 4, 5))]
    write_job_checks(tmp_path / "c.json", placed, summary, file="jobs.xlsx", jobs=3)
    (entry,) = [f for f in json.loads((tmp_path / "c.json").read_text("utf-8"))["findings"] if f["check"] == "season_past"]
    assert [c["row"] for c in entry["covered"]] == [3, 4, 5]
