"""Graduates through the real app: role-dependent views, the audit trail, recommendations."""

from __future__ import annotations

from tests.test_api_fixtures import api, assert_problem  # noqa: F401

SENSITIVE = {"ethnicity", "hardship", "id_number", "phone"}


def audit_of(api, record_id: str, action: str | None = None) -> list:
    return [r for r in api.audit_rows() if r.record_id == record_id and (action is None or r.action == action)]


def test_officer_reads_sensitive_fields_and_the_read_is_audited(api):
    body = api.get("/api/graduates/G1", "officer").json()
    assert body["hardship"] == ["低收入家庭"] and body["phone"] == "13900000001" and body["needs_support"] is True
    rows = audit_of(api, "G1", "read")
    assert len(rows) == 1 and rows[0].user_name == "王老师" and rows[0].role == "officer"
    assert set(rows[0].fields) == {"ethnicity", "hardship", "id_number", "phone"}


def test_organiser_sees_no_sensitive_field_and_leaves_no_audit(api):
    body = api.get("/api/graduates/G1", "organiser").json()
    assert body["name"] == "阿依古丽" and SENSITIVE.isdisjoint(body)
    assert audit_of(api, "G1") == []


def test_graduate_reads_own_record(api):
    body = api.get("/api/graduates/G1", "g1").json()
    assert body["id"] == "G1" and body["phone"] == "13900000001"
    assert audit_of(api, "G1", "read")[0].role == "graduate"


def test_graduate_cannot_read_other_graduate(api):
    # 404 and the same message as for an id that does not exist: nothing to probe.
    other = assert_problem(api.get("/api/graduates/G2", "g1"), 404)
    missing = assert_problem(api.get("/api/graduates/G999", "g1"), 404)
    assert other["detail"] == "毕业生「G2」不存在" and missing["detail"] == "毕业生「G999」不存在"


def test_graduate_cannot_list_create_or_delete(api):
    assert_problem(api.get("/api/graduates", "g1"), 403, "毕业生")
    assert_problem(api.post("/api/graduates", "g1", json={"id": "G9"}), 403)
    assert_problem(api.delete("/api/graduates/G1", "g1"), 403)


def test_a_graduate_edits_their_own_intentions_and_nothing_else(api):
    def suggestion(job_id):
        suggestions = api.get("/api/graduates/G1/recommendations", "g1").json()["suggestions"]
        return next(s for s in suggestions if s["job_id"] == job_id)

    before = suggestion("J-NET")
    body = {"intention": "想去克拉玛依做网络运维", "preferences": {"locations": ["克拉玛依"], "categories": ["信息技术"]}}
    changed = api.patch("/api/graduates/G1", "g1", json=body)
    assert changed.status_code == 200, changed.text
    assert changed.json()["intention"] == body["intention"] and changed.json()["preferences"]["locations"] == ["克拉玛依"]
    assert api.get("/api/graduates/G1", "officer").json()["intention"] == body["intention"]  # stored
    after = suggestion("J-NET")  # the ranking follows the new wish (克拉玛依, 运维)
    assert after["score"] > before["score"] and "意向地点一致：克拉玛依市" in after["reasons"]
    assert after["rank"] <= before["rank"]

    denied = assert_problem(api.patch("/api/graduates/G1", "g1", json={"major": "会计学", "intention": "x"}), 403, "major")
    assert "intention" not in denied["detail"].split("不能修改：")[1]
    assert_problem(api.patch("/api/graduates/G1", "g1", json={"ethnicity": "汉族"}), 403, "ethnicity")
    assert_problem(api.patch("/api/graduates/G2", "g1", json={"intention": "x"}), 404)  # another graduate: not found
    assert api.get("/api/graduates/G1", "officer").json()["major"] == "计算机科学与技术"  # nothing else changed


def test_lists_by_role(api):
    organiser = api.get("/api/graduates", "organiser").json()
    assert organiser["total"] == 4 and all(SENSITIVE.isdisjoint(g) for g in organiser["items"])
    officer = api.get("/api/graduates", "officer", params={"school": "新疆大学"}).json()
    assert [g["id"] for g in officer["items"]] == ["G1"] and officer["items"][0]["hardship"] == ["低收入家庭"]


def test_only_officers_filter_by_hardship(api):
    assert_problem(api.get("/api/graduates", "organiser", params={"needs_support": "true"}), 403, "困难类别")
    body = api.get("/api/graduates", "officer", params={"needs_support": "true"}).json()
    assert [g["id"] for g in body["items"]] == ["G1", "G3"]
    assert {r.record_id for r in api.audit_rows() if r.action == "read"} == {"G1", "G3"}


def test_officer_creates_graduate_with_sensitive_fields_audited(api):
    response = api.post("/api/graduates", "officer", json={
        "id": "G9", "name": "马燕", "major": "软件工程", "education": "本科", "hardship": ["残疾"], "phone": "13800000009",
    })
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["major_code"] == "080902" and body["education"] == "本科" and body["hardship"] == ["残疾"]
    created = audit_of(api, "G9", "create")
    assert len(created) == 1 and set(created[0].fields) == {"hardship", "phone"}


