"""Where a post lies when its table has no location: the place its employer's name says.

The Henan 2026 table has no location column, yet 「洛阳市西工区市场监督管理局」 lies in 洛阳市西工区,
「兰考县人民法院」 in 兰考县 and 「郑州市中级人民法院」 in 郑州市. ``infer_location`` reads the
divisions of ``features.data.places`` (Henan and Xinjiang down to counties, the provinces of all
China) out of the employer's name, else its 上级单位, else the announcement's title (「河南省2026年度…」
gives the province only), and gives back the most specific place they agree on, marked as
inferred. Unknown stays unknown: a county-level name (兰考县, 鼓楼区) says where only when its
province or prefecture is named too, by any of the three texts (several provinces have a 鼓楼区);
a prefecture's bare name (洛阳, 哈密) likewise, a full one (洛阳市) on its own. Names of different
places (「开封市驻郑州办事处」) give what contains both (河南省); of different provinces, nothing.
A provincial organ (「河南省教育厅」) gets the province and nothing more: the table does not say it
sits in the capital.

An inferred place helps ranking, a graduate's wishes and what a list shows; the eligibility
rules never read it (``Job.location`` stays what the table stated), so it refuses nobody.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from features.data.places import HENAN_SHARED_NAMES, PROVINCE_DIVISIONS, PROVINCE_FULL_NAMES
from features.place_names import provinces_named, short_name

#: Where an inferred place was read, as a list shows it (「洛阳市西工区（据单位名称）」).
FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT = "单位名称", "上级单位", "招聘公告"


@dataclass(frozen=True, slots=True)
class InferredLocation:
    """A place read from the names of a post, not stated as its location: ``province`` in full
    (「河南省」), ``local`` the place below it (「洛阳市西工区」; empty when the names said only the
    province), ``source`` where it was read (``FROM_EMPLOYER``, ``FROM_PARENT_UNIT``,
    ``FROM_ANNOUNCEMENT``)."""

    province: str
    local: str
    source: str

    @property
    def place(self) -> str:
        """The place from the province down (「河南省洛阳市西工区」): what place keys are read from
        (``matching.scoring``), so that they know what contains it."""
        return self.province + self.local

    @property
    def province_only(self) -> bool:
        return not self.local

    def shown(self) -> str:
        """The place as a list shows it, marked as read, not stated: 「洛阳市西工区（据单位名称）」,
        「河南省（据招聘公告）」."""
        return f"{self.local or self.province}（据{self.source}）"


def _province_name(province: str) -> str:
    if province in PROVINCE_FULL_NAMES:
        return PROVINCE_FULL_NAMES[province]
    return province + ("市" if province in ("北京", "天津", "上海", "重庆") else "省")


@dataclass(frozen=True, slots=True)
class _Division:
    province: str  # short name (河南)
    prefecture: str | None  # full name (洛阳市)
    county: str | None  # full name (西工区)
    #: Says where only beside its province or prefecture (a county; a prefecture's bare name).
    needs_context: bool

    @property
    def chain(self) -> tuple[str, ...]:
        return tuple(p for p in (self.province, self.prefecture, self.county) if p)


def _gazetteer() -> dict[str, _Division]:
    """Every listed spelling of a division → the division."""
    names: dict[str, _Division] = {}
    for province, prefectures in PROVINCE_DIVISIONS.items():
        for prefecture, members in prefectures.items():
            names[prefecture] = _Division(province, prefecture, None, needs_context=False)
            bare = short_name(prefecture)
            if bare != prefecture:
                names.setdefault(bare, _Division(province, prefecture, None, needs_context=True))
            for county in members:
                names[county] = _Division(province, prefecture, county, needs_context=True)
    return names


_DIVISIONS = _gazetteer()
# Longest first: 濮阳县 before 濮阳, 乌鲁木齐县 before 乌鲁木齐.
_DIVISION_NAME = re.compile("|".join(sorted(map(re.escape, _DIVISIONS), key=len, reverse=True)))


def _read(text: str) -> tuple[set[str], list[_Division]]:
    """The provinces and divisions ``text`` names as an address does, the larger first: none
    after its first county-level place, nor a province after any place (in 「洛阳市涧西区湖北路
    司法所」 and 「焦作市马村区安阳城街道办事处」 湖北 and 安阳 name a street and a town inside)."""
    divisions: list[_Division] = []
    first = None
    for m in _DIVISION_NAME.finditer(text):
        first = m.start() if first is None else first
        divisions.append(division := _DIVISIONS[m.group()])
        if division.county:
            break
    return provinces_named(text if first is None else text[:first]), divisions


def _common(divisions: list[_Division]) -> tuple[str, ...]:
    """The longest chain every division's chain starts with (the most specific place they all lie in)."""
    chains = [d.chain for d in divisions]
    common: list[str] = []
    for level in zip(*chains):
        if len(set(level)) > 1:
            break
        common.append(level[0])
    return tuple(common)


def _deepest(divisions: list[_Division]) -> tuple[str, ...]:
    """The most specific place the divisions name consistently: the deepest chain, when every
    other chain leads into it; else what they share."""
    deepest = max((d.chain for d in divisions), key=len)
    if all(deepest[:len(d.chain)] == d.chain for d in divisions):
        return deepest
    return _common(divisions)


def _inferred(chain: tuple[str, ...], source: str) -> InferredLocation:
    province, *rest = chain
    return InferredLocation(_province_name(province), "".join(rest), source)


@functools.lru_cache(maxsize=16_384)
def infer_location(employer: str | None, parent_unit: str | None = None,
                   announcement: str | None = None) -> InferredLocation | None:
    """The place a post's names say (see the module), or ``None`` when they say none, or
    names of different provinces."""
    texts = [(FROM_EMPLOYER, employer or ""), (FROM_PARENT_UNIT, parent_unit or ""),
             (FROM_ANNOUNCEMENT, announcement or "")]
    read = {source: _read(text) for source, text in texts}
    # What the names place beyond doubt: a province, a prefecture's full name (and its province).
    certain = [d for _, found in read.values() for d in found if not d.needs_context]
    provinces = set().union(*(named for named, _ in read.values())) | {d.province for d in certain}
    if len(provinces) > 1:
        return None
    context = provinces | {d.prefecture for d in certain}
    for source, _ in texts:
        named, found = read[source]
        found = [d for d in found if not d.needs_context or d.province in context or d.prefecture in context]
        found = [d for d in found if d.county not in HENAN_SHARED_NAMES or d.prefecture in context]
        if found and (not provinces or {d.province for d in found} <= provinces):
            chain = _deepest(found)
            return _inferred(chain, source) if chain else None  # empty: places of different provinces
        if named:
            # 「河南省教育厅」: a provincial organ, or a table of one province, and no lower place.
            return _inferred((named.pop(),), source)
    return None
