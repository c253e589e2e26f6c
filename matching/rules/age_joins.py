"""How a job's age conditions join across its cells (split out of ``engine``): relaxations said apart
from a limit lift it (``with_age_relaxations``; 「年龄不得放宽」 keeps them off), and limits that state no
day of counting count on the one day the job's age text states (``with_one_age_day``)."""

from __future__ import annotations

import re
from dataclasses import replace

from matching.rules.age_groups import relaxations_for
from matching.rules.conditions import AgeCond, AgeRelaxation, Condition, Kind, Note, NoteCategory, TargetCond, TargetGroup


def with_age_relaxations(conds: list[Condition]) -> list[Condition]:
    """A relaxation said apart from the limit joins the relaxations of every unqualified age
    limit of the job:
    - a note (有临床工作经验的年龄可适当放宽, in 备注): an older graduate is then reviewed;
    - a higher limit for some applicants in another cell (年龄要求 35周岁及以下; 备注 具有高级
      职称或博士研究生学历学位的，年龄放宽到45周岁及以下): read alone, it would add a limit
      rather than lift one, and the doctor it admits would fail the base limit;
    - an age clause the parser could not read beside a limit it could (硕士：应届35岁…，历届
      40岁…): whoever that clause favours, an older graduate is reviewed, not refused."""
    bases = [c for c in conds if c.kind is Kind.AGE and c.payload.scope is None]
    apart = [c for c in conds if c.kind is Kind.AGE and c.payload.scope is not None and _lifts(c.payload, bases)]
    extra = tuple(c.payload for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, AgeRelaxation))
    if any(c.kind is Kind.NOTE and isinstance(c.payload, Note) and c.payload.category is NoteCategory.AGE_STRICT
           for c in conds):
        # 年龄不得放宽: no relaxation lifts the limits, said beside them or apart (a gender's limit is no relaxation).
        return [replace(c, payload=replace(c.payload, relaxations=tuple(r for r in c.payload.relaxations if r.gender)))
                if c.kind is Kind.AGE else c for c in conds if c not in apart and c.payload not in extra]
    if len(bases) > 1:
        # 年龄要求 35周岁以下; 备注 …35周岁以下，有相关工作经历的可适当放宽: a relaxation for someone the
        # record cannot tell lifts the limit stated again too, or that one refuses whom the other reviews;
        # so does one for a level by an unstated amount (硕士研究生以上可适当放宽: reviewed, ``check_age``).
        extra += tuple(r for c in bases for r in c.payload.relaxations
                       if r.gender is None and (r.level is None or r.open_ended))
    extra += tuple(r for c in apart
                   for r in relaxations_for(c.payload.scope, c.payload.maximum, c.payload.born_from, c.payload.as_of))
    unread = tuple(dict.fromkeys(AgeRelaxation(maximum=999, who=f"{c.span.column}所述人员") for c in conds
                                 if c.kind is Kind.NEEDS_REVIEW and _AGE_WORDS.search(c.text))) if bases else ()
    extra += unread
    if not extra:
        return conds
    out = []
    for c in conds:
        if c in apart:
            continue
        if c.kind is Kind.AGE and c.payload.scope is None:
            # A relaxation the limit already states (年龄要求 …硕士、博士研究生35周岁以下 and the same
            # 硕士、博士研究生 limit again in 备注) is not added twice: its reason would say it twice.
            added = tuple(r for r in dict.fromkeys(extra) if r not in c.payload.relaxations)
            if any(_open_to_anyone(r) for r in c.payload.relaxations + added if r not in unread):
                # 「…有相关经验者年龄可适当放宽」 already reviews an older graduate: an unread clause's 「备注所述人员
                # 可适当放宽」 beside it would say the same twice (the clause is still shown, 条件待人工核实).
                added = tuple(r for r in added if r not in unread)
            c = replace(c, payload=replace(c.payload, relaxations=c.payload.relaxations + added))
        out.append(c)
    return out


#: An unread clause that relaxes an age limit for someone (「…出生日期可放宽至1981年…」), not one
#: that merely mentions an age (「家庭成员中有60周岁以上老人」, 「年满18周岁后取得」).
_AGE_WORDS = re.compile(r"(?=.*(?:\d\s*周?岁|\d{4}\s*年[^;]{0,12}出生))(?=.*(?:放宽|不受年龄|年龄可))")


def with_one_age_day(conds: list[Condition]) -> list[Condition]:
    """An announcement counts every age on one day: when the job's age text states exactly
    one (年龄要求 18-35周岁; 备注 …年龄可放宽至40周岁，年龄计算时间截止2020年12月31日), its age
    limits that state none count on it too, and so does a 16-24岁失业青年 group (an age range
    too). Two different days leave each where it was said."""
    def counts_age(c: Condition) -> bool:
        return c.kind is Kind.AGE or (isinstance(c.payload, TargetCond) and c.payload.group is TargetGroup.UNEMPLOYED_YOUTH)

    aged = [c for c in conds if counts_age(c)]
    days = {c.payload.as_of for c in aged}
    days |= {r.as_of for c in aged if c.kind is Kind.AGE for r in c.payload.relaxations}
    days |= {c.payload.as_of for c in conds if c.kind is Kind.NOTE and isinstance(c.payload, AgeRelaxation)}
    days.discard(None)
    if len(days) != 1 or all(c.payload.as_of is not None for c in aged):
        return conds
    (day,) = days
    return [replace(c, payload=replace(c.payload, as_of=day, as_of_note=None)) if counts_age(c) and c.payload.as_of is None else c
            for c in conds]


def _open_to_anyone(r: AgeRelaxation) -> bool:
    """可适当放宽 for someone the record cannot tell (not a level, gender or 应届 group): any older graduate is reviewed."""
    return r.open_ended and r.level is None and r.gender is None and not r.fresh_only


def _lifts(scoped: AgeCond, bases: list[Condition]) -> bool:
    """A qualified limit that allows more than every unqualified one: a relaxation."""
    def above(base: AgeCond) -> bool:
        if scoped.born_from is not None and base.born_from is not None:
            return scoped.born_from < base.born_from
        return scoped.maximum is not None and base.maximum is not None and scoped.maximum > base.maximum
    return bool(bases) and all(above(b.payload) for b in bases)
