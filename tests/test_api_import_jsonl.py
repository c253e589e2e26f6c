"""The API's upload takes gkld's JSON Lines as the command line does: the same reader, the same
records (「若干」 kept), the same row and column in each skipped row's message; strict refuses."""

from __future__ import annotations

from pathlib import Path

from service.importers import read_jobs
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_import import job_count, upload

# Invented posts in gkld's keys: one 「若干」, one with a negative headcount (row 2, column hires),
# one line cut short (row 3), one good.
FIXTURE = Path(__file__).parent / "fixtures" / "gkld_jobs.jsonl"


def test_a_jsonl_upload_imports_like_the_cli_and_names_row_and_column(api):
    before = job_count(api)
    response = upload(api, "/api/jobs/import", "organiser", "gkld_jobs.jsonl", FIXTURE.read_bytes())
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"], report["updated"], report["kind"]) == (2, 0, "jobs")
    skipped = [(s["row"], s["column"]) for s in report["skipped"]]
    assert skipped == [(2, "hires"), (3, None)]
    assert "第 2 行" in report["skipped"][0]["message"] and "列「hires」" in report["skipped"][0]["message"]
    assert "无法解析的 JSON" in report["skipped"][1]["message"]
    cli = read_jobs(FIXTURE)  # the command line's reading of the same file
    assert sorted(j.id for j in cli.records) == ["T-0001", "T-0004"]
    assert [(e.row, e.column) for e in cli.skipped] == skipped
    assert job_count(api) == before + 2
    assert api.get("/api/jobs/T-0001", "g1").json()["headcount"] == "若干"
    assert api.get("/api/jobs/T-0004", "g1").json()["headcount"] == 2


def test_a_strict_jsonl_upload_with_a_bad_row_writes_nothing(api):
    before = job_count(api)
    response = upload(api, "/api/jobs/import", "organiser", "gkld_jobs.jsonl", FIXTURE.read_bytes(), strict="true")
    assert_problem(response, 422, "第 2 行")
    assert job_count(api) == before


def test_graduates_upload_takes_jsonl_too_and_other_files_still_get_415(api):
    lines = ('{"学号": "L1", "姓名": "古丽", "学校": "新疆大学", "专业": "会计学", "学历": "本科", "毕业年份": 2026}\n'
             '{"学号": "L2", "姓名": "马强", "学校": "新疆大学", "专业": "会计学", "学历": "本科", "毕业年份": 2026}\n')
    report = upload(api, "/api/graduates/import", "officer", "g.jsonl", lines.encode()).json()
    assert (report["created"], report["skipped"]) == (2, [])
    assert_problem(upload(api, "/api/jobs/import", "officer", "jobs.pdf", b"%PDF-1.4"), 415, ".jsonl")
