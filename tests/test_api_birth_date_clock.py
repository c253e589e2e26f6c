"""The API checks birth dates against the app's clock (``create_app(clock=...)``, the day the
matcher judges on), not the wall clock: a test or a service that sets the day sees one day
everywhere — on a new graduate, a change, a re-validated stored record and an imported file."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from tests.test_api_fixtures import Api, assert_problem, basic_ranker_factory, start_api

# Days far from any real today, so that the wall clock and the app's clock disagree.
PAST = dt.date(2015, 3, 1)
FUTURE = dt.date(2099, 3, 1)


@pytest.fixture
def api_on(tmp_path):
    """``api_on(day)``: the usual seeded app, its clock held on ``day``."""
    clients = []

    def start(day: dt.date) -> Api:
        app, tokens = start_api(tmp_path)
        app = create_app(app.state.settings, ranker_factory=basic_ranker_factory, clock=lambda: day)
        client = TestClient(app).__enter__()
        clients.append(client)
        return Api(client=client, app=app, tokens=tokens)

    yield start
    for client in clients:
        client.__exit__(None, None, None)


def test_a_birth_date_after_the_apps_day_is_refused_though_the_wall_clock_has_passed_it(api_on):
    api = api_on(PAST)
    problem = assert_problem(api.post("/api/graduates", "officer", json={"id": "B1", "birth_date": "2016-05-01"}),
                             422, "birth_date", "出生日期「2016-05-01」不在 1900 年至今天之间")
    assert problem["errors"][0]["loc"] == ["body", "birth_date"]
    assert api.post("/api/graduates", "officer", json={"id": "B1", "birth_date": "2015-02-28"}).status_code == 201


def test_a_birth_date_before_the_apps_day_is_accepted_though_the_wall_clock_has_not_reached_it(api_on):
    api = api_on(FUTURE)
    created = api.post("/api/graduates", "officer", json={"id": "B2", "birth_date": "2090-01-02"})
    assert created.status_code == 201, created.text
    # A change re-validates the whole stored record: on the same day, so the stored date stands.
    changed = api.patch("/api/graduates/B2", "officer", json={"name": "马燕"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["birth_date"] == "2090-01-02"
    changed = api.patch("/api/graduates/B2", "officer", json={"birth_date": "2091-07-01"})
    assert changed.status_code == 200 and changed.json()["birth_date"] == "2091-07-01"


def test_an_imported_file_is_checked_on_the_apps_day(api_on):
    api = api_on(PAST)
    data = "学号,姓名,出生日期\nB3,马燕,2016-05-01\nB4,王磊,2001-05-01\n".encode("utf-8")
    report = api.post("/api/graduates/import", "officer", files={"file": ("graduates.csv", data)}).json()
    assert report["created"] == 1, report
    assert [(e["row"], e["column"]) for e in report["skipped"]] == [(2, "出生日期")]
