"""Fair plans show a post stated as 「若干」 as 若干, not 未注明: in the API (positions and the posts
no fair holds), on the organisers' page, in the CLI's rows, and in the fair's counts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from matching.fair_limits import FairLimits
from matching.fairs import FairBy
from service import fair_report
from tests.test_api_fairs import GRADUATES, JOBS, SMALL
from tests.test_api_fixtures import Api, start_api
from tests.test_api_pages import login

# NUR2 (in the nursing fair) and DEV1 (in no fair) state 「若干」; NUR1 keeps its 5, NUR3 its 2.
OPEN_JOBS = [replace(j, headcount=None, headcount_open=True) if j.id in ("NUR2", "DEV1") else j for j in JOBS]


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=OPEN_JOBS, graduates=GRADUATES)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def test_a_ruogan_post_reads_ruogan_in_the_plan_and_is_not_counted_as_unstated(api):
    body = api.get("/api/fairs", "organiser", params=SMALL).json()
    nursing = next(f for f in body["fairs"] if f["title"] == "护理学类专场")
    shown = {p["job_id"]: p["headcount"] for p in nursing["positions"]}
    assert shown == {"NUR1": 5, "NUR2": "若干", "NUR3": 2}
    assert (nursing["headcount"], nursing["headcount_unknown"], nursing["headcount_open"]) == (7, 0, 1)
    assert [(u["job_id"], u["headcount"]) for u in body["unplaced_positions"]] == [("DEV1", "若干")]


def test_the_fair_page_shows_ruogan_where_the_number_would_be(api):
    login(api, "organiser")
    page = api.client.get("/fairs", params=SMALL).text
    nursing = page[page.index("护理学类专场"):page.index('id="unplaced"')]
    row = nursing[nursing.index("/job/NUR2"):]
    row = row[:row.index("</tr>")]
    assert '<td data-label="人数">若干</td>' in row
    assert "未注明人数" not in nursing and "1 个岗位人数若干" in nursing
    unplaced = page[page.index('id="unplaced"'):]
    row = unplaced[unplaced.index("/job/DEV1"):]
    assert '<td data-label="人数">若干</td>' in row[:row.index("</tr>")]


def test_the_cli_rows_write_ruogan_and_leave_an_unstated_post_empty(api):
    plan = api.app.state.matcher.fair_plan(list(GRADUATES), by=FairBy.MAJOR, limits=FairLimits(**SMALL), k=20)
    rows = {r["id"]: r["headcount"] for r in fair_report.plan_rows(plan, {}) if r["row_type"] == "岗位"}
    assert (rows["NUR1"], rows["NUR2"]) == (5, "若干")
    assert {r["id"]: r["headcount"] for r in fair_report.unplaced_rows(plan)} == {"DEV1": "若干"}
