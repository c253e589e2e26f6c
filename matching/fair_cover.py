"""Posts left with no guest moved to a session of their theme that has one (``matching.fairs``).

A split theme is cut by place before anyone is invited, and each graduate is invited to one part
(``matching.fair_invitations``), so a post may end in a part where none of the guests may apply
while its applicants are invited to another part of the same theme; the plan-wide cap of fairs a
graduate (``matching.fair_caps``) then refuses them a second invitation. On Henan by industry 117
of the 120 posts with no guest were of this kind (an applicant kept at 「市场监管专场（之三）」 and
「…（之六）」 while their 12th-ranked post sat in 「…（之四）」). Moving the post's employer to the part
where an applicant already is meets them without inviting anyone again: no graduate is asked to
one more fair, no part exceeds ``max_employers`` / ``max_positions`` nor falls below
``min_positions``, and the post stays in its theme. Only employers none of whose posts has a guest
where they are move (whole employers, as the cut keeps them: one employer comes once), so no post
loses a guest."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairGraduate, FairPosition
from matching.fair_themes import Theme

#: ``audience(theme, job ids)``: the theme's graduates who may apply for one of the posts, with their records.
Audience = Callable[[Theme, set[str]], list[FairGraduate]]


def cover_bare(fairs: Sequence[Fair], themes: Mapping[str, Theme], *, limits: FairLimits,
               audience: Audience) -> tuple[tuple[Fair, ...], list[str]]:
    """(``fairs`` with each employer whose posts have no guest moved to the part of its theme whose
    guests may apply for most of them, the note naming the moves). ``themes``: theme name → ``Theme``.
    Deterministic: fairs in plan order, employers in each fair's order, ties to the earlier part."""
    fairs = list(fairs)
    by_theme: dict[str, list[int]] = {}
    for n, fair in enumerate(fairs):
        by_theme.setdefault(fair.theme, []).append(n)
    moves: list[tuple[str, str, str, int]] = []  # (employer, from title, to title, posts now met)
    swaps: list[tuple[str, str, str, str, str, int]] = []  # (employer in, its part, full part, employer out, its new part, met)
    for name, numbers in by_theme.items():
        if len(numbers) < 2 or name not in themes:
            continue
        theme = themes[name]
        # graduate → the theme's posts they may apply for (all parts), to see whom a moved post meets
        applies = {g.graduate_id: set(g.job_ids) for g in audience(theme, set(theme.positions))}
        for source in numbers:
            for employer in list(fairs[source].employers):
                fair = fairs[source]
                posts = _posts_of(fair, employer)
                if (not posts or any(p.graduates for p in posts)
                        or len(fair.positions) - len(posts) < limits.min_positions):
                    continue
                ids = {p.job_id for p in posts}
                best, met = None, 0
                for target in numbers:
                    other = fairs[target]
                    if (target == source or len(other.employers) >= limits.max_employers
                            or len(other.positions) + len(posts) > limits.max_positions):
                        continue
                    reached = sum(any(j in applies.get(g.graduate_id, ()) for g in other.graduates) for j in ids)
                    if reached > met:
                        best, met = target, reached
                if best is None:
                    continue
                moves.append((employer, fair.title, fairs[best].title, met))
                fairs[source], fairs[best] = _moved(fair, fairs[best], employer, posts, theme, audience)
        swapped = _swap_into_full(fairs, numbers, theme, applies, limits=limits, audience=audience)
        swaps += swapped
        if swapped or any(m[1] in {fairs[n].title for n in numbers} for m in moves):
            _retell_others(fairs, numbers, theme, applies)
    notes = []
    if moves:
        shown = "；".join(f"{e}（{a} → {b}）" for e, a, b, _ in moves[:5]) + (f"等 {len(moves)} 家单位" if len(moves) > 5 else "")
        notes.append(f"{sum(m for *_, m in moves)} 个岗位在按地点所排的招聘会中没有受邀者可报考，其单位移到同主题已邀请其可报考者的一场"
                     f"（不增加邀请）：{shown}")
    if swaps:
        shown = "；".join(f"{e}（{a} → {b}）与{f}（{b} → {d}）对调" for e, a, b, f, d, _ in swaps[:5]) + (
            f"等 {len(swaps)} 对" if len(swaps) > 5 else "")
        notes.append(f"{sum(s[-1] for s in swaps)} 个岗位没有受邀者可报考，其可报考者所在的招聘会已满，与该场一家没有受邀者可报考的单位"
                     f"对调（不增加邀请，没有受邀者因此少了可报考的岗位）：{shown}")
    return tuple(fairs), notes


