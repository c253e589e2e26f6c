"""The ``/audit`` page: the officers' view of the sensitive-field audit log (``GET /api/audit``),
newest first, paged, filtered as the API filters it (graduate, account, action, since a day, record type;
a 毕业生编号 without a record type keeps to graduate records, never an account changed that has the same number).

It reads the log through the API's own query (``repository.list_audit``). An entry names the
fields read, never their values, so showing the log discloses nothing and writes no entry of
its own; graduates are named from the redacted cache (no sensitive field is loaded for it)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request

from service.api import request_day
from service.api.deps import GraduateCacheDep, SessionDep
from service.api.page_kit import PAGE_SIZE, error_page, form_day, page_user, render, to_login
from service.api.problems import ApiProblem
from service.audit import ACTIONS, COMMAND_LINE_ROLE, GRADUATE_RECORD_TYPES, RECORD_TYPES
from service.auth import Role
from service.beijing import day_start
from service.storage import repository as repo

router = APIRouter(include_in_schema=False)

#: The audited fields (``features.records.SENSITIVE_GRADUATE_FIELDS`` and the follow-up record's
#: ``service.outcomes.SENSITIVE_FOLLOW_UP_FIELDS``) by the names the graduate's page gives them.
FIELD_LABELS = {"ethnicity": "民族", "hardship": "困难类别", "hardship_groups": "困难细分类别",
                "student_loan": "国家助学贷款", "id_number": "身份证号", "phone": "联系电话",
                "subsidy": "求职创业补贴", "note": "跟进备注"}
ROLE_LABELS = {**{r.value: r.label for r in Role}, COMMAND_LINE_ROLE: "命令行"}


def _account(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 2**31 - 1:
        raise ApiProblem(422, f"账号编号「{text}」无效：请填写正整数（点击记录中的查阅人可只看其记录），或留空查看全部账号")
    return int(text)


def _action(text: str) -> str | None:
    if not text:
        return None
    if text not in ACTIONS:
        raise ApiProblem(422, f"操作「{text}」无效：请从列表中选择（{'、'.join(ACTIONS.values())}），或选「全部」")
    return text


def _record_types(text: str, record_id: str) -> tuple[str, ...] | None:
    """The types the page lists: the one asked for (the 「只看此账号」 link asks for ``account``);
    else, with a 毕业生编号, a graduate's records only (account #3 is not graduate "3"); else all."""
    if text:
        if text not in RECORD_TYPES:
            raise ApiProblem(422, f"记录类型「{text}」无效：应为{'、'.join(RECORD_TYPES)}之一，或留空")
        return (text,)
    return GRADUATE_RECORD_TYPES if record_id else None


def _since(text: str) -> dt.datetime | None:
    """A day of the form's date field: the entries from its Beijing midnight on; a day after
    today is refused (422), as the follow-up record's 起始日期 is."""
    day = form_day(text)
    request_day.refuse_future_since(day)
    return None if day is None else day_start(day)


@router.get("/audit")
def audit_page(request: Request, session: SessionDep, cache: GraduateCacheDep,
               record_id: Annotated[str, Query(max_length=64)] = "", user_id: Annotated[str, Query(max_length=20)] = "",
               action: Annotated[str, Query(max_length=20)] = "", since: Annotated[str, Query(max_length=20)] = "",
               record_type: Annotated[str, Query(max_length=20)] = "",
               page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    user = page_user(request, session)
    if user is None:
        return to_login()
    try:
        if user.role is not Role.OFFICER:
            raise ApiProblem(403, "只有就业服务专员可以查看敏感信息访问审计日志")
        rows, total = repo.list_audit(session=session, record_id=record_id.strip() or None, user_id=_account(user_id),
                                      action=_action(action), since=_since(since),
                                      record_types=_record_types(record_type.strip(), record_id.strip()),
                                      offset=(page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    except ApiProblem as problem:
        return error_page(request, user, problem, back="/audit")
    filters = {"record_id": record_id.strip(), "record_type": record_type.strip(), "user_id": user_id.strip(),
               "action": action, "since": since.strip()}
    kept = {k: v for k, v in filters.items() if v}
    pages = max(1, -(-total // PAGE_SIZE))
    # A change of "" drops that filter (「只看此人」 drops the record_type an account link set).
    link = lambda n, **change: "/audit?" + urlencode(  # noqa: E731
        {k: v for k, v in {**kept, **change}.items() if v != ""} | {"page": n})
    names = {g.id: g.name for g in cache.redacted(session=session)}
    return render(request, "audit.html", user, rows=rows, total=total, page=page, pages=pages, filters=filters,
                  filtered=bool(kept), link=link, names=names, actions=ACTIONS, field_labels=FIELD_LABELS,
                  role_labels=ROLE_LABELS)
