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
from collections.abc import Mapping
from types import MappingProxyType

from features.data.national_divisions import counties, peoples, prefectures
from features.data.places import (
    ABBREVIATIONS,
    CITY_SHORT_NAMES_NOT_ALONE,
    HENAN_PREFECTURES,
    MUNICIPALITIES,
    PROVINCE_DIVISIONS,
    PROVINCE_FULL_NAMES,
    PROVINCES,
    XINJIANG_DIRECT_CITIES,
    XINJIANG_PREFECTURES,
)

_PROVINCE_ALTERNATION = "|".join(PROVINCES)


def _cities_running_into_province_names() -> frozenset[str]:
    """Short names of prefecture-level divisions whose last characters begin a province's name (威海 +
    南海新区 holds 海南, 芜湖 + 北… 湖北, 凉山 + 西昌 山西, 黑河 + 南… 河南), from the national division table
    with Henan's and Xinjiang's (平顶山, 漯河, 昌吉); a short name that is itself a province's (吉林市,
    海南藏族自治州) is not one."""
    tail = re.compile(r"(?:回族|蒙古|柯尔克孜|哈萨克)?(?:自治州|地区|州|市|盟)$")
    names = {short for items in prefectures().values() for _, _, short in items}
    names |= {tail.sub("", full) for full in (*HENAN_PREFECTURES, *XINJIANG_PREFECTURES)}
    return frozenset(name for name in names if name not in PROVINCES and any(
        name.endswith(province[:k]) for province in PROVINCES for k in range(1, len(province) + 1)))


#: Read first where they start, the longest name at each position left to right, so that no province
#: is read across them (「威海南海新区公共服务局」 is not in 海南省, 「四川凉山西昌市」 not in 山西).
CITIES_RUNNING_INTO_PROVINCE_NAMES = _cities_running_into_province_names()
#: The short names of the prefecture-level divisions of every province whose counties are not listed
#: (all but Henan and Xinjiang, ``PROVINCE_DIVISIONS``) that may stand alone (武汉, 南京; not 朝阳,
#: ``CITY_SHORT_NAMES_NOT_ALONE``, nor 吉林 and 海南, which alone are the provinces, not 吉林市 and 青海's
#: 海南藏族自治州): ``features.place_inference`` reads them, ``features.place_keys`` guards them.
OTHER_PREFECTURE_SHORT_NAMES = frozenset(
    short for province, items in prefectures().items() if province not in PROVINCE_DIVISIONS
    for _, _, short in items if short not in CITY_SHORT_NAMES_NOT_ALONE and short not in PROVINCES)
#: A province's short name, not one inside a lower division's name (天津市河北区, 青海省海南藏族自治州,
#: 黄南州河南县, 乌海市海南区): read as a province those lay the graduate in 河北 and refused them.
#: Read left to right, the longest name at each position: a city whose name runs into a province's
#: (威海 of 「威海南海新区」, 芜湖 of 「芜湖北…」) is read first and hides the province name across it.
#: A prefecture whose short name is a province's, after its own province's name (青海海南, 青海省海南 → 青海;
#: 吉林吉林): the prefecture (海南藏族自治州), not a second province.
_HEADED_PREFECTURES = sorted(
    ((head, short, province) for province, items in prefectures().items() for _, _, short in items
     if short in PROVINCES for head in (province, province + ("市" if province in MUNICIPALITIES else "省"))),
    key=lambda found: len(found[0]), reverse=True)
_PREFECTURE_AFTER_ITS_PROVINCE = {head + short: province for head, short, province in _HEADED_PREFECTURES}
#: The same with a space between, as tables write a province and its city (「青海 海南」, as 「海南 三亚」); not
#: before 省 or 市 (「青海 海南省」 names two provinces).
_JOINED_PREFECTURE_BRANCHES = [rf"{head}\s*{short}(?![省市])" for head, short, _ in _HEADED_PREFECTURES]
_JOINED_PREFECTURE = re.compile("|".join(_JOINED_PREFECTURE_BRANCHES))


