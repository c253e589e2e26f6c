"""The jobs' queries: read, filter (by place, inferred places too), write, bulk upsert, and the
refresh of the stored inferred places.

Functions take a ``Session`` and neither commit nor roll back: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, delete, func, or_, select
from sqlalchemy.orm import Session

from features.education import EducationLevel
from features.place_filter import level_spellings, place_filter_head, place_filter_levels
from features.place_names import spellings_of_a_place, whole_name_patterns
from features.records import Job
from service.storage.convert import inferred_place_column, job_from_row, job_to_columns
from service.storage.models import JobRow
from service.storage.query_kit import CHUNK, DuplicateIdError, UpsertCounts, case_twins, contains, paged, upsert_rows


@dataclass(frozen=True, slots=True)
class JobFilters:
    """``location``: the stated place, or the place read from it (else from the job's names) from the
    province down, contains it as a whole division (``_at_place``).
    ``education``: only jobs that admit this level (jobs whose requirement is unknown stay in:
    they need checking, not hiding). ``terms``: every term must occur in the job's text."""

    location: str | None = None
    employer_type: str | None = None
    category: str | None = None
    education: EducationLevel | None = None
    terms: tuple[str, ...] = ()


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


def _names_place(column, place: str, *, whole_names: bool):
    """``column`` names ``place``: anywhere (a keyword), or only as a whole division's name or its short
    form (``whole_name_patterns``: 新县 not in 阳新县). The LIKE comes first so that the regular
    expressions (on SQLite a Python function per row) read only the rows holding the letters, and the
    slow one only the rows the fast one leaves."""
    if not whole_names:
        return contains(column, place)
    return and_(contains(column, place), or_(*(column.regexp_match(pattern) for pattern in whole_name_patterns(place))))


def _at_place(place: str, *, whole_names: bool = True):
    """Jobs whose stated location names ``place``, or whose place as read from the province down
    (``jobs.location_inferred``) does: 「湖北」 and 「武汉市」 find a post stating 「武汉 洪山」 (read
    湖北省武汉市), 「开封」 one stating none whose employer is 「兰考县人民法院」 (read 河南省开封市兰考县). A
    stated place always wins: the place of a post stating one is read from it alone, so a post stating
    郑州市 is not found under 开封 whatever its employer's name says. The place filter reads whole names
    (「新县」 finds 信阳市新县, not 湖北 阳新县 nor 河北 安新县); a keyword any letters."""
    # 「海南州」 is also looked for as 「海南藏族自治州」, the name the place read from the province down holds.
    return or_(*(_names_place(column, spelling, whole_names=whole_names) for spelling in spellings_of_a_place(place)
                 for column in (JobRow.location, JobRow.location_inferred)))


def _in_place(text: str):
    """The place filter: ``text`` as written (``_at_place``), or, naming more than one level (「江西南昌」
    「湖北恩施」 「河南兰考」, which no post writes so), the place read from it: its most specific level by its
    spellings, within the levels above it (「北京朝阳区」 is not 长春's 朝阳区)."""
    levels = place_filter_levels(text)
    if levels is None:
        # 「北京朝阳」「新疆巴州」: the name the reader leaves (朝阳 is 辽宁's too) within the levels it reads.
        if (head := place_filter_head(text)) is not None:
            within, name = head
            return or_(_at_place(text), and_(_at_place(name), *(_at_place(level) for level in within)))
        return _at_place(text)
    *within, place = levels
    return and_(or_(*(_at_place(spelling) for spelling in level_spellings(place, tuple(within)))),
                *(_at_place(level) for level in within))


def _job_query(query: Select, filters: JobFilters) -> Select:
    if filters.location:
        query = query.where(_in_place(filters.location))
    if filters.employer_type:
        query = query.where(JobRow.employer_type == filters.employer_type)
    if filters.category:
        query = query.where(contains(JobRow.category, filters.category))
    if filters.education is not None:
        level = int(filters.education)
        known = and_(
            JobRow.education_min <= level, or_(JobRow.education_max.is_(None), JobRow.education_max >= level)
        )
        query = query.where(or_(JobRow.education_any.is_(True), JobRow.education_min.is_(None), known))
    text_columns = (JobRow.title, JobRow.employer, JobRow.category, JobRow.industry, JobRow.description)
    for term in filters.terms:
        # The place as the lists show it, inferred too: 「开封」 finds 兰考县人民法院's post, shown in 开封市兰考县.
        place = _at_place(term, whole_names=False)
        query = query.where(or_(*(contains(column, term) for column in text_columns), place))
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


def job_case_twins(*, session: Session, job_ids: Sequence[str]) -> dict[str, str]:
    """The ids a stored job's id equals but for letter case, each with that stored id."""
    return case_twins(session, JobRow, job_ids)


def delete_job(*, session: Session, job_id: str) -> bool:
    return session.execute(delete(JobRow).where(JobRow.id == job_id)).rowcount > 0


def upsert_jobs(*, session: Session, jobs: Sequence[Job]) -> UpsertCounts:
    return upsert_rows(session, JobRow, [job_to_columns(job) for job in jobs])


#: The columns the stored place is read from (a stated location, else the names: ``inferred_place_column``).
_PLACE_NAMES = ("location", "employer", "parent_unit", "announcement")


def refresh_inferred_places(*, session: Session, jobs: Iterable[Job]) -> int:
    """Rewrite ``jobs.location_inferred`` where it differs from what ``jobs`` (every stored job, as
    read) infer now, and say how many rows changed. The column is derived: a newer gazetteer or
    inference rule (``features.place_inference``) places rows written before differently, and the
    place filter must find what the pages show. The service runs this at start; it is also what
    fills the column for rows written before revision 0012 added it (the migration leaves it
    empty, so that it depends on no feature code that may change).

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
