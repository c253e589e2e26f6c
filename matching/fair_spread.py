"""How far apart the cities sharing a fair are, and a theme's cut into parts made as tight as the caps
allow (``matching.fair_parts.cut_by_place`` runs them): the cost cuts are compared by (``CutCost``), the
exact cut of employers laid out in one order (``cut_in_order``), and the moves of a city's employers
from one part to another that lower the cost (``settle``), so that a city left over at the end of an
order joins the nearest part with room, or changes places with a city there, rather than a far one.

Distances come in as ``km(a, b)``: whole km between two cities, 0 when either has no known point, so
that a place no list holds never counts as far; nothing here reads a file."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

#: ``km(a, b)``: the whole km between two cities, 0 when either has no known point.
Km = Callable[[str, str], int]
#: (city, employer, job ids): one employer of a theme, its city as ``fair_cuts.area`` names it.
Group = tuple[str, str, list[str]]


@dataclass(frozen=True, slots=True)
class Minimums:
    """What a part needs to be held as a fair of its own (``matching.fair_mending.lacking``): ``positions``
    posts and ``graduates`` of the theme who may apply for one of them (``applicants``: job id → those
    graduates). A part short of either is mended after the cut, or let go with its posts."""

    positions: int = 1
    graduates: int = 0
    applicants: Mapping[str, Collection[str]] = field(default_factory=dict)

    def short(self, groups: Sequence[Group]) -> bool:
        """Whether a part of ``groups`` falls short of either minimum."""
        if sum(len(ids) for _, _, ids in groups) < self.positions:
            return True
        if self.graduates <= 0:
            return False
        who: set[str] = set()
        for _, _, ids in groups:
            for job_id in ids:
                who.update(self.applicants.get(job_id, ()))
        return len(who) < self.graduates


@dataclass(frozen=True, order=True, slots=True)
class CutCost:
    """What a cut costs, compared field by field, each only where the ones before tie. ``parts``: a part
    more is a fair more the theme's graduates must fill within the cap on fairs a graduate
    (``matching.fair_fill``). ``cities``: a city counted once in each part holding it, so that a city's
    employers stay together. ``widest``: the farthest pair of cities sharing any part, so that no fair
    joins cities far apart when another grouping avoids it. ``spread``: each part's farthest pair, summed
    (not every pair: summed over pairs, a far city paired alone cost less than one joining a part of
    three near ones, which is how 濮阳 came to share a fair with 信阳, about 410 km). ``km``: every pair
    sharing a part, summed. ``evenness``: squared post counts, summed (least is most even)."""

    parts: int
    short: int
    cities: int
    widest: int
    spread: int
    km: int
    evenness: int


@dataclass(frozen=True, slots=True)
class _Part:
    """One part's share of the cost."""

    short: bool
    cities: int
    spread: int
    km: int
    posts: int


def _part(groups: Sequence[Group], km: Km, minimums: Minimums) -> _Part:
    cities = list(dict.fromkeys(city for city, _, _ in groups))
    pairs = [km(a, b) for n, a in enumerate(cities) for b in cities[n + 1:]]
    return _Part(bool(groups) and minimums.short(groups), len(cities), max(pairs, default=0), sum(pairs),
                 sum(len(ids) for _, _, ids in groups))


def _cost(parts: Sequence[_Part]) -> CutCost:
    held = [p for p in parts if p.cities]
    return CutCost(len(held), sum(p.short for p in held), sum(p.cities for p in held),
                   max((p.spread for p in held), default=0), sum(p.spread for p in held), sum(p.km for p in held),
                   sum(p.posts * p.posts for p in held))


def cut_cost(parts: Sequence[Sequence[Group]], km: Km, minimums: Minimums = Minimums()) -> CutCost:
    """The ``CutCost`` of ``parts`` (each a list of groups)."""
    return _cost([_part(part, km, minimums) for part in parts])


def cut_in_order(groups: Sequence[Group], km: Km, *, max_employers: int, max_positions: int,
                 minimums: Minimums = Minimums()) -> list[list[Group]]:
    """``groups`` in the order given cut into consecutive parts of at most ``max_employers`` employers and
    ``max_positions`` posts (one employer alone may hold more), exact over the cuts (a shortest path over
    the places between employers) for the cost of ``CutCost`` less ``widest``, which, a maximum, does not
    add up along the path; ``cut_by_place`` compares the cuts of several orders by the whole cost."""
    n = len(groups)
    zero = (0, 0, 0, 0, 0, 0)
    best: list[tuple[tuple[int, ...], int] | None] = [(zero, 0)] + [None] * n  # cost, start of last part
    for end in range(1, n + 1):
        cities: list[str] = []
        who: set[str] = set()
        posts = spread = pairs = 0
        for start in range(end - 1, max(-1, end - 1 - max_employers), -1):
            city, _, ids = groups[start]
            posts += len(ids)
            if city not in cities:
                far = [km(city, other) for other in cities]
                spread, pairs = max([spread, *far]), pairs + sum(far)
                cities.append(city)
            if posts > max_positions and end - start > 1:
                break
            for job_id in ids:
                who.update(minimums.applicants.get(job_id, ()))
            if (before := best[start]) is None:
                continue
            short = posts < minimums.positions or len(who) < minimums.graduates
            b = before[0]
            cost = (b[0] + 1, b[1] + short, b[2] + len(cities), b[3] + spread, b[4] + pairs, b[5] + posts * posts)
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, start)
    parts, end = [], n
    while end > 0:
        start = best[end][1]
        parts.append(list(groups[start:end]))
        end = start
    return parts[::-1]


