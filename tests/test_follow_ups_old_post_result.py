"""A pushed job deleted and its id given to another post: the old push takes its own result (已投递, 已录用,
放弃 …) through ``push_id``, on the API and on the officer's form, apart from the new post's push; each push
has its own current state, so the old one leaves 「尚无结果」 and the waiting counts. Migration 0021 fills the
push of rows written before it as the graduate's page told them apart; on PostgreSQL too."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import text

from service.api import follow_up_conflicts
from service.storage import follow_ups as follow_up_store
from service.storage.db import upgrade
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.reused_post_pushes import current_lines, form_fields, pg_two_pushes, pushes_waiting, two_pushes
from tests.test_api_followups import URL, login, record, recorded
from tests.test_api_postgres import pg_app  # noqa: F401  (fixture)
from tests.test_storage import downgrade, empty_engine  # noqa: F401

# --- the API ------------------------------------------------------------------------------------


def test_the_old_push_is_closed_by_its_push_id_and_the_new_posts_push_stays_apart(api):
    old, new = two_pushes(api)
    assert old["push_id"] != new["push_id"] and new["push_id"] == new["id"]
    assert pushes_waiting(api) == 2  # both posts wait for a result (they were one push before)
    hired = recorded(api, "G1", job_id="J-INTERN", status="已录用", push_id=old["push_id"], note="单位电话确认")
    assert (hired["job_title"], hired["job_employer"], hired["job_exists"], hired["push_id"]) == (
        "行政见习岗", "乌鲁木齐市人社局", False, old["push_id"])
    assert current_lines(api) == [("行政见习岗", False, "已录用"), ("仓库管理员", True, "已推送")]
    assert pushes_waiting(api) == 1  # the new post's push alone
    waiting = api.get("/api/follow-ups", "officer", params={"graduate_id": "G1", "waiting": "true"}).json()["items"]
    assert [(i["job_title"], i["status"]) for i in waiting] == [("仓库管理员", "已推送")]


def test_a_result_under_the_id_alone_is_still_the_new_posts(api):
    old, new = two_pushes(api)
    sent = recorded(api, "G1", job_id="J-INTERN", status="已投递")
    assert (sent["job_title"], sent["job_exists"], sent["push_id"]) == ("仓库管理员", True, new["push_id"])
    assert current_lines(api) == [("行政见习岗", False, "已推送"), ("仓库管理员", True, "已投递")]
    # Naming the new post's push is the same as naming none.
    again = recorded(api, "G1", job_id="J-INTERN", status="面试中", push_id=new["push_id"])
    assert (again["job_title"], again["job_exists"]) == ("仓库管理员", True)


def test_the_old_push_closed_leaves_the_graduates_waiting_count_on_the_officer_list(api):
    old, _ = two_pushes(api)
    login(api, "officer")
    assert "2 个推送尚无结果" in api.client.get("/officer").text
    recorded(api, "G1", job_id="J-INTERN", status="放弃", push_id=old["push_id"])
    page = api.client.get("/officer").text
    assert "1 个推送尚无结果" in page and "2 个推送尚无结果" not in page
    # The newest record is the old post's: 「登记跟进」 opens the form on that push, not the post under the id now.
    assert f'/graduate/G1?job=J-INTERN&amp;push={old["push_id"]}#follow-up-form' in page
    support = api.get("/api/support", "officer").json()["items"]
    assert [g["latest"]["push_id"] for g in support if g["graduate"]["id"] == "G1"] == [old["push_id"]]


def test_the_graduate_sees_each_post_with_its_own_result(api):
    old, _ = two_pushes(api)
    recorded(api, "G1", job_id="J-INTERN", status="已录用", push_id=old["push_id"])
    login(api, "g1")
    section = api.client.get("/graduate/G1").text.split('id="pushed-jobs"')[1].split("<h2")[0]
    rows = section.split("<tbody>")[1].split("<tr>")[1:]
    assert len(rows) == 2
    assert "仓库管理员" in rows[0] and "已推送" in rows[0]
    assert "行政见习岗" in rows[1] and "岗位已下架" in rows[1] and "已录用" in rows[1]


def test_a_push_id_of_another_job_or_graduate_is_refused_naming_it(api):
    old, _ = two_pushes(api)
    other = recorded(api, "G1", job_id="J-SOFT", status="已推送")
    g3 = recorded(api, "G3", job_id="J-INTERN", status="已推送")
    for push_id in (other["push_id"], g3["push_id"], 999):
        body = assert_problem(record(api, "G1", job_id="J-INTERN", status="放弃", push_id=push_id), 422,
                              "字段「推送记录编号」（push_id）", f"没有编号为 {push_id} 的岗位「J-INTERN」推送")
        assert body["errors"][0]["loc"] == ["body", "push_id"]
    assert_problem(record(api, "G1", status="放弃", push_id=old["push_id"]), 422, "字段「岗位编号」（job_id）", "push_id")
    assert_problem(record(api, "G1", job_id="J-INTERN", status="放弃", push_id=0), 422, "push_id")


def test_a_retry_under_the_same_key_replays_and_another_push_is_another_body(api):
    old, new = two_pushes(api)
    body = {"job_id": "J-INTERN", "status": "放弃", "push_id": old["push_id"]}
    headers = {**api.headers("officer"), "Idempotency-Key": "old-post-0001"}
    first = api.client.post(URL.format("G1"), json=body, headers=headers)
    again = api.client.post(URL.format("G1"), json=body, headers=headers)
    assert first.status_code == again.status_code == 201, again.text
    assert again.headers["Idempotent-Replayed"] == "true" and again.json() == first.json()
    other = api.client.post(URL.format("G1"), json={**body, "push_id": new["push_id"]}, headers=headers)
    assert_problem(other, 422, "Idempotency-Key")
    assert current_lines(api) == [("行政见习岗", False, "放弃"), ("仓库管理员", True, "已推送")]


def test_the_new_posts_record_since_is_no_conflict_for_the_old_push_but_its_own_is(api):
    old, new = two_pushes(api)
    recorded(api, "G1", job_id="J-INTERN", status="已投递")  # the new post, after the page was seen
    closed = recorded(api, "G1", job_id="J-INTERN", status="放弃", push_id=old["push_id"], last_seen_id=new["id"])
    assert closed["job_title"] == "行政见习岗"
    refused = record(api, "G1", job_id="J-INTERN", status="已录用", push_id=old["push_id"], last_seen_id=new["id"])
    body = assert_problem(refused, 409, "last_seen_id", "（行政见习岗 · 乌鲁木齐市人社局）", "「放弃」")
    assert body["latest_id"] == closed["id"]


def test_rows_written_without_a_push_id_are_told_apart_by_one_read_of_the_stored_jobs(monkeypatch):
    """Rows of one job id that carry no push id (not written by the API): judged as the page judges them, the
    stored jobs read once for all of them, not once a row."""
    reads = []

    def about_listed(*, session, rows):
        reads.append(sorted(r.id for r in rows))
        return {2, 4}  # rows 2 and 4 are about the post stored now

    monkeypatch.setattr(follow_up_store, "about_listed_jobs", about_listed)
    rows = [FollowUpRow(id=i, job_id="J-INTERN") for i in (1, 2, 3)]
    continued = FollowUpRow(id=4, job_id="J-INTERN")
    assert follow_up_conflicts._of_push(None, rows, continued) == {2}
    assert reads == [[1, 2, 3, 4]]
    pushed = FollowUpRow(id=5, job_id="J-INTERN", push_id=5)  # a push id decides alone, with nothing read
    assert follow_up_conflicts._of_push(None, [*rows, pushed], FollowUpRow(id=6, job_id="J-INTERN", push_id=5)) == {5}
    assert reads == [[1, 2, 3, 4]]


# --- the officer's form ----------------------------------------------------------------------------


def test_the_form_records_the_old_posts_result_from_its_rows_link(api):
    old, new = two_pushes(api)
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    record_list = page.split('id="follow-up-list"')[1].split("</table>")[0]
    link = f'?job=J-INTERN&amp;push={old["push_id"]}#follow-up-form'
    assert link in record_list  # each row's 「更新」 opens the form on its own push
    assert f'?job=J-INTERN&amp;push={new["push_id"]}#follow-up-form' in record_list
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN", "push": str(old["push_id"])}).text
    form = page.split('id="follow-up-form"')[1]
    assert "现在编号 J-INTERN 下的岗位：仓库管理员 · 乌鲁木齐新仓物流有限公司" in form
    assert re.search(rf'<option value="{old["push_id"]}" selected>此前推送的原岗位：行政见习岗 · 乌鲁木齐市人社局（岗位已下架；', form)
    sent = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-INTERN", "push_id": str(old["push_id"]), "status": "已录用"},
        follow_redirects=False)
    assert sent.status_code == 303, sent.text
    assert current_lines(api) == [("行政见习岗", False, "已录用"), ("仓库管理员", True, "已推送")]
    assert pushes_waiting(api) == 1


def test_the_form_left_at_its_default_records_the_new_post_and_a_wrong_push_comes_back_named(api):
    old, new = two_pushes(api)
    login(api, "officer")
    page = api.client.get("/graduate/G1", params={"job": "J-INTERN"}).text
    assert f'<option value="{new["push_id"]}" selected>现在编号 J-INTERN 下的岗位：' in page
    sent = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-INTERN", "push_id": str(new["push_id"]), "status": "已投递"},
        follow_redirects=False)
    assert sent.status_code == 303
    assert current_lines(api) == [("行政见习岗", False, "已推送"), ("仓库管理员", True, "已投递")]
    page = api.client.get("/graduate/G1", params={"job": "J-SOFT"}).text
    wrong = api.client.post("/graduate/G1/follow-ups", data={
        **form_fields(page), "job_id": "J-SOFT", "push_id": str(old["push_id"]), "status": "已投递"})
    assert wrong.status_code == 422 and "登记哪个岗位的结果：所选的岗位不是该毕业生在编号 J-SOFT 下被推送的岗位" in wrong.text


# --- migration 0021 --------------------------------------------------------------------------------


def test_migration_0021_fills_each_push_as_the_page_told_them_apart(empty_engine):  # noqa: F811
    upgrade(empty_engine, "0020_job_updated_on")
    day = dt.datetime(2026, 9, 1, 3, 0)
    rows = [  # (id, at, job_id, title, employer, status): J1 pushed, deleted, its id given to 仓库管理员 on day 5
        (1, day, "J1", "行政见习岗", "人社局", "已推送"), (2, day + dt.timedelta(days=1), "J1", "行政见习岗", "人社局", "已投递"),
        (3, day + dt.timedelta(days=2), "J2", "会计", None, "已推送"),
        (4, day + dt.timedelta(days=6), "J1", "仓库管理员", "新仓物流", "已推送"),
        (5, day + dt.timedelta(days=7), "J1", "仓库管理员", "新仓物流", "面试中"),
        (6, day + dt.timedelta(days=8), "J9", "导游", "旅行社", "已推送")]  # J9: deleted, never reused
    with empty_engine.begin() as connection:
        for job_id, title, employer, created in (("J1", "仓库管理员", "新仓物流", day + dt.timedelta(days=5)),
                                                 ("J2", "会计", None, day)):
            connection.execute(text(
                "INSERT INTO jobs (id, title, employer, education_any, headcount_open, description, conditions, "
                "created_at, updated_at) VALUES (:id, :title, :employer, :no, :no, '', '[]', :at, :at)"),
                {"id": job_id, "title": title, "employer": employer, "no": False, "at": created})
        for row_id, at, job_id, title, employer, status in rows:
            connection.execute(text(
                "INSERT INTO follow_ups (id, at, user_name, graduate_id, job_id, job_title, job_employer, status) "
                "VALUES (:id, :at, '王老师', 'G1', :job, :title, :employer, :status)"),
                {"id": row_id, "at": at, "job": job_id, "title": title, "employer": employer, "status": status})
        connection.execute(text("INSERT INTO follow_ups (id, at, user_name, graduate_id, subsidy) "
                                "VALUES (7, :at, '王老师', 'G1', '已申请')"), {"at": day})
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        pushes = dict(connection.execute(text("SELECT id, push_id FROM follow_ups ORDER BY id")).all())
    assert pushes == {1: 1, 2: 1, 3: 3, 4: 4, 5: 4, 6: 6, 7: None}
    downgrade(empty_engine, "0020_job_updated_on")  # in place: every row kept
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM follow_ups")).scalar() == 7


# --- PostgreSQL ------------------------------------------------------------------------------------


@pytest.mark.postgres
def test_on_postgresql_the_old_push_is_closed_apart_from_the_new_posts(pg_app):  # noqa: F811
    client, headers, app = pg_app
    url, old, new = pg_two_pushes(client, headers)
    with app.state.session_factory() as session:
        assert follow_up_store.states(session=session, graduate_ids=["N1"])["N1"].waiting == 2
    closed = client.post(url, headers=headers, json={"job_id": "K1", "status": "放弃", "push_id": old["push_id"],
                                                     "last_seen_id": new["id"]})
    assert closed.status_code == 201, closed.text
    items = client.get("/api/follow-ups", headers=headers, params={"graduate_id": "N1"}).json()["items"]
    assert sorted((i["job_title"], i["status"], i["first_at"] is not None) for i in items) == [
        ("仓库管理员", "已推送", True), ("行政见习岗", "放弃", True)]
    with app.state.session_factory() as session:
        assert follow_up_store.states(session=session, graduate_ids=["N1"])["N1"].waiting == 1
