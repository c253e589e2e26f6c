"""How ``matching.fairs`` cuts a large theme into parts: employers in an order that keeps
neighbouring places together, packed into balanced parts under the caps, each part numbered
in Chinese (之一 … 之十一)."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from features.data.national_divisions import coordinates
from features.data.places import XINJIANG_DIRECT_CITY_SURROUNDS, XINJIANG_REGIONS
from features.intentions import place_members
from matching.fair_spread import Minimums, cut_cost, cut_in_order, settle
from matching.scoring import place_key, specific_place_keys

_REGIONS = ("北疆", "东疆", "南疆")


@functools.cache
def _xinjiang_order() -> dict[str, tuple[int, int]]:
    """Place key → (region, prefecture) for Xinjiang: 北疆 (乌鲁木齐 first), then 东疆, then
    南疆, each in the order of ``features.data.places``; a prefecture's members share its
    place."""
    order: dict[str, tuple[int, int]] = {}
    for r, region in enumerate(_REGIONS):
        for p, prefecture in enumerate(XINJIANG_REGIONS[region]):
            key = place_key(prefecture)
            for member in (key, *sorted(place_members(key))):
                order.setdefault(member, (r, p))
    return order


def place_order(location: str | None) -> tuple[int, int, str]:
    """A sort key that keeps neighbouring places together: a Xinjiang place by region and
    prefecture (乌鲁木齐 and 昌吉 together, 喀什 and 和田 together), any other by its text (which
    starts with its province), so that a theme split by place gives parts of one area
    rather than of one first character (乌、克、吐、和、哈)."""
    order = _xinjiang_order()
    found = sorted(order[key] for key in specific_place_keys(location) if key in order)
    return (*found[0], location or "") if found else (len(_REGIONS), 0, location or "")


def pack(groups: Sequence[tuple[str, list[str]]], *, max_employers: int,
         max_positions: int) -> list[list[tuple[str, list[str]]]]:
    """Consecutive employers into parts of at most ``max_employers`` employers and
    ``max_positions`` positions, balanced: each part aims at an equal share of the positions
    still to place (7 employers of one position, at most 3 a fair: 3, 2, 2)."""
    remaining = sum(len(ids) for _, ids in groups)
    wanted = max(1, math.ceil(remaining / max_positions), math.ceil(len(groups) / max_employers))
    parts: list[list[tuple[str, list[str]]]] = [[]]
    target, count = math.ceil(remaining / wanted), 0
    for employer, ids in groups:
        part = parts[-1]
        if part and (count + len(ids) > max_positions or len(part) >= max_employers or count >= target):
            parts.append([])
            remaining -= count
            target, count = math.ceil(remaining / max(1, wanted - len(parts) + 1)), 0
        parts[-1].append((employer, ids))
        count += len(ids)
    return parts


_DIGITS = "〇一二三四五六七八九"


def fair_name(short: str, number: int, count: int) -> str:
    """The name a theme's fair is shown by: 「党政机关专场」, or the ``number``-th of ``count``
    parts 「党政机关专场（之三）」."""
    return f"{short}专场（之{chinese_number(number)}）" if count > 1 else f"{short}专场"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; from 100 on, digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return f"{'' if tens < 2 else _DIGITS[tens]}{'十' if tens else ''}{_DIGITS[ones] if ones else ''}"


#: The Earth's mean radius in km (IUGG), for the great-circle distance between two cities.
_EARTH_KM = 6371.0


def city_point(city: str) -> tuple[float, float] | None:
    """(longitude, latitude) of a city as ``fair_cuts.area`` names it (南阳市, 伊犁哈萨克自治州, 河南省, 北京市),
    from the national list (``features.data.national_divisions.coordinates``); a 兵团 city the list
    lacks (胡杨河市) at the prefecture whose land surrounds it; ``None`` when unknown (no place, a text
    the lists do not hold)."""
    # ``coordinates()`` reads the table on first use (cached), not when this module is imported.
    if (point := (known := coordinates()).get(city)) is not None:
        return point
    around = [known[p] for p in XINJIANG_DIRECT_CITY_SURROUNDS.get(city, ()) if p in known]
    return around[0] if around else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance in km between two (longitude, latitude) points (haversine formula)."""
    (lon1, lat1), (lon2, lat2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def km_to_cities(city: str, cities: Sequence[str]) -> float:
    """How far a part of ``cities`` is from an employer of ``city``: the km to the farthest of them (the
    farthest pair the employer would add to the part), 0 for the same city or where either has no known
    point (``city_point``), so that an unknown place never counts as far."""
    if (here := city_point(city)) is None:
        return 0.0
    return max((distance_km(here, there) for c in set(cities) if (there := city_point(c)) is not None), default=0.0)


def _city_orders(cities: Sequence[str]) -> list[list[str]]:
    """Orders of ``cities`` to cut along: as given, then, from each located city, a nearest-neighbour
    chain (each next city the nearest one left, ties by the order given), so that cities sharing a part
    are neighbours; cities with no known point keep their order after the located ones."""
    points = {city: point for city in cities if (point := city_point(city)) is not None}
    located, rest = [c for c in cities if c in points], [c for c in cities if c not in points]
    orders = [list(cities)]
    for first in located:
        chain, left = [first], [c for c in located if c != first]
        while left:
            chain.append(nearest := min(left, key=lambda c: _between(chain[-1], c)))
            left.remove(nearest)
        orders.append(chain + rest)
    return orders


def cut_by_place(groups: Sequence[tuple[str, str, list[str]]], *, max_employers: int, max_positions: int,
                 minimums: Minimums = Minimums()) -> list[list[tuple[str, list[str]]]]:
    """A large theme's employers cut into parts so that each small fair is held in as few cities, and
    those as near each other, as it can be: ``groups`` (city, employer, job ids; city ``fair_cuts.area``,
    "" when none is known), each city's employers kept together in their order, the cities laid out in
    the order given or along a nearest-neighbour chain from any city (``_city_orders``), cut where they
    stand into consecutive parts within the caps (``fair_spread.cut_in_order``). Of all these cuts the
    one of least ``fair_spread.CutCost`` is taken: fewest parts (as ``pack``: a part fewer is a fair more
    the theme's graduates can fill within the cap on fairs a graduate, ``matching.fair_fill``), fewest
    parts short of ``minimums`` (posts, or graduates who may apply), fewest cities over all parts (a city
    counted once in each part it is in), the nearest farthest pair of cities sharing a part, the least
    sum of each part's farthest pair, then of all its pairs (great-circle km, ``distance_km``; a city
    with no known point adds none), then the most even; ties to the order given. Then a city's
    employers move, or two cities change parts, while that lowers the cost (``fair_spread.settle``): a
    chain ends with the cities it passed by, and cut along it they shared the last part however far
    apart (Henan 「计算机类专场（之十）」: 濮阳 and 信阳, about 410 km)."""
    cities = list(dict.fromkeys(city for city, _, _ in groups))
    best = None
    for order in _city_orders(cities):
        rank = {city: n for n, city in enumerate(order)}
        laid = sorted(groups, key=lambda g: rank[g[0]])  # stable: each city's employers in their order
        parts = cut_in_order(laid, _city_km, max_employers=max_employers, max_positions=max_positions,
                             minimums=minimums)
        cost = cut_cost(parts, _city_km, minimums)
        if best is None or cost < best[0]:
            best = (cost, parts)
    if best is None:
        return []
    parts = settle(best[1], _city_km, max_employers=max_employers, max_positions=max_positions, minimums=minimums)
    return [[(employer, ids) for _, employer, ids in part] for part in parts]


@functools.cache
def _between(a: str, b: str) -> float:
    """The km between two cities (``distance_km``), 0 when either has no known point (``city_point``)."""
    here, there = city_point(a), city_point(b)
    return 0.0 if here is None or there is None or a == b else distance_km(here, there)


def _city_km(a: str, b: str) -> int:
    """``_between`` in whole km, as ``fair_spread`` adds them up."""
    return round(_between(a, b))
