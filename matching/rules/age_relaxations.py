"""Explicit readings of age relaxations and of their refusal (split out of ``extra``, whose ``RULES``
lists them where they were): limits for title holders by gender, relaxations said apart from the limit
(有临床工作经验的年龄可适当放宽, …者可适度放宽年龄), and 「年龄不得放宽，30周岁以下」, a limit no relaxation
lifts. The relaxations join the job's age limits in ``age_joins.with_age_relaxations``; the strict note
keeps every relaxation off them."""

from __future__ import annotations

import datetime as dt
import re

from matching.rules.conditions import AgeCond, AgeRelaxation, Kind, Note, NoteCategory
from matching.rules.patterns import Rule, _rule

Pairs = list[tuple[Kind, object]]


def _title_gender_ages(m: re.Match[str]) -> AgeCond:
    """副高职称45周岁及以下，正高职称男性55周岁及以下、女性50周岁及以下: limits for title
    holders only; an older graduate is reviewed (a title is not on the record)."""
    t2 = m.group("t2")
    relax = [AgeRelaxation(maximum=int(m.group("f")), who=f"{t2}女性"), AgeRelaxation(maximum=int(m.group("m")), who=f"{t2}男性")]
    if m.group("t1"):
        return AgeCond(maximum=int(m.group("a1")), scope=f"{m.group('t1')}或{t2}", relaxations=tuple(relax))
    return AgeCond(maximum=int(m.group("f")), scope=t2, relaxations=(relax[1],))


_RELAXATION = (
    r"(?=[^;]*(?:年龄|岁))(?P<who>(?![^;]*(?:学历|学位|专业|户籍|不得|不超过|适度))(?:(?!岁)[^;]){2,90}?)(?:的|者)?,?(?:可将报考条件放宽至年龄|年龄限制可适当放宽至距法定退休年龄不少于\d年"
    r"|(?:年龄)?(?:可|可以)?(?:适当)?(?:放宽|调整)(?:至|到)?)(?:(?P<n>\d{2})(?:周岁|岁)(?:以内|以下|及以下)?(?:\([^()]*\))?)?"
    r"(?:,年龄计算时间截止(?P<y>\d{4})年(?P<mo>\d{1,2})月(?P<d>\d{1,2})日)?"
)


# _RELAXATION leaves 适度 to _OPEN_AGE_RELAXATION: 「…者年龄可适度放宽」 was read whom 「…者年龄可适度」 said 「可适当放宽」.
# …学历者或持有国家注册职业资格证书者可适度放宽年龄: the age alone relaxed by no stated amount, the qualifier may name a
# 学历 (_RELAXATION refuses it: there 学历 may be what is relaxed). Not 学历、年龄适当放宽 nor 放宽年龄及工作经历.
_OPEN_AGE_RELAXATION = (r"(?P<who>(?:(?!不得|不超过|放宽|岁|年龄)[^;]){2,90}?(?:的|者)?),?(?<![、和及与])"
                        r"(?:年龄(?P<can>可|可以)?(?P<how>适当|适度)?放宽|(?P<can2>可|可以)?(?P<how2>适当|适度)放宽年龄)(?:限制|条件|要求)?")


def _open_age_relaxation(m: re.Match[str]) -> AgeRelaxation:
    """可适度放宽年龄 with no limit: joins the job's age limits (``engine``); older graduates reviewed. Whom
    it names is said as the post says it (「…特别优秀的」「…条件优秀者」), its commas as in the cell, and so is
    how (适度 or 适当: 2026-12-07 review, 「适度放宽」 was quoted as 「适当放宽」)."""
    how = m.group("how") or m.group("how2") or ""
    return AgeRelaxation(maximum=999, who=m.group("who").replace(",", "，"), wording=f"可{how}放宽")


def _age_relaxation(m: re.Match[str]) -> AgeRelaxation:
    """有临床工作经验的年龄可适当放宽: joins the age limits of the job (``engine``); the day
    its age is counted on when stated (…放宽至40周岁，年龄计算时间截止2020年12月31日)."""
    who = re.sub(r"(?:年龄|的|者|,)+$", "", m.group("who")) or "符合条件者"
    as_of = dt.date(int(m.group("y")), int(m.group("mo")), int(m.group("d"))) if m.group("y") else None
    return AgeRelaxation(maximum=int(m.group("n")) if m.group("n") else 999, who=who, as_of=as_of)


# 「年龄不得放宽，30周岁以下」「30周岁以下，年龄不得放宽」「年龄一律不得放宽」: a limit (if stated) for everyone, and a
# note that no relaxation said elsewhere in the post lifts it (2026-12-07 review: was 条件待人工核实).
_NO_RELAXATION = r"年龄(?:一律)?(?:不得|不予|不)放宽"
_LIMIT = r"(?:年龄)?(?:在)?(?P<n>\d{2})周岁(?:及)?(?:以下|以内)"
_STRICT_AGE = rf"{_NO_RELAXATION}(?:,{_LIMIT})?|{_LIMIT.replace('?P<n>', '?P<n2>')},{_NO_RELAXATION}"


def _strict_age(m: re.Match[str]) -> Pairs:
    """The limit, if the clause states one, and the note ``age_joins.with_age_relaxations`` reads."""
    n = m.group("n") or m.group("n2")
    strict: Pairs = [(Kind.NOTE, Note(NoteCategory.AGE_STRICT))]
    return [(Kind.AGE, AgeCond(maximum=int(n))), *strict] if n else strict


#: In ``extra.RULES``'s order (the strict reading first: 不得放宽 is no relaxation).
AGE_RULES: tuple[Rule, ...] = (
    _rule("strict_age", Kind.AGE, _STRICT_AGE, _strict_age, whole=True),
    _rule("title_gender_ages", Kind.AGE, r"(?:(?P<t1>副高职称)(?P<a1>\d\d)周岁及以下,)?(?P<t2>正高职称)男性(?P<m>\d\d)周岁及以下、女性(?P<f>\d\d)周岁及以下", _title_gender_ages, whole=True),
    _rule("age_relaxation", Kind.NOTE, _RELAXATION, _age_relaxation, whole=True),
    _rule("open_age_relaxation", Kind.NOTE, _OPEN_AGE_RELAXATION, _open_age_relaxation, whole=True),
)
