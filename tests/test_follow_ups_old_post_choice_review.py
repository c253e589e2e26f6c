"""Officer review of 「登记哪个岗位的结果」: a job id the graduate was pushed two posts under asks which one
whatever is stored under it now (both posts deleted too), never by a numeric push id; a post no longer
stored cannot be pushed again (its results still can); one wording, 「岗位已下架」, for a post no longer stored."""

from __future__ import annotations

import re

import pytest

from tests.reused_post_pushes import NEW_POST, current_lines, form_fields, pg_two_pushes, pushes_waiting, two_pushes
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import login, record, recorded
from tests.test_api_postgres import pg_app  # noqa: F401  (fixture)


def _form(page: str) -> str:
    return page.split('id="follow-up-form"')[1].split("</form>")[0]


def _options(page: str) -> list[tuple[str, bool, str]]:
    select = _form(page).split('id="fu-push"')[1].split("</select>")[0]
    return [(v, bool(sel), label) for v, sel, label in re.findall(r'<option value="([^"]*)"( selected)?>([^<]*)</option>', select)]


def _both_deleted(api) -> tuple[dict, dict]:
    old, new = two_pushes(api)
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    return old, new


# --- D1: no post stored under the reused id any more ----------------------------------------------


def test_with_both_posts_deleted_each_rows_link_carries_its_push_and_the_form_asks(api):
    old, new = _both_deleted(api)
    login(api, "officer")
    record_list = api.client.get("/graduate/G1").text.split('id="follow-up-list"')[1].split("</table>")[0]
    assert f'?job=J-INTERN&amp;push={old["push_id"]}#follow-up-form' in record_list
    assert f'?job=J-INTERN&amp;push={new["push_id"]}#follow-up-form' in record_list
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN", "push": str(old["push_id"])}).text
    options = _options(page)
    assert [(v, sel) for v, sel, _ in options] == [("", False), (str(new["push_id"]), False), (str(old["push_id"]), True)]
    assert "编号 J-INTERN 下已没有在招岗位" in options[0][2]
    assert options[1][2].startswith("此前推送的原岗位：仓库管理员 · 乌鲁木齐新仓物流有限公司（岗位已下架；")
    assert options[2][2].startswith("此前推送的原岗位：行政见习岗 · 乌鲁木齐市人社局（岗位已下架；")
    sent = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-INTERN", "push_id": str(old["push_id"]), "status": "已录用"},
        follow_redirects=False)
    assert sent.status_code == 303, sent.text
    assert current_lines(api) == [("行政见习岗", False, "已录用"), ("仓库管理员", False, "已推送")]
    assert pushes_waiting(api) == 1


def test_with_both_posts_deleted_an_unchosen_form_is_refused_and_writes_nothing(api):
    _both_deleted(api)
    login(api, "officer")
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text
    assert _options(page)[0][:2] == ("", True)  # 「请选择」: the newest push is no more meant than the other
    again = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-INTERN", "push_id": "", "status": "放弃"})
    assert again.status_code == 422
    assert "登记哪个岗位的结果：该毕业生在编号 J-INTERN 下被推送过不止一个岗位" in again.text
    assert 'id="fu-push"' in _form(again.text) and 'aria-invalid="true"' in _form(again.text).split('id="fu-push"')[1]
    assert current_lines(api) == [("行政见习岗", False, "已推送"), ("仓库管理员", False, "已推送")]


# --- L4: a blank form, the job id typed --------------------------------------------------------------


def test_a_typed_id_with_two_pushes_comes_back_with_the_choice_in_words(api):
    old, new = two_pushes(api)
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    assert 'id="fu-push"' not in _form(page)  # a blank form: no post chosen yet, so no choice shown
    sent = api.client.post("/graduate/G1/follow-ups", data={**form_fields(page), "job_id": "J-INTERN", "status": "放弃"})
    assert sent.status_code == 422
    assert "请在下方「登记哪个岗位的结果」中选择" in sent.text and "push_id" not in sent.text.split('id="fu-error"')[1][:300]
    assert [(v, sel) for v, sel, _ in _options(sent.text)] == [(str(new["push_id"]), True), (str(old["push_id"]), False)]
    assert current_lines(api) == [("行政见习岗", False, "已推送"), ("仓库管理员", True, "已推送")]  # nothing written
    chosen = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(sent.text), "job_id": "J-INTERN", "push_id": str(old["push_id"]), "status": "放弃"},
        follow_redirects=False)
    assert chosen.status_code == 303, chosen.text
    assert current_lines(api) == [("行政见习岗", False, "放弃"), ("仓库管理员", True, "已推送")]


