"""A numbered 招聘对象 list of routes, each a combination (届 × level × school kind / 认证): any one
admits (gkld 备注, one announcement of 2022; strings written in the tables' style), and 门类 names in
major lists (「法学门类」「历史学（门类）」) read as the 门类."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.major_requirements import StudyLevel, parse_major_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.rules.conditions import EitherCond, Kind
from matching.rules.parser import parse_cell
from matching.verdict import Status
from service.model_store import load_major_code_tables

DAY = dt.date(2022, 11, 20)
ROUTES = ("招聘对象及条件：1.2022届、2023届全日制普通高校硕博士研究生毕业。2.2022届、2023届全日制一流学科建设高校、"
          "一流大学建设高校的“一流学科”（或原“211”“985”高校）本科毕业生。3.2022届、2023届全日制普通高校第一段（批）"
          "录取的师范类本科毕业生。2021年、2022年获得教育部留学服务中心认证的硕博士研究生，并符合报考条件的亦可报考。")
CELL = "具备教师基本素质和教育教学能力。" + ROUTES


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def verdict(engine, level, degree, year, school="某某大学"):
    graduate = Graduate(id="G1", education=level, degree=degree, graduation_year=year, school=school)
    return engine.check(graduate, Job(id="J1", title="小学语文", conditions=(("备注", CELL),)))


def route_reason(v) -> str:
    return next(r for r in v.reasons() if "第1项" in r)


def test_route_list_is_one_condition_of_four_routes():
    conds = parse_cell("cond:备注", CELL)
    assert [c.kind for c in conds] == [Kind.NOTE, Kind.TARGET_GROUP]
    either = conds[1].payload
    assert isinstance(either, EitherCond) and len(either.options) == 4
    assert all(type(p).__name__ == "RouteCond" for _, p in either.options)  # each route a combination
    assert conds[1].text == ROUTES
    assert not any(c.kind is Kind.NEEDS_REVIEW for c in conds)


def test_master_of_2022_is_eligible(engine):
    v = verdict(engine, EducationLevel.MASTER, Degree.MASTER, 2022)
    assert v.status is Status.ELIGIBLE
    assert route_reason(v) == "报考身份符合：岗位面向2022、2023届硕博士研究生（第1项），您2022年毕业，您的学历为硕士研究生"


def test_bachelor_of_2023_is_reviewed_on_school_kind_only(engine):
    v = verdict(engine, EducationLevel.BACHELOR, Degree.BACHELOR, 2023, school="华中师范大学")
    assert v.status is Status.NEEDS_REVIEW
    reason = route_reason(v)
    assert reason.startswith("报考身份待核实：")
    tail = reason.split("（符合其一即可）。")[1]
    assert tail == ("第2项：请核实是否为一流学科建设高校、一流大学建设高校的“一流学科”（或原“211”“985”高校）本科毕业生（您的学校为华中师范大学）；"
                    "第3项：请核实是否为第一段（批）录取的师范类本科毕业生（您的学校为华中师范大学）")


def test_bachelor_of_another_year_fails_every_route(engine):
    v = verdict(engine, EducationLevel.BACHELOR, Degree.BACHELOR, 2024)
    assert v.status is Status.NOT_ELIGIBLE
    tail = route_reason(v).split("（符合其一即可）。")[1]
    assert tail == "第1项：您2024年毕业，您的学历为本科；第2项：您2024年毕业；第3项：您2024年毕业；第4项：您的学历为本科，您的学位为学士"


def test_junior_college_graduate_fails_on_level(engine):
    v = verdict(engine, EducationLevel.JUNIOR_COLLEGE, None, 2022)
    assert v.status is Status.NOT_ELIGIBLE
    assert route_reason(v).startswith("报考身份不符：")


def test_master_of_an_earlier_year_is_reviewed_as_a_returnee(engine):
    # Not refused: the overseas route has no 届, only a certification the record cannot tell.
    v = verdict(engine, EducationLevel.MASTER, Degree.MASTER, 2020)
    assert v.status is Status.NEEDS_REVIEW
    assert route_reason(v).endswith("第4项：请核实您的学位是否在境外取得并经教育部留学服务中心认证")


def test_unknown_year_and_level_is_reviewed_not_refused(engine):
    v = verdict(engine, None, None, None)
    assert v.status is Status.NEEDS_REVIEW


def test_list_with_an_unread_item_stays_to_review():
    cell = "招聘对象及条件：1.2022届、2023届全日制普通高校硕博士研究生毕业。2.具有三年以上教学经历的在职教师。"
    conds = parse_cell("备注", cell)
    assert not any(isinstance(c.payload, EitherCond) for c in conds)
    assert any(c.kind is Kind.NEEDS_REVIEW for c in conds)


# --- 门类 names in major lists -----------------------------------------------------------------

@pytest.fixture(scope="module")
def parse(catalog):
    tables = load_major_code_tables()
    return lambda text: parse_major_requirement(text, catalog, tables=tables)


def test_category_names_get_category_codes(parse):
    req = parse("法学门类、教育学门类、工学门类")
    assert [(r.code, r.catalog) for r in req.refs] == [("03", StudyLevel.UNDERGRADUATE), ("04", StudyLevel.UNDERGRADUATE),
                                                       ("08", StudyLevel.UNDERGRADUATE)]
    assert req.undergrad_keys == frozenset({"03", "04", "08"})
    assert not req.unparsed


def test_category_name_reads_as_its_code_does(parse):
    assert [(r.level, r.code, r.catalog) for r in parse("工学门类").refs] == [(r.level, r.code, r.catalog) for r in parse("工学（08）").refs]


def test_category_in_brackets_is_not_the_major_of_that_name(parse):
    # 「历史学（门类）」 was read as the 本科 major 历史学 (060101), refusing a 世界史 graduate.
    req = parse("本科：汉语言文学、历史学（门类）")
    assert [r.code for r in req.refs] == ["050101", "06"]
    assert parse("医学门类专业").refs[0].code == "10"


def test_category_at_graduate_level_and_plain_major_name_unchanged(parse):
    ref = parse("研究生：工学门类").refs[0]
    assert (ref.level, ref.code) == (StudyLevel.GRADUATE, "08")
    assert parse("法学").refs[0].code == "030101"
