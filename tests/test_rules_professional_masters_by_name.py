"""A 专业学位 recorded as 「X硕士」 is the 专业学位 X, not the academic code 广东's table files it under
(2026-12-07 review): 护理硕士 was read as 100228 (under 临床医学 1002), so a 护理硕士 fitted every 临床医学
list (Henan 129 posts) and ranked up on them. Cells are short snippets of Henan/gkld 专业要求 cells."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.level_lists import graduate_level_keys
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables


@pytest.fixture(scope="module")
def tables():
    return load_major_code_tables()


@pytest.fixture(scope="module")
def engine(catalog, tables):
    return RulesEngine(catalog=catalog, major_tables=tables, reference_date=dt.date(2026, 3, 1))


def major(engine, cell: str, name: str):
    graduate = Graduate(id="G1", major=name, education=EducationLevel.MASTER, degree=Degree.MASTER,
                        graduation_year=2026)
    verdict = engine.check(graduate, Job(id="J1", title="岗位", conditions=(("专业要求", cell),)))
    (result,) = [r for r in verdict.results if r.kind == "major"]
    return result.status, result.reason


def test_a_nursing_masters_name_is_the_professional_degree(tables):
    assert tables.graduate_code("护理硕士") == "1054"  # was 100228, under 临床医学 (1002)


@pytest.mark.parametrize(("name", "code"), [("计算机技术硕士", "081204"), ("新闻与传播硕士", "050303")])
def test_a_filing_the_catalog_does_not_contradict_is_kept(tables, name, code):
    # 计算机技术 / 新闻与传播 have no 一级学科 of their own elsewhere: 广东's filing may be what lists intend
    assert tables.graduate_code(name) == code


def test_a_clinical_field_master_stays_under_clinical_medicine(tables):
    # 内科学 is a 二级学科 of 临床医学 (and a field of 1051): 内科学硕士 is asked on it, as before
    assert tables.graduate_code("内科学硕士") == "100219"
    assert "1002" in tables.second_level_holders("100201")


@pytest.mark.parametrize("cell", ["研究生：临床医学（1002）", "研究生：临床医学"])
def test_a_nursing_master_is_not_a_clinical_medicine_master(engine, cell):
    assert major(engine, cell, "护理硕士") == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 临床医学，您的专业为 护理硕士")  # was 符合


def test_a_nursing_master_on_an_unlevelled_clinical_list_is_asked(engine):
    status, reason = major(engine, "临床医学", "护理硕士")
    assert status is Status.NEEDS_REVIEW and "请核实您的专业 护理硕士 是否属于其中" in reason


@pytest.mark.parametrize("cell", ["研究生：护理（1054）", "护理", "研究生：护理硕士（专业硕士）（A100228）"])
def test_a_nursing_master_fits_nursing_lists(engine, cell):
    status, reason = major(engine, cell, "护理硕士")
    assert status is Status.ELIGIBLE, reason  # was 不符合 on 护理 (1054) and on 广东's 护理硕士（专业硕士）


@pytest.mark.parametrize(("cell", "status"), [
    ("研究生：护理学（1011）", Status.ELIGIBLE), ("护理学（二级学科）", Status.ELIGIBLE),
    ("研究生：护理学（100209）", Status.ELIGIBLE), ("研究生：临床医学（1002）", Status.NOT_ELIGIBLE),
])
def test_a_nursing_science_master(engine, cell, status):
    assert major(engine, cell, "护理学")[0] is status


def test_the_ranking_keys_of_a_nursing_master_are_nursing(tables, catalog):
    graduate = Graduate(id="G1", major="护理硕士", education=EducationLevel.MASTER, degree=Degree.MASTER,
                        graduation_year=2026)
    keys = graduate_level_keys(graduate, tables, catalog)
    assert "GRADUATE:1054" in keys
    assert not any(k.startswith("GRADUATE:1002") for k in keys)  # was GRADUATE:1002, GRADUATE:100228
