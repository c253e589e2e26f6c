"""A strict physical standard a post states, against a graduate registered as disabled.

Police posts (Henan 2026: 654, e.g. 30096011 河南省洛阳女子监狱) state 体检标准 「按照招录人民警察要求开展体检」 and
是否进行体能测评 「是」; gkld 备注 「考生须达到公安机关录用人民警察的各项标准…：1.体能测评合格」「达到特警队员体能测评标准」
「行政执法职位专业能力测试：体能测试」. ``post_notices`` shows each as a 符合 tip (体检提示, 体能测评提示), which is
right for a graduate the record says nothing against. A graduate registered as 残疾 may not meet the 人民警察 体检
standard (its 特殊标准 are stricter than the 通用标准) or a fitness test: an officer, who reads that registration,
should see such a post 待核实, ranked below the posts nothing stands against, not 符合 with a generic tip.

The registration is officer-only (``Hardship.DISABILITY`` in ``Graduate.hardship``): the graduate's own view and
the organisers' (records without it, ``service.api.withheld.redact``) keep the tips and learn nothing; the
review's ``discloses`` names ``hardship`` so that an officer's read is audited. Tested in
``tests/test_rules_disability_physical_standards.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from features.records import Graduate, Hardship
from matching.rules.conditions import Condition, Kind, Note, NoteCategory
from matching.rules.post_notices import FITNESS_COLUMN, MEDICAL_COLUMN

#: Words of a strict standard in a note's text: the 人民警察 recruitment standards (体检 and 体能), a 特警 or
#: 消防救援 standard, a 体检特殊标准, a fitness test (体能测评/体能测试, as ``post_notices`` reads it), or a post
#: saying 无残疾 outright (gkld: 「身体健康，无残疾(参照公务员录用体检标准)」, which no tip shows).
_STRICT = re.compile(r"(?:录用|招录)人民警察|人民警察(?:录用|招录|[^，；。,;]{0,6}(?:体检|体能))|特警[^，；。,;]{0,8}(?:体检|体能)"
                     r"|消防(?:救援)?[^，；。,;]{0,8}(?:体检|体能)|体检特殊标准|特殊标准|体能(?:测评|测试)|无残疾")
#: The general standard (Henan's 体检标准 on other posts), which asks nothing beyond any post's.
_GENERAL_STANDARD = re.compile(r"通用标准")


@dataclass(frozen=True, slots=True)
class StrictReview:
    """The post's first strict note (``first``, where the review is shown), all of them (``members``: their
    tips are not shown beside it, it names them), and the review's reason."""

    first: Condition
    members: tuple[Condition, ...]
    reason: str


def _strict(cond: Condition) -> bool:
    """Whether ``cond`` is a note stating a strict physical standard (Henan's 体能测评 「是」, a 体检标准 other
    than the general one, or a note in other words, ``_STRICT``)."""
    if cond.kind is not Kind.NOTE or not isinstance(cond.payload, Note):
        return False
    column = cond.span.column
    if column == FITNESS_COLUMN:
        return cond.payload.category is NoteCategory.EXAM  # 「是」; 「否」 reads as 无要求
    if column == MEDICAL_COLUMN:
        return not _GENERAL_STANDARD.search(cond.text)
    return _STRICT.search(cond.text) is not None


def _said(members: tuple[Condition, ...]) -> str:
    """What the post states, in its own words: Henan's columns by name, other notes quoted together."""
    said = []
    if any(c.span.column == MEDICAL_COLUMN for c in members):
        said.append("".join(f"体检标准为「{_words(c)}」" for c in members if c.span.column == MEDICAL_COLUMN))
    if any(c.span.column == FITNESS_COLUMN for c in members):
        said.append("须参加体能测评")
    quoted = dict.fromkeys(f"「{_words(c)}」" for c in members if c.span.column not in (MEDICAL_COLUMN, FITNESS_COLUMN))
    if quoted:
        said.append("注明" + "".join(quoted))
    return "，".join(said)


def _words(cond: Condition) -> str:
    return cond.text.strip().rstrip("。.;；")


def disability_review(conds: tuple[Condition, ...], graduate: Graduate) -> StrictReview | None:
    """The review of a post whose notes state a strict physical standard, for a graduate whose record (as its
    reader may see it) registers 残疾; ``None`` for any other graduate or post."""
    if graduate.hardship is None or Hardship.DISABILITY not in graduate.hardship:
        return None
    members = tuple(c for c in conds if _strict(c))
    if not members:
        return None
    reason = f"身体条件待核实：岗位{_said(members)}，您登记为残疾人，请核实您的残疾类别和等级能否达到该岗位的标准"
    return StrictReview(first=members[0], members=members, reason=reason)
