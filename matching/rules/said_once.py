"""Conditions of one kind a graduate reads once, as a careful clerk would write them.

Tables state a requirement twice in other words (学历要求 大专及以上, 备注 本科及以上; 学位要求 学士及
以上, 其他要求 取得相应学位; 服务年限不少于3年；最低服务期5年) or list certificates one by one, and a
reason per condition read 「学位符合：…；…；学位符合：…」 or two 「证书待核实」 lines (sample: 70 rows
with two or more 证书待核实, 37 with two 学位符合, 17 with two 服务年限 among 7,500 suggestions).

Every condition is still checked and kept in ``Verdict.results`` with its own reason (guidance
counts each certificate by its topic); the first of a group carries what is said for it
(``ConditionResult.said_as``), the others are ``folded`` and ``Verdict.reasons`` leaves them out. Only reasons of one status fold together, and a refusal never
folds: a not-eligible verdict names every failed condition.

- **Met conditions of one kind** (学历、学位): the reason of the one that asks this graduate the
  most is said, where the first of them was: the higher level or degree; on a tie the more specific (a range
  with an upper end, 仅限本科, over 本科及以上; 与学历相对应的学位, which asks each graduate for the
  degree of their own level, over 学士及以上). The weaker one is implied by it. One asked of a group
  no record tells (公费师范生, 退伍士兵) is said only where no requirement of every applicant is.
- **Service terms** (服务年限): a commitment, never a refusal; the longer binds (an employer who
  wrote 3 and 5 years holds the graduate to 5), said once. ``jobmatch check-jobs`` flags the post
  (``matching.job_checks``) so the employer states one term.
- **Certificates to confirm** (证书待核实 of the job's own, not of one named post): one reason
  naming them all, 「证书待核实：岗位要求普通话二级甲等及以上、教师资格证，请核实是否已取得」; those of
  some applicants after a 「，」 (「…教师资格证，研究生须具有大学英语六级，请核实…」).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from features.education import Degree
from features.records import Graduate
from matching.rules.checks import _DEGREE_OF_LEVEL  # the degree each level confers, as the degree check reads it
from matching.rules.conditions import CertificateCond, Condition, DegreeCond, EducationCond, Kind, ServiceYearsCond
from matching.verdict import ConditionResult, Status

def said_once(conds: Sequence[Condition], results: Sequence[ConditionResult], graduate: Graduate) -> list[ConditionResult]:
    """``results`` (one per condition of ``conds``, in order) with each group above said once: by
    its first result (``said_as``), the others ``folded``. Results of one condition a kind, and
    refusals, are returned as they are."""
    groups: dict[Kind, list[int]] = {}
    for i, (c, r) in enumerate(zip(conds, results)):
        if r.status is _GROUPED.get(c.kind) and (c.kind is not Kind.CERTIFICATE or c.payload.post is None):
            groups.setdefault(c.kind, []).append(i)
    out = list(results)
    if all(len(members) < 2 for members in groups.values()):  # the common case: one condition a kind
        return out
    for kind, members in groups.items():
        if len(members) < 2:
            continue
        first = members[0]
        if kind is Kind.CERTIFICATE:
            said = f"证书待核实：岗位要求{_certificates([conds[i].payload for i in members])}，请核实是否已取得"
        else:
            # ``max`` keeps the first of equals: on a full tie, the condition stated first.
            said = results[max(members, key=lambda i: _WEIGHTS[kind](conds[i].payload, graduate))].reason
        out[first] = replace(results[first], said_as=said)
        for i in members[1:]:
            out[i] = replace(results[i], folded=True)
    return out


def _certificates(asked: Sequence[CertificateCond]) -> str:
    """The certificates as ``checks._certificate`` asks for one (岗位要求…): those of every
    applicant first, then those of some (应届本科毕业生须具有教师资格证、普通话等级证书), each named once
    (one every applicant must hold is not asked again of some). Groups are parted by 「，」: after
    「、」 the next group's last certificate read as asked of every applicant (「…普通话二级乙等及以上、
    应届本科毕业生须具有教师资格证、普通话等级证书」, gkld 13540036)."""
    by_scope: dict[str | None, list[str]] = {}
    for p in sorted(asked, key=lambda p: p.scope is not None):  # stable: the job's order within each
        names = by_scope.setdefault(p.scope, [])
        if p.name not in names and (p.scope is None or p.name not in by_scope.get(None, ())):
            names.append(p.name)
    return "，".join(f"{scope}须具有{'、'.join(names)}" if scope else "、".join(names)
                    for scope, names in by_scope.items() if names)


def _education_weight(p: EducationCond, g: Graduate) -> tuple:
    """The higher minimum; on a tie the narrower range (仅限本科 over 本科及以上). 学历不限 asks least.
    One asked of a group no record tells (退伍士兵) comes after every one asked of all applicants:
    its met reason does not name the group, and said alone it would read as the job's."""
    req = p.requirement
    if req.any_level or req.minimum is None:
        return (p.scope is None, -1, 0)
    return (p.scope is None, int(req.minimum), -int(req.maximum) if req.maximum is not None else -999)


def _degree_weight(p: DegreeCond, g: Graduate) -> tuple:
    """The degree asked of this graduate (a requirement for other levels only asks nothing); on a
    tie 与学历相对应的学位, never the weaker of the two for any graduate who meets the education.
    One asked of a group no level tells (公费师范生须取得学士学位) may not concern the graduate at all,
    so it comes after every one asked of all applicants: said for them, 「岗位要求公费师范生须取得…」
    read as if only that group needed a degree (user review)."""
    if p.scope_levels and g.education not in p.scope_levels:
        return (False, -1, False)
    asked = _DEGREE_OF_LEVEL.get(g.education, Degree.NONE) if p.matching_level else (p.minimum or Degree.NONE)
    return (p.scope is None or bool(p.scope_levels), int(asked), p.matching_level)


def _service_weight(p: ServiceYearsCond, g: Graduate) -> int:
    return p.years


#: How much a met condition of a kind asks of the graduate: the highest is said.
_WEIGHTS: dict[Kind, Callable[..., object]] = {
    Kind.EDUCATION: _education_weight, Kind.DEGREE: _degree_weight, Kind.SERVICE_YEARS: _service_weight,
}
#: The kinds said once, and the status their conditions fold at (a refusal never folds).
_GROUPED: dict[Kind, Status] = {
    Kind.EDUCATION: Status.ELIGIBLE, Kind.DEGREE: Status.ELIGIBLE, Kind.SERVICE_YEARS: Status.ELIGIBLE,
    Kind.CERTIFICATE: Status.NEEDS_REVIEW,
}
