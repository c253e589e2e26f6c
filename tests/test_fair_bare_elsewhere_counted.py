"""A post with no guest whose applicants are guests of another part of its theme says, counted, who of
them went where before why its employer did not follow (``matching.fair_cover.why_left``, ``BareCounts.told``),
as a post whose applicants the cap kept does: the sample tight run's XJ202600339 in 「理学…专场（之二）」 read only
「…；其可报考者在「理学…（之一）」，该场已有 4 家单位…不能对调」."""

from __future__ import annotations

from matching import fair_cover
from matching.fair_limits import FairLimits
from tests.test_fair_bare_posts_say_why import _audience, _fairs

# P9's employer E9 has no guest in part 1; its applicants A and B are guests of parts 2 and 3, each full.
APPLIES = {"G": ("P1",), "A": ("Q2", "P9"), "B": ("Q3", "P9")}
PARTS = [([("E1", [("P1", 1)]), ("E9", [("P9", 0)])], ["G"]),
         ([("F2", [("Q2", 1)]), ("X2", [("Q2x", 0)])], ["A"]),
         ([("F3", [("Q3", 1)]), ("X3", [("Q3x", 0)])], ["B"])]
LIMITS = FairLimits(max_employers=2, min_positions=1, min_graduates=1, max_graduates=40)


def _p9(**kwargs):
    fairs, themes = _fairs(PARTS, APPLIES)
    fairs, _ = fair_cover.why_left(fairs, themes, limits=LIMITS, audience=_audience(APPLIES), **kwargs)
    (post,) = [p for p in fairs[0].positions if p.job_id == "P9"]
    return post.reason


def test_applicants_guests_of_other_parts_are_counted():
    assert "；可报考此岗位的 2 位毕业生都已受邀参加本主题的其他场，本场没有受邀者可报考；其可报考者在「自然资源专场（之二）」" in _p9()


def test_others_suggested_the_post_are_counted_too():
    assert ("；可报考此岗位的 5 位毕业生中，2 位已受邀参加本主题的其他场，3 位未将本行业列为意向、其推荐前 5 位中也没有本行业岗位，"
            "本场没有受邀者可报考；其可报考者在") in _p9(suggested={"P9": 5})


def test_a_post_the_cap_explains_is_not_counted_twice():
    # The cap's reason (``fair_caps.capped_notes``) already counts them.
    assert "本场没有受邀者可报考" not in _p9(explained={("nr-1", "P9")})
