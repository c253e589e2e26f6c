"""Every post left with no guest says why (``matching.fair_cover.why_left``), also one none of whose
applicants is a guest of its theme and that no full fair or the cap explains: gkld by industry
13540225 and 13540227 (their employer moved from the full 「自然资源专场（之一）」, whose applicants it had
turned away, to 「…（之二）」 for its other post) and 13532102 (swapped out of the full 「教育专场（之五）」)
said nothing about why no one may apply for them there."""

from __future__ import annotations

from matching import fair_cover
from matching.fair_limits import FairLimits
from matching.fair_parts import chinese_number
from matching.fair_records import Fair, FairBy, FairGraduate, FairPosition, UninvitedGraduate, UninvitedKind
from matching.fair_themes import Theme
from matching.verdict import Status

#: What a post with no guest says of why (the cap's, the full fair's, ``why_left``'s clauses).
SAID = ("都已受邀满", "本场已满", "其可报考者在", "未受邀参加本主题的招聘会")


def _fairs(parts, applies, by=FairBy.INDUSTRY):
    fairs = []
    for n, (employers, guests) in enumerate(parts, 1):
        posts = [FairPosition(j, "科员", e, "郑州市", 1, "属自然资源系统", met) for e, jobs in employers for j, met in jobs]
        ids = {p.job_id for p in posts}
        fairs.append(Fair(by, f"nr-{n}", "自然资源", f"自然资源专场（之{chinese_number(n)}）", n, len(parts),
                          tuple(e for e, _ in employers), ("郑州市",), tuple(posts),
                          tuple(FairGraduate(g, tuple(j for j in applies[g] if j in ids), Status.ELIGIBLE, "可报考")
                                for g in guests)))
    themes = {"自然资源": Theme("nr", "自然资源", "自然资源",
                                positions=dict.fromkeys((p.job_id for f in fairs for p in f.positions), ""))}
    return tuple(fairs), themes


def _audience(applies):
    def audience(theme, ids):
        return [FairGraduate(g, tuple(j for j in jobs if j in ids), Status.ELIGIBLE, "可报考")
                for g, jobs in applies.items() if any(j in ids for j in jobs)]
    return audience


# Part 1 is full (2 guests, G and K); Z, who may apply for E2's P3 only, was turned away from it. E2's P2 is
# for H, a guest of part 2, so E2 moves there and P3 is left with no guest in a part that is not full.
APPLIES = {"G": ("P1",), "K": ("P1",), "H": ("Q1", "P2"), "Z": ("P3",)}
PARTS = [([("E1", [("P1", 2)]), ("E2", [("P2", 0), ("P3", 0)])], ["G", "K"]),
         ([("F1", [("Q1", 1)])], ["H"])]
LIMITS = FairLimits(max_employers=3, min_positions=1, min_graduates=1, max_graduates=2)
TURNED = (UninvitedGraduate("Z", "自然资源", "可报考自然资源专场（之一）的岗位（在其推荐中最高排第 4 位），但该场已满 2 人"),)


def _planned(*, suggested=None, uninvited=TURNED, explained=frozenset()):
    fairs, themes = _fairs(PARTS, APPLIES)
    audience = _audience(APPLIES)
    fairs, _ = fair_cover.cover_bare(fairs, themes, limits=LIMITS, audience=audience)
    return fair_cover.why_left(fairs, themes, limits=LIMITS, audience=audience, uninvited=uninvited,
                               suggested=suggested, explained=explained)


def test_a_post_moved_away_from_the_full_part_its_applicant_was_turned_from_says_why():
    fairs, notes = _planned(suggested={"P3": 1})
    posts = {p.job_id: p for f in fairs for p in f.positions}
    assert fairs[1].employers == ("F1", "E2") and posts["P3"].graduates == 0
    assert posts["P3"].reason.endswith(
        "此岗位本场没有受邀者可报考）；可报考此岗位的 1 位毕业生未受邀参加本主题的招聘会："
        "1 位其可报考的场次已满 2 人（见「未受邀毕业生」）")
    assert notes == ["1 个岗位仍没有受邀者可报考：1 个本主题的招聘会都没有邀请其可报考者（各岗位理由中注明）"]


def test_applicants_outside_the_theme_and_the_cap_are_counted_in_the_reason():
    # Two more graduates were suggested P3 but rank no 自然资源 post in their best 5 (not the theme's audience),
    # and Z was kept from the theme by the cap of fairs a graduate.
    capped = (UninvitedGraduate("Z", "自然资源", "…已受邀参加 4 场招聘会…", UninvitedKind.GRADUATE_CAP),)
    fairs, _ = _planned(suggested={"P3": 3}, uninvited=capped)
    (post,) = [p for p in fairs[1].positions if p.job_id == "P3"]
    assert post.reason.endswith("；可报考此岗位的 3 位毕业生都未受邀参加本主题的招聘会：1 位已受邀满 4 场（见「未受邀毕业生」），"
                                "2 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位")


def test_a_post_the_cap_already_explains_is_not_told_twice():
    fairs, notes = _planned(explained={("nr-2", "P3")})
    (post,) = [p for p in fairs[1].positions if p.job_id == "P3"]
    assert "未受邀参加本主题的招聘会" not in post.reason and notes == []


def test_every_post_with_no_guest_carries_a_reason():
    fairs, _ = _planned(suggested={"P3": 1})
    bare = [p for f in fairs for p in f.positions if not p.graduates]
    assert bare and all(any(s in p.reason for s in SAID) for p in bare)
