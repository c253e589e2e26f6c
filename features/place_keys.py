"""Place keys: every spelling of a known place mapped to the short key a job's location and a
graduate's wish share (乌鲁木齐市, 乌市 → 乌鲁木齐; 武汉市 → 武汉), and which places contain which (伊宁市
lies in 伊犁, 北疆, 新疆; 武汉 in 湖北).

Built once from the place names of ``features.data.places`` (with the 省直辖县级行政区划 such as 仙桃), the
prefecture-level divisions of every province (``features.data.national_divisions``, from the package ``cpca``),
their county-level places (``features.place_gazetteer.county_spellings``) and the place words of
``features.vocabulary``. Read by
``features.intentions`` (wishes), ``matching.scoring`` (job locations), ``matching.job_checks``,
``features.place_inference`` (``spelling_guard``) and ``service.policy_file``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from features.data.places import (
    ABBREVIATIONS,
    CITY_NAME_GUARDS,
    CITY_SHORT_NAMES_ALSO_WORDS,
    CITY_SHORT_NAMES_NOT_ALONE,
    HENAN_PREFECTURES,
    HENAN_SHARED_NAMES,
    OTHER_CITIES,
    PROVINCE_DIRECT_COUNTIES,
    PROVINCE_DIVISIONS,
    PROVINCE_FULL_NAMES,
    PROVINCES,
    XINJIANG_DIRECT_CITIES,
    XINJIANG_PREFECTURES,
    XINJIANG_REGIONS,
)
from features.data.national_divisions import PREFECTURES
from features.literal_trie import literal_trie
from features.place_gazetteer import (
    COUNTY_SHORT_NAME_END,
    county_spellings,
    gazetteer,
    short_name_end,
    spelled_by_short_name,
)
from features.place_names import (
    OTHER_PREFECTURE_SHORT_NAMES,
    autonomous_prefecture_zhou,
    province_full_name,
    short_name,
)
from features.vocabulary import PLACE_TERMS

#: A county-level place's suffix, Xinjiang's and ``PROVINCE_DIRECT_COUNTIES`` (察布查尔锡伯自治县 → 察布查尔,
#: 白沙黎族自治县 → 白沙, 神农架林区 → 神农架). ``short_name`` keeps an autonomous county's 自治.
_COUNTY_SUFFIX = re.compile(r"(?:哈萨克|蒙古|回族|锡伯|塔吉克|黎族|苗族)*自治县$|林区$|[市县区]$")
#: Their short names read alone (仙桃, 琼海): ``alias_pattern`` guards them like a prefecture's (白沙路, 天门山).
_DIRECT_COUNTY_SHORT_NAMES = frozenset(
    _COUNTY_SUFFIX.sub("", full) for counties in PROVINCE_DIRECT_COUNTIES.values() for full in counties
) - CITY_SHORT_NAMES_NOT_ALONE


def _spellings_by_short_name(province: str) -> dict[str, list[str]]:
    """A county of ``province`` (河南, 新疆) → its short name after a head, as ``place_gazetteer`` reads it
    (「河南兰考」「开封市兰考」「巴州和静」「乌鲁木齐天山」)."""
    found: dict[str, list[str]] = {}
    for spelling, division in gazetteer()[0].items():
        if division.province == province and division.county and spelled_by_short_name(spelling):
            found.setdefault(division.county, []).append(spelling)
    return found


def _place_tables() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """(alias → keys, key → parent key). A key is the short name a job's location and a
    wish share (乌鲁木齐, 伊犁, 莎车, 南疆, 北京); a county-level place whose short name is also a
    prefecture's or another county's (和田市, 和田县, 伊宁市, 伊宁县, 乌鲁木齐县) keeps its full name,
    and the short name alone stands for the prefecture (和田) or for all of them (伊宁)."""
    aliases: dict[str, tuple[str, ...]] = {}
    parent: dict[str, str] = {}

    def add(key: str, *names: str, under: str | None = None) -> None:
        for name in (key, *names):
            aliases.setdefault(name, (key,))
        if under and under != key:
            parent.setdefault(key, under)

    add("新疆", PROVINCE_FULL_NAMES["新疆"])
    region_of = {member: region for region, members in XINJIANG_REGIONS.items() for member in members}
    for region in XINJIANG_REGIONS:
        add(region, under="新疆")
    counties = [(county, prefecture) for prefecture, members in XINJIANG_PREFECTURES.items() for county in members]
    counties += [(city, None) for city in XINJIANG_DIRECT_CITIES]
    prefecture_keys = {short_name(full) for full in XINJIANG_PREFECTURES}
    shorts = [_COUNTY_SUFFIX.sub("", county) for county, _ in counties]
    for full in XINJIANG_PREFECTURES:
        key = short_name(full)
        add(key, full, autonomous_prefecture_zhou(full) or key + ("地区" if full.endswith("地区") else "市"),
            under=region_of[full])
    # 「巴州和静」「乌鲁木齐天山」: the short name after its head (``place_gazetteer``), read in a wish as in a cell,
    # also where alone it is a word (和静, 天山: AMBIGUOUS_SHORT_NAMES, not read in free text alone).
    xinjiang_after_heads = _spellings_by_short_name("新疆")
    for (county, prefecture), short in zip(counties, shorts):
        under = short_name(prefecture) if prefecture else region_of[county]
        after_heads = xinjiang_after_heads.get(county, ())
        if short in prefecture_keys or shorts.count(short) > 1:
            add(county, *after_heads, under=under)
            if short not in prefecture_keys:
                aliases[short] = aliases.get(short, ()) + (county,)
        else:
            add(short, county, *([short + "县"] if county.endswith("自治县") else []), *after_heads, under=under)
    # Henan's prefectures by short name (洛阳), its county-level places by full name only (西工区,
    # 兰考县): many short ones are words or other provinces' places too (博爱, 民权, 山阳, 鹤山), and
    # HENAN_SHARED_NAMES are not keys at all (a 南京市鼓楼区 post met a wish for 开封).
    after_heads = _spellings_by_short_name("河南")
    for prefecture, members in HENAN_PREFECTURES.items():
        key = short_name(prefecture)
        add(key, prefecture, under="河南")
        for county in members:
            if county not in HENAN_SHARED_NAMES:
                # 「河南兰考」「濮阳南乐」「开封市兰考」: the short name after its head (``place_gazetteer``), ending as in a wish.
                add(county, *after_heads.get(county, ()), under=key)
    for province in PROVINCES:
        add(province, province_full_name(province))
    # Every other province's prefecture-level divisions, by short name (武汉, 恩施; 恩施州 too), but
    # where the short name is a province's (吉林市, 海南藏族自治州) or another place's, or names other
    # divisions too (朝阳): then by full name only. Their counties are not listed: 「武汉 武昌」 is 武汉.
    for province, items in PREFECTURES.items():
        if province in PROVINCE_DIVISIONS:
            continue
        for _, full, short in items:
            spellings = (full, *filter(None, [autonomous_prefecture_zhou(full)]))
            if short in PROVINCES or short in CITY_SHORT_NAMES_ALSO_WORDS or short in CITY_SHORT_NAMES_NOT_ALONE:
                # 青海海南, 吉林吉林, 青海海东, 山西大同, 辽宁朝阳: after its own province's name, the prefecture (海东
                # alone is a word in a wish, ``_WORD_AFTER_PROVINCE`` guards its end; 朝阳 alone is 北京's too).
                spellings += (province + short, province_full_name(province) + short)
            if short in aliases or short in CITY_SHORT_NAMES_NOT_ALONE:
                add(full, *(s for s in spellings[1:] if s not in aliases), under=province)
            else:
                add(short, *spellings, under=province)
    # Their county-level places (``place_gazetteer.county_spellings``): 义乌市, 金华义乌 and 浙江义乌 (not 义乌
    # alone) → 义乌市, under its city's key (金华); a shared name only with its city (南京市鼓楼区).
    for key, spellings, prefecture, province in county_spellings():
        if key not in aliases:
            under = aliases[prefecture][0] if prefecture in aliases else province
            add(key, *(s for s in spellings if s not in aliases), under=under)
    # 省直辖县级行政区划 (仙桃, 琼海, 神农架林区): places of their province like its prefectures; 昌江 is
    # also 景德镇's 昌江区, so 昌江黎族自治县 (昌江县) by full name only.
    for province, counties in PROVINCE_DIRECT_COUNTIES.items():
        for full in counties:
            short = _COUNTY_SUFFIX.sub("", full)
            # After the province's name too (海南昌江, 海南临高): 昌江 and 临高 alone are not read.
            spellings = (full, *([short + "县"] if full.endswith("自治县") else []), province + short)
            if short not in _DIRECT_COUNTY_SHORT_NAMES or short in aliases:
                add(full, *spellings[1:], under=province)
            else:
                add(short, *spellings, under=province)
    for city, province in OTHER_CITIES.items():
        add(city, city + "市", under=province)
    for abbreviation, keys in ABBREVIATIONS.items():
        aliases[abbreviation] = keys
    for term in PLACE_TERMS:  # every place the segmenter knows keeps a key
        aliases.setdefault(term, (canonical_place(term),))
    return aliases, parent


#: The short names read from ``PREFECTURES`` (武汉, 南京) are guarded by ``alias_pattern``; a province's
#: (吉林, 海南: not among them) is keyed as the province, unguarded.
_GUARDED = OTHER_PREFECTURE_SHORT_NAMES | _DIRECT_COUNTY_SHORT_NAMES | CITY_NAME_GUARDS.keys()


def alias_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    """A regular expression finding ``spellings`` (of ``PLACE_ALIASES``), longest first (阿克苏地区
    before 阿克苏), a prefecture's name not inside another division's name nor naming a street or
    town (``CITY_NAME_GUARDS``: 西安 not in 辽源市西安区, 眉山市 not in 峨眉山市, 武汉 not in 武汉路)."""
    return re.compile(literal_trie((s, spelling_guard(s)) for s in set(spellings)))


#: Where a county's short name after its city's or province's (伊春西林, ``place_gazetteer.spelled_by_short_name``)
#: may end in a wish: where it may in a name, or before the words a wish goes on with (「想去伊春西林工作」); not
#: inside a longer word (「广东新兴产业」 is no 新兴县).
_WISH_GOES_ON = "|工作|上班|就业|发展|生活|附近|一带|周边|地区|这边|那边|[或和与及的都也等吧啊呀])"
_SHORT_NAME_END_IN_A_WISH = COUNTY_SHORT_NAME_END[:-1] + _WISH_GOES_ON


def _after_own_province(shorts: frozenset[str]) -> frozenset[str]:
    """Other provinces' prefectures whose short name is in ``shorts``, written after their province's name
    (「青海海东」「青海省海东」)."""
    return frozenset(
        head + short for province, items in PREFECTURES.items() if province not in PROVINCE_DIVISIONS
        for _, _, short in items if short in shorts
        for head in (province, province_full_name(province)))


#: A prefecture's short name that is also a word after its province's (青海海东, 山西大同): the prefecture, where
#: it ends as a county's short name does in a wish (「吉林白山黑水」 is no 白山市).
_WORD_AFTER_PROVINCE = _after_own_province(CITY_SHORT_NAMES_ALSO_WORDS)
_WORD_AFTER_PROVINCE_END = _SHORT_NAME_END_IN_A_WISH.replace("|[县旗]|区(?!域)|市(?!场)", "")
#: A prefecture's short name other divisions share after its province's (「辽宁朝阳」 → 朝阳市, not 北京's 朝阳区): the
#: prefecture, but not before 县 (「辽宁朝阳县」 is its 朝阳县, read as before).
_SHARED_AFTER_PROVINCE = _after_own_province(CITY_SHORT_NAMES_NOT_ALONE)


def spelling_guard(spelling: str) -> str:
    """What ``alias_pattern`` checks where ``spelling`` ends: for a prefecture of ``PREFECTURES``
    its guards, for a name ending 区 not before 域 (区域 is a region), else nothing;
    ``features.place_inference`` reads employer names with it too."""
    if spelled_by_short_name(spelling):  # 伊春西林, 广东新兴: not 「广东新兴产业」; 新疆库车 also before 人民医院 …
        return short_name_end(spelling)[:-1] + _WISH_GOES_ON
    if spelling in _SHARED_AFTER_PROVINCE:
        return "(?!县)"
    if spelling in _WORD_AFTER_PROVINCE:  # 「吉林省通化市梅河口市」 reads 通化市, an address's link, not 吉林省通化
        return _WORD_AFTER_PROVINCE_END
    # By the spelling's own prefixes (no two guarded names start one spelling): a scan of the ~300 names
    # for each of ~13,000 spellings took 0.6 s at import.
    region = "(?!域)" if spelling.endswith("区") else ""  # 区域 is no 区 (「河北区域」 is no 天津's 河北区), as in cells
    short = next((spelling[:end] for end in range(1, len(spelling) + 1) if spelling[:end] in _GUARDED), None)
    if short is None:
        return region
    before, after = CITY_NAME_GUARDS.get(short, ("", ""))
    if spelling != short:  # a full name (大同市): only not 大同市场, 峨眉山市
        not_after = "(?!场)" if spelling.endswith("市") else region
    else:
        not_after = f"(?![{after}路街镇乡]|市场)"
    # The guard on the character before is checked after the spelling (「眉山(?<![峨]眉山)」, same
    # matches as 「(?<![峨])眉山」): a pattern whose every branch starts with a literal lets ``re`` skip
    # positions by first character, about 10 times faster over wishes than one lookbehind-led branch.
    escaped = re.escape(spelling)
    return (f"(?<![{before}]{escaped})" if before else "") + not_after


def canonical_place(term: str) -> str:
    """The shortest vocabulary place that starts the term: 乌鲁木齐市 → 乌鲁木齐,
    伊犁哈萨克自治州 → 伊犁, 喀什地区 → 喀什 (so a preference matches every spelling)."""
    for end in range(2, len(term)):
        if term[:end] in _PLACE_SET:
            return term[:end]
    return term


_PLACE_SET = frozenset(PLACE_TERMS)
#: Every spelling of a known place → its keys (a location cell may use any of them).
PLACE_ALIASES, _PARENT = _place_tables()


def place_ancestors(key: str) -> tuple[str, ...]:
    """The places that contain a place key, nearest first: 伊宁市 → (伊犁, 北疆, 新疆)."""
    out: list[str] = []
    while (key := _PARENT.get(key)) is not None and key not in out:
        out.append(key)
    return tuple(out)


def _members_table() -> dict[str, frozenset[str]]:
    members: dict[str, set[str]] = {}
    for key in _PARENT:
        for ancestor in place_ancestors(key):
            members.setdefault(ancestor, set()).add(key)
    return {key: frozenset(keys) for key, keys in members.items()}


_MEMBERS = _members_table()


def place_members(key: str) -> frozenset[str]:
    """Every place key a place contains (not itself): 伊犁 → {伊宁, 奎屯, 霍尔果斯, …}."""
    return _MEMBERS.get(key, frozenset())
