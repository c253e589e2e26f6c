"""Reasons as a graduate reads them on real tables: an experience clause quoted as written, and a
condition stated in two cells given once."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Gender, Graduate, Job
from matching.rules import RulesEngine
from matching.rules.describe import requirement
from matching.rules.parser import parse_cell
from matching.verdict import ConditionResult, Status, Verdict
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 11, 1))


def _job(*conditions: tuple[str, str]) -> Job:
    return Job(id="j1", title="综合管理", education=parse_education_requirement("大专及以上"), conditions=conditions)


def _graduate() -> Graduate:
    return Graduate(id="g1", major="旅游管理", major_code="120901K", education=EducationLevel.BACHELOR,
                    degree=Degree.BACHELOR, gender=Gender.FEMALE, birth_date=dt.date(2004, 3, 1), graduation_year=2027)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # before: 「3年以上3年及以上5A级景区工作经历工作经历」
        ("具有3年及以上5A级景区工作经历", "具有3年及以上5A级景区工作经历"),
        # before: 「2年以上2年以上(含2年)相关工作经历工作经历」
        ("具有2年以上（含2年）相关工作经历", "具有2年以上(含2年)相关工作经历"),
        # before: 「3年以上3年以上团队管理经验工作经历」
        ("3年以上团队管理经验", "3年以上团队管理经验"),
        # before: 「2年以上一般应当在本级机关工作2年以上工作经历」
        ("一般应当在本级机关工作2年以上", "一般应当在本级机关工作2年以上"),
        # before: 「具有丰富的科研项目研究和管理经验工作经历」
        ("需有丰富的科研项目研究和管理经验", "有丰富的科研项目研究和管理经验"),
        # before: 「2年以上从事法律事务相关工作工作经历」
        ("具备从事法律事务相关工作2年以上工作经历", "2年以上从事法律事务相关工作经历"),
    ],
)
def test_an_experience_clause_is_quoted_without_repeating_its_years_or_its_experience(clause, expected):
    (cond,) = [c for c in parse_cell("备注", clause) if c.kind.value == "work_experience"]
    assert requirement(cond.payload) == expected


def test_the_graduate_reads_the_experience_requirement_once(engine):
    verdict = engine.check(_graduate(), _job(("备注", "具有3年及以上5A级景区工作经历")))
    assert ("工作经历待核实：岗位要求具有3年及以上5A级景区工作经历"
        "，您为应届毕业生，一般尚无3年全职工作经历，岗位也未写明接收应届毕业生，排序已相应下调；如有相关工作经历请核实") in verdict.reasons()


def test_a_condition_stated_in_two_cells_gives_its_reason_once(engine):
    verdict = engine.check(_graduate(), _job(("年龄要求", "50周岁以下"), ("备注", "50周岁以下")))
    ages = [r for r in verdict.reasons() if r.startswith("年龄")]
    assert ages == ["年龄符合：岗位要求50周岁以下"]
    assert len([r for r in verdict.results if r.kind == "age"]) == 2  # both cells are still checked


def test_reasons_keep_their_order_and_differing_sentences():
    results = [ConditionResult("age", Status.ELIGIBLE, "年龄符合：甲"), ConditionResult("hukou", Status.NEEDS_REVIEW, "户籍待核实：乙"),
               ConditionResult("age", Status.ELIGIBLE, "年龄符合：甲"), ConditionResult("hukou", Status.NEEDS_REVIEW, "户籍待核实：丙")]
    verdict = Verdict.combine(results)
    assert verdict.reasons() == ("年龄符合：甲", "户籍待核实：乙", "户籍待核实：丙")
    assert verdict.reasons(Status.NEEDS_REVIEW) == ("户籍待核实：乙", "户籍待核实：丙")
