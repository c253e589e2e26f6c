"""The summary of ``/job-checks`` (and of ``GET /api/job-checks``) lists its checks gravest first, 错误, 警告, then
提示, as the findings below it read; before, it followed ``Check`` order, a 提示 row (非全职岗位) above the 错误 and
警告 ones (招聘人数为 0, 疑似重复岗位; browser review)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from matching.job_findings import Check, Severity
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_job_checks import PLANTED
from tests.test_api_pages import login

GRAVEST_FIRST = ["错误", "警告", "警告", "提示", "提示", "提示"]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *PLANTED])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_the_api_summary_lists_errors_then_warnings_then_hints_each_in_check_order(api):
    summary = api.get("/api/job-checks", "officer").json()["summary"]
    assert [row["severity"] for row in summary] == GRAVEST_FIRST
    checks = [Check(row["check"]) for row in summary]
    assert checks == sorted(checks, key=lambda c: (c.severity.rank, list(Check).index(c)))
    assert [c for c in checks if c.severity is Severity.WARNING] == [Check.PAY_MISSING, Check.DUPLICATE]


def test_the_pages_summary_table_lists_the_gravest_first(api):
    login(api, "officer")
    table = api.client.get("/job-checks").text.split('id="summary"')[1].split("</table>")[0]
    rows = table.split("<tbody>")[1].split("<tr>")[1:]
    assert [next(s for s in ("错误", "警告", "提示") if f"<td>{s}</td>" in row) for row in rows] == GRAVEST_FIRST
    assert "招聘人数为 0" in rows[0] and "缺薪酬待遇" in rows[1] and "疑似重复岗位" in rows[2]
