"""Where a hukou place lies, for the hukou check: its province and its prefecture-level city
(``prefecture_of``: a municipality is one city, a county-level city the province administers directly
is its own), in Xinjiang its prefecture-level division, in Henan its county.

A table names the place a post requires often without its province (户籍地 「仪征市」, 「房山区」,
「限宜阳县户籍」); the job's place (报考地区 「江苏省扬州市仪征市」, else the place its employer's name
or announcement says, ``features.place_inference``) names what contains it, or the place list does
(宜阳县: one county of that name in China, in 河南省洛阳市). ``seat`` finds the place there;
``apart`` then says whether a graduate's hukou lies outside it.
Unknown stays unknown: a place the location does not name (placed only in its province, so
that a same-named county of another province does not match: ``apart(…,
implied_province_counts=True)``), or a prefecture outside the gazetteer, refuses nobody.
Reading provinces and prefectures out of a text is ``features.place_names``'.
"""

from __future__ import annotations

from features.data.places import (
    CITY_SHORT_NAMES_NOT_ALONE,
    MERGED_PREFECTURES,
    MUNICIPALITIES,
    PROVINCE_DIRECT_COUNTIES,
    PROVINCE_DIVISIONS,
    XINJIANG_DIRECT_CITY_SURROUNDS,
)
from features.place_inference import county_short_name_place, infer_location, listed_division
from features.place_names import name_stem, provinces_named, short_name, xinjiang_prefecture

#: 伊犁哈萨克自治州 also supervises these two prefectures: neither lies apart from it.
_WITHIN_ILI = {"塔城地区", "阿勒泰地区"}


#: Between a province and a place the job's location does not name (``seat``).
UNNAMED = "…"

def prefecture_of(text: str) -> tuple[str, str] | None:
    """The prefecture-level city a written place lies in, as (province short name, city full name):
    南京市鼓楼区 → (江苏, 南京市), 湖北省恩施市 → (湖北, 恩施土家族苗族自治州), 北京市海淀区 → (北京, 北京市),
    湖北省仙桃市 → (湖北, 仙桃市) (administered by the province directly). ``None`` when it names none, or
    names several: a county alone whose city the place list does not hold (江苏省昆山市, 鼓楼区), a name
    the list does not hold (an old one: 湖北省襄樊市), the province alone. A prefecture the list still holds
    though merged since is the one it lies in now (山东省莱芜市 → 济南市, ``MERGED_PREFECTURES``)."""
    text = county_short_name_place(text) or text  # a hukou 「义乌」「昆山」: a county's short name alone
    named = provinces_named(text)
    if len(named) > 1:
        return None
    province = next(iter(named), None)
    # A municipality's districts are the level below the province, and no list of them is kept,
    # so each municipality is one prefecture-level city.
    if province in MUNICIPALITIES:
        return province, province + "市"
    # A directly administered city heading the text, or anywhere after its province (东方市 of 海南省东方市).
    found = {(p, city) for p, cities in PROVINCE_DIRECT_COUNTIES.items() if province in (None, p)
             for city in cities if text.startswith(city) or (province and city in text)}
    listed = infer_location(text)
    if listed is not None and not listed.province_only:
        # ``local`` is the city, then (Henan, a few other listed names) a county; a municipality's
        # district (海淀区 alone, read as 北京市海淀区) lies in the municipality, its one city.
        listed_province = next(iter(provinces_named(listed.province)))
        city = listed_province + "市" if listed_province in MUNICIPALITIES else _city_part(listed.local)
        found.add((listed_province, MERGED_PREFECTURES.get(city, city)))
    return found.pop() if len(found) == 1 else None


def _city_part(local: str) -> str:
    """The prefecture-level name heading ``local`` (洛阳市宜阳县 → 洛阳市; 阜新市 stays)."""
    for end in ("自治州", "地区", "盟", "市", "州"):
        at = local.find(end)
        if at > 0:
            return local[:at + len(end)]
    return local


