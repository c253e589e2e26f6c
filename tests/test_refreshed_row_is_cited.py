"""A row repeated with a later 招聘信息更新时间 replaces the first (``service.import_rows._latest_update``); its
source did not: 信息更新已久 then named the later row's day at the first row's number. The kept record is
the later row's, so its findings cite that row."""

from __future__ import annotations

import json

from service.cli import main
from service.importers import read_jobs
from tests.test_job_check_update_stale import HEADER, _row


def test_the_later_row_is_the_source_of_the_record_it_replaced(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + _row("J1", "2025-01-05") + _row("J2", "2025-02-01") + _row("J1", "2026-03-01"),
                    encoding="utf-8")
    result = read_jobs(path)
    assert [(job.id, source.row, source.texts.get("updated")) for job, source in zip(result.records, result.sources)] \
        == [("J1", 4, "2026-03-01"), ("J2", 3, "2025-02-01")]


def test_the_stale_update_day_is_cited_at_the_row_that_states_it(tmp_path):
    path, out = tmp_path / "jobs.csv", tmp_path / "checks.json"
    path.write_text(HEADER + _row("J1", "2025-01-05") + _row("J1", "2026-03-01"), encoding="utf-8")
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-07", "--out", str(out)])
    found = json.loads(out.read_text(encoding="utf-8"))["findings"]
    [stale] = [f for f in found if f["check"] == "update_stale"]
    assert "2026-03-01" in stale["message"] and stale["row"] == 3 and stale["column"] == "招聘信息更新时间"
    [repeat] = [f for f in found if f["check"] == "row_repeated"]
    assert repeat["row"] == 3


def test_a_repeat_with_an_earlier_day_leaves_the_first_row_cited(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + _row("J1", "2026-03-01") + _row("J1", "2025-01-05"), encoding="utf-8")
    [source] = read_jobs(path).sources
    assert (source.row, source.texts.get("updated")) == (2, "2026-03-01")
