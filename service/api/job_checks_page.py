"""The ``/job-checks`` page: the job-list check over the stored jobs, for officers and
organisers (``service.api.job_check_results``), filtered by severity and check, paged."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from pydantic import BeforeValidator

from matching.job_checks import DEFAULT_STALE_AFTER_DAYS, Check, Severity
from service.api import job_check_results
from service.api.deps import MatcherDep, SessionDep
from service.api.page_kit import PAGE_FIELD_LABELS, PAGE_SIZE, error_page, page_user, render, to_login
from service.api.problems import ApiProblem

router = APIRouter(include_in_schema=False)


def _blank_is(default: object) -> BeforeValidator:
    """A field the form sends blank is its default, not a 422 page: the 「全部」 options send ``severity=`` and
    ``check=`` (「级别：取值无效」 on every 筛选 left at 全部), an emptied 「更新超过（天）」 ``stale_after_days=``."""
    return BeforeValidator(lambda value: default if isinstance(value, str) and not value.strip() else value)


@router.get("/job-checks")
def job_checks_page(request: Request, session: SessionDep, matcher: MatcherDep,
                    severity: Annotated[Severity | None, _blank_is(None), Query()] = None,
                    check: Annotated[Check | None, _blank_is(None), Query()] = None,
                    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
                    stale_after_days: Annotated[int, _blank_is(DEFAULT_STALE_AFTER_DAYS),
                                                Query(ge=1, le=36_500)] = DEFAULT_STALE_AFTER_DAYS):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        result = job_check_results.job_checks(
            session=session, matcher=matcher, cache=job_check_results.cache_of(request), user=user,
            severity=severity, check=check, offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE, stale_after=stale_after_days,
            check_named=PAGE_FIELD_LABELS["check"])
    except ApiProblem as problem:
        return error_page(request, user, problem)
    pages = max(1, -(-result.total // PAGE_SIZE))
    # The threshold the page was asked with goes along (the summary's counts were taken with it), not the default.
    stale = stale_after_days if stale_after_days != DEFAULT_STALE_AFTER_DAYS else ""
    link = lambda n: "/job-checks?" + urlencode(  # noqa: E731
        {k: v for k, v in {"severity": severity.value if severity else "", "check": check.value if check else "",
                           "stale_after_days": stale, "page": n}.items() if v})
    check_link = lambda c: "/job-checks?" + urlencode(  # noqa: E731
        {k: v for k, v in {"check": c, "stale_after_days": stale}.items() if v})
    return render(request, "job_checks.html", user, result=result, severities=list(Severity),
                  checks=list(job_check_results.STORED_CHECKS),  # not a file's rows (重复的行 …): none stored
                  severity=severity.value if severity else "", check=check.value if check else "", page=page,
                  pages=pages, link=link, check_link=check_link, stale_after_days=stale_after_days)
