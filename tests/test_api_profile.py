"""``GET /api/profile`` and the ``/profile`` page, per role, on planted jobs and graduates."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from tests.test_api_fairs import GRADUATES, JOBS, SENSITIVE_VALUES
from tests.test_api_fixtures import Api, assert_problem, start_api
from tests.test_api_pages import login

# One graduate of another year and school, so that the filters have something to leave out.
COHORT = [*GRADUATES, replace(GRADUATES[1], id="B1", name="孙敏", school="石河子大学", graduation_year=2025,
                                   id_number=None)]  # A2's number is A2's alone


@pytest.fixture
def api(tmp_path):
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=COHORT)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def labels(items) -> dict[str, int]:
    return {c["label"]: c["count"] for c in items}


def test_officers_and_organisers_get_the_same_profile_without_sensitive_fields(api):
    answers = {who: api.get("/api/profile", who) for who in ("organiser", "officer")}
    for response in answers.values():
        assert response.status_code == 200, response.text
    assert answers["organiser"].json() == answers["officer"].json()
    body = answers["organiser"].json()
    assert body["total"] == 9 and body["sensitive"] is None
    assert labels(body["by_school"]) == {"新疆大学": 8, "石河子大学": 1}
    assert labels(body["by_class"]) == {"1202 工商管理类": 5, "1011 护理学类": 3, "0809 计算机类": 1}
    nursing = next(c for c in body["supply"]["classes"] if c["key"] == "1011")
    assert (nursing["graduates"], nursing["positions"], nursing["headcount"], nursing["openings"]) == (3, 3, 7, 8)
    assert "未注明招聘人数的岗位按 1 人计" in body["supply"]["basis"]
    assert not any(value in answers["organiser"].text for value in SENSITIVE_VALUES)
    assert api.audit_rows() == []


def test_filters_by_year_and_school(api):
    body = api.get("/api/profile", "organiser", params={"year": 2026, "school": "新疆大学"}).json()
    assert (body["total"], body["year"], body["school"], body["filters"]) == (8, 2026, "新疆大学", "2026 届、新疆大学")
    assert labels(api.get("/api/profile", "officer", params={"year": 2025}).json()["by_school"]) == {"石河子大学": 1}
    assert_problem(api.get("/api/profile", "officer", params={"year": "二〇二六"}), 422, "year")


def test_a_graduate_may_not_see_the_profile(api):
    assert_problem(api.get("/api/profile", "g1"), 403, "无权")
    assert_problem(api.client.get("/api/profile"), 401)


def test_organisers_asking_for_the_sensitive_section_get_a_chinese_403_and_nothing_is_read(api):
    assert_problem(api.get("/api/profile", "organiser", params={"sensitive": "true"}), 403, "只有就业服务专员")
    assert api.audit_rows() == []


def test_officers_get_the_sensitive_section_on_request_audited_per_graduate(api):
    body = api.get("/api/profile", "officer", params={"sensitive": "true", "year": 2026}).json()
    sensitive = body["sensitive"]
    assert labels(sensitive["hardship"])["低收入家庭"] == 1 and labels(sensitive["hardship"])["残疾"] == 1
    assert (sensitive["disability"], sensitive["ethnic_minority"], sensitive["hardship_any"]) == (1, 3, 2)
    rows = api.audit_rows()
    assert sorted((r.record_id, r.action, r.role, tuple(r.fields)) for r in rows) == [
        (g.id, "profile", "officer", ("ethnicity", "hardship")) for g in sorted(GRADUATES, key=lambda g: g.id)]
    # B1, of 2025, was not counted and has no entry.
    assert {r.user_name for r in rows} == {"王老师"}


def test_without_jobs_majors_are_still_placed_and_supply_is_absent(tmp_path):
    app, tokens = start_api(tmp_path, jobs=[], graduates=COHORT)
    with TestClient(app) as client:
        body = Api(client=client, app=app, tokens=tokens).get("/api/profile", "organiser").json()
    assert body["supply"] is None and labels(body["by_class"])["1202 工商管理类"] == 5


def test_profile_page_for_organisers_and_officers(api):
    login(api, "organiser")
    assert 'href="/profile"' in api.client.get("/organiser").text
    page = api.client.get("/profile", params={"year": "2026", "school": ""})
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    text = page.text
    assert "毕业生画像（2026 届、全部学校）" in text and "共 <strong>8</strong> 人" in text
    assert "1202 工商管理类" in text and "供需对比" in text and 'class="bar-fill' in text
    assert "<script" not in text and "sensitive=true" not in text
    assert not any(value in text for value in SENSITIVE_VALUES)
    refused = api.client.get("/profile", params={"sensitive": "true"})
    assert refused.status_code == 403 and "只有就业服务专员" in refused.text
    bad = api.client.get("/profile", params={"year": "abc"})
    assert bad.status_code == 422 and "毕业年份「abc」无效" in bad.text
    assert api.audit_rows() == []

    login(api, "officer")
    page = api.client.get("/profile", params={"school": "新疆大学"}).text
    assert 'id="show-sensitive"' in page and "sensitive=true" in page and "敏感信息统计" not in page
    assert api.audit_rows() == []
    shown = api.client.get("/profile", params={"school": "新疆大学", "sensitive": "true"}).text
    assert "敏感信息统计（仅限就业服务专员" in shown and "低收入家庭" in shown
    assert len(api.audit_rows()) == 8 and {r.action for r in api.audit_rows()} == {"profile"}


def test_graduates_get_no_profile_page(api):
    login(api, "g1")
    assert 'href="/profile"' not in api.client.get("/graduate/G1").text
    page = api.client.get("/profile")
    assert page.status_code == 403 and "毕业生账号不能查看毕业生画像" in page.text


def test_the_positions_classes_are_kept_until_a_job_changes(api, monkeypatch):
    """Giving every position its classes costs 0.2–0.4 s at 11,720 jobs, under the matcher's
    lock: it is done once per version of the job index, not on every request."""
    from matching import cohort_supply

    calls = []
    real = cohort_supply.class_themes
    monkeypatch.setattr(cohort_supply, "class_themes", lambda ranker, **kw: (calls.append(1), real(ranker, **kw))[1])
    first = api.get("/api/profile", "organiser").json()
    assert api.get("/api/profile", "officer", params={"year": 2026, "sensitive": "true"}).status_code == 200
    assert api.get("/api/profile", "organiser").json() == first
    assert len(calls) == 1
    created = api.post("/api/jobs", "organiser", json={
        "id": "NUR4", "title": "护士", "employer": "伊宁市人民医院", "majors_text": "护理学", "education": "本科及以上",
        "location": "伊宁市", "headcount": 4})
    assert created.status_code == 201, created.text
    nursing = next(c for c in api.get("/api/profile", "organiser").json()["supply"]["classes"] if c["key"] == "1011")
    assert (nursing["positions"], nursing["openings"]) == (4, 12) and len(calls) == 2


def test_the_page_escapes_school_and_major_names(tmp_path):
    """School and major names are what a table or an API client wrote: shown as text, never as markup."""
    odd = replace(GRADUATES[1], id="E1", school='<script>alert("校")</script>', major="<img src=x onerror=alert(1)>",
                  major_code=None, id_number=None)
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=[*GRADUATES, odd])
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        login(api, "organiser")
        text = api.client.get("/profile").text
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;alert(&#34;校&#34;)&lt;/script&gt;" in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_the_year_filter_reads_the_files_spellings(api):
    # 「2026届」 is how the graduates' files write it (features.values.parse_year); the filter refused it.
    login(api, "organiser")
    for written in ("2026届", "2026 届", "2026年"):
        page = api.client.get("/profile", params={"year": written})
        assert page.status_code == 200 and "毕业生画像（2026 届、全部学校）" in page.text, written
    assert api.client.get("/profile", params={"year": "2022级"}).status_code == 422
