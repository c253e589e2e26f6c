"""A post with no guest says what became of each graduate suggested it (``matching.fair_bare_counts``),
not one cause of all of them: 「本场已满」 or 「都已受邀满 4 场」 was written of every applicant while some
were guests of another part, or not of the theme (Henan by major, 「计算机类专场（之三）」). Several fairs
named: tests/test_fair_bare_named_fairs.py."""

from __future__ import annotations

from dataclasses import replace

from matching.fair_bare_counts import BareCounts
from matching.fair_caps import GraduateCap, capped_notes
from matching.fair_invitations import full_notes
from matching.fair_limits import FairLimits
from matching.fair_records import UninvitedGraduate, UninvitedKind
from tests.test_fair_bare_posts_say_why import _audience, _fairs

# Part 1 is full (2 guests, G and K, for P1). P2 has no guest: of the 4 graduates suggested it, Y and Z were
# turned away (every part they could go to full), H is a guest of part 2, and one more ranks no 自然资源 post
# in their best 5 (suggested P2, not of the theme's audience).
APPLIES = {"G": ("P1",), "K": ("P1",), "Y": ("P2",), "Z": ("P2",), "H": ("Q1", "P2")}
PARTS = [([("E1", [("P1", 2), ("P2", 0)])], ["G", "K"]),
         ([("F1", [("Q1", 1)])], ["H"])]
LIMITS = FairLimits(max_employers=1, min_positions=1, min_graduates=1, max_graduates=2)
TURNED = tuple(UninvitedGraduate(g, "自然资源", "…但该场已满 2 人") for g in ("Y", "Z"))


def _counts(fairs, themes, *, uninvited=TURNED, suggested=None, limits=LIMITS):
    return BareCounts.of(fairs, themes, limits=limits, audience=_audience(APPLIES), uninvited=uninvited,
                         suggested={"P2": 4} if suggested is None else suggested)


def test_a_full_fairs_post_counts_those_turned_away_and_those_placed_elsewhere():
    fairs, themes = _fairs(PARTS, APPLIES)
    fairs, notes = full_notes(fairs, limits=LIMITS, counts=_counts(fairs, themes))
    (post,) = [p for p in fairs[0].positions if p.job_id == "P2"]
    # Before: 「可报考的毕业生未受邀参加本场：本场已满 2 人」, of all 4, though H is a guest of part 2.
    assert post.reason == ("属自然资源系统；本场已满 2 人（每场毕业生上限，推荐名次靠前者优先）；可报考此岗位的 4 位毕业生中，"
                           "2 位因此未受邀（见「未受邀毕业生」），1 位已受邀参加本主题的其他场，"
                           "1 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位，本场没有受邀者可报考")
    assert notes[0].startswith("1 个岗位所在的招聘会已满 2 人")


def test_the_full_fairs_clause_stays_when_it_holds_for_every_applicant():
    applies = {"G": ("P1",), "K": ("P1",), "Y": ("P2",), "Z": ("P2",)}
    fairs, themes = _fairs([([("E1", [("P1", 2), ("P2", 0)])], ["G", "K"])], applies)
    counts = BareCounts.of(fairs, themes, limits=LIMITS, audience=_audience(applies), uninvited=TURNED,
                           suggested={"P2": 2})
    fairs, _ = full_notes(fairs, limits=LIMITS, counts=counts)
    (post,) = [p for p in fairs[0].positions if p.job_id == "P2"]
    assert post.reason == "属自然资源系统；可报考的毕业生未受邀参加本场：本场已满 2 人（每场毕业生上限，推荐名次靠前者优先）"


def test_the_caps_clause_counts_those_at_the_cap_and_those_not_of_the_theme():
    # The plan-wide cap took P2's guest: H, a guest of part 2, is at their 1 fair (the cap); Y was kept from the
    # theme by the cap; Z was turned away by full parts; one more is not of the theme.
    limits = FairLimits(max_employers=1, min_positions=1, min_graduates=1, max_graduates=2, max_fairs_per_graduate=1)
    fairs, themes = _fairs(PARTS, APPLIES)
    turned = (UninvitedGraduate("Y", "自然资源", "…已受邀参加 1 场招聘会…", UninvitedKind.GRADUATE_CAP), TURNED[1])
    counts = _counts(fairs, themes, uninvited=turned, limits=limits)
    first = tuple(replace(f, positions=tuple(replace(p, graduates=1) for p in f.positions)) for f in fairs)  # P2 met
    shown, _ = capped_notes(fairs, first, turned, GraduateCap(1, {}, {}), counts)
    (post,) = [p for p in shown[0].positions if p.job_id == "P2"]
    # Before: 「可报考的毕业生都已受邀满 1 场（…），本场没有受邀者可报考」, of all 4.
    # Rows (Y's, Z's) pointed to once after the counts: H, also at the cap, has none (tests/test_fair_bare_wording.py).
    assert post.reason == (
        "属自然资源系统；可报考此岗位的 4 位毕业生中，1 位因其可报考的场次已满 2 人未受邀，2 位已受邀满 1 场（其推荐名次更靠前的岗位所在的招聘会），"
        "1 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位；这 4 位中 2 位见「未受邀毕业生」，本场没有受邀者可报考")
    # Said of all only when it holds for all; of one, without 都.
    only_h = BareCounts.of(fairs, themes, limits=limits, audience=_audience({"H": ("Q1", "P2")}), suggested={"P2": 1})
    shown, _ = capped_notes(fairs, first, (), GraduateCap(1, {}, {}), only_h)
    assert [p.reason for p in shown[0].positions if p.job_id == "P2"] == [
        "属自然资源系统；可报考此岗位的 1 位毕业生已受邀满 1 场（其推荐名次更靠前的岗位所在的招聘会），本场没有受邀者可报考"]


def test_a_full_fair_that_turned_none_of_the_posts_applicants_away_does_not_say_it_is_full():
    # Part 1 is full; no one suggested P2 was turned away by it: H is a guest of part 2, one more is not of the theme.
    applies = {"G": ("P1",), "K": ("P1",), "H": ("Q1", "P2")}
    fairs, themes = _fairs(PARTS, applies)
    counts = BareCounts.of(fairs, themes, limits=LIMITS, audience=_audience(applies), suggested={"P2": 2})
    fairs, notes = full_notes(fairs, limits=LIMITS, counts=counts)
    (post,) = [p for p in fairs[0].positions if p.job_id == "P2"]
    # Before: 「本场已满 2 人（每场毕业生上限，推荐名次靠前者优先）；可报考此岗位的 2 位毕业生中，…」, the fair's being full
    # said first as if it were why, though it turned neither away.
    assert post.reason == ("属自然资源系统；可报考此岗位的 2 位毕业生中，1 位已受邀参加本主题的其他场，"
                           "1 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位，本场没有受邀者可报考")
    assert "本场已满" not in post.reason
    # The plan's note still lists the post: its fair is full and it has no guest, which is true.
    assert notes[0].startswith("1 个岗位所在的招聘会已满 2 人")
