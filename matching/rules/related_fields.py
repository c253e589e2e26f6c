"""How far 相关 reaches on a named field (「英语类相关专业」「英语类、小学教育等相关专业」).

A named field (``features.major_fields``) refuses a major outside its kin and the classes inside it. 「…相关专业」
widens it, but not to any major: a graduate expects 会计学 or 临床医学 to be refused on an English post, and a
major of the field's own family (日语, of 外国语言文学类 like 英语) to be asked. So 相关 reaches the 本科 classes and
研究生 disciplines of the field's members (英语 050201 → 外国语言文学类 0502; 英语语言文学 → 外国语言文学 0502) besides
its kin and the classes inside; a major sharing none of them is refused. A field marked ``related_any`` (气象类,
whose 本科 reading asks every major on 「气象相关类」) reaches any major.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from features.major_fields import NamedField


def member_codes(field: NamedField, classes_named: Callable[..., frozenset[str]],
                 graduate_code: Callable[[str], str | None]) -> frozenset[str]:
    """The 4-digit 本科 classes (by the reference table) and 研究生 disciplines of the field's members."""
    disciplines = {code[:4] for name in field.members if (code := graduate_code(name))}
    return frozenset(classes_named(*sorted(field.members))) | frozenset(disciplines)


def related_reaches(field: NamedField, mine: Iterable[str], graduate: Iterable[str], members: frozenset[str]) -> bool:
    """Whether 「{field}等相关专业」 reaches a graduate of these 本科 (``mine``: codes and classes) and 研究生 codes:
    the kin, the classes inside, or a class or discipline of a member (``member_codes``)."""
    mine, graduate = set(mine), set(graduate)
    return field.related_any or field.near(mine, graduate) \
        or any(code.startswith(p) for code in mine | graduate for p in members)
