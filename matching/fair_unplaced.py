"""The account of what no fair holds (``matching.fairs``): each left-out position with the reason
for every theme it joined, the themes that lost it for the same reason named together, and the
plan's note on posts no graduate of their theme may apply for, counted as the per-kind counts are."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from features.records import Job
from matching.fair_records import UnplacedKind, UnplacedPosition

NOT_SUGGESTED = "没有毕业生的推荐中有此岗位（本批毕业生中无人符合条件或排名靠前）"


def unattended_note(unplaced: Sequence[UnplacedPosition]) -> str | None:
    """The note on posts left out because no graduate of a theme they joined may apply, counting
    the same posts as the per-kind counts (``UnplacedKind.NOT_SUGGESTED`` and ``OTHER_THEME``, which
    never meet on one post: one depends on whether anyone was suggested the post at all), so the
    note and the counts an organiser sees agree; a post also kept out of another theme for
    another reason is named as such, since the counts list it under that kind too."""
    kinds = (UnplacedKind.NOT_SUGGESTED, UnplacedKind.OTHER_THEME)
    posts = [u for u in unplaced if any(k in u.kinds for k in kinds)]
    if not posts:
        return None
    by_kind = [(sum(k in u.kinds for u in posts), what) for k, what in zip(kinds, (
        "不在任何毕业生的推荐之列", "推荐给的毕业生不属于该主题"))]
    also = sum(any(k not in kinds for k in u.kinds) for u in posts)
    return (f"{len(posts)} 个岗位在所归入的主题中没有可报考的毕业生，未列入招聘会（"
            + "，".join(f"{n} 个{what}" for n, what in by_kind if n) + "）"
            + (f"；其中 {also} 个岗位还归入了其他主题，在那里因其他原因未列入，在「未列入招聘会的岗位」中也计入该原因"
               if also else ""))


def lost_reason(lost: Sequence[tuple[str, UnplacedKind, str]]) -> str:
    """One line from (theme, kind, why), the themes that lost a post for the same reason named
    together: 「0101 哲学类、0302 政治学类：没有毕业生的推荐中有此岗位…」, not once per theme."""
    themes: dict[str, list[str]] = {}
    for theme, _, why in lost:
        named = themes.setdefault(why, [])
        if theme and theme not in named:
            named.append(theme)
    return "；".join(f"{'、'.join(named)}：{why}" if named else why for why, named in themes.items())


def unplaced_positions(jobs: Mapping[str, Job], placed: set[str], lost: Mapping[str, Sequence[tuple[str, UnplacedKind, str]]],
                       why: str) -> tuple[UnplacedPosition, ...]:
    """Every position of ``jobs`` no fair holds (not in ``placed``), in job id order, with what kept
    it out of each theme it joined (``lost``: job id → (theme, kind, why)); ``why`` when nothing
    is recorded for it: it joined no theme."""
    return tuple(UnplacedPosition.of(jobs[j], lost_reason(lost.get(j, ())) or why,
                                     tuple(dict.fromkeys(k for _, k, _ in lost.get(j, ()))) or (UnplacedKind.NO_THEME,))
                 for j in sorted(jobs) if j not in placed)
