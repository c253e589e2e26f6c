"""「就业服务专员为您推荐的岗位」: the jobs an officer pushed to a graduate, on the graduate's own page.

Before, a graduate never learnt from the service which jobs an officer had put to them; the
follow-up record was the officers' alone. This section shows each pushed job with what the
graduate may see of it: title, employer, place, when it was pushed and its current result
(已推送 … 放弃). Never the 求职创业补贴 state, the notes, who recorded it, or any hardship word:
those say the graduate is on the support list and stay officer-only.

Visible to that graduate and to officers; an organiser (or another graduate) gets no section.
Nothing here is a sensitive field (``outcomes.SENSITIVE_FOLLOW_UP_FIELDS``: subsidy, note), so
nothing is audited — as a graduate's read of their own record is not (``service.audit``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from features.records import Job
from service.auth import Role, User
from service.storage import follow_ups
from service.storage import repository as repo


@dataclass(frozen=True, slots=True)
class PushedJobView:
    """One line of the section. ``exists``: the job is still listed (a link to its page); a deleted
    one keeps the title and employer copied in when it was pushed, and has no place."""

    job_id: str
    title: str | None
    employer: str | None
    location: str | None
    pushed_at: dt.datetime
    status: str | None
    exists: bool


def may_see(user: User, graduate_id: str) -> bool:
    """Officers, and the graduate themself."""
    return user.role is Role.OFFICER or (user.role is Role.GRADUATE and user.graduate_id == graduate_id)


def for_page(*, session: Session, user: User, graduate_id: str, also: Sequence[str] = (),
             record: follow_ups.GraduateRecord | None = None) -> tuple[list[PushedJobView] | None, dict[str, Job]]:
    """The section's lines, the newest push first (``None`` for a visitor who may not see it), and the
    jobs stored under the ids of its listed posts and under ``also``: one read of the jobs for the page,
    whose follow-up form names the posts now under the ids of deleted ones (``also``) from it too.
    ``record``: the graduate's follow-ups as the page already read them (else read here)."""
    if not may_see(user, graduate_id):
        return None, repo.get_jobs(session=session, job_ids=also)
    if record is None:
        record = follow_ups.graduate_record(session=session, graduate_id=graduate_id)
    pushed = follow_ups.pushed_lines(record)
    # A post no longer listed keeps its own title even when its id now names another job: the graduate
    # was pushed that post, not the one reusing the id (``follow_ups.about_listed_jobs``).
    jobs = repo.get_jobs(session=session, job_ids=[*(p.current.job_id for p in pushed if p.listed), *also])
    out = []
    for p in pushed:
        job = jobs.get(p.current.job_id) if p.listed else None
        out.append(PushedJobView(
            job_id=p.current.job_id, title=job.title if job else p.current.job_title,
            employer=job.employer if job else p.current.job_employer, location=job.location if job else None,
            pushed_at=p.pushed_at, status=p.current.status, exists=job is not None))
    return out, jobs
