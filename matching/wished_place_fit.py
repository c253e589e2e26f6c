"""How one post's place stands to a graduate's wished places, where the score alone cannot tell it.

A post stated only as 「新疆」 shares keys with a 喀什地区 wish (``matching.scoring.place_keys``: a place
meets the places it contains, since the post may lie there), so it is weighed as in the wish; but
whether it lies there is unknown, and 「意向地点一致」 said of it was false. A post in a 兵团 city lies
inside a wished prefecture's land without being one of its places (``features.bingtuan_cities``).
``matching.explain`` says so for such posts; the ranking reads neither.
"""

from __future__ import annotations

import functools

from features.bingtuan_cities import bingtuan_city, surrounding_prefecture_keys
from features.place_keys import place_members
from features.records import Graduate, Job
from matching.pair_scores import wished_locations
from matching.scoring import place_keys, specific_place_keys

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
