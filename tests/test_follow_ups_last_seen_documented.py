"""The API's description of ``last_seen_id`` says what it answers: 409 for a newer record of the same push,
and 422 for an id that is no follow-up of the graduate (README and docs/hardship.md said so; the OpenAPI
field's description, which API callers read, named the 409 only)."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import record, recorded


def _last_seen_description(api) -> str:
    schemas = api.client.get("/openapi.json").json()["components"]["schemas"]
    (found,) = [s["properties"]["last_seen_id"] for s in schemas.values()
                if "last_seen_id" in s.get("properties", {})]
    return found.get("description", "")


def test_an_id_of_another_graduate_is_refused_with_422_as_the_schema_says(api):
    other = recorded(api, "G2", job_id="J-ACC", status="已推送")["id"]
    response = record(api, "G1", job_id="J-SOFT", status="已推送", last_seen_id=other)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "last_seen_id"]
    text = _last_seen_description(api)
    assert "409" in text and "422" in text and "不是该毕业生跟进记录的编号" in text
