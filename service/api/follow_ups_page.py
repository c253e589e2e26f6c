"""The ``/follow-ups`` page (跟进情况): the officers' follow-up record across graduates, as
``GET /api/follow-ups`` answers it — who was pushed which job, when, with what result and by
whom — and, with 「只看尚无结果的」, the jobs still waiting for one (已推送、已投递、面试中), longest
waiting first with how many days they have waited, the pushes an officer chases up.

Before it, that record was only in the API and ``jobmatch follow-ups export``; the pages showed it
one graduate at a time. The page reads through the API's own service function
(``followups.report``), so it shows and audits what the API does: subsidy states and notes shown
are logged per graduate; no field of the graduate's record (困难类别 …) is shown."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from service.api import followups, request_day, support_list, unpushed
from service.api.deps import SessionDep
from service.api.page_kit import PAGE_SIZE, error_page, form_day, page_user, render, to_login
from service.api.problems import ApiProblem, forbidden
from service.auth import Role
from service.beijing import beijing_day, beijing_today
from service.outcomes import AWAITING_RESULT, FollowUpStatus, SubsidyState
from service.storage import follow_ups
from service.storage.follow_up_report import ReportFilters
from service.storage.repository import GraduateFilters

router = APIRouter(include_in_schema=False)


def _choice(text: str, kind: type[FollowUpStatus] | type[SubsidyState],
            label: str) -> FollowUpStatus | SubsidyState | None:
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise ApiProblem(422, f"{label}「{text}」无效：请从列表中选择（{'、'.join(kind)}），或选「全部」") from None


@router.get("/follow-ups")
def follow_ups_page(request: Request, session: SessionDep,
                    status: Annotated[str, Query(max_length=20)] = "",
                    subsidy: Annotated[str, Query(max_length=20)] = "",
                    school: Annotated[str, Query(max_length=100)] = "",
                    since: Annotated[str, Query(max_length=20)] = "",
                    # A bool, as the API's: 「waiting=0」 or 「false」 (a link, a bookmark) is no tick.
                    waiting: Annotated[bool, Query()] = False,
                    graduate: Annotated[str, Query(max_length=100)] = "",
                    page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        # The role first: an organiser's or graduate's odd filter got the page's 422 (echoing it, listing
        # the statuses) where every other answer to them is 403 (review of 6ac4b7f).
        if user.role is not Role.OFFICER:
            raise forbidden("只有就业服务专员可以查看或记录跟进情况")
        filters = ReportFilters(status=_choice(status, FollowUpStatus, "跟进结果"),
                                subsidy=_choice(subsidy, SubsidyState, "求职创业补贴"), school=school.strip() or None,
                                since=form_day(since), waiting=waiting, graduate_id=graduate.strip() or None)
        if (contradiction := filters.contradiction()) is not None:  # in the page's own labels
            raise ApiProblem(422, contradiction)
        request_day.refuse_future_since(filters.since)  # names 起始日期, the field's label
        # Officers only: ``report`` refuses anyone else (403) before reading a row, and refuses
        # filters that can match nothing (waiting with 已录用 …) rather than show an empty list.
        body = followups.report(session=session, user=user, filters=filters, offset=(page - 1) * PAGE_SIZE,
                                limit=PAGE_SIZE)
        at_school = GraduateFilters(school=school.strip() or None)
        never_pushed = unpushed.count(session=session, user=user, filters=at_school)
        # 「都已推送过岗位（清华）」 said of a school with no support graduate at all misled: counted to tell them apart.
        no_support = bool(at_school.school) and not never_pushed and not unpushed.count_support(
            session=session, user=user, filters=at_school)
        # A mistyped 学号 read 「没有符合筛选条件的记录」, as if the graduate had no follow-up (the export refuses it).
        unknown_graduate = (not body.total and filters.graduate_id is not None
                            and not follow_ups.graduate_known(session=session, graduate_id=filters.graduate_id))
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/follow-ups")
    kept = {k: v for k, v in {"status": status, "subsidy": subsidy, "school": school.strip(), "since": since.strip(),
                              "waiting": "1" if waiting else "", "graduate": graduate.strip()}.items() if v}
    pages = max(1, -(-body.total // PAGE_SIZE))
    link = lambda n: "/follow-ups?" + urlencode({**kept, "page": n})  # noqa: E731
    return render(request, "follow_ups.html", user, items=body.items, total=body.total, page=page, pages=pages,
                  link=link, filters={"status": status, "subsidy": subsidy, "school": school.strip(),
                                      "since": since.strip(), "waiting": waiting, "graduate": graduate.strip()},
                  filtered=bool(kept), statuses=list(FollowUpStatus), subsidies=list(SubsidyState),
                  waited=_waited(body.items), never_pushed=never_pushed,
                  no_support=no_support, unknown_graduate=unknown_graduate)


def _waited(items) -> dict[int, tuple[int, int]]:
    """For each line still waiting for a result: (days since its newest record, days since the job
    was first recorded for the graduate — the push). The first is the one the list is ordered by and
    the one an officer chases on: a 面试中 recorded yesterday, after a push six weeks ago, was heard of
    yesterday and is not the one to call first. It was shown as a bare 「已 N 天」, which read as days
    since the push; the page now says which it is and gives the push's age beside it when it differs."""
    today = beijing_today()
    return {i.id: ((today - beijing_day(i.at)).days, (today - beijing_day(i.first_at or i.at)).days)
            for i in items if i.status in AWAITING_RESULT}


@router.get("/follow-ups/unpushed")
def unpushed_page(request: Request, session: SessionDep,
                  school: Annotated[str, Query(max_length=100)] = "",
                  major: Annotated[str, Query(max_length=100)] = "",
                  page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    """Hardship-support graduates no job was ever pushed to, each with a link to their page to push
    one (``service.api.unpushed``: officers only, every graduate listed audited as on ``/officer``)."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    filters = GraduateFilters(school=school.strip() or None, major=major.strip() or None)
    try:
        body = unpushed.unpushed(session=session, user=user, filters=filters, offset=(page - 1) * PAGE_SIZE,
                                 limit=PAGE_SIZE, as_shown=support_list.as_listed)  # what the page shows, as /officer
        # A filtered empty list said 「都已推送过岗位」 of a mistyped major too: counted to tell them apart, as /follow-ups.
        no_support = (not body.total and bool(filters.school or filters.major)
                      and not unpushed.count_support(session=session, user=user, filters=filters))
        unmatched = "、".join([f"学校名称含「{filters.school}」"] * bool(filters.school)
                             + [f"专业含「{filters.major}」"] * bool(filters.major)) if no_support else ""
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/officer")
    pages = max(1, -(-body.total // PAGE_SIZE))
    # The links carry the filter as it was applied (trimmed), as the form shows it.
    kept = {"school": school.strip(), "major": major.strip()}
    link = lambda n: "/follow-ups/unpushed?" + urlencode({**kept, "page": n})  # noqa: E731
    return render(request, "follow_ups_unpushed.html", user, items=body.items, total=body.total, page=page,
                  pages=pages, link=link, school=school.strip(), major=major.strip(), unmatched=unmatched)
