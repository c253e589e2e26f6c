"""Where a post lies when its table has no location: the place its employer's name says.

The Henan 2026 table has no location column, yet 「洛阳市西工区市场监督管理局」 lies in 洛阳市西工区,
「兰考县人民法院」 in 兰考县 and 「郑州市中级人民法院」 in 郑州市. ``infer_location`` reads the
divisions of ``features.data.places`` (Henan and Xinjiang down to counties, the provinces of all
China) and ``features.data.national_divisions`` (every other province's prefectures, a bare name beside its
province only: 「武汉大学」 places nothing) out of the employer's name, else its 上级单位, else the announcement's title (「河南省2026年度…」
gives the province only), and gives back the most specific place they agree on, marked as
inferred. Every other province's county-level places are read too, by the rules of ``features.place_gazetteer``
(which builds the table of names), and one named after another city's name is that city's zone (「许昌市东城区」).
Unknown stays unknown:

- a county-level name (兰考县) says its place alone, being the name of no other division in China;
  one that is not (鼓楼区, 新华区: other provinces have one) counts only under its prefecture's name,
  one that is also a word (新市区) only beside its province or prefecture, named by any of the three
  texts, and a two-character one (新县, 范县: inside 阳新县, 示范县) there too or heading a name
  (「叶县人民法院」);
- a county's short name (兰考, 库车) counts right after its prefecture's or province's name (「河南兰考」
  「阿克苏库车」, ``place_gazetteer``), else only as the name of a branch or zone, beside its province
  or prefecture: 「开封市医疗保障局兰考分局」 lies in 兰考县, 「河南省新郑监狱」 in 新郑市, 「新安经济技术
  开发区」 (with 「河南省…」 beside it) in 新安县, 「宝丰商务区」 in 宝丰县; a town's 「新安镇」 names no
  county;
- a prefecture's bare name (洛阳, 哈密) needs its province too, a full one (洛阳市, 恩施州) says it
  alone, as does a county-level place its province runs (仙桃市, 屯昌县: ``PROVINCE_DIRECT_COUNTIES``).

The longest name at a position is read, and never one inside another place's name: another province's
安新县 holds 新县 and is read as itself (``DIVISIONS_HOLDING_LISTED_NAMES``), a two-character county's name
before 镇 at the head is a town's (「新县镇卫生院」, beside a Henan announcement too), and no province is
read across a city's name that starts earlier (威海 of 「威海南海新区」, ``features.place_names``).

An office one place keeps in another (「信阳市人民政府驻郑州办事处」) works where it is stationed, the
place after 「驻」 (郑州市), also when named by its one-character name (「驻京办事处」 → 北京市, 驻沪 →
上海市), or by a prefecture's bare name before the office (「新疆驻汉中办事处」 → 汉中市); one kept in a place
the list does not hold (「新疆驻昆山办事处」) is not placed, never at its
keeper, nor is one liaising with the central enterprises of a place (「河南省驻汉中央企业联络处」: its own
seat unsaid). Otherwise names of different places give what contains both, never a guess between them
(a 「郑州市…兰考分局」 would give 河南省), of different provinces nothing. A provincial organ
(「河南省教育厅」) gets the province and nothing more: the table does not say it sits in the capital.

An inferred place helps ranking, a graduate's wishes and what a list shows; the eligibility
rules read it for one thing only (``Job.location`` stays what the table stated): which place a hukou
requirement naming no province means (「限宜阳县户籍」 of a Henan post, ``matching.rules.places.seat``);
the post's own words, not the inferred place, decide who is refused.

Reading one text (an address's names, an office's seat after 「驻」) is ``features.place_reading``'s
job; this module weighs the three texts' readings and gives the place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from features.data.national_divisions import PREFECTURES, counties
from features.data.places import HENAN_SHARED_NAMES, PROVINCE_DIRECT_COUNTIES, PROVINCE_DIVISIONS
from features.place_gazetteer import Division as _Division, gazetteer
from features.place_names import (
    joined_prefecture_after_province,
    new_area_short_name,
    prefecture_short_forms,
    prefecture_short_name,
    province_full_name,
    short_name,
)
from features.place_reading import read_place, read_address

#: Where an inferred place was read, as a list shows it (「洛阳市西工区（据单位名称）」).
FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT = "单位名称", "上级单位", "招聘公告"
#: The sources that are names, not the post's words: a place read there is guessed (推断).
_NAME_SOURCES = (FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT)


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

    @property
    def stated_in_words(self) -> bool:
        """Read from the post's own words (「工作地点：三门峡市」 in 备注, ``features.place_statements``), not its names."""
        return self.source not in _NAME_SOURCES

    def shown(self) -> str:
        """The place as a list shows it, marked as read, not stated: 「洛阳市西工区（据单位名称）」,
        「河南省（据招聘公告）」."""
        return f"{self.local or self.province}（据{self.source}）"


