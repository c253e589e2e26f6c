"""Alembic environment: runs on the connection ``service.storage.db.upgrade`` passes in."""

from __future__ import annotations

from alembic import context

from service.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from service.settings import Settings
        from service.storage.db import make_engine

        engine = make_engine(Settings().resolved_database_url)
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `jobmatch serve` or upgrade() on an engine")
run_migrations_online()
