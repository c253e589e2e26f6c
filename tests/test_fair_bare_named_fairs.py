"""A post with no guest whose applicants are guests of several fairs of its theme names each of them, up to
three then 「等 N 场」, with why its employer went to none (``matching.fair_cover.why_left``): before, the
reason named the first and explained only it (「其可报考者在「农业农村专场（之二）」等 6 场，该场已有 10 家单位…」)."""

from __future__ import annotations

from matching import fair_cover
from matching.fair_limits import FairLimits
from tests.test_fair_bare_posts_say_why import _audience, _fairs

# P9's employer E9 has no guest in part 1; its applicants are guests of parts 2–5, each full (1 employer) with
# guests who may apply for its posts: it cannot move, nor swap in.
MANY = {"G": ("P1",), "A": ("Q2", "P9"), "B": ("Q3", "P9"), "C": ("Q4", "P9"), "D": ("Q5", "P9")}


def _many(parts):
    fairs, themes = _fairs(parts, MANY)
    limits = FairLimits(max_employers=2, min_positions=1, min_graduates=1, max_graduates=40)
    return fair_cover.why_left(fairs, themes, limits=limits, audience=_audience(MANY))


def test_a_post_whose_applicants_are_at_several_fairs_names_each():
    parts = [([("E1", [("P1", 1)]), ("E9", [("P9", 0)])], ["G"]),
             ([("F2", [("Q2", 1)]), ("X2", [("Q2x", 0)])], ["A"]),
             ([("F3", [("Q3", 1)]), ("X3", [("Q3x", 0)])], ["B"])]
    fairs, _ = _many(parts)
    (post,) = [p for p in fairs[0].positions if p.job_id == "P9"]
    # Before: 「其可报考者在「自然资源专场（之二）」等 2 场，该场已有 2 家单位…」, the other fair unnamed.
    assert post.reason.endswith("；其可报考者在「自然资源专场（之二）」、「自然资源专场（之三）」，各场均已有 2 家单位，"
                                "其可对调的单位已对调过或对调后岗位数不合每场限制")


def test_more_than_three_fairs_are_named_three_and_counted():
    parts = [([("E1", [("P1", 1)]), ("E9", [("P9", 0)])], ["G"])] + [
        ([(f"F{n}", [(f"Q{n}", 1)]), (f"X{n}", [(f"Q{n}x", 0)])], [g]) for n, g in zip(range(2, 6), "ABCD")]
    fairs, _ = _many(parts)
    (post,) = [p for p in fairs[0].positions if p.job_id == "P9"]
    assert "；其可报考者在「自然资源专场（之二）」、「自然资源专场（之三）」、「自然资源专场（之四）」等 4 场，各场均已有 2 家单位" in post.reason
    assert "之五" not in post.reason


def test_fairs_with_different_whys_each_say_their_own():
    # Part 3 has one employer (room), but part 1 would fall below 2 posts without E9: the source's why.
    parts = [([("E1", [("P1", 1)]), ("E9", [("P9", 0)])], ["G"]),
             ([("F2", [("Q2", 1)]), ("X2", [("Q2x", 0)])], ["A"]),
             ([("F3", [("Q3", 1)])], ["B"])]
    fairs, themes = _fairs(parts, MANY)
    limits = FairLimits(max_employers=2, min_positions=2, min_graduates=1, max_graduates=40)
    fairs, _ = fair_cover.why_left(fairs, themes, limits=limits, audience=_audience(MANY))
    (post,) = [p for p in fairs[0].positions if p.job_id == "P9"]
    assert post.reason.endswith("；其可报考者在「自然资源专场（之二）」、「自然资源专场（之三）」："
                                "「自然资源专场（之二）」已有 2 家单位，其可对调的单位已对调过或对调后岗位数不合每场限制；"
                                "「自然资源专场（之三）」有空位，但移走后本场将少于 2 个岗位，未移走")


def test_named_fairs_sharing_a_why_are_named_once_when_the_unnamed_differ():
    # Parts 2–4 are full with an employer to swap; part 5 has room, but part 1 would fall below 2 posts.
    # Before: 「…等 4 场：「（之二）」、「（之三）」、「（之四）」已有 2 家单位…」, the three titles said twice
    # (Henan by industry 16060022, 「审计统计专场（之七）」).
    parts = [([("E1", [("P1", 1)]), ("E9", [("P9", 0)])], ["G"])] + [
        ([(f"F{n}", [(f"Q{n}", 1)]), (f"X{n}", [(f"Q{n}x", 0)])], [g]) for n, g in zip(range(2, 5), "ABC")] + [
        ([("F5", [("Q5", 1)])], ["D"])]
    fairs, themes = _fairs(parts, MANY)
    limits = FairLimits(max_employers=2, min_positions=2, min_graduates=1, max_graduates=40)
    fairs, _ = fair_cover.why_left(fairs, themes, limits=limits, audience=_audience(MANY))
    (post,) = [p for p in fairs[0].positions if p.job_id == "P9"]
    assert post.reason.endswith("；其可报考者在「自然资源专场（之二）」、「自然资源专场（之三）」、「自然资源专场（之四）」等 4 场，"
                                "这 3 场均已有 2 家单位，其可对调的单位已对调过或对调后岗位数不合每场限制")
    assert post.reason.count("「自然资源专场（之二）」") == 1
