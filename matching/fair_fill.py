"""How many parts of a split theme its graduates can fill (``matching.fairs``). Each part must
have ``FairLimits.min_graduates`` guests and no graduate goes to more than
``max_fairs_per_graduate`` fairs, so a theme of few graduates and many posts cannot be held as many
parts: Henan by major's 文学 (86 posts, 7 graduates) ran as 9 sessions of exactly 5, one graduate
asked to all 9, each part reaching its minimum by inviting the same people again. A theme holds at
most graduates × cap ÷ min_graduates parts, those whose posts most of its graduates may apply for
(the priority that keeps an employer's posts, ``fair_planner.Planner._split``), and fewer while a part cannot
reach its minimum within the cap; the posts of the others are listed as not placed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matching.fair_caps import GraduateCap
from matching.fair_invitations import invite
from matching.fair_limits import FairLimits
from matching.fair_records import DroppedTheme, FairGraduate, UninvitedGraduate, UninvitedKind, UnplacedKind
from matching.fair_themes import Theme

#: A part as ``fair_planner.Planner._split`` invites it: (employers with their job ids, the graduates who may apply).
Part = tuple[list[tuple[str, list[str]]], list[FairGraduate]]


def fillable(graduates: int, limits: FairLimits) -> int:
    """Parts ``graduates`` can fill at ``min_graduates`` each, no one at more than
    ``max_fairs_per_graduate`` (at least one: a theme held whole was already checked for its minimum)."""
    return max(1, graduates * limits.max_fairs_per_graduate // limits.min_graduates)


def hold_fillable(theme: Theme, parts: Sequence[Part], *, graduates: int, demand: Mapping[str, int],
                  limits: FairLimits, ranks: Mapping[str, Mapping[str, int]], graduate_cap: GraduateCap | None,
                  ) -> tuple[list[int], list[list[FairGraduate]], list[UninvitedGraduate]]:
    """(Indices of ``parts`` held, in their order; their guests; those no held part invites).
    At most ``fillable(graduates)`` parts, ranked by how many graduate–post pairs they hold
    (``demand``: job id → the theme's graduates who may apply for it), then place order; then,
    while a held part cannot reach ``min_graduates`` within the cap, the lowest-ranked such part is
    let go and the rest invited again (``graduate_cap`` restored first, so that the attempt's
    invitations and refusals are not kept). No part is held short and no one is invited over the cap."""
    weight = [sum(demand.get(j, 0) for _, ids in part for j in ids) for part, _ in parts]
    order = sorted(range(len(parts)), key=lambda n: (-weight[n], n))
    kept = sorted(order[:fillable(graduates, limits)])
    while kept:
        state = graduate_cap.snapshot() if graduate_cap is not None else None
        invited, uninvited = invite(theme, [parts[n] for n in kept], limits=limits, ranks=ranks,
                                    graduate_cap=graduate_cap)
        short = [n for n, guests in zip(kept, invited) if len(guests) < limits.min_graduates]
        if not short:
            return kept, invited, uninvited
        if graduate_cap is not None:
            graduate_cap.restore(state)
        kept.remove(max(short, key=order.index))
    return [], [], not_held(theme, parts, limits=limits, ranks=ranks)


def not_held(theme: Theme, parts: Sequence[Part], *, limits: FairLimits, ranks: Mapping[str, Mapping[str, int]],
             ) -> list[UninvitedGraduate]:
    """A 未受邀 row for each graduate of ``theme`` when ``hold_fillable`` let every part go: before, they were in
    no list of the theme's, and an organiser reading 「未受邀毕业生」 did not learn the theme was open to them."""
    best = best_ranks(parts, ranks)
    cap = limits.max_fairs_per_graduate
    why = (f"但本主题的招聘会均未举办：各场可参会的毕业生多已在其他招聘会受邀满 {cap} 场（每位毕业生最多受邀 {cap} 场），"
           f"凑不足每场至少 {limits.min_graduates} 人（岗位见「未列入岗位」）")
    return [UninvitedGraduate(g, theme.theme, f"可报考「{theme.theme}」的岗位（在其推荐中最高排第 {best[g]} 位），{why}",
                              UninvitedKind.THEME_NOT_HELD) for g in sorted(best)]


def best_ranks(parts: Sequence[Part], ranks: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """Graduate → the best rank of a post of ``parts`` they may apply for (``ranks``: graduate → job id → rank)."""
    best: dict[str, int] = {}
    for _, graduates in parts:
        for g in graduates:
            rank = min(ranks[g.graduate_id][j] for j in g.job_ids)
            best[g.graduate_id] = min(rank, best.get(g.graduate_id, rank))
    return best


def unfilled_reason(graduates: int, held: int, limits: FairLimits, *, bound: bool) -> str:
    """Why a post of a part let go by ``hold_fillable`` is in no fair. ``bound``: the theme's
    graduates could fill no more parts (``fillable``); else the part's own applicants were at the cap
    through other fairs (gkld by industry: 金融's 28 graduates, one part short of 5 with room)."""
    cap = f"每位毕业生最多受邀 {limits.max_fairs_per_graduate} 场"
    if bound:
        return (f"本主题可参会的毕业生仅 {graduates} 人，已排满 {held} 场（{cap}、每场至少 {limits.min_graduates} 人），"
                f"本岗位所在的一场未举办（按可报考人数保留岗位较多的场次）")
    return (f"本场可参会的毕业生多已在其他招聘会受邀满 {limits.max_fairs_per_graduate} 场（{cap}），"
            f"凑不足每场至少 {limits.min_graduates} 人，本岗位所在的一场未举办")


def unfilled(theme: Theme, parts: Sequence[Part], held: Sequence[int], part_names: Mapping[int, int | str], *,
             graduates: int, split: bool, limits: FairLimits,
             ) -> tuple[list[DroppedTheme], list[tuple[str, tuple[str, UnplacedKind, str]]], list[str], dict[int, int | str]]:
    """(The parts of ``parts`` not ``held`` as dropped themes; each of their posts with its theme, kind
    and reason, for the planner's list of posts in no fair; the notes for the organiser; ``part_names``
    renumbered). ``part_names``: packed index → number among ``parts`` (1-based) or the label a part too
    small was dropped under; a part let go is labelled 「第 N 部分」 by its packed number, as those are."""
    packed = {n - 1: i + 1 for i, n in part_names.items() if isinstance(n, int)}  # part index → packed number
    let_go = {packed[n]: sorted(j for _, ids in part for j in ids) for n, (part, _) in enumerate(parts) if n not in held}
    renamed = {i: (held.index(n - 1) + 1 if n - 1 in held else "未举办") if isinstance(n, int) else n
               for i, n in part_names.items()}
    if not let_go:
        return [], [], [], renamed
    bound = len(parts) > fillable(graduates, limits)  # more parts than the theme's graduates could fill
    reason = unfilled_reason(graduates, len(held), limits, bound=bound)
    dropped, lost = [], []
    for number, ids in sorted(let_go.items()):
        label = f"{theme.theme}（第 {number} 部分）" if split else theme.theme
        dropped.append(DroppedTheme(label, len(ids), graduates, reason))
        lost += [(j, (f"{label}（按地点分场）" if split else label, UnplacedKind.GRADUATES_FULL, reason)) for j in ids]
    posts = sorted(j for ids in let_go.values() for j in ids)
    ids = f"{'、'.join(posts[:10])}{'等' if len(posts) > 10 else ''}"
    if bound:
        note = (f"{theme.theme}：可参会的毕业生仅 {graduates} 人，每位毕业生最多受邀 {limits.max_fairs_per_graduate} 场、"
                f"每场至少 {limits.min_graduates} 人，只办 {len(held)} 场，另 {len(let_go)} 场的 {len(posts)} 个岗位未列入"
                f"（按可报考人数保留岗位较多的场次，见「未列入岗位」）：{ids}")
    else:
        note = (f"{theme.theme}：{len(let_go)} 场（{len(posts)} 个岗位）可参会的毕业生多已在其他招聘会受邀满 "
                f"{limits.max_fairs_per_graduate} 场，凑不足每场至少 {limits.min_graduates} 人，未举办，岗位未列入"
                f"（见「未列入岗位」）：{ids}")
    return dropped, lost, [note], renamed
