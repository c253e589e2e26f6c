"""What a graduate's stated job category asks of the employer.

Graduates often state their 意向类别 as a kind of employer (机关事业单位, 国有企业, 基层服务项目,
实习见习) rather than a kind of work; such a wish is met by the job's employer type, which
the job's title and category text rarely repeat. The kinds of work a graduate names in the
就业意向 text (「希望进入互联网企业做开发」) are read apart from that (``wished_work``): a 意向类别
column listing only kinds of employer (企业、实习见习) replaces the categories read from the text, and
with them what the graduate said they want to do.
"""

from __future__ import annotations

import functools

from features.intentions import extract_categories
from features.records import EmployerType

#: Words that name several kinds at once.
_GROUPS = {
    "机关事业单位": frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}),
    "企事业单位": frozenset({EmployerType.ENTERPRISE, EmployerType.STATE_ENTERPRISE, EmployerType.PUBLIC_INSTITUTION}),
    # 体制内 and 考编 mean a post with 编制 (行政编制 of 机关, 事业编制 of 事业单位); a state enterprise hires on
    # labour contracts, without 编制, and a graduate who wants one says 国企 (read on its own). 考公 is 机关.
    "体制内": frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}),
    "考编": frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION}),
    "企业": frozenset({EmployerType.ENTERPRISE, EmployerType.STATE_ENTERPRISE}),  # a state enterprise is one too
}
#: Kinds in a fixed order, for the scorer's arrays.
EMPLOYER_TYPES = tuple(EmployerType)


#: Single words for one kind; the whole category must be one of them (企业管理, 创业 and 医院
#: name kinds of work or places, not a kind of employer).
_WORDS = {
    **{kind.value: kind for kind in EmployerType if kind is not EmployerType.OTHER},
    "国企": EmployerType.STATE_ENTERPRISE, "央企": EmployerType.STATE_ENTERPRISE, "中央企业": EmployerType.STATE_ENTERPRISE,
    "国有单位": EmployerType.STATE_ENTERPRISE, "民企": EmployerType.ENTERPRISE, "私企": EmployerType.ENTERPRISE,
    "民营企业": EmployerType.ENTERPRISE, "私营企业": EmployerType.ENTERPRISE, "外企": EmployerType.ENTERPRISE,
    "外资企业": EmployerType.ENTERPRISE, "外国企业": EmployerType.ENTERPRISE,
    "政府部门": EmployerType.GOVERNMENT, "党政机关": EmployerType.GOVERNMENT, "行政机关": EmployerType.GOVERNMENT,
    "公务员": EmployerType.GOVERNMENT, "考公": EmployerType.GOVERNMENT, "事业编": EmployerType.PUBLIC_INSTITUTION, "事业编制": EmployerType.PUBLIC_INSTITUTION,
    "三支一扶": EmployerType.GRASSROOTS, "西部计划": EmployerType.GRASSROOTS, "特岗教师": EmployerType.GRASSROOTS,
    "大学生村官": EmployerType.GRASSROOTS, "基层项目": EmployerType.GRASSROOTS,
    "见习": EmployerType.INTERNSHIP, "实习": EmployerType.INTERNSHIP, "就业见习": EmployerType.INTERNSHIP,
}


@functools.lru_cache(maxsize=4096)
def employer_types_wanted(category: str) -> frozenset[EmployerType]:
    """The employer types a stated category names, when the whole category is such a word;
    empty when it names a kind of work (会计, 企业管理)."""
    text = category.strip()
    if text in _GROUPS:
        return _GROUPS[text]
    kind = _WORDS.get(text)
    return frozenset() if kind is None else frozenset({kind})


@functools.lru_cache(maxsize=50_000)
def wished_work(intention: str | None, major: str | None = None) -> tuple[str, ...]:
    """The kinds of work the 就业意向 text names (「做开发」 → 开发; 「从事会计、出纳工作」 → 会计,
    出纳), without the kinds of employer it names (机关, 事业单位, 国企: ``employer_types_wanted``)
    and without what it rejects (``features.intentions.extract_categories``), nor the graduate's ``major``
    named bare (「武汉，旅游管理」)."""
    if not intention:
        return ()
    return tuple(kind for kind in extract_categories(intention, major=major) if not employer_types_wanted(kind))