def _posts_of(fair: Fair, employer: str) -> list[FairPosition]:
    """The posts ``employer`` brings to ``fair`` (a post of no stated employer is its own, as the cut names it)."""
    return [p for p in fair.positions if (p.employer or f"（未注明单位：{p.job_id}）") == employer]


def _moved(source: Fair, target: Fair, employer: str, posts: Sequence[FairPosition], theme: Theme,
           audience: Audience, *, note: str = "") -> tuple[Fair, Fair]:
    """(``source`` without ``employer``, ``target`` with it): the target's guests stay, each now
    listing the moved posts they may apply for (their invitation's own words kept)."""
    guests = _retold(target, {p.job_id for p in target.positions} | {p.job_id for p in posts}, theme, audience)
    counts = {p.job_id: sum(p.job_id in g.job_ids for g in guests) for p in posts}
    note = note or f"；按地点原排入「{source.title}」，该场没有受邀者可报考，移到本场（本场已邀请其可报考者）"
    added = tuple(replace(p, graduates=counts[p.job_id], reason=p.reason + note) for p in posts)
    kept = tuple(p for p in source.positions if p.job_id not in {q.job_id for q in posts})
    source = replace(source, employers=tuple(e for e in source.employers if e != employer), positions=kept,
                     places=tuple(dict.fromkeys(p.location for p in kept if p.location)))
    positions = target.positions + added
    target = replace(target, employers=target.employers + (employer,), positions=positions, graduates=tuple(guests),
                     places=tuple(dict.fromkeys(p.location for p in positions if p.location)))
    return source, target


def _retold(fair: Fair, ids: set[str], theme: Theme, audience: Audience) -> tuple[FairGraduate, ...]:
    """``fair``'s guests, each listing the posts of ``ids`` they may apply for (their invitation's own words kept)."""
    fresh = {g.graduate_id: g for g in audience(theme, ids)}
    before = {g.graduate_id: g.reason for g in audience(theme, {p.job_id for p in fair.positions})}
    # A guest's reason is the audience's line plus what the invitation added (「；另受邀参加…」): keep the latter.
    return tuple(replace(fresh[g.graduate_id], reason=fresh[g.graduate_id].reason + g.reason[len(before[g.graduate_id]):])
                 for g in fair.graduates)


#: The invitation's 「会计专场（之二、之三）也有其可报考的岗位，…」 (``fair_invitations.invite``), told before any move.
_OTHERS = re.compile(r"；[^；]*专场（(之[^）]+)）也有其可报考的岗位，按其推荐名次只邀请参加本场")


def _retell_others(fairs: list[Fair], numbers: Sequence[int], theme: Theme, applies: Mapping[str, set[str]]) -> None:
    """Each guest's 「…（之三）也有其可报考的岗位」 told again from where the posts are now (review: on Henan by
    industry 8 guests were still pointed to the part their one other post had left, or not to the part it joined)."""
    def part(fair: Fair) -> str:
        return fair.title[fair.title.rindex("（") + 1:-1] if fair.title.endswith("）") else fair.title

    for n in numbers:
        guests = []
        for g in fairs[n].graduates:
            if _OTHERS.search(g.reason):
                mine = applies.get(g.graduate_id, set())
                others = [part(fairs[m]) for m in numbers
                          if m != n and any(p.job_id in mine for p in fairs[m].positions)]
                told = f"；{theme.short}专场（{'、'.join(others)}）也有其可报考的岗位，按其推荐名次只邀请参加本场" if others else ""
                g = replace(g, reason=_OTHERS.sub(lambda _: told, g.reason, count=1))
            guests.append(g)
        fairs[n] = replace(fairs[n], graduates=tuple(guests))


