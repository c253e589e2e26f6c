"""Storage on SQLite and PostgreSQL: migrations, record round trips, filters, bulk upserts.

The PostgreSQL cases run against ``JOBMATCH_TEST_POSTGRES_URL`` (default: the local
server at 127.0.0.1:5432, user postgres, database test) in a throw-away schema. They skip
when no server answers, unless ``JOBMATCH_REQUIRE_POSTGRES=1`` (set by ``.ci/run``):
then an absent server fails them.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
import zlib

import pytest
from sqlalchemy import inspect, text

from features.education import Degree, EducationLevel, EducationRequirement
from features.records import EmployerType, Gender, Graduate, Hardship, Job, Preferences, SalaryRange
from service.auth import Role, authenticate, issue_user
from service.errors import JobmatchError
from service.storage import repository as repo
from service.storage.db import make_engine, make_session_factory, upgrade

PG_URL = os.environ.get("JOBMATCH_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("JOBMATCH_REQUIRE_POSTGRES") == "1"


def pg_engine_or_skip():
    """(probe engine, engine bound to a fresh schema, schema name) on the test server."""
    probe = make_engine(PG_URL, connect_args={"connect_timeout": 2})
    try:
        with probe.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as error:  # any connection failure means: no server here
        probe.dispose()
        message = f"PostgreSQL not reachable at {PG_URL}: {type(error).__name__}"
        if REQUIRE_PG:
            pytest.fail(message)
        pytest.skip(message)
    schema = f"jm_test_{uuid.uuid4().hex[:10]}"
    with probe.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})
    return probe, engine, schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_engine(request, tmp_path):
    """An engine on an empty database (no migration run yet)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")
        yield engine
        engine.dispose()
        return
    probe, engine, schema = pg_engine_or_skip()
    try:
        yield engine
    finally:
        engine.dispose()
        with probe.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        probe.dispose()


@pytest.fixture
def engine(empty_engine):
    upgrade(empty_engine)
    return empty_engine


@pytest.fixture
def session(engine):
    factory = make_session_factory(engine)
    with factory() as session:
        yield session


def upgrade_with_a_job_written_at(engine, revision: str) -> None:
    """Build the schema to ``revision``, write job J1 (会计) as that schema holds it, then upgrade to
    head: the row an older database brings to a migration under test. (Revision 0007 or later.)"""
    upgrade(engine, revision)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO jobs (id, title, education_any, headcount_open, description, conditions, created_at, updated_at) "
            "VALUES ('J1', '会计', :no, :no, '', '[]', '2026-09-01', '2026-09-01')"), {"no": False})
    upgrade(engine)


def head_revision() -> str:
    """The newest migration's id, as the scripts in ``service/migrations`` say (what ``upgrade`` reaches)."""
    from alembic.script import ScriptDirectory

    from service.storage.db import alembic_config

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def downgrade(engine, revision: str) -> None:
    """Take the schema back to ``revision`` with alembic's own downgrade."""
    from alembic import command

    from service.storage.db import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def full_job(job_id: str = "J001", **changes) -> Job:
    values = dict(
        id=job_id, title="软件开发工程师", employer="新疆某科技有限公司", employer_type=EmployerType.ENTERPRISE,
        category="信息技术", industry="软件", location="乌鲁木齐市",
        education=EducationRequirement(minimum=EducationLevel.BACHELOR), degree=Degree.BACHELOR,
        majors_text="计算机类", salary=SalaryRange(6000, 9000), headcount=3, description="负责后端开发",
        conditions=(("年龄要求", "35周岁以下"), ("其他要求", "能适应出差")),
    )
    values.update(changes)
    return Job(**values)


def full_graduate(graduate_id: str = "G001", **changes) -> Graduate:
    values = dict(
        id=graduate_id, name="阿依古丽", school="新疆大学", major="计算机科学与技术", major_code="080901",
        education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026, gender=Gender.FEMALE,
        ethnicity="维吾尔族", birth_date=dt.date(2003, 5, 1), political_status="共青团员", hukou="喀什地区",
        intention="想在乌鲁木齐做软件开发", preferences=Preferences(("乌鲁木齐",), ("信息技术",), (), 5000),
        hardship=frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.ETHNIC_MINORITY}),
        # One number per graduate id (the unique index of 0018): G001's as it always was.
        id_number=f"65010020{zlib.crc32(graduate_id.encode()):010d}" if graduate_id != "G001"
        else "650100200305010000", phone="13900000000",
    )
    values.update(changes)
    return Graduate(**values)


def test_upgrade_creates_every_table_and_is_idempotent(engine):
    upgrade(engine)  # a second run must be a no-op, as at every service start
    tables = set(inspect(engine).get_table_names())
    assert {"jobs", "graduates", "users", "audit_log", "recommendation_log", "follow_ups", "alembic_version"} <= tables


