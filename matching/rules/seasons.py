"""Which season's 应届 graduates a graduate counts among, for the checks that treat this
season's graduates apart (age limits for 应届, hukou exceptions, 应届 posts, work experience,
certificates and serving staff asked of others only)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from features.records import Graduate

if TYPE_CHECKING:
    from matching.rules.checks import Context


def years_named(who: str) -> tuple[int, ...]:
    """2026年应届硕士 → (2026,): the 应届 graduates of that year, not of the reference date's season."""
    return tuple(int(y) for y in re.findall(r"(20\d\d)\s*年", who))


def is_fresh(g: Graduate, ctx: Context, years: tuple[int, ...], seeking: int = 0) -> bool:
    year = g.graduation_year
    if years:
        return year in years
    # The season of the reference date: this year's and next year's graduates are 应届;
    # a job-seeking period (择业期) keeps earlier graduates 应届 for ``seeking`` years.
    this = ctx.reference_date.year
    return this - seeking <= year <= this + 1