def _swap_into_full(fairs: list[Fair], numbers: Sequence[int], theme: Theme, applies: Mapping[str, set[str]], *,
                    limits: FairLimits, audience: Audience) -> list[tuple[str, str, str, str, str, int]]:
    """Each employer still without a guest where it is, its applicants' parts being full (on Henan by
    industry 65 posts: parts of one-post employers fill at ``max_employers``), swapped with an employer of
    such a part none of whose guests may apply for its posts, which goes to the first's own part or to
    another with room. Nothing is given up for it: no guest loses a post they may apply for at their fair,
    no one is invited again, and every part keeps the size limits (a swap keeps each part's employers).
    Of the swaps that do, the one meeting most of the employer's posts, then most of the other's where
    it goes, then the earliest. Returns what moved: (employer, its part, the full part, the employer
    swapped out, where that went, posts of both now met)."""
    done = []
    for source in numbers:
        for employer in list(fairs[source].employers):
            posts = _posts_of(fairs[source], employer)
            if not posts or any(p.graduates for p in posts):
                continue
            best, key = None, None
            for target in numbers:
                met = 0 if target == source else _met(fairs[target], posts, applies)
                if not met:
                    continue
                for other in fairs[target].employers:
                    leaving = _posts_of(fairs[target], other)
                    if other in {d[3] for d in done} or _met(fairs[target], leaving, applies):
                        continue  # moved once already (its reason says from where), or a guest there would lose a post
                    for dest in numbers:
                        if dest != target and _fits(fairs, source, target, dest, len(posts), len(leaving), limits=limits):
                            found = (-met, -_met(fairs[dest], leaving, applies))
                            if key is None or found < key:
                                best, key = (target, other, leaving, dest), found
            if best is None:
                continue
            target, other, leaving, dest = best
            s_title, t_title, d_title = fairs[source].title, fairs[target].title, fairs[dest].title
            fairs[source], fairs[target] = _moved(fairs[source], fairs[target], employer, posts, theme, audience,
                                                  note=f"；按地点原排入「{s_title}」，该场没有受邀者可报考；本场单位已满，"
                                                       f"与「{other}」对调到本场（本场已邀请其可报考者）")
            fairs[target], fairs[dest] = _moved(fairs[target], fairs[dest], other, leaving, theme, audience,
                                                note=f"；按地点原排入「{t_title}」，该场没有受邀者可报考，"
                                                     f"与「{employer}」对调到本场，让出位置")
            done.append((employer, s_title, t_title, other, d_title, -key[0] - key[1]))
    return done


def _met(fair: Fair, posts: Sequence[FairPosition], applies: Mapping[str, set[str]]) -> int:
    """How many of ``posts`` a guest of ``fair`` may apply for."""
    return sum(any(p.job_id in applies.get(g.graduate_id, ()) for g in fair.graduates) for p in posts)


def _fits(fairs: Sequence[Fair], source: int, target: int, dest: int, coming: int, leaving: int, *,
          limits: FairLimits) -> bool:
    """Whether each part keeps the size limits when an employer of ``coming`` posts goes from ``source``
    to ``target`` and one of ``leaving`` posts from ``target`` to ``dest`` (which may be ``source``)."""
    parts = {n: [len(fairs[n].employers), len(fairs[n].positions)] for n in (source, target, dest)}
    for n, employers, positions in ((source, -1, -coming), (target, 0, coming - leaving), (dest, 1, leaving)):
        parts[n][0] += employers
        parts[n][1] += positions
    return all(e <= limits.max_employers and limits.min_positions <= p <= limits.max_positions for e, p in parts.values())
