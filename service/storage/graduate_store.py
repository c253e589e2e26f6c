"""The graduates' queries: read, filter (the officers' need order for the support list), write and
bulk upsert.

Functions take a ``Session`` and neither commit nor roll back: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from features.education import EducationLevel
from features.ethnic_groups import MINORITY_SPELLINGS
from features.records import Graduate
from service.import_merge import merge_imported
from service.storage import need_order
from service.storage.convert import graduate_from_row, graduate_to_columns
from service.storage.models import GraduateRow
from service.storage.query_kit import CHUNK, DuplicateIdError, UpsertCounts, case_twins, contains, paged, upsert_rows


@dataclass(frozen=True, slots=True)
class GraduateFilters:
    school: str | None = None
    major: str | None = None
    education: EducationLevel | None = None
    graduation_year: int | None = None
    needs_support: bool | None = None
    text: str | None = None  # matches id or name


def get_graduate(*, session: Session, graduate_id: str) -> Graduate | None:
    row = session.get(GraduateRow, graduate_id)
    return None if row is None else graduate_from_row(row)


def graduate_exists(*, session: Session, graduate_id: str) -> bool:
    """Whether a graduate of this id is stored: one yes/no question, reading none of the record's fields
    (``get_graduate`` loads them all, hardship status and ID number included, to be tested for ``None``)."""
    return bool(session.scalar(select(exists().where(GraduateRow.id == graduate_id))))


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
        conditions.append(contains(GraduateRow.school, filters.school))
    if filters.major:
        conditions.append(contains(GraduateRow.major, filters.major))
    if filters.education is not None:
        conditions.append(GraduateRow.education == int(filters.education))
    if filters.graduation_year is not None:
        conditions.append(GraduateRow.graduation_year == filters.graduation_year)
    if filters.needs_support is not None:
        conditions.append(_on_support_list() if filters.needs_support else ~_on_support_list())
    if filters.text:
        conditions.append(or_(contains(GraduateRow.id, filters.text), contains(GraduateRow.name, filters.text)))
    return conditions


def _on_support_list():
    """SQL: ``Graduate.needs_support``. The stored column, or a minority 民族: a row written before the
    list took in 少数民族 from the 民族 (``Graduate.minority_by_ethnicity``) holds a false ``needs_support``
    until it is written again. Never NULL, so that its negation lists everyone else."""
    minority = and_(GraduateRow.ethnicity.is_not(None), GraduateRow.ethnicity.in_(sorted(MINORITY_SPELLINGS)))
    return or_(GraduateRow.needs_support.is_(True), minority)


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


def graduate_case_twins(*, session: Session, graduate_ids: Sequence[str]) -> dict[str, str]:
    """The ids a stored graduate's id equals but for letter case, each with that stored id."""
    return case_twins(session, GraduateRow, graduate_ids)


def id_number_holders(*, session: Session, id_numbers: Sequence[str]) -> dict[str, list[str]]:
    """Each of ``id_numbers`` (as ``parse_id_number`` writes them) that stored graduates hold, with
    their ids. Compared upper-cased, as the unique index ``uq_graduates_id_number`` (0018) compares them,
    so each look-up is the index's: a number stored before the check may end in a lower-case x. In
    chunks of ``CHUNK`` numbers, as every ``IN`` list here."""
    numbers = sorted(set(id_numbers))
    found: dict[str, list[str]] = {}
    stored = func.upper(GraduateRow.id_number)
    for start in range(0, len(numbers), CHUNK):
        chunk = numbers[start : start + CHUNK]
        query = select(stored, GraduateRow.id).where(stored.in_(chunk)).order_by(GraduateRow.id)
        for number, graduate_id in session.execute(query):
            found.setdefault(number, []).append(graduate_id)
    return found


def delete_graduate(*, session: Session, graduate_id: str) -> bool:
    return session.execute(delete(GraduateRow).where(GraduateRow.id == graduate_id)).rowcount > 0


def merged_with_stored(*, session: Session, graduates: Sequence[Graduate],
                       columns: Sequence[frozenset[str]]) -> list[Graduate]:
    """``graduates`` as an import writes them, given the columns each was read from
    (``ImportResult.columns``): a stored graduate keeps the fields of the columns its file lacks.
    The records ``upsert_graduates`` then stores, so a caller need not read them back."""
    stored = {g.id: g for g in get_graduates(session=session, graduate_ids=[g.id for g in graduates])}
    return [merge_imported(stored.get(g.id), g, fed) for g, fed in zip(graduates, columns, strict=True)]


def upsert_graduates(*, session: Session, graduates: Sequence[Graduate],
                     columns: Sequence[frozenset[str]] | None = None) -> UpsertCounts:
    """Write ``graduates`` whole, or, given ``columns``, as an import (``merged_with_stored``)."""
    if columns is not None:
        graduates = merged_with_stored(session=session, graduates=graduates, columns=columns)
    _release_id_numbers(session, [g.id for g in graduates])
    return upsert_rows(session, GraduateRow, [graduate_to_columns(g) for g in graduates])


def _release_id_numbers(session: Session, graduate_ids: Sequence[str]) -> None:
    """Clear the stored 身份证号 of ``graduate_ids`` before they are written again: the unique index checks
    each row as it is written, so a file that moves a number from one graduate to another (checked as
    allowed: ``service.id_number_clashes``) would clash with its old holder, not yet rewritten. In this
    transaction only; the upsert writes every number back. ``updated_at`` keeps its value (the upsert sets it)."""
    table = GraduateRow.__table__
    for start in range(0, len(graduate_ids), CHUNK):
        chunk = list(graduate_ids[start : start + CHUNK])
        session.execute(table.update().where(table.c.id.in_(chunk), table.c.id_number.is_not(None))
                        .values(id_number=None, updated_at=table.c.updated_at))
