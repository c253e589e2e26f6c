"""A JSON API route refuses a query parameter it does not declare (``?place=`` for ``?location=``
answered every job); pages name a malformed address parameter by its label."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel

from service.api.problems import install_handlers
from service.api.query_params import declared_query_params, refuse_unknown_query
from tests.test_api_fixtures import api, assert_problem  # noqa: F401


def login(api, who: str) -> None:
    response = api.client.post("/login", data={"token": api.tokens[who]}, follow_redirects=False)
    assert response.status_code == 303, response.text


def page_text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


def test_a_misnamed_filter_is_refused_naming_it_and_the_accepted_ones(api):
    body = assert_problem(api.get("/api/jobs", "officer", params={"place": "海南"}), 422,
                          "未知的查询参数：place", "可用的参数：", "location")
    assert body["title"] == "请求内容不符合要求"  # the shape of every other 422
    assert body["instance"] == "/api/jobs"
    assert body["errors"] == [{"loc": ["query", "place"], "type": "unknown_parameter", "message": "未知的查询参数"}]
    assert "place" not in body["accepted"] and {"q", "location", "offset", "limit"} <= set(body["accepted"])
    response = api.get("/api/jobs", "officer", params={"location": "伊宁"})  # the declared name still filters
    assert response.status_code == 200, response.text
    assert [job["id"] for job in response.json()["items"]] == ["J-ACC"]


def test_every_unknown_parameter_is_named_once_and_known_ones_are_not(api):
    response = api.get("/api/jobs?place=海南&q=会计&city=伊宁&place=三亚", "officer")
    body = assert_problem(response, 422, "未知的查询参数：place、city；")
    assert [e["loc"] for e in body["errors"]] == [["query", "place"], ["query", "city"]]


def test_a_route_without_query_parameters_says_it_takes_none(api):
    assert_problem(api.get("/api/jobs/J-SOFT", "officer", params={"fields": "title"}), 422,
                   "未知的查询参数：fields；该地址不接受查询参数")


def test_parameters_of_a_route_with_several_of_its_own_are_accepted(api):
    response = api.get("/api/graduates/G1/recommendations", "officer", params={"k": 2, "rejected_k": 1})
    assert response.status_code == 200, response.text
    assert_problem(api.get("/api/graduates/G1/recommendations", "officer", params={"top": 2}), 422,
                   "未知的查询参数：top", "k、rejected_k")


def test_pages_and_the_documentation_keep_taking_a_parameter_the_api_refuses(api):
    login(api, "officer")
    assert api.client.get("/officer", params={"utm_source": "mail"}).status_code == 200
    assert api.client.get("/openapi.json", params={"utm_source": "mail"}).status_code == 200
    assert api.client.get("/docs", params={"utm_source": "mail"}).status_code == 200
    assert_problem(api.get("/api/support", "officer", params={"utm_source": "mail"}), 422, "utm_source")


class Filters(BaseModel):
    school: str = ""
    year: int | None = None


def paging(offset: int = 0, limit: Annotated[int, Query(alias="per_page")] = 20) -> tuple[int, int]:
    return offset, limit


def small_app() -> FastAPI:
    app = FastAPI(dependencies=[Depends(refuse_unknown_query)])
    install_handlers(app)

    @app.get("/api/x")
    def endpoint(filters: Annotated[Filters, Query()], page: Annotated[tuple, Depends(paging)], q: str = ""):
        return {"school": filters.school, "per_page": page[1]}

    return app


def test_declared_parameters_include_dependencies_and_query_models():
    app = small_app()
    route = next(r for r in app.routes if getattr(r, "path", "") == "/api/x")
    assert declared_query_params(route.dependant) == ["school", "year", "q", "offset", "per_page"]
    with TestClient(app) as client:
        assert client.get("/api/x", params={"school": "新疆大学", "per_page": 5}).json() == {
            "school": "新疆大学", "per_page": 5}
        assert_problem(client.get("/api/x", params={"limit": 5}), 422,
                       "未知的查询参数：limit；可用的参数：school、year、q、offset、per_page")


def test_a_malformed_page_number_on_fairs_is_a_chinese_page_naming_the_list(api):
    login(api, "officer")
    for value in ("abc", "0"):
        response = api.client.get("/fairs", params={"unplaced_page": value})
        assert response.status_code == 422
        assert response.headers["content-type"].startswith("text/html")
        text = page_text(response)
        assert f"未列入招聘会的岗位的页码（收到「{value}」）" in text, text
        assert "unplaced_page" not in text


def test_a_malformed_subsidy_box_on_a_graduates_page_is_named_by_its_label(api):
    login(api, "officer")
    response = api.client.get("/graduate/G1", params={"subsidy_only": "maybe"})
    assert response.status_code == 422 and response.headers["content-type"].startswith("text/html")
    assert "只登记补贴申领（收到「maybe」）：应为 true 或 false" in page_text(response)
