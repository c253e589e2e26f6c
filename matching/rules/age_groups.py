"""Who an age limit names, and how a group's limit stands to the general one.

A qualifier (硕士研究生, 2026年应届毕业生, 具有中级职称的, 男性) becomes an ``AgeRelaxation``
record (``relaxations_for``); ``split_group_limits`` then sorts group limits under a general
limit into relaxations, stricter limits and those only the day ages count on decides
(an age under a birth-date bound), and ``per_group`` keeps a list where every limit names a
level (本科生23周岁以下，硕士研究生27周岁以下) as limits of those groups alone.
"""

from __future__ import annotations

import datetime as dt
import re

from features.education import EducationLevel
from features.records import Gender
from matching.rules.conditions import AgeRelaxation


def scope_levels(who: str) -> tuple[EducationLevel, ...]:
    """Every level a qualifier names (研究生 = 硕士 and 博士)."""
    bare = who.replace("博士研究生", "博士").replace("硕士研究生", "硕士")
    levels = set()
    if "大专" in bare or "专科" in bare:
        levels.add(EducationLevel.JUNIOR_COLLEGE)
    if "本科" in bare:
        levels.add(EducationLevel.BACHELOR)
    if "硕士" in bare:
        levels.add(EducationLevel.MASTER)
    if "博士" in bare:
        levels.add(EducationLevel.DOCTOR)
    if "研究生" in bare:
        levels.update((EducationLevel.MASTER, EducationLevel.DOCTOR))
    return tuple(sorted(levels))


_LEVEL_WORDS = (("博士", EducationLevel.DOCTOR), ("硕士", EducationLevel.MASTER), ("研究生", EducationLevel.MASTER))


def _who_level(who: str) -> EducationLevel | None:
    """The lowest level the qualifier names (硕士、博士研究生 → 硕士)."""
    bare = who.replace("博士研究生", "博士").replace("硕士研究生", "硕士")
    levels = [level for word, level in _LEVEL_WORDS if word in bare]
    if "本科" in who:
        levels.append(EducationLevel.BACHELOR)
    return min(levels) if levels else None


# Qualifiers the graduate record cannot check: a title, a certificate, experience …
_UNRECORDED_WHO = re.compile(r"职称|职务|资格|人才|经历|经验|教授|名中医|带头人|退役|军人|士兵|优秀|从事|岗位")

#: A list of groups, not one group with two attributes: 硕士、博士及有工作经验者.
_ANOTHER_GROUP = re.compile(r"[、和及](?:具有|具备|有)[^、和及]{0,20}?(?:经验|经历)")

# A limit qualified by gender alone (男性50周岁以下，女性45周岁以下) is decidable.
GENDER_WHO = {"男": Gender.MALE, "男性": Gender.MALE, "男教师": Gender.MALE, "女": Gender.FEMALE, "女性": Gender.FEMALE, "女教师": Gender.FEMALE}


def relaxations_for(who: str, maximum: int | None, born_from: dt.date | None = None,
                    as_of: dt.date | None = None) -> tuple[AgeRelaxation, ...]:
    """The relaxation a qualifier earns. A qualifier naming a level or something the record
    cannot hold (具有高级职称或博士研究生学历的) gives two: the level decides for its graduates,
    and the others are reviewed rather than refused. Naming both (博士研究生学历学位和中级职称)
    reviews the graduates of that level and refuses the others."""
    level = _who_level(who)
    unrecorded = level is not None and _UNRECORDED_WHO.search(who) is not None
    # 硕士、博士及有工作经验者 lists two groups (及 before 有/具有 as 或), not 硕士 with experience.
    either = "或" in who or _ANOTHER_GROUP.search(who) is not None
    one = AgeRelaxation(maximum=maximum, who=who, level=level, fresh_only="应届" in who and "非应届" not in who,
                        gender=GENDER_WHO.get(who), born_from=born_from, unrecorded=unrecorded and not either,
                        as_of=as_of)
    if unrecorded and either:
        return one, AgeRelaxation(maximum=maximum, who=who, born_from=born_from, as_of=as_of)
    return (one,)


def split_group_limits(limits: tuple[AgeRelaxation, ...], maximum: int | None, born_from: dt.date | None
                       ) -> tuple[tuple[AgeRelaxation, ...], tuple[AgeRelaxation, ...], tuple[AgeRelaxation, ...]]:
    """(relaxations, stricter, undecided) of group limits under a general one. A group's limit
    below the general one (35周岁以下，应届硕士研究生30周岁以下) narrows it for that group: read as
    a relaxation it lifted nothing and the group's older graduates passed. An age against a
    birth-date bound (1990年1月1日以后出生，硕士研究生30周岁以下) compares only on a day: undecided."""
    relax, stricter, undecided = [], [], []
    for r in limits:
        below = _below(r, maximum, born_from)
        (undecided if below is None else stricter if below else relax).append(r)
    return tuple(relax), tuple(stricter), tuple(undecided)


def _below(r: AgeRelaxation, maximum: int | None, born_from: dt.date | None) -> bool | None:
    """The group's limit admits less than the general one: a lower age, or a later birth date;
    ``None`` when one is an age and the other a birth date only."""
    if r.maximum is not None and maximum is not None and not r.open_ended:
        return r.maximum < maximum
    if r.born_from is not None and born_from is not None:
        return r.born_from > born_from
    if r.maximum is not None and not r.open_ended and born_from is not None and maximum is None:
        return None
    if r.born_from is not None and r.maximum is None and maximum is not None and born_from is None:
        return None
    return False


def oldest_birth(maximum: int | None, born_from: dt.date | None, day: dt.date) -> dt.date | None:
    """The earliest birth day a limit admits, its age counted on ``day`` (a stated date decides)."""
    if born_from is not None:
        return born_from
    if maximum is None:
        return None
    # Aged ``maximum`` on ``day`` until the day before one's next birthday.
    start = day.replace(year=day.year - maximum - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)
    return start + dt.timedelta(days=1)


def per_group(limits: tuple[AgeRelaxation, ...]) -> bool:
    """Every limit names a level the record holds (not a title, a gender or a season alone):
    the list is read as limits of those groups, not as a base limit with relaxations."""
    return len(limits) >= 2 and all(r.level is not None and r.gender is None and not r.unrecorded for r in limits) \
        and len(limits) == len({r.who for r in limits})


def own_group(groups: tuple[AgeRelaxation, ...], education: EducationLevel | None) -> AgeRelaxation | None:
    """The group limit a graduate of ``education`` is surely under, its most specific (博士 within
    研究生); ``None`` when the level alone cannot tell (an 应届 group of that level, no level)."""
    if education is None:
        return None
    mine = [r for r in groups if education in (range(r.level, EducationLevel.DOCTOR + 1) if "及以上" in r.who
                                               else scope_levels(r.who) or (r.level,))]
    if not mine or any(r.fresh_only for r in mine):
        return None
    return min(mine, key=lambda r: len(scope_levels(r.who) or (r.level,)))
