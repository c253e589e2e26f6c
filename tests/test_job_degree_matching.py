"""A post's 学位 「与学历相对应的学位」 asks each applicant for the degree of their own level: the
job keeps that wording (``Job.degree_matching``) from every reader to the rules, the API, the
store and the job page (2026-12-07 graduate-side review: it was read as 学士及以上, so a 硕士
graduate read 「岗位要求学士及以上学位」 and one without a 硕士 degree passed)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import inspect

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job, shown_degree
from matching.rules.engine import RulesEngine
from matching.verdict import Status
from service.api.schemas.jobs import JobPublic
from service.importers import read_jobs, read_jobs_bytes
from service.resources import load_major_catalog
from service.storage.db import upgrade
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_pages import login
from tests.test_importers import write_csv
from tests.test_storage import downgrade, empty_engine  # noqa: F401

HEADER = ["岗位编号", "职位名称", "学历要求", "学位要求"]


def _engine() -> RulesEngine:
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 1, 10))


def _degree_result(job: Job, education: EducationLevel, degree: Degree | None):
    graduate = Graduate(id="G", name="李明", education=education, degree=degree)
    [result] = [r for r in _engine().check(graduate, job).results if r.reason.startswith("学位")]
    return result.status, result.reason


@pytest.fixture
def jobs(tmp_path) -> dict[str, Job]:
    rows = [["M1", "科员", "本科及以上", "与学历相对应的学位"], ["M2", "科员", "本科及以上", "与学历相应的学位"],
            ["B1", "科员", "本科及以上", "学士"], ["N1", "科员", "本科及以上", "不限"]]
    return {j.id: j for j in read_jobs(write_csv(tmp_path / "jobs.csv", [HEADER, *rows])).records}


def test_the_importer_keeps_the_matching_degree_wording(jobs):
    assert [(j.degree, j.degree_matching) for j in jobs.values()] == [
        (Degree.BACHELOR, True), (Degree.BACHELOR, True), (Degree.BACHELOR, False), (Degree.NONE, False)]
    assert [shown_degree(j) for j in jobs.values()] == ["与学历相对应的学位", "与学历相对应的学位", "学士", "不限"]


def test_a_master_graduate_needs_a_master_degree_and_is_told_the_post_in_its_words(jobs):
    job = jobs["M1"]
    assert _degree_result(job, EducationLevel.MASTER, Degree.MASTER) == (
        Status.ELIGIBLE, "学位符合：岗位要求与学历相对应的学位，您的学位为硕士")
    assert _degree_result(job, EducationLevel.MASTER, Degree.BACHELOR) == (
        Status.NOT_ELIGIBLE, "学位不符：岗位要求与学历相对应的学位（硕士研究生须取得硕士学位），您的学位为学士")
    assert _degree_result(job, EducationLevel.MASTER, Degree.NONE)[0] is Status.NOT_ELIGIBLE
    assert _degree_result(job, EducationLevel.BACHELOR, Degree.BACHELOR) == (
        Status.ELIGIBLE, "学位符合：岗位要求与学历相对应的学位，您的学位为学士")
    assert _degree_result(job, EducationLevel.MASTER, None)[0] is Status.NEEDS_REVIEW
    # 学士 stays 学士及以上: a 硕士 graduate holding a 学士 degree meets it
    assert _degree_result(jobs["B1"], EducationLevel.MASTER, Degree.BACHELOR) == (
        Status.ELIGIBLE, "学位符合：岗位要求学士及以上学位，您的学位为学士")


def test_json_round_trip_keeps_the_wording(jobs):
    shown = JobPublic.of(jobs["M1"]).model_dump(mode="json")
    assert shown["degree"] == "与学历相对应的学位"
    back = read_jobs_bytes(json.dumps([shown], ensure_ascii=False).encode(), "saved.json").records[0]
    assert (back.degree, back.degree_matching) == (Degree.BACHELOR, True)
    line = read_jobs_bytes((json.dumps(shown, ensure_ascii=False) + "\n").encode(), "saved.jsonl").records[0]
    assert line.degree_matching


def test_the_api_stores_and_shows_the_wording(api):  # noqa: F811
    post = {"id": "DM-1", "title": "科员", "education": "硕士研究生及以上", "degree": "与学历相对应的学位"}
    assert api.post("/api/jobs", "officer", json=post).status_code == 201
    assert api.get("/api/jobs/DM-1", "g1").json()["degree"] == "与学历相对应的学位"
    # a change of another field keeps it; a 学位 sent anew replaces it
    assert api.patch("/api/jobs/DM-1", "officer", json={"title": "一级科员"}).json()["degree"] == "与学历相对应的学位"
    assert api.patch("/api/jobs/DM-1", "officer", json={"degree": "硕士"}).json()["degree"] == "硕士"
    api.patch("/api/jobs/DM-1", "officer", json={"degree": "与学历相应的学位"})
    login(api, "organiser")
    assert "<dt>学位要求</dt><dd>与学历相对应的学位</dd>" in api.client.get("/job/DM-1").text


def test_migration_0019_adds_and_drops_the_column(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    assert "degree_matching" in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    downgrade(empty_engine, "0018_unique_id_number")
    assert "degree_matching" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    upgrade(empty_engine)
    assert "degree_matching" in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
