"""Jobs through the real app: CRUD by role, filters, search, ranker index updates, errors."""

from __future__ import annotations

import pytest

from tests.test_api_fixtures import api, assert_problem  # noqa: F401

NEW_JOB = {
    "id": "J-NEW", "title": "计算机网络管理员", "employer": "阿克苏网络中心", "employer_type": "企业",
    "location": "阿克苏地区", "education": "大专及以上", "salary_min": 5000, "salary_max": 7000,
    "description": "计算机网络技术运维、网络设备管理", "conditions": {"其他要求": "能适应值班"},
}


def suggested_ids(api, graduate: str, who: str) -> list[str]:
    response = api.get(f"/api/graduates/{graduate}/recommendations", who)
    assert response.status_code == 200, response.text
    return [s["job_id"] for s in response.json()["suggestions"]]


def test_every_role_can_list_jobs_with_total(api):
    for who in ("officer", "organiser", "g1"):
        body = api.get("/api/jobs", who, params={"limit": 2}).json()
        assert body["total"] == 6 and len(body["items"]) == 2 and body["items"][0]["id"] == "J-ACC"


def test_list_filters_by_location_type_and_education(api):
    body = api.get("/api/jobs", "g1", params={"location": "乌鲁木齐"}).json()
    assert {j["id"] for j in body["items"]} == {"J-SOFT", "J-PHD", "J-INTERN"}
    body = api.get("/api/jobs", "g1", params={"employer_type": "科研助理"}).json()
    assert [j["id"] for j in body["items"]] == ["J-PHD"]
    body = api.get("/api/jobs", "g1", params={"education": "大专"}).json()
    assert {j["id"] for j in body["items"]} == {"J-NET", "J-INTERN"}


def test_listing_without_token_is_401_in_chinese(api):
    response = api.client.get("/api/jobs")
    assert_problem(response, 401, "Bearer")
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_wrong_token_is_401(api):
    response = api.client.get("/api/jobs", headers={"Authorization": "Bearer not-a-token"})
    assert_problem(response, 401, "令牌无效")


def test_job_detail_and_unknown_id(api):
    body = api.get("/api/jobs/J-SOFT", "g1").json()
    assert body["education"] == "本科及以上" and body["salary"] == "7000-10000元/月"
    assert_problem(api.get("/api/jobs/NOPE", "g1"), 404, "岗位「NOPE」不存在")


def test_organiser_creates_job_and_it_is_suggested_without_restart(api):
    assert "J-NEW" not in suggested_ids(api, "G4", "officer")
    response = api.post("/api/jobs", "organiser", json=NEW_JOB)
    assert response.status_code == 201, response.text
    assert response.json()["education"] == "大专及以上" and response.json()["conditions"] == {"其他要求": "能适应值班"}
    assert suggested_ids(api, "G4", "officer")[0] == "J-NEW"


def test_graduate_cannot_create_job(api):
    assert_problem(api.post("/api/jobs", "g1", json=NEW_JOB), 403, "毕业生", "无权")


def test_duplicate_job_id_is_409(api):
    assert_problem(api.post("/api/jobs", "officer", json={**NEW_JOB, "id": "J-SOFT"}), 409, "J-SOFT", "已存在")


def test_malformed_json_is_400(api):
    response = api.client.post("/api/jobs", content=b'{"id": "X", "title": ', headers={
        **api.headers("officer"), "Content-Type": "application/json"})
    assert_problem(response, 400, "JSON")


def test_missing_title_is_422_naming_the_field(api):
    body = assert_problem(api.post("/api/jobs", "officer", json={"id": "X"}), 422, "title", "缺少必填字段")
    assert body["errors"][0]["loc"] == ["body", "title"]


def test_unrecognised_education_is_refused_not_guessed(api):
    assert_problem(api.post("/api/jobs", "officer", json={**NEW_JOB, "education": "看情况"}), 422, "无法识别的学历要求")


