"""A post restricted to graduates of a household in hardship (``clause_reader.EXPLICIT`` continued):
「限低保家庭毕业生」「限零就业家庭高校毕业生报考」「建档立卡贫困家庭毕业生」「仅限脱贫家庭、低保家庭毕业生」.

Left unread, such a clause read 「条件待人工核实：限低保家庭毕业生」 to everyone, even to an officer who sees the
graduate's 困难类别. It is now the condition a policy's 困难类别 is, said of the post: the household words read by
``features.policies.parse_hardship_requirement`` (低保 and 特困 are 低收入家庭's groups, 建档立卡 脱贫家庭) in a
``HardshipCond(subject="岗位")``, as ``hukou_forms`` reads 「咸丰县户籍建档立卡贫困户家庭成员」, checked by
``policy_checks.check_hardship``: the officer's full view says 符合/不符合 naming the category (audited through
``checks.disclosed_fields``); the graduate's own view and the organisers' (records without it) read 待核实
「该信息仅就业服务专员可见，请由专员核实」. A clause that prefers such graduates (「…的毕业生，同等条件下优先招募」) or
lists them among others (「符合下列条件之一：…」) is not one of these whole clauses and stays as it was.
Tested in ``tests/test_rules_hardship_posts.py``.
"""

from __future__ import annotations

import re

from features.policies import parse_hardship_requirement
from features.records import Hardship
from matching.rules.conditions import HardshipCond, Kind
from matching.rules.patterns import _rule

#: A household word the clause must start with (the 困难类别 reader knows the rest of the phrase).
_HOUSEHOLD = r"(?:享受)?(?:城乡|城镇|农村)?(?:居民)?(?:低保|最低生活保障|零就业|建档立卡|脱贫|低收入|特困)"
#: The categories a household restriction may name; 残疾 (the graduate's own) is ``TargetGroup.DISABLED``'s.
_HOUSEHOLD_CATEGORIES = frozenset({Hardship.LOW_INCOME_FAMILY, Hardship.ZERO_EMPLOYMENT_FAMILY, Hardship.POVERTY_ALLEVIATION})
#: Joining words between two households (「低保家庭或零就业家庭」), read as the list separator.
_JOIN = re.compile(r"或者|或|和|及|以及|/")


def _hardship_post(m: re.Match[str]) -> list[tuple[Kind, HardshipCond]]:
    """The post's 困难类别, or nothing (the clause is left to the other readings) when a word is not a
    household category the record holds."""
    status = _JOIN.sub("、", m.group("status"))
    try:
        requirement = parse_hardship_requirement(status)
    except ValueError:
        return []
    if requirement is None or requirement.alternatives or not requirement.categories <= _HOUSEHOLD_CATEGORIES:
        return []
    return [(Kind.HARDSHIP, HardshipCond(requirement, subject="岗位"))]


_STATUS = rf"(?P<status>{_HOUSEHOLD}[\u4e00-\u9fff、/]{{0,24}}?)(?:的)?"
_WHO = r"(?:高校毕业生|应届毕业生|毕业生|人员|家庭成员|子女|考生)"

RULES = (
    # 「限低保家庭毕业生」「仅限零就业家庭」: said as a limit, whoever it names.
    _rule("hardship_post_limit", Kind.HARDSHIP, rf"(?:仅限|限|只限|面向){_STATUS}{_WHO}?(?:报考|报名)?$",
          _hardship_post, whole=True),
    # 「低保家庭毕业生」 alone in a condition cell: whom the post is for.
    _rule("hardship_post_for", Kind.HARDSHIP, rf"{_STATUS}{_WHO}(?:报考|报名)?$", _hardship_post, whole=True),
)
