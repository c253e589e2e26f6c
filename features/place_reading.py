"""Read what one text (an employer's name, its 上级单位, an announcement's title) names of where
a post is: the provinces and divisions it names as an address does, or, for an office kept
elsewhere (「…驻郑州办事处」), the place it is stationed in. ``features.place_inference`` weighs
the readings of a post's three texts against each other (its docstring gives the rules)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from features.data.places import PROVINCE_DIVISIONS, STATIONED_CITY_ABBREVIATIONS
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
    province_name_spans,
    provinces_named,
    short_name,
)

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


def read_address(text: str) -> tuple[set[str], list[_Division]]:
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


def read_place(text: str) -> _Reading:
    """What ``text`` says of where the post is: the place after 「驻」 when it keeps an office
    elsewhere, else the place its name begins with (``read_address``)."""
    for m in _STATIONED.finditer(text):
        owner = _Reading(*read_address(text[:m.start()]))
        if _SERVES_ENTERPRISES_THERE.match(text, m.end()):
            return _Reading(set(), [], owner=owner)  # where the office sits is not said: unknown
        if seat := _SEAT_ELSEWHERE.match(text, m.end()):
            return _Reading(set(), [_SEATS[seat.group(1) or seat.group(2)]], owner=owner)
        if city := _CITY_OFFICE.match(text, m.end()):
            return _Reading(set(), [replace(_DIVISIONS[city.group(1)], needs_context=False)], owner=owner)
        if _names_a_place_first(text[m.end():]):
            return _Reading(*read_address(text[m.end():]), owner=owner)
        if _OFFICE_ELSEWHERE.match(text, m.end()):
            return _Reading(set(), [], owner=owner)  # kept in a place not known here: unknown
    return _Reading(*read_address(text))
