"""The shared importer and the stored-jobs check's cache: a row's cells are gathered once (the job's post keys
and update time and the row's ``RecordSource`` share them); the update day that makes two rows one refreshed post
is the importer's per-kind setting (``import_records(updated_field=…)``), not a field name the shared code
guesses; the report of the stored jobs is kept per (day, ``stale_after_days``), so a page and an API client
asking two thresholds in turn are both answered from the cache."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

import service.api.job_check_results as job_check_results
import service.record_sources as record_sources
from service.import_rows import import_records
from service.import_tables import read_table_file
from service.importers import read_jobs
from service.record_sources import row_updated
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_job_check_update_stale import HEADER, _row

# --- a row's cells, gathered once ---------------------------------------------------------------


def test_each_rows_cells_are_gathered_once(tmp_path, monkeypatch):
    gathered = []
    original = record_sources.row_cells
    monkeypatch.setattr(record_sources, "row_cells", lambda row: gathered.append(row.number) or original(row),
                        raising=False)
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER.replace("招聘信息更新时间", "招聘信息更新时间,职位代码").replace("\n", "") + "\n"
                    + "".join(_row(f"J{n}", "2026-11-30").replace("\n", f",0{n}\n") for n in range(1, 4)),
                    encoding="utf-8")
    result = read_jobs(path)
    # Each of the three rows once (before: three times a row, by its post keys, its update time and its source).
    assert gathered == [2, 3, 4]
    assert [(job.position_code, job.updated_on) for job in result.records] == [
        (f"0{n}", dt.date(2026, 11, 30)) for n in range(1, 4)]
    assert [dict(source.cells)["职位代码"] for source in result.sources] == ["01", "02", "03"]
    assert [source.texts["updated"] for source in result.sources] == ["2026-11-30"] * 3


# --- the update day of a kind, said by the kind ---------------------------------------------------


@dataclass(frozen=True)
class _Posting:
    """A kind other than ``Job`` whose records state when they were refreshed under a name of their own."""

    id: str
    title: str
    refreshed_on: str | None


def _postings(tmp_path, **kind) -> tuple[list[_Posting], list[str]]:
    data = (HEADER + _row("P1", "2026-01-05") + _row("P1", "2026-11-30")).encode("utf-8")
    raw = read_table_file(data, str(tmp_path / "postings.csv"), "jobs")

    def build(row, catalog):
        return _Posting(row.required("id", "编号"), row.required("title", "名称"), row_updated(row))

    result = import_records(raw, build, strict=False, catalog=None, what="编号", **kind)
    return result.records, [error.describe() for error in result.skipped]


def test_a_kind_names_the_field_that_makes_two_rows_one_refreshed_post(tmp_path):
    records, skipped = _postings(tmp_path, updated_field="refreshed_on")
    assert records == [_Posting("P1", "会计P1", "2026-11-30")] and skipped == []  # the later day kept


def test_a_kind_naming_no_update_field_refuses_a_repeat_that_differs(tmp_path):
    records, skipped = _postings(tmp_path)
    assert records == [_Posting("P1", "会计P1", "2026-01-05")]
    assert len(skipped) == 1 and "编号「P1」与第 2 行重复" in skipped[0]


# --- the stored jobs' report per (day, stale_after_days) -------------------------------------------


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=JOBS, clock=lambda: dt.date(2026, 12, 7))
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


@pytest.fixture
def dated(monkeypatch):
    """The thresholds each report on a day was made for (``with_closed``), in order."""
    made = []
    original = job_check_results.with_closed

    def counting(report, jobs, day, *, stale_after):
        made.append(stale_after)
        return original(report, jobs, day, stale_after=stale_after)

    monkeypatch.setattr(job_check_results, "with_closed", counting)
    return made


def test_two_thresholds_asked_in_turn_are_both_answered_from_the_cache(api, dated):
    bodies = {}
    for days in (180, 60, 180, 60, 180):
        response = api.get("/api/job-checks", "officer", params={"stale_after_days": days})
        assert response.status_code == 200, response.text
        assert bodies.setdefault(days, response.json()) == response.json()
    assert dated == [180, 60]  # before: made again at each change of threshold, five times


def test_the_cache_keeps_a_bounded_number_of_reports(api, dated):
    bound = job_check_results.DATED_REPORTS
    for days in [*range(1, bound + 2), bound + 1, 1]:
        assert api.get("/api/job-checks", "officer", params={"stale_after_days": days}).status_code == 200
    # The newest is served again; the oldest, dropped when one past the bound came, is made again.
    assert dated == [*range(1, bound + 2), 1]


def test_a_change_to_the_jobs_renews_every_kept_report(api, dated):
    for days in (180, 60):
        api.get("/api/job-checks", "officer", params={"stale_after_days": days})
    assert api.client.delete(f"/api/jobs/{JOBS[0].id}", headers=api.headers("officer")).status_code == 204
    for days in (180, 60):
        body = api.get("/api/job-checks", "officer", params={"stale_after_days": days}).json()
        assert body["jobs_checked"] == len(JOBS) - 1
    assert dated == [180, 60, 180, 60]
