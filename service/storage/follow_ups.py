"""Queries of the follow-up record, and the officers' list ordered by who needs follow-up.

Kept apart from ``repository`` (jobs, graduates, users, logs), which it uses; like it,
functions take a ``Session`` and leave the transaction to the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from features.records import Graduate
from service.outcomes import FollowUpStatus
from service.storage.convert import graduate_from_row
from service.storage.models import FollowUpRow, GraduateRow, RecommendationRow
from service.storage.repository import _CHUNK, _page  # this module is the repository's second half


def add(*, session: Session, row: FollowUpRow) -> FollowUpRow:
    session.add(row)
    session.flush()  # assigns the id and the time
    return row


def list_for_graduate(*, session: Session, graduate_id: str, offset: int = 0, limit: int = 20
                      ) -> tuple[list[FollowUpRow], int]:
    """One graduate's follow-ups, newest first (the order they were written), and how many."""
    query = select(FollowUpRow).where(FollowUpRow.graduate_id == graduate_id)
    return _page(session, query, order_by=(FollowUpRow.id.desc(),), offset=offset, limit=limit)


def _current_per_job():
    """Ids of the newest row of every (graduate, job) pair: each pair's current state."""
    return select(func.max(FollowUpRow.id)).group_by(FollowUpRow.graduate_id, FollowUpRow.job_id)


@dataclass(frozen=True, slots=True)
class GraduateState:
    """Where one graduate's follow-up stands: the newest record of any job, the job they
    were hired for (its current state is 已录用) if any, the newest subsidy state stated."""

    latest: FollowUpRow
    hired: FollowUpRow | None
    subsidy: FollowUpRow | None


def states(*, session: Session, graduate_ids: Sequence[str]) -> dict[str, GraduateState]:
    """The follow-up state of each graduate that has one (a page's worth of ids)."""
    ids = list(dict.fromkeys(graduate_ids))
    out: dict[str, GraduateState] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        in_chunk = FollowUpRow.graduate_id.in_(chunk)
        latest = select(func.max(FollowUpRow.id)).where(in_chunk).group_by(FollowUpRow.graduate_id)
        hired = (select(func.max(FollowUpRow.id))
                 .where(FollowUpRow.id.in_(_current_per_job().where(in_chunk)),
                        FollowUpRow.status == FollowUpStatus.HIRED.value)
                 .group_by(FollowUpRow.graduate_id))
        subsidy = (select(func.max(FollowUpRow.id)).where(in_chunk, FollowUpRow.subsidy.is_not(None))
                   .group_by(FollowUpRow.graduate_id))
        wanted = {"latest": set(session.scalars(latest)), "hired": set(session.scalars(hired)),
                  "subsidy": set(session.scalars(subsidy))}
        rows = {r.id: r for r in session.scalars(select(FollowUpRow).where(FollowUpRow.id.in_(set().union(*wanted.values()))))}
        by_graduate: dict[str, dict[str, FollowUpRow]] = {}
        for kind, row_ids in wanted.items():
            for row_id in row_ids:
                by_graduate.setdefault(rows[row_id].graduate_id, {})[kind] = rows[row_id]
        for graduate_id, found in by_graduate.items():
            out[graduate_id] = GraduateState(latest=found["latest"], hired=found.get("hired"),
                                             subsidy=found.get("subsidy"))
    return out


def recommended(*, session: Session, graduate_ids: Sequence[str]) -> set[str]:
    """Those of ``graduate_ids`` with at least one logged recommendation."""
    ids = list(dict.fromkeys(graduate_ids))
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(session.scalars(select(RecommendationRow.graduate_id).distinct()
                                     .where(RecommendationRow.graduate_id.in_(ids[start : start + _CHUNK]))))
    return found


def support_graduates_by_need(*, session: Session, offset: int, limit: int) -> tuple[list[Graduate], int]:
    """Hardship-support graduates, those who most need follow-up first, and how many there are.

    1. nothing recommended and no follow-up yet; 2. recommended, no follow-up yet;
    3. followed up, the longest ago first (by the graduate's newest record); 4. hired for
    some job (that job's current state is 已录用), last. Ties by id. Ordered in the query,
    so pages are slices of one order.
    """
    last = (select(FollowUpRow.graduate_id.label("graduate_id"), func.max(FollowUpRow.at).label("at"))
            .group_by(FollowUpRow.graduate_id).subquery())
    hired = (select(FollowUpRow.graduate_id.label("graduate_id"))
             .where(FollowUpRow.id.in_(_current_per_job()), FollowUpRow.status == FollowUpStatus.HIRED.value)
             .distinct().subquery())
    recommended = exists().where(RecommendationRow.graduate_id == GraduateRow.id)
    group = case((hired.c.graduate_id.is_not(None), 3), (last.c.at.is_not(None), 2), (recommended, 1), else_=0)
    where = GraduateRow.needs_support.is_(True)
    query = (select(GraduateRow)
             .outerjoin(last, last.c.graduate_id == GraduateRow.id)
             .outerjoin(hired, hired.c.graduate_id == GraduateRow.id)
             .where(where)
             # In groups 0 and 1 ``at`` is NULL throughout: no NULL is compared (databases sort NULLs differently).
             .order_by(group, last.c.at, GraduateRow.id)
             .offset(offset).limit(limit))
    total = session.scalar(select(func.count()).select_from(GraduateRow).where(where)) or 0
    return [graduate_from_row(row) for row in session.scalars(query)], int(total)

