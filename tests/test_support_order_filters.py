"""Hardship-support graduates are listed by need of follow-up wherever they are listed:
``GET /api/graduates?needs_support=true`` as ``GET /api/support`` and the officer page; and
the queue and the page filter by school and major as the graduates list does."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from features.education import EducationLevel
from features.records import Graduate, Hardship
from service.api import pages
from tests.test_api_fixtures import JOBS, Api, assert_problem, start_api
from tests.test_api_followups import login, recorded


def person(graduate_id: str, school: str, major: str, hardship: bool = True) -> Graduate:
    return Graduate(id=graduate_id, name=f"学生{graduate_id}", school=school, major=major,
                    education=EducationLevel.BACHELOR,
                    hardship=frozenset({Hardship.LOW_INCOME_FAMILY}) if hardship else frozenset())


@pytest.fixture
def campus(tmp_path):
    """A1 hired, B1 followed up, A2 and B2 not yet: by need A2, B2, B1, A1 (by id A1, A2, B1, B2)."""
    graduates = [person("A1", "新疆大学", "会计学"), person("A2", "新疆大学", "计算机科学与技术"),
                 person("B1", "石河子大学", "会计学"), person("B2", "石河子大学", "财务会计教育"),
                 person("N1", "新疆大学", "会计学", hardship=False)]
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=graduates)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        recorded(api, "A1", job_id="J-ACC", status="已录用")
        recorded(api, "B1", job_id="J-ACC", status="已推送")
        yield api


def ids(body: dict, key=lambda item: item["id"]) -> list[str]:
    return [key(item) for item in body["items"]]


def test_the_graduates_list_of_hardship_support_graduates_is_ordered_by_need(campus):
    api = campus
    body = api.get("/api/graduates", "officer", params={"needs_support": True}).json()
    assert ids(body) == ["A2", "B2", "B1", "A1"] and body["total"] == 4
    pieces = [api.get("/api/graduates", "officer", params={"needs_support": True, "offset": o, "limit": 2}).json()
              for o in (0, 2)]
    assert [i for p in pieces for i in ids(p)] == ["A2", "B2", "B1", "A1"] and {p["total"] for p in pieces} == {4}
    queue = api.get("/api/support", "officer").json()
    assert ids(queue, lambda item: item["graduate"]["id"]) == ids(body)


def test_other_lists_stay_ordered_by_id(campus):
    api = campus
    assert ids(api.get("/api/graduates", "officer").json()) == ["A1", "A2", "B1", "B2", "N1"]
    assert ids(api.get("/api/graduates", "officer", params={"needs_support": False}).json()) == ["N1"]


def test_the_list_by_need_keeps_the_other_filters(campus):
    body = campus.get("/api/graduates", "officer", params={"needs_support": True, "school": "石河子"}).json()
    assert ids(body) == ["B2", "B1"] and body["total"] == 2


@pytest.mark.parametrize(("params", "expected"), [
    ({"school": "新疆大学"}, ["A2", "A1"]),
    ({"major": "会计"}, ["B2", "B1", "A1"]),
    ({"school": "石河子", "major": "会计学"}, ["B1"]),
    ({"school": "喀什大学"}, []),
])
def test_the_support_queue_filters_by_school_and_major(campus, params, expected):
    body = campus.get("/api/support", "officer", params=params).json()
    assert ids(body, lambda item: item["graduate"]["id"]) == expected and body["total"] == len(expected)


def test_the_support_queue_refuses_a_too_long_filter(campus):
    assert_problem(campus.get("/api/support", "officer", params={"major": "学" * 101}), 422, "查询参数「major」")


def rows_of(page: str) -> list[str]:
    table = page.split('id="support"')[1].split("</table>")[0]
    return re.findall(r'<td data-label="毕业生"><a href="/graduate/([^"]+)">', table)


def test_the_officer_page_has_a_filter_form_and_its_pages_keep_the_filters(campus, monkeypatch):
    api = campus
    login(api, "officer")
    page = api.client.get("/officer").text
    form = page.split('id="support-filters"')[1].split("</form>")[0]
    assert 'name="school"' in form and 'name="major"' in form
    assert rows_of(page) == ["A2", "B2", "B1", "A1"]

    filtered = api.client.get("/officer", params={"school": "石河子", "major": "会计"}).text
    assert rows_of(filtered) == ["B2", "B1"] and "共 2 人" in filtered
    assert 'value="石河子"' in filtered and "清除筛选" in filtered

    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    first = api.client.get("/officer", params={"school": "石河子"}).text
    (next_link,) = re.findall(r'<a href="([^"]+)">下一页</a>', first)
    second = api.client.get(next_link.replace("&amp;", "&")).text
    assert rows_of(first) + rows_of(second) == ["B2", "B1"]
    none = api.client.get("/officer", params={"school": "喀什大学"}).text
    assert "没有符合筛选条件的困难帮扶对象" in none


def test_the_officer_filter_form_shows_what_was_typed_escaped(campus):
    login(campus, "officer")
    page = campus.client.get("/officer", params={"school": '"><script>alert(1)</script>', "major": "会计&审计"}).text
    form = page.split('id="support-filters"')[1].split("</form>")[0]
    assert "<script>alert" not in page
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in form and 'value="会计&amp;审计"' in form
