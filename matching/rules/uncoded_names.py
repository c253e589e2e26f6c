"""A listed name the list parser found no code for, compared by the 本科 classes it is filed under.

「马克思主义理论与思想政治教育」 (the 1997 二级学科 of 政治学 that became the 一级学科 马克思主义理论 in 2005) has no code in
any catalog here, so every graduate was asked on a list naming it beside 思想政治教育 and 法学: 护理 and 会计学 too. The
civil-service reference table (``features.major_lookup.undergrad_classes_by_name``) files it under 马克思主义理论类 (0305),
which says what it is: a graduate sharing none of its classes is refused, as on a coded name; one sharing a class is
asked. A name joined by 及 (「人文教育及历史与社会教育」) is read part by part, and a school subject's 教育 (历史与社会教育:
the teacher-education major of 历史与社会, a 浙江 school subject) is 教育学类 (0401), where the table files 物理教育 and the
other subjects' 教育. A name (or a part) filed nowhere says nothing: the graduate stays asked.
"""

from __future__ import annotations

from collections.abc import Callable

from features.major_fields import teaching_subjects

#: 教育学类: where the reference table files a school subject's teacher-education major (物理教育, 语文教育).
_EDUCATION_CLASS = "0401"


def uncoded_classes(name: str | None, classes_named: Callable[..., frozenset[str]]) -> frozenset[str] | None:
    """The 本科 classes of a listed name with no code, or ``None`` where it (or a part joined by 及) is filed nowhere."""
    if not name:
        return None
    found: set[str] = set()
    for part in (name, ) if classes_named(name) else name.split("及"):
        classes = classes_named(part)
        if not classes and part.endswith("教育") and teaching_subjects(part.removesuffix("教育")):
            classes = frozenset({_EDUCATION_CLASS})
        if not classes:
            return None
        found |= classes
    return frozenset(found)


def refuses_uncoded(theirs: frozenset[str], mine: frozenset[str] | set[str], graduate_codes: set[str]) -> bool:
    """Whether a graduate of these 本科 classes (``mine``: their name's and their 本科 code's) and, for a 研究生, 研究生
    codes is outside a name filed under ``theirs``: no class shared; a name filed under no 本科 class (应用经济学) by its
    研究生 门类, which is the 本科 one (as ``graduate_classes.refuses_graduate`` does)."""
    if mine:
        return not theirs & set(mine)
    return bool(graduate_codes) and not {c[:2] for c in graduate_codes} & {t[:2] for t in theirs}
