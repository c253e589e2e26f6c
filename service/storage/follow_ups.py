"""Queries of the follow-up record (and of its request keys), and the officers' list
ordered by who needs follow-up.

Kept apart from ``repository`` (jobs, graduates, users, logs), which it uses; like it,
functions take a ``Session`` and leave the transaction to the caller.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from features.records import Graduate
from service.outcomes import AWAITING_RESULT, FollowUpStatus
from service.storage import need_order
from service.storage.convert import graduate_from_row
from service.storage.db import hold_sqlite_write_lock
from service.storage.models import FollowUpRequestKeyRow, FollowUpRow, GraduateRow, JobRow
from service.storage.need_order import current_per_job
from service.storage.repository import CHUNK, GraduateFilters, graduate_conditions, list_graduates, paged


def add(*, session: Session, row: FollowUpRow) -> FollowUpRow:
    session.add(row)
    session.flush()  # assigns the id and the time
    return row


def get(*, session: Session, follow_up_id: int) -> FollowUpRow | None:
    return session.get(FollowUpRow, follow_up_id)


def find_request_key(*, session: Session, user_id: int, graduate_id: str, key: str,
                     since: dt.datetime | None = None) -> FollowUpRequestKeyRow | None:
    """The follow-up request this officer already sent for this graduate under ``key``, if
    any and if stored at or after ``since`` (an older key has expired: the request is new)."""
    found = session.get(FollowUpRequestKeyRow, (user_id, graduate_id, key))
    if found is None or (since is not None and found.at < since):
        return None
    return found


def add_request_key(*, session: Session, row: FollowUpRequestKeyRow, expire_before: dt.datetime) -> None:
    """Remember a request key, first deleting every key stored before ``expire_before`` (one
    statement on the indexed time; it also frees an expired key of the same name). Raises
    ``IntegrityError`` when a concurrent request (a double click) stored the same key first."""
    session.execute(delete(FollowUpRequestKeyRow).where(FollowUpRequestKeyRow.at < expire_before)
                    .execution_options(synchronize_session="fetch"))
    session.add(row)
    session.flush()


def list_for_graduate(*, session: Session, graduate_id: str, offset: int = 0, limit: int = 20
                      ) -> tuple[list[FollowUpRow], int]:
    """One graduate's follow-ups, newest first (the order they were written), and how many."""
    query = select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id)
    return paged(session, query, order_by=(FollowUpRow.id.desc(),), offset=offset, limit=limit)


def push_rows(*, session: Session, graduate_id: str, job_id: str) -> tuple[list[FollowUpRow], set[int]]:
    """Every row of ``job_id`` for ``graduate_id``, oldest first, and the ids of those about the job stored
    under it now (``about_listed_jobs``): which push a new record of that id continues (``continued_push``)."""
    found = list(session.scalars(select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id,
                                                           FollowUpRow.job_id == job_id).order_by(FollowUpRow.id)))
    return found, about_listed_jobs(session=session, rows=found)


def continued_push(*, session: Session, graduate_id: str, job_id: str, listed: bool) -> FollowUpRow | None:
    """The newest row of the push a new record of ``job_id`` continues: with ``listed``, the push of the post
    stored under the id now; else of a post deleted since (the newest such push). ``None``: the record starts
    a push. Read under the graduate's lock (``lock_graduate``), so two first pushes at once make one push."""
    found, about = push_rows(session=session, graduate_id=graduate_id, job_id=job_id)
    return next((row for row in reversed(found) if (row.id in about) == listed), None)


def newest_of_push(*, session: Session, graduate_id: str, push_id: int) -> FollowUpRow | None:
    """The newest row of the graduate's push ``push_id`` (the id of its first row), if it is theirs."""
    return session.scalars(select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id,
                                                     FollowUpRow.push_id == push_id)
                           .order_by(FollowUpRow.id.desc()).limit(1)).first()


def recorded_since(*, session: Session, graduate_id: str, after_id: int, job_id: str | None,
                   subsidy: bool) -> list[FollowUpRow]:
    """The graduate's rows written after row ``after_id`` (ids grow with each write) that a new record
    would overrule: those of ``job_id`` (the same push), and with ``subsidy`` those stating a
    求职创业补贴 state (the graduate's, whatever the post). Newest first."""
    about = [FollowUpRow.job_id == job_id] if job_id is not None else []
    if subsidy:
        about.append(FollowUpRow.subsidy.is_not(None))
    if not about:
        return []
    return list(session.scalars(select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id,
                                                          FollowUpRow.id > after_id, or_(*about))
                                .order_by(FollowUpRow.id.desc())))


