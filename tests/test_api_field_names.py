"""What the API's 422s say of a body's fields, found by a review on 2026-12-07: each field by its Chinese
name with its key beside it (「字段「就业意向」（intention）应为文本」), an unknown field answered with
only the fields the caller's role may send, a job read back posted again, ids a page would read as
markup refused; and the login page and the pay in words a graduate reads."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api, assert_problem  # noqa: F401


@pytest.mark.parametrize(("path", "body", "field", "words"), [
    ("/api/graduates", {"id": "X1", "intention": 5}, "字段「就业意向」（intention）", "应为文本"),
    ("/api/graduates", {"id": "X1", "preferences": {"min_salary": "abc"}},
     "字段「求职偏好·期望薪资」（preferences.min_salary）", "应为整数，收到 \"abc\""),
    ("/api/graduates", {"id": "X1", "graduation_year": "x"}, "字段「毕业年份」（graduation_year）", "应为整数"),
    ("/api/graduates", {"id": "X1", "hardship": ["贫困"]}, "字段「困难类别·第 1 项」（hardship.0）", "取值无效"),
    ("/api/jobs", {"id": "J9", "title": "t", "salary_min": "多"}, "字段「月薪下限」（salary_min）", "应为整数"),
    ("/api/jobs", {"id": "J9", "title": "t", "conditions": {"备注": 5}}, "字段「报考条件·备注」（conditions.备注）", "应为文本"),
    ("/api/jobs", {"title": "t"}, "字段「岗位编号」（id）", "缺少必填字段"),
    ("/api/graduates/G1/follow-ups", {"job_id": "J-SOFT", "status": "录取了"}, "字段「跟进结果」（status）", "取值无效"),
])
def test_a_refused_field_is_named_in_chinese_with_its_key(api, path, body, field, words):
    detail = assert_problem(api.post(path, "officer", json=body), 422, field, words)["detail"]
    assert detail.index(words) < detail.index(field) + len(field) + 2  # said of that field


def test_a_field_refused_by_a_later_check_is_named_in_chinese_too(api):
    # The stored record validated again with the fields sent (services._invalid), and the follow-ups' own checks.
    assert_problem(api.patch("/api/jobs/J-SOFT", "officer", json={"salary_max": 100}), 422,
                   "字段「月薪上限」（salary_max）")
    assert_problem(api.post("/api/graduates/G1/follow-ups", "officer", json={"status": "已推送"}), 422,
                   "字段「岗位编号」（job_id）")


def test_every_body_field_of_every_route_has_a_chinese_name(api):
    from service.api import body_fields

    def fields(model, prefix=()):
        for name, field in model.model_fields.items():
            path = (*prefix, field.alias or name)
            yield path
            if (inner := body_fields.model_in(field.annotation)) is not None:
                yield from fields(inner, path)

    def routes(items):
        for route in items:
            yield from routes(route.original_router.routes) if hasattr(route, "original_router") else [route]

    unnamed, seen = [], 0
    for route in routes(api.app.routes):
        if not getattr(route, "path", "").startswith("/api/") or getattr(route, "body_field", None) is None:
            continue
        model = body_fields.model_in(route.body_field.field_info.annotation)
        for path in fields(model):
            seen += 1
            if body_fields.field_label(path, model) is None:
                unnamed.append((route.path, ".".join(path)))
    assert seen > 60 and unnamed == []


def test_an_unknown_field_lists_only_what_the_callers_role_may_send(api):
    graduate = assert_problem(api.patch("/api/graduates/G1", "g1", json={"foo": 1}), 422, "字段「foo」：不认识的字段")
    assert graduate["detail"].endswith("可用的字段：就业意向（intention）、求职偏好（preferences）")
    organiser = assert_problem(api.post("/api/graduates", "organiser", json={"id": "X1", "foo": 1}), 422)
    officer = assert_problem(api.post("/api/graduates", "officer", json={"id": "X1", "foo": 1}), 422)
    for sensitive in ("hardship", "ethnicity", "id_number", "student_loan", "phone"):
        assert f"（{sensitive}）" not in organiser["detail"] and f"（{sensitive}）" in officer["detail"]
    assert "姓名（name）" in organiser["detail"]


def test_a_job_read_is_posted_again_with_its_read_only_fields_ignored(api):
    read = api.get("/api/jobs/J-INTERN", "officer").json()
    assert {"salary", "location_inferred", "location_inferred_from"} <= read.keys()
    created = api.post("/api/jobs", "officer", json={**read, "id": "J-COPY", "salary": "随便写"})
    assert created.status_code == 201, created.text
    copy = created.json()
    assert copy["salary"] == read["salary"] == "2500元/月起" and copy["salary_min"] == 2500
    changed = api.patch("/api/jobs/J-COPY", "officer", json={"salary": "9999元/月", "location_inferred": "火星"})
    assert changed.status_code == 200 and changed.json()["salary"] == "2500元/月起"
    schema = api.client.get("/openapi.json").json()["components"]["schemas"]["JobCreate"]["properties"]
    assert "只读" in schema["salary"]["description"] and "忽略" in schema["location_inferred"]["description"]


@pytest.mark.parametrize(("job_id", "words"), [
    ("XSS<1>\"'", "“<”、“>” 或引号"), ("a'b", "引号"), (" J9", "前后不能有空格"), ("J9 ", "前后不能有空格"),
    ("J\u00019", "控制字符"),
])
def test_an_id_a_page_would_misread_is_refused_naming_the_field(api, job_id, words):
    assert_problem(api.post("/api/jobs", "officer", json={"id": job_id, "title": "标记岗位"}), 422,
                   "字段「岗位编号」（id）", words)
    assert api.get("/api/jobs", "officer", params={"q": "标记岗位"}).json()["total"] == 0  # nothing stored


def test_the_importers_refuse_the_same_ids():
    from service.import_rows import record_id

    for bad in ("XSS<1>", 'a"b', "a'b"):
        with pytest.raises(ValueError, match="引号"):
            record_id(bad)
    assert record_id("  J9 ") == "J9"  # a cell's spaces are trimmed, as before


def test_the_login_page_says_who_issues_the_token_in_a_graduates_words(api):
    page = api.client.get("/login").text
    assert "请输入就业服务机构为您签发的访问令牌" in page and "jobmatch users add" not in page


def test_a_pay_of_one_figure_reads_as_one_figure_in_the_api_and_the_reasons(api):
    created = api.post("/api/jobs", "officer", json={"id": "J-ONE", "title": "行政见习岗", "pay_text": "见习补贴2000元/月"})
    assert created.status_code == 201 and created.json()["salary"] == "2000元/月"
    assert api.patch("/api/graduates/G4", "officer", json={"preferences": {"min_salary": 3000}}).status_code == 200
    answer = api.get("/api/graduates/G4/recommendations", "officer", params={"k": 100, "rejected_k": 50}).json()
    reasons = [r for s in answer["suggestions"] + answer["rejected"] if s["job_id"] == "J-ONE" for r in s["reasons"]]
    assert "薪酬低于期望：2000元/月（期望不低于3000元/月）" in reasons, reasons
    assert not [r for r in reasons if "2000-2000" in r]


def test_describe_validation_without_a_model_keeps_the_key_alone():
    from service.api.problems import describe_validation

    detail, _ = describe_validation([{"type": "missing", "loc": ("body", "x")}])
    assert detail == "字段「x」缺少必填字段"
