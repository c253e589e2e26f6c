"""Conditions of one kind a graduate reads once, as a careful clerk would write them.

Tables state a requirement twice in other words (学历要求 大专及以上, 备注 本科及以上; 学位要求 学士及
以上, 其他要求 取得相应学位; 服务年限不少于3年；最低服务期5年) or list certificates one by one, and a
reason per condition read 「学位符合：…；…；学位符合：…」 or two 「证书待核实」 lines (sample: 70 rows
with two or more 证书待核实, 37 with two 学位符合, 17 with two 服务年限 among 7,500 suggestions).

Every condition is still checked and kept in ``Verdict.results`` with its own reason (guidance
counts each certificate by its topic); the first of a group carries what is said for it
(``ConditionResult.said_as``), the others are ``folded`` and ``Verdict.reasons`` leaves them out. Only reasons of one status fold together (but a
restated 户籍 into its refusal, and a major refusal restating an education one, below), and no other refusal folds: a
not-eligible verdict names every failed condition.

- **Met conditions of one kind** (学历、学位): the reason of the one that asks this graduate the
  most is said, where the first of them was: the higher level or degree; on a tie the more specific (a range
  with an upper end, 仅限本科, over 本科及以上; 与学历相对应的学位, which asks each graduate for the
  degree of their own level, over 学士及以上). The weaker one is implied by it. Two education bounds
  from either side (大专及以上, 本科及以下) are said as the range they leave (大专至本科). One asked of a group
  no record tells (公费师范生, 退伍士兵) is said only where no requirement of every applicant is.
- **Service terms** (服务年限): a commitment, never a refusal; the longer binds (an employer who
  wrote 3 and 5 years holds the graduate to 5), said once. ``jobmatch check-jobs`` flags the post
  (``matching.job_checks``) so the employer states one term.
- **Met age limits** (年龄符合): a limit stated twice (年龄要求 40周岁以下（1980年11月30日以后出生）,
  备注 年龄40周岁以下) or once for all and once for the graduate's group (18至30周岁…，硕士、博士研究生
  放宽至35周岁; 备注 大专生、本科生18至30周岁) is said once, by the one that binds: every age it
  admits for this graduate the other admits too (``_age_implies``). Limits whose scopes or
  relaxations leave that open (a 40-year relaxation for 职称 holders the record cannot tell) stay
  apart; of two equal, the first stated is said. A met limit a refused one implies (35周岁以下 beside 「年龄不得放宽，
  30周岁以下」 to a graduate of 32) is folded: the refusal says the binding limit.
- **A hukou requirement restated** (户籍地 「北京市常住户口；详见备注」 and the 备注 that spells the
  exception out; 户籍地 「台山市长塘村户籍」, 备注 「长塘村户籍」): a 待核实 one whose places the other names
  (equal, or the end of one: 长塘村 of 台山市长塘村) and whose exceptions it states too (or only points to
  备注) is folded into that other, of its status or 不符合: one cause, said once (a met one likewise into a met one).
  Where both restate each other, the first is said.
- **A major refusal that only restates the level** (「专业不符：岗位只列出本科专业（本科：…），该毕业生的学历为硕士」
  beside 「学历不符：岗位要求本科…」): the post's list names no major of the graduate's level, which the education
  refusal already says (its level is not admitted); folded into it, one cause said once. A major refusal of the
  graduate's own level's list (their major is not on it) says more and stays.
- **Certificates to confirm** (证书待核实 of the job's own, not of one named post): one reason
  naming them all, 「证书待核实：岗位要求普通话二级甲等及以上、教师资格证，请核实是否已取得」; those of
  some applicants after a 「，」 (「…教师资格证，研究生须具有大学英语六级，请核实…」).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from features.education import Degree, EducationRequirement
from features.own_major import own_study_level
from features.records import Graduate
from matching.rules.age_groups import own_group
from matching.rules.checks import _DEGREE_OF_LEVEL  # the degree each level confers, as the degree check reads it
from matching.rules.conditions import (
    AgeCond, AgeRelaxation, CertificateCond, Condition, DegreeCond, EducationCond, HukouCond, Kind, ServiceYearsCond,
)
from matching.rules.majors import own_level_refs
from matching.verdict import ConditionResult, Status

def said_once(conds: Sequence[Condition], results: Sequence[ConditionResult], graduate: Graduate) -> list[ConditionResult]:
    """``results`` (one per condition of ``conds``, in order) with each group above said once: by
    its first result (``said_as``), the others ``folded``. Results of one condition a kind, and
    refusals (but a restated 户籍, and a major refusal restating an education one), are returned as they are."""
    results = _fold_met_ages_a_refusal_says(conds, _fold_level_only_majors(conds, _fold_restated_hukou(conds, results),
                                                                          graduate), graduate)
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
        if kind is Kind.AGE:
            _say_binding_ages([conds[i].payload for i in members], members, results, out, graduate)
            continue
        if kind is Kind.CERTIFICATE:
            said = f"证书待核实：岗位要求{_certificates([conds[i].payload for i in members])}，请核实是否已取得"
        else:
            # ``max`` keeps the first of equals: on a full tie, the condition stated first.
            said = results[max(members, key=lambda i: _WEIGHTS[kind](conds[i].payload, graduate))].reason
            if kind is Kind.EDUCATION:
                said = _education_range([conds[i].payload for i in members], graduate) or said
        out[first] = replace(results[first], said_as=said)
        for i in members[1:]:
            out[i] = replace(results[i], folded=True)
    return out


def _fold_met_ages_a_refusal_says(conds: Sequence[Condition], results: Sequence[ConditionResult],
                                  graduate: Graduate) -> Sequence[ConditionResult]:
    """``results`` with each met age limit folded that a refused one implies (``_age_implies``): 年龄要求 35周岁以下
    and 备注 「年龄不得放宽，30周岁以下」 to a graduate of 32 say the binding 30 once, refused, not also 「年龄符合：
    岗位要求35周岁以下」 beside it."""
    ages = [i for i, c in enumerate(conds) if c.kind is Kind.AGE]
    refused = [i for i in ages if results[i].status is Status.NOT_ELIGIBLE]
    if not refused or len(ages) < 2:
        return results
    out = list(results)
    for i in ages:
        if results[i].status is Status.ELIGIBLE and any(_age_implies(conds[j].payload, conds[i].payload, graduate)
                                                        for j in refused):
            out[i] = replace(results[i], folded=True)
    return out


def _fold_restated_hukou(conds: Sequence[Condition], results: Sequence[ConditionResult]) -> Sequence[ConditionResult]:
    """``results`` with each 待核实 or met hukou result that another hukou condition restates (``_restates``) folded."""
    hukou = [i for i, c in enumerate(conds) if c.kind is Kind.HUKOU]
    if len(hukou) < 2:
        return results
    out = list(results)
    for i in hukou:
        if results[i].status is Status.NOT_ELIGIBLE:
            continue
        a = conds[i].payload
        if any(j != i and not out[j].folded and results[j].status in (results[i].status, Status.NOT_ELIGIBLE)
               and _restates(a, conds[j].payload)
               and (results[j].status is not results[i].status or not _restates(conds[j].payload, a) or j < i)
               for j in hukou):
            out[i] = replace(results[i], folded=True)
    return out


def _fold_level_only_majors(conds: Sequence[Condition], results: Sequence[ConditionResult],
                            graduate: Graduate) -> Sequence[ConditionResult]:
    """``results`` with each major refusal of a list naming only other levels' majors (``_other_levels_only``)
    folded where an education requirement refuses the graduate: 「学历不符」 already says the level is not
    admitted, and 「专业不符：岗位只列出本科专业…，您的学历为硕士」 adds nothing a graduate could act on."""
    if not any(c.kind is Kind.EDUCATION and r.status is Status.NOT_ELIGIBLE for c, r in zip(conds, results)):
        return results
    return [replace(r, folded=True) if c.kind is Kind.MAJOR and r.status is Status.NOT_ELIGIBLE
            and _other_levels_only(c.payload.requirement, graduate) else r for c, r in zip(conds, results)]


def _other_levels_only(req, graduate: Graduate) -> bool:
    """Every major the list names is stated for a level other than the graduate's (``MajorChecker.decide``'s
    「岗位只列出…专业」): the refusal is of the level, not of the graduate's major."""
    level = own_study_level(graduate)
    return level is not None and not req.unrestricted and bool(req.refs) and not own_level_refs(req, level)


