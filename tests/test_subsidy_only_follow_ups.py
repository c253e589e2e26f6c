"""An officer records a graduate's 求职创业补贴 state without picking a post (the subsidy is the
graduate's, not a job's): the API takes a body with ``subsidy`` and no ``job_id``/``status``,
the page's form offers 「只登记补贴申领（不涉及具体岗位）」, the officers' list and its hint read
the state, the report carries the line, and migration 0009 goes up and down on both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from service.storage.db import make_session_factory, upgrade
from service.storage.models import FollowUpRow
from tests.test_api_fixtures import assert_problem, policy_api
from tests.test_api_followups import URL, follow_up_audit, form_token, login, page_post, record, recorded, stored
from tests.test_officer_subsidy_hints import POLICIES_CSV, _states
from tests.test_storage import empty_engine  # noqa: F401


@pytest.fixture
def api(tmp_path, monkeypatch):
    with policy_api(tmp_path, monkeypatch, POLICIES_CSV) as api:
        yield api


def test_the_api_records_a_subsidy_state_without_a_post_and_audits_it(api):
    body = recorded(api, "G1", subsidy="已申请", note="已交申请表")
    assert {k: body[k] for k in ("job_id", "job_title", "job_employer", "job_exists", "status", "subsidy", "note",
                                 "user_name")} == {
        "job_id": None, "job_title": None, "job_employer": None, "job_exists": False, "status": None,
        "subsidy": "已申请", "note": "已交申请表", "user_name": "王老师"}
    [row] = stored(api, "G1")
    assert (row.job_id, row.status, row.subsidy) == (None, None, "已申请")
    assert [(r.action, r.fields) for r in follow_up_audit(api, "G1")] == [("create", ["subsidy", "note"])]
    # The history lists it, and reading it is audited like any other.
    [item] = api.get(URL.format("G1"), "officer").json()["items"]
    assert (item["job_id"], item["subsidy"]) == (None, "已申请")


@pytest.mark.parametrize(("body", "field"), [
    ({}, "job_id"),
    ({"note": "打过电话"}, "job_id"),
    ({"status": "已推送", "subsidy": "已申请"}, "job_id"),  # a status is about a post
    ({"job_id": "J-SOFT", "subsidy": "已申请"}, "status"),
])
def test_a_body_with_neither_a_post_nor_a_subsidy_is_a_422_naming_the_field(api, body, field):
    problem = assert_problem(record(api, "G1", **body), 422, f"（{field}）", "缺少必填字段")
    assert [e["loc"] for e in problem["errors"]] == [["body", field]]
    if field == "job_id":
        assert "只登记求职创业补贴" in problem["detail"]
    assert stored(api, "G1") == [] and api.audit_rows() == []


def test_a_retried_subsidy_only_request_writes_one_row(api):
    headers = {**api.headers("officer"), "Idempotency-Key": "sub-1"}
    first = api.client.post(URL.format("G1"), json={"subsidy": "已发放"}, headers=headers)
    again = api.client.post(URL.format("G1"), json={"subsidy": "已发放"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json() == first.json()
    assert len(stored(api, "G1")) == 1


def test_the_officers_list_reads_the_state_and_drops_the_hint_without_counting_a_job_follow_up(api):
    login(api, "officer")
    assert "可申领" in _states(api.client.get("/officer").text)["G1"]
    recorded(api, "G1", subsidy="已申请")
    cell = _states(api.client.get("/officer").text)["G1"]
    assert "求职创业补贴：已申请" in cell and "可申领" not in cell
    assert "尚未跟进" in cell  # no post was followed up: the job follow-up is still owed
    entry = {x["graduate"]["id"]: x for x in api.get("/api/support", "officer").json()["items"]}["G1"]
    assert (entry["latest"], entry["subsidy"], entry["subsidy_hint"]) == (None, "已申请", None)


def test_the_graduate_page_offers_subsidy_only_and_records_it(api):
    login(api, "officer")
    page = api.client.get("/graduate/G1?subsidy_only=1").text
    assert "只登记补贴申领（不涉及具体岗位）" in page
    assert 'name="subsidy_only" value="1" checked' in page
    # The post typed or given by ?job= is not sent on once the box is ticked.
    response = page_post(api, csrf=form_token(page), subsidy_only="1", job_id="J-SOFT", status="已推送",
                         subsidy="已发放", note="")
    assert response.status_code == 303, response.text
    [row] = stored(api, "G1")
    assert (row.job_id, row.status, row.subsidy) == (None, None, "已发放")
    history = api.client.get("/graduate/G1").text.split('id="follow-up-list"')[1].split("</table>")[0]
    assert "只登记补贴申领，不涉及具体岗位" in history and "已发放" in history


def test_the_page_form_ticked_without_a_subsidy_comes_back_naming_it(api):
    login(api, "officer")
    response = page_post(api, csrf=form_token(api.client.get("/graduate/G1").text), subsidy_only="1", job_id="",
                         status="已推送", subsidy="", note="")
    assert response.status_code == 422
    assert "未记录：求职创业补贴：只登记补贴申领时请选择求职创业补贴状态" in response.text
    assert 'name="subsidy_only" value="1" checked' in response.text
    assert stored(api, "G1") == []


def test_the_report_has_a_line_for_the_subsidy_recorded_without_a_post(api):
    recorded(api, "G1", job_id="J-SOFT", status="已推送")
    recorded(api, "G1", subsidy="已申请")
    lines = api.get("/api/follow-ups", "officer").json()["items"]
    assert sorted((x["job_id"] or "", x["status"] or "", x["subsidy"]) for x in lines) == [
        ("", "", "已申请"), ("J-SOFT", "已推送", "已申请")]


def test_the_export_leaves_the_job_columns_of_a_subsidy_only_line_empty():
    from service.commands.follow_ups import export_row
    from service.storage.follow_up_report import ReportLine

    row = FollowUpRow(graduate_id="G1", job_id=None, job_title=None, status=None, subsidy="已申请", user_name="王老师",
                      at=dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc))
    out = export_row(ReportLine(follow_up=row, graduate=None, subsidy="已申请"))
    assert (out["job_id"], out["job_title"], out["status"], out["subsidy"]) == ("", "", "", "已申请")


def test_a_database_with_follow_ups_upgrades_to_0009_and_back(empty_engine):  # noqa: F811
    """Rows written at 0008 stay; a subsidy-only row is stored at 0009 and a row with neither a
    post nor a subsidy refused; back at 0008 the subsidy-only row is gone and the columns are
    required again."""
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine, "0008")
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO follow_ups (at, user_name, graduate_id, job_id, job_title, status) "
            "VALUES (:at, '王老师', 'G1', 'J1', '会计', '已推送')"), {"at": dt.datetime(2026, 9, 1)})
        connection.execute(text("INSERT INTO users (name, role, token_hash, active, created_at) "
                                "VALUES ('王老师', 'officer', :hash, :yes, :at)"),
                           {"hash": "c" * 64, "yes": True, "at": dt.datetime(2026, 9, 1)})
        connection.execute(text("INSERT INTO follow_up_request_keys (user_id, graduate_id, key, request_hash, "
                                "follow_up_id, at) VALUES (1, 'G1', 'k1', :hash, 1, :at)"),
                           {"hash": "d" * 64, "at": dt.datetime(2026, 9, 1)})
    keys = "SELECT key FROM follow_up_request_keys"
    upgrade(empty_engine)
    with empty_engine.connect() as connection:  # SQLite copies the table: its keys (ON DELETE CASCADE) stay
        assert connection.execute(text(keys)).scalars().all() == ["k1"]
    factory = make_session_factory(empty_engine)
    with factory() as session:
        session.add(FollowUpRow(user_name="王老师", graduate_id="G1", subsidy="已申请"))
        session.commit()
    with factory() as session, pytest.raises(IntegrityError):
        session.add(FollowUpRow(user_name="王老师", graduate_id="G1", note="只有备注"))
        session.commit()
    with factory() as session, pytest.raises(IntegrityError):
        session.add(FollowUpRow(user_name="王老师", graduate_id="G1", job_id="J1", job_title="会计", subsidy="已申请"))
        session.commit()
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    columns = {c["name"]: c["nullable"] for c in inspect(empty_engine).get_columns("follow_ups")}
    assert (columns["job_id"], columns["job_title"], columns["status"]) == (False, False, False)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT job_id FROM follow_ups")).scalars().all() == ["J1"]
        assert connection.execute(text(keys)).scalars().all() == ["k1"]
