"""Whom each part of a fair theme invites (``matching.fairs``): each graduate once, at the part
holding the post they rank best; at most ``FairLimits.max_graduates`` a part, a graduate over it
going to their next part or listed as not invited; a second invitation only where a post would
have no one to meet or a part too few graduates, said so in the graduate's reason; and, over the
whole plan, no more fairs for one graduate than ``matching.fair_caps.GraduateCap`` keeps for them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Set
from dataclasses import replace

from matching.fair_bare_counts import FULL, BareCounts
from matching.fair_caps import GraduateCap, part_id
from matching.fair_limits import FairLimits
from matching.fair_parts import chinese_number
from matching.fair_records import Fair, FairGraduate, UninvitedGraduate, UninvitedKind
from matching.fair_themes import Theme


def invite(theme: Theme, parts: list[tuple[list, list[FairGraduate]]], *, limits: FairLimits,
           ranks: Mapping[str, Mapping[str, int]], graduate_cap: GraduateCap | None = None,
           ) -> tuple[list[list[FairGraduate]], list[UninvitedGraduate]]:
    """Whom each part of ``theme`` invites, out of the graduates who may apply there: each
    graduate once, at the part holding the post they rank best (a graduate of posts in three
    parts is not asked to three fairs), at most ``max_graduates`` a part, those who rank the
    theme's posts best choosing first and one whose part is full going to their next part.
    Then, still within the cap, a post none of its part's guests may apply for gets its best
    applicant, and a part short of ``min_graduates`` its best remaining ones, as second
    invitations said so (「已受邀参加…（之一），另邀请参加本场」): an employer comes for someone.
    Parts are named as their fairs are titled (「会计专场（之二）」), so the reader finds them. Whom no part had room
    for is returned with them (``UninvitedGraduate``, by graduate id). ``ranks``: graduate → job id → the
    rank of their suggestion. Deterministic: orders end on the graduate id.

    ``graduate_cap``: the fairs each graduate may be asked to over the whole plan. A graduate it
    turns away from a part goes to their next part, or is listed with that reason; a post's second
    invitation goes to its best applicant with room; a part short of ``min_graduates`` takes its
    best remaining graduates with room. No one is invited over the cap: a part still short of
    ``min_graduates`` is returned short, and ``matching.fair_fill.hold_fillable`` holds fewer parts
    (before, such a part re-invited graduates at the cap: Henan by major had one graduate at 9 fairs)."""
    uninvited: list[UninvitedGraduate] = []
    cap, names = limits.max_graduates, [f"之{chinese_number(n)}" for n in range(1, len(parts) + 1)]
    entries = [{g.graduate_id: g for g in graduates} for _, graduates in parts]
    keys = [part_id(theme.theme, [e for e, _ in part]) for part, _ in parts]  # as the cap knows them
    refused: dict[str, list[int]] = defaultdict(list)  # graduate → parts the plan-wide cap kept them from

    def may(graduate_id: str, number: int) -> bool:
        if graduate_cap is None or graduate_cap.may(graduate_id, keys[number]):
            return True
        graduate_cap.refuse(graduate_id, keys[number])
        refused[graduate_id].append(number)
        return False

    def take(graduate_id: str, number: int, why: str) -> None:
        invited[number][graduate_id] = why
        if graduate_cap is not None:
            graduate_cap.take(graduate_id, keys[number])

    def called(numbers) -> str:
        """Parts as their fairs are titled, 「会计专场（之一、之三）」, so an organiser finds them."""
        return f"{theme.short}专场（{'、'.join(names[n] for n in numbers)}）"

    def best(graduate_id: str, number: int) -> int:
        return min(ranks[graduate_id][j] for j in entries[number][graduate_id].job_ids)

    options: dict[str, list[int]] = defaultdict(list)  # graduate → parts they may attend, best first
    for number, entry in enumerate(entries):
        for graduate_id in entry:
            options[graduate_id].append(number)
    for graduate_id, found in options.items():
        found.sort(key=lambda n: (best(graduate_id, n), -len(entries[n][graduate_id].job_ids), n))
    invited: list[dict[str, str]] = [{} for _ in parts]  # part → graduate → what to add to their reason
    home: dict[str, int] = {}
    for graduate_id in sorted(options, key=lambda g: (best(g, options[g][0]), -sum(
            len(entries[n][g].job_ids) for n in options[g]), g)):
        if (number := next((n for n in options[graduate_id] if len(invited[n]) < cap and may(graduate_id, n)),
                           None)) is not None:
            home[graduate_id] = number
            take(graduate_id, number, "")

    def second(number: int, candidates, why) -> bool:
        """Invite to part ``number`` too the first of ``candidates`` the plan-wide cap leaves room
        for, if the part has room; ``why(graduate)``."""
        chosen = next((g for g in candidates if may(g, number)), None) if len(invited[number]) < cap else None
        if chosen is None:
            return False
        take(chosen, number, f"；{why(chosen)}；已受邀参加{called([home[chosen]])}，另邀请参加本场")
        return True

    for number, (part, graduates) in enumerate(parts):
        if len(parts) == 1:
            break
        for _, ids in part:
            for job_id in ids:
                if not any(job_id in entries[number][g].job_ids for g in invited[number]):
                    second(number, sorted((g.graduate_id for g in graduates if job_id in g.job_ids
                                           and g.graduate_id not in invited[number] and g.graduate_id in home),
                                          key=lambda g: (ranks[g][job_id], g)),
                           lambda g, j=job_id: f"本场岗位 {j} 在其推荐中排第 {ranks[g][j]} 位，无其他受邀者可报考")
        while len(invited[number]) < limits.min_graduates and second(
                number, sorted((g.graduate_id for g in graduates if g.graduate_id not in invited[number]
                                and g.graduate_id in home), key=lambda g: (best(g, number), g)),
                lambda g: f"本场须有至少 {limits.min_graduates} 位毕业生，本场岗位在其推荐中最高排第 {best(g, number)} 位"):
            pass
    for graduate_id, number in home.items():
        found = options[graduate_id]
        if number != found[0]:
            passed = found[:found.index(number)]
            capped = [n for n in passed if n in refused[graduate_id]]
            full = [n for n in passed if n not in capped]
            invited[number][graduate_id] = "".join((
                f"；{called(full)}有其推荐名次更靠前的岗位，但已满 {cap} 人" if full else "",
                f"；{called(capped)}有其推荐名次更靠前的岗位，但其{graduate_cap.why(graduate_id)}" if capped else "",
                "，改邀请参加本场"))
            if also := [n for n in sorted(found) if n != number and graduate_id in invited[n]]:
                invited[number][graduate_id] += f"；另受邀参加{called(also)}"
        elif also := [n for n in sorted(found) if n != number and graduate_id in invited[n]]:
            invited[number][graduate_id] = f"；另受邀参加{called(also)}"
        elif others := [n for n in sorted(found) if n != number]:
            invited[number][graduate_id] = f"；{called(others)}也有其可报考的岗位，按其推荐名次只邀请参加本场"

    for graduate_id in sorted(g for g in options if not any(g in guests for guests in invited)):
        first = options[graduate_id][0]
        found = sorted(options[graduate_id])
        fairs = f"{theme.short}专场" if len(parts) == 1 else called(found)
        where = "该场" if len(found) == 1 else f"这 {len(found)} 场均"
        why = (f"但{graduate_cap.why(graduate_id)}" if refused[graduate_id] else
               f"但{where}已满 {cap} 人（每场毕业生上限，推荐名次靠前者优先）")
        uninvited.append(UninvitedGraduate(graduate_id, theme.theme, (
            f"可报考{fairs}的岗位（在其推荐中最高排第 {best(graduate_id, first)} 位），{why}"),
            UninvitedKind.GRADUATE_CAP if refused[graduate_id] else UninvitedKind.FAIRS_FULL))
    out = []
    for number, (_, graduates) in enumerate(parts):
        out.append([replace(g, reason=g.reason + invited[number][g.graduate_id])
                    for g in graduates if g.graduate_id in invited[number]])
    return out, uninvited


def full_notes(fairs: tuple[Fair, ...], *, limits: FairLimits, explained: Set[tuple[str, str]] = frozenset(),
               counts: BareCounts | None = None) -> tuple[tuple[Fair, ...], list[str]]:
    """(``fairs`` with each post of a full fair that no guest may apply for saying so, the plan's
    note on them). ``invite`` fills a part with the graduates who rank its posts best, and a post
    whose applicants come later meets no one once the part holds ``max_graduates``: it stays in the
    fair (the employer came for its other posts) and the organiser may invite someone by hand.
    ``explained``: (fair key, job id) of posts already said to be left bare by the plan-wide cap
    (``matching.fair_caps.cap_left``). Without this, gkld by industry had 44 posts with no guest
    and a note naming 38. ``counts``: what became of each graduate suggested a post, so that its
    reason says 「本场已满」 of all of them only when it holds for each (``BareCounts.told``)."""
    full = FULL.format(cap=limits.max_graduates)
    bare: list[str] = []

    def shown(n: int, fair: Fair, position):
        if position.graduates or len(fair.graduates) < limits.max_graduates or (fair.key, position.job_id) in explained:
            return position
        bare.append(position.job_id)
        return replace(position, reason=position.reason + (
            counts.told(fair, n, position.job_id, "full") if counts is not None else full))

    fairs = tuple(replace(f, positions=tuple(shown(n, f, p) for p in f.positions)) for n, f in enumerate(fairs))
    if not bare:
        return fairs, []
    return fairs, [f"{len(bare)} 个岗位所在的招聘会已满 {limits.max_graduates} 人，在所在招聘会中没有受邀者可报考，仍列入"
                   f"（单位为其他岗位参加，组织者可另行邀请）：{'、'.join(bare[:10])}{'等' if len(bare) > 10 else ''}"]
