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
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from features.data.places import (
    HENAN_SHARED_NAMES,
    PROVINCE_DIVISIONS,
    STATIONED_CITY_ABBREVIATIONS,
)
from features.place_gazetteer import (
    TWO_CHARACTER_COUNTIES,
    Division as _Division,
    gazetteer,
    short_name_end,
    spelled_by_short_name,
)
from features.literal_trie import literal_trie
from features.place_keys import spelling_guard
from features.place_names import (
    OTHER_PREFECTURE_SHORT_NAMES,
    joined_prefecture_after_province,
    province_full_name,
    province_name_spans,
    provinces_named,
    short_name,
)

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

    @property
    def stated_in_words(self) -> bool:
        """Read from the post's own words (「工作地点：三门峡市」 in 备注, ``features.place_statements``), not its names."""
        return self.source not in (FROM_EMPLOYER, FROM_PARENT_UNIT, FROM_ANNOUNCEMENT)

    def shown(self) -> str:
        """The place as a list shows it, marked as read, not stated: 「洛阳市西工区（据单位名称）」,
        「河南省（据招聘公告）」."""
        return f"{self.local or self.province}（据{self.source}）"


#: What a county's short name must be the name of to stand for the county (「兰考分局」「内黄监狱」,
#: 「新安经济技术开发区」「宝丰商务区」): a branch or zone named after where it lies. Elsewhere a short
#: name is too often a word or a town (博爱, 民权, 新安镇). Zone words are added as the real tables need
#: them: Henan 2026 names a county's short name before no other (高新区, 新区, 示范区: none).
_NAMED_AFTER_COUNTY = r"(?:分局|分队|大队|中队|分院|监狱|经济技术开发区|高新技术产业开发区|产业集聚区|商务区)"
_NAME_HEAD = re.compile("(?:中共|中国共产党|中国人民政治协商会议|共青团)?")


#: The short names of other provinces' prefectures (武汉, 南京).
_CITY_SHORT_NAMES = OTHER_PREFECTURE_SHORT_NAMES
_DIVISIONS, _COUNTY_SHORT_NAMES, _OTHER_COUNTY_SHORT_NAMES = gazetteer()


def _follows(name: str) -> str:
    """What must follow, or may not follow, ``name`` for it to name its division: a county's short
    name only a branch or zone (兰考分局); a 区 not 域 (中原区域 is a region)."""
    if name in _COUNTY_SHORT_NAMES:
        return f"(?={_NAMED_AFTER_COUNTY})"
    if name in _OTHER_COUNTY_SHORT_NAMES or spelled_by_short_name(name):  # 昆山; 伊春西林, 新疆库车人民医院
        return short_name_end(name)
    if name.endswith("市"):
        return "(?!场)"  # 江山市场 is no 江山市
    return "(?!域)" if name.endswith("区") else ""


def _guard(name: str) -> str:
    """What the pattern checks where ``name`` ends: another province's prefecture not as a street, a
    town or a market, nor inside another division's name (武汉路, 大连乡, 大同市场, 西安区, 峨眉山市:
    ``places.CITY_NAME_GUARDS``, ``place_keys.spelling_guard``)."""
    division = _DIVISIONS.get(name)
    if division is not None and division.county is None and division.province not in PROVINCE_DIVISIONS:
        return spelling_guard(name)
    return _follows(name)


# Longest first, so that the longest name at a position is read: 濮阳县 before 濮阳, 乌鲁木齐县 before
# 乌鲁木齐, 宛城区 before 宛城; and another province's 安新县 before the 新县 it holds
# (DIVISIONS_HOLDING_LISTED_NAMES), which is never read inside it.
_DIVISION_NAME = re.compile(literal_trie(
    (name, _guard(name)) for name in [*_DIVISIONS, *_COUNTY_SHORT_NAMES, *_OTHER_COUNTY_SHORT_NAMES]))
#: 「驻」 before a place: an office kept there (「信阳市人民政府驻郑州办事处」); not 驻马店, not 派驻机构.
_STATIONED = re.compile(r"驻(?!马店)")
#: After 「驻」, a name the place list does not hold and then an office (「新疆驻昆山办事处」「…驻义乌联络处」):
#: the office works in that place, not where the body keeping it is, so its keeper's name places
#: nothing. Not a bare 办, which also ends a body's name (「驻区委办纪检监察组」, sent into 区委办公室).
_OFFICE_ELSEWHERE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:办事处|联络处|代表处)")


def _seats() -> dict[str, _Division]:
    """The one-character names of cities an office is kept in (京, 沪, 穗) and the names of those
    cities the place list does not hold (广州, 深圳, 武汉, 成都) → the city."""
    seats: dict[str, _Division] = {}
    for abbreviation, (province, city) in STATIONED_CITY_ABBREVIATIONS.items():
        seats[abbreviation] = _DIVISIONS.get(city or "") or _Division(province, city, None, needs_context=False)
        if city and province not in PROVINCE_DIVISIONS:  # 驻武汉: not a bare name needing 湖北 beside it
            seats[short_name(city)] = seats[abbreviation]
    return seats


_SEATS = _seats()
#: 「驻京办事处」「驻沪办」「驻穗联络处」 (a one-character name before the office), 「驻广州办事处」.
_SEAT_ELSEWHERE = re.compile("({})(?:市)?|([{}])(?=办|联络|代表处|工作处|工作站)".format(
    "|".join(name for name in _SEATS if len(name) > 1), "".join(name for name in _SEATS if len(name) == 1)))

