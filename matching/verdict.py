"""Eligibility verdicts: the result records every eligibility check returns."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Status(enum.StrEnum):
    """Outcome of one condition or of a whole check, worst first when combined."""

    ELIGIBLE = "eligible"
    NEEDS_REVIEW = "needs_review"
    NOT_ELIGIBLE = "not_eligible"

    @property
    def label(self) -> str:
        return {"eligible": "符合", "needs_review": "待核实", "not_eligible": "不符合"}[self.value]


_SEVERITY = {Status.ELIGIBLE: 0, Status.NEEDS_REVIEW: 1, Status.NOT_ELIGIBLE: 2}


class MajorDecision(NamedTuple):
    """A major condition checked (``matching.rules.majors.MajorChecker.decide``): ``by_list`` when the
    post's own list admitted the graduate (a listed major, class or field holds theirs; not 专业不限)."""

    status: Status
    reason: str
    by_list: bool = False


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """One condition checked against one graduate, with a Chinese reason.

    ``kind`` names the condition type (``education``, ``major``, ``gender`` …) and
    ``source`` the span of source text it came from, when there is one. ``discloses``
    names the sensitive graduate fields (``SENSITIVE_GRADUATE_FIELDS``) whose value the
    check read, so that whoever shows its reason can audit that read.

    ``reason`` is always this condition's own. Where the verdict says conditions of one kind
    once (``matching.rules.said_once``: two certificates in one reason, the stricter of two met
    degree requirements), the first of them carries what is said for the group (``said_as``)
    and the others are ``folded``: still checked conditions, with no reason shown of their own.
    """

    kind: str
    status: Status
    reason: str
    source: str | None = None
    discloses: tuple[str, ...] = ()
    said_as: str | None = None
    folded: bool = False
    #: A major condition the post's own list admitted the graduate by (``MajorDecision.by_list``):
    #: then the list decides the major (``matching.explain.major_listed``), whatever the reason's words.
    by_list: bool = False
    #: A major condition reviewed only because the post lists majors of levels below the graduate's
    #: (``major_kin.unlisted_level``) and none of them lies in the graduate's own 门类
    #: (``major_kin.list_far_from``), or because the graduate's major is not in their level's catalog and
    #: the list names none of its 本科 classes (``major_kin.unplaced_far``): the ranker places it below
    #: such posts whose list is near.
    far_list: bool = False
    #: Years of work the post asks that the graduate, of this season with none on record, lacks
    #: (``matching.rules.experience_gap``): the ranker places it below posts that take graduates.
    missing_years: int = 0

    @property
    def shown(self) -> str | None:
        """The reason as the verdict says it; ``None`` when another result says it."""
        return None if self.folded else self.reason if self.said_as is None else self.said_as


@dataclass(frozen=True, slots=True)
class Verdict:
    status: Status
    results: tuple[ConditionResult, ...]

    @classmethod
    def combine(cls, results: Iterable[ConditionResult]) -> Verdict:
        results = tuple(results)
        status = max((r.status for r in results), key=_SEVERITY.__getitem__, default=Status.ELIGIBLE)
        return cls(status=status, results=results)

    def reasons(self, status: Status | None = None) -> tuple[str, ...]:
        """Each reason once: a table often states a condition in two cells (年龄要求 and 备注),
        and the same sentence twice reads as two requirements (gkld: 「年龄符合：岗位要求50周岁以下
        （1970年11月11日以后出生）」 twice in one suggestion); conditions of one kind said once
        (``ConditionResult.shown``) are said once."""
        return tuple(dict.fromkeys(r.shown for r in self.results
                                   if not r.folded and (status is None or r.status == status)))

    def discloses(self, status: Status | None = None) -> tuple[str, ...]:
        """Sensitive fields read by the conditions whose reasons ``reasons(status)`` gives."""
        fields = {f for r in self.results if status is None or r.status == status for f in r.discloses}
        return tuple(sorted(fields))
