"""A bug on a page answers a Chinese page (status 500) that shows nothing of the error, the
traceback goes to the server's log, and the JSON API keeps its problem details."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from tests.test_api_fixtures import Api, assert_problem, start_api
from tests.test_api_pages import login

SECRET = "连接串 postgresql://jobmatch:hunter2@db/prod 失败"


def _fail():
    raise RuntimeError(SECRET)


@pytest.fixture
def api(tmp_path):
    """The app with a page and an API route that fail, and a client that gets the 500 answer
    (instead of the exception the test client raises by default)."""
    app, tokens = start_api(tmp_path)
    app.add_api_route("/broken-page", _fail, include_in_schema=False)
    app.add_api_route("/api/broken", _fail, include_in_schema=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client=client, app=app, tokens=tokens)


def assert_server_error_page(response) -> str:
    assert response.status_code == 500, response.text
    assert response.headers["content-type"].startswith("text/html"), response.headers
    assert response.headers["cache-control"] == "no-store"
    text = response.text
    assert "服务器内部错误" in text and "已记录" in text and 'lang="zh-CN"' in text
    for internal in ("hunter2", "postgresql", "RuntimeError", "Traceback", "_fail", ".py"):
        assert internal not in text, internal
    return text


def test_an_unexpected_error_on_a_page_is_a_chinese_page_and_the_traceback_is_logged(api, caplog):
    login(api, "officer")
    with caplog.at_level(logging.ERROR, logger="jobmatch.api"):
        text = assert_server_error_page(api.client.get("/broken-page"))
    assert "退出" in text and '<a href="/">返回首页</a>' in text  # the visitor's own menu, a way on
    logged = [r for r in caplog.records if r.exc_info and "/broken-page" in r.getMessage()]
    assert logged and logged[0].exc_info[0] is RuntimeError and SECRET in str(logged[0].exc_info[1])


def test_an_unexpected_error_on_the_api_stays_a_json_problem(api):
    body = assert_problem(api.get("/api/broken", "officer"), 500, "服务器")
    assert "hunter2" not in str(body) and "RuntimeError" not in str(body)


def test_a_real_page_whose_service_fails_answers_the_error_page(api, monkeypatch):
    from service.api import support_list

    monkeypatch.setattr(support_list, "support_overview", lambda **_: _fail())
    login(api, "officer")
    assert_server_error_page(api.client.get("/officer"))


def test_the_error_page_is_still_shown_when_the_visitor_cannot_be_read(api, monkeypatch):
    """The database may be what failed: the page then goes without the visitor's menu."""
    from service.api import page_kit

    login(api, "officer")
    monkeypatch.setattr(page_kit, "page_user", lambda request, session: _fail())
    text = assert_server_error_page(api.client.get("/broken-page"))
    assert "退出" not in text


def test_a_plain_chinese_page_answers_when_the_error_page_cannot_be_drawn(api, monkeypatch):
    from service.api import page_kit

    def broken_template(*args, **kwargs):
        raise RuntimeError("template error.html: undefined 'hunter2'")

    monkeypatch.setattr(page_kit, "error_page", broken_template)
    text = assert_server_error_page(api.client.get("/broken-page"))
    assert "返回首页" in text