def provinces_of(text: str) -> set[str]:
    """The provinces ``text`` names, else the one its city lies in (南京市鼓楼区 → {江苏}); not of a city
    whose name other divisions share (朝阳市 may be written for Beijing's 朝阳区: unknown)."""
    if named := provinces_named(text):
        return named
    found = prefecture_of(text)
    return {found[0]} if found and short_name(found[1]) not in CITY_SHORT_NAMES_NOT_ALONE else set()


def county_place(text: str) -> str | None:
    """The county-level place ``text`` names, from its province down (北京市朝阳区 → 北京市朝阳区, 江苏昆山 →
    江苏省苏州市昆山市), when the place list holds it; ``None`` for a city, a province or an unknown name."""
    found = infer_location(text)
    if found is None or found.province_only:
        return None
    if provinces_named(found.province) & set(MUNICIPALITIES):
        return found.place  # a municipality's district or county
    return found.place if _city_part(found.local) != found.local else None


def outside_city_proper(name: str, hukou: str) -> bool:
    """``name`` is a city's 市区 (苏州市区: its districts) and ``hukou`` a county or county-level city
    (昆山市 lies in 苏州市, not in its 市区)."""
    county = county_place(hukou) if name.strip().endswith("市区") else None
    return county is not None and not county.endswith("区") and not hukou.strip().endswith("区")


def same_prefecture(name: str, place: str, hukou: str) -> bool:
    """``name``, a prefecture-level city (``place`` with its province, ``seat``), holds ``hukou``
    however either spells it: 恩施土家族苗族自治州 holds 湖北省恩施州巴东县. Not for a place below the city
    (昆山市 of 江苏省苏州市昆山市): its city holding the hukou does not say the place does."""
    city = prefecture_of(place)
    return (city is not None and city == prefecture_of(hukou) and city == prefecture_of(city[0] + name)
            and name_stem(name) in city[1])


def seat(place: str, location: str | None) -> str | None:
    """``place`` with what contains it, as ``location`` names it (仪征市 in 江苏省扬州市仪征市 →
    江苏省扬州市仪征市; 恩施州 in 湖北省恩施土家族苗族自治州巴东县 → 湖北省恩施州), with its province
    from the place list when the location leaves it off (宜阳县 in 洛阳市宜阳县 → 河南省洛阳市宜阳县).
    A place the location does not name is looked up in the place list within the location's one
    province (宜阳县 of a 河南省 post → 河南省洛阳市宜阳县), or anywhere when its name is the only one
    in China (宜阳县 of a post placed nowhere); else taken to lie in the location's one province,
    marked ``UNNAMED`` (通州区 of a 北京市 post → 北京…通州区): enough to say 江苏省南通市通州区 is not
    it, not to refuse (``apart``). ``None`` when the place names its province itself, or nothing
    places it."""
    place = place.strip()
    if provinces_named(place):
        return None
    location = location or ""
    for name in dict.fromkeys((place, short_name(place), *place_heads(place))):
        at = location.find(name)
        if at >= 0:
            found = location[:at] + place
            listed = None if provinces_named(found) else infer_location(found)
            if listed is None:
                return found
            return listed.place if listed.place.endswith(place) else listed.province + found
    named = provinces_named(location)
    if len(named) > 1:
        return None
    province = next(iter(named), None)
    return listed_division(place, province) or (f"{province}{UNNAMED}{place}" if province else None)


def place_heads(place: str) -> list[str]:
    """The county or city names heading a place below them, longest first (台山市长塘村 → 台山市): the
    location names the county, not the village, so the village lies in that county (广东省江门市台山市长塘村),
    not somewhere in the province (2026-12-07 review: a Xinjiang graduate was left 待核实 for it). At least three
    characters (a two-character 和县 may head another name)."""
    return [place[:i + 1] for i in range(len(place) - 2, 1, -1) if place[i] in "市县区旗盟州"]


