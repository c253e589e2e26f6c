"""Two officers (or two tabs) recording results for the same push: a request that says which record it
was written against (``last_seen_id``; the page form always sends it) is refused when a result for the
same post was written since, naming it, instead of the later one silently winning."""

from __future__ import annotations

import re

from service.auth import Role, issue_user
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import URL, follow_up_audit, form_token, login, page_post, record, recorded, stored


def _second_officer(api) -> str:
    """The token of another officer, 李老师."""
    with api.app.state.session_factory() as session:
        token = issue_user(session=session, name="李老师", role=Role.OFFICER).token
        session.commit()
    api.tokens["officer2"] = token
    return "officer2"


def _form(page: str) -> dict[str, str]:
    """The hidden fields of the follow-up form as the page rendered them."""
    form = page.split('id="follow-up-form"')[1]
    hidden = dict(re.findall(r'name="(request_key|last_seen_id)" value="([^"]*)"', form))
    return {"csrf": form_token(page), **hidden}


# --- the API ------------------------------------------------------------------------------


def second_tab_refused(api) -> tuple:
    """Two tabs of G1's page: the second records 已录用, then the first sends 放弃 and is refused (409).
    The refused answer and its error paragraph."""
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    tab1 = _form(api.client.get("/graduate/G1").text)
    tab2 = _form(api.client.get("/graduate/G1").text)
    assert page_post(api, **tab2, job_id="J-SOFT", status="已录用", subsidy="", note="").status_code == 303
    answer = page_post(api, **tab1, job_id="J-SOFT", status="放弃", subsidy="", note="")
    assert answer.status_code == 409
    return answer, answer.text.split('id="fu-error">')[1].split("</p>")[0]


def test_a_result_sent_against_an_older_record_is_refused_naming_what_was_recorded_meanwhile(api):
    other = _second_officer(api)
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    hired = recorded(api, "G1", who=other, job_id="J-SOFT", status="已录用", last_seen_id=pushed["id"])
    refused = record(api, "G1", job_id="J-SOFT", status="放弃", note="学生说不去了", last_seen_id=pushed["id"])
    body = assert_problem(refused, 409, "已录用")
    assert "字段「last_seen_id」" in body["detail"] and "李老师" in body["detail"] and "软件开发工程师" in body["detail"]
    assert "刷新页面" in body["detail"] and "北京时间" in body["detail"]
    assert body["latest_id"] == hired["id"]
    assert [e["loc"] for e in body["errors"]] == [["body", "last_seen_id"]]
    assert [r.status for r in stored(api, "G1")] == ["已录用", "已推送"]  # nothing written
    # Against the newest record the result is written: the officer has seen the 已录用.
    assert recorded(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=hired["id"])["status"] == "放弃"


