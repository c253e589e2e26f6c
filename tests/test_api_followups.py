"""The officers' follow-up record through the real app: the API by role, its history and
audit, the form on a graduate's page (and its CSRF token), and the officer list ordered by
who needs follow-up."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from features.education import EducationLevel
from features.records import Graduate, Hardship
from service.api import pages
from service.api.pages import csrf_token
from service.auth import Role, issue_user
from service.storage import follow_ups as follow_up_store
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import JOBS, Api, api, assert_problem, start_api  # noqa: F401

URL = "/api/graduates/{}/follow-ups"


def record(api, graduate_id: str, who: str = "officer", **body):
    return api.post(URL.format(graduate_id), who, json=body)


def recorded(api, graduate_id: str, **body) -> dict:
    response = record(api, graduate_id, **body)
    assert response.status_code == 201, response.text
    return response.json()


def stored(api, graduate_id: str) -> list:
    with api.app.state.session_factory() as session:
        return follow_up_store.list_for_graduate(session=session, graduate_id=graduate_id, limit=1000)[0]


def follow_up_audit(api, record_id: str) -> list:
    return [r for r in api.audit_rows() if r.record_type == "follow_up" and r.record_id == record_id]


def login(api, who: str) -> None:
    response = api.client.post("/login", data={"token": api.tokens[who]}, follow_redirects=False)
    assert response.status_code == 303, response.text


def form_token(page: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)


# --- the API --------------------------------------------------------------------------


def test_an_officer_records_what_came_of_a_job_and_reads_it_back(api):
    body = recorded(api, "G1", job_id="J-SOFT", status="已推送", note="  电话告知岗位信息 ", subsidy="已申请")
    assert {k: body[k] for k in ("graduate_id", "job_id", "job_title", "job_employer", "job_exists", "status",
                                 "subsidy", "note", "user_name", "user_id")} == {
        "graduate_id": "G1", "job_id": "J-SOFT", "job_title": "软件开发工程师", "job_employer": "乌鲁木齐云端科技有限公司",
        "job_exists": True, "status": "已推送", "subsidy": "已申请", "note": "电话告知岗位信息", "user_name": "王老师",
        "user_id": 1}
    at = dt.datetime.fromisoformat(body["at"])
    assert at.utcoffset() == dt.timedelta(0) and abs(dt.datetime.now(dt.timezone.utc) - at) < dt.timedelta(minutes=5)
    listed = api.get(URL.format("G1"), "officer").json()
    assert listed == {"items": [body], "total": 1, "offset": 0, "limit": 50}


def test_a_follow_up_needs_no_note_or_subsidy(api):
    body = recorded(api, "G2", job_id="J-ACC", status="已投递", note="   ")
    assert (body["note"], body["subsidy"]) == (None, None)


@pytest.mark.parametrize("who", ["organiser", "g1", "g2"])
def test_only_officers_record_or_read_follow_ups(api, who):
    # A graduate is refused their own record too: it is the officers' working record.
    for graduate_id in ("G1", "G2"):
        assert_problem(record(api, graduate_id, who, job_id="J-SOFT", status="已推送"), 403, "无权")
        assert_problem(api.get(URL.format(graduate_id), who), 403, "无权")
    assert stored(api, "G1") == [] and stored(api, "G2") == []


def test_follow_ups_need_a_token(api):
    assert_problem(api.client.post(URL.format("G1"), json={"job_id": "J-SOFT", "status": "已推送"}), 401)
    assert_problem(api.client.get(URL.format("G1")), 401)


def test_an_unknown_graduate_is_404(api):
    assert_problem(record(api, "G999", job_id="J-SOFT", status="已推送"), 404, "毕业生「G999」不存在")
    assert_problem(api.get(URL.format("G999"), "officer"), 404, "毕业生「G999」不存在")
    assert api.get(URL.format("G4"), "officer").json() == {"items": [], "total": 0, "offset": 0, "limit": 50}


@pytest.mark.parametrize(("body", "fragments"), [
    ({"job_id": "NOPE", "status": "已推送"}, ("字段「岗位编号」（job_id）", "岗位「NOPE」不存在")),
    ({"job_id": "J-SOFT", "status": "录取了"}, ("字段「跟进结果」（status）", "取值无效", "已录用")),
    ({"job_id": "J-SOFT", "status": "已推送", "subsidy": "发了"}, ("字段「求职创业补贴」（subsidy）", "已发放")),
    ({"job_id": "J-SOFT", "status": "已推送", "note": "好" * 501}, ("字段「备注」（note）", "最多 500")),
    ({"status": "已推送"}, ("字段「岗位编号」（job_id）", "缺少必填字段")),
    ({"job_id": "J-SOFT"}, ("字段「跟进结果」（status）", "缺少必填字段")),
    ({"job_id": "J-SOFT", "status": "已推送", "salary": 5000}, ("字段「salary」", "字段「salary」：不认识的字段；可用的字段：岗位编号（job_id）、跟进结果（status）")),
    ({"job_id": "J-SOFT", "status": "已推送", "note": "a\u0007b"}, ("字段「备注」（note）", "控制字符")),
])
def test_a_mistake_in_the_body_is_a_422_naming_the_field(api, body, fragments):
    problem = assert_problem(record(api, "G1", **body), 422, *fragments)
    field = fragments[0].rpartition("（")[2].removesuffix("）") if "（" in fragments[0] else \
        fragments[0].removeprefix("字段「").removesuffix("」")
    assert [e["loc"] for e in problem["errors"]] == [["body", field]]
    assert stored(api, "G1") == [] and api.audit_rows() == []


def test_any_existing_job_may_be_recorded_not_only_a_recommended_one(api):
    # J-PHD was never suggested to G1 (it asks for a doctorate): an officer found it by search.
    body = recorded(api, "G1", job_id="J-PHD", status="已推送")
    assert body["job_title"] == "人工智能研究员"


def test_each_change_is_a_new_record_and_the_history_lists_newest_first_in_pages(api):
    steps = [("J-SOFT", "已推送"), ("J-NET", "已推送"), ("J-SOFT", "已投递"), ("J-SOFT", "面试中"), ("J-NET", "放弃")]
    ids = [recorded(api, "G1", job_id=job, status=status)["id"] for job, status in steps]
    first = api.get(URL.format("G1"), "officer", params={"limit": 2}).json()
    rest = api.get(URL.format("G1"), "officer", params={"offset": 2, "limit": 10}).json()
    assert first["total"] == rest["total"] == 5
    listed = first["items"] + rest["items"]
    assert [f["id"] for f in listed] == ids[::-1]
    assert [(f["job_id"], f["status"]) for f in listed] == steps[::-1]
    times = [dt.datetime.fromisoformat(f["at"]) for f in listed]
    assert times == sorted(times, reverse=True)
    assert_problem(api.get(URL.format("G1"), "officer", params={"limit": 501}), 422, "limit")


def test_a_deleted_job_keeps_its_title_and_a_deleted_graduate_keeps_the_history(api):
    recorded(api, "G1", job_id="J-INTERN", status="已录用")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    (item,) = api.get(URL.format("G1"), "officer").json()["items"]
    assert (item["job_id"], item["job_title"], item["job_employer"], item["job_exists"]) == (
        "J-INTERN", "行政见习岗", "乌鲁木齐市人社局", False)
    # Pushed before it was deleted: its result is still recorded, under the kept title (was refused 422,
    # which left the push 「尚无结果」 for ever). A job never pushed to the graduate is still refused.
    closed = recorded(api, "G1", job_id="J-INTERN", status="放弃")
    assert (closed["job_title"], closed["job_exists"]) == ("行政见习岗", False)
    assert_problem(record(api, "G2", job_id="J-INTERN", status="放弃"), 422, "job_id", "J-INTERN")

    assert api.delete("/api/graduates/G1", "officer").status_code == 204
    kept = api.get(URL.format("G1"), "officer").json()
    assert kept["total"] == 2 and kept["items"][0]["job_title"] == "行政见习岗"
    assert_problem(record(api, "G1", job_id="J-SOFT", status="已推送"), 404, "G1")


def test_the_subsidy_and_the_note_are_audited_when_written_and_when_read(api):
    recorded(api, "G2", job_id="J-ACC", status="已推送")  # says nothing of hardship: no entry
    api.get(URL.format("G2"), "officer")
    assert follow_up_audit(api, "G2") == []

    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="已申请")
    recorded(api, "G1", job_id="J-SOFT", status="已投递", note="家庭困难，需路费")
    api.get(URL.format("G1"), "officer", params={"limit": 1})  # shows only the note
    api.get(URL.format("G1"), "officer")
    entries = [(r.action, r.fields, r.user_name, r.role) for r in reversed(follow_up_audit(api, "G1"))]
    assert entries == [("create", ["subsidy"], "王老师", "officer"), ("create", ["note"], "王老师", "officer"),
                       ("read", ["note"], "王老师", "officer"), ("read", ["subsidy", "note"], "王老师", "officer")]
    listed = api.get("/api/audit", "officer", params={"record_id": "G1", "action": "create"}).json()
    assert listed["total"] == 2 and {i["record_type"] for i in listed["items"]} == {"follow_up"}


def test_the_openapi_document_lists_the_follow_up_routes_and_their_problems(api):
    paths = api.client.get("/openapi.json").json()["paths"]
    post = paths["/api/graduates/{graduate_id}/follow-ups"]["post"]["responses"]
    get = paths["/api/graduates/{graduate_id}/follow-ups"]["get"]["responses"]
    assert {"201", "401", "403", "404", "422"} <= set(post) and {"200", "403", "404"} <= set(get)
    assert list(post["422"]["content"]) == ["application/problem+json"]


# --- the graduate's page --------------------------------------------------------------


def test_an_officer_sees_the_follow_ups_and_a_form_on_a_graduates_page(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", subsidy="未申请", note="已电话联系")
    recorded(api, "G1", job_id="J-INTERN", status="面试中")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    section = page.split('id="follow-ups"')[1]
    rows = section.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert "行政见习岗" in rows[0] and "（岗位已下架）" in rows[0] and "面试中" in rows[0]  # newest first
    assert "/job/J-SOFT" in rows[1] and "已推送" in rows[1] and "未申请" in rows[1] and "已电话联系" in rows[1]
    assert "共 2 条" in section and "北京时间" in section
    assert form_token(page) == csrf_token(api.tokens["officer"])
    assert all(f"<option>{s}</option>" in section for s in ("已推送", "已录用", "放弃", "已发放"))
    assert [r.fields for r in follow_up_audit(api, "G1") if r.action == "read"] == [["subsidy", "note"]]


def test_pages_show_the_time_of_a_follow_up_in_beijing_time(api):
    """16:30 UTC on 1 September is 00:30 the next day in Beijing (UTC+8)."""
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    with api.app.state.session_factory() as session:
        session.execute(update(FollowUpRow).values(at=dt.datetime(2026, 9, 1, 16, 30, tzinfo=dt.timezone.utc)))
        session.commit()
    login(api, "officer")
    assert "2026-09-02 00:30" in api.client.get("/graduate/G1").text.split('id="follow-ups"')[1]
    officer = api.client.get("/officer").text
    assert "2026-09-02 00:30" in officer.split('<td data-label="毕业生"><a href="/graduate/G1">')[1].split("</tr>")[0]
    assert api.get(URL.format("G1"), "officer").json()["items"][0]["at"] == "2026-09-01T16:30:00Z"


@pytest.mark.parametrize("who", ["organiser", "g1"])
def test_others_see_no_follow_ups_and_no_form(api, who):
    recorded(api, "G1", job_id="J-SOFT", status="已推送", note="内部备注")
    login(api, who)
    page = api.client.get("/graduate/G1")
    assert page.status_code == 200
    assert "跟进记录" not in page.text and "内部备注" not in page.text and 'id="follow-up-form"' not in page.text
    # The graduate's own page carries a CSRF token for their wishes form alone (test_graduate_own_wishes_form).
    assert ('name="csrf"' in page.text) == (who == "g1") and page.text.count('name="csrf"') <= 1


def page_post(api, graduate_id: str = "G1", **form):
    return api.client.post(f"/graduate/{graduate_id}/follow-ups", data=form, follow_redirects=False)


def test_the_page_form_records_a_follow_up_and_returns_to_the_page(api):
    login(api, "officer")
    token = form_token(api.client.get("/graduate/G1").text)
    response = page_post(api, csrf=token, job_id="J-NET", status="已推送", subsidy="", note="")
    assert response.status_code == 303 and response.headers["location"] == "/graduate/G1#follow-ups"
    (row,) = stored(api, "G1")
    assert (row.job_id, row.status, row.subsidy, row.note, row.user_name) == ("J-NET", "已推送", None, None, "王老师")
    assert "网络运维工程师" in api.client.get("/graduate/G1").text.split('id="follow-ups"')[1]


def test_the_page_form_refuses_a_submission_without_the_sessions_csrf_token(api):
    """A form on another site can send the cookie but cannot know the token."""
    with api.app.state.session_factory() as session:
        other = issue_user(session=session, name="李老师", role=Role.OFFICER).token
        session.commit()
    login(api, "officer")
    for token in ("", "0" * 64, csrf_token(other), "令牌", csrf_token(api.tokens["officer"])[:-1]):
        response = page_post(api, csrf=token, job_id="J-NET", status="已推送")
        assert response.status_code == 403 and "表单已失效或并非来自本站" in response.text, token
    assert page_post(api, job_id="J-NET", status="已推送").status_code == 403  # no token field at all
    assert stored(api, "G1") == []


def test_the_page_form_is_for_officers_even_with_a_valid_token(api):
    for who in ("organiser", "g1"):
        login(api, who)
        response = page_post(api, csrf=csrf_token(api.tokens[who]), job_id="J-NET", status="已推送")
        assert response.status_code == 403 and "只有就业服务专员" in response.text
    api.client.cookies.clear()
    response = page_post(api, csrf="x", job_id="J-NET", status="已推送")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert stored(api, "G1") == []


@pytest.mark.parametrize(("form", "status", "fragments"), [
    ({"job_id": "NOPE", "status": "已推送"}, 422, ("岗位编号：岗位「NOPE」不存在",)),
    ({"job_id": "J-NET", "status": "好"}, 422, ("跟进结果：取值无效，可选：已推送、已投递、面试中、已录用、未录用、放弃",)),
    ({"job_id": "", "status": "已推送"}, 422, ("岗位编号：",)),
    ({"job_id": "J-NET", "status": "已推送", "note": "长" * 501}, 422, ("备注：内容过长（最多 500 字）",)),
    ({"job_id": "J-NET", "status": "已推送", "subsidy": "不知道"}, 422, ("求职创业补贴：取值无效",)),
])
def test_the_page_form_says_what_is_wrong_in_the_forms_words(api, form, status, fragments):
    login(api, "officer")
    response = page_post(api, csrf=csrf_token(api.tokens["officer"]), **form)
    assert response.status_code == status
    assert all(f in response.text for f in fragments), response.text
    # The graduate's page again, its form as filled in (tests/test_page_forms.py).
    assert 'action="/graduate/G1/follow-ups"' in response.text and stored(api, "G1") == []


def test_the_pages_with_follow_ups_are_neither_kept_by_the_browser_nor_framed(api):
    """Back after 退出 must not show the record again; no other page (another port or
    subdomain of the same site sends the cookie) may frame the form to steal a click."""
    login(api, "officer")
    token = csrf_token(api.tokens["officer"])
    for response in (api.client.get("/graduate/G1"), api.client.get("/officer"),
                     page_post(api, csrf=token, job_id="NOPE", status="已推送")):
        assert response.headers["cache-control"] == "no-store", response.url
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["content-security-policy"] == "frame-ancestors 'none'"


def test_the_page_form_for_an_unknown_graduate_is_404(api):
    login(api, "officer")
    response = page_post(api, "G999", csrf=csrf_token(api.tokens["officer"]), job_id="J-NET", status="已推送")
    assert response.status_code == 404 and "毕业生「G999」不存在" in response.text


# --- the officer list -----------------------------------------------------------------


def support(graduate_id: str) -> Graduate:
    return Graduate(id=graduate_id, name=f"学生{graduate_id}", major="会计学", education=EducationLevel.BACHELOR,
                    hardship=frozenset({Hardship.LOW_INCOME_FAMILY}))


@pytest.fixture
def many(tmp_path):
    """Seven hardship-support graduates (S1…S7) and one without hardship (N1)."""
    graduates = [support(f"S{i}") for i in range(1, 8)] + [Graduate(id="N1", name="学生N1", hardship=frozenset())]
    app, tokens = start_api(tmp_path, jobs=JOBS, graduates=graduates)
    with TestClient(app) as client:
        yield Api(client=client, app=app, tokens=tokens)


def officer_list(api, monkeypatch, page_size: int) -> tuple[list[str], list[str]]:
    """Graduate ids in the order the officer page lists them, page by page, and each page."""
    monkeypatch.setattr(pages, "PAGE_SIZE", page_size)
    login(api, "officer")
    ids, texts, number = [], [], 1
    while True:
        text = api.client.get("/officer", params={"page": number}).text
        table = text.split('id="support"')[1].split("</table>")[0]
        found = re.findall(r'<td data-label="毕业生"><a href="/graduate/([^"]+)">', table)
        if not found:
            return ids, texts
        ids += found
        texts.append(text)
        number += 1


def test_the_officer_list_puts_who_needs_follow_up_first_across_pages(many, monkeypatch):
    api = many
    recorded(api, "S6", job_id="J-ACC", status="已推送")
    recorded(api, "S6", job_id="J-ACC", status="已录用")  # hired: last, though followed up first
    recorded(api, "S2", job_id="J-ACC", status="已推送")  # followed up longest ago
    recorded(api, "S7", job_id="J-ACC", status="已录用")
    recorded(api, "S7", job_id="J-ACC", status="放弃")  # the offer was declined: not hired any more
    recorded(api, "S4", job_id="J-ACC", status="面试中", subsidy="已发放")
    recorded(api, "S2", job_id="J-TEACH", status="未录用")  # S2's newest is now later than S7's and S4's
    for graduate_id in ("S5", "S3"):  # suggestions served, no follow-up yet
        assert api.get(f"/api/graduates/{graduate_id}/recommendations", "officer").status_code == 200
    api.app.state.reclog.flush()

    # S1: nothing at all; S3, S5: recommended only (by id); S7, S4, S2: by their newest record; S6: hired.
    expected = ["S1", "S3", "S5", "S7", "S4", "S2", "S6"]
    for size in (2, 3, 20):
        ids, texts = officer_list(api, monkeypatch, size)
        assert ids == expected, size
        assert all("共 7 人" in t for t in texts)
    whole = texts[0]
    row = {i: whole.split(f'<td data-label="毕业生"><a href="/graduate/{i}">')[1].split("</tr>")[0] for i in expected}
    # 「尚无推荐」 beside the list of best jobs read as "nothing to suggest": it is whether an officer has looked
    # at the graduate's suggestions (the recommendation log's officer rows; the graduate's own views do not count).
    assert "尚未跟进（专员尚未看过推荐）" in row["S1"] and "尚未跟进（专员已看过推荐）" in row["S3"]
    assert "专员尚未看过推荐也无跟进的在前，其次是专员看过推荐但未跟进的" in whole
    assert "已录用</span>：会计" in row["S6"] and "放弃</span>：会计" in row["S7"]
    assert "面试中</span>：会计" in row["S4"] and "求职创业补贴：已发放" in row["S4"]
    assert "未录用</span>：小学数学教师" in row["S2"]
    shown = [r for r in api.audit_rows() if r.record_type == "follow_up" and r.action == "read"]
    assert {(r.record_id, tuple(r.fields)) for r in shown} == {("S4", ("subsidy",))}


def test_a_hired_graduate_shows_the_job_they_were_hired_for_and_their_latest_record(many, monkeypatch):
    api = many
    recorded(api, "S1", job_id="J-ACC", status="已录用")
    recorded(api, "S1", job_id="J-TEACH", status="已推送")
    ids, texts = officer_list(api, monkeypatch, 20)
    assert ids[-1] == "S1"
    row = texts[0].split('<td data-label="毕业生"><a href="/graduate/S1">')[1].split("</tr>")[0]
    assert "已录用</span>：会计" in row and "最近一次：已推送：小学数学教师" in row


def test_the_order_is_the_repositorys_whole_order_sliced(many):
    api = many
    recorded(api, "S3", job_id="J-ACC", status="已推送")
    recorded(api, "S1", job_id="J-ACC", status="已推送")
    with api.app.state.session_factory() as session:
        whole, total = follow_up_store.support_graduates_by_need(session=session, offset=0, limit=100)
        pieces = [follow_up_store.support_graduates_by_need(session=session, offset=o, limit=2)[0] for o in (0, 2, 4, 6)]
    assert total == 7 and [g.id for g in whole] == ["S2", "S4", "S5", "S6", "S7", "S3", "S1"]
    assert [g.id for piece in pieces for g in piece] == [g.id for g in whole]


# --- the same queue through the API -------------------------------------------------------


def test_the_support_queue_api_lists_who_needs_follow_up_first_with_state_and_jobs(many):
    api = many
    recorded(api, "S6", job_id="J-ACC", status="已录用")
    recorded(api, "S2", job_id="J-ACC", status="已推送", subsidy="已申请")
    assert api.get("/api/graduates/S3/recommendations", "officer").status_code == 200
    api.app.state.reclog.flush()

    pages_ = [api.get("/api/support", "officer", params={"offset": o, "limit": 3, "k": 2}).json() for o in (0, 3, 6)]
    assert {p["total"] for p in pages_} == {7}
    items = [item for p in pages_ for item in p["items"]]
    assert [i["graduate"]["id"] for i in items] == ["S1", "S4", "S5", "S7", "S3", "S2", "S6"]
    first, s3, s2, s6 = items[0], items[4], items[5], items[6]
    assert first["recommended"] is False and first["latest"] is None and first["hired"] is None
    assert first["graduate"]["hardship"] == ["低收入家庭"]  # the officer's full record
    assert 1 <= len(first["suggestions"]) <= 2 and first["suggestions"][0]["rank"] == 1
    assert s3["recommended"] is True and s3["latest"] is None
    assert s2["latest"]["status"] == "已推送" and s2["latest"]["job_title"] == "会计" and s2["subsidy"] == "已申请"
    assert "note" not in s2["latest"]
    assert s6["hired"]["job_id"] == "J-ACC" and s6["hired"]["status"] == "已录用"
    # Reads are audited as on the page: every record, and the one subsidy state shown.
    reads = [r for r in api.audit_rows() if r.action == "read" and r.record_type == "graduate"]
    assert {r.record_id for r in reads} >= {"S1", "S2", "S6"}
    shown = [r for r in api.audit_rows() if r.record_type == "follow_up" and r.action == "read"]
    assert {(r.record_id, tuple(r.fields)) for r in shown} == {("S2", ("subsidy",))}


@pytest.mark.parametrize("who", ["organiser", "g1"])
def test_only_officers_read_the_support_queue(api, who):
    assert_problem(api.get("/api/support", who), 403)


def test_the_support_queue_refuses_a_bad_k(api):
    assert_problem(api.get("/api/support", "officer", params={"k": 0}), 422, "k")
