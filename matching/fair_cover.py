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
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from matching.fair_bare_counts import Audience, BareCounts
from matching.fair_cuts import area
from matching.fair_limits import FairLimits
from matching.fair_parts import km_to_cities
from matching.fair_records import Fair, FairGraduate, FairPosition, UninvitedGraduate
from matching.fair_themes import Theme


def cover_bare(fairs: Sequence[Fair], themes: Mapping[str, Theme], *, limits: FairLimits,
               audience: Audience) -> tuple[tuple[Fair, ...], list[str]]:
    """(``fairs`` with each employer whose posts have no guest moved to the part of its theme whose
    guests may apply for most of them, the note naming the moves). ``themes``: theme name → ``Theme``.
    Deterministic: fairs in plan order, employers in each fair's order, ties to the part nearest the
    employer's city, then the earlier.
    Each fair's ``places`` stay those of the employers the cut put there, the places of employers
    moved in listed apart (``Fair.moved_places``)."""
    fairs = list(fairs)
    by_theme: dict[str, list[int]] = {}
    for n, fair in enumerate(fairs):
        by_theme.setdefault(fair.theme, []).append(n)
    home = {(fair.theme, employer): n for n, fair in enumerate(fairs) for employer in fair.employers}
    moves: list[tuple[str, str, str, int]] = []  # (employer, from title, to title, posts now met)
    swaps: list[tuple[str, str, str, str, str, int]] = []  # (employer in, its part, full part, employer out, its new part, met)
    for name, numbers in by_theme.items():
        if len(numbers) < 2 or name not in themes:
            continue
        theme = themes[name]
        # graduate → the theme's posts they may apply for (all parts), to see whom a moved post meets
        applies = {g.graduate_id: set(g.job_ids) for g in audience(theme, set(theme.positions))}
        swapped_out: set[str] = set()
        changed = False
        # Until nothing moves: a swap leaves the swapped-in employer's own part one employer short, room a
        # later move may use (Henan by industry: 新密市林业局 could join 农业农村专场（之六） only after a swap).
        # Each step meets a post of an employer none of whose posts had a guest and takes no guest from
        # any, so such employers only get fewer and the loop ends.
        while True:
            moved = _move_into_room(fairs, numbers, theme, applies, home, limits=limits, audience=audience)
            swapped = _swap_into_full(fairs, numbers, theme, applies, home, swapped_out, limits=limits, audience=audience)
            moves += moved
            swaps += swapped
            if not moved and not swapped:
                break
            changed = True
        if changed:
            _retell_others(fairs, numbers, theme, applies)
    fairs = [_placed(fair, n, home) for n, fair in enumerate(fairs)]
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
    if moved_in := sum(bool(f.moved_places) for f in fairs):
        notes.append(f"{moved_in} 场招聘会有从同主题其他场移入的单位：「地点」只列按地点排入本场的单位所在地，"
                     f"移入单位的所在地另列为「移入单位所在地」")
    return tuple(fairs), notes


def _move_into_room(fairs: list[Fair], numbers: Sequence[int], theme: Theme, applies: Mapping[str, set[str]],
                    home: Mapping[tuple[str, str], int], *, limits: FairLimits,
                    audience: Audience) -> list[tuple[str, str, str, int]]:
    """Each employer none of whose posts has a guest where it is moved to the part with room whose guests
    may apply for most of its posts, of those the nearest its city (``_km``), then the earliest (its own part
    keeping ``min_positions``). Returns what moved."""
    moves = []
    for source in numbers:
        for employer in list(fairs[source].employers):
            fair = fairs[source]
            posts = _posts_of(fair, employer)
            if (not posts or any(p.graduates for p in posts)
                    or len(fair.positions) - len(posts) < limits.min_positions):
                continue
            ids = {p.job_id for p in posts}
            best, key = None, None
            for target in numbers:
                other = fairs[target]
                if (target == source or len(other.employers) >= limits.max_employers
                        or len(other.positions) + len(posts) > limits.max_positions):
                    continue
                reached = sum(any(j in applies.get(g.graduate_id, ()) for g in other.graduates) for j in ids)
                found = (-reached, _km(other, posts))  # most posts met, then the nearest part
                if reached and (key is None or found < key):
                    best, key = target, found
            if best is None:
                continue
            met = -key[0]
            # An employer swapped out earlier was not placed here by place: say where it had gone.
            came = "按地点原排入" if home.get((fair.theme, employer)) == source else "对调到"
            moves.append((employer, fair.title, fairs[best].title, met))
            fairs[source], fairs[best] = _moved(fair, fairs[best], employer, posts, theme, audience,
                                                note=f"；{came}「{fair.title}」，该场没有受邀者可报考，移到本场{_MET}")
    return moves


