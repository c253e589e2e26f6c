"""``/api/support``: the officers' queue of hardship-support graduates, as on the officer page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from service.api import followups
from service.api import schemas as s
from service.api.deps import MatcherDep, Officer, SessionDep, SettingsDep
from service.api.problems import AUTH, problem_responses
from service.api.routes.jobs import Limit, Offset, _limit

router = APIRouter(prefix="/api/support", tags=["帮扶跟进"], responses=problem_responses(*AUTH, 422))


@router.get("", response_model=s.Page[s.SupportEntryPublic])
def support_queue(session: SessionDep, matcher: MatcherDep, settings: SettingsDep, user: Officer,
                  offset: Offset = 0, limit: Limit = None,
                  k: Annotated[int, Query(ge=1, le=20, description="每人列出的可报岗位数")] = 3):
    """困难帮扶毕业生名单（仅限就业服务专员），最需要跟进的在前：尚无推荐也无跟进、已有推荐但未跟进、
    距上次跟进最久，已录用的在最后；每人附跟进状态与排名最前的可报岗位。读取敏感字段与补贴状态记入审计日志。"""
    return followups.support_queue(session=session, matcher=matcher, user=user, offset=offset,
                                   limit=_limit(settings, limit), k=k)
