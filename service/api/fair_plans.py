"""The proposed small fairs of ``GET /api/fairs`` and the ``/fairs`` page: size rules from
the query, and the plan over every stored job and the graduates' redacted copies."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query
from sqlalchemy.orm import Session

from matching.fairs import FairBy, FairLimits, FairLimitsError, FairPlan
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem, forbidden
from service.auth import Role, User


@dataclass(frozen=True, slots=True)
class SizeField:
    """A size rule a person sets, as ``GET /api/fairs`` and the ``/fairs`` form both take it:
    whole numbers from 1 to ``high``, ``default`` when not given."""

    label: str  # the form's label, which names the field in the page's messages
    description: str  # the API's description of the query parameter
    high: int
    default: int


_DEFAULTS = FairLimits()
#: The one source of the size rules' bounds and defaults (the defaults are ``FairLimits``'s own).
SIZE_FIELDS = {name: SizeField(label, description, high, getattr(_DEFAULTS, name)) for name, label, description, high in (
    ("max_employers", "每场最多单位", "每场最多用人单位数", 100),
    ("max_positions", "每场最多岗位", "每场最多岗位数", 200),
    ("min_positions", "成场最少岗位", "成场最少岗位数", 200),
    ("min_graduates", "成场最少毕业生", "成场最少毕业生人数", 10_000))}


def size_query(name: str):
    """The API's query parameter for the size rule ``name``, with its bounds."""
    return Query(ge=1, le=SIZE_FIELDS[name].high, description=SIZE_FIELDS[name].description)


def fair_limits(*, by_label: bool = False, **values) -> FairLimits:
    """The size rules of a fair plan; a contradictory set (more positions required than a
    fair may hold) is the client's mistake, named by its query parameters, or by the form's
    labels (``by_label``)."""
    try:
        return FairLimits(**values)
    except FairLimitsError as error:
        names = ("、".join(SIZE_FIELDS[name].label for name in error.fields) if by_label
                 else "查询参数" + "、".join(f"「{name}」" for name in error.fields))
        raise ApiProblem(422, f"{names}：{error}", errors=[
            {"loc": ["query", name], "type": "value_error", "message": str(error)} for name in error.fields]) from None


def form_limits(form: dict[str, str]) -> FairLimits:
    """The ``/fairs`` form's size fields read as a person typed them: a field left empty, not a whole
    number, out of bounds, or contradicting another is named by its label (422; ``errors`` lists the
    fields at fault), not by its query parameter as the API names it."""
    values, wrong = {}, []
    for name, field in SIZE_FIELDS.items():
        text = form[name].strip()
        if text.isascii() and text.isdigit() and 1 <= int(text) <= field.high:
            values[name] = int(text)
        else:
            wrong.append((name, f"{field.label}：请填写 1–{field.high} 之间的整数" + (f"（填的是「{text}」）" if text else "")))
    if wrong:
        raise ApiProblem(422, "；".join(m for _, m in wrong),
                         errors=[{"loc": ["query", n], "type": "value_error", "message": m} for n, m in wrong])
    return fair_limits(by_label=True, **values)


def fair_plan(*, session: Session, matcher: Matcher, cache: GraduateCache, user: User, by: FairBy, limits: FairLimits,
              k: int) -> s.FairPlanPublic:
    """Small industry- or major-specialised fairs over every stored job and graduate.

    Officers and organisers get the same plan, computed on the graduates' redacted copies
    (``redact``): no place in a fair rests on ethnicity, disability or hardship (such
    conditions read 待核实), so nothing in it needs an audit entry."""
    from service import fair_report

    if user.role is Role.GRADUATE:
        raise forbidden("毕业生账号不能查看招聘会方案")
    graduates = cache.redacted(session=session)
    plan = matcher.fair_plan(graduates, by=by, limits=limits, k=k)
    if plan is None:
        plan = FairPlan(by=by, limits=limits, fairs=(), dropped=(), notes=("还没有岗位，无法提出招聘会方案",),
                        unthemed_positions=(), positions_total=0, graduates_total=len(graduates))
    return s.FairPlanPublic.model_validate(fair_report.plan_dict(plan, {g.id: g for g in graduates}))
