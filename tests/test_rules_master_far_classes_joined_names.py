"""Three readings of major lists (2026-12-07):

- a 硕士 whose major the 本科 catalog lacks (区域经济学 020202, filed under 经济学类 by the reference table) is refused on
  a far 本科 class listed without level (工商管理类, 公共管理类), as a 本科 graduate of its class is, and asked on a near one
  (its own class, the classes whose 研究生 home is its 一级学科, a 相关 list);
- 「汉语言文学及秘书学」 is two catalog majors joined by 及, while 「数学与应用数学」 is one;
- a 专业学位 master recorded by the category the name carries (「农业硕士（农艺与种业）」, 「农业硕士」) is read as that
  category (农业 0951), whose 2022 fields no shipped catalog holds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel, parse_education_requirement
from features.major_requirements import parse_major_requirement
from features.records import Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE
MASTER, BACHELOR = EducationLevel.MASTER, EducationLevel.BACHELOR


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def catalog():
    return load_major_catalog()


@pytest.fixture(scope="module")
def engine(catalog, tables):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 12, 6), major_tables=tables)


def _major(engine, major: str, cell: str, level: EducationLevel = MASTER):
    job = Job(id="j1", title="工作人员", education=parse_education_requirement("本科及以上"), conditions=(("专业", cell),))
    graduate = Graduate(id="g1", major=major, education=level, graduation_year=2026)
    (result,) = [r for r in engine.check(graduate, job).results if r.kind == "major"]
    return result


@pytest.mark.parametrize("major, cell", [
    ("区域经济学", "工商管理类"),
    ("区域经济学", "公共管理类"),
    ("产业经济学", "工商管理类、公共管理类"),
    ("西方经济学", "会计学、财务管理"),  # 本科 majors of 工商管理类
    ("马克思主义基本原理", "临床医学"),
])
def test_a_master_is_refused_on_a_far_class_as_a_bachelor_of_its_class_is(engine, major, cell):
    result = _major(engine, major, cell)
    assert result.status is FAIL, result.reason
    assert result.reason == f"专业不符：岗位要求 {cell}，您的专业为 {major}"


@pytest.mark.parametrize("major, cell", [
    ("区域经济学", "经济学类"),  # the class its name is filed under
    ("区域经济学", "财政学类"),  # a class whose 研究生 home is 应用经济学, its 一级学科
    ("区域经济学", "工商管理类等相关专业"),  # widened by 相关
    ("西方经济学", "经济学"),  # a 本科 major of its own class
])
def test_a_master_is_still_asked_on_a_near_list(engine, major, cell):
    assert _major(engine, major, cell).status is REVIEW


def test_a_master_filed_under_no_class_is_still_read_by_category(engine):
    assert _major(engine, "应用经济学", "历史学类").status is FAIL
    assert _major(engine, "应用经济学", "经济学类").status is REVIEW


def test_two_catalog_majors_joined_by_ji_are_split(catalog, tables):
    req = parse_major_requirement("汉语言文学及秘书学", catalog, tables=tables)
    assert [(r.code, r.name) for r in req.refs] == [("050101", "汉语言文学"), ("050107", "秘书学")]
    req = parse_major_requirement("本科：社会学与社会工作", catalog, tables=tables)
    assert [r.code for r in req.refs] == ["030301", "030302"]


@pytest.mark.parametrize("cell, code", [("数学与应用数学", "070101"), ("食品质量与安全", "082702"),
                                        ("技术经济及管理", "120204")])
def test_a_catalog_name_with_yu_or_ji_stays_one_major(catalog, tables, cell, code):
    assert [(r.code, r.name) for r in parse_major_requirement(cell, catalog, tables=tables).refs] == [(code, cell)]


@pytest.mark.parametrize("cell", [
    "人文教育及历史与社会教育",  # 历史与社会教育 is no catalog name
    "材料物理与化学",  # a 1997 二级学科: 材料物理 (0804) and 化学 (0703) are of other classes
    "机械工程及自动化",  # the 1998 本科 major: 0802 and 0808
    "马克思主义理论与思想政治教育",  # named whole by the civil-service reference table
])
def test_a_join_that_may_be_one_older_name_is_not_split(catalog, tables, cell):
    (ref,) = parse_major_requirement(cell, catalog, tables=tables).refs
    assert ref.code is None and ref.name == cell


def test_each_joined_major_meets_the_list_and_others_are_refused(engine):
    for major in ("汉语言文学", "秘书学"):
        result = _major(engine, major, "汉语言文学及秘书学", BACHELOR)
        assert result.status is OK and result.reason == f"专业符合：岗位要求 {major}，您的专业为 {major}"
    result = _major(engine, "法学", "汉语言文学及秘书学", BACHELOR)
    assert result.reason == "专业不符：岗位要求 汉语言文学、秘书学，您的专业为 法学"


@pytest.mark.parametrize("major", ["农业硕士（农艺与种业）", "农艺与种业（农业硕士）", "农业硕士"])
def test_a_professional_master_is_read_by_the_category_the_name_carries(engine, major):
    assert _major(engine, major, "农业（0951）").status is OK
    assert _major(engine, major, "研究生：农业（0951）").status is OK
    assert _major(engine, major, "研究生：汉语言文学（0501）").status is FAIL
    assert _major(engine, major, "工商管理类").status is FAIL


def test_a_field_named_alone_stays_asked_without_a_catalog_of_fields(engine):
    """No shipped catalog holds the 2022 field 农艺与种业 (095131): by its name alone it is not placed."""
    assert _major(engine, "农艺与种业", "农业（0951）").status is REVIEW
