"""The same service on PostgreSQL: migrations at startup, import, edits, audit, ranking."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from service.api import create_app
from service.api.matching import basic_ranker_factory
from service.auth import Role, issue_user
from service.settings import Settings
from service.storage.db import make_session_factory
from tests.test_api_import import JOBS_CSV
from tests.test_storage import PG_URL, pg_engine_or_skip

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_app(tmp_path):
    probe, engine, schema = pg_engine_or_skip()
    engine.dispose()
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    settings = Settings(data_dir=tmp_path / "data", database_url=url, warm_recommendations=False)
    app = create_app(settings, ranker_factory=basic_ranker_factory)
    try:
        with TestClient(app) as client:
            with make_session_factory(app.state.engine)() as session:
                token = issue_user(session=session, name="王老师", role=Role.OFFICER).token
                session.commit()
            yield client, {"Authorization": f"Bearer {token}"}, app
    finally:
        with probe.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        probe.dispose()


def test_service_runs_on_postgresql(pg_app):
    client, headers, app = pg_app
    assert app.state.engine.dialect.name == "postgresql"
    report = client.post("/api/jobs/import", headers=headers, files={"file": ("jobs.csv", JOBS_CSV)}).json()
    assert report["created"] == 2 and len(report["skipped"]) == 1
    response = client.post("/api/graduates", headers=headers, json={
        "id": "N1", "name": "热依拉", "major": "统计学", "education": "本科", "hardship": ["低收入家庭"]})
    assert response.status_code == 201, response.text
    body = client.get("/api/graduates/N1/recommendations", headers=headers).json()
    assert body["suggestions"][0]["job_id"] == "K1"
    search = client.get("/api/jobs", headers=headers, params={"q": "数据", "education": "本科"}).json()
    assert [j["id"] for j in search["items"]] == ["K1"]
    audit = client.get("/api/audit", headers=headers, params={"record_id": "N1"}).json()
    assert {row["action"] for row in audit["items"]} == {"create", "read"}
    assert client.get("/api/jobs/NOPE", headers=headers).status_code == 404


def test_text_postgresql_cannot_hold_is_a_422_not_a_500(pg_app):
    """NUL in a body, a path or a query parameter: PostgreSQL refuses such text outright."""
    client, headers, _ = pg_app
    for method, url, body in [("POST", "/api/jobs", {"id": "J1", "title": "nul\u0000x"}),
                              ("POST", "/api/graduates", {"id": "G1", "name": "a\u0000"}),
                              ("GET", "/api/jobs/x%00y", None), ("GET", "/api/audit?record_id=a%00", None),
                              ("GET", "/api/audit?since=0001-01-01T00:00:00%2B14:00", None)]:
        response = client.request(method, url, headers=headers, json=body)
        assert response.status_code == 422, (url, response.text)
    assert client.get("/api/jobs", headers=headers).json()["total"] == 0
