"""「2018年以来离校未就业」 read in the post's season refuses only who cannot have left school while the
post takes applications (review of 4dba6ce, 2026-12-07): a post whose 报名截止日期 falls in a year after its
season takes who left school in that year too. Condition text in the tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status

LEFT = (("应届", "限2018年以来离校未就业毕业生"),)
ASKED = "就业状态待核实：岗位面向2018年以来离校未就业高校毕业生，您{year}年毕业，请核实离校后是否尚未就业"


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 8, 1))


def graduate(year: int) -> Graduate:
    return Graduate(id="G1", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=year)


def post(season: int, apply_by: dt.date | None = None) -> Job:
    return Job(id="J1", title="综合管理岗", conditions=LEFT, season_year=season, apply_by=apply_by)


def test_open_post_of_last_season_asks_a_graduate_who_left_school_this_year(engine):
    # 2025年度 post open until 2026-08-31, read 2026-08-01: a 2026 graduate left school in June.
    verdict = engine.check(graduate(2026), post(2025, apply_by=dt.date(2026, 8, 31)))
    assert verdict.status is Status.NEEDS_REVIEW
    assert ASKED.format(year=2026) in verdict.reasons(Status.NEEDS_REVIEW)
    assert not any("当时尚未离校" in r for r in verdict.reasons())


def test_graduate_still_studying_while_the_post_was_open_is_refused(engine):
    verdict = engine.on(dt.date(2021, 9, 1)).check(graduate(2022), post(2020))
    assert ("毕业年份不符：岗位为2020年度招聘，面向2018年以来离校未就业高校毕业生，您2022年毕业，当时尚未离校"
            in verdict.reasons(Status.NOT_ELIGIBLE))
    verdict = engine.on(dt.date(2026, 8, 1)).check(graduate(2027), post(2025, apply_by=dt.date(2026, 8, 31)))
    assert any("您2027年毕业，当时尚未离校" in r for r in verdict.reasons(Status.NOT_ELIGIBLE))


def test_deadline_in_the_season_keeps_the_season_bound(engine):
    verdict = engine.on(dt.date(2020, 10, 1)).check(graduate(2021), post(2020, apply_by=dt.date(2020, 11, 1)))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert any("您2021年毕业，当时尚未离校" in r for r in verdict.reasons(Status.NOT_ELIGIBLE))