def test_a_push_of_another_job_is_said_in_words_not_as_a_push_id(api):
    old, _ = two_pushes(api)
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    login(api, "officer")
    page = api.client.get("/graduate/G1", params={"job": "J-SOFT"}).text
    wrong = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-SOFT", "push_id": str(old["push_id"]), "status": "已投递"})
    assert wrong.status_code == 422
    message = wrong.text.split('id="fu-error">')[1].split("</p>")[0]
    assert "所选的岗位不是该毕业生在编号 J-SOFT 下被推送的岗位" in message and "不必选择" in message
    assert "push_id" not in message and "跟进记录）" not in message


def test_a_stored_post_never_pushed_is_chosen_by_words_too(api):
    old = recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    assert api.post("/api/jobs", "officer", json=NEW_POST).status_code == 201
    login(api, "officer")
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text
    assert [(v, sel) for v, sel, _ in _options(page)] == [("current", True), (str(old["push_id"]), False)]
    sent = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-INTERN", "push_id": "current", "status": "已推送"}, follow_redirects=False)
    assert sent.status_code == 303, sent.text
    assert current_lines(api) == [("行政见习岗", False, "已推送"), ("仓库管理员", True, "已推送")]


# --- L3: a post no longer stored is not pushed again ---------------------------------------------------


def test_pushing_a_deleted_post_again_is_refused_and_its_results_are_not(api):
    old, _ = two_pushes(api)
    recorded(api, "G1", job_id="J-INTERN", status="放弃", push_id=old["push_id"])
    assert pushes_waiting(api) == 1
    body = assert_problem(record(api, "G1", job_id="J-INTERN", status="已推送", push_id=old["push_id"]), 422,
                          "字段「推送记录编号」（push_id）", "行政见习岗 · 乌鲁木齐市人社局", "已下架", "不能再登记「已推送」")
    assert body["errors"][0]["loc"] == ["body", "push_id"]
    assert pushes_waiting(api) == 1  # the closed push stays closed
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    assert api.delete("/api/jobs/J-SOFT", "officer").status_code == 204
    body = assert_problem(record(api, "G1", job_id="J-SOFT", status="已推送"), 422, "字段「岗位编号」（job_id）", "已下架")
    assert body["errors"][0]["loc"] == ["body", "job_id"]
    assert recorded(api, "G1", job_id="J-SOFT", status="已投递")["job_exists"] is False


# --- L2: one word for a post no longer stored ------------------------------------------------------


def test_a_post_no_longer_stored_is_called_岗位已下架_on_every_page(api):
    recorded(api, "G1", job_id="J-INTERN", status="已推送")
    assert api.delete("/api/jobs/J-INTERN", "officer").status_code == 204
    login(api, "officer")
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text
    record_list = page.split('id="follow-up-list"')[1].split("</table>")[0]
    assert "（岗位已下架）" in record_list and "已删除" not in record_list
    assert "行政见习岗 · 乌鲁木齐市人社局 · 岗位已下架" in _form(page) and "岗位已删除" not in page
    report = api.client.get("/follow-ups").text
    assert "岗位已下架" in report and "，已删除" not in report


# --- PostgreSQL ------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_on_postgresql_both_posts_deleted_the_form_asks_and_a_deleted_post_is_not_pushed_again(pg_app):  # noqa: F811
    client, headers, _ = pg_app
    url, old, new = pg_two_pushes(client, headers)
    assert client.delete("/api/jobs/K1", headers=headers).status_code == 204
    again = client.post(url, headers=headers, json={"job_id": "K1", "status": "已推送", "push_id": old["push_id"]})
    assert again.status_code == 422 and again.json()["errors"][0]["loc"] == ["body", "push_id"]
    login = client.post("/login", data={"token": headers["Authorization"].split()[1]}, follow_redirects=False)
    assert login.status_code == 303
    page = client.get("/graduate/N1", params={"job": "K1", "push": str(old["push_id"])}).text
    assert [(v, sel) for v, sel, _ in _options(page)] == [("", False), (str(new["push_id"]), False),
                                                          (str(old["push_id"]), True)]
    sent = client.post("/graduate/N1/follow-ups", data={
        **form_fields(page), "job_id": "K1", "push_id": str(old["push_id"]), "status": "已录用"}, follow_redirects=False)
    assert sent.status_code == 303, sent.text
    items = client.get("/api/follow-ups", headers=headers, params={"graduate_id": "N1"}).json()["items"]
    assert sorted((i["job_title"], i["status"]) for i in items) == [("仓库管理员", "已推送"), ("行政见习岗", "已录用")]
