"""What a graduate's stated job category asks of the employer.

Graduates often state their 意向类别 as a kind of employer (机关事业单位, 国有企业, 基层服务项目,
实习见习) rather than a kind of work; such a wish is met by the job's employer type, which
the job's title and category text rarely repeat.
"""

from __future__ import annotations

import functools

from features.records import EmployerType
from features.values import parse_employer_type

#: Words that name several kinds at once.
_GROUPS = {
    "机关事业单位": frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}),
    "企事业单位": frozenset({EmployerType.ENTERPRISE, EmployerType.STATE_ENTERPRISE, EmployerType.PUBLIC_INSTITUTION}),
    "体制内": frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION, EmployerType.STATE_ENTERPRISE}),
    "企业": frozenset({EmployerType.ENTERPRISE, EmployerType.STATE_ENTERPRISE}),  # a state enterprise is one too
}
#: Kinds in a fixed order, for the scorer's arrays.
EMPLOYER_TYPES = tuple(EmployerType)


@functools.lru_cache(maxsize=4096)
def employer_types_wanted(category: str) -> frozenset[EmployerType]:
    """The employer types a stated category names; empty when it names a kind of work (会计,
    教师) or anything longer than an employer-type word."""
    text = category.strip()
    if text in _GROUPS:
        return _GROUPS[text]
    if len(text) > 8:
        return frozenset()
    kind = parse_employer_type(text)
    return frozenset() if kind is None or kind is EmployerType.OTHER else frozenset({kind})
