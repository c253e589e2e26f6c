"""Which listed graduate may claim a 求职创业补贴 and has not: the officers' list (``/officer``,
``/api/support``) says so beside the graduate, since the regional plan asks officers to follow
up on the subsidy as well as on jobs, and a state is recorded only once someone thought of it.

The policies are those of the loaded list that ``is_job_seeking_subsidy`` (P01 一次性求职创业补贴
in samples/policies.csv); the verdict is the policy engine's (``matching.policies``), on the
full record, as on the graduate's page. A graduate is hinted at when the verdict is 符合 or
待核实 and the newest recorded subsidy state is none or 未申请 (已申请 and 已发放 are in hand; 未获批 closes
it too, until the graduate re-applies and it reads 已申请).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from features.policies import Policy
from features.records import Graduate
from matching.policies import check_policy
from matching.rules import RulesEngine
from matching.verdict import Status
from service.outcomes import SUBSIDY_CLOSED

#: 求职 … 补贴/补助: the names regions give the one subsidy the follow-up record's state is about
#: (「一次性求职创业补贴」「求职创业补贴（残疾人）」「求职补贴」, 求职补贴 being its name before 2016).
#: 「一次性创业补贴」 (for starting a business) and 「就业见习补贴」 say no 求职 and are other subsidies.
_SUBSIDY = re.compile(r"求职(?:创业)?(?:补贴|补助)")
#: A name ending so is a document about the subsidy (「求职创业补贴申领指南」), not the policy: its
#: conditions are usually left empty, which would hint the subsidy to every graduate listed.
_DOCUMENT = re.compile(r"(?:指南|须知|流程|通知|公告|问答|解读|申请表|细则)$")
_CLAIMABLE = (Status.ELIGIBLE, Status.NEEDS_REVIEW)
#: Applied, paid or refused (``outcomes.SUBSIDY_CLOSED``): no reminder.
_IN_HAND = frozenset(s.value for s in SUBSIDY_CLOSED)


@dataclass(frozen=True, slots=True)
class SubsidyHint:
    """「可申领：一次性求职创业补贴（符合）— 尚未登记申领」. ``recorded``: the newest state
    recorded (``None`` or 未申请); ``discloses``: sensitive fields the verdict rests on (to audit)."""

    policy_id: str
    policy_name: str
    status: Status
    recorded: str | None
    discloses: tuple[str, ...]


def _bare(text: str | None) -> str:
    """The text without blanks and bracketed qualifiers (「（残疾人）」), which name no document."""
    return re.sub(r"[（(][^）)]*[）)]", "", re.sub(r"\s+", "", text or ""))


def is_job_seeking_subsidy(policy: Policy) -> bool:
    """Whether ``policy`` is the 求职创业补贴: its 类别 says so (a list whose 类别 column is
    「求职创业补贴」 may name the policy anyhow), or its name does. A broader 类别 such as the
    samples' 「就业补贴」 (also 吸纳就业补贴, 见习补贴 elsewhere) decides nothing; the name then does."""
    name = _bare(policy.name)
    if _DOCUMENT.search(name):
        return False
    return _SUBSIDY.search(_bare(policy.category)) is not None or _SUBSIDY.search(name) is not None


def subsidy_policies(policies: Sequence[Policy]) -> tuple[Policy, ...]:
    return tuple(p for p in policies if is_job_seeking_subsidy(p))


def claimable(engine: RulesEngine, graduate: Graduate, policies: Sequence[Policy]) -> SubsidyHint | None:
    """The first of ``policies`` (``subsidy_policies``) that ``graduate`` may claim, 符合 before
    待核实, whatever was recorded (``recorded`` is ``None``): the verdict alone, which depends on
    the record, the day and the list only, so that ``support_list`` may keep it across views."""
    matches = [check_policy(engine, graduate, p) for p in policies]
    for status in _CLAIMABLE:
        for policy, match in zip(policies, matches):
            if match.status is status:
                return SubsidyHint(policy.id, policy.name, status, None, match.discloses)
    return None


def still_unclaimed(hint: SubsidyHint | None, recorded: str | None) -> SubsidyHint | None:
    """``hint`` (from ``claimable``) as it stands with ``recorded``, the newest subsidy state
    recorded: none once it was applied for or paid."""
    if hint is None or recorded in _IN_HAND:
        return None
    return hint if recorded is None else replace(hint, recorded=recorded)


def unclaimed(engine: RulesEngine, graduate: Graduate, policies: Sequence[Policy],
              recorded: str | None) -> SubsidyHint | None:
    """The first of ``policies`` (``subsidy_policies``) that ``graduate`` may claim, 符合 before
    待核实, unless the recorded state says it was applied for or paid."""
    if recorded in _IN_HAND:
        return None
    return still_unclaimed(claimable(engine, graduate, policies), recorded)
