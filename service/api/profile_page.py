"""The ``/profile`` page: the graduate cohort profile as tables with bars (officers and
organisers), a year and school filter, and for officers a link to the sensitive section."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from service.api import cohort_profiles
from service.api.deps import GraduateCacheDep, MatcherDep, SessionDep
from service.api.page_kit import cohort_choices, error_page, form_year, page_user, render, to_login
from service.api.problems import ApiProblem
from service.auth import Role

router = APIRouter(include_in_schema=False)


@router.get("/profile")
def profile_page(request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep,
                 year: Annotated[str, Query(max_length=10)] = "", school: Annotated[str, Query(max_length=200)] = "",
                 sensitive: bool = False):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        if user.role is Role.GRADUATE:
            raise ApiProblem(403, "毕业生账号不能查看毕业生画像")
        chosen = form_year(year)
        profile = cohort_profiles.cohort_profile(session=session, matcher=matcher, cache=cache, user=user, year=chosen,
                                                 school=school.strip() or None, sensitive=sensitive)
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/profile")
    years, schools = cohort_choices(cache.redacted(session=session))
    filters = {"year": year.strip(), "school": school.strip()}
    sensitive_link = "/profile?" + urlencode({**filters, "sensitive": "true"})
    plain_link = "/profile?" + urlencode(filters)
    return render(request, "profile.html", user, profile=profile, years=years, schools=schools, filters=filters,
                  sensitive_link=sensitive_link, plain_link=plain_link)