#: The mark ``InferredLocation.shown`` (and ``features.place_statements``) puts after a place: 「（据单位名称）」.
_SHOWN_MARK = re.compile(r"（据([^（）]+)）$")


def places_said(places: Sequence[str]) -> str:
    """A list of places as one cell says them, each inference said once for the cell, not after every
    place: 「三门峡市灵宝市（据单位名称）」, 「信阳市息县（据单位名称）」 → 「三门峡市灵宝市、信阳市息县（据单位名称推断）」. Places
    stated come first, then those read from each source in the order met, groups apart by 「；」; 推断 only for a
    place read from names (as the API's ``shown_location``): 「（据备注）」 is a statement."""
    groups: dict[str, list[str]] = {}
    for place in places:
        found = _SHOWN_MARK.search(place)
        groups.setdefault(found.group(1) if found else "", []).append(place[:found.start()] if found else place)
    said = []
    for source, members in sorted(groups.items(), key=lambda item: item[0] != ""):  # stable: sources in order met
        text = "、".join(dict.fromkeys(members))
        guessed = "推断" if source in _NAME_SOURCES else ""
        said.append(f"{text}（据{source}{guessed}）" if source else text)
    return "；".join(said)


#: The tables of names (``gazetteer`` is cached: the same ones ``features.place_reading`` reads).
_DIVISIONS, _COUNTY_SHORT_NAMES, _OTHER_COUNTY_SHORT_NAMES = gazetteer()


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
    return InferredLocation(province_full_name(province), "".join(rest), source)


def listed_division(name: str, province: str | None) -> str | None:
    """The written place (「河南省洛阳市宜阳县」) of the listed division ``name`` names (a county's or a
    prefecture's full name, a prefecture's bare name, a county's short name) lying in ``province``
    (a short name: 河南); with no province given, only of a name no other division in China has
    (宜阳县, 洛阳市; not 新县, 鼓楼区, 洛阳). ``None`` when the list holds no such division. For a
    hukou requirement (「限宜阳县户籍」) that names no province: the post's province says which."""
    division = _DIVISIONS.get(name) or _COUNTY_SHORT_NAMES.get(name) or _OTHER_COUNTY_SHORT_NAMES.get(name)
    if division is None or (division.province != province if province else division.needs_context):
        return None
    return _inferred(division.chain, "").place


@functools.lru_cache(maxsize=16_384)
def infer_location(employer: str | None, parent_unit: str | None = None,
                   announcement: str | None = None) -> InferredLocation | None:
    """The place a post's names say (see the module), or ``None`` when they say none, or
    names of different provinces."""
    texts = [(FROM_EMPLOYER, employer or ""), (FROM_PARENT_UNIT, parent_unit or ""),
             (FROM_ANNOUNCEMENT, announcement or "")]
    readings = [(source, read_place(text)) for source, text in texts]
    # An office stationed elsewhere works where its name says: the texts after it (the 上级单位, the
    # announcement of the body that keeps it, 「河南省…」 for an office in 北京) only tell which place
    # of that name is meant, like the body's own name (信阳市 for 驻郑州).
    stationed = next((i for i, (_, r) in enumerate(readings) if r.stationed), len(readings))
    readings, lending = readings[:stationed + 1], readings[stationed + 1:]
    certain = [d for _, r in readings for d in r.certain()]
    provinces = set().union(*(r.provinces for _, r in readings)) | {d.province for d in certain}
    if len(provinces) > 1:
        return None
    context = set().union(provinces, *(r.places() for _, r in readings),
                          *(r.owner.places() for _, r in readings if r.owner), *(r.places() for _, r in lending))
    for source, reading in readings:
        named, found = reading.provinces, reading.divisions
        # A bare name admitted by its province only is no place where another text names another city of
        # that province beyond doubt: 「中山社区卫生服务中心」 of a 揭阳市榕城区 announcement is a 社区, not
        # 中山市. (Within one text, 「郑州市…兰考分局」, what holds both is kept: ``_deepest``.)
        cities = {(d.province, d.prefecture) for _, r in readings if r is not reading for d in r.certain()
                  if d.prefecture}
        found = [d for d in found if not d.needs_context or d.prefecture in context
                 or (d.province in context and not any(p == d.province and c != d.prefecture for p, c in cities))]
        found = [d for d in found if d.county not in HENAN_SHARED_NAMES or d.prefecture in context]
        if found and (not provinces or {d.province for d in found} <= provinces):
            chain = _deepest(found)
            return _inferred(chain, source) if chain else None  # empty: places of different provinces
        if named:
            # 「河南省教育厅」: a provincial organ, or a table of one province, and no lower place.
            return _inferred((next(iter(named)),), source)
    return None