def test_a_record_of_another_job_since_is_no_conflict(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", job_id="J-NET", status="已推送")
    assert recorded(api, "G1", job_id="J-SOFT", status="已投递", last_seen_id=pushed["id"])["status"] == "已投递"
    # 0: the caller saw no record at all; the first record of a job is then no conflict either.
    assert recorded(api, "G2", job_id="J-ACC", status="已推送", last_seen_id=0)["status"] == "已推送"
    assert_problem(record(api, "G2", job_id="J-ACC", status="放弃", last_seen_id=0), 409, "已推送")


def test_callers_that_send_no_last_seen_id_write_as_before(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", job_id="J-SOFT", status="已录用")
    assert recorded(api, "G1", job_id="J-SOFT", status="放弃")["id"] > pushed["id"]


def test_a_subsidy_state_recorded_meanwhile_refuses_another_and_the_refusal_is_audited_as_a_read(api):
    other = _second_officer(api)
    applied = recorded(api, "G1", subsidy="已申请")
    recorded(api, "G1", who=other, subsidy="未获批", last_seen_id=applied["id"])
    before = {r.id for r in follow_up_audit(api, "G1")}
    refused = record(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请", last_seen_id=applied["id"])
    body = assert_problem(refused, 409, "求职创业补贴「未获批」")
    assert "该毕业生" in body["detail"] and "李老师" in body["detail"]
    logged = [r for r in follow_up_audit(api, "G1") if r.id not in before]
    assert [(r.action, tuple(r.fields)) for r in logged] == [("read", ("subsidy",))]
    # A job result without a subsidy state overrules no subsidy record.
    assert recorded(api, "G1", job_id="J-SOFT", status="已推送", last_seen_id=applied["id"])["status"] == "已推送"


def test_a_job_conflict_without_a_subsidy_logs_no_read(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", job_id="J-SOFT", status="已投递")
    before = {r.id for r in follow_up_audit(api, "G1")}
    assert_problem(record(api, "G1", job_id="J-SOFT", status="放弃", last_seen_id=pushed["id"]), 409, "已投递")
    assert [r for r in follow_up_audit(api, "G1") if r.id not in before] == []


def test_a_retry_under_the_same_key_replays_rather_than_conflicting_with_itself(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    body = {"job_id": "J-SOFT", "status": "已投递", "last_seen_id": pushed["id"]}
    headers = {"Idempotency-Key": "retry-0001"}
    first = api.client.post(URL.format("G1"), json=body, headers={**api.headers("officer"), **headers})
    again = api.client.post(URL.format("G1"), json=body, headers={**api.headers("officer"), **headers})
    assert (first.status_code, again.status_code) == (201, 201) and again.json() == first.json()


# --- the page -------------------------------------------------------------------------------


def test_two_tabs_recording_conflicting_results_the_second_gets_the_page_back_with_the_first(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    tab1 = _form(api.client.get("/graduate/G1").text)
    tab2 = _form(api.client.get("/graduate/G1").text)
    assert tab1["last_seen_id"] == str(stored(api, "G1")[0].id)
    assert page_post(api, **tab2, job_id="J-SOFT", status="已录用", subsidy="", note="").status_code == 303
    answer = page_post(api, **tab1, job_id="J-SOFT", status="放弃", subsidy="", note="学生说不去了")
    assert answer.status_code == 409
    error = answer.text.split('id="fu-error">')[1].split("</p>")[0]
    assert "未记录" in error and "「已录用」" in error and "王老师" in error and "再点一次「记录跟进」" in error
    assert 'value="学生说不去了"' in answer.text  # the form as it was sent
    assert [r.status for r in stored(api, "G1")] == ["已录用", "已推送"]
    # The page now shows the 已录用 and its form carries it: sent again on purpose, the result is written.
    again = _form(answer.text)
    assert again["last_seen_id"] == str(stored(api, "G1")[0].id)
    assert page_post(api, **again, job_id="J-SOFT", status="放弃", subsidy="", note="").status_code == 303
    assert stored(api, "G1")[0].status == "放弃"


def test_a_form_brought_back_for_a_typo_still_refuses_a_result_recorded_meanwhile(api):
    pushed = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    tab = _form(api.client.get("/graduate/G1").text)
    recorded(api, "G1", job_id="J-SOFT", status="已录用")  # another officer, meanwhile
    typo = page_post(api, **tab, job_id="J-SOFT", status="放弃", subsidy="", note="长" * 600)
    assert typo.status_code == 422
    kept = _form(typo.text)
    assert kept["last_seen_id"] == str(pushed["id"])  # what the officer had seen, not what the page shows now
    answer = page_post(api, **kept, job_id="J-SOFT", status="放弃", subsidy="", note="")
    assert answer.status_code == 409 and "「已录用」" in answer.text


def test_records_of_a_deleted_post_whose_id_another_post_took_are_no_conflict_for_the_new_one(api):
    recorded(api, "G1", job_id="J-INTERN", status="已推送")  # the old post
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    new_post = {"id": "J-INTERN", "title": "仓库管理员", "employer": "乌鲁木齐新仓物流有限公司", "location": "石河子市"}
    assert api.post("/api/jobs", "officer", json=new_post).status_code == 201
    # The officer saw no record of the new post: the old post's 已推送 is another push.
    body = recorded(api, "G1", job_id="J-INTERN", status="已推送", last_seen_id=0)
    assert body["job_title"] == "仓库管理员"
    assert_problem(record(api, "G1", job_id="J-INTERN", status="放弃", last_seen_id=0), 409, "仓库管理员")
