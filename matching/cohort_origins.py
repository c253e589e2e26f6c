"""Where a cohort comes from (生源地) and how its years compare (各届对比): two tables a bureau's
annual graduate report has and the profile lacked.

生源地 is the place a graduate was registered at admission (``Graduate.origin_place``, text as
written). A bureau reports it by province (区内/区外生源) and, for its own province, by prefecture
(地州市); so each graduate is put in one province and, where the text names one, one
prefecture-level division. A text naming no province (「沙雅县」「喀什」) is placed through
Xinjiang's divisions, the only ones whose counties the project lists; a text naming two provinces,
or none that can be told, is 「未能确定省份」 rather than guessed.

The comparison across years puts each graduation year of the cohort beside the others with the
same figures (size, levels, women, intentions, wished pay), so that a bureau sees how this year's
cohort differs from last year's without running the profile twice.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from features.data.national_divisions import prefectures
from features.data.places import HENAN_PREFECTURES
from features.education import EducationLevel
from features.place_names import provinces_named, xinjiang_prefecture
from features.records import Gender, Graduate, Preferences

#: The line for a record without 生源地, and for one whose province cannot be told.
ORIGIN_UNSTATED = "未登记生源地"
ORIGIN_UNKNOWN = "未能确定省份"


@lru_cache(maxsize=1)
def _prefecture_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Province short name → (full name, spelling) of its prefecture-level divisions, longest
    spelling first (a full name before its short name)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for province, items in prefectures().items():
        for _, full, short in items:
            table.setdefault(province, []).extend(((full, full), (full, short)))
    table.setdefault("河南", []).extend((full, full) for full in HENAN_PREFECTURES)
    return {p: tuple(sorted(set(v), key=lambda pair: len(pair[1]), reverse=True)) for p, v in table.items()}


@lru_cache(maxsize=4096)
def origin_division(text: str) -> tuple[str, str | None] | None:
    """(province short name, prefecture-level division or ``None``) of a written 生源地, or
    ``None`` when no single province can be told: 「新疆喀什地区疏勒县」 → (新疆, 喀什地区),
    「甘肃省天水市」 → (甘肃, 天水市), 「沙雅县」 → (新疆, 阿克苏地区), 「北京市海淀区」 → (北京, None)."""
    named = provinces_named(text)
    if len(named) > 1:
        return None
    if not named or named == {"新疆"}:
        prefecture = xinjiang_prefecture(text)
        if prefecture is not None:
            return "新疆", prefecture
        return ("新疆", None) if named else None
    province = next(iter(named))
    for full, spelling in _prefecture_names().get(province, ()):
        if spelling in text:
            return province, full
    return province, None


@dataclass(frozen=True, slots=True)
class YearRow:
    """One graduation year of the cohort (``None``: the year is not stated)."""

    year: int | None
    total: int
    by_education: tuple[tuple[str, int], ...]  # (level label, graduates), every level any year has
    women: int
    men: int
    wishing: int  # stating an intention
    pay_median: float | None  # wished minimum monthly pay, of those stating one
    origin_top: tuple[str, int] | None  # the commonest origin province and its graduates


def year_rows(cohort: Sequence[Graduate]) -> tuple[YearRow, ...]:
    """The comparison across years, oldest first, the unstated year last; empty for one year."""
    years = sorted({g.graduation_year for g in cohort}, key=lambda y: (y is None, y or 0))
    if len(years) < 2:
        return ()
    levels = sorted({g.education for g in cohort if g.education is not None})
    rows = []
    for year in years:
        members = [g for g in cohort if g.graduation_year == year]
        pay = [g.preferences.min_salary for g in members if g.preferences.min_salary is not None]
        provinces = [division[0] for g in members
                     if g.origin_place and (division := origin_division(g.origin_place.strip()))]
        top = max(sorted(set(provinces)), key=provinces.count) if provinces else None
        rows.append(YearRow(
            year=year, total=len(members),
            by_education=tuple((EducationLevel(level).label, sum(1 for g in members if g.education == level))
                               for level in levels),
            women=sum(1 for g in members if g.gender is Gender.FEMALE),
            men=sum(1 for g in members if g.gender is Gender.MALE),
            wishing=sum(1 for g in members
                        if (g.intention and g.intention.strip()) or g.preferences != Preferences()),
            pay_median=statistics.median(pay) if pay else None,
            origin_top=(top, provinces.count(top)) if top else None,
        ))
    return tuple(rows)
