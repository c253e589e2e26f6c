"""A hukou limit whose only exception is one past season's 应届 graduates (gkld: 「北京市常住户口2021年应届
不限户籍」) refuses a graduate from another province who finishes later, instead of leaving it 待核实."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 12, 6))


def _job(column: str, text: str) -> Job:
    return Job(id="j1", title="综合管理岗", education=parse_education_requirement("本科及以上"), conditions=((column, text),))


def _graduate(hukou: str = "新疆乌鲁木齐市头屯河区", year: int = 2026) -> Graduate:
    return Graduate(id="g1", major="法学", major_code="030101K", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                    hukou=hukou, graduation_year=year, birth_date=dt.date(2004, 3, 1))


def _hukou(verdict):
    return [r for r in verdict.results if r.kind == "hukou"]


def test_a_later_graduate_from_elsewhere_is_refused_with_the_season_named(engine):
    verdict = engine.check(_graduate(), _job("户籍地", "北京市常住户口2021年应届不限户籍"))
    (result,) = _hukou(verdict)
    assert verdict.status is Status.NOT_ELIGIBLE and result.status is Status.NOT_ELIGIBLE
    assert result.reason == ("户籍不符：岗位要求北京市户籍（另有例外：2021年应届不限户籍），您的户籍为新疆乌鲁木齐市头屯河区；"
                             "例外只适用于2021年应届毕业生，您2026年毕业")


def test_the_exception_for_those_meeting_a_past_seasons_conditions_is_read_alike(engine):
    text = ("限于截至公务员考试报名时具有北京市常住户口、人事行政关系在北京的人员（不包括2022年非北京生源毕业生及户口档案保留在"
            "学校的非北京生源往届毕业生）和符合面向2023年应届毕业生招考职位条件的人员报考。")
    results = _hukou(engine.check(_graduate(), _job("备注", text)))
    assert results and all(r.status is Status.NOT_ELIGIBLE for r in results)
    assert all("例外只适用于2023年应届毕业生，您2026年毕业" in r.reason for r in results)


@pytest.mark.parametrize(
    ("graduate", "text"),
    [
        (_graduate(year=2021), "北京市常住户口2021年应届不限户籍"),  # that season's graduate
        (_graduate(year=2020), "北京市常住户口2021年应届不限户籍"),  # earlier: may count, within the 择业期
        (_graduate(), "北京市常住户口；详见备注"),  # the exception is not stated
        (_graduate(), "北京市常住户口，2020年以后毕业生不限户籍"),  # later years are let in
    ],
)
def test_an_exception_that_may_admit_the_graduate_is_still_reviewed(engine, graduate, text):
    (result,) = _hukou(engine.check(graduate, _job("户籍地", text)))
    assert result.status is Status.NEEDS_REVIEW, result.reason
    assert result.reason.startswith("户籍待核实：")


def test_a_graduate_registered_in_the_place_still_meets_it(engine):
    (result,) = _hukou(engine.check(_graduate(hukou="北京市海淀区"), _job("户籍地", "北京市常住户口2021年应届不限户籍")))
    assert result.status is Status.ELIGIBLE


def test_a_graduate_refused_by_hundreds_of_better_scored_posts_still_gets_suggestions(engine, catalog, segmenter):
    from matching.ranker import Ranker
    from tests.factories import job

    closed = [job(f"BJ{n:03d}", "法律事务岗", education="本科及以上", location="北京市",
                  description="负责法律事务、合同审查、诉讼代理和普法宣传", conditions=(("户籍地", "北京市常住户口2021年应届不限户籍"),))
              for n in range(300)]
    open_ = job("XJ", "综合岗", education="本科及以上", location="新疆乌鲁木齐市", description="负责办公室综合事务")
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=engine).fit([*closed, open_])
    (result,) = ranker.rank([_graduate()], k=5)
    assert [s.job_id for s in result.suggestions] == ["XJ"]
    assert result.rejected and all(r.job_id.startswith("BJ") for r in result.rejected)
