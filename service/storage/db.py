"""Engine, sessions and migrations.

SQLite gets WAL mode (readers never wait for the writer), foreign keys and a busy timeout
on every connection. Migrations are the Alembic scripts in ``service/migrations``, found
through the installed package and run programmatically (``upgrade(engine)``), so an
installed ``jobmatch`` needs no ``alembic.ini`` in the working directory.
"""

from __future__ import annotations

from importlib import resources

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("sqlite"):
        # A pool as large as the request thread pool's useful concurrency: a connection
        # beyond the pool is opened (pragmas and all) and closed again per request.
        kwargs.setdefault("pool_size", 20)
        kwargs.setdefault("max_overflow", 20)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; avoids an fsync per commit
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def hold_sqlite_write_lock(session: Session) -> None:
    """On SQLite, take the database's write lock now and keep it until the session commits or rolls back
    (``BEGIN IMMEDIATE``; nothing on another database). pysqlite begins a transaction only before the first
    INSERT/UPDATE/DELETE, so two requests that read, check and then write both read before either wrote
    and both passed: SQLite lets one writer in at a time, but only from its first write on. Taken before the
    check, the second request waits here (``busy_timeout``) until the first commits, then reads what it
    wrote. Readers are not held up (WAL), and a session that wrote already holds the lock."""
    connection = session.connection()
    if connection.dialect.name != "sqlite" or connection.connection.dbapi_connection.in_transaction:
        return
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("service").joinpath("migrations")))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """``alembic upgrade head`` on ``engine`` (idempotent)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            # pysqlite opens a transaction only before DML, so a migration's DDL (ADD COLUMN) was committed
            # at once: a later revision that stops (0018, on shared ID numbers) left the columns of an earlier
            # one behind, under the old version number. An explicit BEGIN makes the whole upgrade one transaction.
            connection.exec_driver_sql("BEGIN")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory on ``url``, migrated to the latest schema."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_session_factory(engine)
