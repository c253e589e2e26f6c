"""More sessions for an over-full theme (``matching.fairs``): a theme whose posts fit one fair but
whose graduates exceed ``FairLimits.max_graduates`` is cut, whole employers at a time in place
order, into sessions (「金融业专场（之二）」) that each meet the minimums of a fair, when a cut invites
more graduates than one fair would."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence

from matching.fair_invitations import invite
from matching.fair_limits import FairLimits
from matching.fair_records import FairGraduate
from matching.fair_themes import Theme

#: Employers in place order with their job ids, as ``fair_parts.pack`` takes and gives them.
Groups = Sequence[tuple[str, list[str]]]


def contiguous_splits(groups: Groups, parts: int):
    """Every way to cut ``groups`` (employers in place order) into ``parts`` consecutive,
    non-empty runs, as lists of parts shaped as ``pack``'s; none when there are fewer groups."""
    for cuts in itertools.combinations(range(1, len(groups)), parts - 1):
        bounds = (0, *cuts, len(groups))
        yield [list(groups[a:b]) for a, b in zip(bounds, bounds[1:])]


def sessions(theme: Theme, packed: list[list[tuple[str, list[str]]]], graduates: int, *, limits: FairLimits,
             audience: Callable[[Theme, set[str]], list[FairGraduate]], ranks: Mapping[str, Mapping[str, int]],
             ) -> tuple[list[list[tuple[str, list[str]]]], str]:
    """(The parts to hold, the note for the organiser) for ``theme``, whose posts fit one fair
    (``packed``, one part) but whose ``graduates`` exceed ``max_graduates``: held as more sessions
    (之二) rather than listing the extra 未受邀, its employers cut in place order as a larger theme's
    are, into as many parts as the graduates need or fewer, each part meeting the minimums of a
    fair; of such cuts, the one inviting most graduates, then fewest parts, then the most even in
    posts. No post or employer is in two sessions: an employer comes once, and one post at two
    fairs would meet half its applicants at each. When no cut invites more than one fair would,
    ``packed`` is kept and the graduates over the cap stay listed. ``audience(theme, job_ids)``: the
    graduates of ``theme`` who may apply for one of ``job_ids``; ``ranks``: graduate → job id → rank."""
    groups = packed[0]
    best, chosen, feasible = (-limits.max_graduates, 1, 0), packed, False
    for count in range(2, min(len(groups), math.ceil(graduates / limits.max_graduates)) + 1):
        for parts in contiguous_splits(groups, count):
            audiences = [audience(theme, {j for _, ids in part for j in ids}) for part in parts]
            sizes = [sum(len(ids) for _, ids in part) for part in parts]
            if any(n < limits.min_positions or len(found) < limits.min_graduates for n, found in zip(sizes, audiences)):
                continue
            feasible = True
            invited, _ = invite(theme, list(zip(parts, audiences)), limits=limits, ranks=ranks)
            score = (-len({g.graduate_id for found in invited for g in found}), count, max(sizes) - min(sizes))
            if score < best:
                best, chosen = score, parts
    posts = sum(len(ids) for _, ids in groups)
    over = f"{theme.theme}：可参加的毕业生 {graduates} 人，多于每场上限 {limits.max_graduates} 人，"
    if len(chosen) > 1:
        return chosen, f"{over}{posts} 个岗位按地点分为 {len(chosen)} 场（岗位不重复）"
    # Say which obstacle held it to one fair: the organiser may lower a minimum, or invite by hand.
    if len(groups) == 1:
        why = f"但 {posts} 个岗位同属一家单位（{groups[0][0]}），一家单位不分到两场"
    elif not feasible:
        why = (f"但 {len(groups)} 家单位的 {posts} 个岗位分场后不能每场都有至少 {limits.min_positions} 个岗位和 "
               f"{limits.min_graduates} 位可参加的毕业生")
    else:
        why = f"但 {len(groups)} 家单位的 {posts} 个岗位按地点分场后，受邀毕业生都不多于一场的 {limits.max_graduates} 人"
    return chosen, f"{over}{why}，只办一场"
