"""The job checks that depend on the day checked: a post whose 报名截止日期 is before it (报名已截止),
and one with no deadline whose announcement is of a past season (招聘公告为往年度), as
``matching.deadlines`` judges both. Apart from the other checks because a service keeps a list's
report across days and adds only these each day (``with_closed``): a date comparison a job, not
seconds of reading conditions again.

Most posts of one announcement sharing the finding (its past season, or one deadline gone by)
are said once for the announcement (``matching.finding_groups.shared_by_announcement``): the fix
is the announcement's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence

from features.records import Job
from matching.deadlines import job_closed, season_closed_reason, season_stale
from matching.finding_groups import shared_by_announcement
from matching.job_findings import Check, JobCheckReport, JobFinding
from matching.job_findings import short as _short


def _closed(job: Job, today: dt.date | None) -> Iterable[JobFinding]:
    """A post closed on ``today`` (``matching.deadlines.job_closed``), or one whose season, with
    no deadline stated, may have closed (graduates see it 待核实)."""
    if today is None:
        return
    if job.apply_by is not None:
        if job_closed(job, today):
            yield JobFinding(job.id, "apply_by", Check.CLOSED, f"报名已截止（{job.apply_by.isoformat()}）：请下架或更新截止日期",
                             value=job.apply_by.isoformat())
    elif job_closed(job, today):
        yield JobFinding(job.id, "season_year", Check.SEASON_PAST,
                         f"{season_closed_reason(job.season_year)}，已不再推荐给毕业生：请下架，或填写本期的报名截止日期",
                         value=str(job.season_year))
    elif season_stale(job, today):
        yield JobFinding(job.id, "season_year", Check.SEASON_PAST,
                         f"招聘公告为{job.season_year}年度，报名可能已经结束（毕业生看到「待核实」）：请核实后填写报名截止日期或下架",
                         value=str(job.season_year))


def _count(members: Sequence[Job], of: int) -> str:
    return f"{len(members):,} 个岗位" if len(members) == of else f"{of:,} 个岗位中的 {len(members):,} 个"


def _season_of_announcement(members: Sequence[Job], of: int, today: dt.date) -> JobFinding:
    """The past-season finding of ``members``, posts of one announcement and season (``of`` posts in the list)."""
    announcement, year = members[0].announcement, members[0].season_year
    named = f"招聘公告「{_short(announcement, 60)}」（{year}年度）" if announcement else f"招聘年度为{year}年（未注明招聘公告）"
    if job_closed(members[0], today):
        verdict = "报名早已结束，已不再推荐给毕业生：请整批下架，或填写本期的报名截止日期"
    else:
        verdict = "报名可能已经结束（毕业生看到「待核实」）：请核实后填写报名截止日期或整批下架"
    return JobFinding(None, "season_year", Check.SEASON_PAST, f"{named}：{_count(members, of)}未注明报名截止日期，{verdict}",
                      jobs=len(members), value=str(year), job_ids=tuple(job.id for job in members))


def _deadline_of_announcement(members: Sequence[Job], of: int, today: dt.date) -> JobFinding:
    """The closed finding of ``members``, posts of one announcement past one deadline (``of`` posts
    of the announcement in the list; of the posts naming none, when it is ``None``: the table's)."""
    announcement, day = members[0].announcement, members[0].apply_by.isoformat()
    named = f"招聘公告「{_short(announcement, 60)}」" if announcement else "未注明招聘公告的岗位"
    return JobFinding(None, "apply_by", Check.CLOSED,
                      f"{named}：{_count(members, of)}报名已截止（{day}），已不再推荐给毕业生：请整批下架或更新截止日期",
                      jobs=len(members), value=day, job_ids=tuple(job.id for job in members))


#: The checks said once for most posts of one announcement: posts alike (one group), the posts
#: they are counted among (the announcement), and the one finding of a group.
_SAID_ONCE: tuple[tuple[Check, Callable[[Job], Hashable], Callable[[Job], Hashable],
                        Callable[[Sequence[Job], int, dt.date], JobFinding]], ...] = (
    # A year column may give posts of one title other seasons: each season is counted on its own.
    (Check.SEASON_PAST, lambda job: (job.announcement, job.season_year), lambda job: (job.announcement, job.season_year),
     _season_of_announcement),
    # One deadline over most of an announcement's posts (or of a table naming no announcement): the
    # date is the announcement's; posts of another deadline are counted among its posts all the same.
    (Check.CLOSED, lambda job: (job.announcement, job.apply_by), lambda job: job.announcement,
     _deadline_of_announcement),
)


def dated_findings(jobs: Sequence[Job], today: dt.date) -> tuple[list[JobFinding], dict[str, list[JobFinding]]]:
    """The findings that depend on ``today``: one per announcement whose posts (nearly) all share
    one (``_SAID_ONCE``), and each job's own (job id → findings)."""
    own = {job.id: found for job in jobs if (found := list(_closed(job, today)))}
    head = []
    for check, alike, within, said_once in _SAID_ONCE:
        def flagged(job: Job, check: Check = check) -> bool:
            return any(f.check is check for f in own.get(job.id, ()))

        for members, of in shared_by_announcement(jobs, flagged, alike=alike, within=within):
            head.append(said_once(members, of, today))
            for job in members:
                own[job.id] = [f for f in own[job.id] if f.check is not check]
    return head, own


def with_closed(report: JobCheckReport, jobs: Sequence[Job], today: dt.date) -> JobCheckReport:
    """``report`` (of ``jobs``, checked without a day) with the postings closed on ``today``, each
    after its job's other findings. Nothing else in a report depends on the day, so a service
    keeps the report across days and adds these: a date comparison a job, not seconds of
    reading conditions again."""
    by_announcement, closed = dated_findings(jobs, today)
    if not closed and not by_announcement:
        return report
    own: dict[str, list[JobFinding]] = {}
    for f in report.findings:
        if f.job_id is not None:
            own.setdefault(f.job_id, []).append(f)
    rest = []
    for job in jobs:
        rest.extend(own.pop(job.id, ()))
        rest.extend(closed.pop(job.id, ()))
    rest.extend(f for found in own.values() for f in found)  # none: every finding names one of ``jobs``
    return JobCheckReport(findings=tuple(f for f in report.findings if f.job_id is None) + tuple(by_announcement)
                          + tuple(rest),
                          jobs_checked=report.jobs_checked)


__all__ = ["dated_findings", "with_closed"]