def test_the_migrations_build_exactly_the_tables_the_models_describe(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from service.storage.models import Base

    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_a_database_of_the_first_schema_upgrades_and_keeps_its_rows(empty_engine):
    """A service started on a database written before follow-ups existed (revision 0001)."""
    upgrade(empty_engine, "0001")
    assert "follow_ups" not in inspect(empty_engine).get_table_names()
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO users (name, role, token_hash, active, created_at) "
            "VALUES ('王老师', 'officer', :hash, :yes, :now)"), {"hash": "a" * 64, "yes": True, "now": dt.datetime(2026, 9, 1)})
        connection.execute(text("INSERT INTO recommendation_log (at, user_id, graduate_id, job_ids) "
                                "VALUES (:now, 1, 'G001', :jobs)"), {"now": dt.datetime(2026, 9, 1), "jobs": '["J001"]'})
    factory = make_session_factory(empty_engine)
    from service.storage.convert import graduate_to_columns
    from service.storage.models import GraduateRow

    # Written as that schema holds it: without the columns later migrations added (0004, 0013).
    later = {"hardship_groups", "student_loan", "origin_place"}
    with empty_engine.begin() as connection:
        connection.execute(GraduateRow.__table__.insert().values(
            {k: v for k, v in graduate_to_columns(full_graduate()).items() if k not in later}))

    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    from service.storage import follow_ups
    from service.storage.models import FollowUpRow

    with factory() as session:
        assert repo.get_graduate(session=session, graduate_id="G001") == full_graduate()
        assert repo.list_recommendation_log(session=session, graduate_id="G001")[1] == 1
        follow_ups.add(session=session, row=FollowUpRow(user_id=1, user_name="王老师", graduate_id="G001",
                                                        job_id="J001", job_title="软件开发工程师", status="已推送"))
        session.commit()
        assert [g.id for g in follow_ups.support_graduates_by_need(session=session, offset=0, limit=10)[0]] == ["G001"]
        assert follow_ups.list_for_graduate(session=session, graduate_id="G001")[1] == 1


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.sqlite3'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_short_text_columns_have_the_lengths_the_importers_enforce():
    from sqlalchemy import String, Text

    from features.records import GRADUATE_TEXT_LIMITS, JOB_TEXT_LIMITS
    from service.storage.models import GraduateRow, JobRow

    for table, limits in ((JobRow, JOB_TEXT_LIMITS), (GraduateRow, GRADUATE_TEXT_LIMITS)):
        lengths = {c.name: c.type.length for c in table.__table__.columns if isinstance(c.type, String) and not isinstance(c.type, Text)}
        assert lengths == dict(limits), table.__tablename__


def test_job_round_trips_every_field(session):
    job = full_job()
    repo.create_job(session=session, job=job)
    session.commit()
    session.expunge_all()
    assert repo.get_job(session=session, job_id="J001") == job


def test_job_with_unknown_fields_stays_unknown(session):
    job = Job(id="J002", title="见习岗")
    repo.create_job(session=session, job=job)
    session.commit()
    session.expunge_all()
    loaded = repo.get_job(session=session, job_id="J002")
    assert loaded == job
    assert loaded.education.minimum is None and loaded.salary.minimum is None and loaded.degree is None


def test_graduate_round_trips_every_field_including_sensitive(session):
    graduate = full_graduate()
    repo.create_graduate(session=session, graduate=graduate)
    session.commit()
    session.expunge_all()
    assert repo.get_graduate(session=session, graduate_id="G001") == graduate


@pytest.mark.parametrize("hardship", [None, frozenset()])
def test_unknown_hardship_differs_from_stated_none(session, hardship):
    repo.create_graduate(session=session, graduate=full_graduate(hardship=hardship))
    session.commit()
    session.expunge_all()
    assert repo.get_graduate(session=session, graduate_id="G001").hardship == hardship


def test_create_existing_id_raises_duplicate(session):
    repo.create_job(session=session, job=full_job())
    with pytest.raises(repo.DuplicateIdError):
        repo.create_job(session=session, job=full_job(title="另一个岗位"))


def test_upsert_counts_and_overwrites(session):
    repo.create_job(session=session, job=full_job("J001"))
    session.commit()
    counts = repo.upsert_jobs(session=session, jobs=[full_job("J001", title="运维工程师"), full_job("J002")])
    session.commit()
    session.expunge_all()
    assert (counts.created, counts.updated) == (1, 1)
    assert repo.get_job(session=session, job_id="J001").title == "运维工程师"
    assert repo.count_jobs(session=session) == 2


def test_rolled_back_import_leaves_nothing(session):
    repo.upsert_graduates(session=session, graduates=[full_graduate(f"G{i:03d}") for i in range(50)])
    session.rollback()
    assert repo.count_graduates(session=session) == 0


def test_list_jobs_filters_by_education_admitting_a_level(session):
    repo.upsert_jobs(session=session, jobs=[
        full_job("A", education=EducationRequirement(minimum=EducationLevel.MASTER)),
        full_job("B", education=EducationRequirement(minimum=EducationLevel.JUNIOR_COLLEGE,
                                                     maximum=EducationLevel.JUNIOR_COLLEGE)),
        full_job("C", education=EducationRequirement(minimum=None, any_level=True)),
        full_job("D", education=EducationRequirement(minimum=None)),  # unknown: kept for checking
        full_job("E", education=EducationRequirement(minimum=EducationLevel.BACHELOR)),
    ])
    jobs, total = repo.list_jobs(
        session=session, filters=repo.JobFilters(education=EducationLevel.BACHELOR), offset=0, limit=10
    )
    assert [j.id for j in jobs] == ["C", "D", "E"] and total == 3


