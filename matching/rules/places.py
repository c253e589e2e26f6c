"""Where a hukou place lies, for the hukou check: its province and, in Xinjiang (the one
region whose divisions ``features.data.places`` lists), its prefecture-level division.

A table names the place a post requires often without its province (户籍地 「仪征市」, 「房山区」);
the job's location (报考地区 「江苏省扬州市仪征市」) names what contains it. ``seat`` finds
the place in that location; ``apart`` then says whether a graduate's hukou lies outside it.
Unknown stays unknown: a place the location does not name (placed only in its province, so
that a same-named county of another province does not match: ``other_province``), or a
prefecture outside the gazetteer, refuses nobody.
"""

from __future__ import annotations

import functools
import re

from features.data.places import PROVINCES, XINJIANG_DIRECT_CITIES, XINJIANG_DIRECT_CITY_SURROUNDS, XINJIANG_PREFECTURES

#: A province's short name, not one inside a lower division's name (天津市河北区, 青海省海南藏族自治州,
#: 黄南州河南县, 乌海市海南区): read as a province those lay the graduate in 河北 and refused them.
_PROVINCE = re.compile(rf"(?:{'|'.join(PROVINCES)})(?!区|县|州|藏族|蒙古族)")
_BARE = re.compile(r"(?:回族|蒙古|柯尔克孜|哈萨克)?(?:自治州|地区|州|市|县|区)$")
#: Xinjiang names (prefectures full and bare, county-level members, direct cities) → prefecture.
_XJ_NAMES: dict[str, str] = {}
for _pref, _members in XINJIANG_PREFECTURES.items():
    _XJ_NAMES[_pref] = _XJ_NAMES[_BARE.sub("", _pref)] = _pref
    _XJ_NAMES.update(dict.fromkeys(_members, _pref))
_XJ_NAMES.update({city: city for city in XINJIANG_DIRECT_CITIES})
# Longest first: 乌鲁木齐县 before 乌鲁木齐, 阿克苏市 before 阿克苏.
_XJ_NAME = re.compile("|".join(sorted(map(re.escape, _XJ_NAMES), key=len, reverse=True)))
#: 伊犁哈萨克自治州 also supervises these two prefectures: neither lies apart from it.
_WITHIN_ILI = {"塔城地区", "阿勒泰地区"}


#: Between a province and a place the job's location does not name (``seat``).
UNNAMED = "…"


def seat(place: str, location: str | None) -> str | None:
    """``place`` with what contains it, as ``location`` names it (仪征市 in 江苏省扬州市仪征市 →
    江苏省扬州市仪征市; 恩施州 in 湖北省恩施土家族苗族自治州巴东县 → 湖北省恩施州). A place the
    location does not name is taken to lie in the location's one province, marked ``UNNAMED``
    (通州区 of a 北京市 post → 北京…通州区): enough to say 江苏省南通市通州区 is not it, not to
    refuse (``apart``). ``None`` when the place names its province itself or the location names
    no province or several."""
    place = place.strip()
    if not location or _PROVINCE.search(place):
        return None
    bare = _BARE.sub("", place)
    for name in dict.fromkeys((place, bare if len(bare) >= 2 else place)):
        at = location.find(name)
        if at >= 0:
            return location[:at] + place
    named = provinces(location)
    return f"{named.pop()}{UNNAMED}{place}" if len(named) == 1 else None


def provinces(text: str) -> set[str]:
    return set(_PROVINCE.findall(text))


@functools.lru_cache(maxsize=4096)  # a graduate's hukou is checked against every post
def xinjiang_prefecture(text: str) -> str | None:
    """The one Xinjiang prefecture-level division (or 兵团 city) ``text`` names, or ``None``
    (none, several, or a province other than Xinjiang named)."""
    named = provinces(text)
    if named and named != {"新疆"}:
        return None
    found = {_XJ_NAMES[m] for m in _XJ_NAME.findall(text)}
    return found.pop() if len(found) == 1 else None


def other_province(place: str, hukou: str) -> bool:
    """Both name a province and no province is the same (北京…通州区, 江苏省南通市通州区): the
    same county name then means another county."""
    theirs, mine = provinces(place), provinces(hukou)
    return bool(theirs and mine and not theirs & mine)


def apart(place: str, hukou: str) -> bool:
    """The graduate's ``hukou`` surely lies outside ``place`` (a place with its province,
    ``seat``): another province, or in Xinjiang another prefecture. A county name alone never
    decides: it may lie inside the graduate's city; nor does a province only the job's location
    implies (``UNNAMED``): the post may name a place elsewhere."""
    if UNNAMED in place:
        return False
    theirs, mine = provinces(place), provinces(hukou)
    if not theirs or not mine:
        return False
    if not theirs & mine:
        return True
    a, b = xinjiang_prefecture(place), xinjiang_prefecture(hukou)
    if a is None or b is None or a == b:
        return False
    if a in XINJIANG_DIRECT_CITY_SURROUNDS.get(b, ()) or b in XINJIANG_DIRECT_CITY_SURROUNDS.get(a, ()):
        return False  # a 兵团 city and the prefecture around it: the post may count it (第八师 in 塔城)
    return not ({a, b} & {"伊犁哈萨克自治州"} and {a, b} & _WITHIN_ILI)
