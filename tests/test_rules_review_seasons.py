"""Review of the cohort and 一级学科 rules (e4dba44, c1f8183) read as graduates read their gkld suggestions
judged on 2023-03-01: a past season's plain 应届 post refused that season's own graduates; a fact shared by
every route of a group list was said once per route; a 本科 graduate of another 门类 was asked, not refused,
on a 一级学科 with no 本科 class of its name (信息与通信工程). Cells written in the gkld tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables

DAY = dt.date(2023, 3, 1)


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, major_tables=load_major_code_tables(), reference_date=DAY)


def graduate(year: int, major: str | None = None, catalog=None, level=EducationLevel.BACHELOR) -> Graduate:
    code = catalog.resolve(major) if catalog is not None and major else None
    return Graduate(id="G1", education=level, degree=Degree.BACHELOR, graduation_year=year,
                    major=major, major_code=code.code if code else None)


def fresh_result(engine, year: int, season: int | None):
    job = Job(id="J1", title="专业技术岗", conditions=(("应届", "应届毕业生"),), season_year=season)
    (result,) = [r for r in engine.check(graduate(year), job).results if r.reason.startswith("应届身份")]
    return result


# --- a 2022年度 post saying 应届毕业生, read on 2023-03-01 -------------------------------------------------

def test_past_season_plain_fresh_post_admits_its_own_graduates(engine):
    result = fresh_result(engine, 2022, 2022)
    assert result.status is Status.ELIGIBLE
    assert result.reason == "应届身份符合：岗位面向应届毕业生（2022年度招聘），您2022年毕业"


@pytest.mark.parametrize("year, season, status", [
    (2023, 2022, Status.ELIGIBLE),      # the reference date's season still counts
    (2023, 2023, Status.ELIGIBLE),
    (2022, 2023, Status.NOT_ELIGIBLE),  # a post of this season: last year's are not 应届
    (2022, None, Status.NOT_ELIGIBLE),  # no season stated: the reference date's season alone
    (2021, 2022, Status.NOT_ELIGIBLE),  # 择业期 only where the post states it
])
def test_fresh_window_follows_the_post_season_only_when_earlier(engine, year, season, status):
    assert fresh_result(engine, year, season).status is status


def test_named_years_are_not_widened_by_the_season(engine):
    job = Job(id="J1", title="专业技术岗", conditions=(("应届", "2023年应届毕业生"),), season_year=2022)
    verdict = engine.check(graduate(2022), job)
    assert any(r.reason == "应届身份不符：岗位面向2023年毕业生，您2022年毕业" for r in verdict.results)


# --- 「2021年毕业生，2021年毕业免费师范生」: the graduate's year said once ------------------------------------

def test_shared_fact_of_every_route_is_said_once(engine):
    job = Job(id="J1", title="高中语文", conditions=(("应届", "2021年毕业生，2021年毕业免费师范生"),))
    verdict = engine.check(graduate(2016), job)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons() == ("报考身份不符：岗位面向2021年毕业生或2021年毕业免费师范生（符合其一即可），您2016年毕业",)


def test_routes_with_different_reasons_keep_each(engine):
    job = Job(id="J1", title="高中语文", conditions=(("应届", "2021年毕业生，2021年毕业免费师范生"),))
    verdict = engine.check(graduate(2021), job)
    assert verdict.status is Status.ELIGIBLE  # a 2021 graduate is not asked about the 免费师范生 status
    assert verdict.reasons() == ("应届身份符合：岗位面向2021年毕业生，您2021年毕业",)
    # No year recorded: the routes' reasons differ (the status is asked of one only), so each is kept.
    (reason,) = engine.check(graduate(None), job).reasons()
    assert reason.endswith("。2021年毕业生：您的毕业年份未填写；"
                           "2021年毕业免费师范生：您的毕业年份未填写，请核实您是否为免费师范生（公费师范生）"), reason


# --- 一级学科 with no 本科 class of its name ------------------------------------------------------------------

def major_result(engine, catalog, cell: str, major: str):
    job = Job(id="J1", title="工程师", conditions=(("专业要求", cell),))
    (result,) = [r for r in engine.check(graduate(2023, major, catalog), job).results if r.kind == "major"]
    return result


@pytest.mark.parametrize("cell", ["信息与通信工程一级学科、控制科学与工程一级学科",
                                  "电子科学与技术一级学科、计算机科学与技术一级学科、控制科学与工程一级学科"])
def test_bachelor_of_another_category_is_refused(engine, catalog, cell):
    result = major_result(engine, catalog, cell, "汉语言文学")
    assert result.status is Status.NOT_ELIGIBLE
    assert result.reason.startswith("专业不符：")


def test_bachelor_of_the_same_category_is_still_asked(engine, catalog):
    result = major_result(engine, catalog, "信息与通信工程一级学科", "通信工程")
    # Asked, not merely not refused: an ELIGIBLE here would pass a 研究生 discipline as the 本科 major.
    assert result.status is Status.NEEDS_REVIEW, result.reason
    assert result.reason.endswith("为研究生一级学科，未写本科专业要求；请向招聘单位核实本科通信工程专业可否报考")


# --- 「气象类」 (181 gkld posts), read as the 研究生 category 气象 (0751), no 本科 class of that name ---------

@pytest.mark.parametrize("level", [EducationLevel.BACHELOR, EducationLevel.MASTER])
def test_atmospheric_science_is_not_refused_on_meteorology_posts(engine, catalog, level):
    code = catalog.resolve("大气科学")
    g = Graduate(id="G1", education=level, degree=Degree.BACHELOR, graduation_year=2023, major="大气科学",
                 major_code=code.code if code else None)
    job = Job(id="J1", title="预报员", conditions=(("专业要求", "气象类"),))
    (result,) = [r for r in engine.check(g, job).results if r.kind == "major"]
    # A 本科 graduate of 大气科学类 is inside 「气象类」 (2026-12-07 review); a 硕士's discipline 0706 is asked.
    assert result.status is (Status.ELIGIBLE if level is EducationLevel.BACHELOR else Status.NEEDS_REVIEW)


def test_another_category_is_refused_on_meteorology_posts(engine, catalog):
    assert major_result(engine, catalog, "气象类", "园艺").status is Status.NOT_ELIGIBLE


def test_related_lists_reaching_past_the_category_are_asked_not_refused(engine, catalog):
    # 「气象相关类」 takes 电子信息 and 计算机 majors too; 「…等相关专业」 widens the whole list.
    assert major_result(engine, catalog, "气象相关类", "计算机科学与技术").status is Status.NEEDS_REVIEW
    cell = "信息与通信工程、计算机科学与技术、电子科学与技术、软件工程等相关专业"
    assert major_result(engine, catalog, cell, "数学与应用数学").status is Status.NEEDS_REVIEW
