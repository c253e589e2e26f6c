"""户籍/生源 cells the reader used to miss: a place with its way in and who (「北京生源应届毕业生」 under
户籍地 was read as 无要求), 户籍或生源 with a bracket that defines 生源 or adds it (周村, 云和 in 备注),
and 「京外生源」 under 生源地 (a 生源地 outside Beijing: decided when the graduate states one)."""

from __future__ import annotations

import datetime as dt

import pytest

from matching.rules.conditions import HukouCond, Kind, NoteCategory
from matching.rules.engine import RulesEngine
from matching.rules.parser import parse_cell
from matching.verdict import Status
from tests.factories import graduate, job


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=dt.date(2026, 1, 10))


def _hukou(engine, column, cell, **fields):
    post = job("p", "一级科员", employer="应急管理部研究中心", conditions=((column, cell),), location="北京市")
    verdict = engine.check(graduate("g", "法学", **fields), post)
    (result,) = [r for r in verdict.results if r.kind == "hukou"]
    return result.status, result.reason


@pytest.mark.parametrize("column", ["户籍地", "户籍要求"])
def test_a_place_origin_and_fresh_graduates_is_a_requirement_not_none(column):
    found = parse_cell(column, "北京生源应届毕业生")
    assert [c.kind for c in found] == [Kind.HUKOU, Kind.TARGET_GROUP]
    assert found[0].payload == HukouCond(places=("北京",), origin=True, hukou=False)
    assert found[1].text == "应届毕业生"


def test_a_graduate_of_another_origin_is_not_told_eligible_for_beijing_origin(engine):
    status, reason = _hukou(engine, "户籍地", "北京生源应届毕业生", origin_place="河南省郑州市")
    assert status is Status.NOT_ELIGIBLE
    assert "北京生源" in reason and "河南省郑州市" in reason
    assert _hukou(engine, "户籍地", "北京生源应届毕业生", origin_place="北京市海淀区")[0] is Status.ELIGIBLE


def test_a_hukou_with_who_after_it_keeps_its_place():
    (cond, _) = parse_cell("户籍地", "河南省户籍应届毕业生")
    assert cond.payload == HukouCond(places=("河南省",))
    (only,) = parse_cell("户籍地", "北京生源毕业生")
    assert only.payload == HukouCond(places=("北京",), origin=True, hukou=False)


def test_hukou_including_the_places_origin_in_brackets():
    (cond,) = parse_cell("备注", "具有周村区户籍(含周村生源及从周村区入伍人员)")
    assert cond.payload == HukouCond(places=("周村区",), origin=True, exceptions=("从周村区入伍人员",))
    # another place's 生源 in the bracket is not this reading
    assert parse_cell("备注", "具有周村区户籍(含张店生源)")[0].kind is Kind.NEEDS_REVIEW


def test_hukou_or_origin_with_origin_defined_keeps_the_date_as_a_notice():
    cell = ("云和户籍或云和生源（生源是指全日制普通高校经高考、被高校录取时的户口所在地）"
            "户籍关系以2021年11月18日的户口所在地为准。")
    hukou, notice = parse_cell("备注", cell)
    assert hukou.payload == HukouCond(places=("云和",), origin=True)
    assert notice.kind is Kind.NOTE and notice.payload.category is NoteCategory.NOTICE


@pytest.mark.parametrize("cell", ["京外生源", "京外"])
def test_origin_outside_beijing_is_read(cell):
    (cond,) = parse_cell("生源地", cell)
    assert cond.payload == HukouCond(places=("北京市",), origin=True, hukou=False, outside=True)


def test_non_beijing_origin_under_hukou_reads_as_outside_but_bare_jingwai_there_does_not():
    (cond,) = parse_cell("户籍地", "非北京生源")
    assert cond.payload.outside
    assert not any(getattr(c.payload, "outside", False) for c in parse_cell("户籍地", "京外"))


def test_origin_outside_beijing_decided_by_the_stated_origin(engine):
    status, reason = _hukou(engine, "生源地", "京外生源", origin_place="北京市朝阳区")
    assert status is Status.NOT_ELIGIBLE
    assert reason == "生源地不符：岗位要求北京市以外生源，您的生源地为北京市朝阳区"
    status, reason = _hukou(engine, "生源地", "京外生源", origin_place="河北省保定市")
    assert status is Status.ELIGIBLE
    assert reason == "生源地符合：岗位要求北京市以外生源，您的生源地为河北省保定市"
    status, reason = _hukou(engine, "生源地", "京外", hukou="北京市")
    assert status is Status.NEEDS_REVIEW
    assert reason == "生源地待核实：岗位要求北京市以外生源，您的生源地未填写"


@pytest.mark.parametrize("cell", ["京内生源", "京内"])
def test_origin_inside_beijing_reads_as_beijing(cell):
    (cond,) = parse_cell("生源地", cell)
    assert cond.payload == HukouCond(places=("北京市",), origin=True, hukou=False)
