"""``/api/me``, ``/api/audit``, ``/api/health``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BeforeValidator

from service.api import request_day
from service.api import schemas as s
from service.api.deps import CurrentUser, Limit, MatcherDep, Offset, Officer, SessionDep, SettingsDep, page_limit
from service.api.problems import AUTH, problem_responses
from service.audit import ACTIONS, RECORD_TYPES
from service.beijing import moment_day
from service.storage import repository as repo

router = APIRouter(prefix="/api", tags=["账号与审计"])


def _iso_8601(value: object) -> object:
    # Pydantic would also read a bare number ("0.5") as a Unix time.
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value.replace("z", "Z"))
        except ValueError:
            raise ValueError(f"应为 ISO 8601 时间，如 2026-09-01T08:00:00+08:00，收到「{value}」") from None
        try:
            # How it is compared with the stored times (a time without an offset is UTC).
            (moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)).astimezone(dt.timezone.utc)
        except OverflowError:
            raise ValueError(f"时间「{value}」换算为 UTC 后超出可表示的范围（公元 1 年至 9999 年）") from None
        return moment
    return value


@router.get("/me", summary="当前登录账号", response_model=s.MePublic, responses=problem_responses(401))
def me(user: CurrentUser):
    """当前登录的账号。"""
    return s.MePublic(id=user.id, name=user.name, role=user.role.value, role_label=user.role.label,
                      graduate_id=user.graduate_id)


@router.get("/audit", summary="审计日志：敏感信息读取与数据修改记录", response_model=s.Page[s.AuditPublic], responses=problem_responses(*AUTH, 422))
def audit_log(session: SessionDep, settings: SettingsDep, user: Officer,
              record_id: Annotated[str | None, Query(
                  max_length=64, description="记录编号：毕业生编号，账号变更记录中为被变更账号的编号；"
                                             "两者可能相同，用 record_type 只看一类")] = None,
              record_type: Annotated[str | None, Query(
                  pattern=f"^({'|'.join(RECORD_TYPES)})$",
                  description="记录类型：" + "、".join(f"{k}（{v}）" for k, v in RECORD_TYPES.items())
                              + "；不填为全部")] = None,
              user_id: Annotated[int | None, Query(ge=1)] = None,
              action: Annotated[str | None, Query(pattern=f"^({'|'.join(ACTIONS)})$")] = None,
              since: Annotated[dt.datetime | None, BeforeValidator(_iso_8601), Query(
                  description="只看此时刻之后的记录，ISO 8601，如 2026-09-01T08:00:00+08:00；不带时区时按 UTC；"
                              "在今天（北京时间）之后的日子时 422")] = None,
              offset: Offset = 0, limit: Limit = None):
    """敏感字段访问审计日志（仅限就业服务专员），最新的在前。since 晚于今天（北京时间）时 422。"""
    if since is not None:
        # A moment on a later day holds no entry yet: an empty list would read as 「nothing read since」.
        request_day.refuse_future_since(moment_day(since), parameter="since")
    size = page_limit(settings, limit)
    rows, total = repo.list_audit(session=session, record_id=record_id, user_id=user_id, action=action, since=since,
                                  record_types=None if record_type is None else (record_type,), offset=offset,
                                  limit=size)
    return s.Page(items=[s.AuditPublic.model_validate(r, from_attributes=True) for r in rows], total=total,
                  offset=offset, limit=size)


@router.get("/health", summary="服务健康检查")
def health(session: SessionDep, matcher: MatcherDep) -> dict:
    """服务状态（无需登录）：数据库可用、索引中的岗位数。"""
    return {"status": "ok", "jobs_indexed": matcher.job_count(), "graduates": repo.count_graduates(session=session),
            **matcher.warm_state}
