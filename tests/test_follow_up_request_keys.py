"""Recording a follow-up is idempotent under a request key: the API's ``Idempotency-Key``
header and the page form's hidden key (fresh per rendering), so a client retrying after a
timeout or an officer's double click writes one row; and the migration that stores the
keys upgrades a database that holds follow-ups already."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from sqlalchemy import inspect, text

from service.api import followups
from service.api import schemas as s
from service.api.pages import csrf_token
from service.auth import Role, User, issue_user
from service.storage import follow_ups as follow_up_store
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from tests.test_api_fixtures import api, assert_problem  # noqa: F401
from tests.test_api_followups import follow_up_audit, login, page_post, stored
from tests.test_storage import empty_engine, full_graduate, full_job, head_revision  # noqa: F401

URL = "/api/graduates/{}/follow-ups"
KEY = "3f0c1b7e-6a1d-4c55-9a43-1e2f6f0d9b21"


def keyed(api, graduate_id: str, key: str, who: str = "officer", **body):
    headers = {**api.headers(who), "Idempotency-Key": key}
    return api.client.post(URL.format(graduate_id), headers=headers, json=body)


# --- the API --------------------------------------------------------------------------


def test_a_retry_with_the_same_key_and_body_returns_the_first_row_and_writes_nothing(api):
    first = keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送", subsidy="已申请", note="电话告知")
    assert first.status_code == 201, first.text
    again = keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送", subsidy="已申请", note="电话告知")
    assert again.status_code == 201 and again.json() == first.json()
    assert [r.id for r in stored(api, "G1")] == [first.json()["id"]]
    # The retry's answer shows the subsidy and the note again: it is audited as a read.
    assert [(r.action, r.fields) for r in reversed(follow_up_audit(api, "G1"))] == [
        ("create", ["subsidy", "note"]), ("read", ["subsidy", "note"])]


def test_the_same_body_counts_as_validated_so_a_retry_with_blank_padding_is_a_retry(api):
    first = keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送", note="电话告知")
    again = keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送", note="  电话告知 ", subsidy=None)
    assert (first.status_code, again.status_code) == (201, 201) and len(stored(api, "G1")) == 1
    assert again.headers["Idempotent-Replayed"] == "true"


def test_the_same_key_with_another_body_is_a_422_in_chinese_and_writes_nothing(api):
    assert keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送").status_code == 201
    problem = assert_problem(keyed(api, "G1", KEY, job_id="J-SOFT", status="已投递"), 422,
                             "请求头「Idempotency-Key」", "内容不同")
    assert problem["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    assert [r.status for r in stored(api, "G1")] == ["已推送"]


def test_keys_are_scoped_per_officer_and_per_graduate(api):
    with api.app.state.session_factory() as session:
        api.tokens["officer2"] = issue_user(session=session, name="李老师", role=Role.OFFICER).token
        session.commit()
    body = {"job_id": "J-ACC", "status": "已推送"}
    assert keyed(api, "G1", KEY, **body).status_code == 201
    assert keyed(api, "G2", KEY, **body).status_code == 201  # another graduate: a new row
    assert keyed(api, "G1", KEY, "officer2", **body).status_code == 201  # another officer: a new row
    assert [r.user_name for r in stored(api, "G1")] == ["李老师", "王老师"] and len(stored(api, "G2")) == 1


def test_without_a_key_every_post_is_a_new_row_as_before(api):
    for _ in range(2):
        assert api.post(URL.format("G1"), "officer", json={"job_id": "J-SOFT", "status": "已推送"}).status_code == 201
    assert len(stored(api, "G1")) == 2


@pytest.mark.parametrize("key", ["", "带中文的键", "a b", "x" * 129])
def test_a_malformed_key_is_a_422_naming_the_header(api, key):
    response = api.client.post(URL.format("G1"), headers={**api.headers("officer"), "Idempotency-Key": key.encode()},
                               json={"job_id": "J-SOFT", "status": "已推送"})
    assert_problem(response, 422, "Idempotency-Key")
    assert stored(api, "G1") == []


def test_a_refused_request_stores_no_key_so_the_corrected_retry_is_recorded(api):
    assert_problem(keyed(api, "G1", KEY, job_id="NOPE", status="已推送"), 422, "岗位「NOPE」不存在")
    assert keyed(api, "G1", KEY, job_id="J-SOFT", status="已推送").status_code == 201


def test_the_key_is_for_officers_only_like_the_record(api):
    assert_problem(keyed(api, "G1", KEY, "organiser", job_id="J-SOFT", status="已推送"), 403)
    assert stored(api, "G1") == []


def test_two_requests_with_the_same_key_at_once_write_one_row(api):
    """A double click: both requests pass the look-up before either stores its key; the
    key's primary key lets one in, and the other answers with that one's row."""
    barrier = threading.Barrier(2)
    original = follow_up_store.find_request_key

    def find_then_wait(**kwargs):
        found = original(**kwargs)
        if found is None:
            try:
                barrier.wait(timeout=5)
            except threading.BrokenBarrierError:
                pass
        return found

    officer = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    data = s.FollowUpCreate(job_id="J-SOFT", status="已推送")
    results = []

    def send():
        with api.app.state.session_factory() as session:
            results.append(followups.record(session=session, user=officer, graduate_id="G1", data=data,
                                            request_key=KEY))

    follow_up_store.find_request_key = find_then_wait
    try:
        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        follow_up_store.find_request_key = original
    assert sorted(created for _, created in results) == [False, True]
    assert results[0][0] == results[1][0] and len(stored(api, "G1")) == 1


def test_the_openapi_document_declares_the_header_and_the_replay(api):
    post = api.client.get("/openapi.json").json()["paths"]["/api/graduates/{graduate_id}/follow-ups"]["post"]
    (header,) = [p for p in post["parameters"] if p["in"] == "header"]
    assert header["name"] == "Idempotency-Key" and header["required"] is False
    assert {"201", "422"} <= set(post["responses"]) and "200" not in post["responses"]
    assert "Idempotent-Replayed" in post["responses"]["201"]["headers"]


# --- the page form --------------------------------------------------------------------


def form_key(page: str) -> str:
    return re.search(r'name="request_key" value="([A-Za-z0-9_-]{20,})"', page).group(1)


def test_each_rendering_of_the_form_carries_a_fresh_key(api):
    login(api, "officer")
    keys = {form_key(api.client.get("/graduate/G1").text) for _ in range(3)}
    assert len(keys) == 3


def test_a_double_submitted_form_writes_one_row(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1").text
    form = {"csrf": csrf_token(api.tokens["officer"]), "request_key": form_key(page), "job_id": "J-NET",
            "status": "已推送", "note": "现场登记"}
    for _ in range(2):
        response = page_post(api, **form)
        assert response.status_code == 303 and response.headers["location"] == "/graduate/G1#follow-ups"
    assert [(r.job_id, r.note) for r in stored(api, "G1")] == [("J-NET", "现场登记")]
    # A new rendering, a new key: the same content again is a new record, as the officer meant.
    form["request_key"] = form_key(api.client.get("/graduate/G1").text)
    assert page_post(api, **form).status_code == 303 and len(stored(api, "G1")) == 2


def test_a_form_resent_with_other_content_is_refused_in_the_forms_words(api):
    login(api, "officer")
    form = {"csrf": csrf_token(api.tokens["officer"]), "request_key": form_key(api.client.get("/graduate/G1").text),
            "job_id": "J-NET", "status": "已推送"}
    assert page_post(api, **form).status_code == 303
    response = page_post(api, **{**form, "status": "已投递"})
    assert response.status_code == 422 and "这份表单已提交过不同的内容，请回到毕业生页面重新填写" in response.text
    assert 'href="/graduate/G1"' in response.text and [r.status for r in stored(api, "G1")] == ["已推送"]
    response = page_post(api, **{**form, "request_key": "坏键"})
    assert response.status_code == 422 and "表单已失效" in response.text


# --- the migration --------------------------------------------------------------------


def test_a_database_with_follow_ups_upgrades_to_the_request_keys(empty_engine):  # noqa: F811
    """A service started on a database of revision 0002 that holds follow-ups."""
    upgrade(empty_engine, "0002")
    assert "follow_up_request_keys" not in inspect(empty_engine).get_table_names()
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (name, role, token_hash, active, created_at) "
            "VALUES ('王老师', 'officer', :hash, :yes, :now)"),
            {"hash": "a" * 64, "yes": True, "now": dt.datetime(2026, 9, 1)})
        connection.execute(text(
            "INSERT INTO follow_ups (at, user_id, user_name, graduate_id, job_id, job_title, status, subsidy) "
            "VALUES (:now, 1, '王老师', 'G001', 'J001', '会计', '已推送', '已申请')"), {"now": dt.datetime(2026, 9, 1)})

    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    officer = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        (old,) = follow_up_store.list_for_graduate(session=session, graduate_id="G001")[0]
        assert (old.job_title, old.subsidy, old.at) == ("会计", "已申请", dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
        repo.create_graduate(session=session, graduate=full_graduate())
        repo.create_job(session=session, job=full_job())
        session.commit()
        data = s.FollowUpCreate(job_id="J001", status="已投递")
        first = followups.record(session=session, user=officer, graduate_id="G001", data=data, request_key=KEY)
        again = followups.record(session=session, user=officer, graduate_id="G001", data=data, request_key=KEY)
        assert (first[1], again[1], first[0]) == (True, False, again[0])
        assert follow_up_store.list_for_graduate(session=session, graduate_id="G001")[1] == 2


def test_the_migration_downgrades_to_the_follow_ups_alone_and_upgrades_again(empty_engine):  # noqa: F811
    """Going back to revision 0002 drops the keys and keeps every follow-up."""
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine)
    officer = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    factory = make_session_factory(empty_engine)
    with factory() as session:
        issue_user(session=session, name="王老师", role=Role.OFFICER)
        repo.create_graduate(session=session, graduate=full_graduate())
        repo.create_job(session=session, job=full_job())
        session.commit()
        followups.record(session=session, user=officer, graduate_id="G001",
                         data=s.FollowUpCreate(job_id="J001", status="已推送"), request_key=KEY)
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "follow_up_request_keys" not in inspect(empty_engine).get_table_names()
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM follow_ups")).scalar() == 1
    upgrade(empty_engine)
    with factory() as session:  # the key is gone with its table: the same key records anew
        assert followups.record(session=session, user=officer, graduate_id="G001",
                                data=s.FollowUpCreate(job_id="J001", status="已推送"), request_key=KEY)[1] is True
