"""``/api/support``: the officers' queue of hardship-support graduates, as on the officer page,
and (``/api/support/subsidy-unclaimed``) the page's section of graduates off it who may claim
the 求职创业补贴 and have not;
``/api/follow-ups``: every graduate's follow-up record at once, for reports to the bureau."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BeforeValidator, WithJsonSchema

from service.api import followups, support_list, unpushed
from service.api import schemas as s
from service.api.deps import (FilterText, GraduateCacheDep, Limit, MatcherDep, Offset, Officer, SessionDep, SettingsDep,
                              page_limit)
from service.api.problems import AUTH, problem_responses
from service.beijing import parse_day
from service.outcomes import FollowUpStatus, SubsidyState
from service.storage.follow_up_report import ReportFilters
from service.storage.repository import GraduateFilters

router = APIRouter(prefix="/api/support", tags=["帮扶跟进"], responses=problem_responses(*AUTH, 422))
report_router = APIRouter(prefix="/api/follow-ups", tags=["帮扶跟进"], responses=problem_responses(*AUTH, 422))


def _iso_day(value: object) -> object:
    # Pydantic would also read a bare number ("0") as a Unix time.
    if isinstance(value, str):
        if not value.strip():
            return None  # blank is no filter, as the page's empty 起始日期 and the CLI's --since ""
        try:
            return parse_day(value)  # trimmed, as the page and the CLI read it
        except ValueError:
            raise ValueError(f"应为日期 YYYY-MM-DD，如 2026-09-01，收到「{value}」") from None
    return value


#: What ``since`` takes, as the schema tells a client: a day YYYY-MM-DD or YYYY/MM/DD, blanks around it, or
#: blank for no filter (``_iso_day``); a plain ``format: date`` would call the accepted blank invalid.
SINCE_SCHEMA = WithJsonSchema({"anyOf": [{"type": "string", "pattern": r"^\s*(\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2})?\s*$"},
                                         {"type": "null"}]})


@router.get("", summary="帮扶对象队列（困难毕业生，仅就业服务专员）", response_model=s.Page[s.SupportEntryPublic])
def support_queue(request: Request, session: SessionDep, matcher: MatcherDep, settings: SettingsDep, user: Officer,
                  school: Annotated[str | None, Query(max_length=100, description="学校名称包含"), FilterText] = None,
                  major: Annotated[str | None, Query(max_length=100, description="专业名称包含"), FilterText] = None,
                  offset: Offset = 0, limit: Limit = None,
                  k: Annotated[int, Query(ge=1, le=20, description="每人列出的可报岗位数")] = 3):
    """困难帮扶毕业生名单（仅限就业服务专员），最需要跟进的在前：专员尚未看过推荐也无跟进、专员看过推荐但未跟进（毕业生本人查看自己的推荐不算）、
    距上次跟进最久，已录用的在最后；每人附跟进状态与排名最前的可报岗位。可按学校、专业筛选。
    载入政策清单时，可申领（符合或待核实）而未登记已申请、已发放或未获批的求职创业补贴列于 subsidy_hint。
    读取敏感字段与补贴状态记入审计日志。"""
    return support_list.support_queue(session=session, matcher=matcher, user=user,
                                      filters=GraduateFilters(school=school, major=major), offset=offset,
                                      limit=page_limit(settings, limit), k=k, policies=request.app.state.policies)


@router.get("/subsidy-unclaimed", summary="可申领但未申领求职创业补贴的毕业生", response_model=s.Page[s.SubsidyUnclaimedEntry])
def subsidy_unclaimed(request: Request, session: SessionDep, cache: GraduateCacheDep, settings: SettingsDep,
                      user: Officer,
                      school: Annotated[str | None, Query(max_length=100, description="学校名称包含"), FilterText] = None,
                      major: Annotated[str | None, Query(max_length=100, description="专业名称包含"), FilterText] = None,
                      offset: Offset = 0, limit: Limit = None):
    """可申领求职创业补贴、不在帮扶名单的毕业生（仅限就业服务专员），即办事大厅页面帮扶名单下方一节：
    未登记困难类别（如只获得国家助学贷款），按政策清单可申领（符合或待核实）且未登记已申请、已发放或未获批的，
    按编号排列。可按学校、专业筛选（与名单相同，不区分大小写）。未载入政策清单时为空。
    返回各行所依据的敏感字段与补贴状态记入审计日志。"""
    return support_list.subsidy_unclaimed(session=session, user=user, graduates=cache.get(session=session),
                                          filters=GraduateFilters(school=school, major=major),
                                          policies=request.app.state.policies, offset=offset,
                                          limit=page_limit(settings, limit), verdicts=request.app.state.subsidy_verdicts)


@router.get("/unpushed", summary="尚未推送过任何岗位的困难帮扶毕业生", response_model=s.Page[s.UnpushedEntry])
def unpushed_support(session: SessionDep, settings: SettingsDep, user: Officer,
                     school: Annotated[str | None, Query(max_length=100, description="学校名称包含"), FilterText] = None,
                     major: Annotated[str | None, Query(max_length=100, description="专业名称包含"), FilterText] = None,
                     offset: Offset = 0, limit: Limit = None):
    """困难帮扶名单中还没有任何一条岗位跟进记录（从未推送岗位）的毕业生（仅限就业服务专员），
    专员尚未看过推荐的在前（毕业生本人查看自己的推荐不算）、再按编号排列；只登记过求职创业补贴的也算未推送。每人附完整记录（与 /api/support 相同，
    含民族、身份证号等敏感字段，null 表示未登记）与专员是否已看过其推荐。返回的每位毕业生记入审计日志，写明返回的有值的敏感字段。"""
    return unpushed.unpushed(session=session, user=user, filters=GraduateFilters(school=school, major=major),
                             offset=offset, limit=page_limit(settings, limit))


@report_router.get("", summary="帮扶跟进报表", response_model=s.Page[s.FollowUpReportEntry])
def follow_up_report(session: SessionDep, settings: SettingsDep, user: Officer,
                     since: Annotated[dt.date | None, BeforeValidator(_iso_day), SINCE_SCHEMA, Query(
                         description="只列出该日（北京时间）及以后记录的，写成 YYYY-MM-DD（或 YYYY/MM/DD），如 2026-09-01；留空不按日期筛选；晚于今天时 422")] = None,
                     status: Annotated[FollowUpStatus | None, Query(description="跟进结果")] = None,
                     subsidy: Annotated[SubsidyState | None, Query(description="求职创业补贴办理情况")] = None,
                     school: Annotated[str | None, Query(max_length=100, description="学校名称包含"), FilterText] = None,
                     all_rows: Annotated[bool, Query(description="列出全部记录（默认每个毕业生与岗位只列当前状态）")] = False,
                     waiting: Annotated[bool, Query(description="只列尚无结果的岗位（已推送、已投递、面试中），等待最久的在前；"
                                                              "与已有结果的 status（已录用、未录用、放弃）同用时 422")] = False,
                     graduate_id: Annotated[str | None, Query(max_length=100, description="只列该毕业生的"),
                                            FilterText] = None,
                     offset: Offset = 0, limit: Limit = None):
    """全部毕业生的跟进记录（仅限就业服务专员），供向上级报送：默认每个（毕业生，岗位）只列当前状态
    （最新一条），求职创业补贴为该毕业生最近填写的状态；all_rows=true 列出每一条记录。按毕业生编号、
    记录先后排列；waiting=true 只列尚无结果的岗位，按记录时间由早到晚（等待最久的在前）。读取补贴状态与备注记入审计日志。"""
    filters = ReportFilters(since=since, status=status, subsidy=subsidy, school=school, all_rows=all_rows,
                            waiting=waiting, graduate_id=graduate_id)  # blank: no filter, as school and the page
    return followups.report(session=session, user=user, filters=filters, offset=offset,
                            limit=page_limit(settings, limit))
