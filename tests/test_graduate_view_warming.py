"""The background warm-up ranks a graduate's own view (the record without officer-only fields) for
every graduate with an account, so that their first request after a job change is served from the
cache; the own view and the officers' full record stay apart."""

from __future__ import annotations

import time
from dataclasses import replace

from fastapi.testclient import TestClient

from service.api import create_app
from service.api.matcher_warming import result_key
from service.api.withheld import redact
from tests.test_api_fixtures import GRADUATES, JOBS, start_api
from tests.test_api_matching import rules_ranker_factory

MINORITY_POST = replace(JOBS[5], id="J-MIN", conditions=(("其他要求", "限少数民族"),))
BY_ID = {g.id: g for g in GRADUATES}


def _warm_app(tmp_path):
    """The app with the rules engine (限少数民族 is judged on ethnicity, an officer-only field) and the warm-up on."""
    app, tokens = start_api(tmp_path, jobs=[*JOBS, MINORITY_POST], warm=True)  # seeds the database
    return create_app(app.state.settings, ranker_factory=rules_ranker_factory), tokens


def _wait_warm(client, matcher, after_version: int = -1) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        health = client.get("/api/health").json()
        if health["warm"] and matcher.version > after_version:
            return health
        time.sleep(0.05)
    raise AssertionError(f"cache not warm: {health}")


def _own_entry(matcher, graduate_id: str):
    entry = matcher._results.get(result_key(redact(BY_ID[graduate_id])))
    return entry if entry is not None and entry[0] == matcher.version else None


def test_graduates_first_request_after_a_job_change_is_served_from_the_warmed_cache(tmp_path):
    app, tokens = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        _wait_warm(client, matcher)
        version = matcher.version
        client.delete("/api/jobs/J-SOFT", headers={"Authorization": f"Bearer {tokens['officer']}"})
        assert matcher.version > version
        health = _wait_warm(client, matcher, after_version=version)
        assert health["cached_own_views"] == 2  # G1 and G2 have accounts
        warmed = _own_entry(matcher, "G1")
        assert warmed is not None, "G1's own view was not warmed after the job change"
        response = client.get("/api/graduates/G1/recommendations?k=20",
                              headers={"Authorization": f"Bearer {tokens['g1']}"})
        assert response.status_code == 200
        # Served from the warmed entry: not ranked again (a new ranking stores a new tuple).
        assert matcher._results[result_key(redact(BY_ID["G1"]))] is warmed
        assert "J-SOFT" not in [s["job_id"] for s in response.json()["suggestions"]]


def test_the_warmed_own_view_carries_no_officer_only_word(tmp_path):
    app, tokens = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        _wait_warm(client, matcher)
        warmed = _own_entry(matcher, "G1")
        assert warmed is not None
        assert warmed[1].ethnicity is None and warmed[1].hardship is None and warmed[1].id_number is None
        body = client.get("/api/graduates/G1/recommendations?k=20",
                          headers={"Authorization": f"Bearer {tokens['g1']}"}).json()
        text = " ".join(r for x in body["suggestions"] + body["rejected"] for r in x["reasons"])
        assert "民族待核实" in text  # J-MIN's condition, judged without the ethnicity
        for word in ("维吾尔族", "民族符合", "低收入", "困难", "650100200305010019"):
            assert word not in text


def test_officers_are_served_the_full_record_never_the_warmed_own_view(tmp_path):
    app, tokens = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        _wait_warm(client, matcher)
        full = matcher._results[result_key(BY_ID["G1"])]
        assert full[1] == BY_ID["G1"] and full[1].ethnicity == "维吾尔族"
        own = _own_entry(matcher, "G1")
        assert own is not None and own[2] is not full[2]
        body = client.get("/api/graduates/G1/recommendations?k=20",
                          headers={"Authorization": f"Bearer {tokens['officer']}"}).json()
        text = " ".join(r for x in body["suggestions"] + body["rejected"] for r in x["reasons"])
        assert "民族符合" in text and "民族待核实" not in text


def test_only_graduates_with_an_account_have_their_own_view_warmed(tmp_path):
    app, tokens = _warm_app(tmp_path)
    with TestClient(app) as client:
        matcher = app.state.matcher
        health = _wait_warm(client, matcher)
        assert health["cached_graduates"] == len(GRADUATES)
        assert health["cached_own_views"] == 2
        assert _own_entry(matcher, "G2") is not None
        assert _own_entry(matcher, "G3") is None and _own_entry(matcher, "G4") is None  # no account
