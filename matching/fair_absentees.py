"""Graduates a fair plan invites nowhere, and why (``FairPlan.absent``): the notes counted them
(「8 位毕业生的专业未能归入本科专业类」, a dropped theme's 「可参加的毕业生 3 人」) but named none, so an
organiser could not tell whom to point to another event, nor why. Each reason is read from what the
plan already decided: the graduate's class, the fairs holding their suggested posts, the posts no
fair holds (``FairPlan.unplaced``) and the themes not held (``FairPlan.dropped``)."""

from __future__ import annotations

import re
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
        detail = ""
        if by is FairBy.MAJOR and link is None:
            major = people[graduate_id].major
            reason = f"专业{f'「{major}」' if major else '未填写'}，未能归入本科专业类，专业化招聘会按专业类邀请"
        elif graduate_id in turned_away:
            themes = "、".join(dict.fromkeys(f"「{u.theme}」" for u in turned_away[graduate_id]))
            reason = f"可报考{themes}的岗位，但未受邀（原因见「未受邀毕业生」）"
        elif not offers.get(graduate_id):
            reason = "推荐结果中没有其可报考的岗位，无从归入招聘会"
        else:
            class_fairs = own_fairs(link, fairs)
            detail = _posts_reason(offers[graduate_id], max_rank=max_rank, link=link, held=held,
                                   left_out=left_out, dropped=dropped, class_fairs=class_fairs)
            reason = _posts_short(offers[graduate_id], max_rank=max_rank, link=link, held=held, left_out=left_out,
                                  dropped=dropped, class_fairs=class_fairs)
        out.append(AbsentGraduate(graduate_id, reason, detail if detail != reason else ""))
    return tuple(out)


#: How long a graduate's short reason may be where the plan allows (review: 150–270 characters each,
#: and an organiser reads dozens); the full account is ``AbsentGraduate.detail``.
SHORT_REASON_CHARS = 60


def _posts_short(suggestions: Sequence[Suggestion], *, max_rank: int, link: ThemeLink | None, held: set[str],
                 left_out: Mapping[str, UnplacedPosition], dropped: Sequence[DroppedTheme],
                 class_fairs: Sequence[Fair] = ()) -> str:
    """``_posts_reason`` in a line: the class's fairs or theme in a few words, then the suggested
    posts counted (in other fairs, left out, with the commonest kind when it fits), without the
    best post's own reason; the longest form that fits ``SHORT_REASON_CHARS``."""
    heads = []  # the class's fairs or theme, most telling first
    if class_fairs:
        if len(class_fairs) == 1:
            heads.append(f"所属专业类的招聘会「{class_fairs[0].title}」中没有推荐给其的岗位")
        heads.append(f"所属专业类的 {len(class_fairs)} 场招聘会中没有推荐给其的岗位")
    elif own_dropped(link, dropped):
        heads.append(f"所属专业类「{link.name}」规模不足，不单独举办")
    elif link is not None:
        # No fair held or dropped for the class, so none of their posts joined it (review: a 哲学 graduate
        # read only the counts, the detail alone saying 「不属其专业类 0101 哲学类」).
        heads.append(f"所属专业类「{link.name}」没有招聘会")
    none_of_class = bool(heads) and not class_fairs and not own_dropped(link, dropped)
    elsewhere = sum(s.job_id in held for s in suggestions)
    out = sum(s.job_id in left_out for s in suggestions)
    counted = [f"{elsewhere} 个在" + ("其他专业类的招聘会" if link is not None else f"招聘会但排第 {max_rank} 位后")] if elsewhere else []
    kinds = Counter(k for s in suggestions if s.job_id in left_out for k in left_out[s.job_id].kinds)
    top = kinds.most_common(2)
    # 「最多」 only for a kind ahead of the others (review: 2 of the sample's 13 named one of a tie)
    main = (f"（最多：{top[0][0].value}）" if len(top) > 1 and top[0][1] > top[1][1] else
            f"（{top[0][0].value}）" if len(top) == 1 else "")
    total = f"推荐的 {len(suggestions)} 个岗位" + ("都不属该类" if none_of_class else "")
    counts = [f"{total}：" + "、".join(counted + [f"{out} 个未列入招聘会{why}"] if out else counted)
              for why in (main, "")] if counted or out else []
    lines = [f"{head}；{count}" for head in heads for count in counts]
    lines += [f"{head}，推荐给其的岗位都不属该类" for head in heads if none_of_class] + heads + counts
    # The first that fits; else the shortest (a long title or theme name): the detail says the rest.
    return next((line for line in lines if len(line) <= SHORT_REASON_CHARS), min(lines, key=len, default="")) \
        or "推荐的岗位都未列入其可参加的招聘会"


