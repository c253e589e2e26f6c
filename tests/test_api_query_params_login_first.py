"""The unknown-query-parameter check (``service/api/query_params.py``) after the token check, with
jQuery's ``?_=<timestamp>`` taken everywhere, and what a route declares read once per route."""

from __future__ import annotations

from service.api import query_params
from tests.test_api_fixtures import api, assert_problem  # noqa: F401


def test_a_caller_without_a_token_is_told_to_log_in_not_which_parameters_the_route_takes(api):
    body = assert_problem(api.client.get("/api/jobs", params={"place": "海南"}), 401, "Bearer 访问令牌")
    assert "accepted" not in body and "place" not in body["detail"]
    assert api.client.get("/api/jobs", params={"place": "海南"}).headers["www-authenticate"] == "Bearer"


def test_a_wrong_token_with_an_unknown_parameter_is_refused_as_a_wrong_token(api):
    response = api.client.get("/api/support", params={"utm_source": "mail"},
                              headers={"Authorization": "Bearer not-a-token"})
    body = assert_problem(response, 401, "访问令牌无效或已停用")
    assert "accepted" not in body


def test_a_logged_in_caller_still_gets_the_unknown_parameter_named(api):
    assert_problem(api.get("/api/jobs", "officer", params={"place": "海南"}), 422, "未知的查询参数：place", "location")


def test_a_route_open_without_login_still_refuses_an_unknown_parameter(api):
    assert api.client.get("/api/health").status_code == 200
    assert_problem(api.client.get("/api/health", params={"verbose": "1"}), 422, "未知的查询参数：verbose")


def test_the_jquery_cache_buster_is_accepted_and_ignored_everywhere(api):
    plain = api.get("/api/jobs", "officer", params={"location": "伊宁"})
    busted = api.get("/api/jobs", "officer", params={"location": "伊宁", "_": "1733540000000"})
    assert busted.status_code == 200, busted.text
    assert busted.json() == plain.json()
    assert api.get("/api/jobs/J-SOFT", "officer", params={"_": "1733540000000"}).status_code == 200  # takes no parameter
    assert api.client.get("/api/health", params={"_": "1"}).status_code == 200
    # Only ``_``: other underscore names are still unknown, and ``_`` is not offered as a parameter.
    body = assert_problem(api.get("/api/jobs", "officer", params={"_": "1", "__": "1"}), 422, "未知的查询参数：__；")
    assert "_" not in body["accepted"]


def test_the_declared_parameters_are_read_once_per_route(api, monkeypatch):
    reads = []
    real = query_params.declared_query_params
    monkeypatch.setattr(query_params, "declared_query_params", lambda dependant: reads.append(1) or real(dependant))
    for _ in range(3):
        assert api.get("/api/jobs", "officer", params={"location": "伊宁"}).status_code == 200
        assert api.get("/api/jobs", "officer", params={"place": "海南"}).status_code == 422
    assert len(reads) <= 1
    assert api.get("/api/graduates", "officer", params={"school": "新疆大学"}).status_code == 200
    assert len(reads) <= 2