def test_contradicting_salary_is_422(api):
    response = api.post("/api/jobs", "officer", json={**NEW_JOB, "salary_min": 9000, "salary_max": 3000})
    assert_problem(response, 422, "薪资上限")


@pytest.mark.parametrize(("field", "value", "shown"), [
    ("headcount", True, "true"), ("headcount", "3", '"3"'), ("salary_min", False, "false"), ("salary_max", "8000", '"8000"'),
])
def test_a_number_field_takes_only_a_number(api, field, value, shown):
    # Pydantic alone would read true as 1 and "3" as 3.
    body = assert_problem(api.post("/api/jobs", "officer", json={**NEW_JOB, field: value}), 422, field, f"应为整数，收到 {shown}")
    assert body["errors"][0]["loc"] == ["body", field]
    created = api.post("/api/jobs", "officer", json={**NEW_JOB, "headcount": 3, "salary_min": 5000.0})
    assert created.status_code == 201 and (created.json()["headcount"], created.json()["salary_min"]) == (3, 5000)


def test_unknown_field_and_wrong_enum_are_422(api):
    problem = assert_problem(api.post("/api/jobs", "officer", json={**NEW_JOB, "colour": "red"}), 422,
                             "字段「colour」：不认识的字段；可用的字段：")
    accepted = problem["detail"].split("可用的字段：")[1].split("、")
    assert accepted[:3] == ["用人单位（employer）", "单位性质（employer_type）", "职位类别（category）"]
    assert {"岗位编号（id）", "职位名称（title）", "报考条件（conditions）"} <= set(accepted)
    assert_problem(api.post("/api/jobs", "officer", json={**NEW_JOB, "employer_type": "外星企业"}), 422, "取值无效")


def test_patch_changes_only_given_fields_and_reaches_the_index(api):
    for _ in range(2):  # the second answer comes from the caches
        assert api.get("/api/graduates/G1/recommendations", "g1").json()["suggestions"][0]["job"]["title"] == "软件开发工程师"
    response = api.patch("/api/jobs/J-SOFT", "organiser", json={"title": "Python 后端工程师"})
    assert response.status_code == 200 and response.json()["title"] == "Python 后端工程师"
    assert response.json()["salary_min"] == 7000  # untouched
    first = api.get("/api/graduates/G1/recommendations", "g1").json()["suggestions"][0]
    assert first["job_id"] == "J-SOFT" and first["job"]["title"] == "Python 后端工程师"


def test_patch_can_clear_a_field(api):
    response = api.patch("/api/jobs/J-SOFT", "organiser", json={"salary_min": None, "salary_max": None})
    assert response.json()["salary"] == "未注明"  # no range and no pay as written: not stated, not 「面议」


def test_patch_unknown_and_invalid(api):
    assert_problem(api.patch("/api/jobs/NOPE", "officer", json={"title": "x"}), 404, "NOPE")
    assert_problem(api.patch("/api/jobs/J-SOFT", "officer", json={"headcount": -1}), 422, "headcount")
    assert_problem(api.patch("/api/jobs/J-SOFT", "g1", json={"title": "x"}), 403)


def test_delete_removes_from_store_and_suggestions(api):
    assert "J-SOFT" in suggested_ids(api, "G1", "g1")
    assert api.delete("/api/jobs/J-SOFT", "organiser").status_code == 204
    assert_problem(api.get("/api/jobs/J-SOFT", "g1"), 404)
    assert "J-SOFT" not in suggested_ids(api, "G1", "g1")
    assert_problem(api.delete("/api/jobs/J-SOFT", "organiser"), 404)
    assert_problem(api.delete("/api/jobs/J-ACC", "g1"), 403)


def test_deleting_every_job_then_adding_one_works(api):
    for job_id in ("J-SOFT", "J-ACC", "J-TEACH", "J-PHD", "J-NET", "J-INTERN"):
        assert api.delete(f"/api/jobs/{job_id}", "officer").status_code == 204
    assert suggested_ids(api, "G4", "officer") == []
    assert api.post("/api/jobs", "officer", json=NEW_JOB).status_code == 201
    assert suggested_ids(api, "G4", "officer") == ["J-NEW"]


