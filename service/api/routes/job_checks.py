"""``/api/job-checks``: the job-list check over the stored jobs (officers, organisers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from matching.job_checks import Check, Severity
from service.api import job_check_results
from service.api import schemas as s
from service.api.deps import MatcherDep, SessionDep, Staff
from service.api.job_check_results import JobCheckCache, cache_of
from service.api.problems import AUTH, problem_responses

router = APIRouter(prefix="/api/job-checks", tags=["岗位核验"], responses=problem_responses(*AUTH, 422))
CheckCacheDep = Annotated[JobCheckCache, Depends(cache_of)]


@router.get("", summary="岗位表核验：发现的问题（分页）与汇总", response_model=s.JobChecksPublic)
def job_checks(session: SessionDep, matcher: MatcherDep, cache: CheckCacheDep, user: Staff,
               severity: Annotated[Severity | None, Query(description="只看此级别：错误、警告、提示")] = None,
               check: Annotated[Check | None, Query(description="只看此检查项（如 pay_missing、duplicate）")] = None,
               offset: Annotated[int, Query(ge=0, le=10_000_000, description="跳过的条数")] = 0,
               limit: Annotated[int, Query(ge=1, le=500, description="每页条数")] = 50):
    """岗位信息核验：缺少职位类别、工作地点、薪酬、学历要求、招聘人数，薪酬无法识别或不合常理，工作地点、专业要求、
    报考条件无法识别，服务年限前后不一，招聘人数为 0 或过大，疑似重复岗位，岗位名称笼统又无描述；按岗位编号和字段列出，附各项汇总。"""
    return job_check_results.job_checks(session=session, matcher=matcher, cache=cache, user=user, severity=severity,
                                        check=check, offset=offset, limit=limit)
