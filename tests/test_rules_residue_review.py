"""Review of the gkld forms read on 2026-12-06 (``test_rules_residue_forms.py``), checked as an officer
and a graduate would on the tables' own cells: a relaxation of one level's age limit lifts no other
level's; 学历可放宽到硕士 is read as 放宽至; and the ranker's pre-filter keeps open the posts the engine
now reviews under a title holder's 学历放宽 or an overseas graduates' 不限专业, so a graduate sees them."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.ranker import Ranker
from matching.rules import RulesEngine
from matching.verdict import Status
from tests.factories import graduate, job

DAY = dt.date(2021, 11, 20)  # the 2021 season the cells were written for

# 年龄要求 of nine gkld 医师 posts, as written.
BY_LEVEL_AND_SEASON = ("本科：应届30岁及以下（1990年11月11日（含）以后出生），历届35岁及以下（1985年11月11日（含）以后出生）"
                       "(有中级资格证放宽至40岁，1980年11月11日（含）以后出生)硕士：应届35岁及以下（1985年11月11日（含）以后出生），"
                       "历届40岁及以下（1980年11月11日（含）以后出生）博士：45岁及以下（1975年11月11日（含）以后出生）")


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def _age(engine, level, born, year):
    job = Job(id="J1", title="医师", conditions=(("年龄要求", BY_LEVEL_AND_SEASON),))
    g = Graduate(id="G", education=level, birth_date=born, graduation_year=year)
    (r,) = [r for r in engine.check(g, job).results if r.kind == "age"]
    return r


def test_fresh_master_past_35_is_refused_though_bachelors_may_be_relaxed(engine):
    # The 中级资格证 relaxation is written inside the 本科 section: it lifts no 硕士 limit.
    r = _age(engine, EducationLevel.MASTER, dt.date(1983, 1, 1), 2022)
    assert r.status is Status.NOT_ELIGIBLE
    assert r.reason.startswith("年龄不符：") and "38周岁" in r.reason


def test_bachelor_past_both_limits_is_still_reviewed_for_the_certificate(engine):
    r = _age(engine, EducationLevel.BACHELOR, dt.date(1983, 1, 1), 2019)
    assert r.status is Status.NEEDS_REVIEW and "请核实是否适用放宽条件" in r.reason


def test_earlier_master_of_38_passes(engine):
    assert _age(engine, EducationLevel.MASTER, dt.date(1983, 1, 1), 2019).status is Status.ELIGIBLE


def test_relaxation_to_written_with_dao_is_read(engine):
    # 备注 of a gkld 博士 post: 放宽到, not 放宽至.
    note = "具有副主任医师及以上职称者，学历可放宽到硕士。"
    job = Job(id="J1", title="牙科医师", conditions=(("学历要求", "博士研究生"), ("备注", note)))
    master = Graduate(id="M", education=EducationLevel.MASTER, degree=Degree.MASTER)
    (r,) = [r for r in engine.check(master, job).results if r.kind == "education"]
    assert r.status is Status.NEEDS_REVIEW
    assert r.reason.startswith("学历待核实：") and "具有副主任医师及以上职称者，学历可放宽到硕士" in r.reason
    bachelor = Graduate(id="B", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    (r,) = [r for r in engine.check(bachelor, job).results if r.kind == "education"]
    assert r.status is Status.NOT_ELIGIBLE  # below the relaxed level


OVERSEAS = ("本科或研究生阶段为英语类、课程与教学论、学科教学（英语），英国、美国、加拿大或澳大利亚留学毕业生"
            "（含相应国家具有独立法人资格的中外合作办学本科院校毕业生）不限专业")


@pytest.fixture(scope="module")
def ranked(catalog, segmenter):
    from service.engine import load_rules_engine

    jobs = [job("TITLE", "临床医师", education="博士研究生",
                conditions=(("备注", "具有副主任医师及以上职称者，学历可放宽到硕士"),)),
            job("ABROAD", "英语教师", majors=OVERSEAS, education="本科及以上"),
            job("LAW", "法律顾问", majors="法学类（0301）", education="本科及以上")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, checker=load_rules_engine(DAY)).fit(jobs)
    master = graduate("M", "临床医学", catalog=catalog, education=EducationLevel.MASTER, degree=Degree.MASTER)
    physics = graduate("P", "物理学", catalog=catalog, education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    return {r.graduate_id: r for r in ranker.rank([master, physics], k=10, rejected_k=0)}


def test_master_sees_the_doctor_post_relaxed_for_title_holders(ranked):
    (s,) = [s for s in ranked["M"].suggestions if s.job_id == "TITLE"]
    assert s.status is Status.NEEDS_REVIEW
    assert any("学历待核实" in r and "如您具有该职称请核实" in r for r in s.reasons)


def test_graduate_of_another_major_sees_the_post_open_to_overseas_graduates(ranked):
    # Passed before the review too (the list's unread tail leaves it no undergraduate keys to block
    # on): kept so that reading the tail into keys cannot start hiding the post.
    (s,) = [s for s in ranked["P"].suggestions if s.job_id == "ABROAD"]
    assert s.status is Status.NEEDS_REVIEW
    assert any("专业待核实" in r and "如您属于此类请核实" in r for r in s.reasons)
    assert "LAW" not in {s.job_id for s in ranked["P"].suggestions}  # a plain list still closes


def test_certificate_of_other_graduation_years_is_said_in_plain_chinese(engine):
    note = "全日制普通高校毕业，2019年及之前毕业的须具有执业医师资格，2020年毕业的须具有执业医师考试成绩合格证明。"
    job = Job(id="J1", title="医生", conditions=(("备注", note),))
    g = Graduate(id="G", education=EducationLevel.MASTER, graduation_year=2022)
    reasons = [r.reason for r in engine.check(g, job).results if r.kind == "certificate"]
    assert reasons == ["证书要求不适用：岗位仅要求2019年及之前毕业的人员具有执业医师资格，您2022年毕业",
                       "证书要求不适用：岗位仅要求2020年毕业的人员具有执业医师考试成绩合格证明，您2022年毕业"]


def test_limits_by_level_are_said_before_the_relaxation_without_a_leading_comma(engine):
    r = _age(engine, EducationLevel.BACHELOR, dt.date(1983, 1, 1), 2019)
    assert r.reason.startswith("年龄待核实：岗位要求本科应届30周岁以下（1990年11月11日以后出生），本科历届35周岁以下")
    assert "博士45周岁以下（1975年11月11日以后出生），本科有中级资格证放宽至40周岁（1980年11月11日以后出生），您现年38周岁" in r.reason
