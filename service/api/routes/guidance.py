"""``/api/guidance`` (the cohort's guidance and training needs: officers and organisers) and
``/api/graduates/{id}/guidance`` (one graduate's gaps and advice: the graduate themself and officers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api import guidance_views
from service.api import schemas as s
from service.api.deps import CurrentUser, GraduateCacheDep, MatcherDep, SessionDep, Staff
from service.api.problems import AUTH, problem_responses

router = APIRouter(tags=["就业指导"], responses=problem_responses(*AUTH, 422))

Top = Annotated[int, Query(ge=1, le=50, description="每位毕业生核对的最匹配岗位数（含不符合条件的岗位）")]


@router.get("/api/guidance", summary="群体就业指导：岗位条件缺口统计", response_model=s.CohortGuidancePublic)
def cohort_guidance(session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, user: Staff,
                    year: Annotated[int | None, Query(ge=1950, le=2100, description="只统计该毕业年份")] = None,
                    school: Annotated[str | None, Query(max_length=200, description="只统计该学校（名称完全一致）")] = None,
                    major_class: Annotated[str | None, Query(pattern=r"^\d{4}$", description="只统计该本科专业类（4 位代码）")] = None,
                    top: Top = 20):
    """就业指导与培训需求：所选毕业生最匹配的前 top 个岗位中，各专题（教师资格证等证书、工作经历、学历学位、专业、
    年龄、户籍等）涉及多少毕业生、多少岗位和招聘人数、哪些专业较多。按毕业生去除敏感信息后的记录计算，
    不含民族、残疾等条件；毕业生账号不可查看。"""
    return guidance_views.cohort(session=session, matcher=matcher, cache=cache, user=user, year=year, school=school,
                                 major_class=major_class, top=top)


@router.get("/api/graduates/{graduate_id}/guidance", summary="一位毕业生的就业指导：与匹配岗位的条件差距", response_model=s.GraduateGuidancePublic,
            responses=problem_responses(404))
def graduate_guidance(graduate_id: str, session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep,
                      user: CurrentUser, top: Top = 20):
    """毕业生的求职建议：最匹配的前 top 个岗位中，哪些条件不符合或待核实（按专题），示例岗位和建议。
    毕业生本人和就业服务专员可查看，组织者不可；涉及民族、残疾等敏感信息时记入审计日志。"""
    return guidance_views.for_graduate(session=session, matcher=matcher, cache=cache, user=user,
                                       graduate_id=graduate_id, top=top)
