"""The fairs pages: the small fairs' plan (``/fairs``) and its file (``/fairs/download``).

Apart from ``service.api.pages`` (login, the graduates', organisers' and officers' pages), which had
grown to 379 lines; the same cookie login and the same page kit.
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response

from matching.fairs import FairBy
from service.api import fair_plans
from service.api.deps import GraduateCacheDep, MatcherDep, SessionDep
from service.api.page_kit import PAGE_HEADERS, error_page, page_user, render, to_login
from service.api.problems import ApiProblem, forbidden
from service.auth import Role

router = APIRouter(include_in_schema=False)


_SIZES = fair_plans.SIZE_FIELDS
#: Positions no fair holds that the page lists a page (``unplaced_page``; the API pages them too).
_UNPLACED_SHOWN = 100


FairForm = Annotated[dict, Depends(fair_plans.fair_form)]


@router.get("/fairs")
def fairs_page(request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, form: FairForm,
               unplaced_page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    """The small fairs' plan. The size fields are taken as text and read by ``fair_plans.form_limits``,
    so that one left empty or mistyped brings the form back naming it by its label. The posts no fair
    holds are listed ``_UNPLACED_SHOWN`` a page (``unplaced_page``), as /officer and /follow-ups page theirs:
    Henan leaves out 6,000 and more, and only the first 100 could be read here before."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    by = FairBy(form["by"])
    try:
        if user.role is Role.GRADUATE:
            raise forbidden("毕业生账号不能查看招聘会方案")
        try:
            limits = fair_plans.form_limits(form)
        except ApiProblem as problem:  # the form again, as filled in, with what is wrong above it
            invalid = {e["loc"][-1] for e in problem.extensions.get("errors", ())}
            return render(request, "fairs.html", user, status=422, plan=None, form=form, form_error=problem.detail,
                          invalid=invalid, sizes=_SIZES)
        plan = fair_plans.fair_plan(session=session, matcher=matcher, cache=cache, user=user, by=by, limits=limits,
                                    k=20, unplaced_offset=(unplaced_page - 1) * _UNPLACED_SHOWN,
                                    unplaced_limit=_UNPLACED_SHOWN)
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/fairs")
    pages = max(1, -(-plan.unplaced_total // _UNPLACED_SHOWN))
    link = lambda n: "/fairs?" + urlencode({**form, "unplaced_page": n}) + "#unplaced"  # noqa: E731
    if unplaced_page > pages:  # past the end (an old link, fewer posts left out now): an empty list with
        return RedirectResponse(link(pages), status_code=303)  # no way back before; the plan is cached
    return render(request, "fairs.html", user, plan=plan, form=form, form_error=None, invalid=set(), sizes=_SIZES,
                  unplaced_page=unplaced_page, unplaced_pages=pages, unplaced_link=link)


@router.get("/fairs/download")
def fairs_download(request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, form: FairForm,
                   format: Literal["xlsx", "csv"] = "xlsx"):
    """The plan the ``/fairs`` form shows, as a file to print or pass on (``fair_plans.plan_file``)."""
    user = page_user(request, session)
    if user is None:
        return to_login()
    by = FairBy(form["by"])
    try:
        content = fair_plans.plan_file(session=session, matcher=matcher, cache=cache, user=user, by=by,
                                       limits=fair_plans.form_limits(form), k=20, suffix=format)
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/fairs")
    name = quote(f"招聘会方案（{by.label}）.{format}")
    return Response(content, media_type=fair_plans.FILE_TYPES[format],
                    headers={**PAGE_HEADERS, "Content-Disposition": f"attachment; filename=fairs.{format}; filename*=UTF-8''{name}"})