def _placed(fair: Fair, number: int, home: Mapping[tuple[str, str], int]) -> Fair:
    """``fair`` with ``places`` those of the posts of employers the cut put there and ``moved_places``
    the others' (review: moved employers' places were appended, so 党政机关专场（之一）, cut for 三门峡 信阳
    南阳, read as held for 林州 兰考 邓州 too)."""
    own = [p.location for p in fair.positions if home.get((fair.theme, _employer(p))) == number]
    places = tuple(dict.fromkeys(place for place in own if place))
    moved = [p.location for p in fair.positions if home.get((fair.theme, _employer(p))) != number]
    return replace(fair, places=places, moved_places=tuple(dict.fromkeys(
        place for place in moved if place and place not in places)))


def _employer(post: FairPosition) -> str:
    """The employer a post is cut with (a post of no stated employer is its own)."""
    return post.employer or f"（未注明单位：{post.job_id}）"


def _posts_of(fair: Fair, employer: str) -> list[FairPosition]:
    """The posts ``employer`` brings to ``fair`` (a post of no stated employer is its own, as the cut names it)."""
    return [p for p in fair.positions if _employer(p) == employer]


def _moved(source: Fair, target: Fair, employer: str, posts: Sequence[FairPosition], theme: Theme,
           audience: Audience, *, note: str) -> tuple[Fair, Fair]:
    """(``source`` without ``employer``, ``target`` with it): the target's guests stay, each now
    listing the moved posts they may apply for (their invitation's own words kept)."""
    guests = _retold(target, {p.job_id for p in target.positions} | {p.job_id for p in posts}, theme, audience)
    counts = {p.job_id: sum(p.job_id in g.job_ids for g in guests) for p in posts}
    # A moved employer's post no guest here may apply for is not said to be met (review: gkld by industry
    # 13540227 read 「移到本场（本场已邀请其可报考者）」 with no guest; its employer came for its other post).
    unmet = note.replace(_MET, "（本场已邀请本单位其他岗位的可报考者，此岗位本场没有受邀者可报考）")
    added = tuple(replace(p, graduates=counts[p.job_id], reason=p.reason + (note if counts[p.job_id] else unmet))
                  for p in posts)
    kept = tuple(p for p in source.positions if p.job_id not in {q.job_id for q in posts})
    # places are set once every move is made (``_placed``)
    source = replace(source, employers=tuple(e for e in source.employers if e != employer), positions=kept)
    target = replace(target, employers=target.employers + (employer,), positions=target.positions + added,
                     graduates=tuple(guests))
    return source, target


def _retold(fair: Fair, ids: set[str], theme: Theme, audience: Audience) -> tuple[FairGraduate, ...]:
    """``fair``'s guests, each listing the posts of ``ids`` they may apply for (their invitation's own words kept)."""
    fresh = {g.graduate_id: g for g in audience(theme, ids)}
    before = {g.graduate_id: g.reason for g in audience(theme, {p.job_id for p in fair.positions})}
    # A guest's reason is the audience's line plus what the invitation added (「；另受邀参加…」): keep the latter.
    return tuple(replace(fresh[g.graduate_id], reason=fresh[g.graduate_id].reason + g.reason[len(before[g.graduate_id]):])
                 for g in fair.graduates)


#: What a moved post's note says of the part it joins (``_move_into_room``, ``_swap_into_full``).
_MET = "（本场已邀请其可报考者）"


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


def _swap_into_full(fairs: list[Fair], numbers: Sequence[int], theme: Theme, applies: Mapping[str, set[str]],
                    home: Mapping[tuple[str, str], int], swapped_out: set[str], *, limits: FairLimits,
                    audience: Audience) -> list[tuple[str, str, str, str, str, int]]:
    """Each employer still without a guest where it is, its applicants' parts being full (on Henan by
    industry 65 posts: parts of one-post employers fill at ``max_employers``), swapped with an employer of
    such a part none of whose guests may apply for its posts, which goes to the first's own part or to
    another with room. Nothing is given up for it: no guest loses a post they may apply for at their fair,
    no one is invited again, and every part keeps the size limits (a swap keeps each part's employers).
    Of the swaps that do, the one meeting most of the employer's posts, then most of the other's where
    it goes, then the nearest (both employers' ``_km``), then the earliest. ``swapped_out``: employers
    swapped out of a part before (not again), added to. Returns what moved: (employer, its part, the full part, the employer swapped out, where
    that went, posts of both now met)."""
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
                    if other in swapped_out or _met(fairs[target], leaving, applies):
                        continue  # moved once already (its reason says from where), or a guest there would lose a post
                    for dest in numbers:
                        if dest != target and _fits(fairs, source, target, dest, len(posts), len(leaving), limits=limits):
                            found = (-met, -_met(fairs[dest], leaving, applies),
                                     _km(fairs[target], posts, leaving) + _km(fairs[dest], leaving, posts))
                            if key is None or found < key:
                                best, key = (target, other, leaving, dest), found
            if best is None:
                continue
            target, other, leaving, dest = best
            s_title, t_title, d_title = fairs[source].title, fairs[target].title, fairs[dest].title
            came = "按地点原排入" if home.get((theme.theme, employer)) == source else "对调到"
            fairs[source], fairs[target] = _moved(fairs[source], fairs[target], employer, posts, theme, audience,
                                                  note=f"；{came}「{s_title}」，该场没有受邀者可报考；本场单位已满，"
                                                       f"与「{other}」对调到本场{_MET}")
            fairs[target], fairs[dest] = _moved(fairs[target], fairs[dest], other, leaving, theme, audience,
                                                note=f"；按地点原排入「{t_title}」，该场没有受邀者可报考，"
                                                     f"与「{employer}」对调到本场，让出位置")
            swapped_out.add(other)
            done.append((employer, s_title, t_title, other, d_title, -key[0] - key[1]))
    return done


