"""A graduating cohort's profile (毕业生画像): size, structure, majors and employment intentions,
and, given the season's jobs, where graduates of a major class and positions open to it do not meet.

The regional plan asks bureaus and universities to know whom they plan for. Counts are over the
graduates left after the optional year and school filters; every share is of that total (of the
graduates stating a wish, for the wishes). A graduate's major class is the one the catalogs give
(``matching.cohort_majors.catalog_class``: the undergraduate catalog, old names, the tables filing
专科/研究生 majors); a name none of them holds is listed apart under 未归入本科专业类 with why, not
counted in the class a model guesses. A 研究生 major no table files under a 本科 class still counts in
its 学科门类 by the 研究生 catalog (``cohort_majors.graduate_category``: 学科教学（英语） in 04 教育学), so the
门类 table's last line, 未归入学科门类, holds only majors of no known 门类. A position's classes are the fair planner's (``class_themes``
at ``FairLimits``' threshold; ``matching.cohort_supply``), and supply is compared on the same
catalog classes as the tables above.

Wished places are read as 生源地 is (``cohort_origins.origin_division``): 「海淀区」 and 「北京」 are one
line 「北京 北京市」, 「昆山」 is 「江苏 苏州市」; a place no province can be told of (「南疆」) as written.

Hardship (categories, the narrower groups named in them, the student loan), disability and ethnicity
are counted only when the caller asks (``sensitive=True``); the result then names the graduates whose
fields were counted, so that the edge can audit them before showing anything. Who may ask is the edge's decision (officers, and the command line run by someone
holding the file; never organisers). Counts are exact, small ones too: the readers are the people
allowed to read each record, and a 「少于3人」 would hide nothing from them.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from features.catalog import MajorCatalog
from features.intentions import rejected_places
from features.records import Graduate, Hardship, HardshipGroup, Job
from features.values import ethnic_group
from matching.cohort_cross import (CrossTable, GroupWishes, cross_table, group_wishes, political_item,
                                   states_intention)
from matching.cohort_majors import catalog_class, graduate_category, unplaced_reason
from matching.cohort_origins import ORIGIN_UNKNOWN, ORIGIN_UNSTATED, YearRow, origin_division, year_rows
from matching.cohort_supply import SupplyDemand, ranker_supply
from matching.cohort_wishes import MajorName, ranker_major_name, refused_kinds, unread_refused_places, wished_industries
from matching.fair_themes import ThemeLink
from matching.pair_scores import refused_locations, wished_locations
from matching.scoring import specific_place_keys

#: What a field the record does not state is counted as.
UNSTATED = "未注明"
#: The last line of the class table: majors no class takes (listed in ``unplaced_majors``).
UNPLACED = "未归入本科专业类"
#: The last line of the 门类 table (and its cross-tables): majors of no known 门类, by 本科 class or 研究生 code.
UNPLACED_CATEGORY = "未归入学科门类"
#: Wished minimum pay bands, yuan a month: each band starts at its edge (the first at 0).
PAY_BAND_EDGES = (3000, 4000, 5000, 6000, 8000, 10_000)

Placement = Callable[[Graduate], ThemeLink | None]
#: Why a major name is in no class (``matching.cohort_majors.unplaced_reason`` bound to a ranker).
UnplacedWhy = Callable[[str], str]
#: The 门类 (code, name) of a major name no class takes (``matching.cohort_majors.graduate_category``).
UnplacedCategory = Callable[[str], tuple[str, str] | None]
SupplyFrom = Callable[[Mapping[str, ThemeLink | None]], SupplyDemand]
#: Stands in for the season's jobs when none are at hand: placing a graduate's major needs only a
#: ranker's catalog, reference table and model, but a ranker is fitted on jobs.
STAND_IN_JOB = Job(id="stand-in", title="专业归类")


@dataclass(frozen=True, slots=True)
class Count:
    """One line of a table: ``key`` a code or the value itself, ``label`` as shown."""

    key: str
    label: str
    count: int
    share: float  # of the section's base (``CohortProfile.total``, or the graduates stating a wish)


@dataclass(frozen=True, slots=True)
class PayWishes:
    """Wished minimum monthly pay (``Preferences.min_salary``), in yuan."""

    stated: int
    median: float | None
    lower_quartile: float | None
    upper_quartile: float | None
    lowest: int | None
    highest: int | None
    bands: tuple[Count, ...]  # shares of ``stated``


@dataclass(frozen=True, slots=True)
class Intentions:
    stated: int  # graduates with an intention text or a structured wish
    share: float
    places: tuple[Count, ...]  # most wished first; shares of ``stated``
    kinds: tuple[Count, ...]  # kinds of job (Preferences.categories)
    industries: tuple[Count, ...]
    refused_places: tuple[Count, ...]  # read from the intention text (「不去喀什」) and the 意向地点 column (「不去南疆」)
    refused_kinds: tuple[Count, ...]  # 「不做销售」
    pay: PayWishes


@dataclass(frozen=True, slots=True)
class SensitiveCounts:
    """Counted only on request. ``counted``: (graduate id, sensitive fields whose value was
    counted), for the audit log the edge writes before anything is shown."""

    hardship: tuple[Count, ...]  # each category; a graduate may be in several
    hardship_any: int  # at least one category
    hardship_none: int  # the record states none
    hardship_unknown: int  # the source had no hardship column
    hardship_groups: tuple[Count, ...]  # each narrower group the source named (低保家庭 …), within its category
    student_loan: int  # 获得国家助学贷款
    student_loan_none: int  # the record states no loan
    student_loan_unknown: int  # not stated
    disability: int
    ethnic_minority: int  # one of the 55 minority groups
    ethnicity_unknown: int  # not stated, or not one of the 56 groups (其他, 外国血统)
    counted: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class CohortProfile:
    year: int | None  # the filters applied (None: all)
    school: str | None
    total: int
    by_year: tuple[Count, ...]
    by_school: tuple[Count, ...]
    by_education: tuple[Count, ...]
    by_degree: tuple[Count, ...]
    by_gender: tuple[Count, ...]
    by_category: tuple[Count, ...]  # 门类 of the major class, else of the 研究生 code; UNPLACED_CATEGORY last
    by_class: tuple[Count, ...]  # 4-digit undergraduate class ("1202 工商管理类"); UNPLACED last
    unplaced: int  # graduates whose major no class takes
    unplaced_majors: tuple[Count, ...]  # key: the stated name; label: the name and why (「量子炼金术（不在专业目录中）」)
    top_majors: tuple[Count, ...]
    intentions: Intentions
    supply: SupplyDemand | None  # only when jobs were given
    sensitive: SensitiveCounts | None  # only when asked for
    by_origin_province: tuple[Count, ...] = ()  # 生源地 by province (matching.cohort_origins)
    by_origin_prefecture: tuple[Count, ...] = ()  # 生源地 by prefecture-level division, 「新疆 喀什地区」
    years: tuple[YearRow, ...] = ()  # each graduation year beside the others; empty for one year
    by_political: tuple[Count, ...] = ()  # 政治面貌 (matching.cohort_cross.political_item)
    # Cross-tables (matching.cohort_cross): rows and columns labelled as ``by_category``,
    # ``by_school`` and ``by_education`` label them, in their order.
    category_by_education: CrossTable | None = None
    school_by_education: CrossTable | None = None
    wishes_by_education: tuple[GroupWishes, ...] = ()
    wishes_by_category: tuple[GroupWishes, ...] = ()


def select(graduates: Iterable[Graduate], *, year: int | None = None, school: str | None = None) -> list[Graduate]:
    """The graduates of ``year`` and ``school`` (exact, after trimming spaces); ``None`` keeps all."""
    school = school.strip() if school is not None else None
    return [g for g in graduates
            if (year is None or g.graduation_year == year) and (not school or (g.school or "").strip() == school)]


def profile_cohort(graduates: Sequence[Graduate], *, catalog: MajorCatalog, place: Placement, year: int | None = None,
                   school: str | None = None, supply_from: SupplyFrom | None = None, sensitive: bool = False,
                   top: int = 10, unplaced_why: UnplacedWhy | None = None,
                   unplaced_category: UnplacedCategory | None = None, major_name: MajorName | None = None) -> CohortProfile:
    """The profile of ``graduates`` after the filters. ``place`` puts a graduate in a major class
    (``catalog_class`` bound to a ranker); ``unplaced_why`` says why a name is in none, and
    ``unplaced_category`` which 门类 such a name is of (a 研究生 major: ``graduate_category``);
    ``major_name`` tells a major's name written as a wish (``cohort_wishes``); ``supply_from`` (``supply_demand`` bound to the jobs and
    their classes) compares the classes with the positions open to them. ``top``: how many of the
    most common majors, places, kinds and industries to keep."""
    cohort = select(graduates, year=year, school=school)
    total = len(cohort)
    classes = {g.id: place(g) for g in cohort}
    unplaced = [g for g in cohort if classes[g.id] is None]

    def category_item(graduate: Graduate) -> tuple[str, str] | None:
        """(code, 「04 教育学」) of the graduate's class, else of their major's 研究生 门类."""
        link = classes[graduate.id]
        if link is not None:
            code, name = link.key[:2], catalog.categories.get(link.key[:2], "")
        else:
            major = (graduate.major or "").strip()
            found = unplaced_category(major) if unplaced_category is not None and major else None
            if found is None:
                return None
            code, name = found[0], catalog.categories.get(found[0]) or found[1]  # 14 交叉学科: 研究生 only
        return code, f"{code} {name}".strip()

    categories = {g.id: category_item(g) for g in cohort}

    by_school = _table(((g.school.strip(),) * 2 if g.school and g.school.strip() else None for g in cohort), total)
    by_education = _table(((str(int(g.education)), g.education.label) if g.education is not None else None
                           for g in cohort), total, ordered=True)
    by_category = _table(categories.values(), total, unstated=UNPLACED_CATEGORY)
    levels = [c.label for c in by_education]

    def level(graduate: Graduate) -> str:
        return graduate.education.label if graduate.education is not None else UNSTATED

    def category(graduate: Graduate) -> str:
        item = categories[graduate.id]
        return item[1] if item else UNPLACED_CATEGORY

    def school_of(graduate: Graduate) -> str:
        return (graduate.school or "").strip() or UNSTATED

    # Read once: the intentions and both groupings count the same keys, and reading them is most of the time.
    # Only wishes: a 意向地点 item 「不去南疆」「除南疆外」 refuses 南疆 (``refused_places``), as the ranker reads it.
    wished = {g.id: _wished_divisions(wished_locations(g)) for g in cohort}

    def wished_places(graduate: Graduate) -> list[str]:
        return wished[graduate.id]

    return CohortProfile(
        year=year, school=school.strip() if school and school.strip() else None, total=total,
        by_year=_table(((str(g.graduation_year),) * 2 if g.graduation_year else None for g in cohort), total,
                       ordered=True),
        by_school=by_school,
        by_education=by_education,
        by_degree=_table(((str(int(g.degree)), g.degree.label) if g.degree is not None else None for g in cohort),
                         total, ordered=True),
        by_gender=_table(((g.gender.value,) * 2 if g.gender is not None else None for g in cohort), total),
        by_category=by_category,
        by_class=_table(((link.key, f"{link.key} {link.name}") if link else None for link in classes.values()), total,
                        unstated=UNPLACED),
        unplaced=len(unplaced),
        unplaced_majors=_table((_unplaced_item(g.major.strip(), unplaced_why) if g.major and g.major.strip() else None
                                for g in unplaced), total, unstated="未填写专业"),
        top_majors=_table((_major_name(g, catalog) for g in cohort), total, unstated="未填写专业")[:top],
        intentions=_intentions(cohort, top, wished, major_name),
        supply=supply_from(classes) if supply_from is not None else None,
        sensitive=_sensitive(cohort) if sensitive else None,
        by_origin_province=_origins(cohort, total, prefecture=False),
        by_origin_prefecture=_origins(cohort, total, prefecture=True),
        years=year_rows(cohort),
        by_political=_table((political_item(g) for g in cohort), total, ordered=True),
        category_by_education=cross_table(cohort, category, level, rows=[c.label for c in by_category], columns=levels),
        school_by_education=cross_table(cohort, school_of, level, rows=[c.label for c in by_school], columns=levels),
        wishes_by_education=group_wishes(cohort, level, levels, wished_places),
        wishes_by_category=group_wishes(cohort, category, [c.label for c in by_category], wished_places),
    )


def _origins(cohort: Sequence[Graduate], total: int, *, prefecture: bool) -> tuple[Count, ...]:
    """生源地 by province, or by prefecture (「新疆 喀什地区」; a province alone where the text names
    none below it); a record without one last, then one whose province cannot be told."""
    def item(graduate: Graduate) -> tuple[str, str] | None:
        text = (graduate.origin_place or "").strip()
        if not text:
            return None
        division = origin_division(text)
        if division is None:
            return "~", ORIGIN_UNKNOWN
        province, within = division
        label = f"{province} {within}" if prefecture and within else province
        return label, label
    table = _table((item(g) for g in cohort), total, unstated=ORIGIN_UNSTATED)
    return tuple(sorted(table, key=lambda c: (c.key in ("", "~"), c.key == "")))


def ranker_profile(graduates: Sequence[Graduate], ranker, *, with_jobs: bool = True, **options) -> CohortProfile:
    """``profile_cohort`` with a fitted ``Ranker``: majors placed as it places them and, when
    ``with_jobs`` (its jobs are the season's, not a stand-in), supply against its positions."""
    return profile_cohort(graduates, catalog=ranker.catalog, place=partial(catalog_class, ranker),
                          unplaced_why=partial(unplaced_reason, ranker),
                          unplaced_category=partial(graduate_category, ranker), major_name=ranker_major_name(ranker),
                          supply_from=ranker_supply(ranker) if with_jobs else None, **options)


def _unplaced_item(name: str, why: UnplacedWhy | None) -> tuple[str, str]:
    """(name, 「name（why）」) of a major in no class: the reader sees a made-up or unfiled name as such."""
    return name, f"{name}（{why(name)}）" if why is not None else name


def _table(items: Iterable[tuple[str, str] | None], base: int, *, ordered: bool = False,
           unstated: str = UNSTATED) -> tuple[Count, ...]:
    """Counts of (key, label) pairs, ``None`` counted as ``unstated`` and listed last; most
    common first (ties by key), or in key order when ``ordered`` (years, levels)."""
    counts: Counter[tuple[str, str]] = Counter(item if item is not None else ("", unstated) for item in items)
    known = [(pair, n) for pair, n in counts.items() if pair[0]]
    known.sort(key=(lambda kv: kv[0][0]) if ordered else (lambda kv: (-kv[1], kv[0][0])))
    rows = known + [(pair, n) for pair, n in counts.items() if not pair[0]]
    return tuple(Count(key, label, n, n / base if base else 0.0) for (key, label), n in rows)


def _major_name(graduate: Graduate, catalog: MajorCatalog) -> tuple[str, str] | None:
    """A catalog major by its catalog name (one name however the table spelt it), else as stated."""
    major = catalog.major(graduate.major_code) if graduate.major_code else None
    if major is not None:
        return major.code, major.name
    name = (graduate.major or "").strip()
    return (name, name) if name else None


_states_intention = states_intention


def _wishes(lists: Iterable[Iterable[str]], base: int, top: int) -> tuple[Count, ...]:
    """Each item once per graduate (a list that names 乌鲁木齐 twice counts one graduate)."""
    items = (item.strip() for wished in lists for item in dict.fromkeys(w.strip() for w in wished) if item.strip())
    return _table(((item, item) for item in items), base)[:top]


def _places(names: Iterable[str]) -> list[str]:
    """Each place by its key (``specific_place_keys``: 乌鲁木齐市 and 乌市 are 乌鲁木齐, 伊犁哈萨克自治州
    is 伊犁), as the ranker reads wishes: the 意向地点 column keeps what was typed, and a city
    spelt three ways would otherwise be three lines, none of them its real count."""
    return [key for name in names for key in sorted(specific_place_keys(name))]


def _wished_divisions(names: Iterable[str]) -> list[str]:
    """Each wished place by its province and prefecture-level division, as 生源地 is counted
    (``origin_division``: 「海淀区」 and 「北京」 → 「北京 北京市」, 「昆山」 → 「江苏 苏州市」, 「新疆」 → 「新疆」);
    a place no single province can be told of (「南疆」, 「全国」) by its key, as written."""
    def label(division: tuple[str, str | None]) -> str:
        return " ".join(part for part in division if part)

    out = []
    for name in names:
        # The text as written first (「四川沙湾」 names its province; its key 沙湾 alone would not).
        if name.strip() and (division := origin_division(name.strip())) is not None:
            out.append(label(division))
            continue
        for key in _places([name]):  # 乌市 → 乌鲁木齐
            division = origin_division(key)
            out.append(key if division is None else label(division))
    return out


def _intentions(cohort: Sequence[Graduate], top: int, wished: Mapping[str, list[str]],
                major_name: MajorName | None = None) -> Intentions:
    wishing = [g for g in cohort if _states_intention(g)]
    base = len(wishing)
    return Intentions(
        stated=base, share=base / len(cohort) if cohort else 0.0,
        places=_wishes((wished[g.id] for g in wishing), base, top),
        kinds=_wishes((g.preferences.categories for g in wishing), base, top),
        industries=_wishes((wished_industries(g, major_name) for g in wishing), base, top),
        refused_places=_wishes(((*_places((*rejected_places(g.intention), *refused_locations(g))),
                                 *unread_refused_places(g)) for g in wishing), base, top),
        refused_kinds=_wishes((refused_kinds(g) for g in wishing), base, top),
        pay=pay_wishes([g.preferences.min_salary for g in wishing if g.preferences.min_salary is not None]),
    )


def pay_wishes(values: Sequence[int]) -> PayWishes:
    """Median and quartiles (``statistics.quantiles``, inclusive method: the quartiles of the
    values themselves, as a spreadsheet's QUARTILE.INC gives) and counts per band."""
    values = sorted(values)
    if not values:
        return PayWishes(0, None, None, None, None, None, ())
    if len(values) == 1:
        q1 = median = q3 = float(values[0])
    else:
        q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return PayWishes(len(values), median, q1, q3, values[0], values[-1], _pay_bands(values))


def _pay_bands(values: Sequence[int]) -> tuple[Count, ...]:
    edges = (0, *PAY_BAND_EDGES)
    rows = []
    for number, low in enumerate(edges):
        high = edges[number + 1] if number + 1 < len(edges) else None
        count = sum(1 for v in values if v >= low and (high is None or v < high))
        label = (f"{high}元以下" if low == 0 else f"{low}元及以上" if high is None else f"{low}–{high - 1}元")
        rows.append(Count(str(low), label, count, count / len(values)))
    return tuple(rows)


#: The sensitive fields the counts read, audited per graduate whose record holds a value.
_COUNTED_FIELDS = ("ethnicity", "hardship", "hardship_groups", "student_loan")


def _sensitive(cohort: Sequence[Graduate]) -> SensitiveCounts:
    total = len(cohort)
    categories: Counter[Hardship] = Counter(h for g in cohort if g.hardship for h in g.hardship)
    named: Counter[HardshipGroup] = Counter(group for g in cohort for group in g.hardship_groups or ())
    groups = [ethnic_group(g.ethnicity) for g in cohort]
    # Each field a graduate's record holds is counted (a loan 否 as much as a 是), so each is audited.
    counted = tuple((g.id, fields) for g in cohort
                    if (fields := tuple(f for f in _COUNTED_FIELDS if getattr(g, f) is not None)))
    return SensitiveCounts(
        hardship=tuple(Count(h.name.lower(), h.value, categories[h], categories[h] / total if total else 0.0)
                       for h in Hardship),
        hardship_any=sum(1 for g in cohort if g.hardship),
        hardship_none=sum(1 for g in cohort if g.hardship is not None and not g.hardship),
        hardship_unknown=sum(1 for g in cohort if g.hardship is None),
        hardship_groups=tuple(Count(group.name.lower(), group.value, named[group], named[group] / total if total else 0.0)
                              for group in HardshipGroup),
        student_loan=sum(1 for g in cohort if g.student_loan),
        student_loan_none=sum(1 for g in cohort if g.student_loan is False),
        student_loan_unknown=sum(1 for g in cohort if g.student_loan is None),
        disability=categories[Hardship.DISABILITY],
        ethnic_minority=sum(1 for group in groups if group is not None and group != "汉族"),
        ethnicity_unknown=sum(1 for group in groups if group is None),
        counted=counted,
    )
