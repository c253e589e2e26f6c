"""Which listed graduate may claim a 求职创业补贴 and has not: the officers' list (``/officer``,
``/api/support``) says so beside the graduate, since the regional plan asks officers to follow
up on the subsidy as well as on jobs, and a state is recorded only once someone thought of it.

The policies are those of the loaded list whose name says 求职创业补贴 (P01 一次性求职创业补贴
in samples/policies.csv); the verdict is the policy engine's (``matching.policies``), on the
full record, as on the graduate's page. A graduate is hinted at when the verdict is 符合 or
待核实 and the newest recorded subsidy state is none or 未申请 (已申请 and 已发放 are in hand).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from features.policies import Policy
from features.records import Graduate
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.outcomes import SubsidyState

#: What a policy's name says when the follow-up record's 求职创业补贴 state is about it.
SUBSIDY_NAME = "求职创业补贴"
_CLAIMABLE = (Status.ELIGIBLE, Status.NEEDS_REVIEW)
_IN_HAND = frozenset({SubsidyState.APPLIED.value, SubsidyState.PAID.value})


@dataclass(frozen=True, slots=True)
class SubsidyHint:
    """「可申领：一次性求职创业补贴（符合）— 尚未登记申领」. ``recorded``: the newest state
    recorded (``None`` or 未申请); ``discloses``: sensitive fields the verdict rests on (to audit)."""

    policy_id: str
    policy_name: str
    status: Status
    recorded: str | None
    discloses: tuple[str, ...]


def subsidy_policies(policies: Sequence[Policy]) -> tuple[Policy, ...]:
    return tuple(p for p in policies if SUBSIDY_NAME in p.name)


def unclaimed(engine: RulesEngine, graduate: Graduate, policies: Sequence[Policy],
              recorded: str | None) -> SubsidyHint | None:
    """The first of ``policies`` (``subsidy_policies``) that ``graduate`` may claim, 符合 before
    待核实, unless the recorded state says it was applied for or paid."""
    if recorded in _IN_HAND:
        return None
    matches = [check_policy(engine, graduate, p) for p in policies]
    for status in _CLAIMABLE:
        for policy, match in zip(policies, matches):
            if match.status is status:
                return SubsidyHint(policy.id, policy.name, status, recorded, match.discloses)
    return None
