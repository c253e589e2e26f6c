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


def of_post_season(g: Graduate, ctx: Context, years: tuple[int, ...], seeking: int = 0) -> bool:
    """A plain 应届 (no year named) of a post whose season (``Context.season_year``) is before the
    reference date's year means that season's graduates too (a 2022年度 post read on 2023-03-01 takes
    2022's). Read where it only admits (the 应届 check, 应届 age relaxations), never to refuse."""
    season = getattr(ctx, "season_year", None)
    if years or season is None or g.graduation_year is None or season >= ctx.reference_date.year:
        return False
    return season - seeking <= g.graduation_year <= season + 1


def last_leaving_year(ctx: Context) -> int | None:
    """The last year a graduate applying to the post may have left school in (``None``: the post states
    no season): its 报名截止日期's year when later than the season (a 2025年度 post open until 2026-08-31
    takes who left school in June 2026); else the season (a 年度 with no deadline runs at most into
    the next spring, before that year's graduates leave: ``matching.deadlines``)."""
    season = getattr(ctx, "season_year", None)
    if season is None:
        return None
    apply_by = getattr(ctx, "apply_by", None)
    return season if apply_by is None else max(season, apply_by.year)
