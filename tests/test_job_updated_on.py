"""Stored jobs keep the day the job board last updated the posting (招聘信息更新时间: ``Job.updated_on``;
migration 0020), so the check of stored jobs (/api/job-checks, the /job-checks page) reports 信息更新已久 as
``jobmatch check-jobs`` does on the file, with the same threshold (``stale_after_days``, the CLI's
``--stale-after-days``). Before, it never did: Wuhan's table imported, the API reported none of the CLI's 706.
And a 疑似重复岗位 no longer names the update time among the columns two posts differ in."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import inspect, text

from features.records import Job
from service.api.schemas.jobs import JobPublic
from service.cli import main
from service.duplicate_columns import columns_note, pair_note
from service.importers import read_jobs, read_jobs_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import running_api
from tests.test_api_import import upload
from tests.test_job_check_update_stale import HEADER, _row
from tests.test_storage import downgrade, empty_engine, upgrade_with_a_job_written_at  # noqa: F401

DAY = dt.date(2026, 12, 7)
#: J1 updated 336 days before ``DAY``, J3 67, the others within a week; the CLI's own test rows.
ROWS = "".join(_row(f"J{i}", day) for i, day in enumerate(["2026-01-05 11:06:13", "2026-11-15", "2026年10月1日",
                                                            "2026-11-30", "2026-12-01"], start=1))


@pytest.fixture
def api(tmp_path):
    """An API on an empty store, judging on ``DAY``."""
    with running_api(tmp_path, jobs=[], graduates=[], clock=lambda: DAY) as api:
        yield api


def test_the_importer_keeps_the_update_day(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + ROWS + _row("J6", "3天前"), encoding="utf-8")
    days = {job.id: job.updated_on for job in read_jobs(path).records}
    assert days == {"J1": dt.date(2026, 1, 5), "J2": dt.date(2026, 11, 15), "J3": dt.date(2026, 10, 1),
                    "J4": dt.date(2026, 11, 30), "J5": dt.date(2026, 12, 1), "J6": None}  # a relative day: not guessed


def test_a_job_shown_by_the_api_reads_back_with_its_update_day():
    shown = JobPublic.of(Job(id="R1", title="会计", updated_on=dt.date(2024, 11, 15))).model_dump(mode="json")
    assert shown["updated_on"] == "2024-11-15"
    back = read_jobs_bytes(json.dumps([shown], ensure_ascii=False).encode(), "saved.json").records[0]
    assert back.updated_on == dt.date(2024, 11, 15)


def test_a_database_upgrades_to_0020_keeps_the_day_and_goes_back(empty_engine):  # noqa: F811
    upgrade_with_a_job_written_at(empty_engine, "0019_job_degree_matching")
    factory = make_session_factory(empty_engine)
    with factory() as session:
        assert repo.get_jobs(session=session, job_ids=["J1"])["J1"].updated_on is None  # written before: none stated
        repo.upsert_jobs(session=session, jobs=[Job(id="J2", title="会计", updated_on=dt.date(2024, 11, 15))])
        session.commit()
        assert repo.get_jobs(session=session, job_ids=["J2"])["J2"].updated_on == dt.date(2024, 11, 15)
    downgrade(empty_engine, "0019_job_degree_matching")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    assert "updated_on" not in columns and "degree_matching" in columns
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2
    upgrade(empty_engine)
    assert "updated_on" in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}


def _cli_stale(path, tmp_path, *extra: str) -> list[str]:
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", DAY.isoformat(), "--out", str(out), *extra])
    return sorted(f["job_id"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]
                  if f["check"] == "update_stale")


def _api_stale(api, **params) -> list[dict]:
    response = api.get("/api/job-checks", "officer", params={"check": "update_stale", **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_stored_jobs_are_asked_about_as_the_cli_asks_about_the_file(api, tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    assert upload(api, "/api/jobs/import", "officer", "jobs.csv", path.read_bytes()).json()["created"] == 5
    [found] = _api_stale(api)
    assert (found["job_id"], found["field"], found["severity"]) == ("J1", "updated", "警告")
    assert "2026-01-05" in found["message"] and "336 天" in found["message"]
    assert [found["job_id"]] == _cli_stale(path, tmp_path)
    # The threshold is the CLI's --stale-after-days.
    assert sorted(f["job_id"] for f in _api_stale(api, stale_after_days=60)) == _cli_stale(
        path, tmp_path, "--stale-after-days", "60") == ["J1", "J3"]
    assert _api_stale(api, stale_after_days=400) == [] == _cli_stale(path, tmp_path, "--stale-after-days", "400")
    assert [f["job_id"] for f in _api_stale(api)] == ["J1"]  # the default again, not the last one asked
    summary = api.get("/api/job-checks", "officer").json()["summary"]
    assert [row["jobs"] for row in summary if row["check"] == "update_stale"] == [1]
    refused = api.get("/api/job-checks", "officer", params={"stale_after_days": 0})
    assert refused.status_code == 422 and "stale_after_days" in refused.json()["detail"]


def test_the_page_reports_it_too(api, tmp_path):
    from tests.test_api_pages import login

    upload(api, "/api/jobs/import", "officer", "jobs.csv", (HEADER + ROWS).encode())
    login(api, "officer")
    page = api.client.get("/job-checks", params={"check": "update_stale"}).text
    assert "信息更新已久" in page and "2026-01-05" in page and "/job/J1" in page
    assert "/job/J3" in api.client.get("/job-checks", params={"check": "update_stale", "stale_after_days": 60}).text


def test_the_api_takes_the_update_day_and_refuses_one_that_is_no_day(api):
    post = {"id": "U1", "title": "会计", "employer": "武汉启瑞药业", "updated_on": "2026-01-05"}
    created = api.post("/api/jobs", "officer", json=post)
    assert created.status_code == 201 and created.json()["updated_on"] == "2026-01-05"
    assert [f["job_id"] for f in _api_stale(api)] == ["U1"]
    # A change of another field keeps it; a day sent anew replaces it.
    assert api.patch("/api/jobs/U1", "officer", json={"title": "会计主管"}).json()["updated_on"] == "2026-01-05"
    assert api.patch("/api/jobs/U1", "officer", json={"updated_on": "2026-12-01"}).json()["updated_on"] == "2026-12-01"
    assert _api_stale(api) == []
    wrong = api.post("/api/jobs", "officer", json={**post, "id": "U2", "updated_on": "2026年13月"})
    assert wrong.status_code == 422 and "字段「招聘信息更新时间」（updated_on）" in wrong.json()["detail"]
    assert api.post("/api/jobs", "officer", json={**post, "id": "U3", "updated_on": 45611}).status_code == 422


def test_a_duplicate_does_not_name_the_update_time_as_a_difference():
    own = {"岗位名称": "产品经理", "招聘信息更新时间": "2024-11-13 01:35:09", "岗位标签": "软件产品"}
    assert pair_note(own, own | {"招聘信息更新时间": "2024-11-15 01:34:07"}) == "原表中本行与该岗位除编号外各列都相同"
    note = pair_note(own, own | {"招聘信息更新时间": "2024-11-15", "岗位标签": "交通行业"})
    assert note == "原表中本行与该岗位在「岗位标签」列不同（岗位标签：本行「软件产品」，该岗位「交通行业」）"
    assert columns_note(["岗位标签"], ["企业标签", "招聘信息更新时间"]) == (
        "原表中不同的列「岗位标签」；其余未读入的列「企业标签」也可能写有区别")


def test_a_row_repeated_with_a_later_update_time_is_read_once_not_refused(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + _row("J1", "2026-01-05") + _row("J1", "2026-11-30"), encoding="utf-8")
    result = read_jobs(path)
    assert [(job.id, job.updated_on) for job in result.records] == [("J1", dt.date(2026, 11, 30))]  # the later day
    assert result.skipped == [] and [r.differs for r in result.repeated] == [("招聘信息更新时间",)]
