"""A headcount of 「若干」 (stated: the number is not fixed) stays apart from an empty cell (not
stated) once stored: ``/api/jobs`` and the pages say 「若干」, and job checks on the stored jobs
agree with the checks on the file they came from (only the empty cell is 未注明招聘人数);
migration 0007 upgrades a database holding jobs."""

from __future__ import annotations

import re

from sqlalchemy import inspect, text

from features.records import Job
from matching.job_checks import check_jobs
from service.importers import read_jobs_bytes
from service.resources import load_major_catalog
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_pages import login
from tests.test_storage import empty_engine  # noqa: F401

CSV = (
    "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,招聘人数,薪资,职位描述\n"
    "H1,数据分析师,喀什数据公司,喀什市,本科及以上,统计学,若干,5000-7000元/月,数据分析与报表\n"
    "H2,仓库管理员,喀什物流公司,喀什市,大专及以上,,,4000-5000元/月,仓储管理\n"
    "H3,出纳,喀什商贸公司,喀什市,大专及以上,会计学,3人,4000-5000元/月,现金与票据\n"
    "H4,收银员,喀什超市,喀什市,大专及以上,,招聘不限,3500-4500元/月,收银\n"
    # A placeholder for an unfilled cell, not an answer: not stated, like H2.
    "H5,理货员,喀什物流公司,喀什市,大专及以上,,—,3500-4500元/月,理货\n"
).encode("utf-8")


def imported(api) -> dict:
    response = api.post("/api/jobs/import", "officer", files={"file": ("jobs.csv", CSV)})
    assert response.status_code == 200 and response.json()["created"] == 5, response.text
    return {j["id"]: j for j in api.get("/api/jobs", "officer", params={"limit": 500}).json()["items"]}


def test_the_api_tells_ruogan_from_not_stated(api):
    jobs = imported(api)
    assert {i: jobs[i]["headcount"] for i in ("H1", "H2", "H3", "H4", "H5")} == {
        "H1": "若干", "H2": None, "H3": 3, "H4": "若干", "H5": None}
    assert api.get("/api/jobs/H1", "officer").json()["headcount"] == "若干"


def test_stored_jobs_are_checked_as_the_file_was(api):
    imported(api)
    stored = api.get("/api/job-checks", "officer", params={"check": "headcount_missing"}).json()
    assert [f["job_id"] for f in stored["items"]] == ["H2", "H5"]
    result = read_jobs_bytes(CSV, "jobs.csv", catalog=load_major_catalog())
    texts = {job.id: source.texts for job, source in zip(result.records, result.sources, strict=True)}
    from_file = check_jobs(result.records, catalog=load_major_catalog(), texts=texts).findings
    assert [f.job_id for f in from_file if f.check.value == "headcount_missing"] == ["H2", "H5"]
    # Checked on its own (its page), the stored 「若干」 job has no headcount finding either.
    with api.app.state.session_factory() as session:
        (job,) = repo.get_jobs(session=session, job_ids=["H1"]).values()
    assert job.headcount is None and job.headcount_open
    assert not [f for f in check_jobs([job], catalog=load_major_catalog()).findings if f.field == "headcount"]


def test_ruogan_is_written_and_changed_through_the_api(api):
    created = api.post("/api/jobs", "officer", json={"id": "H9", "title": "保洁员", "headcount": "若干"})
    assert created.status_code == 201 and created.json()["headcount"] == "若干", created.text
    # A change of another field keeps it; a number replaces it; null clears it to 未注明.
    assert api.patch("/api/jobs/H9", "officer", json={"title": "保洁主管"}).json()["headcount"] == "若干"
    assert api.patch("/api/jobs/H9", "officer", json={"headcount": 4}).json()["headcount"] == 4
    assert api.patch("/api/jobs/H9", "officer", json={"headcount": "若干"}).json()["headcount"] == "若干"
    assert api.patch("/api/jobs/H9", "officer", json={"headcount": None}).json()["headcount"] is None
    assert_problem(api.patch("/api/jobs/H9", "officer", json={"headcount": "几个"}), 422, "字段「招聘人数」（headcount）：应为整数，收到 \"几个\"（人数不定请写「若干」）")
    assert_problem(api.patch("/api/jobs/H9", "officer", json={"headcount": "3"}), 422, "headcount")


def test_the_pages_say_ruogan_where_they_show_the_headcount(api):
    imported(api)
    login(api, "organiser")
    page = api.client.get("/job/H1").text
    assert re.search(r"<dt>招聘人数</dt><dd>若干</dd>", page)
    assert re.search(r"<dt>招聘人数</dt><dd>未注明</dd>", api.client.get("/job/H2").text)
    listing = api.client.get("/organiser", params={"q": "数据分析"}).text
    assert '<td data-label="人数">若干</td>' in listing


def test_a_database_with_jobs_upgrades_and_their_headcounts_read_as_before(empty_engine):  # noqa: F811
    """Jobs written at revision 0006 read as they did (a number, or not stated); going back to 0006
    drops the column and keeps the jobs."""
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine, "0006")
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO jobs (id, title, education_any, headcount, description, conditions, created_at, updated_at) "
            "VALUES ('J1', '会计', :no, NULL, '', '[]', '2026-09-01', '2026-09-01'), "
            "('J2', '出纳', :no, 2, '', '[]', '2026-09-01', '2026-09-01')"), {"no": False})
    upgrade(empty_engine)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        jobs = repo.get_jobs(session=session, job_ids=["J1", "J2"])
        assert [(jobs[i].headcount, jobs[i].headcount_open) for i in ("J1", "J2")] == [(None, False), (2, False)]
        repo.upsert_jobs(session=session, jobs=[Job(id="J3", title="保洁员", headcount_open=True)])
        session.commit()
        assert repo.get_jobs(session=session, job_ids=["J3"])["J3"].headcount_open is True
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    assert "headcount_open" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 3