def graduate_known(*, session: Session, graduate_id: str) -> bool:
    """Whether ``graduate_id`` names a graduate or the follow-ups of one (they outlive the record): an
    empty answer for an id that is neither is a mistyped 学号, not 「no follow-up」. One yes/no query: no
    field of the graduate is read (it loaded the whole record, sensitive fields and all, to test for ``None``)."""
    return bool(session.scalar(select(or_(exists().where(GraduateRow.id == graduate_id),
                                          exists().where(FollowUpRow.graduate_id == graduate_id)))))


def lock_graduate(*, session: Session, graduate_id: str) -> None:
    """Hold the graduate's row until the transaction ends, so that a check of their stored state and
    the write it allows happen as one step per graduate: on PostgreSQL two officers recording
    conflicting 求职创业补贴 moves at once (未获批 and 已发放 after 已申请) both read 已申请 and both
    passed. ``SELECT … FOR UPDATE`` makes the second wait until the first commits, then read what it
    wrote (READ COMMITTED takes a new snapshot per statement). SQLite compiles no ``FOR UPDATE`` and
    pysqlite began the transaction only at the write, after both checks: there the lock is the database's
    write lock, taken now (``db.hold_sqlite_write_lock``; one graduate's check waits for any other's write)."""
    if session.get_bind().dialect.name == "sqlite":
        hold_sqlite_write_lock(session)
        return
    session.execute(select(GraduateRow.id).where(GraduateRow.id == graduate_id).with_for_update())


def newest_subsidy(*, session: Session, graduate_id: str) -> str | None:
    """The graduate's newest stated 求职创业补贴 state (with a job or without), or ``None``."""
    return session.scalars(select(FollowUpRow.subsidy).where(FollowUpRow.graduate_id == graduate_id,
                                                             FollowUpRow.subsidy.is_not(None))
                           .order_by(FollowUpRow.id.desc()).limit(1)).first()


@dataclass(frozen=True, slots=True)
class PushedJob:
    """A job put to a graduate as the graduate's own page lists it: the post's current record
    (its status, the title and employer copied in when it was recorded), when it was first pushed
    (``_pushed_at``: its first 已推送 record, else its first record),
    and whether the job stored under its id now is that post (``about_listed_jobs``)."""

    current: FollowUpRow
    pushed_at: dt.datetime
    listed: bool = True


@dataclass(frozen=True, slots=True)
class GraduateRecord:
    """One graduate's follow-up rows, oldest first, and the ids of those about the post listed under their
    job id now (``about_listed_jobs``): read once for the graduate's page (``graduate_record``), whose
    pushed jobs, history and reused ids are derived from it without reading again (``pushed_lines``,
    ``newest_first``, ``latest_of_job``). Before, the page read the rows three times and checked their jobs twice."""

    rows: tuple[FollowUpRow, ...]
    listed: frozenset[int]


def graduate_record(*, session: Session, graduate_id: str) -> GraduateRecord:
    """Every follow-up of ``graduate_id`` and which are about the listed post: two statements."""
    rows = tuple(session.scalars(select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id)
                                 .order_by(FollowUpRow.id)))
    return GraduateRecord(rows, frozenset(about_listed_jobs(session=session, rows=rows)))


def pushed_lines(record: GraduateRecord) -> list[PushedJob]:
    """The jobs put to the graduate, the newest push first; subsidy-only records name no job.
    A job deleted and created again under its id as another post is two lines: the old post (not
    listed, under its kept title) and the new one, each with its own first push and result."""
    posts: dict[tuple[str, int | None, bool], list[FollowUpRow]] = {}
    for row in record.rows:
        if row.job_id is not None:
            posts.setdefault((row.job_id, row.push_id, row.id in record.listed), []).append(row)
    lines = [PushedJob(kept[-1], _pushed_at(kept), is_listed) for (_, _, is_listed), kept in posts.items()]
    return sorted(lines, key=lambda p: (p.pushed_at, p.current.id), reverse=True)


def newest_first(record: GraduateRecord, *, offset: int, limit: int) -> tuple[list[FollowUpRow], int]:
    """A page of the record, newest first, and how many rows it has: ``list_for_graduate`` without a read."""
    newest = record.rows[::-1]
    return list(newest[offset : offset + limit]), len(newest)


def latest_of_job(record: GraduateRecord, job_id: str) -> FollowUpRow | None:
    """The newest row of ``job_id`` in the record (of any push)."""
    return next((row for row in reversed(record.rows) if row.job_id == job_id), None)


