"""The names ``features.place_inference`` reads places by: every listed spelling of a division (a
province's short name aside) → the division it names, and whether it says where alone.

Built once from ``features.data.places`` (Henan and Xinjiang down to their counties, the counties some
provinces run directly) and ``features.data.national_divisions`` (every other province's prefectures
and counties, from the package ``cpca``). What a name must stand beside to count is the rule of
``features.place_inference``'s module docstring; for every other province's county-level places:

- a full name no other division in China has (昆山市, 海淀区, 洪山区, 神农架林区) says its place alone,
  unless it is two characters (沛县, 和县: inside 平和县) or a word (城东区, ``COUNTY_NAMES_ALSO_WORDS``):
  then only beside its province or prefecture;
- a full name several divisions share (朝阳区 of 北京 and 长春, 鼓楼区, 城关区, 市中区) only right after its
  prefecture's or municipality's name (北京市朝阳区, 长春朝阳区, 南京市鼓楼区): spelled together, one name;
- a short name (昆山, 义乌, 章丘), one no other division has nor a word, only beside its province or
  prefecture and ending there or before a suffix (「江苏昆山」「金华义乌」「济南市章丘区」: 章丘 became a
  区 after the list), never inside a longer word (昆山路, 义乌小商品);
- a short name several divisions share (西林, 鼓楼), or the people's name of a county named after them
  (东乡族自治县 → 东乡), only right after a city's or province's name that says which (伊春西林, 临夏东乡,
  南京鼓楼, 北京朝阳; not 江苏鼓楼, nor 辽宁朝阳: 辽宁's own 朝阳市, read as 青海海南 is), ending there or before a
  suffix (``spelled_by_short_name``), or before a body of the county's (``short_name_end``: 新疆库车人民医院); Henan's
  and Xinjiang's the same after their prefecture, however it is written, or province (开封市兰考, 阿克苏库车,
  巴州库尔勒, 新疆库车).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from features.data.national_divisions import PREFECTURES, counties
from features.data.places import (
    AMBIGUOUS_SHORT_NAMES,
    CITY_SHORT_NAMES_ALSO_WORDS,
    CITY_SHORT_NAMES_NOT_ALONE,
    COUNTY_NAMES_ALSO_WORDS,
    DIVISIONS_HOLDING_LISTED_NAMES,
    HENAN_SHARED_NAMES,
    MUNICIPALITIES,
    PROVINCE_DIRECT_COUNTIES,
    PROVINCE_DIVISIONS,
    PROVINCES,
    SHORT_NAMES_ALSO_INSTITUTION_WORDS,
)
from features.place_names import (
    PREFECTURE_SHORT_NAMES,
    autonomous_prefecture_zhou,
    new_area_short_name,
    prefecture_short_forms,
    prefecture_short_name,
    province_full_name,
    short_name,
)


#: What may follow another province's county by its short name (「江苏昆山」「济南市章丘区」「伊春西林」): the end, a
#: suffix (a county the list still calls 县 or 市 may be a 区 now; not 区域 nor 市场: 「郑州市中原区域…」), anything but a
#: Chinese character. Said
#: as 「not a word character, or an ASCII or full-width one」, not as 「[^\u4e00-\u9fff]」: the guard stands
#: after ~2,000 names, and ``re`` builds a bitmap of a 20,000-character range each time (3.6 s at import).
COUNTY_SHORT_NAME_END = r"(?=$|[\W0-9A-Za-z_０-９Ａ-Ｚａ-ｚ]|[县旗]|区(?!域)|市(?!场))"
#: A body of the county's own after its short name written after its head (「新疆库车人民医院」「河南兰考第一高级中学」
#: 「阿克苏库车第二中学」): the county is meant there too, though a Chinese character follows. Only these words, a body
#: a county has (「广东新兴产业园」 stays no 新兴县, 「郑州市中原区域协同发展中心」 郑州市).
_COUNTY_BODY = "人民|医院|中医院|妇幼|中学|小学|高级中学|高中|第[一二三四五六七八九十]|中心|公安局|县委|法院|检察院|税务局|供电公司"
_HEADED_SHORT_NAME_END = COUNTY_SHORT_NAME_END[:-1] + f"|(?:{_COUNTY_BODY}))"


@dataclass(frozen=True, slots=True)
class Division:
    province: str  # short name (河南)
    prefecture: str | None  # full name (洛阳市); None for a municipality's district
    county: str | None  # full name (西工区)
    #: Says where only beside its province or prefecture (a prefecture's bare name, a county's short
    #: name, a county-level name that is not the only one of its spelling: see the module).
    needs_context: bool

    @property
    def chain(self) -> tuple[str, ...]:
        return tuple(p for p in (self.province, self.prefecture, self.county) if p)


#: County-level names of the national list no other division has that are also words of places in
#: general (a town's east part, the suburbs, a market): only beside their province or prefecture.
_NATIONAL_NAMES_ALSO_WORDS = frozenset("城东区 城西区 城北区 南郊区 西市区 城厢区 海港区 东风区".split())


def county_needs_context(county: str) -> bool:
    return (len(county) < 3 or county in HENAN_SHARED_NAMES or county in COUNTY_NAMES_ALSO_WORDS
            or county in _NATIONAL_NAMES_ALSO_WORDS)


#: Two-character county names (新县, 叶县) no other division has: they say their place alone at the
#: head of a name (「叶县人民法院」「中共新县纪律检查委员会」), where no other word can end in them
#: (阳新县, 示范县).
TWO_CHARACTER_COUNTIES = frozenset(
    county for prefectures in PROVINCE_DIVISIONS.values() for members in prefectures.values() for county in members
    if len(county) < 3 and county not in HENAN_SHARED_NAMES and county not in COUNTY_NAMES_ALSO_WORDS)


def _county_short(full: str) -> str:
    """浦东新区 → 浦东, 昆山市 → 昆山, 白沙黎族自治县 → 白沙."""
    return new_area_short_name(full) or short_name(full)


def _bare_short(full: str) -> str:
    """A county's name without its suffix as it may follow its city's or province's name: ``_county_short``,
    and for a county named after its people alone, which ``short_name`` keeps whole, the people's name
    (东乡族自治县 → 东乡: 「临夏东乡」; 东乡 alone is also 抚州's 东乡县)."""
    short = _county_short(full)
    if short == full and (people := re.fullmatch(r"(?P<stem>[\u4e00-\u9fff]{2,}?)族?自治[县旗]", full)):
        return people.group("stem")
    return short


def _shared_short_names_after_heads(names: dict[str, Division], rows: list[tuple[str, Division]],
                                    shorts: Counter[str], prefecture_shorts: Mapping[str, set[str]]) -> None:
    """A short name several divisions share (西林: 伊春's 西林区 and 百色's 西林县; 东乡: 抚州's 东乡县 and 临夏's
    东乡族自治县) read right after its city's or province's name, where that says which (「伊春西林」「广西西林」
    「临夏东乡」「甘肃东乡」「北京朝阳」), as one name; not a province's name, nor a prefecture's of the county's own
    province (「辽宁朝阳」 is 朝阳市, not 朝阳县; 北京 has no 朝阳 but its 朝阳区), nor
    where two of the same head share it (「江苏鼓楼」: 南京's and 徐州's), nor a name that is its own short
    name (城区). ``features.place_inference`` reads such a spelling as another county's short name, ending
    there or before a suffix (「广东新兴产业园」 is no 新兴县)."""
    found: dict[str, list[Division]] = {}
    for full, division in rows:
        short = _bare_short(full)
        unshared = shorts[short] < 2 and short == _county_short(full)  # read by ``_national_counties``' rule
        if (len(short) < 2 or short == full or unshared or short in PROVINCES
                or short in prefecture_shorts.get(division.province, ())
                or short in names):
            continue
        city = PREFECTURE_SHORT_NAMES.get(division.prefecture or "", division.province)
        for head in {city, division.province}:
            found.setdefault(head + short, []).append(division)
    for spelling, (division, *others) in found.items():
        if not others:
            names.setdefault(spelling, replace(division, needs_context=False))


def _national_counties(names: dict[str, Division]) -> dict[str, Division]:
    """Adds every other province's county-level names to ``names`` (see the module); returns their short
    names that may be read beside their province or prefecture."""
    rows = [(full, Division(province, prefecture, full, needs_context=county_needs_context(full)))
            for _, full, prefecture, province in counties() if province not in PROVINCE_DIVISIONS]
    spelled = Counter(full for full, _ in rows)
    listed = {c for prefectures in PROVINCE_DIVISIONS.values() for members in prefectures.values() for c in members}
    for full, division in rows:
        if spelled[full] == 1 and full not in names and full not in listed:
            names[full] = division
            continue
        # Shared (or a listed name too): only as one name with its prefecture's or municipality's.
        city = division.prefecture or division.province + "市"
        heads = {city, PREFECTURE_SHORT_NAMES.get(city, division.province)}
        for head in heads:
            names.setdefault(head + full, replace(division, needs_context=False))
    shorts = Counter(_county_short(full) for _, full, _, _ in counties())
    shorts.update(short_name(c) for c in listed)
    # 昌江 is 景德镇's 昌江区 and 海南's 昌江黎族自治县 (not in ``counties``): shared, no one's short name.
    direct = Counter(short_name(c) for fulls in PROVINCE_DIRECT_COUNTIES.values() for c in fulls)
    shorts.update(direct)
    found: dict[str, Division] = {}
    for full, division in rows:
        short = _county_short(full)
        if direct[short] and shorts[short] == 2 and spelled[full] == 1:
            # Shared with a county a province runs only (景德镇's 昌江区, 海南's 昌江): still one name
            # right after its city's or province's (江西昌江, 景德镇昌江), as an unshared short name is.
            city = PREFECTURE_SHORT_NAMES.get(division.prefecture or "", division.province)
            for head in {city, division.province}:
                names.setdefault(head + short, replace(division, needs_context=False))
        if (short != full and len(short) >= 2 and shorts[short] == 1 and spelled[full] == 1
                and short not in names and short not in PROVINCES and full not in _NATIONAL_NAMES_ALSO_WORDS):
            found[short] = replace(division, needs_context=True)
    # By province: a prefecture's short name (朝阳 of 辽宁's 朝阳市) is only its own province's; a bare one
    # that stands alone (武汉) is in ``names`` and never read after a head anyway.
    prefecture_shorts: dict[str, set[str]] = {}
    for province, items in PREFECTURES.items():
        prefecture_shorts.setdefault(province, set()).update(short for _, _, short in items)
    for province, prefectures in PROVINCE_DIVISIONS.items():
        prefecture_shorts.setdefault(province, set()).update(map(short_name, prefectures))
    for province, fulls in PROVINCE_DIRECT_COUNTIES.items():
        prefecture_shorts.setdefault(province, set()).update(map(short_name, fulls))
    _shared_short_names_after_heads(names, rows, shorts, prefecture_shorts)
    return found


def _direct_county_short_names(names: dict[str, Division]) -> None:
    """Adds the short names of ``PROVINCE_DIRECT_COUNTIES`` (琼中, 陵水, 仙桃) as a prefecture's bare name
    is read (beside its province, or a location cell's whole text), to those no other division in China
    has: not 昌江 (also 景德镇's 昌江区), nor a word (东方, 定安, 临高, 白沙). And an autonomous county's 县
    form (琼中县, 昌江县: so it is called on forms) as a full name, where no division is named so
    (景德镇's 昌江 is a 区), and the short name after the province's (海南昌江). ``_national_counties``
    counts them among the short names: 「昌江」 is no one's."""
    direct = [(province, full) for province, fulls in PROVINCE_DIRECT_COUNTIES.items() for full in fulls]
    national = {full for _, full, _, _ in counties()}
    spelled = Counter(_county_short(full) for full in national)
    spelled.update(short_name(full) for _, full in direct)
    for province, full in direct:
        short = short_name(full)
        if full.endswith("自治县") and short + "县" not in national:
            names.setdefault(short + "县", Division(province, full, None, needs_context=False))
        # 「海南昌江」「海南琼中」: after its province's name, one name.
        names.setdefault(province + short, Division(province, full, None, needs_context=False))
        if (spelled[short] == 1 and short not in names and short not in PROVINCES
                and short not in CITY_SHORT_NAMES_ALSO_WORDS and short not in CITY_SHORT_NAMES_NOT_ALONE):
            names[short] = Division(province, full, None, needs_context=True)


def prefecture_spellings(prefecture: str) -> set[str]:
    """How a prefecture may be written, as before a county's short name (and a place filter's levels): bare, in full, an
    autonomous prefecture's 州 (伊犁州) and Xinjiang's spoken 巴州 博州 克州 (``ABBREVIATIONS``)."""
    return {prefecture_short_name(prefecture), prefecture, *prefecture_short_forms(prefecture)}  # 恩施, 恩施州


def _listed_short_names_after_heads(names: dict[str, Division], shorts: dict[str, list[Division]]) -> None:
    """A Henan or Xinjiang county's short name right after its prefecture's or province's name (「河南兰考」
    「濮阳南乐」「开封市兰考」「阿克苏库车」「喀什地区疏附」「巴州库尔勒」「新疆库车」), read as one name where that head
    says which, as another province's is (「山东东平」, ``_national_counties``): alone, such a short name names a
    county only before 分局, 监狱 … (博爱, 民权 are words too). Not a prefecture's bare name (「河南濮阳」 is
    濮阳市, not 濮阳县; 「和田和田」), nor one two counties under the head share (「伊犁伊宁」: 伊宁市 and 伊宁县); a
    name shared with other provinces (鼓楼区) or also a word (天山, 温泉: ``AMBIGUOUS_SHORT_NAMES``) only after
    its prefecture's (「乌鲁木齐天山」, not 「新疆天山」)."""
    found: dict[str, list[Division]] = {}
    for short, divisions in shorts.items():
        if len(short) < 2 or short in names or short in PROVINCES:
            continue
        for division in divisions:
            heads = prefecture_spellings(division.prefecture or "")
            if division.county not in HENAN_SHARED_NAMES and short not in AMBIGUOUS_SHORT_NAMES:
                heads.add(division.province)
            for head in heads - {""}:
                found.setdefault(head + short, []).append(division)
    for spelling, (division, *others) in found.items():
        if not others:
            names.setdefault(spelling, replace(division, needs_context=False))


@functools.cache
def gazetteer() -> tuple[Mapping[str, Division], Mapping[str, Division], Mapping[str, Division]]:
    """Every listed spelling of a division → the division; the short names of Henan's and Xinjiang's
    counties (兰考 → 兰考县) that are no prefecture's bare name (安阳 is 安阳市, not 安阳县) nor another
    county's; and those of every other province's counties (昆山 → 昆山市, see the module).

    Built once (``features.place_inference`` and ``county_spellings`` both read it) and read-only."""
    names: dict[str, Division] = {}
    shorts: dict[str, list[Division]] = {}
    for province, prefectures in PROVINCE_DIVISIONS.items():
        for prefecture, members in prefectures.items():
            names[prefecture] = Division(province, prefecture, None, needs_context=False)
            bare = short_name(prefecture)
            if bare != prefecture:
                names.setdefault(bare, Division(province, prefecture, None, needs_context=True))
            if zhou := autonomous_prefecture_zhou(prefecture):  # 伊犁州, 昌吉州: as full a name as 伊犁哈萨克自治州
                names.setdefault(zhou, names[prefecture])
            for county in members:
                names[county] = Division(province, prefecture, county, needs_context=county_needs_context(county))
                if (short := short_name(county)) != county:
                    shorts.setdefault(short, []).append(Division(province, prefecture, county, needs_context=True))
    unique = {short: found for short, (found, *others) in shorts.items() if not others and short not in names}
    _listed_short_names_after_heads(names, shorts)
    # Every other province's prefecture-level divisions: a full name says its place alone, an
    # autonomous prefecture's 恩施州 too, a bare one (武汉, 恩施) beside its province only, and none
    # that names other divisions too (朝阳: 北京's 朝阳区), nor a province (吉林).
    for province, items in PREFECTURES.items():
        if province in PROVINCE_DIVISIONS:
            continue
        for _, full, short in items:
            names.setdefault(full, Division(province, full, None, needs_context=False))
            if zhou := autonomous_prefecture_zhou(full):
                names.setdefault(zhou, names[full])
            if short in PROVINCES or short in CITY_SHORT_NAMES_NOT_ALONE:
                # 吉林市, 青海's 海南藏族自治州: a province's name alone is the province (「海南」「海南三亚」 are
                # 海南省), the prefecture only by a longer name (海南州, 吉林市) or after its own province's; so
                # is a short name other divisions share (「辽宁朝阳」 → 朝阳市; 北京's 朝阳区 is 「北京朝阳」).
                for head in (province, province_full_name(province)):
                    names.setdefault(head + short, Division(province, full, None, needs_context=False))
            elif short not in CITY_SHORT_NAMES_NOT_ALONE:
                names.setdefault(short, Division(province, full, None, needs_context=True))
    # County-level places a province runs (仙桃市, 屯昌县; each the only one of its spelling in China):
    # alone, a place of the province's own (「湖北省仙桃市」 is more than 湖北省); not 仙桃, 东方.
    for province, direct in PROVINCE_DIRECT_COUNTIES.items():
        names |= {full: Division(province, full, None, False) for full in direct if full not in names}
    _direct_county_short_names(names)
    for name, (province, prefecture, county) in DIVISIONS_HOLDING_LISTED_NAMES.items():
        names[name] = Division(province, prefecture, county, needs_context=False)
    national_shorts = _national_counties(names)
    national_shorts = {s: d for s, d in national_shorts.items() if s not in unique and s not in MUNICIPALITIES}
    return MappingProxyType(names), MappingProxyType(unique), MappingProxyType(national_shorts)


def spelled_by_short_name(name: str) -> bool:
    """``name`` is a county's short name after its city's or province's, read as one name (伊春西林, 临夏东乡,
    江西昌江: ``_shared_short_names_after_heads``): only where it ends or a suffix follows
    (``COUNTY_SHORT_NAME_END``: 「广东新兴产业园」 is no 新兴县), in names and wishes alike."""
    division = gazetteer()[0].get(name)
    return division is not None and division.county is not None and not name.endswith(division.county)


_WORD_SHORT_NAMES = tuple(AMBIGUOUS_SHORT_NAMES | SHORT_NAMES_ALSO_INSTITUTION_WORDS)


def short_name_end(spelling: str) -> str:
    """Where a county's short name may end: as ``COUNTY_SHORT_NAME_END``, and after its head (``spelled_by_short_name``)
    also before a body of the county's (「新疆库车人民医院」); not so a short name that is also a word (天山, 和静:
    ``AMBIGUOUS_SHORT_NAMES``: 「乌鲁木齐天山医院」 may be named after the mountains; nor 中原, 博爱:
    ``SHORT_NAMES_ALSO_INSTITUTION_WORDS``, 「河南博爱医院」)."""
    if not spelled_by_short_name(spelling) or spelling.endswith(_WORD_SHORT_NAMES):
        return COUNTY_SHORT_NAME_END
    return _HEADED_SHORT_NAME_END


def county_spellings() -> list[tuple[str, tuple[str, ...], str | None, str]]:
    """Every other province's county-level places as wishes and job locations spell them: (key,
    spellings, prefecture's full name or ``None``, province short name), for ``features.place_keys``. A
    full name no other division has (昆山市, not a word, three characters or more) is its own key and
    spelling; a shared one (鼓楼区) is keyed and spelled only with its city (南京市鼓楼区, 南京鼓楼区); a
    short name only right after its city's or province's short name (金华义乌, 浙江义乌: not 义乌 alone)."""
    names, _, shorts = gazetteer()
    short_of = {d.county: s for s, d in shorts.items()}
    found = []
    for _, full, prefecture, province in counties():
        if province in PROVINCE_DIVISIONS:
            continue
        city = prefecture or province + "市"
        heads = (city, PREFECTURE_SHORT_NAMES.get(city, province))
        division = names.get(full)
        if division is not None and division.county == full and division.prefecture == prefecture:
            spellings = () if division.needs_context else (full,)
            key = full if spellings else heads[1] + full
            if short := short_of.get(full):
                spellings += (heads[1] + short, *([province + short] if province != heads[1] else []))
            elif (short := _bare_short(full)) != full:
                spellings += tuple(dict.fromkeys(h + short for h in (heads[1], province)
                                                 if _names(names, h + short, division)))
            found.append((key, spellings + (heads[1] + full, heads[0] + full), prefecture, province))
        else:  # shared: with its city only (its short name too where that says which: 南京鼓楼)
            short = _bare_short(full)
            said = tuple(dict.fromkeys(h + short for h in (heads[1], province)
                                       if _names(names, h + short, Division(province, prefecture, full, False))))
            found.append((heads[0] + full, (heads[0] + full, heads[1] + full, *said), prefecture, province))
    return found


def _names(names: Mapping[str, Division], spelling: str, division: Division) -> bool:
    """``spelling`` is read as ``division`` (whether it says where alone or not)."""
    found = names.get(spelling)
    return found is not None and found.chain == division.chain
