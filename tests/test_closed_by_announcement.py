"""报名已截止 said once for an announcement: a deadline gone by that most posts of one announcement
(or of a table naming none) share is one job-check finding for it, as a past season is, its rows
kept for the XLSX sheet 按公告汇总的岗位 and the JSON ``covered``; a post alone, or a deadline on
half or fewer of an announcement's posts, keeps its own line; the summary still counts rows."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace

from openpyxl import Workbook, load_workbook

from matching.job_checks import Check, check_jobs, with_closed
from service.cli import main
from service.resources import load_major_catalog
from tests.factories import job

DAY = dt.date(2026, 12, 6)
GONE = dt.date(2026, 12, 1)
NOTICE = "某县2026年事业单位公开招聘工作人员公告"
BASE = job("A1", "会计", employer="喀什商贸公司", education="本科及以上", majors="会计学", location="喀什市",
           description="账务处理")


def _closed(jobs, today=DAY):
    report = check_jobs(jobs, catalog=load_major_catalog(), today=today)
    return report, [f for f in report.findings if f.check is Check.CLOSED]


def _jobs():
    of_notice = [replace(BASE, id=f"A{i}", announcement=NOTICE, apply_by=GONE) for i in range(1, 4)]
    still_open = replace(BASE, id="A4", announcement=NOTICE, apply_by=dt.date(2026, 12, 31))
    alone = replace(BASE, id="B1", announcement="某县2026年招聘简章", apply_by=GONE)
    untitled = [replace(BASE, id=f"C{i}", apply_by=dt.date(2026, 11, 30)) for i in range(1, 3)]
    return [*of_notice, still_open, alone, *untitled]


def test_a_deadline_shared_by_an_announcement_is_one_finding_with_its_jobs():
    jobs = _jobs()
    report, found = _closed(jobs)
    assert [(f.job_id, f.jobs, f.job_ids) for f in found] == [
        (None, 3, ("A1", "A2", "A3")), (None, 2, ("C1", "C2")), ("B1", 1, ())]
    assert found[0].message == (f"招聘公告「{NOTICE}」：4 个岗位中的 3 个报名已截止（2026-12-01），已不再推荐给毕业生："
                                "请整批下架或更新截止日期")
    assert found[1].message == ("未注明招聘公告的岗位：2 个岗位报名已截止（2026-11-30），已不再推荐给毕业生："
                                "请整批下架或更新截止日期")
    assert found[2].message == "报名已截止（2026-12-01）：请下架或更新截止日期"
    assert (found[0].field, found[0].value) == ("apply_by", "2026-12-01")
    assert report.affected()[Check.CLOSED] == 6
    # A report kept across days and given the day reads the same; so does the day before (nothing closed).
    kept = check_jobs(jobs, catalog=load_major_catalog())
    assert with_closed(kept, jobs, DAY) == report
    assert with_closed(kept, jobs, dt.date(2026, 11, 29)) == kept
    # A job's own page checks it alone: its finding stays its own.
    (alone,) = _closed(jobs[:1])[1]
    assert alone.job_id == "A1"


def test_a_deadline_on_most_of_an_announcements_posts_is_one_line_on_half_or_fewer_one_a_post():
    most = [replace(BASE, id=f"M{i}", announcement=NOTICE, apply_by=GONE if i <= 3 else dt.date(2026, 12, 2))
            for i in range(1, 5)]
    assert [(f.job_id, f.jobs) for f in _closed(most)[1]] == [(None, 3), ("M4", 1)]
    half = [replace(BASE, id=f"H{i}", announcement=NOTICE, apply_by=GONE if i <= 2 else dt.date(2026, 12, 31))
            for i in range(1, 5)]
    assert [(f.job_id, f.jobs) for f in _closed(half)[1]] == [("H1", 1), ("H2", 1)]
    # Two deadlines gone by, neither on most posts: each post keeps its line (no mixed-date line).
    split = [replace(BASE, id=f"S{i}", announcement=NOTICE, apply_by=GONE if i <= 2 else dt.date(2026, 12, 2))
             for i in range(1, 5)]
    assert [f.job_id for f in _closed(split)[1]] == ["S1", "S2", "S3", "S4"]


def _table(tmp_path, rows: int = 3):
    wb = Workbook()
    ws = wb.active
    ws.append([NOTICE])
    ws.append(["岗位编号", "职位名称", "用人单位", "工作地点", "学历要求", "专业要求", "招聘人数", "职位类别", "报名截止日期"])
    for i in range(1, rows + 1):
        ws.append([f"D{i}", f"会计{i}", "喀什商贸公司", "喀什市", "本科及以上", "会计学", 1, "会计", "2026年12月1日"])
    out = io.BytesIO()
    wb.save(out)
    path = tmp_path / "jobs.xlsx"
    path.write_bytes(out.getvalue())
    return path


def test_check_jobs_says_a_tables_deadline_once_and_lists_its_rows_in_xlsx_and_json(tmp_path, capsys):
    path = _table(tmp_path)
    assert main(["check-jobs", "--jobs", str(path), "--on", DAY.isoformat(), "--out", str(tmp_path / "c.json")]) == 0
    body = json.loads((tmp_path / "c.json").read_text("utf-8"))
    (entry,) = [f for f in body["findings"] if f["check"] == "closed"]
    assert (entry["row"], entry["column"], entry["jobs"], entry["job_id"]) == (None, "报名截止日期", 3, None)
    assert entry["message"].startswith(f"招聘公告「{NOTICE}」：3 个岗位报名已截止（2026-12-01）")
    assert [(c["row"], c["job_id"]) for c in entry["covered"]] == [(3, "D1"), (4, "D2"), (5, "D3")]
    assert [r["行数"] for r in body["summary"] if r["代码"] == "closed"] == [3]  # the summary counts rows
    assert main(["check-jobs", "--jobs", str(path), "--on", DAY.isoformat(), "--out", str(tmp_path / "c.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "c.xlsx")["按公告汇总的岗位"]
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["行", "岗位编号", "岗位名称", "用人单位", "招聘公告", "年度", "报名截止日期", "检查项"],
        *([n, f"D{n - 2}", f"会计{n - 2}", "喀什商贸公司", NOTICE, 2026, "2026-12-01", "报名已截止"] for n in (3, 4, 5))]
    # The day of the deadline the posts are open: nothing to say.
    assert main(["check-jobs", "--jobs", str(path), "--on", "2026-12-01", "--out", str(tmp_path / "d.json")]) == 0
    assert not [f for f in json.loads((tmp_path / "d.json").read_text("utf-8"))["findings"] if f["check"] == "closed"]
