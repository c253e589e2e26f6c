"""Officer review of the follow-up record: a result for a pushed job deleted since, the 求职创业补贴
refused (未获批), /follow-ups on a school with no support graduate, the API's ``since`` trimmed as the
page's, and the graduate's own list of the jobs an officer pushed to them."""

from __future__ import annotations

import json

from service.api.subsidy_hints import SubsidyHint, still_unclaimed
from matching.verdict import Status
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import URL, follow_up_audit, form_token, login, record, recorded
from tests.test_cli_follow_ups import export, read_csv

REPORT = "/api/follow-ups"


def _section(page: str, anchor: str) -> str:
    return page.split(f'id="{anchor}"')[1].split("<h2")[0]


# --- 1. a pushed job deleted since ------------------------------------------------------


def test_a_result_is_recorded_for_a_pushed_job_after_it_was_deleted(api):
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    body = recorded(api, "G1", job_id="J-INTERN", status="已录用")
    assert (body["job_id"], body["job_title"], body["job_employer"], body["job_exists"], body["status"]) == (
        "J-INTERN", "行政见习岗", "乌鲁木齐市人社局", False, "已录用")
    waiting = api.get(REPORT, "officer", params={"waiting": "true"}).json()
    assert waiting["total"] == 0  # no longer 「尚无结果」
    # Never pushed to G3, and no such job: still refused.
    assert_problem(record(api, "G3", job_id="J-INTERN", status="已投递"), 422, "job_id", "J-INTERN")
    assert_problem(record(api, "G1", job_id="J-NONE", status="已投递"), 422, "job_id", "J-NONE")


def test_the_graduates_page_offers_the_deleted_job_for_update_and_records_it(api):
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    assert "/graduate/G1?job=J-INTERN#follow-up-form" in page.split('id="follow-up-list"')[1]  # 「更新」
    form_page = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text
    assert "不存在" not in form_page and "行政见习岗 · 乌鲁木齐市人社局 · 岗位已下架" in form_page
    sent = api.client.post("/graduate/G1/follow-ups", data={
        "csrf": form_token(form_page), "job_id": "J-INTERN", "status": "放弃"}, follow_redirects=False)
    assert sent.status_code == 303, sent.text
    assert api.get(URL.format("G1"), "officer").json()["items"][0]["status"] == "放弃"


# --- 2. 未获批 -------------------------------------------------------------------------------


def test_a_refused_subsidy_is_a_state_that_follows_an_application(api):
    assert_problem(record(api, "G1", subsidy="未获批"), 422, "subsidy", "已申请")  # nothing applied for
    recorded(api, "G1", subsidy="已申请")
    assert recorded(api, "G1", subsidy="未获批")["subsidy"] == "未获批"
    assert_problem(record(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已发放"), 422, "subsidy", "重新申请")
    recorded(api, "G3", subsidy="已申请")
    recorded(api, "G3", subsidy="已发放")
    assert_problem(record(api, "G3", subsidy="未获批"), 422, "subsidy", "已申请")  # paid: not refused
    listed = api.get(REPORT, "officer", params={"subsidy": "未获批"}).json()
    assert [(i["graduate_id"], i["subsidy"]) for i in listed["items"]] == [("G1", "未获批")]
    recorded(api, "G1", subsidy="已申请")  # re-applied
    recorded(api, "G1", subsidy="已发放")


def test_the_refused_state_is_offered_by_the_pages_the_schema_and_the_export(api, tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("JOBMATCH_DATABASE_URL", raising=False)
    recorded(api, "G1", subsidy="已申请")
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="未获批")
    login(api, "officer")
    assert "<option>未获批</option>" in api.client.get("/graduate/G1").text.split('id="follow-up-form"')[1]
    page = api.client.get("/follow-ups", params={"subsidy": "未获批"}).text
    assert '<option value="未获批" selected>' in page and "共 2 条" in page
    enum = api.client.get("/openapi.json").json()["components"]["schemas"]["SubsidyState"]["enum"]
    assert "未获批" in enum
    out = tmp_path / "refused.csv"
    assert export(tmp_path / "data", out, "--subsidy", "未获批") == 0
    assert {(r["graduate_id"], r["subsidy"]) for r in read_csv(out)} == {("G1", "未获批")}
    as_json = tmp_path / "refused.json"
    assert export(tmp_path / "data", as_json, "--subsidy", "未获批") == 0
    assert {r["subsidy"] for r in json.loads(as_json.read_text(encoding="utf-8"))} == {"未获批"}


def test_a_refused_subsidy_is_no_longer_hinted_as_unclaimed():
    hint = SubsidyHint("P01", "一次性求职创业补贴", Status.ELIGIBLE, None, ())
    assert still_unclaimed(hint, "未获批") is None
    assert still_unclaimed(hint, "未申请") is not None


# --- 3. a school with no support graduate -----------------------------------------------


def test_follow_ups_says_a_school_has_no_support_graduate_rather_than_all_pushed(api):
    login(api, "officer")
    page = api.client.get("/follow-ups", params={"school": "清华"}).text
    said = page.split('id="never-pushed"')[1].split("</p>")[0]
    assert "困难帮扶名单中没有学校名称含「清华」的毕业生" in said and "都已推送过" not in said
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    said = api.client.get("/follow-ups", params={"school": "新疆大学"}).text.split('id="never-pushed"')[1]
    assert "都已推送过岗位（新疆大学）" in said.split("</p>")[0]


# --- 4. the API's since trimmed ----------------------------------------------------------


def test_the_apis_since_is_trimmed_as_the_page_and_the_cli_read_it(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    answer = api.get(REPORT, "officer", params={"since": " 2026-01-01 "})
    assert answer.status_code == 200, answer.text
    assert answer.json()["total"] == 1
    assert_problem(api.get(REPORT, "officer", params={"since": " 2026-1-1"}), 422, "since", "YYYY-MM-DD")


# --- 5. the graduate's own list of pushed jobs -------------------------------------------


def test_a_graduate_sees_the_jobs_pushed_to_them_without_subsidy_note_or_hardship(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请", note="家庭困难，需路费")
    recorded(api, "G1", job_id="J-SOFT", status="面试中")
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    before = len(follow_up_audit(api, "G1"))
    login(api, "g1")
    section = _section(api.client.get("/graduate/G1").text, "pushed-jobs")
    assert "就业服务专员为您推荐的岗位" in section
    rows = section.split("<tbody>")[1].split("<tr>")[1:]
    assert "行政见习岗" in rows[0] and "岗位已下架" in rows[0] and "已推送" in rows[0]  # newest push first
    assert "/job/J-SOFT" in rows[1] and "乌鲁木齐云端科技有限公司" in rows[1] and "面试中" in rows[1]
    for word in ("已申请", "补贴", "家庭困难", "路费", "困难", "帮扶", "王老师"):
        assert word not in section
    assert len(follow_up_audit(api, "G1")) == before  # nothing sensitive shown: nothing logged
    login(api, "g2")
    assert "还没有为您推荐岗位" in _section(api.client.get("/graduate/G2").text, "pushed-jobs")


def test_only_the_graduate_and_officers_see_the_pushed_jobs(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    section = _section(api.client.get("/graduate/G1").text, "pushed-jobs")
    assert "就业服务专员为该毕业生推荐的岗位" in section and "软件开发工程师" in section
    login(api, "organiser")
    page = api.client.get("/graduate/G1")  # an organiser reads the graduate's suggestions, not who was pushed what
    assert page.status_code == 200 and 'id="pushed-jobs"' not in page.text and "为您推荐的岗位" not in page.text
