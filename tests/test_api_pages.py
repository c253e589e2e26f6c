"""Server-rendered pages: login with a token cookie, and one page per role."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api, assert_problem  # noqa: F401


def login(api, who: str):
    response = api.client.post("/login", data={"token": api.tokens[who]}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response


def test_root_without_cookie_goes_to_login(api):
    response = api.client.get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    page = api.client.get("/login")
    assert page.status_code == 200 and "访问令牌" in page.text and 'lang="zh-CN"' in page.text


def test_bad_token_stays_on_login_with_a_chinese_error(api):
    response = api.client.post("/login", data={"token": "wrong"}, follow_redirects=False)
    assert response.status_code == 401 and "令牌无效" in response.text
    assert "jobmatch_token" not in response.headers.get("set-cookie", "")


def test_login_sets_httponly_cookie_and_sends_each_role_home(api):
    response = login(api, "g1")
    assert response.headers["location"] == "/graduate/G1"
    cookie = response.headers["set-cookie"]
    assert "jobmatch_token=" in cookie and "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert login(api, "officer").headers["location"] == "/officer"
    assert login(api, "organiser").headers["location"] == "/organiser"


def test_graduate_page_shows_ranked_suggestions_reasons_and_not_eligible(api):
    login(api, "g1")
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200
    suggestions, rejected = page.text.split("得分较高但不符合条件的岗位")
    assert "软件开发工程师" in suggestions and "专业" in suggestions and "/job/J-SOFT" in suggestions
    assert "人工智能研究员" in rejected and "学历" in rejected
    assert "13900000001" not in page.text  # the page shows suggestions, not contact data


def test_an_officer_sees_the_recommendation_record_on_a_graduates_page_and_others_do_not(api):
    api.get("/api/graduates/G1/recommendations", "g1", params={"k": 1})
    login(api, "g1")
    assert "推荐记录" not in api.client.get("/graduate/G1").text
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    history = page.split("推荐记录")[1]
    assert "共 3 次" in history  # the graduate's API request, their page view, this view
    assert history.count("阿依古丽") == 2 and history.count("王老师") == 1 and "软件开发工程师" in history
    assert "北京时间" in history and "UTC" not in history


def test_a_page_number_past_the_last_says_so(api):
    login(api, "organiser")
    page = api.client.get("/organiser", params={"page": 999}).text
    assert "只有 1 页，没有第 999 页" in page and "page=1" in page and "第 999 / 1 页" not in page
    login(api, "officer")
    assert "没有第 50 页" in api.client.get("/officer", params={"page": 50}).text


def test_graduate_page_of_someone_else_is_404(api):
    login(api, "g1")
    page = api.client.get("/graduate/G2")
    assert page.status_code == 404 and "毕业生「G2」不存在" in page.text


def test_graduate_cannot_open_staff_pages(api):
    login(api, "g1")
    assert api.client.get("/organiser").status_code == 403
    assert api.client.get("/officer").status_code == 403


def test_organiser_browses_jobs_and_candidates(api):
    login(api, "organiser")
    page = api.client.get("/organiser", params={"q": "软件"})
    assert page.status_code == 200 and "软件开发工程师" in page.text and "伊犁商贸集团" not in page.text
    job = api.client.get("/job/J-SOFT")
    assert job.status_code == 200 and "推荐人选" in job.text and "阿依古丽" in job.text
    assert "低收入家庭" not in job.text
    assert api.client.get("/officer").status_code == 403


def test_job_page_for_a_graduate_has_no_candidates(api):
    login(api, "g1")
    job = api.client.get("/job/J-SOFT")
    assert job.status_code == 200 and "本科及以上" in job.text and "推荐人选" not in job.text
    assert "<dt>招聘人数</dt><dd>3人</dd>" in job.text  # a count with its unit, not a bare 3
    assert api.client.get("/job/NOPE").status_code == 404


def test_officer_page_lists_support_graduates_with_top_jobs_and_audits(api):
    login(api, "officer")
    page = api.client.get("/officer")
    assert page.status_code == 200
    assert "阿依古丽" in page.text and "古丽娜" in page.text and "王磊" not in page.text
    assert "低收入家庭" in page.text and "零就业家庭" in page.text
    assert "/job/J-SOFT" in page.text and "/job/J-TEACH" in page.text
    # Posts of one employer with one title differ in place, pay or id: the list shows them.
    assert "（乌鲁木齐市，7000-10000元/月，编号 J-SOFT）" in page.text
    assert {r.record_id for r in api.audit_rows()} == {"G1", "G3"}


def test_logout_clears_the_cookie(api):
    login(api, "g1")
    response = api.client.post("/logout", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert api.client.get("/graduate/G1", follow_redirects=False).headers["location"] == "/login"


def test_cookie_does_not_authenticate_the_json_api(api):
    login(api, "officer")
    assert api.client.get("/api/jobs").status_code == 401


def test_openapi_docs_are_served(api):
    assert api.client.get("/docs").status_code == 200
    paths = api.client.get("/openapi.json").json()["paths"]
    assert "/api/graduates/{graduate_id}/recommendations" in paths and "/login" not in paths


def test_the_openapi_document_states_bounds_in_json_schema_words(api):
    document = api.client.get("/openapi.json").text
    # A constraint pydantic cannot translate shows up under its own name ("ge", "le").
    assert '"ge":' not in document and '"le":' not in document
    schemas = api.client.get("/openapi.json").json()["components"]["schemas"]
    year = schemas["GraduateCreate"]["properties"]["graduation_year"]["anyOf"][0]
    assert (year["minimum"], year["maximum"]) == (1950, 2100)
    assert schemas["JobCreate"]["properties"]["headcount"]["anyOf"][0]["minimum"] == 0


@pytest.mark.parametrize(("method", "template", "path", "who", "body", "status"), [
    ("get", "/api/me", "/api/me", None, {}, 401),
    ("get", "/api/audit", "/api/audit", "organiser", {}, 403),
    ("get", "/api/audit", "/api/audit?since=昨天", "officer", {}, 422),
    ("get", "/api/jobs/{job_id}", "/api/jobs/NOPE", "officer", {}, 404),
    ("delete", "/api/jobs/{job_id}", "/api/jobs/NOPE", "officer", {}, 404),
    ("post", "/api/jobs", "/api/jobs", "officer", {"json": {"id": "J-SOFT", "title": "软件开发"}}, 409),
    ("post", "/api/jobs", "/api/jobs", "officer", {"content": b"{", "headers": {"content-type": "application/json"}}, 400),
    ("post", "/api/jobs/import", "/api/jobs/import", "officer", {"files": {"file": ("jobs.pdf", b"%PDF")}}, 415),
    ("patch", "/api/graduates/{graduate_id}", "/api/graduates/G1", "g1", {"json": {"name": "改名"}}, 403),
    ("get", "/api/graduates/{graduate_id}/recommendations", "/api/graduates/G1/recommendations?k=0", "officer", {}, 422),
    ("get", "/api/graduates/{graduate_id}/recommendations", "/api/graduates/G3/recommendations", "g1", {}, 404),
])
def test_each_error_answer_is_documented_as_a_problem(api, method, template, path, who, body, status):
    operation = api.client.get("/openapi.json").json()["paths"][template][method]
    headers = {**(api.headers(who) if who else {}), **body.pop("headers", {})}
    response = api.client.request(method.upper(), path, headers=headers, **body)
    assert_problem(response, status)
    documented = operation["responses"][str(status)]["content"]
    assert list(documented) == ["application/problem+json"]
    assert documented["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}


@pytest.mark.parametrize("path", ["/graduate/G1", "/organiser", "/organiser?q=软件", "/job/J-SOFT", "/officer"])
def test_every_page_without_a_cookie_goes_to_login_and_shows_nothing(api, path):
    response = api.client.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert "J-SOFT" not in response.text and "阿依古丽" not in response.text


def test_officer_page_audits_exactly_the_sensitive_fields_it_shows(api):
    """The list shows hardship (with its groups), the student loan and the phone, never 民族
    or 身份证号: one view writes one 「查看」 entry per graduate listed, naming the fields shown
    that hold a value, and its page holds no ID number or ethnicity to show. G1's 民族 is read
    for the tag 「少数民族（据民族）」 (her 困难类别 does not say it; G3's does), so it is logged."""
    login(api, "officer")
    page = api.client.get("/officer")
    assert page.status_code == 200
    entries = {r.record_id: (r.action, tuple(r.fields)) for r in api.audit_rows()}
    assert entries == {"G1": ("read", ("ethnicity", "hardship", "phone")), "G3": ("read", ("hardship",))}
    assert "650100200305010019" not in page.text and "维吾尔族" not in page.text
    assert "13900000001" in page.text  # the phone it does show


def test_the_support_api_audits_the_full_records_it_answers_with(api):
    """``/api/support`` answers with full records (民族, 身份证号 …): its entry names them all."""
    body = api.get("/api/support", "officer").json()
    g1 = next(item for item in body["items"] if item["graduate"]["id"] == "G1")
    assert g1["graduate"]["id_number"] == "650100200305010019" and g1["graduate"]["ethnicity"] == "维吾尔族"
    entries = {r.record_id: tuple(r.fields) for r in api.audit_rows() if r.action == "read"}
    assert entries["G1"] == ("ethnicity", "hardship", "id_number", "phone")
    assert entries["G3"] == ("ethnicity", "hardship")


def test_officer_page_audits_the_field_a_listed_posts_status_rests_on(tmp_path):
    """A post for 少数民族 listed as open to a graduate tells her ethnicity without showing it:
    that view logs 民族 for her, and still not 身份证号."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from service.api import create_app
    from tests.test_api_fixtures import JOBS, Api, start_api
    from tests.test_api_matching import rules_ranker_factory

    soft = next(j for j in JOBS if j.id == "J-SOFT")
    minority = replace(soft, id="J-MIN", conditions=(("其他要求", "限少数民族"),))
    app, tokens = start_api(tmp_path, jobs=[*JOBS, minority])
    app = create_app(app.state.settings, ranker_factory=rules_ranker_factory)
    with TestClient(app) as client:
        api = Api(client=client, app=app, tokens=tokens)
        login(api, "officer")
        page = api.client.get("/officer")
        assert page.status_code == 200 and "/job/J-MIN" in page.text
        entries = {r.record_id: tuple(r.fields) for r in api.audit_rows()}
    assert entries["G1"] == ("ethnicity", "hardship", "phone")


def test_officer_page_audits_no_loan_not_taken_and_no_empty_phone(tmp_path):
    """The list shows 国家助学贷款 only when the loan was taken, and an empty phone as nothing:
    a graduate who took none and left the phone blank has only 困难类别 read and logged, and
    the row handed to the page holds no other sensitive value."""
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from service.api import create_app, support_list
    from tests.test_api_fixtures import GRADUATES, Api, start_api

    g3 = next(g for g in GRADUATES if g.id == "G3")
    no_loan = replace(g3, student_loan=False, phone="")
    app, tokens = start_api(tmp_path, graduates=[no_loan if g.id == "G3" else g for g in GRADUATES])
    with TestClient(create_app(app.state.settings)) as client:
        api = Api(client=client, app=client.app, tokens=tokens)
        login(api, "officer")
        page = api.client.get("/officer")
        assert page.status_code == 200 and "/graduate/G3" in page.text and "国家助学贷款" not in page.text
        entries = {r.record_id: tuple(r.fields) for r in api.audit_rows()}
    assert entries["G3"] == ("hardship",)
    listed = support_list.as_listed(no_loan)
    assert (listed.student_loan, listed.phone, listed.ethnicity, listed.id_number) == (None, None, None, None)
