"""Where a cohort comes from (生源地) and how its years compare (各届对比): two tables a bureau's
annual graduate report has and the profile lacked.

生源地 is the place a graduate was registered at admission (``Graduate.origin_place``, text as
written). A bureau reports it by province (区内/区外生源) and, for its own province, by prefecture
(地州市); so each graduate is put in one province and, where the text names one, one
prefecture-level division. A text is read as a location cell is (``features.place_inference.
stated_place``, national down to counties), so a county or district goes to its city however it is
written (「昆山」「江苏昆山」 → 苏州市, 「海淀区」 → 北京市: a municipality is its own city); a Xinjiang county
alone (「沙雅县」) through Xinjiang's own list. A text naming two provinces, or none that can be told, is
「未能确定省份」 rather than guessed.

The comparison across years puts each graduation year of the cohort beside the others with the
same figures (size, levels, women, intentions, wished pay), so that a bureau sees how this year's
cohort differs from last year's without running the profile twice.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from features.data.national_divisions import counties, prefectures
from features.data.places import (
    HENAN_PREFECTURES,
    MUNICIPALITIES,
    PROVINCE_DIRECT_COUNTIES,
    XINJIANG_DIRECT_CITIES,
    XINJIANG_PREFECTURES,
)
from features.education import EducationLevel
from features.place_inference import stated_place
from features.place_names import province_full_name, provinces_named, short_name, xinjiang_prefecture
from features.records import Gender, Graduate, Preferences
from features.registered_place import CORPS

#: The line for a record without 生源地, and for one whose province cannot be told.
ORIGIN_UNSTATED = "未登记生源地"
#: The 各届对比 column of graduates without a 学历 (``cohort_profile.UNSTATED`` labels the same).
EDUCATION_UNSTATED = "未注明"
ORIGIN_UNKNOWN = "未能确定省份"


@lru_cache(maxsize=1)
def _prefecture_full_names() -> dict[str, tuple[str, ...]]:
    """Province short name → the full names of its prefecture-level divisions, with the counties it
    runs directly (仙桃市, 济源市: reported beside its prefectures), longest first."""
    table: dict[str, set[str]] = {}
    for province, items in prefectures().items():
        table.setdefault(province, set()).update(full for _, full, _ in items)
    table.setdefault("河南", set()).update(HENAN_PREFECTURES)
    for province, direct in PROVINCE_DIRECT_COUNTIES.items():
        table.setdefault(province, set()).update(direct)
    table["新疆"] = {*XINJIANG_PREFECTURES, *XINJIANG_DIRECT_CITIES}  # 「石河子」 → 石河子市
    return {p: tuple(sorted(v, key=lambda name: (-len(name), name))) for p, v in table.items()}


def _prefecture_of(province: str, place: str) -> str | None:
    """The prefecture-level division of ``place`` as ``stated_place`` writes it, from the province down
    (「江苏省苏州市昆山市」 → 苏州市); a municipality is its own (「北京市海淀区」 → 北京市)."""
    if province in MUNICIPALITIES:
        return f"{province}市"
    rest = place[place.index(province) + len(province):].lstrip("省")
    for full in _prefecture_full_names().get(province, ()):
        if full in rest:
            return full
    return None


@lru_cache(maxsize=1)
def _shared_short_names() -> tuple[frozenset[str], frozenset[str]]:
    """(Short names of county-level divisions in more than one province, every county-level full name).

    「昌江」 is 海南's 昌江黎族自治县 and 景德镇's 昌江区, 「沙湾」 新疆's 沙湾县 and 乐山's 沙湾区, 「襄城」
    许昌's 襄城县 and 襄阳's 襄城区: written alone, a 生源地 that is one of them says no province, and a
    guess would put a graduate in the wrong one. A prefecture's bare name (大同, 西安) reads as the
    prefecture, as elsewhere."""
    provinces: dict[str, set[str]] = {}
    fulls = set()
    rows = [(full, province) for _, full, _, province in counties()]
    rows += [(full, province) for province, direct in PROVINCE_DIRECT_COUNTIES.items() for full in direct]
    for full, province in rows:
        fulls.add(full)
        provinces.setdefault(short_name(full), set()).add(province)
    bare = {short for items in prefectures().values() for _, _, short in items}
    shared = {short for short, named in provinces.items() if len(named) > 1 and len(short) >= 2 and short not in bare}
    return frozenset(shared), frozenset(fulls)


@lru_cache(maxsize=1)
def _county_by_short_name() -> dict[tuple[str, str], str]:
    """(Province, county-level short name) → its prefecture-level division, for the names a province
    holds one county of (「新疆」「沙湾」 → 塔城地区; a county run directly is its own, 「海南」「昌江」)."""
    found: dict[tuple[str, str], set[str]] = {}
    for _, full, prefecture, province in counties():
        found.setdefault((province, short_name(full)), set()).add(prefecture)
    for province, direct in PROVINCE_DIRECT_COUNTIES.items():
        for full in direct:
            found.setdefault((province, short_name(full)), set()).add(full)
    return {key: next(iter(named)) for key, named in found.items() if len(named) == 1}


def _county_within(province: str, text: str) -> str | None:
    """The prefecture of the county ``text`` names after ``province``'s name (「新疆沙湾」「新疆沙湾县」
    → 塔城地区, 「四川沙湾」 → 乐山市): a short name two provinces share says which once the province is
    written, and so does a county the text names in the province's own words."""
    rest = text.removeprefix(province_full_name(province)).removeprefix(province).strip()
    if not rest or rest == text:
        return None
    inner = origin_division(rest)
    if inner is not None and inner[0] == province and inner[1] is not None:
        return inner[1]
    return _county_by_short_name().get((province, short_name(rest)))