def _posts_reason(suggestions: Sequence[Suggestion], *, max_rank: int, link: ThemeLink | None,
                  held: set[str], left_out: Mapping[str, UnplacedPosition], dropped: Sequence[DroppedTheme],
                  class_fairs: Sequence[Fair] = ()) -> str:
    """Why none of a graduate's suggested posts brings them to a fair: their class's fairs holding
    none of them, or its theme not held, posts held only in other themes' fairs (or, by industry,
    ranked too low), posts no fair holds counted by kind, with the best-ranked one's own reason.
    A theme held in some parts but not others is held for the class (review: the reason led with
    「所属专业类…不单独举办」 for a 数学类 graduate while 「理学（数学类…）专场」 was held, naming six parts
    in 521 characters), so the fairs are named, not the parts dropped."""
    parts = []
    own = [] if class_fairs else own_dropped(link, dropped)
    if class_fairs:
        titles = "、".join(f"「{f.title}」" for f in class_fairs[:2]) + (f"等 {len(class_fairs)} 场" if len(class_fairs) > 2 else "")
        parts.append(f"所属专业类的招聘会{titles}中没有推荐给其的岗位")
    elif own:
        parts.append("所属专业类" + "；".join(_dropped_clauses(own)))
    counted = []
    if elsewhere := [s for s in suggestions if s.job_id in held]:
        counted.append(f"{len(elsewhere)} 个在其他专业类的招聘会（不属其专业类 {link.key} {link.name}）" if link is not None
                       else f"{len(elsewhere)} 个在招聘会中，但排在其推荐第 {max_rank} 位之后（最高第 {elsewhere[0].rank} 位），"
                            "且不是其意向行业")
    if out := [s for s in suggestions if s.job_id in left_out]:
        kinds = Counter(kind for s in out for kind in left_out[s.job_id].kinds)
        # A post of two or three themes has a reason for each: counted by reason, the counts add up to more
        # than the posts (review: Henan 「18 个未列入招聘会（…：17 个；…：15 个）」 read as a breakdown).
        overlap = "；一个岗位可有几项原因" if sum(kinds.values()) > len(out) else ""
        counted.append(f"{len(out)} 个未列入招聘会" + ("（" + "；".join(f"{kind.value}：{n} 个" for kind, n in kinds.most_common())
                                                   + overlap + "）" if kinds else ""))
    if counted:
        parts.append(f"推荐的 {len(suggestions)} 个岗位中 " + "、".join(counted))
    if out and not own:  # the best post's own reason, unless the class's theme not held says it
        best = left_out[out[0].job_id]
        where = f"{best.title}（{best.employer}）" if best.employer else best.title
        parts.append(f"其中排第 {out[0].rank} 位的{where}：{first_clause(best.reason)}")
    return "；".join(parts) if parts else "推荐的岗位都未列入其可参加的招聘会"


def _dropped_clauses(own: Sequence[DroppedTheme]) -> list[str]:
    """One clause per theme not held; the parts of one split theme together (「「理学（…）」第 1、2、3 部分
    规模都不足（…），不单独举办」), each part's figures being in the plan's notes."""
    by_theme: dict[str, list[tuple[str, DroppedTheme]]] = {}
    for d in own:
        split = _PART.fullmatch(d.theme)
        by_theme.setdefault(split[1] if split else d.theme, []).append((split[2] if split else "", d))
    clauses = []
    for theme, held_parts in by_theme.items():
        if len(held_parts) == 1:
            clauses.append(f"「{held_parts[0][1].theme}」{held_parts[0][1].reason}，不单独举办")
        else:
            numbers = "、".join(n for n, _ in held_parts)
            clauses.append(f"「{theme}」第 {numbers} 部分规模都不足（各部分人数见「说明」），不单独举办")
    return clauses


_PART = re.compile(r"(.+)（第 (\d+) 部分）")


#: A left-out post's reason quoted in a graduate's longer than this is cut to its first clause: the
#: full text is the post's own row, and the graduate's reason is read on a phone (review: 300–336
#: characters, half of them the model's figures for a post the graduate merely ranks first).
QUOTED_REASON_CHARS = 60


def first_clause(reason: str) -> str:
    """``reason`` up to its first 「；」 outside brackets when longer than ``QUOTED_REASON_CHARS``,
    pointing to the full text."""
    if len(reason) <= QUOTED_REASON_CHARS:
        return reason
    depth = 0
    for i, char in enumerate(reason):
        depth += (char == "（") - (char == "）")
        if char == "；" and depth == 0:
            return reason[:i] + "（全文见「未列入招聘会的岗位」）"
    return reason


def own_fairs(link: ThemeLink | None, fairs: Sequence[Fair]) -> list[Fair]:
    """The fairs held whose theme holds the class of ``link`` (a merged theme names its classes)."""
    return [f for f in fairs if link is not None and (f.theme == f"{link.key} {link.name}" or f"{link.key} " in f.theme)]


def own_dropped(link: ThemeLink | None, dropped: Sequence[DroppedTheme]) -> list[DroppedTheme]:
    """The themes (or parts) not held that hold the class of ``link``."""
    return [d for d in dropped if link is not None and f"{link.key} " in d.theme]
