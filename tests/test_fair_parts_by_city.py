"""A theme too large for one fair is cut by city (``matching.fair_parts.cut_by_place``): each city's
employers are packed alone, cities too small for a fair of their own packed together, so that a small
fair is held in one place wherever the minimums allow, in any province (Henan's fairs by major mixed
2–7 cities each when employers were packed straight through in the order of their place text)."""

from __future__ import annotations

from matching.fair_cuts import area
from matching.fair_parts import city_point, cut_by_place, distance_km
from matching.fairs import FairLimits
from tests.factories import graduate, job
from tests.test_fairs import plan


def _accounting(job_id, place):
    return job(job_id, "会计", employer=f"会计师事务所{job_id}", education="本科及以上", majors="会计学", location=place)


def test_each_part_of_a_split_theme_is_held_in_one_city_where_the_minimums_allow(catalog, segmenter):
    """巩义 lies in 郑州 (``fair_cuts.area``); by place text 巩义 comes first, then 洛阳, then 郑州, and six posts
    cut one fair's worth (three) at a time gave 巩义 + 洛阳 + 洛阳 and 洛阳 + 郑州 + 郑州, both full, so no employer
    could move. Each city now makes one part: 郑州's three posts (巩义 with them) and 洛阳's three."""
    jobs = [_accounting("A1", "巩义市"), _accounting("L1", "洛阳市"), _accounting("L2", "洛阳市"),
            _accounting("L3", "洛阳市"), _accounting("Z1", "郑州市"), _accounting("Z2", "郑州市")]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(4)]
    limits = FairLimits(max_positions=3, min_positions=2, min_graduates=1, max_fairs_per_graduate=4)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=6)
    parts = [sorted(p.job_id for p in f.positions) for f in result.fairs]
    assert sorted(parts) == [["A1", "Z1", "Z2"], ["L1", "L2", "L3"]]
    assert all(len({area(p.location) for p in f.positions}) == 1 for f in result.fairs)
    assert result.unplaced == ()


def test_a_theme_that_fits_one_fair_is_not_cut_by_city(catalog, segmenter):
    jobs = [_accounting("L1", "洛阳市"), _accounting("Z1", "郑州市"), _accounting("Z2", "郑州市")]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(3)]
    limits = FairLimits(max_positions=4, min_positions=1, min_graduates=1)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=3)
    assert [sorted(p.job_id for p in f.positions) for f in result.fairs] == [["L1", "Z1", "Z2"]]


def test_of_the_cuts_into_fewest_parts_the_one_holding_fewest_cities_is_taken():
    """Six posts, at most four a fair: two parts. Cut one part's worth at a time (``pack``) they were
    开封 + 洛阳 + 郑州 and 郑州 + 南阳 (five cities over the parts); cut at the city, four: 郑州 is held in one
    fair, with its neighbour 开封 (60 km), and 洛阳 with 南阳 (not 开封 + 洛阳 and 郑州 + 南阳 as in text order)."""
    groups = [("开封市", "甲", ["k1"]), ("洛阳市", "乙", ["l1"]), ("郑州市", "丙", ["z1", "z2"]),
              ("郑州市", "丁", ["z3"]), ("南阳市", "戊", ["n1"])]
    parts = cut_by_place(groups, max_employers=10, max_positions=4)
    assert sorted(sorted(e for e, _ in part) for part in parts) == [["丁", "丙", "甲"], ["乙", "戊"]]
    assert sum(len({city for city, e, _ in groups if e in {x for x, _ in part}}) for part in parts) == 4


def _km(*cities):
    points = [city_point(c) for c in cities]
    return max(distance_km(a, b) for a in points for b in points)


def test_cities_sharing_a_part_are_neighbours_not_next_in_text_order():
    """Four cities of two posts each, at most four posts a fair: two parts of two cities whichever way.
    In text order (三门峡, 信阳, 洛阳, 驻马店) the cut joined 三门峡 with 信阳 (about 400 km) and 洛阳 with 驻马店;
    by geography 三门峡 goes with 洛阳 and 信阳 with 驻马店 (each about 100 km)."""
    groups = [(city, f"{city}单位", [f"{city}1", f"{city}2"]) for city in ("三门峡市", "信阳市", "洛阳市", "驻马店市")]
    parts = cut_by_place(groups, max_employers=10, max_positions=4)
    joined = sorted(sorted(e.removesuffix("单位") for e, _ in part) for part in parts)
    assert joined == [["三门峡市", "洛阳市"], ["信阳市", "驻马店市"]]
    assert _km("三门峡市", "信阳市") > 300 and max(_km(*pair) for pair in joined) < 150


def test_a_split_theme_fairs_join_neighbouring_cities(catalog, segmenter):
    """The same four cities through the planner: each fair's two cities are neighbours."""
    jobs = [_accounting(f"{city}{n}", city) for city in ("三门峡市", "信阳市", "洛阳市", "驻马店市") for n in (1, 2)]
    people = [graduate(f"G{i}", "会计学", catalog=catalog) for i in range(4)]
    limits = FairLimits(max_positions=4, min_positions=2, min_graduates=1, max_fairs_per_graduate=4)
    result = plan(catalog, segmenter, jobs, people, limits=limits, k=8)
    cities = sorted(sorted({area(p.location) for p in f.positions}) for f in result.fairs)
    assert cities == [["三门峡市", "洛阳市"], ["信阳市", "驻马店市"]]


def test_a_city_the_list_lacks_is_placed_by_what_surrounds_it_or_not_at_all():
    """胡杨河市 (a 兵团 city set up after cpca's list) lies where 塔城地区 does; a text no list holds has no point
    and adds no distance: the cut still keeps each city together."""
    assert city_point("胡杨河市") == city_point("塔城地区") is not None
    assert city_point("某某市") is None and city_point("") is None
    groups = [("某某市", "甲", ["a"]), ("郑州市", "乙", ["b"]), ("", "丙", ["c"]), ("某某市", "丁", ["d"])]
    parts = cut_by_place(groups, max_employers=10, max_positions=2)
    assert sorted(sorted(e for e, _ in part) for part in parts) == [["丁", "甲"], ["丙", "乙"]]


def test_fewest_parts_come_before_fewest_cities_and_evenness_last():
    """Six employers, at most three a fair: two parts, though a third would hold 洛阳 alone (a part more is a
    fair more for the theme's graduates to fill). Of cuts into as many parts, fewer cities before evenness:
    4 郑州 and 2 洛阳 employers at most four a fair are cut 4 + 2 (one city each), not 3 + 3."""
    groups = [("郑州市", f"单位{i}", [f"z{i}"]) for i in range(5)] + [("洛阳市", "单位L", ["l1"])]
    parts = cut_by_place(groups, max_employers=3, max_positions=20)
    assert [[e for e, _ in part] for part in parts] == [["单位0", "单位1", "单位2"], ["单位3", "单位4", "单位L"]]
    even = [("郑州市", f"z{i}", ["p"]) for i in range(4)] + [("洛阳市", f"l{i}", ["p"]) for i in range(2)]
    assert [len(part) for part in cut_by_place(even, max_employers=4, max_positions=20)] == [4, 2]