def test_organiser_may_create_without_sensitive_fields_only(api):
    assert_problem(api.post("/api/graduates", "organiser", json={"id": "G9", "phone": "13800000009"}), 403,
                   "敏感字段", "phone")
    response = api.post("/api/graduates", "organiser", json={"id": "G9", "name": "马燕"})
    assert response.status_code == 201 and SENSITIVE.isdisjoint(response.json())


def test_update_of_hardship_is_audited_with_the_changed_field(api):
    response = api.patch("/api/graduates/G2", "officer", json={"hardship": ["零就业家庭"]})
    assert response.status_code == 200 and response.json()["needs_support"] is True
    update = audit_of(api, "G2", "update")
    assert len(update) == 1 and update[0].fields == ["hardship"]


def test_update_of_a_plain_field_by_organiser(api):
    response = api.patch("/api/graduates/G2", "organiser", json={"intention": "会计或审计"})
    assert response.json()["intention"] == "会计或审计" and audit_of(api, "G2", "update") == []
    assert_problem(api.patch("/api/graduates/G2", "organiser", json={"ethnicity": "回族"}), 403, "ethnicity")


def test_graduate_validation_errors_are_chinese(api):
    assert_problem(api.post("/api/graduates", "officer", json={"id": "G9", "id_number": "123"}), 422,
                   "id_number", "格式不正确")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "G9", "education": "很高"}), 422, "无法识别的学历")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "G9", "hardship": ["有钱"]}), 422, "hardship")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "G9", "graduation_year": 1800}), 422,
                   "graduation_year", "过小")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "G1"}), 409, "G1")
    assert_problem(api.patch("/api/graduates/G1", "officer", json={}), 422, "没有要修改的字段")
    assert_problem(api.post("/api/graduates", "officer", json={"id": "a/b"}), 422, "id")


def test_officer_deletes_graduate_and_the_deletion_is_audited(api):
    assert_problem(api.delete("/api/graduates/G1", "organiser"), 403)
    assert api.get("/api/graduates/G1/recommendations", "officer").status_code == 200  # loads the cache
    assert api.delete("/api/graduates/G1", "officer").status_code == 204
    assert_problem(api.get("/api/graduates/G1/recommendations", "officer"), 404)
    assert_problem(api.get("/api/graduates/G1", "officer"), 404)
    assert audit_of(api, "G1", "delete")[0].fields
    assert_problem(api.delete("/api/graduates/G1", "officer"), 404)


def test_recommendations_rank_eligible_jobs_with_reasons_and_list_the_ineligible(api):
    body = api.get("/api/graduates/G1/recommendations", "g1").json()
    first = body["suggestions"][0]
    assert first["job_id"] == "J-SOFT" and first["rank"] == 1 and first["status_label"] == "符合"
    assert any("专业" in r for r in first["reasons"]) and first["job"]["title"] == "软件开发工程师"
    rejected = {r["job_id"]: r for r in body["rejected"]}
    assert "J-PHD" in rejected and any("学历" in r for r in rejected["J-PHD"]["reasons"])
    assert "J-PHD" not in [s["job_id"] for s in body["suggestions"]]


def test_recommendations_access_by_role(api):
    assert_problem(api.get("/api/graduates/G2/recommendations", "g1"), 404, "G2")
    assert api.get("/api/graduates/G2/recommendations", "organiser").status_code == 200
    assert api.get("/api/graduates/G2/recommendations", "g2").status_code == 200
    assert_problem(api.get("/api/graduates/G1/recommendations", "g1", params={"k": 0}), 422, "k")


def test_recommendations_respect_k_and_are_logged(api):
    body = api.get("/api/graduates/G1/recommendations", "g1", params={"k": 1, "rejected_k": 0}).json()
    assert len(body["suggestions"]) == 1 and body["rejected"] == []
    log = api.get("/api/graduates/G1/recommendation-log", "officer").json()
    assert log["total"] == 1
    entry = log["items"][0]
    assert entry["user_name"] == "阿依古丽" and entry["user_id"] == 3
    assert entry["jobs"] == [{"job_id": "J-SOFT", "title": "软件开发工程师", "employer": "乌鲁木齐云端科技有限公司",
                              "location": "乌鲁木齐市"}]


def test_the_recommendation_log_is_for_officers_only(api):
    api.get("/api/graduates/G1/recommendations", "g1")
    for who in ("organiser", "g1"):
        assert_problem(api.get("/api/graduates/G1/recommendation-log", who), 403)
    assert_problem(api.get("/api/graduates/G999/recommendation-log", "officer"), 404, "G999")
    assert api.get("/api/graduates/G3/recommendation-log", "officer").json() == {
        "items": [], "total": 0, "offset": 0, "limit": 50}  # exists, never recommended


