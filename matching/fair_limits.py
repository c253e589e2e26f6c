"""The size rules of a fair plan (``matching.fairs``), in a module of their own that imports
nothing heavy, so that ``jobmatch fairs`` can state their defaults in its help without loading
the planner (NumPy, scikit-learn) for every command."""

from __future__ import annotations

from dataclasses import dataclass


class FairLimitsError(ValueError):
    """Limits no plan can keep; ``fields`` names the ``FairLimits`` fields at fault, so that
    the edge can name its own option or parameter."""

    def __init__(self, message: str, *fields: str):
        super().__init__(message)
        self.fields = fields


@dataclass(frozen=True, slots=True)
class FairLimits:
    """How small a fair is and what it takes to hold one."""

    max_employers: int = 10
    max_positions: int = 20
    min_positions: int = 3
    min_graduates: int = 5
    max_graduates: int = 40  # graduates a fair invites at most (小型化); the rest go to another part or are listed
    max_rank: int = 5  # industry fairs: one of the fair's positions among the graduate's best max_rank
    min_fit: float = 0.3  # a position without a class list joins classes the model gives at least this
    max_classes: int = 3  # class fairs a position joins at most
    # fairs one graduate is invited to over the whole plan, those holding the posts they rank best
    # (``matching.fair_caps``; measured in the README's fairs section)
    max_fairs_per_graduate: int = 4

    def __post_init__(self) -> None:
        for name in ("max_employers", "max_positions", "min_positions", "min_graduates", "max_graduates", "max_rank",
                 "max_classes", "max_fairs_per_graduate"):
            if getattr(self, name) < 1:
                raise FairLimitsError(f"{_LIMIT_NAMES[name]}必须为正整数", name)
        if self.min_positions > self.max_positions:
            raise FairLimitsError(f"每场最少岗位数（{self.min_positions}）不能大于每场岗位上限（{self.max_positions}）",
                                  "min_positions", "max_positions")
        if self.min_graduates > self.max_graduates:
            raise FairLimitsError(f"每场最少毕业生人数（{self.min_graduates}）不能大于每场毕业生上限（{self.max_graduates}）",
                                  "min_graduates", "max_graduates")
        if not 0.0 <= self.min_fit <= 1.0:
            raise FairLimitsError("模型匹配度阈值必须在 0 到 1 之间", "min_fit")


_LIMIT_NAMES = {"max_employers": "每场单位上限", "max_positions": "每场岗位上限", "min_positions": "每场最少岗位数",
                "min_graduates": "每场最少毕业生人数", "max_graduates": "每场毕业生上限", "max_rank": "推荐名次上限", "max_classes": "每个岗位的专业类上限",
                "max_fairs_per_graduate": "每位毕业生受邀场数上限"}
