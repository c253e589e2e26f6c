"""Where a hukou place lies, for the hukou check: its province and, in Xinjiang (the one
region whose divisions ``features.data.places`` lists), its prefecture-level division.

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

from features.data.places import PROVINCE_DIVISIONS, XINJIANG_DIRECT_CITY_SURROUNDS
from features.place_inference import infer_location, listed_division
from features.place_names import provinces_named, short_name, xinjiang_prefecture

#: 伊犁哈萨克自治州 also supervises these two prefectures: neither lies apart from it.
_WITHIN_ILI = {"塔城地区", "阿勒泰地区"}


#: Between a province and a place the job's location does not name (``seat``).
UNNAMED = "…"


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
    for name in dict.fromkeys((place, short_name(place))):
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
    ``seat``): another province, in Xinjiang another prefecture, in Henan (listed down to counties)
    a place neither containing nor inside the hukou's (宜阳县, 郑州市). A county name alone never
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
    if theirs == mine and theirs & PROVINCE_DIVISIONS.keys() - {"新疆"}:
        # Henan, whose divisions the list holds down to counties: neither place contains the other
        # (河南省洛阳市宜阳县, 河南省郑州市). A hukou whose county the list does not hold (an old
        # name) is read as its prefecture, which contains the county: not apart.
        mine_listed, theirs_listed = _listed_place(hukou), _listed_place(place)
        return bool(mine_listed and theirs_listed and not mine_listed.startswith(theirs_listed)
                    and not theirs_listed.startswith(mine_listed))
    if a is None or b is None or a == b:
        return False
    if a in XINJIANG_DIRECT_CITY_SURROUNDS.get(b, ()) or b in XINJIANG_DIRECT_CITY_SURROUNDS.get(a, ()):
        return False  # a 兵团 city and the prefecture around it: the post may count it (第八师 in 塔城)
    return not ({a, b} & {"伊犁哈萨克自治州"} and {a, b} & _WITHIN_ILI)
