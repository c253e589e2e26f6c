"""兵团 cities and the prefecture whose land lies around each, for wished places.

A 兵团 city (图木舒克市, 阿拉尔市, 五家渠市 …) is a county-level city under the autonomous region's direct
administration: the Ministry of Civil Affairs' 行政区划代码 lists it under 659000 自治区直辖县级行政区划
(cpca's ``resources/adcodes.csv``: 图木舒克市 659003, not under 喀什地区 653100), so it is no member of
the prefecture (``features.place_keys.place_members``) and a post there does not meet a 喀什地区 wish. Yet
its land lies inside that prefecture's (the same file's coordinates put 图木舒克市 at 79.07°E 39.87°N,
some 45 km east of 巴楚县's seat at 78.55°E 39.79°N; ``features.data.places.XINJIANG_DIRECT_CITY_SURROUNDS``
names the prefecture around each city, and the hukou rules read a post's 户籍 there as 待核实 for the same
reason). For a wished place such a post is therefore neither in the wish (its administration is the
兵团's, and a reason saying 意向地点一致 would be false) nor outside it (it lies where the graduate asked to
be): ``matching.pair_scores`` does not rank it as outside, and the reason asks the graduate to check.

石河子市 is left out: it lies between two prefectures (沙湾市 of 塔城地区 to its west, 玛纳斯县 of 昌吉州 to its east),
inside neither, and is a city of its own to graduates (the sample's graduates wish for it by name); a 昌吉 or
塔城 wish does not reach it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from features.data.places import XINJIANG_DIRECT_CITY_SURROUNDS
from features.place_keys import PLACE_ALIASES


@functools.cache
def _surrounds_by_key() -> dict[str, tuple[str, tuple[str, ...]]]:
    """A 兵团 city's place key → (its full name, the key of the one prefecture around it)."""
    return {PLACE_ALIASES[city][0]: (city, (PLACE_ALIASES[around[0]][0],))
            for city, around in XINJIANG_DIRECT_CITY_SURROUNDS.items() if len(around) == 1}


def surrounding_prefecture_keys(keys: Iterable[str]) -> frozenset[str]:
    """The place keys of the prefectures around the 兵团 cities among ``keys`` ({图木舒克} → {喀什})."""
    table = _surrounds_by_key()
    return frozenset(p for key in keys if key in table for p in table[key][1])


def bingtuan_city(key: str) -> str | None:
    """The full name of the 兵团 city of place key ``key`` (图木舒克 → 图木舒克市), else ``None``."""
    found = _surrounds_by_key().get(key)
    return found[0] if found else None