#: An exception that only sends the reader elsewhere (「详见备注」): it adds nothing the 备注's own condition does not say.
_POINTER = re.compile(r"(?:详|具体)?见(?:备注|公告|招聘公告|简章|招聘简章)[。.]?")


def _restates(a: HukouCond, b: HukouCond) -> bool:
    """``b`` says all ``a`` says: the same ways in (户籍, 生源, outside), each place of ``a`` one of ``b``'s or the end of
    one (长塘村 of 台山市长塘村), each exception of ``a`` one of ``b``'s or a pointer to 备注."""
    return ((a.origin, a.hukou, a.outside) == (b.origin, b.hukou, b.outside)
            and all(any(q == p or (q.endswith(p) and len(p) >= 2) for q in b.places) for p in a.places)
            and all(e in b.exceptions or _POINTER.fullmatch(e.strip()) for e in a.exceptions))


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


def _education_range(met: Sequence[EducationCond], g: Graduate) -> str | None:
    """Two met requirements of every applicant bounding the level from both sides (大专及以上 and
    本科及以下) said as the range they leave, 「学历符合：岗位要求大专至本科，…」: the one the weights
    pick names one bound only. ``None`` when one of them already states the range."""
    bounded = [p.requirement for p in met if p.scope is None and not p.requirement.any_level
               and p.requirement.minimum is not None]
    if g.education is None or len(bounded) < 2:
        return None
    highest = max(r.minimum for r in bounded)
    uppers = [r.maximum for r in bounded if r.maximum is not None]
    both = EducationRequirement(minimum=highest, maximum=min(uppers) if uppers else None)
    if any((r.minimum, r.maximum) == (both.minimum, both.maximum) for r in bounded):
        return None
    return f"学历符合：岗位要求{both.describe()}，您的学历为{g.education.label}"


