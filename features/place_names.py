"""What a written place names: its province, in Xinjiang its prefecture-level division, and
its name without the division suffix.

Place knowledge read from text lives here, built from the constants of
``features.data.places``; ``matching.rules.places`` (where a post's place lies against a
hukou), ``matching.rules.hukou_checks`` (whether a hukou names a place) and ``features.place_keys``
(the keys wishes and locations share) use it rather than each keeping a copy of the province
list or of a suffix pattern.
"""

from __future__ import annotations

import functools
import re

from features.data.places import PROVINCES, XINJIANG_DIRECT_CITIES, XINJIANG_PREFECTURES

_PROVINCE_ALTERNATION = "|".join(PROVINCES)
#: A province's short name, not one inside a lower division's name (天津市河北区, 青海省海南藏族自治州,
#: 黄南州河南县, 乌海市海南区): read as a province those lay the graduate in 河北 and refused them.
_PROVINCE = re.compile(rf"(?:{_PROVINCE_ALTERNATION})(?!区|县|州|藏族|蒙古族)")
_ENDS_WITH_PROVINCE = re.compile(rf"(?:{_PROVINCE_ALTERNATION})$")
#: The suffix of a prefecture- or county-level name as tables and graduates leave it off (恩施州,
#: 仪征市, 伊犁哈萨克自治州 → 伊犁): with the ethnic name of Xinjiang's autonomous prefectures, which
#: a short name never keeps.
_SHORT_NAME_SUFFIX = re.compile(r"(?:回族|蒙古|柯尔克孜|哈萨克)?(?:自治州|地区|州|市|县|区)$")
#: Any division suffix, province down to 街道 (an autonomous prefecture's ethnic name stays: 昌吉回族).
_DIVISION_SUFFIX = re.compile(r"(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区|自治州|州|地区|盟|县|区|旗|镇|乡|街道)$")


def provinces_named(text: str) -> set[str]:
    """The short names of the provinces ``text`` names (江苏省扬州市 → {江苏}; 天津市河北区 → {天津})."""
    return set(_PROVINCE.findall(text))


def ends_with_province(text: str) -> bool:
    """``text`` ends in a province's short name (河南 of 「河南新县」): a place name may follow it."""
    return _ENDS_WITH_PROVINCE.search(text) is not None


def _without(suffix: re.Pattern[str], place: str) -> str:
    # A name the suffix would leave one character of keeps it (新县, 睢县): 新 alone would
    # match 新乡, 睢 睢宁.
    place = place.strip()
    bare = suffix.sub("", place)
    return bare if len(bare) >= 2 else place


def short_name(place: str) -> str:
    """A prefecture- or county-level place as it is shortened (仪征市 → 仪征, 恩施州 → 恩施,
    伊犁哈萨克自治州 → 伊犁, 阿克苏地区 → 阿克苏; 新县 stays)."""
    return _without(_SHORT_NAME_SUFFIX, place)


def name_stem(place: str) -> str:
    """A place without any division suffix, 省 down to 街道 (新乡市 → 新乡, 阿拉善盟 → 阿拉善,
    昌吉回族自治州 → 昌吉回族; 新县 stays): the part a hukou must name for the place."""
    return _without(_DIVISION_SUFFIX, place)


def _xinjiang_names() -> dict[str, str]:
    """Xinjiang names (prefectures full and short, county-level members, direct cities) →
    prefecture-level division (full name) or 兵团 city."""
    names: dict[str, str] = {}
    for prefecture, members in XINJIANG_PREFECTURES.items():
        names[prefecture] = names[short_name(prefecture)] = prefecture
        names.update(dict.fromkeys(members, prefecture))
    names.update({city: city for city in XINJIANG_DIRECT_CITIES})
    return names


_XJ_NAMES = _xinjiang_names()
# Longest first: 乌鲁木齐县 before 乌鲁木齐, 阿克苏市 before 阿克苏. Full official names only (no 乌市,
# no county short names, unlike ``features.place_keys.PLACE_ALIASES``): a hukou is an address.
_XJ_NAME = re.compile("|".join(sorted(map(re.escape, _XJ_NAMES), key=len, reverse=True)))


@functools.lru_cache(maxsize=4096)  # a graduate's hukou is checked against every post
def xinjiang_prefecture(text: str) -> str | None:
    """The one Xinjiang prefecture-level division (or 兵团 city) ``text`` names, or ``None``
    (none, several, or a province other than Xinjiang named)."""
    named = provinces_named(text)
    if named and named != {"新疆"}:
        return None
    found = {_XJ_NAMES[m] for m in _XJ_NAME.findall(text)}
    return found.pop() if len(found) == 1 else None
