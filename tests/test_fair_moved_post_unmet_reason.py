"""A moved employer's post that no guest of its new part may apply for (``matching.fair_cover._moved``):
its reason must not say the part invited its applicants (gkld by industry 13540227 read
「移到本场（本场已邀请其可报考者）」 with 0 guests; its employer moved for its other post)."""

from __future__ import annotations

from matching import fair_cover
from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, FairPosition
from matching.fair_themes import Theme
from matching.verdict import Status


def _plan(parts, applies, **limits):
    def audience(theme, ids):
        return [FairGraduate(g, tuple(j for j in jobs if j in ids), Status.ELIGIBLE, "可报考")
                for g, jobs in applies.items() if any(j in ids for j in jobs)]

    fairs = []
    for n, (employers, guests) in enumerate(parts, 1):
        posts = [FairPosition(j, "科员", e, "郑州市", 1, "属党政机关系统", met) for e, jobs in employers for j, met in jobs]
        ids = {p.job_id for p in posts}
        fairs.append(Fair(FairBy.INDUSTRY, f"gov-{n}", "党政机关", f"党政机关专场（之{'一二三'[n - 1]}）", n, len(parts),
                          tuple(e for e, _ in employers), ("郑州市",), tuple(posts),
                          tuple(FairGraduate(g, tuple(j for j in applies[g] if j in ids), Status.ELIGIBLE, "可报考")
                                for g in guests)))
    themes = {"党政机关": Theme("gov", "党政机关", "党政机关",
                                positions=dict.fromkeys((p.job_id for f in fairs for p in f.positions), ""))}
    limits = FairLimits(**{"max_employers": 3, "min_positions": 1, "min_graduates": 1, **limits})
    return fair_cover.cover_bare(tuple(fairs), themes, limits=limits, audience=audience)


def test_a_moved_post_no_guest_may_apply_for_does_not_say_its_applicants_are_invited():
    # E2 brings P2 (H, a guest of part 2, may apply) and P3 (Z, invited nowhere): E2 moves to part 2.
    applies = {"G": ("P1",), "H": ("Q1", "P2"), "Z": ("P3",)}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0), ("P3", 0)])], ["G"]),
             ([("F1", [("Q1", 1)])], ["H"])]
    fairs, _ = _plan(parts, applies)
    assert fairs[1].employers == ("F1", "E2")
    posts = {p.job_id: p for p in fairs[1].positions}
    assert (posts["P2"].graduates, posts["P3"].graduates) == (1, 0)
    assert posts["P2"].reason.endswith("移到本场（本场已邀请其可报考者）")
    assert "本场已邀请其可报考者" not in posts["P3"].reason
    assert posts["P3"].reason.endswith("移到本场（本场已邀请本单位其他岗位的可报考者，此岗位本场没有受邀者可报考）")


def test_a_swapped_in_posts_unmet_post_says_so_too():
    # Part 2 is full (2 employers): E2 swaps in for F2, whose post no guest there may apply for.
    applies = {"G": ("P1",), "H": ("Q1", "P2"), "Z": ("P3",)}
    parts = [([("E1", [("P1", 1)]), ("E2", [("P2", 0), ("P3", 0)])], ["G"]),
             ([("F1", [("Q1", 1)]), ("F2", [("Q2", 0)])], ["H"])]
    fairs, _ = _plan(parts, applies, max_employers=2)
    assert fairs[1].employers == ("F1", "E2")
    posts = {p.job_id: p for p in fairs[1].positions}
    assert posts["P2"].reason.endswith("对调到本场（本场已邀请其可报考者）")
    assert posts["P3"].graduates == 0
    assert posts["P3"].reason.endswith("对调到本场（本场已邀请本单位其他岗位的可报考者，此岗位本场没有受邀者可报考）")
