"""Who of the graduates suggested a post with no guest went where, counted, for the post's reason
(``matching.fairs``): the plan-wide cap's clause (``matching.fair_caps``), the full fair's
(``matching.fair_invitations.full_notes``) and the one for a post none of whose applicants is a guest of
its theme (``matching.fair_cover.why_left``) each say why for every such graduate, not for all of them at
once. Review: on Henan by major 「计算机类专场（之三）」 read 「可报考的毕业生都已受邀满 4 场」 while some of its
applicants were guests of another part with room to spare, and others were not of the class at all."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from matching.fair_limits import FairLimits
from matching.fair_records import Fair, FairBy, FairGraduate, UninvitedGraduate, UninvitedKind
from matching.fair_themes import Theme

#: ``audience(theme, job ids)``: the theme's graduates who may apply for one of the posts, with their records.
Audience = Callable[[Theme, set[str]], list[FairGraduate]]

#: The plan-wide cap's clause when the graduates suggested the post are not counted (``fair_caps.capped_notes``
#: without ``BareCounts``); with them it is counted even when it holds for all (``BareCounts.told``).
CAP = "；可报考的毕业生都已受邀满 {limit} 场（其推荐名次更靠前的岗位所在的招聘会），本场没有受邀者可报考"
#: The full fair's clause when it holds for every graduate suggested the post (``fair_invitations.full_notes``).
FULL = "；可报考的毕业生未受邀参加本场：本场已满 {cap} 人（每场毕业生上限，推荐名次靠前者优先）"


def theme_applicants(fairs: Sequence[Fair], themes: Mapping[str, Theme], audience: Audience,
                     ) -> dict[str, dict[str, set[str]]]:
    """Theme → job id → the theme's graduates who may apply for it, for the themes with a post with no guest."""
    found: dict[str, dict[str, set[str]]] = {}
    for fair in fairs:
        if fair.theme in found or all(p.graduates for p in fair.positions):
            continue
        by_job: dict[str, set[str]] = {}
        theme = themes.get(fair.theme)
        for g in (audience(theme, set(theme.positions)) if theme else ()):
            for job_id in g.job_ids:
                by_job.setdefault(job_id, set()).add(g.graduate_id)
        found[fair.theme] = by_job
    return found


