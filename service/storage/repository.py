"""Repository functions: every query the service makes, keyword-only and typed.

Functions take a ``Session`` and neither commit nor roll back: the caller owns the
transaction (one per request, so a bulk import writes everything or nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from features.education import EducationLevel
from features.records import Graduate, Job
from service.storage import need_order
from service.storage.convert import (graduate_from_row, graduate_to_columns, inferred_place_column, job_from_row,
                                     job_to_columns)
from service.storage.models import AuditRow, GraduateRow, JobRow, RecommendationRow, UserRow, utcnow

#: Ids per ``IN (...)`` query; SQLite allows 32766 variables but smaller chunks stay fast.
CHUNK = 500


class DuplicateIdError(Exception):
    def __init__(self, record_id: str):
        self.record_id = record_id
        super().__init__(record_id)


@dataclass(frozen=True, slots=True)
class JobFilters:
    """``location``: the stated place, else the place the job's names say, contains it (``_at_place``).
    ``education``: only jobs that admit this level (jobs whose requirement is unknown stay in:
    they need checking, not hiding). ``terms``: every term must occur in the job's text."""

    location: str | None = None
    employer_type: str | None = None
    category: str | None = None
    education: EducationLevel | None = None
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GraduateFilters:
    school: str | None = None
    major: str | None = None
    education: EducationLevel | None = None
    graduation_year: int | None = None
    needs_support: bool | None = None
    text: str | None = None  # matches id or name


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    created: int
    updated: int


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(column, value: str):
    return column.ilike(_like(value), escape="\\")


def paged(session: Session, query: Select, *, order_by, offset: int, limit: int,
          counted: Select | None = None) -> tuple[list, int]:
    """One page of ``query`` in the order ``order_by``, and how many rows the whole query has
    (counted on ``counted`` when given: the same rows without the joins only the order needs)."""
    counted = query if counted is None else counted
    total = session.scalar(select(func.count()).select_from(counted.order_by(None).subquery())) or 0
    rows = session.scalars(query.order_by(*order_by).offset(offset).limit(limit)).all()
    return list(rows), int(total)


# --- jobs -----------------------------------------------------------------------------


def get_job(*, session: Session, job_id: str) -> Job | None:
    row = session.get(JobRow, job_id)
    return None if row is None else job_from_row(row)


def get_jobs(*, session: Session, job_ids: Sequence[str]) -> dict[str, Job]:
    out: dict[str, Job] = {}
    ids = list(dict.fromkeys(job_ids))
    for start in range(0, len(ids), CHUNK):
        for row in session.scalars(select(JobRow).where(JobRow.id.in_(ids[start : start + CHUNK]))):
            out[row.id] = job_from_row(row)
    return out


def all_jobs(*, session: Session) -> list[Job]:
    return [job_from_row(row) for row in session.scalars(select(JobRow).order_by(JobRow.id))]


def count_jobs(*, session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(JobRow)) or 0)


def _at_place(place: str):
    """Jobs whose stated location names ``place``, or, for a job stating none, whose inferred place
    does (「开封」 finds 「兰考县人民法院」's post, inferred in 河南省开封市兰考县). A stated place always wins:
    a post stating 郑州市 is not found under 开封 whatever its employer's name says."""
    states_none = or_(JobRow.location.is_(None), JobRow.location == "")
    return or_(_contains(JobRow.location, place), and_(states_none, _contains(JobRow.location_inferred, place)))


def _job_query(query: Select, filters: JobFilters) -> Select:
    if filters.location:
        query = query.where(_at_place(filters.location))
    if filters.employer_type:
        query = query.where(JobRow.employer_type == filters.employer_type)
    if filters.category:
        query = query.where(_contains(JobRow.category, filters.category))
    if filters.education is not None:
        level = int(filters.education)
        known = and_(
            JobRow.education_min <= level, or_(JobRow.education_max.is_(None), JobRow.education_max >= level)
        )
        query = query.where(or_(JobRow.education_any.is_(True), JobRow.education_min.is_(None), known))
    text_columns = (JobRow.title, JobRow.employer, JobRow.category, JobRow.industry, JobRow.description)
    for term in filters.terms:
        # The place as the lists show it, inferred too: 「开封」 finds 兰考县人民法院's post, shown in 开封市兰考县.
        query = query.where(or_(*(_contains(column, term) for column in text_columns), _at_place(term)))
    return query


def list_jobs(*, session: Session, filters: JobFilters, offset: int, limit: int) -> tuple[list[Job], int]:
    rows, total = paged(session, _job_query(select(JobRow), filters), order_by=(JobRow.id,), offset=offset, limit=limit)
    return [job_from_row(row) for row in rows], total


def job_ids(*, session: Session, filters: JobFilters) -> list[str]:
    """Ids of every job passing ``filters`` (for ranking a search before paging it)."""
    return list(session.scalars(_job_query(select(JobRow.id), filters).order_by(JobRow.id)))


def create_job(*, session: Session, job: Job) -> None:
    if session.get(JobRow, job.id) is not None:
        raise DuplicateIdError(job.id)
    session.add(JobRow(**job_to_columns(job)))
    session.flush()


