"""The counted reason of a post with no guest (``matching.fair_bare_counts``) read as an organiser: one graduate
is not said 「都」 (Henan by industry 13218022, 22153012), the cap's fact reads one way in a full fair and in one
with room, 「见「未受邀毕业生」」 is said of those with a row and no one else, and the plan's note on the cap's posts
says 「都」 only of posts where the cap kept every applicant (``fair_caps._bare_note``)."""

from __future__ import annotations

from dataclasses import replace

from matching.fair_bare_counts import BareCounts
from matching.fair_caps import GraduateCap, capped_notes
from matching.fair_invitations import full_notes
from matching.fair_limits import FairLimits
from matching.fair_records import UninvitedGraduate, UninvitedKind
from tests.test_fair_bare_counts import APPLIES, PARTS
from tests.test_fair_bare_posts_say_why import _audience, _fairs

CAPPED = "已受邀满 1 场（其推荐名次更靠前的岗位所在的招聘会"
# Y and Z were kept from the theme by the cap (rows); H is a guest of part 2 at their 1 fair (no row of it).
KEPT = tuple(UninvitedGraduate(g, "自然资源", "…已受邀参加 1 场招聘会…", UninvitedKind.GRADUATE_CAP) for g in ("Y", "Z"))


def _limits(max_graduates=2):
    return FairLimits(max_employers=1, min_positions=1, min_graduates=1, max_graduates=max_graduates,
                      max_fairs_per_graduate=1)


def _post(fairs):
    (post,) = [p for p in fairs[0].positions if p.job_id == "P2"]
    return post.reason


def _capped(applies, uninvited, suggested, limits):
    fairs, themes = _fairs(PARTS, {**APPLIES, **applies})  # the guests, G, K and H; ``applies``: the audience
    counts = BareCounts.of(fairs, themes, limits=limits, audience=_audience(applies), uninvited=uninvited,
                           suggested=suggested)
    first = tuple(replace(f, positions=tuple(replace(p, graduates=1) for p in f.positions)) for f in fairs)  # P2 met
    return capped_notes(fairs, first, uninvited, GraduateCap(1, {}, {}), counts)


def test_one_graduate_at_the_cap_is_said_so_without_du():
    shown, notes = _capped({"H": ("Q1", "P2")}, (), {"P2": 1}, _limits())
    # Before: 「可报考的毕业生都已受邀满 1 场（…）」, of one graduate.
    assert _post(shown) == f"属自然资源系统；可报考此岗位的 1 位毕业生{CAPPED}），本场没有受邀者可报考"
    # The note's 「都」 counts posts here, and holds: the cap kept this post's every applicant.
    assert notes[1].startswith("1 个岗位的可报考者都已受邀满 1 场，在所在招聘会中没有受邀者可报考")


def test_the_caps_fact_reads_one_way_in_a_full_fair_and_in_one_with_room():
    applies = {**APPLIES, "Z": ("P2",)}
    suggested = {"P2": 3}
    room, _ = _capped(applies, KEPT, suggested, _limits(max_graduates=3))
    fairs, themes = _fairs(PARTS, applies)
    counts = BareCounts.of(fairs, themes, limits=_limits(), audience=_audience(applies), uninvited=KEPT,
                           suggested=suggested)
    full, _ = full_notes(fairs, limits=_limits(), counts=counts)
    # Before: 「可报考的毕业生都已受邀满 1 场（…）」 with room, 「可报考此岗位的 3 位毕业生都已受邀满 1 场（…；见「未受邀毕业生」）」
    # in the full fair, the pointer claiming a row for H too.
    said = f"可报考此岗位的 3 位毕业生都{CAPPED}；其中 2 位见「未受邀毕业生」），本场没有受邀者可报考"
    assert _post(room) == f"属自然资源系统；{said}"
    # Nor does the full fair say 「本场已满 2 人」 first: it turned none of them away (was said first all the same).
    assert _post(full) == f"属自然资源系统；{said}"


def test_the_pointer_is_said_once_of_every_group_with_rows():
    # Y kept by the cap and Z turned away by full parts have rows; H (a guest at the cap) and one more have none.
    turned = (KEPT[0], UninvitedGraduate("Z", "自然资源", "…但该场已满 2 人"))
    shown, notes = _capped(APPLIES, turned, {"P2": 4}, _limits())
    # Before: 「1 位因其可报考的场次已满 2 人未受邀，2 位已受邀满 1 场（…；见「未受邀毕业生」）」, as if only the 2 had rows.
    assert _post(shown) == (
        f"属自然资源系统；可报考此岗位的 4 位毕业生中，1 位因其可报考的场次已满 2 人未受邀，2 位{CAPPED}），"
        "1 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位；这 4 位中 2 位见「未受邀毕业生」，本场没有受邀者可报考")
    # Before: 「1 个岗位的可报考者都已受邀满 1 场」, though 2 of its 4 were not.
    assert notes[1].startswith("1 个岗位有可报考者已受邀满 1 场，在所在招聘会中没有受邀者可报考")


def test_a_post_no_guest_of_the_theme_may_apply_for_points_only_to_rows_that_exist():
    # Y was turned away by full parts (a row); W is of the theme, not invited, and has no row.
    applies = {"G": ("P1",), "K": ("P1",), "Y": ("P2",), "W": ("P2",)}
    fairs, themes = _fairs(PARTS, {**applies, "H": ("Q1",)})
    counts = BareCounts.of(fairs, themes, limits=_limits(), audience=_audience(applies),
                           uninvited=(UninvitedGraduate("Y", "自然资源", "…但该场已满 2 人"),), suggested={"P2": 2})
    # Before: 「1 位其可报考的场次已满 2 人、1 位未受邀（见「未受邀毕业生」）」.
    assert counts.absent(fairs[0], 0, "P2") == (
        "；可报考此岗位的 2 位毕业生都未受邀参加本主题的招聘会：1 位其可报考的场次已满 2 人、1 位未受邀"
        "（其中 1 位见「未受邀毕业生」）")
