"""The official 专科 catalog (职业教育专业目录（2021年）高职专科, ``features/data/junior_majors_2021.json``): 专科
names and codes are read in it first. Before, only the ~30 (name, code) pairs the position tables print were
known, so a 计算机应用技术 or 大数据技术 graduate had no 专科 code and every 专科 list was 待核实 for them."""

from __future__ import annotations

import pytest

from features.major_lookup import StudyLevel, code_by_name
from features.major_requirements import parse_major_requirement
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import JUNIOR, major_result, rules_engine

JC = StudyLevel.JUNIOR_COLLEGE


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


@pytest.mark.parametrize(("name", "code"), [
    ("计算机应用技术", "510201"), ("计算机网络技术", "510202"), ("软件技术", "510203"), ("大数据技术", "510205"),
    ("护理", "520201"), ("大数据与会计", "530302"), ("电子商务", "530701"), ("学前教育", "570102"),
    ("计算机类", "5102"), ("电子与信息大类", "51"),
])
def test_junior_names_resolve_in_the_2021_catalog(tables, catalog, name, code):
    assert tables.junior_code(name) == code
    assert code_by_name(name, JC, catalog, tables) == (JC, code)


def test_the_catalog_is_shipped_whole(tables):
    majors = [c for c in tables.junior_catalog if len(c) == 6]
    assert (len(majors), sum(len(c) == 4 for c in tables.junior_catalog), sum(len(c) == 2 for c in tables.junior_catalog)) \
        == (744, 97, 19)
    assert all(c[:2] in tables.junior_catalog and c[:4] in tables.junior_catalog for c in majors)


def test_a_junior_code_is_never_read_as_undergraduate(catalog, tables):
    # Unlevelled: 计算机应用技术 is also a 研究生 二级学科 (081203); the code names the 专科 major.
    req = parse_major_requirement("计算机应用技术（510201）、软件技术", catalog, tables=tables)
    assert [(r.catalog, r.code) for r in req.refs] == [(JC, "510201"), (JC, "510203")]
    assert req.admits_undergrad_keys() == frozenset()
    req = parse_major_requirement("专科：计算机类（5102）；本科：计算机类（0809）", catalog, tables=tables)
    assert [(r.level, r.code) for r in req.refs] == [(JC, "5102"), (StudyLevel.UNDERGRADUATE, "0809")]


def test_an_older_catalogs_code_is_read_by_its_name(catalog, tables):
    # 2015's 620201 护理 is 2021's 520201; 2015's 510201 was 作物生产技术, no computer major.
    req = parse_major_requirement("专科：护理（620201）、作物生产技术（510201）、护理（520201）（限女性）", catalog, tables=tables)
    assert [r.code for r in req.refs] == ["520201", None, "520201"]


@pytest.mark.parametrize("cell", ["专科：计算机类（5102）", "专科：计算机类", "专科：计算机应用技术（510201）", "计算机类"])
def test_a_computer_applications_graduate_meets_a_computer_list(engine, catalog, cell):
    status, reason = major_result(engine, catalog, cell, "计算机应用技术", JUNIOR)
    assert status is Status.ELIGIBLE, reason


@pytest.mark.parametrize("cell", ["专科：计算机类（5102）", "专科：计算机类", "计算机类"])
def test_a_big_data_graduate_is_placed_by_the_catalogs_class(engine, catalog, cell):
    # 大数据技术 is in no class of the reference table; the catalog files it under 计算机类 (5102 → 0809).
    status, reason = major_result(engine, catalog, cell, "大数据技术", JUNIOR)
    assert status is Status.ELIGIBLE, reason


def test_a_major_of_another_class_is_refused_by_the_catalog(engine, catalog):
    status, reason = major_result(engine, catalog, "专科：计算机类（5102）", "大数据与会计", JUNIOR)
    assert (status, reason) == (Status.NOT_ELIGIBLE, "专业不符：岗位要求 计算机类，您的专业为 大数据与会计")


def test_a_2015_name_is_not_placed_in_a_junior_class_by_its_undergraduate_namesake(engine, catalog):
    # 会计 (2015's 630302, now 大数据与会计 in 财务会计类 5303) is in no 专科 工商管理类 (5306), though 本科 工商管理类
    # (1202) holds 会计学: asked, not admitted.
    status, _ = major_result(engine, catalog, "专科：工商管理类（5306）", "会计", JUNIOR)
    assert status is Status.NEEDS_REVIEW
    status, _ = major_result(engine, catalog, "专科：财务会计类（5303）", "大数据与会计", JUNIOR)
    assert status is Status.ELIGIBLE