@lru_cache(maxsize=1)
def _shared_autonomous_counties() -> dict[str, tuple[str, str]]:
    """Shared short name + 县 → (province, prefecture) of the one autonomous county among its holders
    (「昌江县」 → 海南 昌江黎族自治县, 「宽城县」 → 河北 承德市): the others are 区, never called 县, and an
    autonomous county is called 「昌江县」 in speech and on forms, as wishes read it."""
    shared, fulls = _shared_short_names()
    holders: dict[str, list[tuple[str, str]]] = {}
    rows = [(full, prefecture, province) for _, full, prefecture, province in counties()]
    rows += [(full, full, province) for province, direct in PROVINCE_DIRECT_COUNTIES.items() for full in direct]
    for full, prefecture, province in rows:
        if full.endswith("县") and (short := short_name(full)) in shared and f"{short}县" not in fulls:
            holders.setdefault(f"{short}县", []).append((province, prefecture))
    return {text: found[0] for text, found in holders.items() if len(found) == 1}


def _shared_alone(text: str) -> bool:
    """``text`` is a short name ``_shared_short_names`` lists, alone or with a 县 no division is named
    with and no single autonomous county of that name explains (``_shared_autonomous_counties``)."""
    shared, fulls = _shared_short_names()
    return text in shared or (text.endswith("县") and text[:-1] in shared and text not in fulls
                              and text not in _shared_autonomous_counties())


@lru_cache(maxsize=4096)
def origin_division(text: str) -> tuple[str, str | None] | None:
    """(province short name, prefecture-level division or ``None``) of a written 生源地, or
    ``None`` when no single province can be told: 「新疆喀什地区疏勒县」 → (新疆, 喀什地区),
    「甘肃省天水市」 → (甘肃, 天水市), 「沙雅县」 → (新疆, 阿克苏地区), 「北京市海淀区」 and 「海淀区」 →
    (北京, 北京市), 「昆山」 → (江苏, 苏州市). Read as a location cell is (``stated_place``: a county's
    short name alone, a district, a city's bare name), but a province the text names is never
    overruled by it (「海南」 is the province, not 青海's 海南藏族自治州)."""
    named = provinces_named(text)
    if len(named) > 1 or (not named and _shared_alone(text)):
        return None
    if not named and text in _shared_autonomous_counties():
        return _shared_autonomous_counties()[text]
    if not named or named == {"新疆"}:
        prefecture = xinjiang_prefecture(text)
        if prefecture is not None:
            return "新疆", prefecture
    place = stated_place(text)
    read = provinces_named(place) if place else set()
    if len(read) == 1 and (not named or read == named):
        province = next(iter(read))
        prefecture = _prefecture_of(province, place)
        return province, prefecture or (_county_within(province, text) if named else None)
    if named:
        province = next(iter(named))
        if province in MUNICIPALITIES:
            return province, f"{province}市"
        return province, _county_within(province, text)
    return ("新疆", None) if CORPS.search(text) else None  # 「兵团第八师」: the corps lies in Xinjiang


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
    origin_top: tuple[str, int] | None  # the commonest origin province(s), 「、」 between tied ones, and the graduates of each


def year_rows(cohort: Sequence[Graduate]) -> tuple[YearRow, ...]:
    """The comparison across years, oldest first, the unstated year last; empty for one year."""
    years = sorted({g.graduation_year for g in cohort}, key=lambda y: (y is None, y or 0))
    if len(years) < 2:
        return ()
    levels = sorted({g.education for g in cohort if g.education is not None})
    any_unstated = any(g.education is None for g in cohort)  # once for the cohort, not per year

    def unstated(members: Sequence[Graduate]) -> tuple[tuple[str, int], ...]:
        # A graduate without 学历 is 未注明, last, as in the 学历 table: else a row's levels fall short of its 人数.
        if not any_unstated:
            return ()
        return ((EDUCATION_UNSTATED, sum(1 for g in members if g.education is None)),)

    rows = []
    for year in years:
        members = [g for g in cohort if g.graduation_year == year]
        pay = [g.preferences.min_salary for g in members if g.preferences.min_salary is not None]
        provinces = [division[0] for g in members
                     if g.origin_place and (division := origin_division(g.origin_place.strip()))]
        most = max(map(provinces.count, provinces), default=0)
        # Provinces tied for the most are all named (「北京、江苏」): the first of them alone would be a guess.
        top = "、".join(sorted({p for p in provinces if provinces.count(p) == most})) if provinces else None
        rows.append(YearRow(
            year=year, total=len(members),
            by_education=tuple((EducationLevel(level).label, sum(1 for g in members if g.education == level))
                               for level in levels) + unstated(members),
            women=sum(1 for g in members if g.gender is Gender.FEMALE),
            men=sum(1 for g in members if g.gender is Gender.MALE),
            wishing=sum(1 for g in members
                        if (g.intention and g.intention.strip()) or g.preferences != Preferences()),
            pay_median=float(statistics.median(pay)) if pay else None,  # one wish: 5000.0, shown as others
            origin_top=(top, most) if top else None,
        ))
    return tuple(rows)