def _county_by_short_name(name: str) -> _Division | None:
    """The county ``name`` is the short name of, when no other division in China has that short name (昆山,
    义乌, 兰考; not 鼓楼: 开封's 鼓楼区 is one of several); with a suffix the list does not give it too, a
    county become a 区 or 市 since (章丘区: the list's 章丘市)."""
    if len(name) > 2 and name[-1] in "区市县" and name not in _DIVISIONS:
        name = name[:-1]
    if name in _OTHER_COUNTY_SHORT_NAMES:
        return _OTHER_COUNTY_SHORT_NAMES[name]
    county = _COUNTY_SHORT_NAMES.get(name)
    full = county and _DIVISIONS.get(county.county)
    return county if full is not None and not full.needs_context else None


def county_short_name_place(name: str) -> str | None:
    """The place, from the province down, of the county ``name`` alone is the short name of (「昆山」 →
    江苏省苏州市昆山市), when no other division in China has that short name; else ``None``. For a cell
    that holds one place (a 意向地点 part, a location), where a short name alone says where."""
    county = _county_by_short_name(name.strip())
    return None if county is None else _inferred(county.chain, "").place


def stated_place(location: str | None) -> str | None:
    """The place a stated location cell says, from the province down (「郑州市金水区」 → 「河南省郑州市金水区」,
    「武汉 洪山」 → 「湖北省武汉市」), so that a filter by the province or the city finds the post however the
    cell spells it; ``None`` when it names no listed place, or places of different provinces. Read as
    ``infer_location`` reads a name, but a cell holds a place: a prefecture's bare name (武汉), which in
    a name needs its province beside it (「武汉大学」), counts there when it is of one province; so does a
    county's short name no other division has, the cell's whole text (「昆山」「义乌」: in a name only beside
    its city or province, ``features.place_gazetteer``)."""
    if not location:
        return None
    location = joined_prefecture_after_province(location)  # 「青海 海南」: 青海's prefecture, not two provinces
    if county := county_short_name_place(location):
        return county  # a county's short name alone (昆山, 义乌, 兰考)
    read = infer_location(location)
    if read is None:
        bare = {d.province for d in read_address(location)[1] if d.needs_context and d.county is None}
        if len(bare) == 1:
            read = infer_location(location, None, province_full_name(next(iter(bare))))
    return read.place if read else None


@functools.cache
def _chains_by_name() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every prefecture- and county-level division of China (``features.data``) by each name it is called:
    full (朝阳区), bare (朝阳, 乌鲁木齐, 喀什) and an autonomous prefecture's 州 (伊犁州) → their chains."""
    found: dict[str, list[tuple[str, ...]]] = {}

    def add(chain: tuple[str, ...], *names: str) -> None:
        for name in dict.fromkeys(n for n in names if n and len(n) >= 2):
            found.setdefault(name, []).append(chain)

    for province, prefectures in PROVINCE_DIVISIONS.items():
        for prefecture, members in prefectures.items():
            add((province, prefecture), prefecture, prefecture_short_name(prefecture), *prefecture_short_forms(prefecture))
            for county in members:
                add((province, prefecture, county), county, short_name(county))
    for province, items in PREFECTURES.items():
        if province not in PROVINCE_DIVISIONS:
            for _, full, short in items:
                add((province, full), full, short, *prefecture_short_forms(full))
    for _, full, prefecture, province in counties():
        if province not in PROVINCE_DIVISIONS:
            add((province, *([prefecture] if prefecture else []), full), full, new_area_short_name(full) or short_name(full))
    for province, fulls in PROVINCE_DIRECT_COUNTIES.items():
        for full in fulls:
            add((province, full), full, short_name(full))
    return {name: tuple(dict.fromkeys(chains)) for name, chains in found.items()}


def places_named(name: str, within: str | None = None) -> tuple[str, ...]:
    """The written places (「吉林省长春市朝阳区」) of every division of China called ``name`` (full or bare:
    朝阳区 → 北京市朝阳区 and 吉林省长春市朝阳区; 乌鲁木齐 → 新疆维吾尔自治区乌鲁木齐市, whose 乌鲁木齐县 lies inside it;
    喀什 → 喀什地区, holding 喀什市), outermost only; with ``within`` (a place from its province down, 「吉林省长春市」)
    only those inside it, when any is. One place: the name says where; several: which is meant is unknown; none: no
    division is called so. For a 户籍 condition that names no province (a policy's, which has no location)."""
    chains = _chains_by_name().get(name.strip(), ())
    places = [_inferred(chain, "").place for chain in chains]
    if within and (inside := [p for p in places if p.startswith(within)]):
        places = inside
    return tuple(p for p in dict.fromkeys(places) if not any(o != p and p.startswith(o) for o in places))
