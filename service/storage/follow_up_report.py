"""The follow-up record of every graduate at once, for reports to the bureau
(``GET /api/follow-ups`` and ``jobmatch follow-ups export``).

By default one line per push (graduate, job, ``push_id``: a job id another post took holds two): its
current state (the push's newest row), and one
for the graduate's newest subsidy-only record (no job, no status) if they have one, each with
the graduate's newest stated subsidy state, as the officer page shows it (a row that states
no subsidy does not undo an earlier one, and the 求职创业补贴 is the graduate's, not a job's);
with ``all_rows`` every row as written, each with its own subsidy state. Lines are ordered
by graduate id, then as written. A graduate whose record was deleted keeps their lines,
without the record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from features.records import Graduate
from service.beijing import day_start
from service.outcomes import AWAITING_RESULT, FollowUpStatus, SubsidyState
from service.storage.convert import graduate_from_row
from service.storage.models import FollowUpRow, GraduateRow
from service.storage.need_order import current_per_job
from service.storage.repository import GraduateFilters, graduate_conditions


@dataclass(frozen=True, slots=True)
class ReportFilters:
    """``since``: lines recorded on that day (Beijing time, ``service.beijing``) or later;
    ``school``: the graduate's school contains it (a deleted graduate's lines then drop out);
    ``waiting``: only jobs whose state still waits for a result (``outcomes.AWAITING_RESULT``),
    longest waiting first, the pushes an officer chases up (current states, even with ``all_rows``);
    ``graduate_id``: that graduate's lines only (the officer list links a graduate's waiting pushes here)."""

    since: dt.date | None = None
    status: FollowUpStatus | None = None
    subsidy: SubsidyState | None = None
    school: str | None = None
    all_rows: bool = False
    waiting: bool = False
    graduate_id: str | None = None

    def contradiction(self) -> str | None:
        """Why no line can pass these filters whatever the record holds, or ``None``: a result
        (已录用、未录用、放弃) asked for among the jobs still waiting for one. Silently answering with
        nothing (an empty file for the bureau) would read as 「no such case」; the callers refuse it,
        naming their own fields (CLI options, query parameters, the page's labels)."""
        if self.waiting and self.status is not None and self.status not in AWAITING_RESULT:
            return (f"筛选条件互相矛盾：「只看尚无结果的」只列跟进结果为{'、'.join(AWAITING_RESULT)}的岗位，"
                    f"而跟进结果「{self.status}」已有结果，两者不会同时满足。"
                    f"请去掉其中一个：看「{self.status}」的就不要只看尚无结果的")
        return None

    def future_since(self, today: dt.date) -> str | None:
        """Why ``since`` can match nothing, or ``None`` (``future_since``)."""
        return future_since(self.since, today)


def future_since(since: dt.date | None, today: dt.date) -> str | None:
    """Why a ``since`` day can match nothing, or ``None``: a day after ``today`` (Beijing) holds no record
    yet. A mistyped year (2062 for 2026) answered an empty list or file that reads as 「no follow-up
    since」; the callers refuse it, naming their own field (--since, ``since``, 起始日期). The audit log's
    filters (``/api/audit``, ``/audit``) refuse such a day too."""
    if since is not None and since > today:
        return (f"起始日期 {since.isoformat()} 晚于今天（北京时间 {today.isoformat()}），还没有这天及以后的记录；"
                f"请检查年份，或留空查看全部时间")
    return None


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One line: the follow-up row, the graduate's record (``None`` once deleted) and the
    subsidy state the line reports (see the module docstring)."""

    follow_up: FollowUpRow
    graduate: Graduate | None
    subsidy: str | None
    #: When the line's job was first recorded for the graduate (the push); ``None`` on a subsidy-only line.
    first_at: dt.datetime | None = None

    # As a ``FollowUpRow`` is read by the audit (``service.audit.record_follow_ups``): what the line shows.
    @property
    def graduate_id(self) -> str:
        return self.follow_up.graduate_id

    @property
    def note(self) -> str | None:
        return self.follow_up.note


def report(*, session: Session, filters: ReportFilters, offset: int = 0, limit: int | None = None
           ) -> tuple[list[ReportLine], int]:
    """The lines passing ``filters`` (a page of them when ``limit`` is given), and how many pass."""
    if filters.all_rows and not filters.waiting:  # a superseded 已推送 is no job still waiting
        subsidy = FollowUpRow.subsidy
        query = select(FollowUpRow, GraduateRow, subsidy)
    else:
        stated = (select(func.max(FollowUpRow.id)).where(FollowUpRow.subsidy.is_not(None))
                  .group_by(FollowUpRow.graduate_id))
        newest = (select(FollowUpRow.graduate_id.label("graduate_id"), FollowUpRow.subsidy.label("subsidy"))
                  .where(FollowUpRow.id.in_(stated)).subquery())
        subsidy = newest.c.subsidy
        query = (select(FollowUpRow, GraduateRow, subsidy)
                 .outerjoin(newest, newest.c.graduate_id == FollowUpRow.graduate_id)
                 .where(FollowUpRow.id.in_(current_per_job())))
    # The push's time: the first 已推送 record, else the first record (a result recorded with no push before
    # it), as the graduate page's 推荐时间 (``follow_ups._pushed_at``); the first record alone dated the push
    # by a result written before it.
    pushed_at = case((FollowUpRow.status == FollowUpStatus.PUSHED.value, FollowUpRow.at))
    firsts = (select(FollowUpRow.graduate_id.label("graduate_id"), FollowUpRow.job_id.label("job_id"),
                     FollowUpRow.push_id.label("push_id"),
                     func.coalesce(func.min(pushed_at), func.min(FollowUpRow.at)).label("first_at"))
              .where(FollowUpRow.job_id.is_not(None))
              .group_by(FollowUpRow.graduate_id, FollowUpRow.job_id, FollowUpRow.push_id).subquery())
    query = (query.add_columns(firsts.c.first_at)
             .outerjoin(firsts, (firsts.c.graduate_id == FollowUpRow.graduate_id) & (firsts.c.job_id == FollowUpRow.job_id)
                        & firsts.c.push_id.is_not_distinct_from(FollowUpRow.push_id))
             .outerjoin(GraduateRow, GraduateRow.id == FollowUpRow.graduate_id))
    if filters.graduate_id is not None:
        query = query.where(FollowUpRow.graduate_id == filters.graduate_id)
    if filters.since is not None:
        query = query.where(FollowUpRow.at >= day_start(filters.since))
    if filters.status is not None:
        query = query.where(FollowUpRow.status == filters.status.value)
    if filters.waiting:
        query = query.where(FollowUpRow.status.in_([s.value for s in AWAITING_RESULT]))
    if filters.subsidy is not None:
        query = query.where(subsidy == filters.subsidy.value)
    if filters.school:
        query = query.where(*graduate_conditions(GraduateFilters(school=filters.school)))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    order = (FollowUpRow.at, FollowUpRow.id) if filters.waiting else (FollowUpRow.graduate_id, FollowUpRow.id)
    query = query.order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    lines = [ReportLine(follow_up=row, graduate=None if graduate is None else graduate_from_row(graduate),
                        subsidy=stated_subsidy, first_at=first_at)
             for row, graduate, stated_subsidy, first_at in session.execute(query)]
    return lines, int(total)
