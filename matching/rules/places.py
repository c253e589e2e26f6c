"""Where a hukou place lies, for the hukou check: its province and, in Xinjiang (the one
region whose divisions ``features.data.places`` lists), its prefecture-level division.

A table names the place a post requires often without its province (户籍地 「仪征市」, 「房山区」);
the job's location (报考地区 「江苏省扬州市仪征市」) names what contains it. ``seat`` finds
the place in that location; ``apart`` then says whether a graduate's hukou lies outside it.
Unknown stays unknown: a place the location does not name (placed only in its province, so
that a same-named county of another province does not match: ``apart(…,
implied_province_counts=True)``), or a prefecture outside the gazetteer, refuses nobody.
Reading provinces and prefectures out of a text is ``features.place_names``'.
"""

from __future__ import annotations

from features.data.places import XINJIANG_DIRECT_CITY_SURROUNDS
from features.place_names import provinces_named, short_name, xinjiang_prefecture

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
    if not location or provinces_named(place):
        return None
    for name in dict.fromkeys((place, short_name(place))):
        at = location.find(name)
        if at >= 0:
            return location[:at] + place
    named = provinces_named(location)
    return f"{named.pop()}{UNNAMED}{place}" if len(named) == 1 else None


def apart(place: str, hukou: str, *, implied_province_counts: bool = False) -> bool:
    """The graduate's ``hukou`` surely lies outside ``place`` (a place with its province,
    ``seat``): another province, or in Xinjiang another prefecture. A county name alone never
    decides: it may lie inside the graduate's city; nor does a province only the job's location
    implies (``UNNAMED``): the post may name a place elsewhere. With ``implied_province_counts``
    that province decides too, and alone: where the hukou names the place's county, a
    same-named county of another province (北京…通州区, 江苏省南通市通州区) is another county."""
    theirs, mine = provinces_named(place), provinces_named(hukou)
    if UNNAMED in place:
        return implied_province_counts and bool(theirs and mine and not theirs & mine)
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