def test_the_recommendation_log_pages_newest_first_and_outlives_deletions(api):
    for k in (1, 2, 3):
        api.get("/api/graduates/G2/recommendations", "officer", params={"k": k, "rejected_k": 0})
    page = api.get("/api/graduates/G2/recommendation-log", "officer", params={"limit": 2}).json()
    assert page["total"] == 3 and [len(e["jobs"]) for e in page["items"]] == [3, 2]
    rest = api.get("/api/graduates/G2/recommendation-log", "officer", params={"offset": 2}).json()
    assert [len(e["jobs"]) for e in rest["items"]] == [1]
    first_job = rest["items"][0]["jobs"][0]["job_id"]

    assert api.delete(f"/api/jobs/{first_job}", "officer").status_code == 204
    assert api.delete("/api/graduates/G2", "officer").status_code == 204
    kept = api.get("/api/graduates/G2/recommendation-log", "officer").json()
    assert kept["total"] == 3  # the follow-up record survives the graduate's deletion
    assert kept["items"][-1]["jobs"] == [{"job_id": first_job, "title": None, "employer": None, "location": None}]


def test_audit_log_is_for_officers_and_filterable(api):
    api.get("/api/graduates/G1", "officer")
    api.get("/api/graduates/G3", "officer")
    body = api.get("/api/audit", "officer", params={"record_id": "G3"}).json()
    assert body["total"] == 1 and body["items"][0]["fields"] == ["ethnicity", "hardship"]
    assert api.get("/api/audit", "officer").json()["items"][0]["record_id"] == "G3"  # newest first
    assert_problem(api.get("/api/audit", "organiser"), 403)
    assert_problem(api.get("/api/audit", "g1"), 403)
    assert_problem(api.get("/api/audit", "officer", params={"action": "steal"}), 422, "action")


def test_graduate_numbers_and_dates_take_only_numbers_and_dates(api):
    bad = api.post("/api/graduates", "officer", json={"id": "G9", "name": "新同学", "preferences": {"min_salary": True}})
    assert_problem(bad, 422, "preferences.min_salary", "应为整数，收到 true")
    bad = api.patch("/api/graduates/G1", "officer", json={"graduation_year": "2026"})
    assert_problem(bad, 422, "graduation_year", '应为整数，收到 "2026"')
    assert api.patch("/api/graduates/G1", "officer", json={"graduation_year": 2027}).json()["graduation_year"] == 2027
    bad = api.patch("/api/graduates/G1", "officer", json={"birth_date": 0})  # not 1970-01-01
    assert_problem(bad, 422, "birth_date", "应为日期（YYYY-MM-DD），收到 0")
    assert api.patch("/api/graduates/G1", "officer", json={"birth_date": "2003-05-01"}).json()["birth_date"] == "2003-05-01"


def test_audit_times_carry_their_offset_and_since_takes_any_offset(api):
    import datetime as dt

    api.get("/api/graduates/G1", "officer")
    at = dt.datetime.fromisoformat(api.get("/api/audit", "officer").json()["items"][0]["at"])
    assert at.utcoffset() == dt.timedelta(0)  # RFC 3339, not a naive local-looking time
    a_minute_before = (at - dt.timedelta(minutes=1)).astimezone(dt.timezone(dt.timedelta(hours=8))).isoformat()
    a_minute_after = (at + dt.timedelta(minutes=1)).astimezone(dt.timezone(dt.timedelta(hours=-5))).isoformat()
    assert api.get("/api/audit", "officer", params={"since": a_minute_before}).json()["total"] == 1
    assert api.get("/api/audit", "officer", params={"since": a_minute_after}).json()["total"] == 0
    # Only ISO 8601: a bare number would otherwise be read as a Unix time (1970) and match everything.
    assert_problem(api.get("/api/audit", "officer", params={"since": "0.5"}), 422, "since", "ISO 8601", "0.5")


def test_me_describes_the_account(api):
    assert api.get("/api/me", "g1").json() == {"id": 3, "name": "阿依古丽", "role": "graduate", "role_label": "毕业生",
                                               "graduate_id": "G1"}
    assert api.get("/api/me", "organiser").json()["role_label"] == "招聘活动组织者"


def test_a_cached_answer_is_logged_like_a_fresh_one(api):
    """The second request is answered from memory (no database query); the record of what
    was recommended must still hold both."""
    from service.storage import repository

    for _ in range(2):
        body = api.get("/api/graduates/G2/recommendations", "officer", params={"k": 2, "rejected_k": 0}).json()
    assert body["suggestions"]
    api.app.state.reclog.flush()
    with api.app.state.session_factory() as session:
        rows, total = repository.list_recommendation_log(session=session, graduate_id="G2")
    shown = [s["job_id"] for s in body["suggestions"]]
    assert total == 2 and [r.job_ids for r in rows] == [shown, shown]
