"""The plan-wide fair cap (``matching.fair_caps.GraduateCap``) weighs a theme by the best post the
graduate may apply for in any of its parts, not only the part the first plan sent them to: gkld by
industry, one graduate ranked an 教育 post 3rd, but 教育专场（之四） was full, so the first plan sent
them to 之十五 for a 13th-ranked post; the cap then kept 党政机关 (5th) and turned 教育 away while
saying the kept fairs held posts they rank higher."""

from __future__ import annotations

from matching.fair_caps import GraduateCap, part_id
from matching.fair_records import Fair, FairBy, FairGraduate
from matching.verdict import Status


def _fair(key: str, theme: str, entries: dict[str, tuple[str, ...]]) -> Fair:
    return Fair(FairBy.INDUSTRY, key, theme, f"{key}专场", 1, 1, (f"单位{key}",), (), (),
                tuple(FairGraduate(g, jobs, Status.ELIGIBLE, "") for g, jobs in entries.items()))


# G's first plan: 教育 at part 2 (its 13th-ranked post; its 3rd is in part 1, full), then 公安 1st,
# 发改 2nd, 自然 4th, 党政 5th: five fairs, one over a cap of four.
FAIRS = [_fair("教育-2", "教育", {"G": ("E13",)}), _fair("公安", "公安", {"G": ("P1",)}),
         _fair("发改", "发改", {"G": ("F2",)}), _fair("自然", "自然", {"G": ("N4",)}),
         _fair("党政", "党政", {"G": ("D5",)})]
RANKS = {"G": {"E13": 13, "E3": 3, "P1": 1, "F2": 2, "N4": 4, "D5": 5}}


def _part(key: str) -> str:
    """The fair ``key`` as the cap keeps it (by theme and first employer, ``part_id``)."""
    return part_id(key.split("-")[0], (f"单位{key}",))


def test_a_theme_counts_at_the_best_post_of_any_of_its_parts():
    cap = GraduateCap.of(FAIRS, limit=4, ranks=RANKS, theme_best={"G": {"教育": 3, "公安": 1, "发改": 2, "自然": 4,
                                                                       "党政": 5}})
    assert set(cap.reserved["G"]) == {_part(k) for k in ("教育-2", "公安", "发改", "自然")}
    assert not cap.may("G", _part("党政"))


def test_another_session_of_a_kept_theme_may_stand_in_for_the_kept_one():
    cap = GraduateCap.of(FAIRS + [_fair("教育-1", "教育", {})], limit=4, ranks=RANKS,
                         theme_best={"G": {"教育": 3}})
    # 教育-1 (holding the 3rd-ranked post) has room in the second plan: G goes there instead of 教育-2.
    assert cap.may("G", _part("教育-1"))
    cap.take("G", _part("教育-1"))
    assert "教育-1专场" in cap.kept("G") and "教育-2专场" not in cap.kept("G")
    assert len(set(cap.reserved["G"]) | cap.taken["G"]) == 4
    # Once G is at one 教育 session, a second one is a further fair, and there is no room for it.
    assert not cap.may("G", _part("教育-2"))
