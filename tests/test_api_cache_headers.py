"""API answers are never stored by a browser or proxy: they carry graduates' records and
reasons resting on sensitive fields, and office computers are shared."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401  (fixture)


def test_every_api_answer_says_no_store(api):  # noqa: F811
    answers = [
        api.get("/api/graduates/G1", "officer"),              # a record with sensitive fields
        api.get("/api/graduates/G1/recommendations", "g1"),  # the graduate's own reasons
        api.get("/api/jobs", "organiser"),
        api.get("/api/graduates/G2", "g1"),                   # refused: a problem answer
        api.client.get("/api/jobs"),                          # no token: 401
    ]
    assert [r.status_code for r in answers] == [200, 200, 200, 404, 401]
    for response in answers:
        assert response.headers.get("cache-control") == "no-store", (response.request.url, response.status_code)


def test_a_body_too_large_is_refused_with_no_store_too(api):  # noqa: F811
    response = api.client.post("/api/jobs/import", content=b"x" * (3 * 1024 * 1024),
                               headers={**api.headers("officer"), "content-type": "text/csv"})
    assert response.status_code == 413
    assert response.headers.get("cache-control") == "no-store"


def test_static_files_and_the_schema_are_left_cacheable(api):  # noqa: F811
    assert "no-store" not in api.client.get("/openapi.json").headers.get("cache-control", "")
