"""Major lists check-jobs reported as unreadable though their majors are readable: a discipline
with 相关类专业, level words said as 研究生阶段专业为 / 本科与研究生阶段均为, names run together with
no separator, notes and certificates written among the majors."""

from __future__ import annotations

import pytest

from features.major_requirements import StudyLevel, parse_major_requirement
from matching.job_checks import Check, check_jobs
from features.records import Job
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


@pytest.fixture(scope="module")
def tables():
    return load_major_catalog(), load_major_code_tables()


def read(tables, text):
    catalog, codes = tables
    return parse_major_requirement(text, catalog, tables=codes)


def test_a_discipline_and_what_is_near_it(tables):
    req = read(tables, "临床医学；公共卫生与预防医学相关类专业")
    assert req.unparsed == ()
    (near,) = [r for r in req.refs if r.name == "公共卫生与预防医学"]
    assert near.code == "1004" and near.related
    assert read(tables, "气象类，气象相关类").unparsed == ()


def test_a_note_among_the_majors_is_no_major(tables):
    req = read(tables, "本科专业为：计算机科学与技术、软件工程，以上均为具体专业。研究生专业为：软件工程")
    assert req.unparsed == ()
    assert [(r.level, r.code) for r in req.refs] == [
        (StudyLevel.UNDERGRADUATE, "080901"), (StudyLevel.UNDERGRADUATE, "080902"), (StudyLevel.GRADUATE, "0835")]
    assert read(tables, "医学影像学专业；其他从简章。").unparsed == ()


@pytest.mark.parametrize(("text", "graduate"), [
    ("本科阶段为电子信息工程专业，研究生阶段专业为电子信息类", "0854"),
    ("本科阶段专业为动画，研究生阶段为设计学", "1305"),
])
def test_level_said_with_stage_and_major(tables, text, graduate):
    req = read(tables, text)
    assert req.unparsed == ()
    assert (StudyLevel.GRADUATE, graduate) in [(r.level, r.code) for r in req.refs]


def test_two_levels_said_together(tables):
    for text in ("本科阶段与研究生阶段均为旅游管理、酒店管理", "本科、研究生阶段均为绘画类"):
        req = read(tables, text)
        assert req.unparsed == () and req.refs and all(r.code for r in req.refs)


def test_names_run_together(tables):
    req = read(tables, "影像医学与核医学临床医学医学影像学")
    assert [r.code for r in req.refs] == ["100207", "100201", "100203"] and req.unparsed == ()
    # A name no split explains stays unread.
    assert read(tables, "兼顾学校现有专业").unparsed == ("兼顾学校现有专业",)


def test_near_words_after_a_name(tables):
    for text, name in (("口腔内科学相关方向", "口腔内科学"), ("药物学相关背景", "药物学")):
        (ref,) = read(tables, text).refs
        assert ref.name == name and ref.related


def test_a_certificate_in_the_majors_cell_is_not_an_unread_major(tables):
    catalog, codes = tables
    job = Job(id="J1", title="康复医师", majors_text="本科：中医学、康复治疗学专业，具有执业医师资格证书")
    report = check_jobs([job], catalog=catalog, major_tables=codes)
    checks = {f.check for f in report.for_job("J1")}
    assert Check.MAJORS_UNREADABLE not in checks
    assert Check.MAJORS_OTHER_CONDITION in checks  # read by no check in the majors cell: said
