"""Cross-tables of the cohort profile (交叉分析) and its 政治面貌 breakdown, for ``matching.cohort_profile``.

An officer plans fairs and training by level and discipline at once: how many 专科 graduates an 工学
class holds, which schools send 研究生, whether 本科 graduates wish for 机关事业单位 more than 专科 ones,
where the graduates of a 门类 want to work. So: 学科门类 × 学历, 学校 × 学历, and the intentions of
each level and each 门类 (who states one, who wishes 机关事业单位, the wished minimum pay's median and
the most wished places).

Only fields every reader of the profile may read go into them (school, 学历, major, intentions): none
reads hardship, disability, ethnicity or ID, so a table shown to an organiser, computed on the
redacted records, is the same as an officer's and rests on nothing they may not see. Small cells are
shown as they are, as the rest of the profile shows them: an organiser reads each graduate's school,
major, level and intentions in the candidate lists anyway, so a cell of one tells nothing new.

政治面貌 is read as the eligibility rules read it (``matching.rules.political.standing``), so that
「中共预备党员」 and 「预备党员」 are one line; a text it cannot read is listed as written.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from features.records import EmployerType, Graduate, Preferences
from matching.preferences import employer_types_wanted
from matching.rules.conditions import Political
from matching.rules.political import standing

#: The kind of job (``Preferences.categories``) whose wish the intentions by group count.
PUBLIC_SECTOR = "机关事业单位"
_PUBLIC_SECTOR_TYPES = frozenset({EmployerType.GOVERNMENT, EmployerType.PUBLIC_INSTITUTION})
#: How many of a group's most wished places are named.
TOP_PLACES = 3

_STANDING_ORDER = {kind: str(n) for n, kind in enumerate(Political, start=1)}


@dataclass(frozen=True, slots=True)
class CrossTable:
    """Graduates by two fields: ``cells[i][j]`` of row ``rows[i]`` and column ``columns[j]``."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]
    row_totals: tuple[int, ...]
    column_totals: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class GroupWishes:
    """The intentions of one group (a level, a 门类); shares of ``wishing``, of ``total`` for it."""

    label: str
    total: int
    wishing: int  # stating an intention
    public_sector: int  # wishing PUBLIC_SECTOR
    pay_stated: int
    pay_median: float | None
    places: tuple[tuple[str, int], ...]  # the TOP_PLACES most wished, with their graduates


def cross_table(cohort: Sequence[Graduate], row: Callable[[Graduate], str], column: Callable[[Graduate], str],
                *, rows: Sequence[str], columns: Sequence[str]) -> CrossTable:
    """``rows`` and ``columns``: the labels in the order shown (every label ``row`` or ``column`` gives)."""
    counts = Counter((row(g), column(g)) for g in cohort)
    cells = tuple(tuple(counts[r, c] for c in columns) for r in rows)
    return CrossTable(tuple(rows), tuple(columns), cells, tuple(map(sum, cells)),
                      tuple(sum(line[j] for line in cells) for j in range(len(columns))))


def group_wishes(cohort: Sequence[Graduate], group: Callable[[Graduate], Hashable], labels: Sequence[str],
                 places: Callable[[Graduate], Sequence[str]]) -> tuple[GroupWishes, ...]:
    """One row per label of ``labels`` (groups in that order); ``places``: a graduate's wished places
    as keys (each counted once per graduate)."""
    members: dict[Hashable, list[Graduate]] = {label: [] for label in labels}
    for graduate in cohort:
        members[group(graduate)].append(graduate)
    out = []
    for label in labels:
        wishing = [g for g in members[label] if states_intention(g)]
        pay = [g.preferences.min_salary for g in wishing if g.preferences.min_salary is not None]
        wished = Counter(place for g in wishing for place in dict.fromkeys(places(g)))
        out.append(GroupWishes(
            label=label, total=len(members[label]), wishing=len(wishing),
            public_sector=sum(1 for g in wishing if wishes_public_sector(g)),
            pay_stated=len(pay), pay_median=float(statistics.median(pay)) if pay else None,
            places=tuple(sorted(wished.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_PLACES]),
        ))
    return tuple(out)


def wishes_public_sector(graduate: Graduate) -> bool:
    """A stated 意向类别 naming 机关 or 事业单位 and nothing else, however written (事业单位, 公务员, 考编,
    体制内 as the scorer reads them, ``matching.preferences``): counting the word 机关事业单位 alone left out
    a graduate who wrote 公务员. 企事业单位 names firms too, and is not counted."""
    return any((types := employer_types_wanted(c)) and types <= _PUBLIC_SECTOR_TYPES
               for c in graduate.preferences.categories)


def states_intention(graduate: Graduate) -> bool:
    return bool(graduate.intention and graduate.intention.strip()) or graduate.preferences != Preferences()


_standing = lru_cache(maxsize=512)(standing)  # a cohort writes a handful of texts; each read once


def political_item(graduate: Graduate) -> tuple[str, str] | None:
    """(key ordering the standings as registration forms list them, label) of a graduate's 政治面貌;
    ``None`` when not stated. 预备党员 is a line of its own: a post for 正式党员 refuses them."""
    text = (graduate.political_status or "").strip()
    if not text:
        return None
    read = _standing(text)
    if read is None:
        return "9" + text, text  # as written, after the standings
    if read.kind is Political.PARTY_MEMBER and read.probationary:
        return _STANDING_ORDER[read.kind] + "b", "中共预备党员"
    return _STANDING_ORDER[read.kind], read.kind.value