def _pushed_at(kept: Sequence[FollowUpRow]) -> dt.datetime:
    """When a post was put to the graduate (``kept``: its records, oldest first): its first 已推送
    record, or its first record when none says 已推送 (a result recorded with no push before it).
    The first record alone showed the time of a result recorded before the push as the push's."""
    pushes = (row.at for row in kept if row.status == FollowUpStatus.PUSHED.value)
    return next(pushes, kept[0].at)


def about_listed_jobs(*, session: Session, rows: Sequence[FollowUpRow]) -> set[int]:
    """Ids of the ``rows`` whose job id holds, now, the post they were written about. An id a job was
    deleted under and later given to another post (a new import reusing it) holds another job: a push
    started before that job was stored is about the old post, unless its first row kept the job's title
    and employer (the same post put back after a mistaken delete). Judged by the push's first row, so a
    result recorded for the old post after the new one was stored stays the old post's; a row without a
    push id is judged by itself."""
    ids = list({r.job_id for r in rows if r.job_id is not None})
    stored: dict[str, tuple[str, str | None, dt.datetime]] = {}
    for start in range(0, len(ids), CHUNK):
        query = select(JobRow.id, JobRow.title, JobRow.employer, JobRow.created_at).where(
            JobRow.id.in_(ids[start : start + CHUNK]))
        stored.update({job_id: (title, employer, created) for job_id, title, employer, created in session.execute(query)})
    firsts = _push_firsts(session, [r for r in rows if r.job_id in stored])
    return {r.id for r in rows if r.job_id in stored and _about(firsts.get(r.push_id, r), *stored[r.job_id])}


def _push_firsts(session: Session, rows: Sequence[FollowUpRow]) -> dict[int, FollowUpRow]:
    """The first row of each push of ``rows``, by push id (read only for those not among ``rows``)."""
    have = {r.id: r for r in rows}
    wanted = sorted({r.push_id for r in rows if r.push_id is not None} - have.keys())
    for start in range(0, len(wanted), CHUNK):
        have.update({r.id: r for r in session.scalars(select(FollowUpRow).where(
            FollowUpRow.id.in_(wanted[start : start + CHUNK])))})
    return {r.push_id: have[r.push_id] for r in rows if r.push_id in have}


def _about(row: FollowUpRow, title: str, employer: str | None, created_at: dt.datetime) -> bool:
    return created_at <= row.at or (title, employer) == (row.job_title, row.job_employer)


@dataclass(frozen=True, slots=True)
class GraduateState:
    """Where one graduate's follow-up stands: the newest record of any job (``None`` when only
    subsidy-only records exist), the job they were hired for (its current state is 已录用) if
    any, the newest subsidy state stated (with a job or without), and how many of their jobs
    still wait for a result (current state in ``outcomes.AWAITING_RESULT``): the officer list
    shows one line per graduate, so a second push still waiting would be hidden behind the newest."""

    latest: FollowUpRow | None
    hired: FollowUpRow | None
    subsidy: FollowUpRow | None
    waiting: int = 0


def states(*, session: Session, graduate_ids: Sequence[str]) -> dict[str, GraduateState]:
    """The follow-up state of each graduate that has one (a page's worth of ids)."""
    ids = list(dict.fromkeys(graduate_ids))
    out: dict[str, GraduateState] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        in_chunk = FollowUpRow.graduate_id.in_(chunk)
        latest = (select(func.max(FollowUpRow.id)).where(in_chunk, FollowUpRow.job_id.is_not(None))
                  .group_by(FollowUpRow.graduate_id))
        hired = (select(func.max(FollowUpRow.id))
                 .where(FollowUpRow.id.in_(current_per_job().where(in_chunk)),
                        FollowUpRow.status == FollowUpStatus.HIRED.value)
                 .group_by(FollowUpRow.graduate_id))
        subsidy = (select(func.max(FollowUpRow.id)).where(in_chunk, FollowUpRow.subsidy.is_not(None))
                   .group_by(FollowUpRow.graduate_id))
        wanted = {"latest": set(session.scalars(latest)), "hired": set(session.scalars(hired)),
                  "subsidy": set(session.scalars(subsidy))}
        rows = {r.id: r for r in session.scalars(select(FollowUpRow).where(FollowUpRow.id.in_(set().union(*wanted.values()))))}
        waiting = dict(session.execute(
            select(FollowUpRow.graduate_id, func.count())
            .where(FollowUpRow.id.in_(current_per_job().where(in_chunk)),
                   FollowUpRow.status.in_([s.value for s in AWAITING_RESULT]))
            .group_by(FollowUpRow.graduate_id)).all())
        by_graduate: dict[str, dict[str, FollowUpRow]] = {}
        for kind, row_ids in wanted.items():
            for row_id in row_ids:
                by_graduate.setdefault(rows[row_id].graduate_id, {})[kind] = rows[row_id]
        for graduate_id, found in by_graduate.items():
            out[graduate_id] = GraduateState(latest=found.get("latest"), hired=found.get("hired"),
                                             subsidy=found.get("subsidy"), waiting=waiting.get(graduate_id, 0))
    return out