def seat_of_post(place: str, stated: str | None, inferred: str | None) -> str | None:
    """``seat`` of ``place`` by the post's stated location, else by the place read from its names
    (``Job.ranking_location``). Where that place neither names ``place`` nor holds it in its
    province's list, the place list alone says where a name the only one in China lies: the office
    驻北京 of 宜阳县 reads as Beijing, yet its 「限宜阳县户籍」 is 河南省洛阳市宜阳县, which a 宜阳县 hukou
    matches (not 北京…宜阳县, which it would not); 通州区 of a post read as 北京市 stays 北京…通州区."""
    if stated:
        return seat(place, stated)
    found = seat(place, inferred) if inferred else None
    if found is None or UNNAMED in found:
        return seat(place, None) or found
    return found


def _listed_place(text: str) -> str | None:
    """The place ``text`` names below its province, from the province down (「河南省洛阳市宜阳县」),
    when the place list holds its province's divisions; ``None`` otherwise."""
    found = infer_location(text)
    if found is None or found.province_only:
        return None
    return found.place


def apart(place: str, hukou: str, *, implied_province_counts: bool = False) -> bool:
    """The graduate's ``hukou`` surely lies outside ``place`` (a place with its province,
    ``seat``): another province (a hukou naming none lies in its city's: 南京市鼓楼区), another
    prefecture-level city (``prefecture_of``: 江苏省南京市 and 江苏省苏州市昆山市; both known), in Xinjiang
    another prefecture, in Henan (listed down to counties) a place neither containing nor inside the
    hukou's (宜阳县, 郑州市). A county name alone never
    decides: it may lie inside the graduate's city; nor does a province only the job's location
    implies (``UNNAMED``): the post may name a place elsewhere. With ``implied_province_counts``
    that province decides too, and alone: where the hukou names the place's county, a
    same-named county of another province (北京…通州区, 江苏省南通市通州区) is another county."""
    # The hukou's province may be its city's; the place's is what ``seat`` found (a bare 新县 of a post
    # placed nowhere is not read as Henan's).
    theirs, mine = provinces_named(place), provinces_of(hukou)
    if UNNAMED in place:
        return implied_province_counts and bool(theirs and mine and not theirs & mine)
    if not theirs or not mine:
        return False
    if not theirs & mine:
        return True
    a, b = xinjiang_prefecture(place), xinjiang_prefecture(hukou)
    if theirs == mine and theirs & PROVINCE_DIVISIONS.keys() - {"新疆"}:
        # Henan, whose divisions the list holds down to counties: neither place contains the other
        # (河南省洛阳市宜阳县, 河南省郑州市). A hukou whose county the list does not hold (an old
        # name) is read as its prefecture, which contains the county: not apart.
        mine_listed, theirs_listed = _listed_place(hukou), _listed_place(place)
        return bool(mine_listed and theirs_listed and not mine_listed.startswith(theirs_listed)
                    and not theirs_listed.startswith(mine_listed))
    if theirs == mine and not theirs & PROVINCE_DIVISIONS.keys():
        # Every other province: another prefecture-level city, both known (a county whose city is not
        # known decides nothing; a municipality is one city), or in one city another county, both known.
        city, theirs_city = prefecture_of(hukou), prefecture_of(place)
        if city and theirs_city and city == theirs_city:
            # One city: two county-level places both known (北京市朝阳区, 北京市房山区) lie apart.
            county, theirs_county = county_place(hukou), county_place(place)
            return bool(county and theirs_county and county != theirs_county)
        return bool(city and theirs_city and city != theirs_city)
    if a is None or b is None or a == b:
        return False
    if a in XINJIANG_DIRECT_CITY_SURROUNDS.get(b, ()) or b in XINJIANG_DIRECT_CITY_SURROUNDS.get(a, ()):
        return False  # a 兵团 city and the prefecture around it: the post may count it (第八师 in 塔城)
    return not ({a, b} & {"伊犁哈萨克自治州"} and {a, b} & _WITHIN_ILI)
