"""A post with no guest whose applicants' parts are full is swapped in for an employer nobody there may
apply for (``matching.fair_cover``), and a graduate whose class has no fair reads why in the short line
(``matching.fair_absentees``)."""

from __future__ import annotations

from matching.fair_absentees import absent_graduates
from matching.fair_records import Fair, FairBy, FairPosition, UnplacedKind, UnplacedPosition
from matching.fair_themes import ThemeLink
from matching.results import Suggestion
from matching.verdict import Status
from tests.factories import graduate
from tests.fair_cover_parts import bare, cover_parts


def test_a_post_whose_applicants_part_is_full_swaps_with_an_employer_nobody_there_may_apply_for():
    # Part 1: E1 (P1, G's), E2 (P2: only H may apply, a guest of part 2). Part 2: F1 (Q1, H's), F2 (Q2: only G's).
    # Both parts hold 2 employers, the cap: neither post can simply move.
    applies = {"G": ("P1", "Q2"), "H": ("Q1", "P2")}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"])]
    fairs, notes = cover_parts(parts, applies)
    assert bare(fairs) == []
    assert [f.employers for f in fairs] == [("E1", "F2"), ("F1", "E2")]
    assert all(len(f.employers) <= 2 for f in fairs)  # the cap holds
    assert [set(g.job_ids) for f in fairs for g in f.graduates] == [{"P1", "Q2"}, {"Q1", "P2"}]  # no one lost a post
    assert [g.reason for g in fairs[0].graduates] == ["可报考 2 个岗位"]
    moved = {p.job_id: p for f in fairs for p in f.positions}
    assert "与「F2」对调到本场（本场已邀请其可报考者）" in moved["P2"].reason
    assert "按地点原排入「党政机关专场（之二）」" in moved["Q2"].reason
    (note,) = [n for n in notes if "对调" in n]
    assert note.startswith("2 个岗位没有受邀者可报考，其可报考者所在的招聘会已满")
    assert "E2（党政机关专场（之一） → 党政机关专场（之二））与F2（党政机关专场（之二） → 党政机关专场（之一））对调" in note


def test_no_swap_takes_a_post_from_a_guest():
    # Every employer of part 2 has a post its guest H may apply for: swapping one out would take it from H.
    applies = {"G": ("P1",), "H": ("Q1", "Q2", "P2")}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 1)])], ["H"])]
    fairs, notes = cover_parts(parts, applies)
    assert bare(fairs) == ["P2"] and [f.employers for f in fairs] == [("E1", "E2"), ("F1", "F2")]
    assert not any("对调" in n for n in notes)


def test_no_swap_puts_a_part_over_its_posts():
    # E2 brings 2 posts for F2's one: part 2 would hold 4 of at most 3.
    applies = {"G": ("P1", "Q2"), "H": ("Q1", "P2")}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0), ("P3", 0)])], ["G"]),
             ([("F1", [("Q1", 1), ("Q3", 1)]), ("F2", [("Q2", 0)])], ["H"])]
    applies["H"] = ("Q1", "Q3", "P2")
    fairs, notes = cover_parts(parts, applies, max_positions=3)
    assert bare(fairs) == ["P2", "P3", "Q2"] and not any("对调" in n for n in notes)
    # With room for 4 the swap is made.
    fairs, _ = cover_parts(parts, applies, max_positions=4)
    assert bare(fairs) == ["P3"]


def test_the_swapped_out_employer_goes_where_a_guest_may_apply_for_it():
    # F2 could not simply move to part 3, where K may apply for Q2: part 2 would fall under 2 posts. Swapped
    # for E2 it goes there rather than to part 1, where no guest may apply for it.
    applies = {"G": ("P1", "P1b"), "H": ("Q1", "P2"), "K": ("R1", "R2", "Q2")}
    parts = [([("E1", [("P1", 1), ("P1b", 1)]), ("E2", [("P2", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"]),
             ([("K1", [("R1", 1), ("R2", 1)])], ["K"])]
    fairs, notes = cover_parts(parts, applies, min_positions=2)
    assert [f.employers for f in fairs] == [("E1",), ("F1", "E2"), ("K1", "F2")]
    assert bare(fairs) == []
    assert all(len(f.employers) <= 2 and len(f.positions) >= 2 for f in fairs)
    assert any("F2（党政机关专场（之二） → 党政机关专场（之三））对调" in n for n in notes)


# A 哲学 graduate on the sample: no post joined 0101 哲学类, so no fair of it was held or dropped.
PHILOSOPHY = ThemeLink("0101", "哲学类", "")


def test_a_graduate_whose_class_has_no_fair_reads_why_in_the_short_line():
    people = {"G1": graduate("G1", "哲学")}
    offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in range(1, 21)]}
    other = Fair(by=FairBy.MAJOR, key="0802", theme="0802 机械类", title="机械类专场", part=1, parts=1, employers=("某厂",),
                 places=(), positions=tuple(FairPosition(f"J{r}", "技术员", "某厂", None, 1, "", 1) for r in range(1, 14)),
                 graduates=())
    unplaced = [UnplacedPosition(f"J{r}", "设计师", "某公司", None, 1, "1305 设计学类：规模不足，不单独举办",
                                 kinds=(UnplacedKind.TOO_SMALL,)) for r in range(14, 21)]
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people=people, offers=offers, classes={"G1": PHILOSOPHY},
                                 fairs=[other], dropped=(), unplaced=unplaced, uninvited=())
    assert absent.reason == "所属专业类「哲学类」没有招聘会；推荐的 20 个岗位都不属该类：13 个在其他专业类的招聘会、7 个未列入招聘会"
    assert len(absent.reason) <= 60
    assert "不属其专业类 0101 哲学类" in absent.detail


def test_a_long_class_name_keeps_the_why_and_drops_the_counts():
    people = {"G1": graduate("G1", "档案学")}
    offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in range(1, 21)]}
    unplaced = [UnplacedPosition(f"J{r}", "助理", "某公司", None, 1, "未归入任何主题", kinds=(UnplacedKind.TOO_SMALL,))
                for r in range(1, 21)]
    link = ThemeLink("1205", "图书情报与档案管理类（含图书馆学、档案学、信息资源管理）", "")
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people=people, offers=offers, classes={"G1": link},
                                 fairs=[], dropped=(), unplaced=unplaced, uninvited=())
    assert absent.reason == f"所属专业类「{link.name}」没有招聘会，推荐给其的岗位都不属该类", absent.reason