def _lower_names_after_province_names() -> dict[str, str]:
    """A province's short name → what, following it, makes it the start of a lower division's name (天津's 河北区,
    乌海's 海南区, 青海's 海南藏族自治州 and 海南州, 黄南州's 河南蒙古族自治县 and 河南县), as a look-ahead; not 市
    (吉林市 is in 吉林). Only these: a province's name before any 区 县 州 was no province, and 「浙江州区」 read as
    崇左's 江州区, a county read across a province name that says another province. Not 区域 (「河北区域」 is 河北,
    as a location cell reads 区域 after 中原区 too)."""
    people_name = re.compile(r"(?:{})族".format("|".join(peoples())))
    found: dict[str, set[str]] = {}
    for _, full, *_ in [*counties(), *(item for items in prefectures().values() for item in items)]:
        for province in PROVINCES:
            if full.startswith(province) and len(full) > len(province) and full[len(province)] != "市":
                rest = full[len(province):]
                people = people_name.match(rest)
                found.setdefault(province, set()).add(people.group() if people else rest[0])
                if full.endswith(("自治州", "自治县")):
                    found[province].add(full[-1])  # 海南州, 河南县: as tables write them
    # 区域 is no 区: 「河北区域」「海南区域」 (a sales region) are the province, as 「北京区域」 is.
    return {province: "(?!{})".format("|".join(sorted("区(?!域)" if a == "区" else a for a in after)))
            for province, after in found.items()}


_NOT_THE_PROVINCE_AFTER = _lower_names_after_province_names()
_PROVINCE = re.compile("|".join(sorted(
    [*map(re.escape, CITIES_RUNNING_INTO_PROVINCE_NAMES), *_JOINED_PREFECTURE_BRANCHES,
     *(p + _NOT_THE_PROVINCE_AFTER.get(p, "") for p in PROVINCES)],
    key=lambda name: len(name.split("(")[0]), reverse=True)))
_ENDS_WITH_PROVINCE = re.compile(rf"(?:{_PROVINCE_ALTERNATION})$")
#: The suffix of a prefecture- or county-level name as tables and graduates leave it off (恩施州,
#: 仪征市, 伊犁哈萨克自治州 → 伊犁): with the ethnic name of Xinjiang's autonomous prefectures, which
#: a short name never keeps, and every people's before 自治县/自治旗 (白沙黎族自治县 → 白沙, 神农架林区 →
#: 神农架; where a people's name ends the place's own, 陵水黎族自治县, see ``short_name``).
_SHORT_NAME_SUFFIX = re.compile(r"(?:(?:{})族?)*自治[县旗]$|(?:回族|蒙古|柯尔克孜|哈萨克)?(?:自治州|地区|林区|州|市|县|区)$"
                                .format("|".join(peoples())))
#: Any division suffix, province down to 街道 (an autonomous prefecture's ethnic name stays: 昌吉回族).
_DIVISION_SUFFIX = re.compile(r"(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区|自治州|州|地区|盟|县|区|旗|镇|乡|街道)$")


def provinces_named(text: str) -> set[str]:
    """The short names of the provinces ``text`` names (江苏省扬州市 → {江苏}; 天津市河北区 → {天津};
    青海海南 → {青海}; 威海南海新区 → none)."""
    return {_PREFECTURE_AFTER_ITS_PROVINCE.get(re.sub(r"\s", "", name), name) for name in _PROVINCE.findall(text)
            if name not in CITIES_RUNNING_INTO_PROVINCE_NAMES}


