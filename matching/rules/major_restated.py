"""A clause left to review that only restates the major list, naming the graduate's own major.

Tables repeat the 专业 column in 备注 or 其他要求 in words the clause rules leave to review
(gkld 13531285: 专业要求 「临床医学、中西医结合专业、护理等专业」, 备注 the same clause again; 「医学影像技术专业」,
「大学预防医学专业毕业」, 「化学工程与技术、应用化学专业毕业」). A graduate met by the major list then read
「专业符合：岗位要求 护理…」 and, beside it, 「条件待人工核实：临床医学、中西医结合专业、护理等专业」: the same
requirement met and to be confirmed, and the post 待核实 for nothing (2026-12-07 graduate review).

Such a clause counts as met, said by the major's reason, only where the clause is a bare list of majors
(names parted by 、 or ，, a 专业 or 等(相关)专业 tail, 毕业 after it) and one of its names is the graduate's
major as written, while the post's major condition admits them. Anything more (「…专业须具有护士资格证」,
「计算机相关专业」 for a 网络工程 graduate, a list not naming their major) stays to review. The parser is
untouched: the clause is still read as unparsed (``benchmarks.rules_coverage`` counts it so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from features.catalog import normalise_major_name
from features.own_major import major_words
from features.records import Graduate
from matching.rules.conditions import Condition, Kind
from matching.verdict import ConditionResult, Status

#: A bare list of majors: a lead-in naming the list, names, then 专业 (… 等专业, 等相关专业), 毕业 at most.
_BARE_LIST = re.compile(r"^(?:专业(?:限制)?为|所学专业为|大学)?(?P<names>[\u4e00-\u9fff、，,及和与()（）]+?)"
                        r"(?:等相关|相关|等)?专业(?:毕业生?)?$")
_PARTS = re.compile(r"[、，,]")  # not 及 or 与: 机械设计制造及其自动化, 化学工程与技术


def _names(text: str) -> tuple[str, ...]:
    m = _BARE_LIST.match(text.strip().rstrip("。；;"))
    if m is None:
        return ()
    return tuple(n.removesuffix("专业") for n in (p.strip() for p in _PARTS.split(m.group("names"))) if n)


def restates_own_major(text: str, graduate: Graduate) -> bool:
    """``text`` is a bare list of majors naming the graduate's own (「临床医学、中西医结合专业、护理等专业」 for 护理)."""
    own = normalise_major_name(major_words(graduate))
    return bool(own) and any(normalise_major_name(n) == own for n in _names(text))


def with_restated_majors_met(conds: Sequence[Condition], results: Sequence[ConditionResult],
                             graduate: Graduate) -> list[ConditionResult]:
    """``results`` with each review of a clause restating a met major list (``restates_own_major``)
    turned met and folded: the major's own reason says it."""
    out = list(results)
    if not any(c.kind is Kind.MAJOR and r.status is Status.ELIGIBLE for c, r in zip(conds, results)):
        return out
    for i, (c, r) in enumerate(zip(conds, results)):
        if c.kind is Kind.NEEDS_REVIEW and r.status is Status.NEEDS_REVIEW and restates_own_major(c.payload.text, graduate):
            out[i] = replace(r, status=Status.ELIGIBLE, folded=True)
    return out
