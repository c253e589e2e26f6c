"""The job-list check over the stored jobs, for ``GET /api/job-checks``, the ``/job-checks``
page and the note on each job's page.

Stored jobs carry no file row or column (they may have come from several uploads and API
edits), so findings name job ids and ``Job`` fields. The report covers the whole list
(duplicates and list-wide findings need every job) and is kept until the job index changes
(``Matcher.index_version``: a new day alone does not renew it): checking 11,720 jobs costs seconds, mostly reading their conditions.
Only the postings whose 报名截止日期 has passed, and those not updated for long (信息更新已久, ``Job.updated_on``
over ``stale_after_days``, as ``check-jobs --stale-after-days``), depend on the day (``matching.closing_checks``):
they are added to the kept report for the request's day (``with_closed``, a date comparison a job), kept per
(day, threshold) for a few of them (``DATED_REPORTS``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict

from fastapi import Request
from sqlalchemy.orm import Session

from features.records import Job
from matching.job_checks import DEFAULT_STALE_AFTER_DAYS, Check, JobCheckReport, JobFinding, Severity, check_jobs, with_closed
from service.api import request_day
from service.api import schemas as s
from service.api.matching import Matcher
from service.api.problems import ApiProblem, forbidden
from service.auth import Role, User
from service.settings import Settings
from service.storage import repository


def check_limits(settings: Settings) -> dict:
    """The checker's keyword arguments the service's settings fix (``JOBMATCH_MIN_PAY``)."""
    return {} if settings.min_pay is None else {"min_pay": settings.min_pay}


#: Reports kept per (day, ``stale_after``): a few thresholds in use at once (the default, a page's, an API
#: client's) and the day turning; each is the whole list's findings, so not unbounded.
DATED_REPORTS = 8


class JobCheckCache:
    """The report of the current job index, computed on first use after each change, and its reports on a day for
    the thresholds of 信息更新已久 last asked (at most ``DATED_REPORTS``)."""

    def __init__(self, limits: dict | None = None) -> None:
        self.limits = dict(limits or {})
        self._lock = threading.Lock()
        self._entry: tuple[int, int, JobCheckReport, dict] | None = None
        # The entry's report by (day, threshold of 信息更新已久), the least recently asked dropped past
        # ``DATED_REPORTS``: more than one, so a page and the API asking two thresholds in turn do not
        # recompute on every request.
        self._dated: OrderedDict[tuple[dt.date, int], JobCheckReport] = OrderedDict()

    def report(self, *, session: Session, matcher: Matcher,
               stale_after: int = DEFAULT_STALE_AFTER_DAYS) -> tuple[JobCheckReport, dict]:
        """(report, job id → job) of every stored job; ``stale_after``: days after its update time
        (``Job.updated_on``) a post with no deadline is reported 信息更新已久."""
        with self._lock:
            version, count, day = matcher.index_version, repository.count_jobs(session=session), request_day.today()
            if self._entry is None or self._entry[:2] != (version, count):
                self._entry = self._check(session, version, count)
                self._dated.clear()
            key = (day, stale_after)
            if key in self._dated:
                self._dated.move_to_end(key)
            else:
                jobs = list(self._entry[3].values())
                self._dated[key] = with_closed(self._entry[2], jobs, day, stale_after=stale_after)
                while len(self._dated) > DATED_REPORTS:
                    self._dated.popitem(last=False)
            return self._dated[key], self._entry[3]

    def _check(self, session: Session, version: int, count: int) -> tuple[int, int, JobCheckReport, dict]:
        from service.model_store import load_major_code_tables
        from service.resources import load_major_catalog

        jobs = repository.all_jobs(session=session)
        report = check_jobs(jobs, catalog=load_major_catalog(), major_tables=load_major_code_tables(), **self.limits)
        return version, count, report, {job.id: job for job in jobs}


_CREATE = threading.Lock()

#: The checks a stored job can have: the ones ``GET /api/job-checks`` documents and the page's filter offers. The
#: others, a file's rows (``Check.file_only``), are refused (``_refuse_file_only``): one list for all three, so the
#: documentation cannot offer a check the API answers with 422.
STORED_CHECKS: tuple[Check, ...] = tuple(c for c in Check if not c.file_only)


def cache_of(request: Request) -> JobCheckCache:
    """The app's cache, made on first use (no start-up cost for a service nobody checks)."""
    state = request.app.state
    with _CREATE:
        if getattr(state, "job_check_cache", None) is None:
            state.job_check_cache = JobCheckCache(check_limits(state.settings))
    return state.job_check_cache


