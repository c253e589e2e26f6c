"""Rules review of 2026-12-07 (second round): a 研究生 major the 研究生 catalog holds is not told it is missing from
the catalog; 「辽宁朝阳」 is not in a 朝阳区; a major list whose first bracket is never closed is read name by name;
「艺术硕士（音乐/美术）」 reads its directions; a degree stated in 学位要求 and 备注 is said once."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.major_similarity import NearestMajor
from features.records import Graduate, Job
from matching.explain import major_note
from matching.ranker import Ranker
from matching.rules import RulesEngine
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import MASTER, major_result as major, rules_engine

DOCTOR = (EducationLevel.DOCTOR, Degree.DOCTOR)


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


# -- 1. major_note of a master -----------------------------------------------------------------

def _master(name: str) -> Graduate:
    return Graduate(id="M1", major=name, education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2026)


@pytest.mark.parametrize("name", ["计算机技术", "电子信息", "审计", "政治学"])
def test_a_master_of_a_graduate_catalog_major_is_not_told_it_is_missing(catalog, segmenter, name):
    jobs = [Job(id="J1", title="计算机审计政治科员")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables()).fit(jobs)
    (result,) = ranker.rank([_master(name)], k=5)
    assert result.major_note is None  # no model: ranked by text as a catalog major is, nothing to say
    # the same name for a 本科 graduate is not in the 本科 catalog: still said
    bachelor = Graduate(id="B1", major="计算机技术", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    (result,) = ranker.rank([bachelor], k=5)
    assert "未能在专业目录中找到" in result.major_note


def test_with_the_model_a_master_is_told_what_is_estimated_how(catalog, segmenter):
    placed = NearestMajor(code="0809", name="计算机类", class_code="0809", class_name="计算机类", similarity=1.0, via="reference")
    note = major_note(_master("计算机技术"), placed, graduate_code="085404")
    assert note == ("您的专业「计算机技术」按研究生专业目录核对岗位的专业要求；专业匹配模型只分本科专业类，"
                    "与岗位的相关程度按公务员录用专业参考目录归入计算机类来估计")


# -- 3. 户籍 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("hukou", "cell", "status"), [
    ("辽宁朝阳", "限朝阳区户籍", Status.NEEDS_REVIEW),  # was 符合: 辽宁 has no 朝阳区 (as 辽宁省朝阳市: 待核实)
    ("辽宁省朝阳市", "限朝阳区户籍", Status.NEEDS_REVIEW),
    ("北京朝阳", "限朝阳区户籍", Status.ELIGIBLE),
    ("辽宁朝阳", "限北京市朝阳区户籍", Status.NOT_ELIGIBLE),
    ("辽宁朝阳", "限朝阳市户籍", Status.ELIGIBLE),
    ("河南新县", "限新县户籍", Status.ELIGIBLE),
])  # fmt: skip
def test_a_hukou_read_as_another_place_of_the_name_is_not_inside(engine, hukou, cell, status):
    graduate = Graduate(id="G1", major="法学", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR,
                        graduation_year=2023, hukou=hukou)
    verdict = engine.check(graduate, Job(id="J1", title="科员", conditions=(("户籍", cell),)))
    (result,) = [r for r in verdict.results if r.kind == "hukou"]
    assert result.status is status, result.reason


# -- 4. an unclosed first bracket ------------------------------------------------------------------

OPEN = "地理学（0705/测绘科学与技术（0816）/计算机科学与技术（0775）（0812）/环境科学与工程（0776）（0830）/地质资源与地质工程（0818）"


def test_a_list_whose_first_bracket_is_never_closed_is_read_name_by_name(engine, catalog):
    # gkld 13540249: was read as 「地理学(测绘科学与技术、计算机科学与技术、…)」, one name of 7 codes
    status, reason = major(engine, catalog, OPEN, "计算机科学与技术", DOCTOR)
    assert (status, reason) == (Status.ELIGIBLE, "专业符合：岗位要求 计算机科学与技术，您的专业为 计算机科学与技术")
    status, reason = major(engine, catalog, OPEN, "计算机技术", DOCTOR)
    assert status is Status.NEEDS_REVIEW and "地理学(" not in reason
    # as on the same list with its bracket closed
    closed = OPEN.replace("（0705/", "（0705）/")
    assert major(engine, catalog, OPEN, "计算机技术", DOCTOR) == major(engine, catalog, closed, "计算机技术", DOCTOR)


# -- 5. 艺术硕士 directions ------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "name", "status"), [
    ("艺术硕士（音乐/美术）", "音乐", Status.ELIGIBLE),  # 1352 (2022): was 不符合
    ("艺术硕士（音乐/美术）", "美术", Status.ELIGIBLE),  # 135107 by name: was 待核实
    ("艺术硕士（音乐/美术）", "舞蹈", Status.NOT_ELIGIBLE),  # 1353: was 待核实
    ("艺术硕士（音乐/美术）", "艺术硕士", Status.NEEDS_REVIEW),  # 1351, direction unknown: was 符合
    ("艺术硕士（音乐/美术）", "美术与书法", Status.NEEDS_REVIEW),  # 1356 holds 书法 too
    ("研究生：艺术硕士（音乐）", "美术与书法", Status.NOT_ELIGIBLE),
    ("艺术硕士（广播电视）", "广播电视", Status.ELIGIBLE),  # 135105
    ("艺术硕士（戏剧）", "戏剧与影视", Status.NEEDS_REVIEW),
    ("艺术硕士", "艺术硕士", Status.ELIGIBLE),  # no directions: as before
])  # fmt: skip
def test_arts_directions_in_brackets_are_read(engine, catalog, cell, name, status):
    assert major(engine, catalog, cell, name, MASTER)[0] is status


# -- 2. a degree stated twice ----------------------------------------------------------------------

def test_a_degree_in_the_degree_column_and_the_note_is_said_once(catalog):
    # gkld 5710201: 学位要求 「学士及以上学位」, 备注 「需具有学士及以上学位」
    job = Job(id="5710201", title="科员", conditions=(("学历要求", "本科及以上"), ("学位要求", "学士及以上学位"),
                                                     ("备注", "需具有学士及以上学位")))
    graduate = Graduate(id="B1", major="计算机科学与技术", major_code="080901", education=EducationLevel.BACHELOR,
                        degree=Degree.BACHELOR, graduation_year=2021)
    engine = RulesEngine(catalog=catalog, major_tables=load_major_code_tables(), reference_date=dt.date(2020, 12, 1))
    said = [r for r in engine.check(graduate, job).reasons() if r.startswith("学位")]
    assert said == ["学位符合：岗位要求学士及以上学位，您的学位为学士"]
