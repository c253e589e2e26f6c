"""How one post's place stands to a graduate's wished places, where the score alone cannot tell it.

A post stated only as 「新疆」 shares keys with a 喀什地区 wish (``matching.scoring.place_keys``: a place
meets the places it contains, since the post may lie there), so it is weighed as in the wish; but
whether it lies there is unknown, and 「意向地点一致」 said of it was false. A post in a 兵团 city lies
inside a wished prefecture's land without being one of its places (``features.bingtuan_cities``). A post whose
title says it works elsewhere (「记者 包吃提供住宿（佛山办公）」「产品经理-工作地点在安徽省马鞍山市」, 城市 column 武汉) may
not lie in its stated place at all (``title_place_elsewhere``). ``matching.explain`` says so for such posts;
the ranking reads none of them.
"""

from __future__ import annotations

import functools
import re

from features.bingtuan_cities import bingtuan_city, surrounding_prefecture_keys
from features.place_keys import place_members
from features.records import Graduate, Job
from matching.pair_scores import wished_locations
from matching.scoring import RECOGNISED_PLACES, place_keys, specific_place_keys

#: Asked for every suggestion shown (~50 µs a text uncached), of the same few wishes and post places.
_wish_keys = functools.lru_cache(maxsize=65_536)(place_keys)
_specific_keys = functools.lru_cache(maxsize=65_536)(specific_place_keys)


def _post_places(job: Job) -> frozenset[str]:
    """Where the post is known to lie: its most specific places (「新疆」 → {新疆}, 「喀什地区疏附县」 → {疏附})."""
    return _specific_keys(job.ranking_location)


def lies_in_wish(graduate: Graduate, job: Job) -> bool:
    """Does a place the post is known to lie at equal or lie inside a wished place?"""
    post = _post_places(job)
    return any(post & _wish_keys(p) for p in wished_locations(graduate))


def coarser_wishes(graduate: Graduate, job: Job) -> tuple[str, ...]:
    """The wished places (意向地点 items, as written) the post's place contains while the post is not known
    to lie in any wished place: a post stated or placed only as 「新疆」「河南省」 for a 喀什地区 or 郑州 wish."""
    if lies_in_wish(graduate, job):
        return ()
    post = _post_places(job)
    contained = frozenset().union(*(place_members(key) for key in post))
    return tuple(p for p in wished_locations(graduate) if _wish_keys(p) & contained)


def bingtuan_city_in_wish(graduate: Graduate, job: Job) -> tuple[str, tuple[str, ...]] | None:
    """(the 兵团 city, the wished places around it) for a post in a 兵团 city whose land a wished
    prefecture surrounds (图木舒克市, 喀什地区), where the post lies in no wished place; else ``None``."""
    if lies_in_wish(graduate, job):
        return None
    for key in sorted(_post_places(job)):
        if (city := bingtuan_city(key)) is None:
            continue
        around = surrounding_prefecture_keys((key,))
        wished = tuple(p for p in wished_locations(graduate) if _wish_keys(p) & around)
        if wished:
            return city, wished
    return None


#: Where a title says the work is done: 「（佛山办公）」「(深圳上班)」「【长沙工作】」, 「工作地点在安徽省马鞍山市」「工作地点：杭州」.
#: Only these notes: a place named otherwise in a title (「营销代表（…鄂东区域/武汉）」) is a region or a client.
_TITLE_PLACE = re.compile(r"[（(【\[]\s*(?P<note>[\u4e00-\u9fff]{2,10}?)(?:办公|上班|工作)\s*[）)】\]]"
                          r"|工作(?:地点|地址|城市)\s*(?:在|是|为|[：:])\s*(?P<named>[\u4e00-\u9fff]{2,10})")


def title_place_elsewhere(job: Job) -> str | None:
    """The place a post's title says the work is done in (``_TITLE_PLACE``) when it is a known place that neither
    is, contains nor lies in the post's stated place (佛山 for a post stated 武汉 江汉); else ``None``."""
    return _title_place_elsewhere(job.title or "", job.ranking_location)


@functools.lru_cache(maxsize=65_536)
def _title_place_elsewhere(title: str, location: str | None) -> str | None:
    """Per post, not per graduate shown it: the same title and place give the same answer."""
    stated = _wish_keys(location)
    if not stated:
        return None
    for m in _TITLE_PLACE.finditer(title):
        named = m.group("note") or m.group("named")
        keys = _wish_keys(named)
        if keys & RECOGNISED_PLACES and not keys & stated:
            return named
    return None
