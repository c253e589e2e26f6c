"""An employer moved after the cut (``matching.fair_cover``: a post with no guest moved or swapped to a part
where an applicant is a guest) goes, of the parts meeting as many of its posts, to the one whose cities are
nearest its own, rather than to the earliest: before, a 濮阳 employer joined a 信阳 fair 400 km away while a
安阳 one, 60 km away, held an applicant too."""

from __future__ import annotations

from matching.fair_parts import km_to_cities
from tests.fair_cover_parts import EDU, bare, cover_parts


def _cover(parts, applies, **limits):
    """``parts``: per part, [(employer, place, [(job id, guests here)])] and its guests; ``applies``: graduate → job ids."""
    places = {e: place for employers, _ in parts for e, place, _ in employers}
    parts = [([(e, jobs) for e, _, jobs in employers], guests) for employers, guests in parts]
    return cover_parts(parts, applies, places, theme=EDU, **{"max_employers": 3, **limits})


def test_a_moved_employer_joins_the_part_nearest_its_city():
    # 濮阳's post P has no guest in part 1; H (part 2, 信阳) and K (part 3, 安阳) may both apply for it, and
    # both parts have room. Part 2 came first, so it went there, 400 km from 濮阳; 安阳 is about 60 km away.
    applies = {"G": ("P0",), "H": ("Q1", "P"), "K": ("R1", "P")}
    parts = [([("郑州一中", "郑州市", [("P0", 1)]), ("濮阳一中", "濮阳市", [("P", 0)])], ["G"]),
             ([("信阳一中", "信阳市", [("Q1", 1)])], ["H"]),
             ([("安阳一中", "安阳市", [("R1", 1)])], ["K"])]
    fairs, _ = _cover(parts, applies)
    assert [f.employers for f in fairs] == [("郑州一中",), ("信阳一中",), ("安阳一中", "濮阳一中")]
    assert bare(fairs) == []
    assert fairs[2].moved_places == ("濮阳市",) and fairs[1].moved_places == ()
    assert sum(len(f.positions) for f in fairs) == 4 and [len(f.graduates) for f in fairs] == [1, 1, 1]


def test_a_part_meeting_more_posts_still_comes_before_a_nearer_one():
    # H (信阳) may apply for both of 濮阳's posts, K (安阳) for one: posts met come first.
    applies = {"G": ("P0",), "H": ("Q1", "P", "P2"), "K": ("R1", "P")}
    parts = [([("郑州一中", "郑州市", [("P0", 1)]), ("濮阳一中", "濮阳市", [("P", 0), ("P2", 0)])], ["G"]),
             ([("信阳一中", "信阳市", [("Q1", 1)])], ["H"]),
             ([("安阳一中", "安阳市", [("R1", 1)])], ["K"])]
    fairs, _ = _cover(parts, applies)
    assert [f.employers for f in fairs] == [("郑州一中",), ("信阳一中", "濮阳一中"), ("安阳一中",)]


def test_a_swap_into_a_full_part_takes_the_one_nearest_the_employers_city():
    # Parts 2 (信阳) and 3 (安阳) are full (2 employers each) and each has a guest who may apply for 濮阳's P and a
    # 郑州 employer no guest there may apply for. Either swap meets P and sends the 郑州 employer to part 1;
    # the earlier (信阳) was taken, now the nearer (安阳).
    applies = {"G": ("P0",), "H": ("Q1", "P"), "K": ("R1", "P")}
    parts = [([("郑州一中", "郑州市", [("P0", 1)]), ("濮阳一中", "濮阳市", [("P", 0)])], ["G"]),
             ([("信阳一中", "信阳市", [("Q1", 1)]), ("郑州二中", "郑州市", [("Q2", 0)])], ["H"]),
             ([("安阳一中", "安阳市", [("R1", 1)]), ("郑州三中", "郑州市", [("R2", 0)])], ["K"])]
    fairs, notes = _cover(parts, applies, max_employers=2)
    assert [f.employers for f in fairs] == [("郑州一中", "郑州三中"), ("信阳一中", "郑州二中"), ("安阳一中", "濮阳一中")]
    assert any("濮阳一中（教育专场（之一） → 教育专场（之三））与郑州三中" in n for n in notes)
    assert sum(len(f.positions) for f in fairs) == 6 and [len(f.graduates) for f in fairs] == [1, 1, 1]


def test_km_to_cities_is_the_farthest_city_and_unknown_places_add_nothing():
    assert 350 < km_to_cities("濮阳市", ["郑州市", "信阳市"]) < 450
    assert km_to_cities("濮阳市", ["濮阳市"]) == 0
    assert km_to_cities("濮阳市", ["某某市"]) == 0 and km_to_cities("某某市", ["信阳市"]) == 0
