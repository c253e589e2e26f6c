"""The job checks that depend on the day checked: a post whose 报名截止日期 is before it (报名已截止),
and one with no deadline whose announcement is of a past season (招聘公告为往年度), as
``matching.deadlines`` judges both. Apart from the other checks because a service keeps a list's
report across days and adds only these each day (``with_closed``): a date comparison a job, not
seconds of reading conditions again.

And a post the job board last updated (招聘信息更新时间: ``Job.updated_on``, kept by stored jobs too, else a
file's ``updated`` text, ``service.record_sources``) more than ``DEFAULT_STALE_AFTER_DAYS`` before the day, with no
deadline to go by (信息更新已久).

Most posts of one announcement sharing the finding (its past season, or one deadline gone by)
are said once for the announcement (``matching.finding_groups.shared_by_announcement``): the fix
is the announcement's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence

from features.records import Job
from features.values import parse_date
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


#: A posting not updated for this many days is asked about (信息更新已久): a campus season (autumn
#: September–January, spring February–June) is about half a year, so a post last refreshed more than 180
#: days before is of a past season; job boards take a post down or refresh it within one to three months
#: while it is open (Wuhan's 814 postings of November 2024: all updated within the six months before).
DEFAULT_STALE_AFTER_DAYS = 180


def updated_on(text: str | None) -> dt.date | None:
    """The day of an update time as a file writes it (「2024-11-15 11:06:13」, 「2024年11月15日」, an Excel
    day); ``None`` for none or a text that is no date (「3天前」: a day relative to an unknown one is not guessed)."""
    try:
        # A date cell Excel kept as its serial day reaches the cell texts as digits (「45611」).
        return parse_date(int(text) if text and text.isdigit() and len(text) == 5 else text) if text else None
    except ValueError:
        return None


def _stale(job: Job, today: dt.date, updated: dt.date | None, stale_after: int) -> Iterable[JobFinding]:
    """A post last updated more than ``stale_after`` days before ``today``, stating no deadline still to
    come (a stated one says until when it is open; one gone by is 报名已截止)."""
    if updated is None or job.apply_by is not None or (today - updated).days <= stale_after:
        return
    yield JobFinding(job.id, "updated", Check.UPDATE_STALE,
                     f"招聘信息最后更新于 {updated.isoformat()}，距今 {(today - updated).days} 天（超过 {stale_after} 天），岗位可能已招满或停招："
                     "请向单位核实岗位是否仍在招聘，已停招的请下架，仍在招聘的请更新信息或填写报名截止日期",
                     value=updated.isoformat())


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


def _stale_of_announcement(members: Sequence[Job], of: int, today: dt.date, own: Mapping[str, list[JobFinding]]) -> JobFinding:
    """The stale-update finding of ``members``, posts of one announcement (of the posts naming none: the
    table's) each last updated long before ``today`` (their days from their own findings)."""
    announcement = members[0].announcement
    days = sorted(f.value for job in members for f in own[job.id] if f.check is Check.UPDATE_STALE and f.value)
    when = days[0] if days[0] == days[-1] else f"{days[0]} 至 {days[-1]}"
    ages = sorted({(today - dt.date.fromisoformat(day)).days for day in (days[0], days[-1])})
    named = f"招聘公告「{_short(announcement, 60)}」" if announcement else "未注明招聘公告的岗位"
    return JobFinding(None, "updated", Check.UPDATE_STALE,
                      f"{named}：{_count(members, of)}的招聘信息最后更新于 {when}，距今 {' 至 '.join(map(str, ages))} 天，"
                      "岗位可能已招满或停招：请向单位核实岗位是否仍在招聘，已停招的请下架，仍在招聘的请更新信息或填写报名截止日期",
                      jobs=len(members), value=days[-1], job_ids=tuple(job.id for job in members))


#: The checks said once for most posts of one announcement: posts alike (one group), the posts
#: they are counted among (the announcement), and the one finding of a group (of the members, the
#: number of posts they are counted among, the day and every post's own findings).
_SAID_ONCE: tuple[tuple[Check, Callable[[Job], Hashable], Callable[[Job], Hashable],
                        Callable[[Sequence[Job], int, dt.date, Mapping[str, list[JobFinding]]], JobFinding]], ...] = (
    # A year column may give posts of one title other seasons: each season is counted on its own.
    (Check.SEASON_PAST, lambda job: (job.announcement, job.season_year), lambda job: (job.announcement, job.season_year),
     lambda members, of, today, _own: _season_of_announcement(members, of, today)),
    # One deadline over most of an announcement's posts (or of a table naming no announcement): the
    # date is the announcement's; posts of another deadline are counted among its posts all the same.
    (Check.CLOSED, lambda job: (job.announcement, job.apply_by), lambda job: job.announcement,
     lambda members, of, today, _own: _deadline_of_announcement(members, of, today)),
    # A job board's export (Wuhan's: no announcement) updated over months: one finding for the table,
    # the days as a range, rather than a line a post that all say 「请向单位核实」.
    (Check.UPDATE_STALE, lambda job: job.announcement, lambda job: job.announcement, _stale_of_announcement),
)


def dated_findings(jobs: Sequence[Job], today: dt.date, *, updated: Mapping[str, str] | None = None,
                   stale_after: int = DEFAULT_STALE_AFTER_DAYS) -> tuple[list[JobFinding], dict[str, list[JobFinding]]]:
    """The findings that depend on ``today``: one per announcement whose posts (nearly) all share
    one (``_SAID_ONCE``), and each job's own (job id → findings). ``updated``: job id → when the file
    says its posting was last updated (``service.record_sources``' ``updated`` text) when the job keeps no
    ``updated_on``, for 信息更新已久 after ``stale_after`` days; a post already closed or of a past season is
    not asked about again."""
    updated = updated or {}
    own = {}
    for job in jobs:
        found = list(_closed(job, today))
        if not found:
            found = list(_stale(job, today, job.updated_on or updated_on(updated.get(job.id)), stale_after))
        if found:
            own[job.id] = found
    head = []
    for check, alike, within, said_once in _SAID_ONCE:
        def flagged(job: Job, check: Check = check) -> bool:
            return any(f.check is check for f in own.get(job.id, ()))

        for members, of in shared_by_announcement(jobs, flagged, alike=alike, within=within):
            head.append(said_once(members, of, today, own))
            for job in members:
                own[job.id] = [f for f in own[job.id] if f.check is not check]
    return head, own


def with_closed(report: JobCheckReport, jobs: Sequence[Job], today: dt.date, *,
                stale_after: int = DEFAULT_STALE_AFTER_DAYS) -> JobCheckReport:
    """``report`` (of ``jobs``, checked without a day) with the postings closed on ``today`` and those
    not updated for more than ``stale_after`` days (``Job.updated_on``), each after its job's other findings.
    Nothing else in a report depends on the day, so a service keeps the report across days and adds
    these: a date comparison a job, not seconds of reading conditions again."""
    by_announcement, closed = dated_findings(jobs, today, stale_after=stale_after)
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


__all__ = ["DEFAULT_STALE_AFTER_DAYS", "dated_findings", "updated_on", "with_closed"]
