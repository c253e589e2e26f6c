"""How far 相关 reaches on a named field (「英语类相关专业」「英语类、小学教育等相关专业」).

A named field (``features.major_fields``) refuses a major outside its kin and the classes inside it. 「…相关专业」
widens it, but not to any major: a graduate expects 会计学 or 临床医学 to be refused on an English post, and a
major of the field's own family (日语, of 外国语言文学类 like 英语) to be asked. So 相关 reaches the 本科 classes and
研究生 disciplines of the field's members (英语 050201 → 外国语言文学类 0502; 英语语言文学 → 外国语言文学 0502) besides
its kin and the classes inside; a major sharing none of them is refused. A field marked ``related_any`` (气象类,
whose 本科 reading asks every major on 「气象相关类」) reaches any major.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from features.catalog import MajorClass
from features.major_fields import NamedField, teaching_subjects
from features.major_requirements import MajorRef, StudyLevel


def member_codes(field: NamedField, classes_named: Callable[..., frozenset[str]],
                 graduate_code: Callable[[str], str | None]) -> frozenset[str]:
    """The 4-digit 本科 classes (by the reference table) and 研究生 disciplines of the field's members. Not of a school
    subject's teacher-education member (英语教育, 生物教育): the table files it under 教育学类 (0401), which would reach
    学前教育 on 「英语类相关专业」; the subject's other members say its field."""
    members = sorted(m for m in field.members if not subject_education(m))
    disciplines = {code[:4] for name in members if (code := graduate_code(name))}
    return frozenset(classes_named(*members)) | frozenset(disciplines)


def subject_education(name: str) -> bool:
    """A school subject's teacher-education major (英语教育, 语文教育): filed under 教育学类 (0401) by the reference table,
    though the subject's graduates (英语, 汉语言文学) are who teach it."""
    return name.endswith("教育") and bool(teaching_subjects(name.removesuffix("教育")))


def related_reaches(field: NamedField, mine: Iterable[str], graduate: Iterable[str], members: frozenset[str]) -> bool:
    """Whether 「{field}等相关专业」 reaches a graduate of these 本科 (``mine``: codes and classes) and 研究生 codes:
    the kin, the classes inside, or a class or discipline of a member (``member_codes``)."""
    mine, graduate = set(mine), set(graduate)
    return field.related_any or field.near(mine, graduate) \
        or any(code.startswith(p) for code in mine | graduate for p in members)


def related_kin(refs: Iterable[MajorRef], undergrad: str | None, classes: Mapping[str, MajorClass]) -> str | None:
    """The name of the 本科 class (``classes``: the catalog's) a graduate's 本科 major (``undergrad``) shares with a 本科
    entry of a list widened by 相关/相近 (电子信息工程等相关专业 against 通信工程), or ``None``: a major of the same class
    may be what the employer calls related; one of another class is not."""
    if not undergrad or not any(r.related for r in refs):
        return None
    return next((classes[r.code[:4]].name for r in refs if r.code and len(r.code) >= 4 and r.code[:4] == undergrad[:4]
                 and (r.catalog or StudyLevel.UNDERGRADUATE) is StudyLevel.UNDERGRADUATE and r.code[:4] in classes), None)


#: How a list writes its widening: 「…等相关专业」「…相关专业」「…及相近专业」.
_WIDENED = re.compile(r"([等及])?\s*(相关|相近)")
#: ``MajorChecker.describe``'s count of a long list (「A、B、C、D 等5项」).
_COUNTED = re.compile(r"\s*(等\d+项)$")


def related_wording(described: str, text: str) -> str:
    """The listed majors (``described``) with the widening as the table wrote it: 「电气工程及其自动化相关专业」 gains no 等,
    「…等相关专业」 keeps it; a list shortened to its first four (「社会工作、法学、行政管理、人力资源管理 等5项」) says
    「…人力资源管理等5项相关专业」, one 等."""
    found = _WIDENED.search(text)
    joiner, word = (found.group(1) or "", found.group(2)) if found else ("等", "相关")
    if counted := _COUNTED.search(described):
        return f"{described[:counted.start()]}{counted.group(1)}{word}专业"
    return f"{described}{joiner}{word}专业"