def _service_weight(p: ServiceYearsCond, g: Graduate) -> int:
    return p.years


#: How much a met condition of a kind asks of the graduate: the highest is said.
_WEIGHTS: dict[Kind, Callable[..., object]] = {
    Kind.EDUCATION: _education_weight, Kind.DEGREE: _degree_weight, Kind.SERVICE_YEARS: _service_weight,
}
#: The kinds said once, and the status their conditions fold at (a refusal never folds).
_GROUPED: dict[Kind, Status] = {
    Kind.EDUCATION: Status.ELIGIBLE, Kind.DEGREE: Status.ELIGIBLE, Kind.SERVICE_YEARS: Status.ELIGIBLE,
    Kind.CERTIFICATE: Status.NEEDS_REVIEW, Kind.AGE: Status.ELIGIBLE,
}


def _say_binding_ages(limits: Sequence[AgeCond], members: Sequence[int], results: Sequence[ConditionResult],
                      out: list[ConditionResult], graduate: Graduate) -> None:
    """Met age limits: each one another binding limit implies is left out (of two that imply each
    other, the later); the reasons kept are said in the places of the first of the group."""
    implied = [any(j != i and _age_implies(limits[j], limits[i], graduate)
                   and (j < i or not _age_implies(limits[i], limits[j], graduate)) for j in range(len(limits)))
               for i in range(len(limits))]
    kept = [members[i] for i in range(len(limits)) if not implied[i]]
    if len(kept) == len(members) or not kept:
        return
    for k, i in enumerate(members):
        out[i] = replace(results[i], said_as=results[kept[k]].reason) if k < len(kept) else replace(results[i], folded=True)


