"""The ``/guidance`` page: the cohort's guidance and training needs as a table with bars
(officers and organisers), with a year, school and major-class filter.

A page of its own rather than a section of ``/profile``: the profile is counted in
milliseconds, while this view ranks every graduate of the cohort against every job (seconds at
the size of a season's tables the first time after a change, unless the warm-up has already kept
each graduate's guidance: ``service.api.guidance_kept``), which the profile page should not
wait for; and a training planner reads it on its own.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query, Request

from service.api import guidance_views
from service.api.deps import GraduateCacheDep, MatcherDep, SessionDep
from service.api.page_kit import cohort_choices, error_page, form_year, page_user, render, to_login
from service.api.problems import ApiProblem
from service.auth import Role

router = APIRouter(include_in_schema=False)


def _major_class(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        raise ApiProblem(422, f"专业类「{text}」无效：请填写 4 位本科专业类代码（如 0401），或留空统计全部专业")
    return text


@router.get("/guidance")
def guidance_page(request: Request, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep,
                  year: Annotated[str, Query(max_length=10)] = "", school: Annotated[str, Query(max_length=200)] = "",
                  major_class: Annotated[str, Query(max_length=10)] = ""):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        if user.role is Role.GRADUATE:
            raise ApiProblem(403, "毕业生账号不能查看群体的就业指导与培训需求")
        result = guidance_views.cohort(session=session, matcher=matcher, cache=cache, user=user, year=form_year(year),
                                       school=school.strip() or None, major_class=_major_class(major_class))
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/guidance")
    years, schools = cohort_choices(cache.redacted(session=session))
    filters = {"year": year.strip(), "school": school.strip(), "major_class": major_class.strip()}
    return render(request, "guidance.html", user, result=result, years=years, schools=schools, filters=filters)
