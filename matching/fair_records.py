"""The records a fair plan (``matching.fairs``) is made of: its fairs with their positions and
invited graduates, the themes it dropped, the positions no fair holds and why, and the graduates no
part of their theme had room for. Plain frozen records, so that reports and pages read a plan
without the planner."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from features.records import Job, shown_location
from matching.fair_limits import FairLimits
from matching.verdict import Status


class FairBy(enum.StrEnum):
    INDUSTRY = "industry"
    MAJOR = "major"

    @property
    def label(self) -> str:
        return {"industry": "行业化", "major": "专业化"}[self.value]


@dataclass(frozen=True, slots=True)
class ListedPosition:
    """A position as a plan lists it, in or out of a fair: the job's own fields as lists show
    them, and why it is (or is not) there."""

    job_id: str
    title: str
    employer: str | None
    location: str | None  # as lists show it (``shown_location``): stated, else inferred and marked
    headcount: int | None
    reason: str
    # the job states 「若干」 (``Job.headcount_open``): answered, not missing
    headcount_open: bool = field(default=False, kw_only=True)

    @classmethod
    def of(cls, job: Job, reason: str, *args):
        """The position of ``job``; ``args``: the fields a subclass adds, in order."""
        return cls(job.id, job.title, job.employer, shown_location(job), job.headcount, reason, *args,
                   headcount_open=job.headcount_open)


@dataclass(frozen=True, slots=True)
class FairPosition(ListedPosition):
    graduates: int  # graduates of this fair who may apply for it


@dataclass(frozen=True, slots=True)
class FairGraduate:
    graduate_id: str
    job_ids: tuple[str, ...]  # the fair's positions they may apply for, best suggestion first
    status: Status  # ELIGIBLE when at least one of them is certain, else NEEDS_REVIEW
    reason: str


def fair_key(theme_key: str, number: int, parts: int) -> str:
    """A fair's ``Fair.key``: the theme's key, with ``-number`` when the theme is held as more parts."""
    return theme_key if parts == 1 else f"{theme_key}-{number}"


@dataclass(frozen=True, slots=True)
class Fair:
    by: FairBy
    key: str  # unique in the plan: theme key, "-2" for a theme's second part
    theme: str  # "1202 工商管理类", "管理学（1202 工商管理类、1204 公共管理类）", "金融业"
    title: str  # "工商管理类专场（之二）"
    part: int
    parts: int
    employers: tuple[str, ...]
    places: tuple[str, ...]
    positions: tuple[FairPosition, ...]
    graduates: tuple[FairGraduate, ...]
    # The places of employers moved here after the cut (``matching.fair_cover``) that the fair's own
    # employers do not share: kept apart from ``places`` so that its 地点 stays the area it was cut for
    # (Henan by industry: 党政机关专场（之一）, cut for 三门峡 信阳 南阳, listed 林州 兰考 邓州 as its own).
    moved_places: tuple[str, ...] = ()

    @property
    def headcount(self) -> int:
        return sum(p.headcount or 0 for p in self.positions)

    @property
    def headcount_unknown(self) -> int:
        """Positions whose table states no headcount (not counted in ``headcount``)."""
        return sum(p.headcount is None and not p.headcount_open for p in self.positions)

    @property
    def headcount_open(self) -> int:
        """Positions that state 「若干」 (not counted in ``headcount``, nor unknown)."""
        return sum(p.headcount_open for p in self.positions)


@dataclass(frozen=True, slots=True)
class DroppedTheme:
    theme: str
    positions: int
    graduates: int
    reason: str


class UnplacedKind(enum.Enum):
    """What kept a position out of every fair, in a few words, for a count per reason (the
    position's ``reason`` says it in full, per theme)."""

    NO_THEME = "未归入任何主题"
    NOT_SUGGESTED = "没有毕业生的推荐中有此岗位"
    OTHER_THEME = "推荐此岗位的毕业生不属于本场主题"
    TOO_SMALL = "主题规模不足，不单独举办"
    EMPLOYER_CAP = "单位岗位多于每场上限"
    PART_TOO_SMALL = "按单位和地点分场后规模不足"  # a part short of positions or graduates no neighbour can take
    # a part its theme's graduates cannot fill within ``FairLimits.max_fairs_per_graduate`` (``matching.fair_fill``)
    GRADUATES_FULL = "本主题毕业生已排满（每位毕业生受邀场数上限）"
    # placed in a class only by whom it was suggested to, where the class has too few posts that fit it (``matching.fair_evidence``)
    LOW_FIT = "与专业类匹配程度低，仅按推荐对象归入"
    CLOSED = "报名已截止"  # closed on the planning day: deadline or season past (``matching.deadlines``)


@dataclass(frozen=True, slots=True)
class UnplacedPosition(ListedPosition):
    """A position no fair holds, and why (each theme it joined and what kept it out), so
    that an organiser can act: invite more graduates, lower a limit, or meet the employer
    alone. ``kinds`` names each kind of reason once, in the order of ``reason``."""

    kinds: tuple[UnplacedKind, ...] = ()


class UninvitedKind(enum.Enum):
    """Why a theme's fairs do not invite a graduate who may apply for its posts: one kind a row, so that
    the notes and the counts of what became of a post's applicants (``matching.fair_bare_counts``) read
    one field rather than two flags that could both be set."""

    FAIRS_FULL = "各场已满"  # each part full (``FairLimits.max_graduates``) with graduates ranking its posts higher
    GRADUATE_CAP = "受邀场数已满"  # already at ``FairLimits.max_fairs_per_graduate`` fairs (``matching.fair_caps``)
    THEME_NOT_HELD = "主题未举办"  # no part of the theme was held (``matching.fair_fill``)


@dataclass(frozen=True, slots=True)
class UninvitedGraduate:
    """A graduate who may apply for posts of a theme but whom none of its fairs invites, and why
    (``kind``; ``reason`` says it in full)."""

    graduate_id: str
    theme: str
    reason: str
    kind: UninvitedKind = UninvitedKind.FAIRS_FULL


@dataclass(frozen=True, slots=True)
class AbsentGraduate:
    """A graduate no fair of the plan invites, and why (``matching.fair_absentees``): ``reason`` short
    enough to read down a list of dozens (at most ``fair_absentees.SHORT_REASON_CHARS`` where it can
    be), ``detail`` the full account (each post counted by kind, the best one's own reason), or
    empty when the reason says it all."""

    graduate_id: str
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class FairPlan:
    by: FairBy
    limits: FairLimits
    fairs: tuple[Fair, ...]
    dropped: tuple[DroppedTheme, ...]
    notes: tuple[str, ...]  # splits, merges, trims, drops and what fits no theme, in Chinese
    unthemed_positions: tuple[str, ...]  # job ids that no theme takes
    positions_total: int
    graduates_total: int
    unplaced: tuple[UnplacedPosition, ...] = ()  # every position no fair holds, in job id order
    uninvited: tuple[UninvitedGraduate, ...] = ()  # per theme, graduates no part of it had room for
    absent: tuple[AbsentGraduate, ...] = ()  # every graduate no fair invites, in id order

    @property
    def graduates_placed(self) -> int:
        return len({g.graduate_id for fair in self.fairs for g in fair.graduates})

    @property
    def positions_placed(self) -> int:
        return len({p.job_id for fair in self.fairs for p in fair.positions})
