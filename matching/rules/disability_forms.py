"""The disability types a post admits, said in one sentence (``clause_reader.EXPLICIT`` continued):
「残疾类型为肢体残疾四级或听力残疾在使用人工听觉装置情况下，在3米以内耳语能够听见且言语能清晰交流者」 (Henan
12007011), 「残疾类型为肢体四级」 (14008011). Read piece by piece, the first was a 身体条件 to confirm plus a
fragment 「条件待人工核实：在3米以内耳语…」, the second unread. Now one ``TargetCond(DISABLED, disability=…)``:
the record tells whether a graduate is registered as disabled (officer-only data, ``checks.disclosed_fields``),
never the type or grade, so a registered graduate is asked about the type. Tested in
``tests/test_rules_disability_and_service_projects.py``.
"""

from __future__ import annotations

import re

from matching.rules.conditions import Condition, Kind, TargetCond, TargetGroup
from matching.rules.patterns import _rule

_KINDS = "肢体|听力|视力|言语|智力|精神"


def _disability(m: re.Match[str]) -> TargetCond:
    kinds = m.group("kinds").replace(",", "，")
    # 「肢体四级」 is 肢体残疾四级 in the 残疾人证's words.
    kinds = re.sub(rf"({_KINDS})(?!残疾)([一二三四]级)", r"\1残疾\2", kinds)
    return TargetCond(TargetGroup.DISABLED, disability=kinds)


RULES = (
    _rule("disability_types", Kind.TARGET_GROUP,
          rf"(?:限|仅限)?残疾(?:类型|类别)(?:及等级|和等级)?(?:为|须为|需为|限)?(?P<kinds>(?:{_KINDS})[^;。]*?)"
          r"(?:的人员|人员|者)?(?:报考)?$",
          _disability, whole=True),
)


def with_disability_types(conds: list[Condition]) -> list[Condition]:
    """「持有…残疾人证；…残疾类型为肢体四级」: one disability condition, one reason. The plain 残疾人 condition
    (the card, 「限残疾人报考」) says nothing the typed one does not, and beside it read twice for every graduate
    (「残疾人专设岗位：您登记为残疾人」 and 「残疾类型待核实：…」); it is dropped where a typed one is stated."""
    def disabled(c: Condition, typed: bool) -> bool:
        return isinstance(c.payload, TargetCond) and c.payload.group is TargetGroup.DISABLED \
            and (c.payload.disability is not None) is typed
    if not any(disabled(c, True) for c in conds):
        return conds
    return [c for c in conds if not disabled(c, False)]
