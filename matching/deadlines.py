"""A job's application deadline (``Job.apply_by``, 报名截止日期) on the day verdicts are judged.

The regional plan asks for job lists whose key elements are true and valid (真实有效): a post
whose last day to apply has passed is no offer. On the judging day (the rules engine's
``reference_date``: the service's day in Beijing) a job is closed from the day after its
deadline; the deadline itself is still open. Pure functions: the rules engine, job checks and
fair plans each ask here, so that they agree on what is closed.
"""

from __future__ import annotations

import datetime as dt

from matching.verdict import ConditionResult, Status, Verdict

#: A deadline this many days ahead or fewer is close: the graduate is told to hurry.
SOON_DAYS = 7

#: ``ConditionResult.kind`` of the deadline's result.
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


def deadline_first(verdict: Verdict) -> tuple[str, ...]:
    """``verdict.reasons()`` with the deadline's reason first: 「报名今天截止，请尽快报名」 is the one
    reason the graduate must act on, and in rule order it sat among the rest (user review)."""
    first = tuple(r.reason for r in verdict.results if r.kind == KIND)
    return tuple(dict.fromkeys((*first, *verdict.reasons())))