def province_name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``provinces_named`` reads a province's short name in ``text``, as (start, end): 广东 of 「广东城区」,
    青海 of 「青海海南」. A place name starting inside one is not read (东城区 of 「广东城区」 is no 北京's, 西城区 of
    「广西城区」「江西城区」, 古城区 of 「内蒙古城区」, 海城区 of 「青海城区」): read left to right, the province is read first,
    as a city's name hides a province's starting inside it (``CITIES_RUNNING_INTO_PROVINCE_NAMES``)."""
    spans = []
    for m in _PROVINCE.finditer(text):
        if m.group() not in CITIES_RUNNING_INTO_PROVINCE_NAMES:
            province = _PREFECTURE_AFTER_ITS_PROVINCE.get(re.sub(r"\s", "", m.group()), m.group())
            spans.append((m.start(), m.start() + len(province)))
    return spans


def joined_prefecture_after_province(text: str) -> str:
    """``text`` with the space taken out between a province and its prefecture named as a province is
    (「青海 海南」 → 「青海海南」, 青海's 海南藏族自治州; 「吉林省 吉林」), so that it reads as one place."""
    return _JOINED_PREFECTURE.sub(lambda m: re.sub(r"\s", "", m.group()), text)


def province_written_whole(place: str) -> str | None:
    """The province ``place`` is when it names one and nothing below it (吉林, 吉林省, 北京市, 广西壮族自治区
    → its short name); ``None`` for a place below one (吉林市, 吉林省吉林市, 海南州) or none."""
    place = place.strip()
    return next((p for p in provinces_named(place) if place in (p, p + "省", province_full_name(p))), None)


def province_read_at(text: str, start: int) -> str | None:
    """The province whose bare name ``provinces_named`` reads in ``text`` at ``start`` (吉林 of 「吉林」「吉林长春」
    「吉林市船营区」); ``None`` where it reads none there: not 青海's 海南 of 「青海海南」 (one prefecture), 河南 of
    「河南蒙古族自治县」, 山西 of 「四川凉山西昌」."""
    return next((m.group() for m in _PROVINCE.finditer(text) if m.start() == start and m.group() in PROVINCES), None)


def ends_with_province(text: str) -> bool:
    """``text`` ends in a province's short name (河南 of 「河南新县」): a place name may follow it."""
    return _ENDS_WITH_PROVINCE.search(text) is not None


def _without(suffix: re.Pattern[str], place: str) -> str:
    # A name the suffix would leave one character of keeps it (新县, 睢县): 新 alone would
    # match 新乡, 睢 睢宁.
    place = place.strip()
    bare = suffix.sub("", place)
    return bare if len(bare) >= 2 else place


def province_full_name(province: str) -> str:
    """A provincial-level division's official name from its short name: 北京 → 北京市, 河南 → 河南省,
    广西 → 广西壮族自治区, 香港 → 香港特别行政区 (``PROVINCE_FULL_NAMES``)."""
    return PROVINCE_FULL_NAMES.get(province) or province + ("市" if province in MUNICIPALITIES else "省")


def short_name(place: str) -> str:
    """A prefecture- or county-level place as it is shortened (仪征市 → 仪征, 恩施州 → 恩施,
    伊犁哈萨克自治州 → 伊犁, 阿克苏地区 → 阿克苏, 神农架林区 → 神农架, 白沙黎族自治县 → 白沙, 陵水黎族自治县 →
    陵水; 新县 and 东乡族自治县 stay)."""
    place = place.strip()
    bare = _SHORT_NAME_SUFFIX.sub("", place)
    if len(bare) >= 2:
        return bare
    # The suffix read from its leftmost start left one character or none: a people's name may end the
    # place's own (陵水, 融水 in 水 of the 水族, 长白 in 白 of the 白族, 北林 in 林区). The longest suffix
    # that leaves two characters then; but a place named after its people alone (东乡族自治县, 鄂温克族自治旗)
    # keeps its full name: 东乡 is also 抚州's 东乡区, and a people's name alone is no place.
    for start in range(2, len(place)):
        if _SHORT_NAME_SUFFIX.match(place, start):
            stem = place[:start]
            return place if stem.removesuffix("族") in peoples() else stem
    return place


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


#: What may follow a place's name in a written place (郑州 in 「河南省郑州市」, 昌吉 in 「…昌吉回族自治州」),
#: the suffix of its division: those ending in 区, after which 域 says a region, no division (「河北区域」 is no
#: 天津's 河北区, 「郑州市中原区域…」 no 中原区), and the rest.
_AREA_SUFFIX = "(?:[一-鿿]{0,8}?自治区|特别行政区|地区|回族区|区)"
_OTHER_SUFFIX = "(?:[一-鿿]{0,8}?自治[州县旗]|[省市县州盟旗])"
#: Characters that end a division's name (新县 of 「信阳市新县」 follows 市): a name in a written place
#: starts after one, after a province written without its suffix (「北京北京市」) or at its head.
_NAME_ENDS = "省市区县州盟旗"
#: A written name goes on if a suffix or 镇 乡 村 follows it (新县镇 is a town, 新市区 a district).
_NAME_GOES_ON = _NAME_ENDS + "镇乡村"


#: Provinces' names as a written place may leave their suffix off before the next name (「北京北京市」,
#: 「河南郑州市」), longest first. Only these: every listed name at every position made the filter
#: several times slower on PostgreSQL (it compiles the pattern to plan the query).
_BARE_PROVINCES = "|".join(sorted(PROVINCES, key=len, reverse=True))


def _whole_name(name: str, bare: str) -> str:
    """``name`` in a written place, as a whole name: after the head, a non-letter, a suffix or one of
    ``bare`` (provinces written without their suffix, or nothing); then its suffix, or a non-letter, the
    end, or one of ``bare``."""
    either = f"|{bare}" if bare else ""
    before = f"(?:^|[^一-鿿]|[{_NAME_ENDS}]{either})"
    whole = f"(?:$|[^{_NAME_GOES_ON}])"  # after a suffix, anything but a longer name's rest
    whole_area = f"(?:$|[^{_NAME_GOES_ON}域])"  # after 区, not 域 either: 区域 is a region (「河北区域」)
    suffixed = f"(?:{_OTHER_SUFFIX}{whole}|{_AREA_SUFFIX}{whole_area})"
    if name.endswith(tuple(_NAME_ENDS)):  # 郑州市, 信阳市新县, 郑州: the query may end a name itself
        return f"{before}{re.escape(name)}(?:{suffixed}|{whole_area if name.endswith('区') else whole})"
    return f"{before}{re.escape(name)}(?:{suffixed}|$|[^一-鿿{_NAME_GOES_ON}]{either})"


def _whole_province(name: str) -> str:
    """A province's short name in a written place as the province: with its own suffix, a non-letter or
    the end after it, never a lower division's suffix (青海's 海南藏族自治州, 黄南州's 河南蒙古族自治县, 乌海's
    海南区) nor right after another province's name (「青海海南」「青海省海南」「青海 海南」 are 青海's prefecture:
    with no look-behind, the last letter of that province, 海, may not stand before the 省 or the space)."""
    held_by = "".join(sorted({province[-1] for head, province in _PREFECTURE_AFTER_ITS_PROVINCE.items()
                              if head.endswith(name) and province != name}))
    if not held_by:
        before = f"(?:^|[^一-鿿]|[{_NAME_ENDS}])"
    else:
        ends = _NAME_ENDS.replace("省", "")
        before = rf"(?:^|[^一-鿿\s]|[{ends}]|(?:^|[^{held_by}])省\s*|(?:^|[^{held_by}\s省])\s+)"
    return (f"{before}{re.escape(name)}"
            f"(?:(?:[一-鿿]{{0,8}}?自治区|特别行政区|[省市])(?:$|[^{_NAME_GOES_ON}])|$|[^一-鿿{_NAME_GOES_ON}])")


#: A prefecture-level division's full name → its short name as the Ministry's list gives it, every province's
#: (武汉市 → 武汉, 恩施土家族苗族自治州 → 恩施, 海南藏族自治州 → 海南): the one table of prefectures' short names and,
#: with ``SPOKEN_PREFECTURE_NAMES``, of their short forms (``prefecture_short_forms``), which
#: ``spellings_of_a_place``, ``features.place_gazetteer``, ``features.place_filter`` and ``features.place_keys`` read.
PREFECTURE_SHORT_NAMES: Mapping[str, str] = MappingProxyType(
    {full: short for items in prefectures().values() for _, full, short in items})
#: Xinjiang's spoken names of its autonomous prefectures → their short names (巴州 → 巴音郭楞, 博州 → 博尔塔拉, 克州 →
#: 克孜勒苏; ``ABBREVIATIONS``): tables and organisers write them so.
SPOKEN_PREFECTURE_NAMES: Mapping[str, str] = MappingProxyType(
    {spoken: short for spoken, (short, *others) in ABBREVIATIONS.items() if spoken.endswith("州") and not others})


def prefecture_short_name(prefecture: str) -> str:
    """A prefecture's short name (恩施土家族苗族自治州 → 恩施, ``PREFECTURE_SHORT_NAMES``; one the list lacks by
    ``short_name``)."""
    return PREFECTURE_SHORT_NAMES.get(prefecture) or short_name(prefecture)


def autonomous_prefecture_zhou(prefecture: str) -> str | None:
    """An autonomous prefecture's short name and 州 (伊犁哈萨克自治州 → 伊犁州, 海南藏族自治州 → 海南州), as full a
    name as its own; ``None`` for any other place."""
    return prefecture_short_name(prefecture) + "州" if prefecture.endswith("自治州") else None


def prefecture_short_forms(prefecture: str) -> frozenset[str]:
    """The spellings of a prefecture besides its full name and bare short name: an autonomous prefecture's 州
    (``autonomous_prefecture_zhou``) and Xinjiang's spoken 巴州 博州 克州 (``SPOKEN_PREFECTURE_NAMES``)."""
    bare = prefecture_short_name(prefecture)
    zhou = autonomous_prefecture_zhou(prefecture)
    return frozenset({*([zhou] if zhou else []), *(s for s, short in SPOKEN_PREFECTURE_NAMES.items() if short == bare)})


#: An autonomous prefecture's short forms → its full name (海南州 → 海南藏族自治州, 恩施州 → 恩施土家族苗族自治州,
#: 伊犁州 → 伊犁哈萨克自治州, 巴州 → 巴音郭楞蒙古自治州): a filter 「巴州」 finding none of its posts would say it
#: had none (巴州 is searched as written too: 巴中's 巴州区).
AUTONOMOUS_PREFECTURE_SPELLINGS: Mapping[str, str] = MappingProxyType(
    {form: full for full in PREFECTURE_SHORT_NAMES if full.endswith("自治州") for form in prefecture_short_forms(full)})


def new_area_short_name(name: str) -> str | None:
    """A 新区 division's name without 新区 (浦东新区 → 浦东, 滨海新区 → 滨海, 沈北新区 → 沈北); ``None`` for 清新区
    (清新 and 区) and any name not ending in 新区."""
    return name[:-2] if name.endswith("新区") and len(name) >= 4 else None


#: The listed 新区 divisions by their name without 新区 (浦东 → 浦东新区); not a 新区 that is no division (两江新区,
#: 雄安新区: no post's place is read as them).
NEW_AREAS: Mapping[str, str] = MappingProxyType(
    {short: name for _, name, _, _ in counties() if (short := new_area_short_name(name))})


def spellings_of_a_place(place: str) -> tuple[str, ...]:
    """The spellings a place filter looks for ``place`` by: itself, and for an autonomous prefecture written
    as its short name and 州 (or 巴州 博州 克州) its full name too (「海南州」 also 「海南藏族自治州」, which the place read from a
    post stating 「青海海南」「青海 海南」 or 「海南藏族自治州共和县」 holds; 「恩施州」 「恩施土家族苗族自治州」): a
    written 海南州 is no part of 海南藏族自治州, and 海南 alone is the province. A 新区 division written
    without 新区 is looked for by its full name too (「浦东」 also 「浦东新区」: 浦东 is no whole name in
    「上海市浦东新区」, as 新 goes on; 「滨海」 finds 天津's 滨海新区 besides 江苏's 滨海县)."""
    place = place.strip()
    full = AUTONOMOUS_PREFECTURE_SPELLINGS.get(place) or NEW_AREAS.get(place)
    return (place, full) if full else (place,)


@functools.lru_cache(maxsize=256)
def whole_name_patterns(name: str) -> tuple[str, str]:
    """Regular expressions, either of which finds ``name`` in a written place (「河南省信阳市新县」) only as
    a whole division's name or its short form: 郑州 finds 「河南省郑州市」, 兰考 「开封市兰考县」, 新县 「信阳市新县」,
    but 新县 not 「湖北省黄石市阳新县」 nor 「新县镇」, 新市 not 「辽宁省阜新市」, 河 not 「河南省」; a province's short
    name only the province (海南 not 「青海省海南藏族自治州」 nor 「青海海南」, ``_whole_province``). The first reads
    places written with their suffixes (nearly all); the second, slower (a province at every position),
    also those leaving a province's off (「北京北京市」「河南郑州市」): try it last. A name written without its
    suffix before a lower one (河南 or 郑州 of 「河南郑州金水区」) is not found.

    Written for both engines a place filter runs on (Python's ``re`` and PostgreSQL's ``~``): no
    look-behind, no look-ahead, classes of literal characters."""
    name = name.strip()
    if name in PROVINCES:  # 海南 is the province: not 海南藏族自治州, which 「海南州」 finds
        return _whole_province(name), _whole_province(name)
    return _whole_name(name, ""), _whole_name(name, _BARE_PROVINCES)