def _require_staff(user: User) -> None:
    if user.role is Role.GRADUATE:
        raise forbidden("毕业生账号不能查看岗位核验结果")


def _refuse_file_only(check: Check | None, check_named: str) -> None:
    """422 for a check of a file's rows (重复的行 …, ``Check.file_only``): no stored job has it, so the filter
    answered an empty list as if the jobs had passed it. ``check_named``: how the asker knows the field."""
    if check is not None and check not in STORED_CHECKS:
        message = f"「{check.label}」（{check.value}）只适用于岗位表文件，已保存的岗位中不会出现；请用 jobmatch check-jobs 核验文件"
        raise ApiProblem(422, f"{check_named}：{message}",
                         errors=[{"loc": ["query", "check"], "type": "file_only", "message": message}])


def job_checks(*, session: Session, matcher: Matcher, cache: JobCheckCache, user: User,
               severity: Severity | None = None, check: Check | None = None, offset: int = 0,
               limit: int = 50, stale_after: int = DEFAULT_STALE_AFTER_DAYS,
               check_named: str = "查询参数「check」") -> s.JobChecksPublic:
    """Findings over every stored job, filtered by severity and check, one page of them; 信息更新已久
    after ``stale_after`` days. A check of a file's rows is refused (422), the field named ``check_named``."""
    _require_staff(user)
    _refuse_file_only(check, check_named)
    report, jobs = cache.report(session=session, matcher=matcher, stale_after=stale_after)
    # Gravest first, as the findings read (错误, 警告, 提示), each severity in ``Check`` order (a stable sort).
    affected = sorted(report.affected().items(), key=lambda item: item[0].severity.rank)
    summary = [s.JobCheckSummaryPublic(check=c.value, check_label=c.label, severity=c.severity.value, jobs=n,
                                       share=round(n / report.jobs_checked, 4) if report.jobs_checked else 0.0)
               for c, n in affected]
    chosen = [f for f in report.findings
              if (severity is None or f.severity is severity) and (check is None or f.check is check)]
    items = []
    for f in chosen[offset:offset + limit]:
        job = jobs.get(f.job_id) if f.job_id is not None else None
        items.append(s.JobCheckFindingPublic(
            job_id=f.job_id, title=job.title if job else None, employer=job.employer if job else None, field=f.field,
            key=f.key, severity=f.severity.value, check=f.check.value, check_label=f.check.label, message=f.message,
            jobs=f.jobs, covered=[_covered(jobs, job_id) for job_id in f.job_ids]))
    return s.JobChecksPublic(jobs_checked=report.jobs_checked, summary=summary, items=items, total=len(chosen),
                             offset=offset, limit=limit)


def _covered(jobs: dict[str, Job], job_id: str) -> s.JobCheckCoveredJobPublic:
    job = jobs.get(job_id)  # the ids are of the jobs the report read: a title is there
    return s.JobCheckCoveredJobPublic(job_id=job_id, title=job.title if job else None)


def findings_of_job(*, user: User, job: Job, settings: Settings) -> tuple[JobFinding, ...]:
    """The job's own findings, for its page: checked alone, in milliseconds, rather than
    waiting for the whole list's report (seconds on a large list after each edit); so a
    duplicate, which needs the other jobs, is listed at ``/job-checks`` only. None for a
    graduate, who may not see them."""
    if user.role is Role.GRADUATE:
        return ()
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    return check_jobs([job], catalog=load_major_catalog(), major_tables=load_major_code_tables(),
                      today=request_day.today(), **check_limits(settings)).findings