@dataclass(frozen=True, slots=True)
class RecordedSubsidy:
    """A graduate's newest 求职创业补贴 state (``subsidy``) and the row stating it (``row_id``)."""

    row_id: int
    subsidy: str


def subsidy_states(*, session: Session) -> dict[str, RecordedSubsidy]:
    """Each graduate's newest row stating the 求职创业补贴 (as ``GraduateState.subsidy``), for every
    graduate that has one: one query whatever the number of graduates, for a list that spans
    them all (the officers' section of graduates off the support list). Two columns, not the
    rows: 50,000 states read as rows took 0.85 s of every view, as columns 0.11 s; ``rows``
    loads the few a view shows."""
    newest = select(func.max(FollowUpRow.id)).where(FollowUpRow.subsidy.is_not(None)).group_by(FollowUpRow.graduate_id)
    found = session.execute(select(FollowUpRow.graduate_id, FollowUpRow.id, FollowUpRow.subsidy)
                            .where(FollowUpRow.id.in_(newest)))
    return {graduate_id: RecordedSubsidy(row_id, subsidy) for graduate_id, row_id, subsidy in found}


def rows(*, session: Session, row_ids: Sequence[int]) -> list[FollowUpRow]:
    """The follow-up rows ``row_ids`` (a page's worth), by id."""
    ids = sorted(set(row_ids))
    return [row for start in range(0, len(ids), CHUNK)
            for row in session.scalars(select(FollowUpRow).where(FollowUpRow.id.in_(ids[start:start + CHUNK]))
                                       .order_by(FollowUpRow.id))]


def recommended(*, session: Session, graduate_ids: Sequence[str]) -> set[str]:
    """Those of ``graduate_ids`` whose suggestions an officer has been served (``need_order.officer_viewed``),
    as the list's order counts them: the graduate's own views are not the office serving them."""
    ids = list(dict.fromkeys(graduate_ids))
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(session.scalars(select(GraduateRow.id).where(GraduateRow.id.in_(ids[start : start + CHUNK]),
                                                                  need_order.officer_viewed(GraduateRow.id))))
    return found


def support_graduates_by_need(*, session: Session, filters: GraduateFilters = GraduateFilters(), offset: int,
                              limit: int) -> tuple[list[Graduate], int]:
    """Hardship-support graduates passing ``filters`` (school, major …), those who most need
    follow-up first (``need_order.by_need``), and how many there are. The graduates list of
    the API with ``needs_support=true`` is this same query."""
    return list_graduates(session=session, filters=replace(filters, needs_support=True), offset=offset, limit=limit)


def _never_pushed(filters: GraduateFilters):
    """Hardship-support graduates passing ``filters`` to whom no job was ever put: no follow-up
    names a job. A subsidy-only record (no job) is no push, as ``need_order`` counts it."""
    pushed = exists().where(FollowUpRow.graduate_id == GraduateRow.id, FollowUpRow.job_id.is_not(None))
    return select(GraduateRow).where(*graduate_conditions(replace(filters, needs_support=True)), ~pushed)


def unpushed_support(*, session: Session, filters: GraduateFilters = GraduateFilters(), offset: int,
                     limit: int) -> tuple[list[Graduate], int]:
    """Hardship-support graduates no job was ever pushed to (``_never_pushed``), in the officer
    list's order (those whose suggestions no officer has looked at first, then by id), and how many."""
    query = _never_pushed(filters)
    joined, order_by = need_order.by_need(query)
    rows, total = paged(session, joined, order_by=order_by, offset=offset, limit=limit, counted=query)
    return [graduate_from_row(row) for row in rows], total


def count_support(*, session: Session, filters: GraduateFilters = GraduateFilters()) -> int:
    """How many hardship-support graduates pass ``filters``: a number naming nobody, which tells
    「none of this school is on the list」 from 「all of them were pushed a job」."""
    conditions = graduate_conditions(replace(filters, needs_support=True))
    return int(session.scalar(select(func.count()).select_from(GraduateRow).where(*conditions)) or 0)


def count_unpushed_support(*, session: Session, filters: GraduateFilters = GraduateFilters()) -> int:
    """How many ``unpushed_support`` lists: a number, which names nobody (the officer list's own
    total is shown unaudited the same way)."""
    return int(session.scalar(select(func.count()).select_from(_never_pushed(filters).subquery())) or 0)
