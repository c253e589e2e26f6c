"""``since`` on ``/api/audit`` and ``/audit`` on a day after today (Beijing) is refused, as the
follow-up record's 起始日期 is (``follow_up_report.future_since``), instead of an empty list that
reads as 「nothing read since」; today's and past moments still filter."""

from __future__ import annotations

from service.beijing import beijing_today
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login


def test_the_api_refuses_a_moment_on_a_later_day(api):
    problem = assert_problem(api.get("/api/audit", "officer", params={"since": "2062-01-01T00:00:00+08:00"}), 422,
                             "查询参数「since」", "起始日期 2062-01-01 晚于今天", "请检查年份")
    assert problem["errors"][0]["loc"] == ["query", "since"]
    today = beijing_today().isoformat()
    assert api.get("/api/audit", "officer", params={"since": f"{today}T00:00:00+08:00"}).status_code == 200
    assert api.get("/api/audit", "officer", params={"since": "2020-01-01T00:00:00"}).status_code == 200


def test_the_api_answers_others_403_before_judging_the_day(api):
    assert api.get("/api/audit", "organiser", params={"since": "2062-01-01T00:00:00Z"}).status_code == 403


def test_the_page_refuses_a_later_day_in_words(api):
    login(api, "officer")
    page = api.client.get("/audit", params={"since": "2062-01-01"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "起始日期 2062-01-01 晚于今天" in page.text
    assert api.client.get("/audit", params={"since": beijing_today().isoformat()}).status_code == 200
