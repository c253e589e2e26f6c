"""A theme cut along a chain of nearest cities (``matching.fair_parts.cut_by_place``) left the cities the
chain passed by to share its last part however far apart: Henan by major 「计算机类专场（之十）」 joined 濮阳
and 信阳, about 410 km. The cut now moves a city's employers to another part, or swaps two cities, while
that brings the farthest pair of cities sharing a part nearer (``matching.fair_spread.settle``), never at
the cost of a part, a city split in two or a part falling short of the minimums."""

from __future__ import annotations

import itertools

from matching.fair_cuts import area
from matching.fair_parts import city_point, cut_by_place, distance_km
from matching.fair_spread import Minimums, cut_cost, settle
from matching.fairs import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan

#: Seven employers in five Henan cities, at most two employers a fair: four parts whichever way. Every cut
#: along the cities' text order or a nearest-neighbour chain left 濮阳 (north-east) and 驻马店 (south) to
#: share the last part, about 320 km apart; 濮阳 alone and 驻马店 with 许昌 (about 115 km) is as few parts
#: and cities.
_CITIES = {"驻马店市": 1, "平顶山市": 2, "许昌市": 1, "郑州市": 2, "濮阳市": 1}


def _groups():
    return [(city, f"{city}单位{n}", [f"{city}{n}"]) for city, count in _CITIES.items() for n in range(count)]


def _km(a: str, b: str) -> float:
    return distance_km(city_point(a), city_point(b))


def _widest(parts) -> float:
    """The farthest pair of cities sharing a part, each part a list of city names."""
    return max((_km(a, b) for part in parts for a, b in itertools.combinations(set(part), 2)), default=0.0)


def test_a_city_left_at_the_end_of_the_chain_does_not_share_a_fair_with_a_far_one():
    groups = _groups()
    city = {employer: c for c, employer, _ in groups}
    parts = [[city[e] for e, _ in part] for part in cut_by_place(groups, max_employers=2, max_positions=20)]
    assert len(parts) == 4
    assert sum(len(set(part)) for part in parts) == 5  # each city held in one part
    assert not any({"濮阳市", "驻马店市"} <= set(part) for part in parts), parts
    assert _km("濮阳市", "驻马店市") > 300 and _widest(parts) < 150, parts
    assert sorted(sorted(set(part)) for part in parts) == [["平顶山市"], ["濮阳市"], ["许昌市", "驻马店市"], ["郑州市"]]


def test_the_split_fairs_of_the_planner_hold_near_cities(catalog, segmenter):
    """The same seven employers through ``plan_fairs``: no fair holds both 濮阳 and 驻马店, every post is held."""
    jobs = [job(ids[0], "会计", employer=employer, education="本科及以上", majors="会计学", location=city)
            for city, employer, ids in _groups()]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(4)]
    limits = FairLimits(max_employers=2, max_positions=20, min_positions=1, min_graduates=1, max_fairs_per_graduate=4)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=7)
    cities = [{area(p.location) for p in f.positions} for f in result.fairs]
    assert len(result.fairs) == 4 and sum(len(f.positions) for f in result.fairs) == 7
    assert not any({"濮阳市", "驻马店市"} <= held for held in cities), cities
    assert _widest([list(held) for held in cities]) < 150


def _line_km(a: str, b: str) -> int:
    """Planted km: cities named by their place on a line (「A0」 at 0 km, 「Z300」 at 300 km)."""
    return abs(int(a[1:]) - int(b[1:]))


def _part(*cities: str):
    return [(c, f"{c}单位", [f"{c}岗"]) for c in cities]


def test_settle_swaps_a_far_city_with_a_near_one_rather_than_leave_it_paired():
    """Parts A0 + Z300 and B10 alone, at most two employers a part: A0 and B10 end up together, Z300 alone."""
    settled = settle([_part("A0", "Z300"), _part("B10")], _line_km, max_employers=2, max_positions=20)
    assert sorted(sorted(c for c, _, _ in part) for part in settled) == [["A0", "B10"], ["Z300"]]


def test_settle_puts_a_leftover_city_in_the_nearest_part_with_room():
    """C20 shares the last part with the far Y300; it joins the near part with room (A0 + B10), not Z310's, and
    no part is left with cities more than 20 km apart (Y300 takes Z310 from the three far ones)."""
    parts = [_part("A0", "B10"), _part("Z310", "X320", "W330"), _part("C20", "Y300")]
    settled = [[c for c, _, _ in part] for part in settle(parts, _line_km, max_employers=3, max_positions=20)]
    assert ["A0", "B10", "C20"] in settled and len(settled) == 3
    assert max(_line_km(a, b) for part in settled for a in part for b in part) == 20


def test_settle_leaves_no_part_short_of_graduates_for_a_nearer_city():
    """Moving A0 to B-10 would leave Z300 alone, and none of the theme's graduates may apply for its post: a
    part short of ``min_graduates`` costs more than a far pair, so the parts stay as they are; without the
    minimum, A0 joins B-10."""
    parts = [_part("A0", "Z300"), _part("B-10")]
    minimums = Minimums(positions=1, graduates=1, applicants={"A0岗": {"g1"}, "B-10岗": {"g2"}})
    settled = settle(parts, _line_km, max_employers=2, max_positions=20, minimums=minimums)
    assert [[c for c, _, _ in part] for part in settled] == [["A0", "Z300"], ["B-10"]]
    assert cut_cost(settled, _line_km, minimums).short == 0
    free = settle(parts, _line_km, max_employers=2, max_positions=20)
    assert sorted(sorted(c for c, _, _ in part) for part in free) == [["A0", "B-10"], ["Z300"]]


def test_settle_keeps_the_caps_and_never_splits_a_city():
    """Z300's two employers cannot join A0 + B10 (three employers a part at most) and are not split to do so."""
    parts = [_part("A0", "B10"), [("Z300", "甲", ["z1"]), ("Z300", "乙", ["z2"]), ("C20", "丙", ["c1"])]]
    settled = settle(parts, _line_km, max_employers=3, max_positions=20)
    assert all(len(part) <= 3 for part in settled)
    assert sorted(sorted(c for c, _, _ in part) for part in settled) == [["A0", "B10", "C20"], ["Z300", "Z300"]]