def _km(fair: Fair, posts: Sequence[FairPosition], leaving: Sequence[FairPosition] = ()) -> int:
    """How far ``posts`` (one employer's) would be from the cities of ``fair`` once ``leaving`` has gone: the
    farthest km between a city of theirs and one of the fair's (``fair_parts.km_to_cities``), rounded so that
    parts as near break ties as before (by posts met alone, the earliest part won: a 濮阳 employer could join a
    信阳 part while a 安阳 one met it as well)."""
    gone = {p.job_id for p in (*posts, *leaving)}
    cities = [area(p.location) for p in fair.positions if p.job_id not in gone and p.location]
    return max((round(km_to_cities(area(p.location), cities)) for p in posts if p.location), default=0)


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


def why_left(fairs: Sequence[Fair], themes: Mapping[str, Theme], *, limits: FairLimits, audience: Audience,
             uninvited: Sequence[UninvitedGraduate] = (), suggested: Mapping[str, int] | None = None,
             explained: Set[tuple[str, str]] = frozenset(), counts: BareCounts | None = None,
             ) -> tuple[tuple[Fair, ...], list[str]]:
    """(``fairs`` with each post still without a guest saying why its employer did not move to where its
    applicants are, the note counting them by reason). Run after ``cover_bare`` and the cap's and full
    fairs' reasons, which say why no guest here may apply; this says why no move met them (review: on
    Henan by industry 52 posts read only 「可报考的毕业生都已受邀满 4 场」, though 49 had an applicant
    invited to another part of their theme). Each fair holding an applicant is named, up to
    ``NAMED`` then 「等 N 场」, with why the employer did not go there (before, only the first was), after
    the count of who of its applicants went where (``BareCounts.told``) unless the cap's or the full
    fair's reason already gives it.
    A post none of whose applicants is a guest of its theme,
    neither in a full fair nor among ``explained`` (fair key, job id: the cap's ``cap_left``), says why
    each was not invited (``BareCounts.absent``): ``uninvited`` the plan's 未受邀 rows, ``suggested`` job id →
    the graduates it was suggested to (default: its applicants in the theme); ``counts`` (default: made
    from these) what became of each."""
    if counts is None:
        counts = BareCounts.of(fairs, themes, limits=limits, audience=audience, uninvited=uninvited, suggested=suggested)
    by_theme: dict[str, list[int]] = {}
    for n, fair in enumerate(fairs):
        by_theme.setdefault(fair.theme, []).append(n)
    tally = {"full": 0, "employer": 0, "absent": 0, "told": 0}  # told: absent ones ``BareCounts.absent`` explains
    shown = []
    for n, fair in enumerate(fairs):
        if all(p.graduates for p in fair.positions):
            shown.append(fair)
            continue
        positions = []
        for p in fair.positions:
            if not p.graduates:
                mine = counts.mine(fair, p.job_id)
                where = [fairs[m] for m in by_theme[fair.theme]
                         if m != n and any(g.graduate_id in mine for g in fairs[m].graduates)]
                # The cap's or the full fair's reason may already say who of its applicants went where
                # (``fair_caps``, ``full_notes``); else this one does, counted (``BareCounts``).
                counted = (fair.key, p.job_id) in explained or len(fair.graduates) >= limits.max_graduates
                if not where:
                    tally["absent"] += 1
                    # A post moved or swapped out of the full part its applicants were turned away from sits
                    # in a fair with room, which says nothing of them (gkld by industry 13532102, 13540225).
                    said = "" if counted else counts.absent(fair, n, p.job_id)
                    tally["told"] += bool(said)
                    p = replace(p, reason=p.reason + said)
                    positions.append(p)
                    continue
                # Applicants who are guests of another part are counted before why the employer did not follow
                # them, as for a post whose applicants the cap kept: the organiser sees who went where, not only
                # which fair (sample tight run XJ202600339).
                said = "" if counted else counts.told(fair, n, p.job_id, "left")
                if any(q.graduates for q in _posts_of(fair, _employer(p))):
                    tally["employer"] += 1
                    said += f"；其可报考者在{_named(where)}，但本单位另有岗位在本场有受邀者，一家单位只排一场，未移走"
                else:
                    tally["full"] += 1
                    said += "；" + _why_not_moved(where, fair, len(_posts_of(fair, _employer(p))), limits=limits)
                p = replace(p, reason=p.reason + said)
            positions.append(p)
        shown.append(replace(fair, positions=tuple(positions)))
    left = tally["full"] + tally["employer"] + tally["absent"]
    if not tally["full"] and not tally["employer"] and not tally["told"]:  # the cap's and full fairs' notes say it all
        return tuple(shown), []
    parts = [f"{tally['full']} 个其可报考者所在的招聘会容不下其单位（已满且没有可对调的单位，或本场将少于最少岗位数）" if tally["full"] else "",
             f"{tally['employer']} 个其单位另有岗位在本场有受邀者（一家单位只排一场）" if tally["employer"] else "",
             f"{tally['absent']} 个本主题的招聘会都没有邀请其可报考者" if tally["absent"] else ""]
    return tuple(shown), [f"{left} 个岗位仍没有受邀者可报考：{'，'.join(x for x in parts if x)}（各岗位理由中注明）"]


