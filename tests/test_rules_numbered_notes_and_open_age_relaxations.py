"""Numbered 备注 lists and age relaxations that state no new limit (2026-12-07 review).

- A numbered list kept the item number glued on in what it could not read: 「条件待人工核实：2具有本科及
  以上学历」 (a bare number opening an item), 「1.1982年1月1日及以后出生」 (a dot before a year),
  「1)具有博士学位」 (a closing bracket alone), 「（一）具有…」 (a Chinese numeral in brackets). Item
  numbers are now stripped, and the items read; numbers that are quantities stay (2年以上, 35周岁, 3人).
- 「…或持有国家注册职业资格证书者可适度放宽年龄」 beside 「30周岁以下」 in another cell was unread: it is
  an open age relaxation, as 「有相关经验者年龄可适当放宽」 is, so an older graduate is reviewed, saying why.
Fixture strings are written for the test in the forms the gkld table uses, not copied from it."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from matching.rules.conditions import Kind
from matching.rules.describe import describe_condition
from matching.rules.engine import RulesEngine
from matching.rules.parser import parse_cell
from matching.rules.text import clauses, fold
from matching.verdict import Status
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog
from tests.factories import graduate, job

YOUNG, OLDER = dt.date(1995, 5, 1), dt.date(1985, 5, 1)  # 27 and 37 on the day


def pieces(text: str) -> list[str]:
    folded = fold(text)
    return [folded[a:b] for a, b in clauses(folded)]


@pytest.mark.parametrize(("text", "expected"), [
    ("1.品行端正；2具有本科及以上学历；3.身体健康", ["品行端正", "具有本科及以上学历", "身体健康"]),
    ("1熟悉免疫学；2近3年在企业工作", ["熟悉免疫学", "近3年在企业工作"]),
    ("1)具有博士学位；2)研究方向：通信", ["具有博士学位", "研究方向:通信"]),
    ("1.1982年1月1日及以后出生。2.具有相关工作经历", ["1982年1月1日及以后出生", "具有相关工作经历"]),
    ("（一）具有大专及以上学历；（二）遵纪守法", ["具有大专及以上学历", "遵纪守法"]),
])
def test_item_numbers_are_not_kept_with_the_item(text, expected):
    assert pieces(text) == expected


@pytest.mark.parametrize("text", ["2年以上工作经历", "35周岁以下", "3人", "2本专著以上", "1.5年以上经验", "10余年经验"])
def test_a_number_that_is_a_quantity_is_kept(text):
    assert pieces(text) == [text]


def test_a_bare_number_before_a_level_is_an_item_number():
    assert pieces("1.品行端正；2本科及以上学历") == ["品行端正", "本科及以上学历"]


@pytest.mark.parametrize(("text", "expected"), [
    ("1.思想好；2具有本科及以上学历，并获得学士及以上学位", ["note[能力与工作条件]", "education[本科及以上]", "degree[学士]"]),
    ("1.1982年1月1日及以后出生。", ["age[-; born 1982-01-01..]"]),
    ("1.2020年应届毕业生；2.其他从简章。", ["target_group[应届毕业生 2020]", "note[报考须知]"]),
])
def test_numbered_items_are_read(text, expected):
    assert [describe_condition(c) for c in parse_cell("备注", text)] == expected


def test_an_unread_numbered_item_is_quoted_without_its_number():
    conds = parse_cell("备注", "1.品行端正；2具有较高的政策水平和业务技能")
    assert [c.text for c in conds if c.kind is Kind.NEEDS_REVIEW] == ["具有较高的政策水平和业务技能"]


@pytest.fixture(scope="module")
def engine():
    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2023, 1, 10),
                       major_tables=load_major_code_tables())


RELAXATION = "全日制硕士研究生及以上学历者或持有国家注册职业资格证书者可适度放宽年龄；"


def age_result(engine, born, relaxation=RELAXATION, level=EducationLevel.BACHELOR):
    verdict = engine.check(graduate("g", "法学", education=level, birth_date=born),
                           job("j", "讲解员", conditions=(("年龄要求", "年龄应在30周岁以下"), ("备注", relaxation))))
    assert not [r for r in verdict.results if r.kind == "needs_review"], verdict.results
    return next(r for r in verdict.results if r.kind == "age")


def test_an_open_relaxation_in_another_cell_reviews_an_older_graduate_saying_why(engine):
    age = age_result(engine, OLDER)
    assert age.status is Status.NEEDS_REVIEW
    assert age.reason == ("年龄待核实：岗位要求30周岁以下，全日制硕士研究生及以上学历者或持有国家注册职业资格证书者可适度放宽，"
                          "您现年37周岁，请核实是否适用放宽条件")


def test_an_open_relaxation_leaves_a_graduate_within_the_limit_eligible(engine):
    assert age_result(engine, YOUNG).status is Status.ELIGIBLE


@pytest.mark.parametrize("text", ["有相关工作经验者可适当放宽年龄", "具有专业技术三级演奏员以上职称的，年龄可适当放宽",
                                  "硕士研究生及以上学历、持特种设备检验师证书等条件优秀者，年龄可适当放宽"])
def test_other_wordings_of_an_open_relaxation_are_read(engine, text):
    assert age_result(engine, OLDER, text).status is Status.NEEDS_REVIEW


def test_a_relaxation_of_more_than_the_age_is_not_read_as_one():
    assert [c.kind for c in parse_cell("备注", "特别优秀者可适当放宽年龄及工作经历")] == [Kind.NEEDS_REVIEW]


def test_a_relaxation_beside_its_own_limit_stays_with_that_limit():
    conds = parse_cell("备注", "本科及以上学历，年龄35周岁以下，条件优异者年龄可适当放宽")
    assert [describe_condition(c) for c in conds] == ["education[本科及以上]", "age[-35; relax 条件优异者≤999(-)]"]
