"""A graduate in no fair reads their left-out posts counted by reason; a post with a reason for each of
its themes makes the counts overlap, and the detail says so (``matching.fair_absentees``; review of 2026-12-07)."""

from __future__ import annotations

from matching.fair_absentees import absent_graduates
from matching.fair_records import FairBy, UnplacedKind, UnplacedPosition
from matching.fair_themes import ThemeLink
from matching.results import Suggestion
from matching.verdict import Status
from tests.factories import graduate


def test_a_graduates_left_out_posts_counted_by_reason_say_the_counts_overlap():
    """A post of two classes left out for a reason in each: the counts by reason add up to more than the
    posts, and the detail says so rather than reading as a breakdown (review: Henan 「18 个未列入招聘会
    （推荐此岗位的毕业生不属于本场主题：17 个；主题规模不足，不单独举办：15 个）」)."""
    both = (UnplacedKind.OTHER_THEME, UnplacedKind.TOO_SMALL)
    unplaced = [UnplacedPosition("J1", "科员", "某局", None, 1, "两类各有原因", kinds=both),
                UnplacedPosition("J2", "科员", "某局", None, 1, "两类各有原因", kinds=both),
                UnplacedPosition("J3", "科员", "某局", None, 1, "一类", kinds=(UnplacedKind.OTHER_THEME,))]
    offers = {"G1": [Suggestion(f"J{r}", r, 1.0, Status.ELIGIBLE, ()) for r in (1, 2, 3)]}
    (absent,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people={"G1": graduate("G1", "哲学")}, offers=offers,
                                 classes={"G1": ThemeLink("0101", "哲学类", "")}, fairs=(), dropped=(),
                                 unplaced=unplaced, uninvited=())
    assert (f"3 个未列入招聘会（{UnplacedKind.OTHER_THEME.value}：3 个；{UnplacedKind.TOO_SMALL.value}：2 个；"
            "一个岗位可有几项原因）") in absent.detail
    one = [UnplacedPosition("J1", "科员", "某局", None, 1, "一类", kinds=(UnplacedKind.OTHER_THEME,))]
    (alone,) = absent_graduates(by=FairBy.MAJOR, max_rank=5, people={"G1": graduate("G1", "哲学")},
                                offers={"G1": offers["G1"][:1]}, classes={"G1": ThemeLink("0101", "哲学类", "")},
                                fairs=(), dropped=(), unplaced=one, uninvited=())
    assert "几项原因" not in alone.detail + alone.reason