def test_list_jobs_text_terms_and_pagination(session):
    repo.upsert_jobs(session=session, jobs=[full_job(f"J{i:02d}", location="喀什地区" if i % 2 else "乌鲁木齐市")
                                            for i in range(10)] + [full_job("X1", title="会计", description="财务核算")])
    jobs, total = repo.list_jobs(
        session=session, filters=repo.JobFilters(location="喀什", terms=("软件",)), offset=2, limit=2
    )
    assert total == 5 and [j.id for j in jobs] == ["J05", "J07"]
    jobs, total = repo.list_jobs(session=session, filters=repo.JobFilters(terms=("财务", "会计")), offset=0, limit=10)
    assert [j.id for j in jobs] == ["X1"]


def test_like_wildcards_in_a_term_match_literally(session):
    repo.upsert_jobs(session=session, jobs=[full_job("A", title="100%达标奖"), full_job("B", title="普通岗位")])
    jobs, _ = repo.list_jobs(session=session, filters=repo.JobFilters(terms=("%",)), offset=0, limit=10)
    assert [j.id for j in jobs] == ["A"]


def test_list_graduates_by_support_need(session):
    repo.upsert_graduates(session=session, graduates=[
        full_graduate("G1"), full_graduate("G2", hardship=frozenset(), ethnicity="汉族"),
        full_graduate("G3", hardship=None, ethnicity="汉族"),
        full_graduate("G4", hardship=frozenset()),  # 维吾尔族: on the list by the 民族 (少数民族)
    ])
    graduates, total = repo.list_graduates(
        session=session, filters=repo.GraduateFilters(needs_support=True), offset=0, limit=10
    )
    assert sorted(g.id for g in graduates) == ["G1", "G4"] and total == 2


def test_token_is_stored_only_as_hash_and_authenticates(session):
    issued = issue_user(session=session, name="王老师", role=Role.OFFICER)
    session.commit()
    stored = repo.list_users(session=session)[0]
    assert issued.token not in stored.token_hash and len(stored.token_hash) == 64
    assert authenticate(session=session, token=issued.token).role is Role.OFFICER
    assert authenticate(session=session, token=issued.token + "x") is None


@pytest.mark.parametrize(
    ("name", "role", "graduate_id", "message"),
    [(" ", Role.OFFICER, None, "用户名不能为空"), ("阿依", Role.GRADUATE, None, "必须指定"),
     ("阿依", Role.GRADUATE, "  ", "必须指定"), ("王老师", Role.OFFICER, "G1", "只有毕业生账号")],
)
def test_an_account_that_cannot_be_issued(session, name, role, graduate_id, message):
    with pytest.raises(JobmatchError, match=message):
        issue_user(session=session, name=name, role=role, graduate_id=graduate_id)
    assert repo.list_users(session=session) == []


def test_a_graduate_account_keeps_its_record_id_trimmed(session):
    issued = issue_user(session=session, name=" 阿依 ", role=Role.GRADUATE, graduate_id=" G1 ")
    assert (issued.user.name, issued.user.graduate_id) == ("阿依", "G1")


def test_audit_entries_listed_newest_first(session):
    user = issue_user(session=session, name="王老师", role=Role.OFFICER).user
    for record in ("G1", "G2"):
        repo.add_audit(session=session, entries=[repo.AuditEntry(user.id, user.name, "officer", "read", record, ("phone",))])
    session.commit()
    rows, total = repo.list_audit(session=session)
    assert total == 2 and [r.record_id for r in rows] == ["G2", "G1"] and rows[0].fields == ["phone"]


def test_audit_times_are_utc_and_since_honours_the_offset(session):
    user = issue_user(session=session, name="王老师", role=Role.OFFICER).user
    repo.add_audit(session=session, entries=[repo.AuditEntry(user.id, user.name, "officer", "read", "G1", ("phone",))])
    session.commit()
    session.expire_all()  # read the time back from the database, not from the object just written
    (row,), _ = repo.list_audit(session=session)
    assert row.at.utcoffset() == dt.timedelta(0)
    assert abs(dt.datetime.now(dt.timezone.utc) - row.at) < dt.timedelta(minutes=5)
    beijing, new_york = dt.timezone(dt.timedelta(hours=8)), dt.timezone(dt.timedelta(hours=-5))
    # The same instants written in other time zones: one minute before the entry, one minute after.
    before, after = row.at - dt.timedelta(minutes=1), row.at + dt.timedelta(minutes=1)
    assert repo.list_audit(session=session, since=before.astimezone(beijing))[1] == 1
    assert repo.list_audit(session=session, since=after.astimezone(new_york))[1] == 0
    assert repo.list_audit(session=session, since=before.replace(tzinfo=None))[1] == 1  # naive: taken as UTC
    assert repo.list_audit(session=session, since=after.replace(tzinfo=None))[1] == 0
