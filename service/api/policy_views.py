"""The policy list (政策清单) in the service: loaded once when the app is created (a bad file
stops start-up, naming file, row and column), listed at ``GET /api/policies`` and checked
for one graduate at ``GET /api/graduates/{id}/policies`` and on the graduate's page.

A graduate's verdicts are computed on the full record, as their own recommendations are,
so the graduate themself and officers may see them; organisers may not (a verdict on a
hardship subsidy tells the graduate's hardship). Reasons that rest on a sensitive field are
written to the audit log (action ``policies``) in the request's transaction.

Verdicts are judged on the day of the request in Beijing (``service.engine.DailyRulesEngine``):
a policy is 已截止 the day after its deadline, and the 毕业年度 window moves at New Year,
without restarting the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy.orm import Session

from matching.policies import PolicyMatch, graduate_policies
from matching.verdict import Status
from service import audit
from service.api import schemas as s
from service.api.answers import reasons_for
from service.api.caches import GraduateCache
from service.api.problems import forbidden
from service.api.services import get_graduate
from service.api.withheld import judged_for
from service.auth import Role, User
from service.engine import Clock, DailyRulesEngine, beijing_today, load_rules_engine
from service.policy_file import PolicyList, read_policies
from service.settings import Settings

NOT_LOADED = "未载入政策清单：启动服务时未指定政策文件（jobmatch serve --policies 文件 或环境变量 JOBMATCH_POLICIES）"


@dataclass(frozen=True, slots=True)
class PolicyState:
    """The loaded list and the rules engine that checks it, on the service's day; both
    ``None`` without a file."""

    policies: PolicyList | None = None
    engine: DailyRulesEngine | None = None


def load_policy_state(settings: Settings, *, clock: Clock | None = None) -> PolicyState:
    """Read ``settings.policies`` (raises ``JobmatchError`` subclasses on a bad file).
    ``clock`` gives the service's day (default: ``beijing_today``)."""
    if settings.policies is None:
        return PolicyState()
    clock = clock or beijing_today
    # The limit of these settings, not of a ``Settings()`` read again from the environment.
    return PolicyState(policies=read_policies(settings.policies, max_bytes=settings.max_body_bytes),
                       engine=DailyRulesEngine(load_rules_engine(clock()), clock=clock))


def _policy_public(policy) -> s.PolicyPublic:
    from service.policy_report import policy_dict

    data = policy_dict(policy)
    data["id"] = data.pop("policy_id")
    return s.PolicyPublic.model_validate(data)


def policy_list(*, state: PolicyState) -> s.PolicyListPublic:
    if state.policies is None:
        return s.PolicyListPublic(loaded=False, message=NOT_LOADED, total=0, items=[])
    items = [_policy_public(p) for p in state.policies.policies]
    # The file's name only: where it lies on the server is no business of the users'.
    return s.PolicyListPublic(loaded=True, source=PurePath(state.policies.source).name, total=len(items), items=items)


def for_graduate(*, session: Session, cache: GraduateCache | None, user: User, graduate_id: str,
                 state: PolicyState) -> s.GraduatePoliciesPublic:
    """Every policy's verdict for one graduate: the graduate themself and officers only."""
    if user.role is Role.ORGANISER:
        raise forbidden("招聘活动组织者不能查看毕业生的政策核对结果（其中涉及困难类别等敏感信息）")
    # 404 for another graduate; the graduate's own verdicts on the record without the officers' fields
    # (no 「您登记为获得国家助学贷款」, no category named): 待核实 where a policy asks for them
    graduate = judged_for(user, get_graduate(session=session, user=user, graduate_id=graduate_id, cache=cache))
    if state.policies is None:
        return s.GraduatePoliciesPublic(graduate_id=graduate.id, loaded=False, message=NOT_LOADED, eligible=[],
                                        needs_review=[], not_eligible=[])
    result = graduate_policies(state.engine.today(), graduate, state.policies.policies)
    if audit.record_disclosures(session=session, user=user, disclosed=[(graduate.id, result.discloses())],
                                action="policies"):
        session.commit()
    by_id = {p.id: p for p in state.policies.policies}

    def shown(matches: tuple[PolicyMatch, ...]) -> list[s.PolicyVerdictPublic]:
        return [s.PolicyVerdictPublic(policy=_policy_public(by_id[m.policy_id]), status=m.status.value,
                                      status_label=m.status.label,
                                      reasons=reasons_for(user, m.reasons, graduate, by_id[m.policy_id]))
                for m in matches]

    return s.GraduatePoliciesPublic(
        graduate_id=graduate.id, loaded=True, eligible=shown(result.with_status(Status.ELIGIBLE)),
        needs_review=shown(result.with_status(Status.NEEDS_REVIEW)),
        not_eligible=shown(result.with_status(Status.NOT_ELIGIBLE)),
    )


def page_section(*, request, session: Session, user: User, graduate_id: str) -> s.GraduatePoliciesPublic | None:
    """The graduate page's 「可申请的政策」: ``None`` (no section) for organisers."""
    if user.role is Role.ORGANISER:
        return None
    state: PolicyState = request.app.state.policies
    return for_graduate(session=session, cache=request.app.state.graduate_cache, user=user, graduate_id=graduate_id,
                        state=state)
