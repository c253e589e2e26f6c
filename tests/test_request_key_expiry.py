"""A retry under an ``Idempotency-Key`` is answered exactly as the first request was (201, the
same body) and says so in ``Idempotent-Replayed: true``; keys expire after
``Settings.request_key_ttl_hours`` (an expired key is a new request) and expired keys are
deleted when a new one is written; migration 0006 upgrades a database holding keys."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, inspect, select, text, update

from service.api import followups
from service.api import schemas as s
from service.auth import Role, User
from service.settings import Settings
from service.storage import repository as repo
from service.storage.db import make_session_factory, upgrade
from service.storage.models import FollowUpRequestKeyRow
from tests.test_api_fixtures import api  # noqa: F401
from tests.test_api_followups import stored
from tests.test_storage import empty_engine, full_graduate, full_job, head_revision  # noqa: F401

URL = "/api/graduates/{}/follow-ups"
KEY = "9b1d7c2e-0f4a-4e8b-b3a5-6c2d1e0f9a87"
BODY = {"job_id": "J-SOFT", "status": "已推送", "note": "电话告知"}


def keyed(api, graduate_id: str, key: str = KEY, body: dict = BODY):
    return api.client.post(URL.format(graduate_id), headers={**api.headers("officer"), "Idempotency-Key": key},
                           json=body)


def age_keys(api, hours: float, **where) -> None:
    """Move stored keys ``hours`` into the past, as if they had been written then."""
    with api.app.state.session_factory() as session:
        session.execute(update(FollowUpRequestKeyRow).filter_by(**where).values(
            at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)))
        session.commit()


def stored_keys(api) -> list[tuple[str, str]]:
    with api.app.state.session_factory() as session:
        return sorted(session.execute(select(FollowUpRequestKeyRow.graduate_id, FollowUpRequestKeyRow.key)).all())


def test_a_replay_answers_201_with_the_first_body_and_the_replayed_header(api):
    first = keyed(api, "G1")
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = keyed(api, "G1")
    assert again.status_code == 201, again.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.content == first.content and len(stored(api, "G1")) == 1


def test_a_replay_is_the_first_answer_even_after_the_job_was_deleted(api):
    first = keyed(api, "G1")
    assert first.json()["job_exists"] is True
    assert api.delete("/api/jobs/J-SOFT", "officer").status_code == 204
    again = keyed(api, "G1")
    assert (again.status_code, again.json()) == (201, first.json())
    # The graduate's history does say the job is gone now: the replay is the old answer, not a read.
    assert api.get(URL.format("G1"), "officer").json()["items"][0]["job_exists"] is False


def test_a_key_older_than_a_day_has_expired_and_the_request_is_recorded_anew(api):
    first = keyed(api, "G1")
    age_keys(api, 25)
    again = keyed(api, "G1")
    assert again.status_code == 201 and "idempotent-replayed" not in again.headers
    assert again.json()["id"] != first.json()["id"] and len(stored(api, "G1")) == 2
    # Within the day of the new key, a retry is a replay of the second answer.
    third = keyed(api, "G1")
    assert third.headers["Idempotent-Replayed"] == "true" and third.json() == again.json()


def test_an_expired_key_may_be_reused_with_another_body(api):
    assert keyed(api, "G1").status_code == 201
    age_keys(api, 25)
    other = keyed(api, "G1", body={**BODY, "status": "已投递"})
    assert other.status_code == 201, other.text
    assert [r.status for r in stored(api, "G1")] == ["已投递", "已推送"]


def test_a_key_within_the_configured_time_still_replays_and_the_time_is_configurable(api):
    keyed(api, "G1")
    age_keys(api, 23)
    assert keyed(api, "G1").headers.get("Idempotent-Replayed") == "true"
    api.app.state.settings.request_key_ttl_hours = 1
    again = keyed(api, "G1")
    assert again.status_code == 201 and "idempotent-replayed" not in again.headers
    assert len(stored(api, "G1")) == 2


def test_writing_a_key_deletes_the_expired_keys_and_keeps_the_live_ones(api):
    keyed(api, "G1", "old-key-1")
    keyed(api, "G2", "old-key-2", body={"job_id": "J-ACC", "status": "已推送"})
    keyed(api, "G2", "live-key", body={"job_id": "J-SOFT", "status": "已推送"})
    age_keys(api, 30, key="old-key-1")
    age_keys(api, 30, key="old-key-2")
    assert len(stored_keys(api)) == 3  # nothing is deleted until a key is written
    keyed(api, "G1", "new-key")
    assert stored_keys(api) == [("G1", "new-key"), ("G2", "live-key")]


def test_settings_default_to_a_day_and_refuse_a_non_positive_time():
    import pytest
    from pydantic import ValidationError

    assert Settings().request_key_ttl == dt.timedelta(hours=24)
    assert Settings(request_key_ttl_hours=0.5).request_key_ttl == dt.timedelta(minutes=30)
    with pytest.raises(ValidationError):
        Settings(request_key_ttl_hours=0)


def test_a_database_with_keys_upgrades_and_an_old_key_still_replays(empty_engine):  # noqa: F811
    """A key written at revision 0005 (no stored answer) replays after the upgrade, built from
    its follow-up; the new index is there; going back to 0005 and up again keeps the keys."""
    from alembic import command

    from service.storage.db import alembic_config

    upgrade(empty_engine, "0005")
    officer = User(id=1, name="王老师", role=Role.OFFICER, graduate_id=None)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (name, role, token_hash, active, created_at) "
            "VALUES ('王老师', 'officer', :hash, :yes, :now)"), {"hash": "b" * 64, "yes": True, "now": now})
        connection.execute(text(
            "INSERT INTO follow_ups (at, user_id, user_name, graduate_id, job_id, job_title, status) "
            "VALUES (:now, 1, '王老师', 'G001', 'J001', '会计', '已推送')"), {"now": now})
        connection.execute(text(
            "INSERT INTO follow_up_request_keys (user_id, graduate_id, key, request_hash, follow_up_id, at) "
            "VALUES (1, 'G001', :key, :hash, 1, :now)"),
            {"key": KEY, "hash": followups._request_hash(s.FollowUpCreate(job_id="J001", status="已推送")),
             "now": now})
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    indexes = {i["name"]: i["column_names"] for i in inspect(empty_engine).get_indexes("follow_up_request_keys")}
    assert indexes["ix_follow_up_request_keys_at"] == ["at"]
    factory = make_session_factory(empty_engine)
    with factory() as session:
        # The post the follow-up kept (会计, no employer), put back: a job stored after a row is that row's
        # job only when it is the same post (``follow_ups.about_listed_jobs``).
        repo.create_job(session=session, job=full_job(title="会计", employer=None))
        session.commit()
        public, created = followups.record(session=session, user=officer, graduate_id="G001",
                                           data=s.FollowUpCreate(job_id="J001", status="已推送"), request_key=KEY)
        assert (created, public.id, public.job_title, public.job_exists) == (False, 1, "会计", True)
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert "response_body" not in {c["name"] for c in inspect(empty_engine).get_columns("follow_up_request_keys")}
    upgrade(empty_engine)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(FollowUpRequestKeyRow)) == 1
        repo.create_graduate(session=session, graduate=full_graduate())
        session.commit()
        public, created = followups.record(session=session, user=officer, graduate_id="G001",
                                           data=s.FollowUpCreate(job_id="J001", status="已投递"), request_key="k2")
        assert created and session.get(FollowUpRequestKeyRow, (1, "G001", "k2")).response_body == public.model_dump_json()
