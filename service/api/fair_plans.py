"""The proposed small fairs of ``GET /api/fairs`` and the ``/fairs`` page: size rules from
the query, and the plan over every stored job and the graduates' redacted copies."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matching.fairs import FairBy, FairLimits, FairLimitsError, FairPlan
from service.api import schemas as s
from service.api.caches import GraduateCache
from service.api.matching import Matcher
from service.api.problems import ApiProblem, forbidden
from service.auth import Role, User


def fair_limits(**values) -> FairLimits:
    """The size rules of a fair plan; a contradictory set (more positions required than a
    fair may hold) is the client's mistake, named by its query parameters."""
    try:
        return FairLimits(**values)
    except FairLimitsError as error:
        names = "、".join(f"「{name}」" for name in error.fields)
        raise ApiProblem(422, f"查询参数{names}：{error}", errors=[
            {"loc": ["query", name], "type": "value_error", "message": str(error)} for name in error.fields]) from None


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
