"""Posts and employers a plan books at more than one fair, said where an organiser reads each fair.

A post whose list names several classes joins each (``FairLimits.max_classes``), and a split theme
or a moved employer can put one employer in several parts; that is by design (each class's
graduates meet the post at their own fair), but an organiser booking a stand, or adding up the
fairs' 招聘人数, must know it (review: Henan by major booked 62 posts at 2 fairs and 77 employers at
2–3 without a word). Each post then says 「本岗位也在：…」 and each employer 「本单位也参加：…」
(``service.fair_report``: JSON, CSV, XLSX, the /fairs page), each fair how many of its posts are
shared, and the plan's note the openings counted once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from matching.fair_records import Fair
from matching.fair_themes import first_names


@dataclass(frozen=True, slots=True)
class SharedBookings:
    """Job id → the titles of the fairs holding it, and employer → those it attends, each only when more
    than one (in plan order)."""

    posts: dict[str, tuple[str, ...]]
    employers: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, fairs: Sequence[Fair]) -> SharedBookings:
        posts: dict[str, list[str]] = defaultdict(list)
        employers: dict[str, list[str]] = defaultdict(list)
        for fair in fairs:
            for p in fair.positions:
                if fair.title not in posts[p.job_id]:
                    posts[p.job_id].append(fair.title)
            for employer in fair.employers:
                if fair.title not in employers[employer]:
                    employers[employer].append(fair.title)
        return cls({j: tuple(t) for j, t in posts.items() if len(t) > 1},
                   {e: tuple(t) for e, t in employers.items() if len(t) > 1})

    def post_also(self, job_id: str, fair_title: str) -> tuple[str, ...]:
        """The other fairs holding the post."""
        return tuple(t for t in self.posts.get(job_id, ()) if t != fair_title)

    def employer_also(self, employer: str | None, fair_title: str) -> tuple[str, ...]:
        """The other fairs the employer attends."""
        return tuple(t for t in self.employers.get(employer or "", ()) if t != fair_title)

    def said(self, job_id: str, employer: str | None, fair_title: str) -> str:
        """「本岗位也在：「A」；本单位也参加：「B」、「C」」, or "" when neither is shared."""
        parts = []
        if also := self.post_also(job_id, fair_title):
            parts.append("本岗位也在：" + "、".join(f"「{t}」" for t in also))
        if also := self.employer_also(employer, fair_title):
            parts.append("本单位也参加：" + "、".join(f"「{t}」" for t in also))
        return "；".join(parts)

    def shared_in(self, fair: Fair) -> int:
        """How many of ``fair``'s posts another fair holds too."""
        return sum(p.job_id in self.posts for p in fair.positions)


def distinct_headcount(fairs: Sequence[Fair]) -> int:
    """The plan's openings with each post counted once (a fair's 招聘人数 counts its shared posts too)."""
    seen = {p.job_id: p.headcount or 0 for fair in fairs for p in fair.positions}
    return sum(seen.values())


def shared_note(fairs: Sequence[Fair]) -> str | None:
    """The plan's note on posts and employers booked at several fairs, or ``None``."""
    shared = SharedBookings.of(fairs)
    if not shared.posts and not shared.employers:
        return None
    total = sum(fair.headcount for fair in fairs)
    said = []
    if shared.posts:
        most = max(len(t) for t in shared.posts.values())
        said.append(f"{len(shared.posts)} 个岗位同时列入 2{'' if most == 2 else f'–{most}'} 场招聘会")
    if shared.employers:
        most = max(len(t) for t in shared.employers.values())
        names = sorted(shared.employers)
        said.append(f"{len(names)} 家单位参加 2{'' if most == 2 else f'–{most}'} 场"
                    f"（{'如' if len(names) > 2 else ''}{first_names(names, 2)}）")
    counted = (f"。各场「招聘人数」含共享岗位，各场相加 {total} 人，按岗位不重复计全方案招聘 {distinct_headcount(fairs)} 人"
               if shared.posts else "")
    return "，".join(said) + "，见各岗位的「本岗位也在」「本单位也参加」；这些场次宜错开时间，以便单位分别到场" + counted
