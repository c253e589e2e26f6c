"""Graduates a fair plan invites nowhere, and why (``FairPlan.absent``): the notes counted them
(「8 位毕业生的专业未能归入本科专业类」, a dropped theme's 「可参加的毕业生 3 人」) but named none, so an
organiser could not tell whom to point to another event, nor why. Each reason is read from what the
plan already decided: the graduate's class, the fairs holding their suggested posts, the posts no
fair holds (``FairPlan.unplaced``) and the themes not held (``FairPlan.dropped``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from features.records import Graduate
from matching.fair_records import AbsentGraduate, DroppedTheme, Fair, FairBy, UninvitedGraduate, UnplacedPosition
from matching.fair_themes import ThemeLink
from matching.results import Suggestion


def absent_graduates(*, by: FairBy, max_rank: int, people: Mapping[str, Graduate],
                     offers: Mapping[str, Sequence[Suggestion]], classes: Mapping[str, ThemeLink | None],
                     fairs: Sequence[Fair], dropped: Sequence[DroppedTheme], unplaced: Sequence[UnplacedPosition],
                     uninvited: Sequence[UninvitedGraduate]) -> tuple[AbsentGraduate, ...]:
    """Every graduate of ``people`` no fair invites, in id order, with the reason in Chinese."""
    invited = {g.graduate_id for fair in fairs for g in fair.graduates}
    held = {p.job_id for fair in fairs for p in fair.positions}
    left_out = {u.job_id: u for u in unplaced}
    turned_away: dict[str, list[UninvitedGraduate]] = {}
    for u in uninvited:
        turned_away.setdefault(u.graduate_id, []).append(u)
    out = []
    for graduate_id in sorted(set(people) - invited):
        link = classes.get(graduate_id) if by is FairBy.MAJOR else None
        if by is FairBy.MAJOR and link is None:
            major = people[graduate_id].major
            reason = f"专业{f'「{major}」' if major else '未填写'}，未能归入本科专业类，专业化招聘会按专业类邀请"
        elif graduate_id in turned_away:
            themes = "、".join(dict.fromkeys(f"「{u.theme}」" for u in turned_away[graduate_id]))
            reason = f"可报考{themes}的岗位，但未受邀（原因见「未受邀毕业生」）"
        elif not offers.get(graduate_id):
            reason = "推荐结果中没有其可报考的岗位，无从归入招聘会"
        else:
            reason = _posts_reason(offers[graduate_id], max_rank=max_rank, link=link, held=held,
                                   left_out=left_out, dropped=dropped)
        out.append(AbsentGraduate(graduate_id, reason))
    return tuple(out)


def _posts_reason(suggestions: Sequence[Suggestion], *, max_rank: int, link: ThemeLink | None,
                  held: set[str], left_out: Mapping[str, UnplacedPosition], dropped: Sequence[DroppedTheme]) -> str:
    """Why none of a graduate's suggested posts brings them to a fair: the theme of their class
    not held, posts held only in other themes' fairs (or, by industry, ranked too low), posts no
    fair holds counted by kind, with the best-ranked one's own reason."""
    parts = []
    if own := own_dropped(link, dropped):
        parts.append("所属专业类" + "；".join(f"「{d.theme}」{d.reason}，不单独举办" for d in own))
    counted = []
    if elsewhere := [s for s in suggestions if s.job_id in held]:
        counted.append(f"{len(elsewhere)} 个在其他专业类的招聘会（不属其专业类 {link.key} {link.name}）" if link is not None
                       else f"{len(elsewhere)} 个在招聘会中，但排在其推荐第 {max_rank} 位之后（最高第 {elsewhere[0].rank} 位），"
                            "且不是其意向行业")
    if out := [s for s in suggestions if s.job_id in left_out]:
        kinds = Counter(kind for s in out for kind in left_out[s.job_id].kinds)
        counted.append(f"{len(out)} 个未列入招聘会" + ("（" + "；".join(f"{kind.value}：{n} 个" for kind, n in kinds.most_common())
                                                   + "）" if kinds else ""))
    if counted:
        parts.append(f"推荐的 {len(suggestions)} 个岗位中 " + "、".join(counted))
    if out and not own:  # the best post's own reason, unless the class's theme not held says it
        best = left_out[out[0].job_id]
        where = f"{best.title}（{best.employer}）" if best.employer else best.title
        parts.append(f"其中排第 {out[0].rank} 位的{where}：{best.reason}")
    return "；".join(parts) if parts else "推荐的岗位都未列入其可参加的招聘会"


def own_dropped(link: ThemeLink | None, dropped: Sequence[DroppedTheme]) -> list[DroppedTheme]:
    """The themes (or parts) not held that hold the class of ``link``."""
    return [d for d in dropped if link is not None and f"{link.key} " in d.theme]
