"""``/api/fairs``: proposed small industry- or major-specialised fairs (officers, organisers)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from matching.fair_limits import FairLimits
from matching.fairs import FairBy
from service.api import fair_plans
from service.api import schemas as s
from service.api.deps import GraduateCacheDep, MatcherDep, SessionDep, SettingsDep, Staff, page_limit
from service.api.problems import AUTH, problem_responses

SIZES = fair_plans.SIZE_FIELDS
router = APIRouter(prefix="/api/fairs", tags=["招聘活动"], responses=problem_responses(*AUTH, 422))


@router.get("", summary="生成小型招聘会方案（按行业、专业类等分场）", response_model=s.FairPlanPublic)
def fair_plan(session: SessionDep, matcher: MatcherDep, cache: GraduateCacheDep, user: Staff, settings: SettingsDep,
              by: Annotated[FairBy, Query(description="major：按专业类（专业化）；industry：按行业（行业化）")] = FairBy.MAJOR,
              max_employers: Annotated[int, fair_plans.size_query("max_employers")] = SIZES["max_employers"].default,
              max_positions: Annotated[int, fair_plans.size_query("max_positions")] = SIZES["max_positions"].default,
              min_positions: Annotated[int, fair_plans.size_query("min_positions")] = SIZES["min_positions"].default,
              min_graduates: Annotated[int, fair_plans.size_query("min_graduates")] = SIZES["min_graduates"].default,
              max_graduates: Annotated[int, fair_plans.size_query("max_graduates")] = SIZES["max_graduates"].default,
              max_fairs_per_graduate: Annotated[int, fair_plans.size_query("max_fairs_per_graduate")] = SIZES[
                  "max_fairs_per_graduate"].default,
              max_rank: Annotated[int, Query(ge=1, le=100, description="行业场：本场岗位须在毕业生推荐的前几位")] = FairLimits().max_rank,
              k: Annotated[int, Query(ge=1, le=100, description="每位毕业生参与判断的推荐岗位数")] = 20,
              unplaced_offset: Annotated[int, Query(ge=0, le=10_000_000, description="未列入的岗位：跳过的个数")] = 0,
              unplaced_limit: Annotated[int | None, Query(
                  ge=1, description="未列入的岗位：本次列出的个数（默认与上限同其他列表的 limit）")] = None):
    """小型招聘会方案：按专业类或行业分场，每场的用人单位、岗位（含招聘人数）和可参加的毕业生，均附理由；
    按毕业生去除敏感信息后的记录计算（专员与组织者所见相同）。

    未列入任何招聘会的岗位可能很多（全部岗位中毕业生无人可报考的都在其中）：`unplaced_total` 为总数，
    `unplaced_reasons` 按原因计数，`unplaced_positions` 只列出从 `unplaced_offset` 起的 `unplaced_limit` 个
    （默认个数与上限同其他列表接口的 `limit`，默认设置为 50 与 500），用这两个参数翻页；`jobmatch fairs --out` 导出完整名单。"""
    limits = fair_plans.fair_limits(max_employers=max_employers, max_positions=max_positions,
                                  min_positions=min_positions, min_graduates=min_graduates,
                                    max_graduates=max_graduates, max_rank=max_rank,
                                    max_fairs_per_graduate=max_fairs_per_graduate)
    shown = page_limit(settings, unplaced_limit, name="unplaced_limit")
    return fair_plans.fair_plan(session=session, matcher=matcher, cache=cache, user=user, by=by, limits=limits, k=k,
                                unplaced_offset=unplaced_offset, unplaced_limit=shown)
