"""Going back from 0014 (users.revision) keeps every row that points at an account.

On SQLite a batch drop of the column copies ``users`` and drops the old table; with foreign
keys on, that set each follow-up's user_id to NULL and deleted the request keys (ON DELETE
CASCADE). The downgrade drops the column in place instead.
"""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import inspect, text

from service.storage.db import alembic_config, upgrade
from tests.test_storage import empty_engine  # noqa: F401


def test_downgrading_0014_keeps_follow_ups_user_and_request_keys(empty_engine):  # noqa: F811
    upgrade(empty_engine)
    now = dt.datetime(2026, 12, 7, 3, 0)
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (name, role, token_hash, active, created_at, revision) "
            "VALUES ('王老师', 'officer', :hash, :yes, :now, 2)"), {"hash": "c" * 64, "yes": True, "now": now})
        connection.execute(text(
            "INSERT INTO follow_ups (at, user_id, user_name, graduate_id, job_id, job_title, status) "
            "VALUES (:now, 1, '王老师', 'G001', 'J001', '会计', '已推送')"), {"now": now})
        connection.execute(text(
            "INSERT INTO follow_up_request_keys (user_id, graduate_id, key, request_hash, follow_up_id, at) "
            "VALUES (1, 'G001', 'k1', :hash, 1, :now)"), {"hash": "d" * 64, "now": now})
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    assert "revision" not in {c["name"] for c in inspect(empty_engine).get_columns("users")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT user_id FROM follow_ups")).scalars().all() == [1]
        assert connection.execute(text("SELECT key FROM follow_up_request_keys")).scalars().all() == ["k1"]
        assert connection.execute(text("SELECT name FROM users")).scalars().all() == ["王老师"]
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT revision FROM users")).scalars().all() == [0]