#: How many of the fairs holding a post's applicants its reason names, the rest counted (「等 5 场」).
NAMED = 3


def _named(where: Sequence[Fair]) -> str:
    """「「A」、「B」、「C」等 5 场」: the first ``NAMED`` fairs by title, the rest counted."""
    shown = "、".join(f"「{f.title}」" for f in where[:NAMED])
    return shown + (f"等 {len(where)} 场" if len(where) > NAMED else "")


def _why_not_moved(where: Sequence[Fair], source: Fair, coming: int, *, limits: FairLimits) -> str:
    """Why an employer of ``coming`` posts with no guest in ``source`` went to none of ``where``, the fairs
    whose guests include applicants of its posts: one fair as before (「其可报考者在「A」，该场已有 10 家单位，…」);
    several with the one why they share (「…在「A」、「B」，各场均已有 10 家单位，…」), or each named fair's own."""
    whys = [_why_not_in(target, source, coming, limits=limits) for target in where]
    if len(where) == 1:
        return f"其可报考者在「{where[0].title}」，{'' if _room(whys[0]) else '该场'}{whys[0]}"
    if len(set(whys)) == 1:
        return f"其可报考者在{_named(where)}，{'各场均有空位，但' if _room(whys[0]) else '各场均'}{whys[0]}"
    if len(set(whys[:NAMED])) == 1:  # the named share one why, the unnamed differ: name them once, not twice
        return f"其可报考者在{_named(where)}，这 {NAMED} 场{'均有空位，但' if _room(whys[0]) else '均'}{whys[0]}"
    groups: dict[str, list[str]] = {}
    for target, why in zip(where[:NAMED], whys[:NAMED]):
        groups.setdefault(why, []).append(f"「{target.title}」")
    return f"其可报考者在{_named(where)}：" + "；".join(
        f"{'、'.join(titles)}{'有空位，但' if _room(why) else ''}{why}" for why, titles in groups.items())


def _room(why: str) -> bool:
    """Whether ``why`` (``_why_not_in``) is that the target had room and the source would fall short."""
    return why.startswith("移走后")


def _why_not_in(target: Fair, source: Fair, coming: int, *, limits: FairLimits) -> str:
    """Why an employer of ``coming`` posts with no guest in ``source`` could not move to ``target``, where
    applicants of its posts are guests, nor be swapped in: short, for the post's reason, its subject
    (「该场」, 「各场均」) the caller's."""
    if len(target.employers) < limits.max_employers and len(target.positions) + coming <= limits.max_positions:
        return f"移走后本场将少于 {limits.min_positions} 个岗位，未移走"
    full = (f"已有 {limits.max_employers} 家单位" if len(target.employers) >= limits.max_employers
            else f"移入后将超过 {limits.max_positions} 个岗位")
    met = _guests_may(target)
    free = [e for e in target.employers if not any(p.job_id in met for p in _posts_of(target, e))]
    return full + ("，其可对调的单位已对调过或对调后岗位数不合每场限制" if free else "，且各单位都有受邀者可报考，不能对调")


def _guests_may(fair: Fair) -> set[str]:
    """The posts of ``fair`` some guest of it may apply for."""
    return {p.job_id for p in fair.positions if p.graduates}
