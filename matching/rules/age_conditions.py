"""The age payloads of ``Kind.AGE`` (split out of ``conditions``, which re-exports them): a limit,
its relaxations and the limits of groups. Read by ``age``, ``age_levels`` and ``age_groups``; checked
by ``age_checks``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from features.education import EducationLevel
from features.records import Gender


@dataclass(frozen=True, slots=True)
class AgeRelaxation:
    """A higher age limit for some applicants (博士放宽至40周岁 …).

    ``level``: the education level from which it applies (None: the relaxation depends on
    something the graduate record does not hold, e.g. a professional title, kept as
    ``who``). ``fresh_only``: only for fresh graduates (2026年应届硕士 …). ``born_from``:
    the relaxed limit as the announcement dates it (放宽至35周岁（1986年1月1日以后出生）);
    like the base limit's date, it decides over ``maximum``, which may then be ``None``
    (硕士及以上研究生1974年1月1日及以后出生). ``maximum`` 999: 可适当放宽, no stated limit.
    ``as_of``: the day its age is counted on when it states its own (…可放宽至40周岁，年龄
    计算时间截止2020年12月31日); ``None`` counts it on the limit's day.
    """

    maximum: int | None
    who: str
    level: EducationLevel | None = None
    fresh_only: bool = False
    gender: Gender | None = None  # the limit is for this gender only (男性50周岁以下)
    born_from: dt.date | None = None
    # ``level`` is necessary but not enough: the qualifier also names something the record
    # cannot hold (博士研究生学历学位和中级职称), so a graduate of that level is reviewed.
    unrecorded: bool = False
    as_of: dt.date | None = None
    # How an open relaxation is said, in the post's own word (可适度放宽, 可适当放宽, 可放宽); None: 可适当放宽.
    wording: str | None = None

    @property
    def open_ended(self) -> bool:
        """可适当放宽 (``maximum`` 999): the limit is relaxed by an amount the post does not state."""
        return self.maximum is not None and self.maximum >= 999


@dataclass(frozen=True, slots=True)
class AgeCond:
    """Age bounds in whole years (inclusive: 以上/以下 include the number, as in the
    civil-service announcements) and/or birth-date bounds (inclusive).

    ``as_of``: the day the announcement counts ages on (年龄计算截止日期为2026年3月1日);
    ``None``: the engine's reference day. ``as_of_note``: a day stated only relative to the
    recruitment (报名首日, 公告发布之日), which the cell does not date: ages then count on the
    reference day and reasons say which day the announcement meant.
    """

    minimum: int | None = None
    maximum: int | None = None
    born_from: dt.date | None = None
    born_to: dt.date | None = None
    relaxations: tuple[AgeRelaxation, ...] = ()
    scope: str | None = None  # the limit binds only these applicants (本科生28周岁以下)
    # Lower limits for some applicants (35周岁以下。应届硕士研究生30周岁以下): a relaxation's
    # record (who, level, 应届 …) binding those it names, where a relaxation lifts.
    stricter: tuple[AgeRelaxation, ...] = ()
    # A group's age limit under a birth-date bound (1990年1月1日以后出生，硕士研究生30周岁以下), or
    # the reverse: stricter or a relaxation only on the day ages count on (``age_checks``).
    undecided: tuple[AgeRelaxation, ...] = ()
    # Every limit names a group (本科生23周岁以下，硕士研究生27周岁以下): each binds its own
    # group; a graduate of none is not told by the post. Empty for a limit on everyone.
    groups: tuple[AgeRelaxation, ...] = ()
    scope_levels: tuple[EducationLevel, ...] = ()
    as_of: dt.date | None = None
    as_of_note: str | None = None