def update_job(*, session: Session, job: Job) -> bool:
    row = session.get(JobRow, job.id)
    if row is None:
        return False
    for key, value in job_to_columns(job).items():
        setattr(row, key, value)
    session.flush()
    return True


def delete_job(*, session: Session, job_id: str) -> bool:
    return session.execute(delete(JobRow).where(JobRow.id == job_id)).rowcount > 0


def upsert_jobs(*, session: Session, jobs: Sequence[Job]) -> UpsertCounts:
    return _upsert(session, JobRow, [job_to_columns(job) for job in jobs])


#: The columns ``Job.inferred_location`` is read from (a stated location, else the names).
_PLACE_NAMES = ("location", "employer", "parent_unit", "announcement")


def refresh_inferred_places(*, session: Session, jobs: Iterable[Job]) -> int:
    """Rewrite ``jobs.location_inferred`` where it differs from what ``jobs`` (every stored job, as
    read) infer now, and say how many rows changed. The column is derived: a newer gazetteer or
    inference rule (``features.place_inference``) places rows written before differently, and the
    place filter must find what the pages show. The service runs this at start.

    A row is rewritten only while it still holds the names its place was inferred from: another
    process (a second service on the same database) may edit a job after ``jobs`` were read, and its
    edit wrote the right place itself."""
    stored = dict(session.execute(select(JobRow.id, JobRow.location_inferred)).all())
    changed = [{"job_id": job.id, "place": place, **{f"read_{name}": getattr(job, name) for name in _PLACE_NAMES}}
               for job in jobs if job.id in stored and stored[job.id] != (place := inferred_place_column(job))]
    if not changed:
        return 0
    table = JobRow.__table__
    as_read = [table.c[name].is_not_distinct_from(bindparam(f"read_{name}")) for name in _PLACE_NAMES]
    # Not an edit of the job: updated_at keeps its value (the ORM would set it now).
    result = session.execute(table.update().where(table.c.id == bindparam("job_id"), *as_read)
                             .values(location_inferred=bindparam("place"), updated_at=table.c.updated_at), changed)
    session.flush()
    return result.rowcount


# --- graduates ------------------------------------------------------------------------


def get_graduate(*, session: Session, graduate_id: str) -> Graduate | None:
    row = session.get(GraduateRow, graduate_id)
    return None if row is None else graduate_from_row(row)


def get_graduates(*, session: Session, graduate_ids: Sequence[str]) -> list[Graduate]:
    """Graduates in the order of ``graduate_ids``; unknown ids are left out."""
    found: dict[str, Graduate] = {}
    ids = list(dict.fromkeys(graduate_ids))
    for start in range(0, len(ids), CHUNK):
        for row in session.scalars(select(GraduateRow).where(GraduateRow.id.in_(ids[start : start + CHUNK]))):
            found[row.id] = graduate_from_row(row)
    return [found[i] for i in ids if i in found]


def all_graduates(*, session: Session) -> list[Graduate]:
    return [graduate_from_row(row) for row in session.scalars(select(GraduateRow).order_by(GraduateRow.id))]


def count_graduates(*, session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(GraduateRow)) or 0)


def graduate_conditions(filters: GraduateFilters) -> list:
    """The WHERE conditions on ``GraduateRow`` that ``filters`` state (texts match as substrings)."""
    conditions = []
    if filters.school:
        conditions.append(_contains(GraduateRow.school, filters.school))
    if filters.major:
        conditions.append(_contains(GraduateRow.major, filters.major))
    if filters.education is not None:
        conditions.append(GraduateRow.education == int(filters.education))
    if filters.graduation_year is not None:
        conditions.append(GraduateRow.graduation_year == filters.graduation_year)
    if filters.needs_support is not None:
        conditions.append(GraduateRow.needs_support.is_(filters.needs_support))
    if filters.text:
        conditions.append(or_(_contains(GraduateRow.id, filters.text), _contains(GraduateRow.name, filters.text)))
    return conditions


def list_graduates(
    *, session: Session, filters: GraduateFilters, offset: int, limit: int
) -> tuple[list[Graduate], int]:
    """Graduates passing ``filters``, by id; hardship-support graduates only
    (``needs_support=True``) in the order of their need of follow-up, as on the officer page
    (``need_order``)."""
    query = select(GraduateRow).where(*graduate_conditions(filters))
    if filters.needs_support:
        joined, order_by = need_order.by_need(query)
        rows, total = paged(session, joined, order_by=order_by, offset=offset, limit=limit, counted=query)
    else:
        rows, total = paged(session, query, order_by=(GraduateRow.id,), offset=offset, limit=limit)
    return [graduate_from_row(row) for row in rows], total


def graduate_ids(*, session: Session, filters: GraduateFilters) -> list[str]:
    """Ids of every graduate passing ``filters``, by id (to filter a list held in memory with the
    very conditions ``list_graduates`` applies)."""
    return list(session.scalars(select(GraduateRow.id).where(*graduate_conditions(filters)).order_by(GraduateRow.id)))


