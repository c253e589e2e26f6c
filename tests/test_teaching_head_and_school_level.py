"""A title whose head (the job noun at its end: 教师/老师/讲师/辅导员) is teaching is a teacher's post,
whatever subject comes before it: 「想当护士」 no longer meets 护理教师, nor 「做会计」 大数据与会计专业教师.
A teacher wished at a school level (「想在高校当老师」「想去大学当老师」「想去职业院校当老师」) meets that
level's posts, read from the employer where the title says none (专任教师 at 某某大学), and not a 小学's,
中学's or 幼儿园's; with no stage or level (「想当老师」) every teacher's post, as before."""

from __future__ import annotations

import pytest

from features.intentions import rejected_categories
from features.vocabulary import names_job_kind
from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import graduate, job, wish_met


@pytest.mark.parametrize(("intention", "title"), [
    ("想当护士", "护理教师"),
    ("想当护士", "护理学相关课程教师"),
    ("想做会计", "大数据与会计专业教师"),
    ("想做会计", "会计专业课教师2"),
    ("想做财务", "财务管理专业教师（聘用教师控制数）"),
    ("想当医生", "临床医学教师岗位"),
    ("想当律师", "律师实务讲师"),
    ("想做销售", "市场营销专业教师（一）"),
])
def test_a_kind_that_is_not_teaching_does_not_meet_a_teachers_subject(intention, title):
    assert not any(names_job_kind(kind, title) for kind in wished_work(intention))


@pytest.mark.parametrize(("intention", "title"), [
    ("想当护士", "护士"),
    ("想当护士", "护理岗"),
    ("想做会计", "会计"),
    ("想做会计", "财务人员"),
    ("想当老师", "护理教师"),  # a teacher's post is a teacher's, whatever its subject
    ("想做编辑", "初中数学编辑老师"),  # a publisher's editor called 老师 is no teacher
])
def test_the_titles_own_kind_still_meets(intention, title):
    assert any(names_job_kind(kind, title) for kind in wished_work(intention))


@pytest.mark.parametrize(("intention", "kinds"), [
    ("想在高校当老师", ("高校教师",)),
    ("想去大学当老师", ("高校教师",)),
    ("想当大学老师", ("高校教师",)),
    ("想去职业院校当老师", ("职业院校教师",)),
    ("想当中职老师", ("中职教师",)),
    ("想当老师", ("老师",)),
    ("大学毕业后想当老师", ("老师",)),  # 大学 is when, not where
])
def test_a_school_level_is_read_as_the_stage_is(intention, kinds):
    assert wished_work(intention) == kinds


JOBS = [
    job("UNI", "专任教师", employer="某某大学"),
    job("COLLEGE", "讲师", employer="某某学院"),
    job("VOC", "语文教师", employer="某某职业技术学院"),
    job("SEC", "英语教师", employer="某某市技工学校"),
    job("TITLED", "高校教师"),
    job("PRIMARY", "小学数学教师", employer="某县第一小学"),
    job("ATTACHED", "专任教师", employer="某某大学附属中学"),
    job("KINDER", "幼儿教师", employer="某某幼儿园"),
    job("NURSE_T", "护理教师", employer="某某卫生学校"),
    job("NURSE", "护士", employer="某某医院"),
    job("ACC_T", "大数据与会计专业教师", employer="某某职业技术学院"),
]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(JOBS)


def _met(ranker, catalog, intention):
    return wish_met(ranker, catalog, intention, k=len(JOBS))


@pytest.mark.parametrize(("intention", "met"), [
    ("想在高校当老师", {"UNI", "COLLEGE", "VOC", "ACC_T", "TITLED"}),
    ("想去大学当老师", {"UNI", "COLLEGE", "VOC", "ACC_T", "TITLED"}),
    ("想去职业院校当老师", {"VOC", "ACC_T", "SEC", "NURSE_T"}),  # a 卫生学校 is a 中职
    ("想当老师", {"UNI", "VOC", "ACC_T", "SEC", "TITLED", "PRIMARY", "ATTACHED", "KINDER", "NURSE_T"}),
    ("想当护士", {"NURSE"}),
    ("想做会计", set()),
])
def test_the_ranker_says_the_work_is_met_only_on_those_posts(ranker, catalog, intention, met):
    assert _met(ranker, catalog, intention) == met


def test_refusing_a_subject_does_not_refuse_its_teachers(ranker, catalog):
    assert rejected_categories("不想做会计") == ("会计",)
    [result] = ranker.rank([graduate("g", "会计学", catalog=catalog, intention="不想做会计")], k=len(JOBS))
    assert not any(r.startswith("岗位类别是您表示不做的") for s in result.suggestions for r in s.reasons)
