"""A past season's post read for a graduate of a later year, and the years an overseas-graduate
route sets (2026-12-07 review). 「2018年以来离校未就业」 on a 2020年度 post means who had left school by
2020: a graduate of 2023 was still studying and is refused, not asked about employment; a closed
post says it is closed and asks nothing. 「取得国(境)外学历学位认证的2022年毕业的留学人员」, 「…至…取得
国(境)外学位…的留学回国人员」 and 「2020年、2021年获得教育部留学服务中心认证的…」 set years the record holds:
a graduate of another year is refused on that route; where no year is stated, reviewed as before.
Condition texts written in the tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status

LEFT = (("应届", "限2018年以来离校未就业的高校毕业生"),)


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2020, 12, 1))


def graduate(year: int | None, level=EducationLevel.BACHELOR, degree=Degree.BACHELOR) -> Graduate:
    return Graduate(id="G1", education=level, degree=degree, graduation_year=year)


def post(cells, season: int | None = None, apply_by: dt.date | None = None) -> Job:
    return Job(id="J1", title="专业技术岗", conditions=cells, season_year=season, apply_by=apply_by)


# --- 离校未就业 read in the post's season --------------------------------------------------------

def test_graduate_after_the_posts_season_is_refused_not_asked_about_employment(engine):
    verdict = engine.on(dt.date(2021, 3, 1)).check(graduate(2023), post(LEFT, season=2020))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert ("毕业年份不符：岗位为2020年度招聘，面向2018年以来离校未就业高校毕业生，您2023年毕业，当时尚未离校"
            in verdict.reasons(Status.NOT_ELIGIBLE))
    assert not any("就业状态待核实" in r for r in verdict.reasons())


@pytest.mark.parametrize("year", [2018, 2020])
def test_graduate_who_had_left_school_by_the_season_is_still_asked(engine, year):
    verdict = engine.on(dt.date(2021, 3, 1)).check(graduate(year), post(LEFT, season=2020))
    assert verdict.status is Status.NEEDS_REVIEW
    assert any("请核实离校后是否尚未就业" in r for r in verdict.reasons())


def test_post_without_a_season_keeps_the_review(engine):
    verdict = engine.check(graduate(2023), post(LEFT))
    assert verdict.status is Status.NEEDS_REVIEW


# --- A closed post says it is closed --------------------------------------------------------------

def test_closed_season_post_asks_no_questions(engine):
    cells = (("备注", "往届生须有二级医院工作经历"),)
    verdict = engine.on(dt.date(2026, 12, 7)).check(graduate(2023), post(cells, season=2020))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NEEDS_REVIEW) == ()
    assert verdict.reasons()[0] == "招聘公告为2020年度，报名早已结束"


def test_closed_deadline_post_keeps_its_refusals_and_drops_questions(engine):
    cells = (("学历要求", "硕士研究生及以上"), ("备注", "往届生须有二级医院工作经历"))
    verdict = engine.check(graduate(2020), post(cells, apply_by=dt.date(2020, 11, 1)))
    assert verdict.reasons(Status.NEEDS_REVIEW) == ()
    assert any(r.startswith("学历不符") for r in verdict.reasons(Status.NOT_ELIGIBLE))
    assert "报名已于2020年11月1日截止" in verdict.reasons(Status.NOT_ELIGIBLE)


def test_open_post_still_asks(engine):
    cells = (("备注", "往届生须有二级医院工作经历"),)
    verdict = engine.check(graduate(2018), post(cells, apply_by=dt.date(2020, 12, 20)))
    assert verdict.status is Status.NEEDS_REVIEW


# --- Years of the overseas-graduate route ---------------------------------------------------------

OF_YEAR = "取得国(境)外学历学位认证的2022年毕业的留学人员"
PERIOD = "2021年7月1日至2022年12月31日期间取得国(境)外学位并完成教育部留学服务中心认证的留学回国人员"


@pytest.mark.parametrize(("text", "years"), [(OF_YEAR, (2022, 2022)), (PERIOD, (2021, 2022))])
def test_returnee_years_are_read(text, years):
    (cond,) = parse_cell("备注", text)
    assert cond.payload.graduated_in == years


@pytest.mark.parametrize(("text", "year", "status"), [
    (OF_YEAR, 2022, Status.NEEDS_REVIEW), (OF_YEAR, 2021, Status.NOT_ELIGIBLE), (OF_YEAR, 2023, Status.NOT_ELIGIBLE),
    (PERIOD, 2021, Status.NEEDS_REVIEW), (PERIOD, 2022, Status.NEEDS_REVIEW), (PERIOD, 2020, Status.NOT_ELIGIBLE),
])
def test_returnee_route_checks_the_graduation_year(engine, text, year, status):
    verdict = engine.check(graduate(year), post((("备注", text),)))
    assert verdict.status is status
    if status is Status.NOT_ELIGIBLE:
        assert verdict.reasons(status)[0].startswith("毕业年份不符：岗位面向")
        assert verdict.reasons(status)[0].endswith(f"您{year}年毕业")
    else:
        assert "教育部留学服务中心认证" in verdict.reasons(status)[0]


def test_returnee_route_without_years_is_reviewed_as_before(engine):
    cells = (("备注", "具有高级专业技术职称，或获得博士研究生学历学位人员，或经认证的获得硕士及以上学位的留学回国人员"),)
    verdict = engine.check(graduate(2023, EducationLevel.MASTER, Degree.MASTER), post(cells))
    assert verdict.status is Status.NEEDS_REVIEW


BEIJING = (("应届", "2020年应届毕业生"),
           ("备注", "2019年11月27日至2020年11月26日取得国（境）外学位并完成教育部门学历认证、具有北京市常住户口且人事行政关系"
                    "在北京的留学回国人员，未落实工作单位的，可以报考面向应届毕业生招聘的岗位"))


def test_returnees_let_in_as_fresh_are_those_of_the_stated_years(engine):
    refused = engine.check(graduate(2022), post(BEIJING))
    assert refused.status is Status.NOT_ELIGIBLE
    assert refused.reasons(Status.NOT_ELIGIBLE)[0].endswith("（符合其一即可），您2022年毕业")
    reviewed = engine.check(graduate(2019), post(BEIJING))
    assert reviewed.status is Status.NEEDS_REVIEW
    assert "留学回国人员：请核实您的学位是否在境外取得并经教育部留学服务中心认证" in reviewed.reasons()[0]


ROUTES = (("备注", "招聘对象及条件：1.2021届、2022届全日制普通高校硕博士研究生毕业。2.2021届、2022届全日制普通高校本科毕业生。"
                   "2020年、2021年获得教育部留学服务中心认证的硕博士研究生，并符合报考条件的也可报考。"),)


def test_route_list_overseas_item_refuses_a_degree_after_its_years(engine):
    master = EducationLevel.MASTER, Degree.MASTER
    assert engine.check(graduate(2023, *master), post(ROUTES)).status is Status.NOT_ELIGIBLE
    assert engine.check(graduate(2019, *master), post(ROUTES)).status is Status.NEEDS_REVIEW