#: 「河南省驻汉中央企业联络处」: 驻汉中央企业 are the central enterprises in 武汉 (the usual 驻汉央企; not 汉中,
#: 央企业 is no word), whom the office liaises with. Whether the office itself sits in 武汉 the name does
#: not say (an office of Henan kept there, or one in Henan for them), nor that it sits with its keeper:
#: unknown, never 武汉 nor 河南.
_SERVES_ENTERPRISES_THERE = re.compile(
    "(?:{})(?:市)?(?:中央企业|央企)".format("|".join(sorted(_SEATS, key=len, reverse=True))))


@dataclass(frozen=True, slots=True)
class _Reading:
    """What one text names of where the post is: ``provinces`` and ``divisions``; ``owner`` the
    places of the body that keeps an office elsewhere (信阳 of 「信阳市人民政府驻郑州办事处」), which tell
    which 郑州 is meant, not where the post is; ``stationed`` whether the text names such an office."""

    provinces: set[str]
    divisions: list[_Division]
    owner: _Reading | None = None

    @property
    def stationed(self) -> bool:
        return self.owner is not None

    def certain(self) -> list[_Division]:
        """The divisions it names beyond doubt: a prefecture's full name, a county-level name no
        other division has (and so their provinces)."""
        return [d for d in self.divisions if not d.needs_context]

    def places(self) -> set[str]:
        """The provinces and prefectures it names beyond doubt (short and full names)."""
        return self.provinces | {p for d in self.certain() for p in (d.province, d.prefecture) if p}


def _division(name: str) -> _Division:
    return _DIVISIONS.get(name) or _COUNTY_SHORT_NAMES.get(name) or _OTHER_COUNTY_SHORT_NAMES[name]


def _names_outside_provinces(text: str) -> Iterator[re.Match[str]]:
    """The place names ``_DIVISION_NAME`` finds in ``text``, left to right, none starting inside a province's
    name (``province_name_spans``): 「广东城区」 names 广东, not 北京's 东城区; the search goes on after the province."""
    spans = province_name_spans(text)
    position = 0
    while (m := _DIVISION_NAME.search(text, position)) is not None:
        province_end = next((end for start, end in spans if start < m.start() < end), None)
        if province_end is None:
            yield m
        position = province_end if province_end is not None else max(m.end(), m.start() + 1)


def _read_address(text: str) -> tuple[set[str], list[_Division]]:
    """The provinces and divisions ``text`` names as an address does, the larger first: none
    after its first county-level place, nor a province after any place (in 「洛阳市涧西区湖北路
    司法所」 and 「焦作市马村区安阳城街道办事处」 湖北 and 安阳 name a street and a town inside)."""
    divisions: list[_Division] = []
    first = None
    for m in _names_outside_provinces(text):
        heads = m.group() in TWO_CHARACTER_COUNTIES and _NAME_HEAD.fullmatch(text[:m.start()])
        if heads and text.startswith("镇", m.end()):
            # 「新县镇卫生院」: a town's name (新县镇 of 河北's 孟村), not the county's, whatever names it
            # beside (a 3-character one may: 虞城县镇里固乡).
            continue
        first = m.start() if first is None else first
        division = _division(m.group())
        if heads:
            division = replace(division, needs_context=False)
        if (division.county and division.province not in PROVINCE_DIVISIONS
                and any(division.chain[:len(d.chain)] != d.chain for d in divisions)):
            break  # 「许昌市东城区」: a zone of the city before, not Beijing's 东城区
        divisions.append(division)
        if division.county:
            break
    return provinces_named(text if first is None else text[:first]), divisions


#: After 「驻」, another province's prefecture by its bare name (or with 市) before an office (「新疆驻汉中办事处」
#: 「…驻西安联络处」): the office works in that city.
_CITY_OFFICE = re.compile("({})(?:市)?(?=办事处|联络处|代表处|工作处|工作站)".format(
    "|".join(sorted(_CITY_SHORT_NAMES, key=len, reverse=True))))


def _names_a_place_first(text: str) -> bool:
    """``text`` (what follows 「驻」) begins with a place: not another province's prefecture by its bare
    name (「新疆驻汉中办公室」 is 新疆's own), which says the seat only before an office (``_CITY_OFFICE``)."""
    first = _DIVISION_NAME.match(text)
    if first is not None and first.group() not in _CITY_SHORT_NAMES:
        return True
    return any(text.startswith(p) for p in provinces_named(text[:3]))


def _read(text: str) -> _Reading:
    """What ``text`` says of where the post is: the place after 「驻」 when it keeps an office
    elsewhere, else the place its name begins with (``_read_address``)."""
    for m in _STATIONED.finditer(text):
        owner = _Reading(*_read_address(text[:m.start()]))
        if _SERVES_ENTERPRISES_THERE.match(text, m.end()):
            return _Reading(set(), [], owner=owner)  # where the office sits is not said: unknown
        if seat := _SEAT_ELSEWHERE.match(text, m.end()):
            return _Reading(set(), [_SEATS[seat.group(1) or seat.group(2)]], owner=owner)
        if city := _CITY_OFFICE.match(text, m.end()):
            return _Reading(set(), [replace(_DIVISIONS[city.group(1)], needs_context=False)], owner=owner)
        if _names_a_place_first(text[m.end():]):
            return _Reading(*_read_address(text[m.end():]), owner=owner)
        if _OFFICE_ELSEWHERE.match(text, m.end()):
            return _Reading(set(), [], owner=owner)  # kept in a place not known here: unknown
    return _Reading(*_read_address(text))


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
    readings = [(source, _read(text)) for source, text in texts]
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
        bare = {d.province for d in _read_address(location)[1] if d.needs_context and d.county is None}
        if len(bare) == 1:
            read = infer_location(location, None, province_full_name(next(iter(bare))))
    return read.place if read else None
