"""Stored jobs keep the table's 职位代码 and 内设机构/科室 (``Job.position_code``, ``Job.department``;
migration 0017), so the checks of stored jobs (/api/job-checks) tell apart the posts ``jobmatch check-jobs``
tells apart in the file (2026-12-07: gkld's CLI 22 duplicates, the stored jobs' check 121)."""

from __future__ import annotations

import json

from sqlalchemy import inspect, text

from features.records import Job
from service.api.schemas.jobs import JobPublic
from service.cli import main
from service.importers import read_jobs, read_jobs_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory
from tests.test_api_import import upload
from tests.test_duplicate_post_keys import _record
from tests.test_job_work_type import api  # noqa: F401  (an API on an empty store)
from tests.test_storage import downgrade, empty_engine, upgrade_with_a_job_written_at  # noqa: F401

# P1/P2 differ in 职位代码 alone, P3/P4 in 内设机构名称 alone: four posts. P5 repeats P1 whole: a twin.
RECORDS = [_record(1, **{"data:职位代码": "0101"}), _record(2, **{"data:职位代码": "0102"}),
           _record(3, **{"other:内设机构名称": "急诊科"}), _record(4, **{"other:内设机构名称": "内科"}),
           _record(5, **{"data:职位代码": "0101"})]


def test_the_importer_keeps_the_position_code_and_department(tmp_path):
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(RECORDS), encoding="utf-8")
    jobs = {job.id: (job.position_code, job.department) for job in read_jobs(path).records}
    assert jobs == {"1": ("0101", None), "2": ("0102", None), "3": (None, "急诊科"), "4": (None, "内科"),
                    "5": ("0101", None)}


def test_a_job_shown_by_the_api_reads_back_with_its_code_and_department():
    shown = JobPublic.of(Job(id="R1", title="临床医师", position_code="0101", department="急诊科")).model_dump(mode="json")
    assert (shown["position_code"], shown["department"]) == ("0101", "急诊科")
    back = read_jobs_bytes(json.dumps([shown], ensure_ascii=False).encode(), "saved.json").records[0]
    assert (back.position_code, back.department) == ("0101", "急诊科")
    line = read_jobs_bytes((json.dumps(shown, ensure_ascii=False) + "\n").encode(), "saved.jsonl").records[0]
    assert (line.position_code, line.department) == ("0101", "急诊科")


def test_a_database_upgrades_to_0017_keeps_the_keys_and_goes_back(empty_engine):  # noqa: F811
    upgrade_with_a_job_written_at(empty_engine, "0016")
    factory = make_session_factory(empty_engine)
    with factory() as session:
        old = repo.get_jobs(session=session, job_ids=["J1"])["J1"]
        assert (old.position_code, old.department) == (None, None)  # written before: none stated
        repo.upsert_jobs(session=session, jobs=[Job(id="J2", title="临床医师", position_code="0101", department="急诊科")])
        session.commit()
        stored = repo.get_jobs(session=session, job_ids=["J2"])["J2"]
        assert (stored.position_code, stored.department) == ("0101", "急诊科")
    downgrade(empty_engine, "0016")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    assert not {"position_code", "department"} & columns and "work_type" in columns
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2


def _cli_duplicates(path, tmp_path) -> list[str]:
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2022-06-01", "--out", str(out)])
    return sorted(f["job_id"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "duplicate")


def test_stored_jobs_find_the_duplicates_the_cli_finds(api, tmp_path):  # noqa: F811
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(RECORDS), encoding="utf-8")
    report = upload(api, "/api/jobs/import", "officer", "jobs.jsonl", path.read_bytes()).json()
    assert report["created"] == 5 and report["skipped"] == []
    items = api.get("/api/job-checks", "officer", params={"check": "duplicate"}).json()["items"]
    assert sorted(item["job_id"] for item in items) == _cli_duplicates(path, tmp_path) == ["5"]


def test_a_job_posted_with_its_code_is_told_apart(api):  # noqa: F811
    base = {"title": "临床医师", "employer": "锡林郭勒盟医院", "location": "内蒙古自治区锡林郭勒盟锡林浩特市"}
    assert api.post("/api/jobs", "officer", json={"id": "A1", **base, "position_code": "0101"}).status_code == 201
    created = api.post("/api/jobs", "officer", json={"id": "A2", **base, "position_code": "0102", "department": "内科"})
    assert created.status_code == 201 and created.json()["department"] == "内科"
    items = api.get("/api/job-checks", "officer", params={"check": "duplicate"}).json()["items"]
    assert items == []
    assert api.patch("/api/jobs/A2", "officer", json={"position_code": "0101", "department": None}).status_code == 200
    items = api.get("/api/job-checks", "officer", params={"check": "duplicate"}).json()["items"]
    assert [item["job_id"] for item in items] == ["A2"]