def _binds(p: AgeCond, g: Graduate) -> bool:
    """The limit is asked of this graduate: of every applicant, or of a group the record tells
    (by level; an 应届 group needs the graduation year too, so it is not counted on)."""
    return p.scope is None or (g.education is not None and g.education in p.scope_levels and "应届" not in p.scope)


def _asks_nothing(p: AgeCond, g: Graduate) -> bool:
    """A limit for levels the graduate is known not to hold (硕士研究生35周岁以下 said to a 本科 graduate)."""
    return p.scope is not None and bool(p.scope_levels) and g.education is not None and g.education not in p.scope_levels


def _as_own_group(p: AgeCond, g: Graduate) -> AgeCond | None:
    """Limits per group (本科生30周岁以下，硕士研究生35周岁以下) as the one the graduate's level is
    under; ``None`` when the level cannot tell which."""
    if not p.groups:
        return p
    r = own_group(p.groups, g.education)
    return None if r is None else replace(p, maximum=r.maximum, born_from=r.born_from, groups=())


def _may_lift(r: AgeRelaxation, g: Graduate) -> bool:
    """The relaxation may apply to this graduate: not one the record rules out (another gender,
    a higher level)."""
    if r.gender is not None and g.gender is not None and r.gender != g.gender:
        return False
    return r.level is None or g.education is None or g.education >= r.level


def _age_implies(a: AgeCond, b: AgeCond, g: Graduate) -> bool:
    """Every age ``a`` may admit this graduate at, ``b`` admits: ``a`` binds, and is as strict as
    ``b`` on every bound (a bound ``b`` lacks is no looser). ``a``'s relaxations that may apply to
    the graduate count as lifting its upper bound; those ``b`` states too, as high or higher, lift
    both alike (``_relaxation_within``); ``b``'s own only widen ``b`` and are not counted on. Ages
    counted on other days are not compared."""
    a, b = _as_own_group(a, g), _as_own_group(b, g)
    if a is None or b is None or not _binds(a, g):
        return False
    if _asks_nothing(b, g):
        return True
    if a.as_of != b.as_of or a.as_of_note != b.as_of_note:
        return False
    if any(s not in a.stricter for s in b.stricter) or any(s not in a.undecided for s in b.undecided) \
            or any(s not in a.groups for s in b.groups):
        return False  # ``b`` narrows itself for a group: what it says is not said by ``a``
    lifts = [r for r in a.relaxations if _may_lift(r, g) and not any(_relaxation_within(r, rb) for rb in b.relaxations)]
    if any(r.born_from is not None or r.maximum is None or a.born_from is not None for r in lifts):
        return False  # a relaxed date bound, or years lifting a dated limit: not compared
    a_max = max([a.maximum, *(r.maximum for r in lifts)]) if a.maximum is not None else None
    return (_no_looser(a.minimum, b.minimum, upper=False) and _no_looser(a.born_to, b.born_to, upper=True)
            and _no_looser(a_max, b.maximum, upper=True) and _no_looser(a.born_from, b.born_from, upper=False))


def _relaxation_within(r: AgeRelaxation, rb: AgeRelaxation) -> bool:
    """``rb`` is ``r`` for the same applicants, lifting at least as far (全日制研究生学历放宽至30周岁
    （1989年11月27日以后出生） in 年龄要求 and undated in 备注): whoever ``r`` admits, ``rb`` admits."""
    same = (r.who, r.level, r.gender, r.fresh_only, r.unrecorded, r.as_of) == (rb.who, rb.level, rb.gender, rb.fresh_only, rb.unrecorded, rb.as_of)
    return same and _no_looser(r.maximum, rb.maximum, upper=True) and _no_looser(r.born_from, rb.born_from, upper=False)


def _no_looser(x, y, *, upper: bool) -> bool:
    """Bound ``x`` admits nothing bound ``y`` refuses (``upper``: a highest age or latest birth
    day, else a lowest age or earliest birth day; ``None``: no bound)."""
    return y is None or (x is not None and (x <= y if upper else x >= y))
