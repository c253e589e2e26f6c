"""``/api/job-checks``: the job-list check over the stored jobs (officers, organisers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from matching.job_checks import DEFAULT_STALE_AFTER_DAYS, Check, Severity
from service.api import job_check_results
from service.api import schemas as s
from service.api.deps import MatcherDep, SessionDep, Staff
from service.api.job_check_results import STORED_CHECKS, JobCheckCache, cache_of
from service.api.problems import AUTH, problem_responses

router = APIRouter(prefix="/api/job-checks", tags=["岗位核验"], responses=problem_responses(*AUTH, 422))
CheckCacheDep = Annotated[JobCheckCache, Depends(cache_of)]


#: Built from the checks stored jobs can have (``STORED_CHECKS``, the list the 422 of a file's check is decided by), so
#: the API's documentation neither falls behind the checks nor offers one it refuses.
DESCRIPTION = ("岗位信息核验，检查项：" + "、".join(c.label for c in STORED_CHECKS)
               + "。按岗位编号和字段列出，附各项汇总；可按级别（severity）和检查项（check）筛选。"
               "报名截止、往年度公告和信息更新已久按服务当天判断。")
#: The checks of a file's rows are refused (422): no stored job has them.
CHECK_DESCRIPTION = ("只看此检查项（如 `pay_missing`、`duplicate`）；只适用于岗位表文件的检查项（"
                     + "、".join(f"`{c.value}`" for c in Check if c not in STORED_CHECKS)
                     + "）不适用于已保存的岗位，请用 `jobmatch check-jobs` 核验文件")
#: As ``jobmatch check-jobs --stale-after-days``; at most a century, a bound no real threshold nears.
StaleAfterDays = Annotated[int, Query(
    ge=1, le=36_500, description=f"招聘信息更新时间早于当天这么多天、又未注明报名截止日期的岗位报「信息更新已久」"
                                 f"（默认 {DEFAULT_STALE_AFTER_DAYS} 天，约一个招聘季；同 check-jobs --stale-after-days）")]


@router.get("", summary="岗位表核验：发现的问题（分页）与汇总", response_model=s.JobChecksPublic, description=DESCRIPTION)
def job_checks(session: SessionDep, matcher: MatcherDep, cache: CheckCacheDep, user: Staff,
               severity: Annotated[Severity | None, Query(description="只看此级别：错误、警告、提示")] = None,
               check: Annotated[Check | None, Query(description=CHECK_DESCRIPTION)] = None,
               offset: Annotated[int, Query(ge=0, le=10_000_000, description="跳过的条数")] = 0,
               limit: Annotated[int, Query(ge=1, le=500, description="每页条数")] = 50,
               stale_after_days: StaleAfterDays = DEFAULT_STALE_AFTER_DAYS):
    return job_check_results.job_checks(session=session, matcher=matcher, cache=cache, user=user, severity=severity,
                                        check=check, offset=offset, limit=limit, stale_after=stale_after_days)
