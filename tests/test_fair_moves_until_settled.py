"""Employers moved between the parts of a theme (``matching.fair_cover``): moves and swaps repeated until
nothing moves, each fair's 地点 kept to the employers the cut put there (moved employers' places listed
apart), and each post still with no guest saying why its employer did not move."""

from __future__ import annotations

from matching import fair_cover
from service.fair_report import fair_dict
from tests.fair_cover_parts import bare, cover_parts, fair_setup


def test_a_swap_that_frees_room_lets_a_later_employer_move_in():
    # E2 (part 1) is swapped into part 2 for F2, which goes to part 3 (it could not move alone: part 2 would
    # fall under 2 posts). Part 1 then has room for D2 of part 4, whose applicant G is a guest of part 1.
    # Before, moves were tried once, before the swaps: D2 met no one (Henan by industry: 新密市林业局).
    applies = {"G": ("P1", "P1b", "S2"), "H": ("Q1", "P2"), "K": ("R1", "R2", "Q2"), "M": ("S1", "S1b")}
    parts = [([("E1", [("P1", 1), ("P1b", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"]),
             ([("K1", [("R1", 1), ("R2", 1)])], ["K"]),
             ([("D1", [("S1", 1), ("S1b", 1)]), ("D2", [("S2", 0)])], ["M"])]
    fairs, notes = cover_parts(parts, applies, min_positions=2)
    assert bare(fairs) == []
    assert [f.employers for f in fairs] == [("E1", "D2"), ("F1", "E2"), ("K1", "F2"), ("D1",)]
    assert all(len(f.employers) <= 2 and len(f.positions) >= 2 for f in fairs)
    moved = {p.job_id: p.reason for f in fairs for p in f.positions}
    assert "按地点原排入「党政机关专场（之四）」，该场没有受邀者可报考，移到本场" in moved["S2"]
    assert any("D2（党政机关专场（之四） → 党政机关专场（之一））" in n for n in notes)


def test_a_fairs_places_are_its_own_and_moved_employers_places_are_listed_apart():
    # The swap of the older test: E2 (开封) goes to part 2 (洛阳), F2 (南阳) to part 1 (郑州).
    applies = {"G": ("P1", "Q2"), "H": ("Q1", "P2")}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"])]
    places = {"E1": "郑州市", "E2": "开封市", "F1": "洛阳市", "F2": "南阳市"}
    fairs, notes = cover_parts(parts, applies, places)
    assert [f.employers for f in fairs] == [("E1", "F2"), ("F1", "E2")]
    # Before: 郑州市、南阳市 and 洛阳市、开封市, as if each fair were cut for both cities.
    assert [f.places for f in fairs] == [("郑州市",), ("洛阳市",)]
    assert [f.moved_places for f in fairs] == [("南阳市",), ("开封市",)]
    assert fair_dict(1, fairs[0], {})["moved_places"] == ["南阳市"]
    assert any("地点」只列按地点排入本场的单位所在地" in n for n in notes)


def test_a_moved_employer_of_the_fairs_own_city_adds_no_place_and_an_unmoved_plan_keeps_its_places():
    applies = {"G": ("P1", "Q2"), "H": ("Q1", "P2")}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"])]
    fairs, notes = cover_parts(parts, applies, {"E1": "郑州市", "E2": "洛阳市", "F1": "洛阳市", "F2": "郑州市"})
    assert [(f.places, f.moved_places) for f in fairs] == [(("郑州市",), ()), (("洛阳市",), ())]
    assert not any("移入单位所在地" in n for n in notes)


def test_each_post_left_with_no_guest_says_why_its_employer_did_not_move():
    # Part 2 is full (2 employers) and H may apply for both its employers' posts: E2 cannot swap in.
    # E1 has P1 with a guest here and P1x whose applicant H is in part 2: an employer comes once.
    # Nobody invited may apply for E3's P3.
    applies = {"G": ("P1",), "H": ("Q1", "Q2", "P2", "P1x"), "Z": ("P3",)}
    parts = [([("E1", [("P1", 1), ("P1x", 0)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 1)])], ["H"]),
             ([("E3", [("P3", 0)]), ("E4", [("P4", 0)])], [])]
    applies["Y"] = ("P4",)
    fairs, themes, limits, audience = fair_setup(parts, applies)
    fairs, _ = fair_cover.cover_bare(fairs, themes, limits=limits, audience=audience)
    # P3 and P4 as the cap's reason explains them (``fair_caps.cap_left``); unexplained: tests/test_fair_bare_posts_say_why.py
    fairs, notes = fair_cover.why_left(fairs, themes, limits=limits, audience=audience,
                                       explained={("gov-3", "P3"), ("gov-3", "P4")})
    why = {p.job_id: p.reason for f in fairs for p in f.positions}
    assert why["P2"].endswith("；其可报考者在「党政机关专场（之二）」，该场已有 2 家单位，且各单位都有受邀者可报考，不能对调")
    assert why["P1x"].endswith("；其可报考者在「党政机关专场（之二）」，但本单位另有岗位在本场有受邀者，一家单位只排一场，未移走")
    # no applicant is a guest: the cap's reason, added elsewhere, says why; counted in the note
    assert why["P3"] == why["P1"] == "属党政机关系统"
    assert notes == ["4 个岗位仍没有受邀者可报考：1 个其可报考者所在的招聘会容不下其单位（已满且没有可对调的单位，或本场将少于最少岗位数），"
                     "1 个其单位另有岗位在本场有受邀者（一家单位只排一场），2 个本主题的招聘会都没有邀请其可报考者（各岗位理由中注明）"]


def test_a_plan_with_every_post_met_gets_no_note():
    applies = {"G": ("P1", "P2")}
    fairs, themes, limits, audience = fair_setup([([("E1", [("P1", 1), ("P2", 1)])], ["G"])], applies)
    assert fair_cover.why_left(fairs, themes, limits=limits, audience=audience) == (fairs, [])
