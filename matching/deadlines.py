"""Whether a job still takes applications on the day verdicts are judged: the one decision of
"closed", from its deadline (``Job.apply_by``, 报名截止日期) or, when none is stated, from the
recruitment season its announcement names (``Job.season_year``).

The regional plan asks for job lists whose key elements are true and valid (真实有效): a post
whose last day to apply has passed is no offer. On the judging day (the rules engine's
``reference_date``: the service's day in Beijing) a job is closed from the day after its
deadline; the deadline itself is still open. A post with no deadline whose announcement names a
season ``CLOSED_AFTER_YEARS`` or more years before the day's year (a 2021年度 post in 2023) is
closed too: announcements take applications for weeks, and a 年度 runs at most into the next
year's spring (a 2024年度 国考 takes applications in October 2023; a 2022年度 county table in
early 2023), so two years on nothing of it is open. One year before (a 2025年度 post in 2026) it
may be, and is left to review (待核实). An explicit deadline always wins over the year, both ways.
Pure functions: the rules engine, the ranker's pre-filter, job checks, fair plans and the job
page each ask here (``closed_from``, ``job_closed``, ``job_result``), so that they agree.
"""

from __future__ import annotations

import datetime as dt

from features.records import Job
from matching.verdict import ConditionResult, Status, Verdict

#: A deadline this many days ahead or fewer is close: the graduate is told to hurry.
SOON_DAYS = 7

#: A post with no deadline is closed from January 1st of its season's year plus this many years.
CLOSED_AFTER_YEARS = 2

#: A post whose stated deadline passed at most this many days ago is still listed among a
#: graduate's rejected posts (「报名已于…截止」 is news: they may ask the employer or watch for its
#: next round); one closed longer, or closed by its season, is only counted (``rejection_listed_until``).
RECENTLY_CLOSED_DAYS = 7

#: ``ConditionResult.kind`` of the deadline's result (the season's too: one condition of a post).
KIND = "deadline"


def is_closed(apply_by: dt.date | None, day: dt.date) -> bool:
    """Whether applications closed before ``day`` (none stated: open)."""
    return apply_by is not None and apply_by < day


def closes_soon(apply_by: dt.date | None, day: dt.date) -> bool:
    """Whether the deadline is ``day`` itself or within ``SOON_DAYS`` days after it."""
    return apply_by is not None and 0 <= (apply_by - day).days <= SOON_DAYS


def written_day(day: dt.date) -> str:
    """``2026年12月6日``, as announcements write a date."""
    return f"{day.year}年{day.month}月{day.day}日"


def closed_reason(apply_by: dt.date) -> str:
    return f"报名已于{written_day(apply_by)}截止"


def _reminder(apply_by: dt.date, day: dt.date) -> str:
    # On the last day itself 「报名将于12月6日截止」 makes the graduate work out that this is today.
    when = "今天" if apply_by == day else f"将于{apply_by.month}月{apply_by.day}日"
    return f"报名{when}截止，请尽快报名"


def deadline_result(apply_by: dt.date | None, day: dt.date) -> ConditionResult | None:
    """The deadline as one condition of a verdict on ``day``: 不符合 once it has passed, a
    reminder (符合) when it is close, nothing otherwise (a far deadline is no reason to mention)."""
    if apply_by is None:
        return None
    source = f"报名截止日期：{apply_by.isoformat()}"
    if is_closed(apply_by, day):
        return ConditionResult(KIND, Status.NOT_ELIGIBLE, closed_reason(apply_by), source)
    if closes_soon(apply_by, day):
        return ConditionResult(KIND, Status.ELIGIBLE, _reminder(apply_by, day), source)
    return None


def closed_from(job: Job) -> dt.date | None:
    """The first day ``job`` counts as closed (``None``: never, as far as is stated): the day
    after its deadline; with none, January 1st ``CLOSED_AFTER_YEARS`` years after its season."""
    if job.apply_by is not None:
        return job.apply_by + dt.timedelta(days=1)
    if job.season_year is not None:
        return dt.date(job.season_year + CLOSED_AFTER_YEARS, 1, 1)
    return None


def job_closed(job: Job, day: dt.date) -> bool:
    """Whether ``job`` no longer takes applications on ``day``."""
    start = closed_from(job)
    return start is not None and start <= day


def rejection_listed_until(job: Job) -> dt.date | None:
    """The last day a closed ``job`` is worth listing among a graduate's rejected posts
    (``None``: it never closes): ``RECENTLY_CLOSED_DAYS`` after its stated deadline; a post
    closed by its season (a 2021年度 table read in 2026) never is, since the day it closed is
    a guess and long past: listed, it pushes out the 专业不符 or 学历不符 a graduate can act on."""
    if job.apply_by is not None:
        return job.apply_by + dt.timedelta(days=RECENTLY_CLOSED_DAYS)
    start = closed_from(job)
    return None if start is None else start - dt.timedelta(days=1)


def rejection_unlisted(job: Job, day: dt.date) -> bool:
    """Whether ``job`` is closed on ``day`` too long ago to be listed among rejected posts."""
    last = rejection_listed_until(job)
    return last is not None and last < day


def season_stale(job: Job, day: dt.date) -> bool:
    """Whether ``job`` has no deadline and its season is the year before ``day``'s, so that it may
    have closed (not closed yet: ``job_closed`` decides that)."""
    return job.apply_by is None and job.season_year is not None and job.season_year == day.year - CLOSED_AFTER_YEARS + 1


def season_closed_reason(season_year: int) -> str:
    return f"招聘公告为{season_year}年度，报名早已结束"


def job_closed_reason(job: Job) -> str:
    """Why a closed ``job`` is closed (call only when ``job_closed``)."""
    return closed_reason(job.apply_by) if job.apply_by is not None else season_closed_reason(job.season_year)


def _season_source(job: Job) -> str:
    return f"招聘公告：{job.announcement}" if job.announcement else f"招聘年度：{job.season_year}"


def job_result(job: Job, day: dt.date) -> ConditionResult | None:
    """Whether ``job`` is open on ``day`` as one condition of a verdict: its deadline
    (``deadline_result``) when it states one; else, from its season, 不符合 once closed and
    待核实 the year after the season; nothing when neither is known or the season is current."""
    if job.apply_by is not None or job.season_year is None:
        return deadline_result(job.apply_by, day)
    if job_closed(job, day):
        return ConditionResult(KIND, Status.NOT_ELIGIBLE, season_closed_reason(job.season_year), _season_source(job))
    if season_stale(job, day):
        return ConditionResult(KIND, Status.NEEDS_REVIEW,
                               f"招聘公告为{job.season_year}年度，报名可能已经结束，请核实是否仍在招聘", _season_source(job))
    return None


def deadline_first(verdict: Verdict, status: Status | None = None) -> tuple[str, ...]:
    """``verdict.reasons(status)`` with the deadline's reason first: 「报名今天截止，请尽快报名」 is the one
    reason the graduate must act on, and in rule order it sat among the rest (user review). So is
    「招聘公告为2020年度，报名早已结束」 among a closed post's refusals: after 专业不符 and a 年龄不符
    the graduate read as a condition to meet, it came last (job 5710004's page, graduate review)."""
    first = tuple(r.reason for r in verdict.results if r.kind == KIND and (status is None or r.status == status))
    return tuple(dict.fromkeys((*first, *verdict.reasons(status))))
