"""A job saved from the API (``GET /api/jobs/{id}``, the jobs list) reads back through the
importers (``jobmatch recommend --jobs``, ``POST /api/jobs/import``) with its conditions and
major cells, so a graduate it refuses is refused again (2026-12-07 officers review: the
conditions were dropped and the post read 符合 for everyone)."""

from __future__ import annotations

import datetime as dt
import json

from features.education import Degree, EducationLevel
from features.records import Gender, Graduate, Job
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.api.schemas.jobs import JobPublic
from service.importers import read_jobs, read_jobs_bytes
from service.resources import load_major_catalog
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_import import upload

# Condition texts as gkld states them; the 备注 key is one no column alias names.
POST = {"id": "RT-1", "title": "临床医师", "employer": "某县人民医院", "employer_type": "事业单位", "education": "本科及以上",
        "majors_text": "本科：临床医学；研究生：内科学", "headcount": 1,
        "conditions": {"年龄要求": "18周岁以上、30周岁以下", "性别要求": "限男性",
                       "岗位特别说明": "限残疾人报考"}}
# Refused by age, sex and the post for the disabled, eligible by education and major.
OLDER = Graduate(id="G-OLD", name="王芳", major="临床医学", major_code="100201K", education=EducationLevel.BACHELOR,
                 degree=Degree.BACHELOR, graduation_year=2026, gender=Gender.FEMALE, birth_date=dt.date(1980, 3, 1),
                 hardship=frozenset())
TODAY = dt.date(2026, 12, 7)


def _verdict(job: Job):
    return RulesEngine(catalog=load_major_catalog(), reference_date=TODAY).check(OLDER, job)


def test_a_job_saved_from_the_api_reads_back_with_the_same_verdict(api, tmp_path):
    assert api.post("/api/jobs", "officer", json=POST).status_code == 201
    shown = api.get("/api/jobs/RT-1", "g1").json()
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    back = read_jobs(saved)
    assert back.skipped == [] and [j.id for j in back.records] == ["RT-1"]
    job = back.records[0]
    assert dict(job.conditions) == POST["conditions"] and job.majors_text == POST["majors_text"]
    verdict = _verdict(job)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert any("年龄" in r for r in verdict.reasons()) and any("残疾人" in r for r in verdict.reasons())


def test_the_jobs_list_imported_through_the_api_keeps_every_condition(api):
    api.post("/api/jobs", "officer", json=POST)
    page = api.get("/api/jobs", "officer", params={"limit": 100}).json()
    before = {item["id"]: item for item in page["items"]}
    assert api.delete("/api/jobs/RT-1", "officer").status_code == 204
    report = upload(api, "/api/jobs/import", "organiser", "saved.json", json.dumps(page, ensure_ascii=False).encode()).json()
    assert report["skipped"] == [] and report["created"] == 1
    after = api.get("/api/jobs/RT-1", "officer").json()
    assert (after["conditions"], after["majors_text"]) == (before["RT-1"]["conditions"], POST["majors_text"])
    assert after == before["RT-1"]


def test_a_condition_stated_in_two_columns_keeps_both_cells(tmp_path):
    table = tmp_path / "jobs.csv"
    table.write_text("岗位编号,职位名称,年龄要求,备注,说明\n"
                     "D1,科员,35周岁以下,限本市户籍,最低服务年限5年\n", encoding="utf-8")
    job = read_jobs(table).records[0]
    cells = (("年龄要求", "35周岁以下"), ("备注", "限本市户籍"), ("备注", "最低服务年限5年"))
    assert job.conditions == cells
    shown = JobPublic.of(job).model_dump(mode="json")
    assert shown["conditions"] == {"年龄要求": "35周岁以下", "备注": "限本市户籍", "备注（2）": "最低服务年限5年"}
    assert read_jobs_bytes(json.dumps([shown], ensure_ascii=False).encode(), "saved.json").records[0].conditions == cells
