"""The size rules of a fair plan as people set them: ``jobmatch fairs`` options, ``GET /api/fairs``
query parameters and the ``/fairs`` form all take their descriptions, bounds and defaults from
``SIZE_FIELDS`` (the defaults are ``FairLimits``'s own). Kept apart from ``service.api`` so that the
command line reads it without loading the web service."""

from __future__ import annotations

from dataclasses import dataclass

from matching.fair_limits import FairLimits


@dataclass(frozen=True, slots=True)
class SizeField:
    """A size rule a person sets: whole numbers from 1 to ``high`` (the API's and the form's
    bound), ``default`` when not given."""

    label: str  # the form's label, which names the field in the page's messages
    description: str  # the API's description of the query parameter, and the command's help
    high: int
    default: int


_DEFAULTS = FairLimits()
#: The one source of the size rules' bounds and defaults.
SIZE_FIELDS = {name: SizeField(label, description, high, getattr(_DEFAULTS, name)) for name, label, description, high in (
    ("max_employers", "每场最多单位", "每场最多用人单位数", 100),
    ("max_positions", "每场最多岗位", "每场最多岗位数", 200),
    ("min_positions", "成场最少岗位", "成场最少岗位数", 200),
    ("min_graduates", "成场最少毕业生", "成场最少毕业生人数", 10_000),
    ("max_graduates", "每场最多毕业生", "每场最多邀请的毕业生人数", 10_000),
    ("max_fairs_per_graduate", "每人最多受邀场数", "每位毕业生在整个方案中最多受邀参加的场数（保留其推荐名次最靠前的岗位所在的几场）", 100))}
