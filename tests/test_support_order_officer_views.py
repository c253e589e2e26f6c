"""The support list's second group counts only suggestions served to an officer (officer review,
2026-12-07). Every view of a graduate's suggestions writes a recommendation-log row, the graduate's
own view of their page too; a graduate nobody had served but who had looked at their own suggestions
fell behind graduates no one had looked at, while the officer's question is who nobody has served yet."""

from __future__ import annotations

import pytest

from service.auth import Role, issue_user
from tests.test_api_followups import many  # noqa: F401
from tests.test_api_postgres import pg_app  # noqa: F401


def _own_token(api, graduate_id: str) -> None:
    with api.app.state.session_factory() as session:
        api.tokens[graduate_id] = issue_user(session=session, name=f"学生{graduate_id}", role=Role.GRADUATE,
                                             graduate_id=graduate_id).token
        session.commit()


def test_a_graduate_who_only_viewed_their_own_page_stays_ahead_of_one_an_officer_viewed(many):
    api = many
    _own_token(api, "S1")
    assert api.get("/api/graduates/S1/recommendations", "S1").status_code == 200  # their own view only
    assert api.get("/api/graduates/S2/recommendations", "officer").status_code == 200
    assert api.get("/api/graduates/S3/recommendations", "organiser").status_code == 200  # planning, no service
    api.app.state.reclog.flush()
    with api.app.state.session_factory() as session:  # each view was logged, under who asked
        from service.storage import repository

        assert all(repository.list_recommendation_log(session=session, graduate_id=g)[1] == 1
                   for g in ("S1", "S2", "S3"))

    items = api.get("/api/support", "officer", params={"k": 1}).json()["items"]
    assert [i["graduate"]["id"] for i in items] == ["S1", "S3", "S4", "S5", "S6", "S7", "S2"]
    assert {i["graduate"]["id"]: i["recommended"] for i in items}["S1"] is False
    assert {i["graduate"]["id"]: i["recommended"] for i in items}["S2"] is True
    unpushed = api.get("/api/support/unpushed", "officer").json()["items"]
    assert [i["graduate"]["id"] for i in unpushed] == ["S1", "S3", "S4", "S5", "S6", "S7", "S2"]
    assert [i["recommended"] for i in unpushed] == [False] * 6 + [True]


@pytest.mark.postgres
def test_the_same_order_on_postgresql(pg_app):
    client, headers, app = pg_app
    for gid in ("P1", "P2", "P3"):
        response = client.post("/api/graduates", headers=headers, json={
            "id": gid, "name": f"学生{gid}", "major": "统计学", "education": "本科", "hardship": ["低收入家庭"]})
        assert response.status_code == 201, response.text
    with app.state.session_factory() as session:
        own = issue_user(session=session, name="学生P1", role=Role.GRADUATE, graduate_id="P1").token
        session.commit()
    assert client.get("/api/graduates/P1/recommendations",
                      headers={"Authorization": f"Bearer {own}"}).status_code == 200
    assert client.get("/api/graduates/P2/recommendations", headers=headers).status_code == 200
    app.state.reclog.flush()
    items = client.get("/api/support", headers=headers, params={"k": 1}).json()["items"]
    assert [(i["graduate"]["id"], i["recommended"]) for i in items] == [("P1", False), ("P3", False), ("P2", True)]
    pages = [client.get("/api/graduates", headers=headers, params={"needs_support": True, "offset": o, "limit": 1})
             .json()["items"][0]["id"] for o in (0, 1, 2)]
    assert pages == ["P1", "P3", "P2"]