def create_graduate(*, session: Session, graduate: Graduate) -> None:
    if session.get(GraduateRow, graduate.id) is not None:
        raise DuplicateIdError(graduate.id)
    session.add(GraduateRow(**graduate_to_columns(graduate)))
    session.flush()


def update_graduate(*, session: Session, graduate: Graduate) -> bool:
    row = session.get(GraduateRow, graduate.id)
    if row is None:
        return False
    for key, value in graduate_to_columns(graduate).items():
        setattr(row, key, value)
    session.flush()
    return True


def delete_graduate(*, session: Session, graduate_id: str) -> bool:
    return session.execute(delete(GraduateRow).where(GraduateRow.id == graduate_id)).rowcount > 0


def upsert_graduates(*, session: Session, graduates: Sequence[Graduate]) -> UpsertCounts:
    return _upsert(session, GraduateRow, [graduate_to_columns(g) for g in graduates])


def _upsert(session: Session, model, rows: list[dict]) -> UpsertCounts:
    """Insert new ids and overwrite existing ones, in bulk (two statements, not one per row)."""
    rows = list({row["id"]: row for row in rows}.values())  # the last row of a repeated id wins
    ids = [row["id"] for row in rows]
    existing: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        existing.update(session.scalars(select(model.id).where(model.id.in_(ids[start : start + CHUNK]))))
    now = utcnow()
    new = [{**row, "created_at": now, "updated_at": now} for row in rows if row["id"] not in existing]
    old = [{**row, "updated_at": now} for row in rows if row["id"] in existing]
    if new:
        session.execute(insert(model), new)
    if old:
        session.execute(update(model), old)
    session.flush()
    return UpsertCounts(created=len(new), updated=len(old))


# --- users ----------------------------------------------------------------------------


def create_user(*, session: Session, name: str, role: str, token_hash: str, graduate_id: str | None = None) -> UserRow:
    user = UserRow(name=name, role=role, token_hash=token_hash, graduate_id=graduate_id, active=True)
    session.add(user)
    session.flush()
    return user


def user_by_token_hash(*, session: Session, token_hash: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.token_hash == token_hash, UserRow.active.is_(True)))


def list_users(*, session: Session) -> list[UserRow]:
    return list(session.scalars(select(UserRow).order_by(UserRow.id)))


# --- audit and recommendation logs ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditEntry:
    user_id: int | None
    user_name: str
    role: str
    action: str
    record_id: str
    fields: tuple[str, ...]
    record_type: str = "graduate"


def add_audit(*, session: Session, entries: Iterable[AuditEntry]) -> int:
    now = utcnow()
    rows = [
        {
            "at": now, "user_id": e.user_id, "user_name": e.user_name, "role": e.role, "action": e.action,
            "record_type": e.record_type, "record_id": e.record_id, "fields": list(e.fields),
        }
        for e in entries
    ]
    if rows:
        session.execute(insert(AuditRow), rows)
    return len(rows)


def list_audit(
    *,
    session: Session,
    record_id: str | None = None,
    user_id: int | None = None,
    action: str | None = None,
    since: dt.datetime | None = None,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[AuditRow], int]:
    query = select(AuditRow)
    if record_id is not None:
        query = query.where(AuditRow.record_id == record_id)
    if user_id is not None:
        query = query.where(AuditRow.user_id == user_id)
    if action is not None:
        query = query.where(AuditRow.action == action)
    if since is not None:
        query = query.where(AuditRow.at >= since)
    return paged(session, query, order_by=(AuditRow.id.desc(),), offset=offset, limit=limit)


def add_recommendation_logs(*, session: Session, entries: Sequence[tuple[int | None, str, Sequence[str]]]) -> None:
    """Many ``(user_id, graduate_id, job_ids)`` entries in one statement."""
    now = utcnow()
    rows = [{"at": now, "user_id": u, "graduate_id": g, "job_ids": list(j)} for u, g, j in entries]
    if rows:
        session.execute(insert(RecommendationRow), rows)


def list_recommendation_log(*, session: Session, graduate_id: str, offset: int = 0, limit: int = 20
                            ) -> tuple[list[RecommendationRow], int]:
    """One graduate's logged recommendations, newest first, and how many there are."""
    query = select(RecommendationRow).where(RecommendationRow.graduate_id == graduate_id)
    return paged(session, query, order_by=(RecommendationRow.id.desc(),), offset=offset, limit=limit)


def user_names(*, session: Session, user_ids: Iterable[int]) -> dict[int, str]:
    """Account id → name, for the ids that still exist."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = session.execute(select(UserRow.id, UserRow.name).where(UserRow.id.in_(ids)))
    return {user_id: name for user_id, name in rows}


def deactivate_users_named(*, session: Session, prefix: str) -> int:
    """Turn off every account whose name starts with ``prefix`` (earlier demo accounts)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    result = session.execute(
        update(UserRow).where(UserRow.name.like(f"{escaped}%", escape="\\")).values(active=False)
    )
    return result.rowcount
