"""The job page said the pay twice (graduate review): every sample post showed 薪资 7500-10500元/月
and 薪酬待遇 7.5-10.5K. The pay as written is shown only when it says more than the monthly range
(``features.salary.pay_text_adds``): 年薪10-15万, 面议, 五险一金, 13薪 — not a text that restates it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from features.records import SalaryRange
from features.salary import pay_text_adds
from tests.test_api_fixtures import JOBS, Api, start_api
from tests.test_api_pages import login


@pytest.mark.parametrize(("text", "salary"), [
    ("7.5-10.5K", (7500, 10500)), ("7500-10500元/月", (7500, 10500)), ("7千-1万", (7000, 10000)),
    ("5000 - 7000 元 / 月", (5000, 7000)), ("12,000元/月", (12000, 12000)), ("6000元/月以上", (6000, None)),
    ("8000-1万", (8000, 10000)), ("0.8-1.2万", (8000, 12000)), ("", (5000, 7000)), (None, (None, None)),
])
def test_a_text_that_restates_the_range_adds_nothing(text, salary):
    assert not pay_text_adds(text, SalaryRange(*salary))


@pytest.mark.parametrize(("text", "salary"), [
    ("年薪10-15万", (8333, 12500)),              # the year's pay, not shown by the monthly range
    ("20-30万", (16667, 25000)),                 # read as a year's pay, with no word to say so
    ("8千-1万·13薪", (8000, 10000)),
    ("7500-10500元/月，五险一金", (7500, 10500)),
    ("税前8000", (8000, 8000)), ("8000左右", (8000, 8000)), ("150元/天", (3262, 3262)),
    ("5000-7000元/月", (5000, 8000)),             # another range than the one shown
    ("面议", (None, None)), ("按国家有关规定执行", (None, None)),
    ("面议", (5000, 7000)),                       # the range came from other columns
])
def test_a_text_that_says_more_is_shown(text, salary):
    assert pay_text_adds(text, SalaryRange(*salary))


@pytest.fixture
def api(tmp_path):
    base = {job.id: job for job in JOBS}["J-ACC"]
    planted = [
        replace(base, id="J-K", title="审计员", salary=SalaryRange(7500, 10500), pay_text="7.5-10.5K"),
        replace(base, id="J-SAME", title="统计员", salary=SalaryRange(7500, 10500), pay_text="7500-10500元/月"),
        replace(base, id="J-MORE", title="出纳", salary=SalaryRange(7500, 10500), pay_text="7.5-10.5K，五险一金，13薪"),
    ]
    app, tokens = start_api(tmp_path, jobs=[*JOBS, *planted])
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


@pytest.mark.parametrize("job_id", ["J-K", "J-SAME"])
def test_the_job_page_says_a_restated_pay_once(api, job_id):
    login(api, "g1")
    page = api.client.get(f"/job/{job_id}").text
    assert "<dt>薪资</dt><dd>7500-10500元/月</dd>" in page
    assert "薪酬待遇" not in page and 'id="pay-text"' not in page


def test_the_job_page_shows_a_pay_text_that_says_more(api):
    login(api, "g1")
    page = api.client.get("/job/J-MORE").text
    assert "<dt>薪资</dt><dd>7500-10500元/月</dd>" in page
    assert '<dt>薪酬待遇</dt><dd id="pay-text">7.5-10.5K，五险一金，13薪</dd>' in page


def test_the_api_keeps_the_pay_as_written(api):
    body = api.get("/api/jobs/J-K", "officer").json()
    assert (body["salary"], body["pay_text"]) == ("7500-10500元/月", "7.5-10.5K")
