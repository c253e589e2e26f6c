"""The ``/follow-ups`` page (跟进情况): the officers' follow-up record across graduates, as
``GET /api/follow-ups`` answers it — who was pushed which job, when, with what result and by
whom — and, with 「只看尚无结果的」, the jobs still waiting for one (已推送、已投递、面试中), longest
waiting first with how many days they have waited, the pushes an officer chases up.

Before it, that record was only in the API and ``jobmatch follow-ups export``; the pages showed it
one graduate at a time. The page reads through the API's own service function
(``followups.report``), so it shows and audits what the API does: subsidy states and notes shown
are logged per graduate; no field of the graduate's record (困难类别 …) is shown."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from service.api import followups
from service.api.deps import SessionDep
from service.api.page_kit import PAGE_SIZE, error_page, page_user, render, to_login
from service.api.problems import ApiProblem
from service.beijing import beijing_day, beijing_today
from service.outcomes import AWAITING_RESULT, FollowUpStatus, SubsidyState
from service.storage.follow_up_report import ReportFilters

router = APIRouter(include_in_schema=False)


def _choice(text: str, kind: type[FollowUpStatus] | type[SubsidyState],
            label: str) -> FollowUpStatus | SubsidyState | None:
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise ApiProblem(422, f"{label}「{text}」无效：请从列表中选择（{'、'.join(kind)}），或选「全部」") from None


def _since(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ApiProblem(422, f"起始日期「{text}」无效：请填写日期，如 2026-09-01，或留空查看全部时间") from None


@router.get("/follow-ups")
def follow_ups_page(request: Request, session: SessionDep,
                    status: Annotated[str, Query(max_length=20)] = "",
                    subsidy: Annotated[str, Query(max_length=20)] = "",
                    school: Annotated[str, Query(max_length=100)] = "",
                    since: Annotated[str, Query(max_length=20)] = "",
                    # A bool, as the API's: 「waiting=0」 or 「false」 (a link, a bookmark) is no tick.
                    waiting: Annotated[bool, Query()] = False,
                    page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        filters = ReportFilters(status=_choice(status, FollowUpStatus, "跟进结果"),
                                subsidy=_choice(subsidy, SubsidyState, "求职创业补贴"), school=school.strip() or None,
                                since=_since(since), waiting=waiting)
        # Officers only: ``report`` refuses anyone else (403) before reading a row.
        body = followups.report(session=session, user=user, filters=filters, offset=(page - 1) * PAGE_SIZE,
                                limit=PAGE_SIZE)
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/follow-ups")
    kept = {k: v for k, v in {"status": status, "subsidy": subsidy, "school": school.strip(), "since": since.strip(),
                              "waiting": "1" if waiting else ""}.items() if v}
    pages = max(1, -(-body.total // PAGE_SIZE))
    link = lambda n: "/follow-ups?" + urlencode({**kept, "page": n})  # noqa: E731
    today = beijing_today()
    waited = {i.id: (today - beijing_day(i.at)).days for i in body.items if i.status in AWAITING_RESULT}
    return render(request, "follow_ups.html", user, items=body.items, total=body.total, page=page, pages=pages,
                  link=link, filters={"status": status, "subsidy": subsidy, "school": school.strip(),
                                      "since": since.strip(), "waiting": waiting},
                  filtered=bool(kept), statuses=list(FollowUpStatus), subsidies=list(SubsidyState), waited=waited)
