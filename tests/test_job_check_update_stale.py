"""信息更新已久: a job board's export saying when each posting was last updated (智联's 招聘信息更新时间, the Wuhan
list) is read by ``jobmatch check-jobs``; a post with no deadline last updated more than ``--stale-after-days``
(180) before the judging day is a 警告 naming the day and asking the officer to confirm with the employer. Before,
the Wuhan list of November 2024 checked on 2026-12-07 got no such finding: only an announcement's year was read."""

from __future__ import annotations

import datetime as dt
import json

from matching.closing_checks import dated_findings, updated_on
from matching.job_findings import Check, Severity
from service.cli import main

HEADER = "岗位编号,职位名称,用人单位,职位类别,工作地点,学历要求,招聘人数,薪资,职位描述,报名截止日期,招聘信息更新时间\n"


def _row(job_id: str, updated: str, deadline: str = "") -> str:
    return f"{job_id},会计{job_id},武汉启瑞药业,财务,湖北省武汉市武昌区,本科,1,5000-7000元/月,负责会计核算,{deadline},{updated}\n"


def _findings(tmp_path, rows: str, *extra: str, header: str = HEADER) -> list[dict]:
    path, out = tmp_path / "jobs.csv", tmp_path / "checks.json"
    path.write_text(header + rows, encoding="utf-8")
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out), *extra])
    return [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "update_stale"]


def test_a_post_updated_long_ago_is_a_warning_naming_the_day_and_what_to_do(tmp_path):
    rows = (_row("J1", "2026-01-05 11:06:13") + _row("J2", "2026-11-15 09:00:00") + _row("J3", "2026年10月1日")
            + _row("J4", "2025-03-01", deadline="2027-06-30"))
    found = _findings(tmp_path, rows)
    assert [(f["job_id"], f["row"], f["column"], f["severity"]) for f in found] == [("J1", 2, "招聘信息更新时间", "警告")]
    assert "2026-01-05" in found[0]["message"] and "请向单位核实岗位是否仍在招聘" in found[0]["message"]
    assert "336 天" in found[0]["message"]  # 2026-01-05 → 2026-12-07


def test_the_age_is_an_option(tmp_path):
    rows = "".join(_row(f"J{i}", day) for i, day in enumerate(["2026-01-05", "2026-11-15", "2026-10-01", "2026-11-30",
                                                                "2026-12-01"], start=1))
    assert not _findings(tmp_path, rows, "--stale-after-days", "400")
    assert sorted(f["job_id"] for f in _findings(tmp_path, rows, "--stale-after-days", "60")) == ["J1", "J3"]


def test_a_list_updated_long_ago_is_said_once_with_its_days(tmp_path):
    rows = _row("J1", "2024-11-15 11:06:13") + _row("J2", "2024-05-25") + _row("J3", "2024-10-01")
    found = _findings(tmp_path, rows)
    assert len(found) == 1 and found[0]["jobs"] == 3
    assert "2024-05-25 至 2024-11-15" in found[0]["message"] and "请向单位核实岗位是否仍在招聘" in found[0]["message"]


def test_a_file_without_an_update_column_gets_no_such_finding(tmp_path):
    header = HEADER.replace(",招聘信息更新时间", "")
    rows = "".join(r.rsplit(",", 1)[0] + "\n" for r in (_row("J1", "x"), _row("J2", "x")))
    assert _findings(tmp_path, rows, header=header) == []


def test_an_unreadable_update_time_is_not_guessed():
    assert updated_on("3天前") is None and updated_on("") is None
    assert updated_on("2024-11-15 11:06:13") == dt.date(2024, 11, 15) == updated_on("45611")  # an Excel serial day


def test_the_check_is_listed_in_the_help(capsys):
    try:
        main(["check-jobs", "--help"])
    except SystemExit:
        pass
    text = capsys.readouterr().out
    assert "信息更新已久" in text and "--stale-after-days" in text
    assert Check.UPDATE_STALE.severity is Severity.WARNING


def test_a_closed_post_is_not_asked_about_again():
    from features.records import Job

    job = Job(id="J1", title="会计", employer="某公司", apply_by=dt.date(2026, 1, 31))
    head, own = dated_findings([job], dt.date(2026, 12, 7), updated={"J1": "2025-01-01"})
    assert [f.check for f in head + own.get("J1", [])] == [Check.CLOSED]
