"""What every query module of the storage shares: paging, substring matching, chunked ``IN``
lists and the bulk upsert of whole records (jobs, graduates).

Functions take a ``Session`` and neither commit nor roll back: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.orm import Session

from service.storage.models import utcnow

#: Ids per ``IN (...)`` query; SQLite allows 32766 variables but smaller chunks stay fast.
CHUNK = 500


class DuplicateIdError(Exception):
    def __init__(self, record_id: str):
        self.record_id = record_id
        super().__init__(record_id)


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    created: int
    updated: int


def like_pattern(value: str) -> str:
    """``value`` as a LIKE pattern matching it anywhere, its wildcards escaped (escape ``\\``)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column, value: str):
    """``column`` holds ``value`` (case-insensitive, wildcards taken literally)."""
    return column.ilike(like_pattern(value), escape="\\")


def paged(session: Session, query: Select, *, order_by, offset: int, limit: int,
          counted: Select | None = None) -> tuple[list, int]:
    """One page of ``query`` in the order ``order_by``, and how many rows the whole query has
    (counted on ``counted`` when given: the same rows without the joins only the order needs)."""
    counted = query if counted is None else counted
    total = session.scalar(select(func.count()).select_from(counted.order_by(None).subquery())) or 0
    rows = session.scalars(query.order_by(*order_by).offset(offset).limit(limit)).all()
    return list(rows), int(total)


def upsert_rows(session: Session, model, rows: list[dict]) -> UpsertCounts:
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


def case_twins(session: Session, model, ids: Iterable[str]) -> dict[str, str]:
    """Each of ``ids`` that a stored record's id equals but for letter case (``g001`` when ``G001``
    is stored), mapped to that stored id. An id stored as written is no twin: re-importing it updates it.
    (SQLite's lower() folds ASCII letters alone: ids in other scripts are compared as written there.)"""
    by_lower: dict[str, list[str]] = {}
    for i in ids:
        by_lower.setdefault(i.lower(), []).append(i)
    keys, stored = list(by_lower), []
    for start in range(0, len(keys), CHUNK):
        stored.extend(session.scalars(select(model.id).where(func.lower(model.id).in_(keys[start : start + CHUNK]))))
    exact = set(stored)
    return {i: s for s in stored for i in by_lower.get(s.lower(), ()) if i != s and i not in exact}