def settle(parts: Sequence[Sequence[Group]], km: Km, *, max_employers: int, max_positions: int,
           minimums: Minimums = Minimums()) -> list[list[Group]]:
    """``parts`` with a city's employers in one part (a block) moved to another part, or two blocks of
    different parts swapped, while that lowers the ``CutCost``: each round takes the move that lowers it
    most (ties to the first found: parts, then cities, in their order), until none does. A cut along one
    order leaves the cities at its end to share the last part however far apart (Henan by major
    「计算机类专场（之十）」 joined 濮阳 and 信阳); here the leftover city joins the part nearest it with room, or
    changes places with a city of a part it is near. A move keeps every part within the caps (a part of
    one employer may hold more posts, as the cut allows); the cost counts first the parts, then those
    short of ``minimums``, so no move leaves a part short for a nearer city (a part emptied is dropped: a
    part fewer is cheaper). Parts keep their order, each moved block put after the part's own employers."""
    parts = [list(part) for part in parts]
    stats = [_part(part, km, minimums) for part in parts]
    current = _cost(stats)

    def fits(employers: int, posts: int) -> bool:
        return not employers or (employers <= max_employers and (posts <= max_positions or employers == 1))

    while True:
        best = None  # (cost, index a, part a, index b, part b)
        blocks = {(n, city): [g for g in part if g[0] == city]
                  for n, part in enumerate(parts) for city in dict.fromkeys(c for c, _, _ in part)}
        # (employers, posts) of each block and part, so that a move beyond the caps is passed over before its
        # parts are built: most are, and building them made each round quadratic in list copies.
        size = {key: (len(block), _posts(block)) for key, block in blocks.items()}
        whole = [(len(part), _posts(part)) for part in parts]
        others = _Others(stats)
        for (n, city), moving in blocks.items():
            employers, posts = size[n, city]
            targets: list[tuple[int, str | None]] = [(m, None) for m in range(len(parts)) if m != n]
            targets += [(m, other) for m, other in blocks if m != n and (m, other) > (n, city)]
            for m, other in targets:
                back_employers, back_posts = (0, 0) if other is None else size[m, other]
                if not (fits(whole[n][0] - employers + back_employers, whole[n][1] - posts + back_posts)
                        and fits(whole[m][0] - back_employers + employers, whole[m][1] - back_posts + posts)):
                    continue
                here = [g for g in parts[n] if g[0] != city] + ([] if other is None else blocks[m, other])
                there = parts[m] + moving if other is None else [g for g in parts[m] if g[0] != other] + moving
                cost = others.cost(n, _part(here, km, minimums), m, _part(there, km, minimums))
                if cost < current and (best is None or cost < best[0]):
                    best = (cost, n, here, m, there)
        if best is None:
            return [part for part in parts if part]
        current, n, here, m, there = best
        parts[n], parts[m] = here, there
        stats[n], stats[m] = _part(here, km, minimums), _part(there, km, minimums)


class _Others:
    """``_cost`` of parts with two of them replaced, from sums over all parts taken once a round rather than
    each part summed again for each trial (a round tries about as many moves as there are blocks squared)."""

    def __init__(self, stats: Sequence[_Part]) -> None:
        self.stats = stats
        held = [p for p in stats if p.cities]
        self.totals = (len(held), sum(p.short for p in held), sum(p.cities for p in held),
                       sum(p.spread for p in held), sum(p.km for p in held), sum(p.posts * p.posts for p in held))
        # The three widest parts: the widest of the others is among them whichever two are replaced.
        self.widest = sorted(((p.spread, n) for n, p in enumerate(stats) if p.cities), reverse=True)[:3]

    def cost(self, n: int, a: _Part, m: int, b: _Part) -> CutCost:
        """``_cost`` of the parts with part ``n`` replaced by ``a`` and part ``m`` by ``b``."""
        parts, short, cities, spread, km, evenness = self.totals
        for p, sign in ((self.stats[n], -1), (self.stats[m], -1), (a, 1), (b, 1)):
            if p.cities:
                parts, short, cities = parts + sign, short + sign * p.short, cities + sign * p.cities
                spread, km, evenness = spread + sign * p.spread, km + sign * p.km, evenness + sign * p.posts * p.posts
        rest = next((w for w, k in self.widest if k not in (n, m)), 0)
        widest = max(rest, a.spread if a.cities else 0, b.spread if b.cities else 0)
        return CutCost(parts, short, cities, widest, spread, km, evenness)


def _posts(groups: Sequence[Group]) -> int:
    return sum(len(ids) for _, _, ids in groups)
