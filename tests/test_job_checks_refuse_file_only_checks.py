"""``GET /api/job-checks?check=row_repeated`` (and the /job-checks page's address with it) answered an empty
list, as if every stored job had passed: the checks of a file's rows (``Check.file_only``) never meet a stored
job. They are refused naming the field and where the check applies (``jobmatch check-jobs``)."""

from __future__ import annotations

import pytest

from matching.job_checks import Check
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_pages import login

FILE_ONLY = [c for c in Check if c.file_only]


@pytest.mark.parametrize("check", FILE_ONLY, ids=lambda c: c.value)
def test_the_api_refuses_a_check_of_a_files_rows(api, check):  # noqa: F811
    response = api.get("/api/job-checks", "officer", params={"check": check.value})
    body = assert_problem(response, 422, "查询参数「check」", check.label, "只适用于岗位表文件", "jobmatch check-jobs")
    assert body["errors"] == [{"loc": ["query", "check"], "type": "file_only", "message": body["errors"][0]["message"]}]


def test_a_check_stored_jobs_can_have_is_still_answered(api):  # noqa: F811
    response = api.get("/api/job-checks", "organiser", params={"check": "pay_missing"})
    assert response.status_code == 200, response.text


def test_a_graduate_is_refused_for_the_role_first(api):  # noqa: F811
    assert_problem(api.get("/api/job-checks", "g1", params={"check": "row_repeated"}), 403)


def test_the_page_addressed_with_a_check_of_a_files_rows_says_why(api):  # noqa: F811
    login(api, "officer")
    page = api.client.get("/job-checks", params={"check": "row_repeated"})
    assert page.status_code == 422, page.text
    assert "检查项：「重复的行（只读入一次）」（row_repeated）只适用于岗位表文件" in page.text and "jobmatch check-jobs" in page.text
