"""Employers called 学院 or 大学 that are no university to teach in: a 党校 (and its 行政学院/社会主义学院),
the 科学院 and their 研究所, 干部/进修/检察官 学院 (辽阳市教师进修学院's 研训教师 teach 初中), a university's
附属医院 or 附属学校. Their teaching titles take no 高校 level, so 「想去大学当老师」 does not say
「意向工作一致」 on them; a university's (中国科学院大学 included) still does. Wishes that name a 大学 but
no teaching (「想去大学做行政」) and a 辅导员 wish are read as before."""

from __future__ import annotations

import pytest

from features.vocabulary import job_kind_text, names_job_kind, school_level
from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import job, wish_met


@pytest.mark.parametrize("employer", [
    "中共南阳市委党校（南阳行政学院、南阳市社会主义学院）（参公）",
    "某某市社会主义学院",
    "中国科学院昆明植物研究所",
    "中国社会科学院财经战略研究院",
    "国家检察官学院",
    "辽阳市教师进修学院",
    "中国气象局气象干部培训学院新疆分院",
    "浙江大学医学院附属第二医院",
    "嘉兴市第一医院（嘉兴学院附属医院）",
    "南昌大学附属学校",
])
def test_an_institution_that_is_no_university_has_no_level(employer):
    assert school_level(employer) is None


@pytest.mark.parametrize(("employer", "level"), [
    ("中国科学院大学", "高校"),
    ("湖北警官学院", "高校"),
    ("某某医学院", "高校"),
    ("金昌市理工中专学校", "中职"),
    ("汉川市中等职业技术学校", "中职"),
    ("某某职业技术学院", "高校高职"),
])
def test_schools_keep_their_level(employer, level):
    assert school_level(employer) == level


def test_a_doctor_at_a_university_hospital_is_no_teacher():
    assert job_kind_text("医师", None, "某某大学附属医院") == "医师"


def test_a_teacher_at_a_university_hospital_takes_no_level():
    assert job_kind_text("临床教师", None, "某某大学附属医院") == "临床教师"


JOBS = [
    job("UNI", "专任教师", employer="某某大学"),
    job("UCAS", "专任教师", employer="中国科学院大学"),
    job("COUNSELLOR", "专职辅导员", employer="某某学院"),
    job("PARTY", "教师", employer="中共某某市委党校（某某行政学院）"),
    job("INSTITUTE", "专任教师", employer="中国科学院某某研究所"),
    job("TRAINING", "研训教师", employer="某某市教师进修学院"),
    job("ATTACHED", "数学教师", employer="某某大学附属学校"),
    job("HOSPITAL", "医师", employer="某某大学附属医院"),
    job("OFFICE", "行政管理岗", employer="某某大学"),
]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(JOBS)


def _met(ranker, catalog, intention):
    return wish_met(ranker, catalog, intention, k=len(JOBS))


@pytest.mark.parametrize(("intention", "met"), [
    ("想去大学当老师", {"UNI", "UCAS"}),
    ("想当高校辅导员", {"COUNSELLOR"}),
    ("想去大学做行政", {"OFFICE"}),
])
def test_only_universities_are_met_at_the_level(ranker, catalog, intention, met):
    assert _met(ranker, catalog, intention) == met


def test_a_wish_naming_a_university_but_no_teaching_is_no_teacher_wish():
    assert wished_work("想去大学做行政") == ("行政",)


@pytest.mark.parametrize(("intention", "kinds"), [
    ("希望在职业技术学院任教", ("高职教师",)),
    ("想去职业学院当老师", ("高职教师",)),
    ("想去高职院校当老师", ("高职教师",)),
    ("想去中职学校当老师", ("中职教师",)),
    ("想在高校任教", ("高校教师",)),
    ("想在大学教书", ("高校教师",)),
    ("想在小学任教", ("小学教师",)),
])
def test_teaching_said_as_a_verb_after_the_school_is_a_teachers_wish(intention, kinds):
    assert wished_work(intention) == kinds


def test_teaching_at_a_vocational_college_meets_its_posts_only(catalog, segmenter):
    vocational = [job("VOC", "专任教师", employer="某某职业技术学院"), job("SEC", "语文教师", employer="某某市技工学校"),
                  job("PRIMARY", "小学数学教师", employer="某县第一小学")]
    ranked = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(vocational)
    assert _met(ranked, catalog, "希望在职业技术学院任教") == {"VOC"}


@pytest.mark.parametrize(("title", "employer", "wish", "met"), [
    ("体育教师 专业技术岗位", "米东区第七中学", "想当中学体育老师", True),  # samples/jobs.xlsx
    ("体育教师 专业技术岗位", "温宿县第六小学", "想去小学当老师", True),
    ("英语教师", "疏附县高级中学", "想当高中英语老师", True),
    ("英语教师", "疏附县高级中学", "想当初中英语老师", False),
    ("体育教师", "温宿县第六小学", "想当中学体育老师", False),
])
def test_a_schools_stage_is_read_from_its_name_where_the_title_names_none(title, employer, wish, met):
    text = job_kind_text(title, None, employer)
    assert any(names_job_kind(kind, text) for kind in wished_work(wish)) is met
