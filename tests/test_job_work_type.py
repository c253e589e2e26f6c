"""A post's 工作类型 (``Job.work_type``: 全职, 兼职/临时, 实习) is kept with the job: read by the importer,
stored (migration 0016 on SQLite and PostgreSQL), in the job API and its JSON read back, and read by the
checks of stored jobs as ``jobmatch check-jobs`` reads the file's column (2026-12-07 review: on Wuhan 2024
the /job-checks page showed 17 非全职岗位, the CLI 20, only 6 in both)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from features.records import Job
from service.api.schemas.jobs import JobPublic
from service.cli import main
from service.importers import read_jobs, read_jobs_bytes
from service.storage import repository as repo
from service.storage.db import make_session_factory
from tests.test_api_fixtures import Api, start_api
from tests.test_api_import import upload
from tests.test_storage import downgrade, empty_engine, upgrade_with_a_job_written_at  # noqa: F401

# Wuhan's kinds: the 工作类型 cell alone says part-time (W1) or intern (W2); a title saying 实习 on a
# post the cell calls 全职 (W3) is full-time by the cell; with the cell empty the title speaks (W4).
TABLE = ("岗位编号,岗位名称,工作类型,企业名称,岗位分类,城市,学历,招募人数,薪资,工作简介\n"
         "W1,医护文案编辑,兼职/临时,某传媒有限公司,医学编辑,武汉 硚口,大专,1,600-1200元/周,写医学护理类文案\n"
         "W2,财务助理,实习,某会计师事务所,财务,武汉 洪山,本科,2,3千-4千,协助记账\n"
         "W3,管培生（实习转正）,全职,某科技有限公司,管理,武汉 洪山,本科,2,6千-8千,轮岗培养\n"
         "W4,新媒体运营实习生,,某传媒有限公司,新媒体,武汉 洪山,本科,2,5千-8千,运营公众号\n"
         "W5,会计,全职,某会计师事务所,财务,武汉 洪山,本科,1,5千-8千,负责会计核算\n")


def test_the_importer_keeps_the_work_type_and_an_empty_cell_stays_none(tmp_path):
    path = tmp_path / "jobs.csv"
    path.write_text(TABLE, encoding="utf-8")
    jobs = {job.id: job.work_type for job in read_jobs(path).records}
    assert jobs == {"W1": "兼职/临时", "W2": "实习", "W3": "全职", "W4": None, "W5": "全职"}


def test_a_job_shown_by_the_api_reads_back_with_its_work_type():
    shown = JobPublic.of(Job(id="R1", title="医护文案编辑", work_type="兼职/临时")).model_dump(mode="json")
    assert shown["work_type"] == "兼职/临时"
    back = read_jobs_bytes(json.dumps([shown], ensure_ascii=False).encode(), "saved.json").records[0]
    assert back.work_type == "兼职/临时" and not any(name == "work_type" for name, _ in back.conditions)


def test_a_database_upgrades_to_0016_keeps_the_work_type_and_goes_back(empty_engine):  # noqa: F811
    upgrade_with_a_job_written_at(empty_engine, "0015")
    factory = make_session_factory(empty_engine)
    with factory() as session:
        assert repo.get_jobs(session=session, job_ids=["J1"])["J1"].work_type is None  # written before: none stated
        repo.upsert_jobs(session=session, jobs=[Job(id="J2", title="文案编辑", work_type="兼职/临时")])
        session.commit()
        assert repo.get_jobs(session=session, job_ids=["J2"])["J2"].work_type == "兼职/临时"
    downgrade(empty_engine, "0015")
    assert "work_type" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[], graduates=[])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_stored_jobs_find_the_part_time_posts_the_cli_finds(api, tmp_path):
    report = upload(api, "/api/jobs/import", "officer", "jobs.csv", TABLE.encode()).json()
    assert report["created"] == 5 and report["skipped"] == []
    assert api.get("/api/jobs/W1", "officer").json()["work_type"] == "兼职/临时"
    items = api.get("/api/job-checks", "officer", params={"check": "not_full_time"}).json()["items"]
    page = {item["job_id"]: item["message"] for item in items}
    path = tmp_path / "jobs.csv"
    path.write_text(TABLE, encoding="utf-8")
    out = tmp_path / "checks.json"
    main(["check-jobs", "--jobs", str(path), "--on", "2026-12-06", "--out", str(out)])
    cli = {f["job_id"]: f["message"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]
           if f["check"] == "not_full_time"}
    assert sorted(page) == sorted(cli) == ["W1", "W2", "W4"]
    assert page == cli
    assert page["W1"].startswith("工作类型为「兼职/临时」")
