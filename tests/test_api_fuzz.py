"""Property-based requests built from the service's own OpenAPI document (schemathesis):
no request, however odd, makes the server answer 500, and every answer is one the
document declares (status code, content type, body schema); a request the document
rules out is refused. Deterministic: Hypothesis derandomised, a fixed number of examples
per operation (plus schemathesis' boundary and negative cases), sent in turn as a graduate,
an organiser and an officer."""

from __future__ import annotations

import itertools

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from service.api import create_app
from tests.test_api_fixtures import start_api

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          negative_data_rejection]

# The document only: building the app runs nothing (no database, no model) until its lifespan.
# File uploads are left to tests/test_api_import.py: generated multipart bodies (a number
# where a file goes) cannot be sent through the test client.
schema = schemathesis.openapi.from_dict(create_app().openapi()).exclude(path_regex="/import$")


#: Each role gets other fields and other errors (a graduate: 404 for others' records); the
#: cases go to them in turn, so every role meets every operation at a third of the cost.
ROLES = itertools.cycle(("g1", "organiser", "officer"))


@pytest.fixture(scope="module")
def client_and_tokens(tmp_path_factory):
    app, tokens = start_api(tmp_path_factory.mktemp("fuzz"))
    with TestClient(app) as client:
        yield client, tokens


@schema.parametrize()
@settings(max_examples=10, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_every_answer_is_declared_and_none_is_a_server_error(case, client_and_tokens):
    client, tokens = client_and_tokens
    headers = {"Authorization": f"Bearer {tokens[next(ROLES)]}"}
    kwargs = case.as_transport_kwargs(base_url=str(client.base_url), headers=headers)
    if not kwargs.get("cookies"):
        kwargs.pop("cookies", None)  # the client warns about per-request cookies, even empty ones
    if isinstance(kwargs.get("data"), (bytes, str)):
        kwargs["content"] = kwargs.pop("data")  # raw bodies go in content= for httpx
    response = client.request(**kwargs)
    case.validate_response(response, checks=CHECKS, headers=headers)
