"""Supply and demand per undergraduate major class (供需对比), for ``matching.cohort_profile``:
the cohort's graduates of a class against the positions open to it and their headcount.

A position is open to the classes the fair planner gives it (``matching.fair_themes.class_themes``
at ``FairLimits.min_fit`` and ``max_classes``): those its explicit major list names, else those the
major-fit model reads into its text. The same code decides both, so the profile and the fair plan
never disagree. A position open to several classes counts in each (its applicants may come from
any of them); one that states no headcount counts as one opening, the least it offers. Only the
positions open on the judging day count (``matching.deadlines.job_closed``: a deadline passed, a
season long past): a closed post is no opening, and an old table would otherwise show a shortage
that is not there; how many were left out is said (``SupplyDemand.closed_note``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from sklearn.utils.validation import check_is_fitted

from features.records import Job
from matching.deadlines import job_closed
from matching.fair_themes import ThemeLink, class_themes
from matching.fairs import FairLimits

SURPLUS = "毕业生多、岗位少"
SHORTAGE = "岗位多、毕业生少"


@dataclass(frozen=True, slots=True)
class BalanceLimits:
    """When a class is flagged. ``ratio`` is openings per graduate (求人倍率, as the public
    employment services report it): below ``low_ratio`` with at least ``min_side`` graduates is
    a surplus of graduates; above ``high_ratio`` with at least ``min_side`` openings a shortage."""

    min_side: int = 5
    low_ratio: float = 0.5
    high_ratio: float = 2.0

    def __post_init__(self) -> None:
        if self.min_side < 1 or not 0.0 <= self.low_ratio <= self.high_ratio:
            raise ValueError("供需标记阈值无效：需 min_side ≥ 1 且 0 ≤ low_ratio ≤ high_ratio")


@dataclass(frozen=True, slots=True)
class ClassBalance:
    key: str  # "1202"
    label: str  # "1202 工商管理类"
    graduates: int
    positions: int
    headcount: int  # stated headcounts, summed
    headcount_unknown: int  # positions that state none (each counted as one opening in ``openings``)
    openings: int
    ratio: float | None  # openings per graduate; None without graduates
    flag: str  # SURPLUS, SHORTAGE or ""


@dataclass(frozen=True, slots=True)
class SupplyDemand:
    basis: str  # how positions were given classes, in Chinese
    classes: tuple[ClassBalance, ...]  # most graduates first, then most openings
    positions_total: int
    positions_unplaced: int  # open to no class
    graduates_unplaced: int  # major placed in no class: not compared
    limits: BalanceLimits
    day: dt.date | None = None  # the judging day posts were counted open on (None: every post counted)
    positions_closed: int = 0  # closed on ``day``: not counted, not in ``positions_total``

    @property
    def closed_note(self) -> str:
        """What was left out as closed, in Chinese ("" when nothing was)."""
        if not self.positions_closed:
            return ""
        return f"另有 {self.positions_closed} 个岗位在 {self.day.isoformat()} 报名已结束，不计入"

    @property
    def surplus(self) -> tuple[ClassBalance, ...]:
        return tuple(c for c in self.classes if c.flag == SURPLUS)

    @property
    def shortage(self) -> tuple[ClassBalance, ...]:
        return tuple(c for c in self.classes if c.flag == SHORTAGE)


def supply_demand(classes: Mapping[str, ThemeLink | None], *, jobs: Sequence[Job],
                  links: Mapping[str, Sequence[ThemeLink]], basis: str,
                  limits: BalanceLimits = BalanceLimits(), day: dt.date | None = None) -> SupplyDemand:
    """``classes``: graduate id → their class (None: unplaced); ``links``: job id → the classes
    its position is open to; ``day``: the judging day, when posts closed on it are left out."""
    every = len(jobs)
    if day is not None:
        jobs = [job for job in jobs if not job_closed(job, day)]
    names: dict[str, str] = {}
    graduates: Counter[str] = Counter()
    for link in classes.values():
        if link is not None:
            graduates[link.key] += 1
            names[link.key] = link.name
    positions: dict[str, list[Job]] = defaultdict(list)
    unplaced = 0
    for job in jobs:
        found = links.get(job.id, ())
        unplaced += not found
        for link in found:
            positions[link.key].append(job)
            names.setdefault(link.key, link.name)
    rows = []
    for key in names:
        held = positions.get(key, [])
        stated = sum(j.headcount for j in held if j.headcount is not None)
        unknown = sum(1 for j in held if j.headcount is None)
        openings, people = stated + unknown, graduates[key]
        ratio = openings / people if people else None
        rows.append(ClassBalance(key, f"{key} {names[key]}", people, len(held), stated, unknown, openings, ratio,
                                 _flag(people, openings, limits)))
    rows.sort(key=lambda c: (-c.graduates, -c.openings, c.key))
    return SupplyDemand(basis=basis, classes=tuple(rows), positions_total=len(jobs), positions_unplaced=unplaced,
                        graduates_unplaced=sum(1 for link in classes.values() if link is None), limits=limits,
                        day=day, positions_closed=every - len(jobs))


def _flag(graduates: int, openings: int, limits: BalanceLimits) -> str:
    if graduates >= limits.min_side and openings < limits.low_ratio * graduates:
        return SURPLUS
    if openings >= limits.min_side and openings > limits.high_ratio * graduates:
        return SHORTAGE
    return ""


def ranker_supply(ranker, *, fair_limits: FairLimits = FairLimits(),
                  limits: BalanceLimits = BalanceLimits()) -> Callable[[Mapping[str, ThemeLink | None]], SupplyDemand]:
    """``supply_demand`` over a fitted ranker's jobs open on its judging day (``Ranker.judging_day``),
    their classes given as the fair planner gives them, with the basis said in Chinese. A caller
    keeping the answer across days (the service) passes its own ``day=`` on each call."""
    check_is_fitted(ranker, "index_")
    links = class_themes(ranker, min_fit=fair_limits.min_fit, max_classes=fair_limits.max_classes)
    model = (f"未列专业类的岗位，归入专业匹配模型估计匹配度不低于 {fair_limits.min_fit:.2f} 的专业类（至多 "
             f"{fair_limits.max_classes} 个）" if ranker.major_fit is not None
             else "未使用专业匹配模型，未列专业类的岗位不归入任何专业类")
    basis = (f"岗位按专业化招聘会的方法归入本科专业类：专业要求列出本科专业或专业类的，归入所列专业类（多于 "
             f"{fair_limits.max_classes} 个时取模型匹配度最高的 {fair_limits.max_classes} 个）；{model}。"
             "归入多个专业类的岗位在每个类中都计入；未注明招聘人数的岗位按 1 人计。"
             f"求人倍率 = 招聘人数 ÷ 毕业生人数；毕业生不少于 {limits.min_side} 人而倍率低于 {limits.low_ratio:g} "
             f"标为「{SURPLUS}」，招聘人数不少于 {limits.min_side} 人而倍率高于 {limits.high_ratio:g} 标为「{SHORTAGE}」")
    return partial(supply_demand, jobs=list(ranker.index_.jobs), links=links, basis=basis, limits=limits,
                   day=getattr(ranker, "judging_day", None))