@dataclass(frozen=True)
class BareCounts:
    """What the plan did with each graduate suggested a post: enough to count, for one post, those
    turned away by a full fair, kept by the cap, guests of another fair of its theme, and those not of
    its theme (suggested it, but not of its class, or by industry ranking the theme's posts below
    ``max_rank`` and not wishing for it)."""

    limits: FairLimits
    by: FairBy
    applicants: Mapping[str, Mapping[str, set[str]]]  # theme → job id → the theme's graduates who may apply
    suggested: Mapping[str, int]  # job id → graduates it was suggested to
    turned: Mapping[tuple[str, str], bool]  # (theme, graduate) → kept by the cap (else: every part full)
    guest_of: Mapping[str, Mapping[str, tuple[int, ...]]]  # theme → graduate → the fairs (plan order) inviting them
    invitations: Mapping[str, int]  # graduate → fairs inviting them over the plan

    @classmethod
    def of(cls, fairs: Sequence[Fair], themes: Mapping[str, Theme], *, limits: FairLimits, audience: Audience,
           uninvited: Sequence[UninvitedGraduate] = (), suggested: Mapping[str, int] | None = None) -> BareCounts:
        guest_of: dict[str, dict[str, list[int]]] = {}
        invitations: Counter = Counter()
        for n, fair in enumerate(fairs):
            for g in fair.graduates:
                guest_of.setdefault(fair.theme, {}).setdefault(g.graduate_id, []).append(n)
                invitations[g.graduate_id] += 1
        applicants = theme_applicants(fairs, themes, audience)
        return cls(limits, fairs[0].by if fairs else FairBy.MAJOR, applicants,
                   suggested if suggested is not None else {},
                   {(u.theme, u.graduate_id): u.kind is UninvitedKind.GRADUATE_CAP for u in uninvited},
                   {t: {g: tuple(ns) for g, ns in found.items()} for t, found in guest_of.items()}, invitations)

    def mine(self, fair: Fair, job_id: str) -> set[str]:
        """The graduates of ``fair``'s theme who may apply for ``job_id``."""
        return set(self.applicants.get(fair.theme, {}).get(job_id, ()))

    def counts(self, fair: Fair, fair_number: int, job_id: str) -> tuple[int, dict[str, int]]:
        """(graduates suggested ``job_id``, how many of them by what became of them): ``full`` turned away
        by full parts, ``cap`` kept from the theme by the cap or a guest elsewhere already at the cap,
        ``elsewhere`` a guest of another fair of the theme, ``other`` of the theme but not invited,
        ``outside`` not of the theme."""
        mine = self.mine(fair, job_id)
        found = dict.fromkeys(("full", "cap", "elsewhere", "other", "outside"), 0)
        guests = self.guest_of.get(fair.theme, {})
        for g in mine:
            if (fair.theme, g) in self.turned:
                found["cap" if self.turned[fair.theme, g] else "full"] += 1
            elif any(n != fair_number for n in guests.get(g, ())):
                found["cap" if self.invitations[g] >= self.limits.max_fairs_per_graduate else "elsewhere"] += 1
            else:
                found["other"] += 1
        total = max(self.suggested.get(job_id, len(mine)), len(mine))
        found["outside"] = total - len(mine)
        return total, found

    def _outside(self) -> str:
        # The graduates first, then why (「2 位未将本行业列为意向…」): 「2 位本行业岗位不在其推荐前 5 位」 read as
        # 2 posts, 位 counting people and ranks at once.
        return (f"未将本行业列为意向、其推荐前 {self.limits.max_rank} 位中也没有本行业岗位" if self.by is FairBy.INDUSTRY
                else "不属本场专业类")

    def told(self, fair: Fair, fair_number: int, job_id: str, cause: str) -> str:
        """The clause of ``cause`` (``cap``: the plan-wide cap took the post's guests; ``full``: its fair
        is full; ``left``: neither, its applicants went elsewhere, ``fair_cover.why_left``) for the post
        ``job_id`` of ``fair`` (``fair_number`` in plan order): ``FULL`` when every graduate
        suggested the post was turned away by the full fair, else each count with what became of those graduates,
        after 「本场已满」 only when it turned away one of them (「本场已满 40 人（…）；可报考此岗位的 3 位毕业生中，
        2 位因此未受邀（见「未受邀毕业生」），1 位已受邀参加本主题的其他场，本场没有受邀者可报考」; with rows in two groups 「…；这 4 位中 2 位见「未受邀毕业生」，本场…」), one count alone said of all (「可报考此岗位的 3 位毕业生都已受邀满 4 场（…）」;
        of one, without 都)."""
        limits = self.limits
        total, found = self.counts(fair, fair_number, job_id)
        # Only the full fair keeps its one sentence of all: the cap's is counted even when it holds for all, so that
        # one fact reads one way in a full fair and in one with room (review: 「可报考的毕业生都已受邀满 1 场」 vs
        # 「可报考此岗位的 3 位毕业生都已受邀满 1 场」), and one graduate is not said 「都」 (Henan by industry 13218022).
        if cause == "full" and found["full"] == total:
            return FULL.format(cap=limits.max_graduates)
        # A full fair says so only when it turned away at least one of the post's applicants: said first of
        # applicants who were all guests elsewhere or not of the theme, it read as the cause and hid the true ones.
        head = (f"；本场已满 {limits.max_graduates} 人（每场毕业生上限，推荐名次靠前者优先）"
                if cause == "full" and found["full"] else "")
        words = {"full": "因此未受邀" if cause == "full" else f"因其可报考的场次已满 {limits.max_graduates} 人未受邀",
                 "cap": f"已受邀满 {limits.max_fairs_per_graduate} 场（其推荐名次更靠前的岗位所在的招聘会）",
                 "elsewhere": "已受邀参加本主题的其他场", "other": "未受邀", "outside": self._outside()}
        # One flag per applicant with a 未受邀 row of the theme: kept by the cap (True) or every part full.
        with_row = [self.turned[fair.theme, g] for g in self.mine(fair, job_id) if (fair.theme, g) in self.turned]
        rows = {"cap": sum(with_row), "full": len(with_row) - sum(with_row)}
        held = [k for k in rows if rows[k]]
        # One group whose every graduate has a row says so in its own words (「1 位已受邀满 4 场（…；见「未受邀毕业生」）」);
        # else it is said once, after every count, of as many as have one: after the last group with rows it read
        # as that group's alone (「1 位因…已满 2 人未受邀，2 位已受邀满 1 场（…；见「未受邀毕业生」）」), and a guest of
        # another part at the cap, counted with those kept by the cap, has none.
        alone = len(held) == 1 and rows[held[0]] == found[held[0]]
        if alone:
            words[held[0]] = _within(words[held[0]], _pointer(1, 1))
        parts = [(found[k], words[k]) for k in words if found[k]]
        lead = f"可报考此岗位的 {total} 位毕业生"
        if len(parts) == 1:
            said = lead + ("都" if total > 1 else "") + (parts[0][1] if alone else _within(parts[0][1], _pointer(len(with_row), total)))
        else:
            said = lead + "中，" + "，".join(f"{n} 位{w}" for n, w in parts)
            if with_row and not alone:
                said += f"；这 {total} 位" + ("均" if len(with_row) == total else f"中 {len(with_row)} 位") + "见「未受邀毕业生」"
        return f"{head}；{said}，本场没有受邀者可报考"

    def rows(self, fair: Fair, job_id: str) -> int:
        """How many graduates of ``fair``'s theme who may apply for ``job_id`` have a 未受邀 row of the theme."""
        return sum((fair.theme, g) in self.turned for g in self.mine(fair, job_id))

    def absent(self, fair: Fair, fair_number: int, job_id: str) -> str:
        """Why none of the graduates suggested ``job_id`` is a guest of its theme, short, for the post's
        reason: turned away (a full part, or the cap), not invited, or not of the theme."""
        total, found = self.counts(fair, fair_number, job_id)
        parts = [f"{found['full']} 位其可报考的场次已满 {self.limits.max_graduates} 人" if found["full"] else "",
                 f"{found['cap']} 位已受邀满 {self.limits.max_fairs_per_graduate} 场" if found["cap"] else "",
                 f"{found['other'] + found['elsewhere']} 位未受邀" if found["other"] + found["elsewhere"] else ""]
        # 「（见「未受邀毕业生」）」 only of those with a row: 「2 位…已满、1 位未受邀（见…）」 claimed one for the 未受邀 one.
        rows = self.rows(fair, job_id)
        listed = found["full"] + found["cap"] + found["other"] + found["elsewhere"]
        told = _within("、".join(x for x in parts if x), _pointer(rows, listed))
        if found["outside"]:
            told += ("，" if told else "") + f"{found['outside']} 位" + self._outside()
        return f"；可报考此岗位的 {total} 位毕业生{'都' if total > 1 else ''}未受邀参加本主题的招聘会：{told}"


def _pointer(rows: int, of: int) -> str:
    """Where the 未受邀 rows of ``rows`` of ``of`` graduates are: 「见「未受邀毕业生」」 when each has one, else
    「其中 N 位见…」; empty when none has."""
    return "" if not rows else "见「未受邀毕业生」" if rows == of else f"其中 {rows} 位见「未受邀毕业生」"


def _within(words: str, aside: str) -> str:
    """``words`` with ``aside`` in brackets, inside their own closing bracket if they end with one."""
    if not aside:
        return words
    return words[:-1] + f"；{aside}）" if words.endswith("）") else words + f"（{aside}）"
