"""``/api/profile``: the graduate cohort profile (officers, organisers; the sensitive section
for officers only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api import cohort_profiles
from service.api import schemas as s
from service.api.deps import GraduateCacheDep, MatcherDep, SessionDep, Staff
from service.api.problems import AUTH, problem_responses

router = APIRouter(prefix="/api/profile", tags=["毕业生画像"], responses=problem_responses(*AUTH, 422))


@router.get("", summary="毕业生画像：规模、结构、就业意向与供需对比", response_model=s.CohortProfilePublic)
def cohort_profile(session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, user: Staff,
                   year: Annotated[int | None, Query(ge=1950, le=2100, description="只统计该毕业年份")] = None,
                   school: Annotated[str | None, Query(max_length=200, description="只统计该学校（名称完全一致）")] = None,
                   sensitive: Annotated[bool, Query(description="另统计困难类别、残疾、少数民族人数（仅专员；按人记录审计日志）")] = False):
    """毕业生画像：规模（届别、学校、学历、学位、性别）、专业结构（门类、本科专业类、未归类专业、人数最多的专业）、
    就业意向（地点、岗位类别、行业、不考虑的地点和岗位、期望月薪）以及按本科专业类的供需对比；
    按毕业生去除敏感信息后的记录计算。敏感信息统计仅对专员、且须 sensitive=true。"""
    return cohort_profiles.cohort_profile(session=session, matcher=matcher, cache=cache, user=user, year=year,
                                          school=school, sensitive=sensitive)
