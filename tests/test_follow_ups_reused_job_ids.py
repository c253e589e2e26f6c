"""A pushed job deleted and its id given to another post (a new import reusing it): the graduate's list
of pushed jobs and the officers' record keep the pushed post apart from the one now under its id."""

from __future__ import annotations

from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import URL, login, recorded

NEW_POST = {"id": "J-INTERN", "title": "仓库管理员", "employer": "乌鲁木齐新仓物流有限公司", "location": "石河子市"}


def _pushed_rows(api) -> list[str]:
    login(api, "g1")
    section = api.client.get("/graduate/G1").text.split('id="pushed-jobs"')[1].split("<h2")[0]
    return section.split("<tbody>")[1].split("<tr>")[1:]


def _reuse_the_id(api) -> None:
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    recorded(api, "G1", job_id="J-INTERN", status="放弃")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    assert api.post("/api/jobs", "officer", json=NEW_POST).status_code == 201


def test_the_graduate_is_not_told_the_new_post_under_a_reused_id_was_pushed_to_them(api):
    _reuse_the_id(api)
    rows = _pushed_rows(api)
    assert len(rows) == 1
    assert "行政见习岗" in rows[0] and "岗位已下架" in rows[0] and "放弃" in rows[0]
    assert "仓库管理员" not in rows[0] and "新仓物流" not in rows[0] and "/job/J-INTERN" not in rows[0]


def test_the_new_post_pushed_under_the_reused_id_is_a_line_of_its_own(api):
    _reuse_the_id(api)
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    rows = _pushed_rows(api)
    assert len(rows) == 2
    assert "/job/J-INTERN" in rows[0] and "仓库管理员" in rows[0] and "已推送" in rows[0]  # the newest push first
    assert "行政见习岗" in rows[1] and "岗位已下架" in rows[1] and "放弃" in rows[1]


def test_the_officers_record_does_not_link_the_old_rows_to_the_new_post(api):
    _reuse_the_id(api)
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    items = api.get(URL.format("G1"), "officer").json()["items"]
    assert [(i["job_title"], i["job_exists"]) for i in items] == [
        ("仓库管理员", True), ("行政见习岗", False), ("行政见习岗", False)]
    # Two pushes under one id: the report has a line for each, the old post's with its own result.
    report = api.get("/api/follow-ups", "officer").json()["items"]
    assert [(i["job_title"], i["job_exists"], i["status"]) for i in report] == [
        ("行政见习岗", False, "放弃"), ("仓库管理员", True, "已推送")]


def test_a_post_put_back_under_its_own_id_is_still_the_pushed_one(api):
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    job = api.get("/api/jobs/J-INTERN", "officer").json()
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    body = {k: job[k] for k in ("id", "title", "employer", "location")}
    assert api.post("/api/jobs", "officer", json=body).status_code == 201  # a mistaken delete undone
    rows = _pushed_rows(api)
    assert len(rows) == 1 and "/job/J-INTERN" in rows[0] and "岗位已下架" not in rows[0]


# --- a refused 求职创业补贴 move tells of the stored state: audited as a read of it -----------------


def test_a_refused_subsidy_move_is_audited_as_a_read_of_the_stored_state(api):
    from tests.test_api_followups import follow_up_audit, record

    recorded(api, "G1", subsidy="已申请")
    recorded(api, "G1", subsidy="未获批")
    before = {r.id for r in follow_up_audit(api, "G1")}
    refused = record(api, "G1", subsidy="已发放")
    assert refused.status_code == 422 and "申请未获批" in refused.json()["detail"]  # the stored state, told
    logged = [r for r in follow_up_audit(api, "G1") if r.id not in before]
    assert [(r.action, tuple(r.fields)) for r in logged] == [("read", ("subsidy",))]


def test_the_officers_form_names_the_post_a_result_under_a_reused_id_is_recorded_for(api):
    _reuse_the_id(api)
    # Not one G1 may apply for, so the form names it from the follow-up record, not from the suggestions.
    assert api.patch("/api/jobs/J-INTERN", "officer", json={"education": "博士研究生"}).status_code == 200
    login(api, "officer")
    assert "仓库管理员" not in api.client.get("/graduate/G1").text.split('id="suggested-jobs"')[1].split("<h2")[0]
    form = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text.split('id="follow-up-form"')[1]
    assert "仓库管理员 · 乌鲁木齐新仓物流有限公司" in form and "行政见习岗 · 乌鲁木齐市人社局 · 岗位已下架" not in form
    # What a result sent under the id is recorded as: the post the form named.
    assert recorded(api, "G1", job_id="J-INTERN", status="已投递")["job_title"] == "仓库管理员"