def test_search_needs_every_word_and_ranks_by_similarity(api):
    body = api.get("/api/jobs/search", "g1", params={"q": "软件开发"}).json()
    assert body["total"] == 2 and body["items"][0]["id"] == "J-SOFT"
    body = api.get("/api/jobs/search", "g1", params={"q": "软件", "location": "克拉玛依"}).json()
    assert [j["id"] for j in body["items"]] == ["J-NET"]
    body = api.get("/api/jobs/search", "g1", params={"q": "潜水员"}).json()
    assert body == {"items": [], "total": 0, "offset": 0, "limit": 50}


def test_search_without_query_and_oversized_page_are_422(api):
    assert_problem(api.get("/api/jobs/search", "g1"), 422, "q", "缺少必填字段")
    for blank in (" ", "\u3000\u3000"):  # passed min_length and answered every job, unscored
        assert_problem(api.get("/api/jobs/search", "g1", params={"q": blank}), 422, "q", "不能只有空格")
    body = api.get("/api/jobs/search", "g1", params={"q": " 软件开发\u3000"}).json()
    assert body["total"] == 2 and body["items"][0]["id"] == "J-SOFT"
    assert_problem(api.get("/api/jobs", "g1", params={"limit": 100000}), 422, "limit")
    assert_problem(api.get("/api/jobs", "g1", params={"offset": "abc"}), 422, "offset", "整数")
    assert_problem(api.get("/api/jobs", "g1", params={"education": "幼儿园"}), 422, "无法识别的学历")


def test_candidates_for_a_job(api):
    body = api.get("/api/jobs/J-SOFT/candidates", "organiser").json()
    assert body["candidates"][0]["graduate_id"] == "G1"
    assert "hardship" not in body["candidates"][0]["graduate"]  # organisers see no sensitive field
    assert {c["graduate_id"] for c in body["candidates"]}.isdisjoint({"G2", "G3"})  # wrong majors


def test_candidates_forbidden_for_graduates_and_404_for_unknown_job(api):
    assert_problem(api.get("/api/jobs/J-SOFT/candidates", "g1"), 403)
    assert_problem(api.get("/api/jobs/NOPE/candidates", "officer"), 404, "NOPE")


def test_candidates_follow_graduate_edits(api):
    assert api.get("/api/jobs/J-ACC/candidates", "officer").json()["candidates"][0]["graduate_id"] == "G2"
    assert api.patch("/api/graduates/G2", "officer", json={"major": "软件工程"}).status_code == 200
    assert api.get("/api/jobs/J-ACC/candidates", "officer").json()["candidates"] == []


def test_unknown_route_and_wrong_method_are_problem_details(api):
    assert_problem(api.get("/api/nothing-here", "g1"), 404, "不存在")
    wrong = api.client.put("/api/jobs", headers=api.headers("officer"))
    assert_problem(wrong, 405, "PUT")
    assert wrong.headers["allow"] == "GET, POST"
    # Each method of /api/jobs/{id} is a route of its own: Allow names them all (RFC 9110).
    wrong = api.client.post("/api/jobs/J-ACC", headers=api.headers("officer"))
    assert_problem(wrong, 405, "POST")
    assert wrong.headers["allow"] == "GET, PATCH, DELETE"


def test_patching_another_field_keeps_an_unstated_education_unknown(api):
    unstated = {key: value for key, value in NEW_JOB.items() if key != "education"}
    assert api.post("/api/jobs", "officer", json={**unstated, "id": "J-OPEN"}).status_code == 201
    before = api.get("/api/jobs/J-OPEN", "officer").json()
    response = api.patch("/api/jobs/J-OPEN", "officer", json={"title": "  网络管理员  "})
    assert response.status_code == 200, response.text
    after = response.json()
    assert after["title"] == "网络管理员"  # JSON strings are stripped at the boundary
    assert after["education"] == before["education"]
