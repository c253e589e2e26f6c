"""The same service on PostgreSQL: migrations at startup, import, edits, audit, ranking."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from service.api import create_app
from service.api.ranker_factories import basic_ranker_factory
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


def test_follow_ups_and_the_officer_list_order_on_postgresql(pg_app):
    """The list's order groups graduates before it compares times, so PostgreSQL's NULLs
    (sorted last, where SQLite sorts them first) cannot reorder it."""
    client, headers, app = pg_app
    assert client.post("/api/jobs", headers=headers, json={"id": "K1", "title": "会计"}).status_code == 201
    for graduate_id in ("P1", "P2", "P3", "P4"):
        response = client.post("/api/graduates", headers=headers, json={
            "id": graduate_id, "name": f"学生{graduate_id}", "major": "会计学", "hardship": ["低收入家庭"]})
        assert response.status_code == 201, response.text

    def follow(graduate_id, status, **extra):
        response = client.post(f"/api/graduates/{graduate_id}/follow-ups", headers=headers,
                               json={"job_id": "K1", "status": status, **extra})
        assert response.status_code == 201, response.text

    follow("P1", "已录用")
    follow("P4", "已推送", subsidy="已申请")
    follow("P3", "已推送")
    assert client.get("/api/graduates/P2/recommendations", headers=headers).status_code == 200
    app.state.reclog.flush()
    assert client.delete("/api/jobs/K1", headers=headers).status_code == 204
    history = client.get("/api/graduates/P4/follow-ups", headers=headers).json()
    assert history["total"] == 1 and history["items"][0]["job_title"] == "会计"
    assert history["items"][0]["job_exists"] is False and history["items"][0]["at"].endswith("Z")
    # K1 is gone: its result is still taken for a graduate it was pushed to (P4), not for one it never was (P2).
    assert client.post("/api/graduates/P2/follow-ups", headers=headers,
                       json={"job_id": "K1", "status": "放弃"}).status_code == 422

    token = headers["Authorization"].removeprefix("Bearer ")
    assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
    page = client.get("/officer").text
    assert re.findall(r'<td data-label="毕业生"><a href="/graduate/([^"]+)">', page) == ["P2", "P4", "P3", "P1"]
    # The deleted K1's result for P4, and the pushed-jobs section's query (a grouped subquery), on PostgreSQL.
    assert client.post("/api/graduates/P4/follow-ups", headers=headers,
                       json={"job_id": "K1", "status": "放弃"}).status_code == 201
    section = client.get("/graduate/P4").text.split('id="pushed-jobs"')[1].split("<h2")[0]
    assert "会计" in section and "岗位已下架" in section and "放弃" in section
