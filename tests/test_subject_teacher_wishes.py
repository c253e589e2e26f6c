"""A subject teacher wished without a stage (「想回县城当语文老师」) meets the titles that say 教师 after a stage or
school (小学语文教师, 专技人员（语文教师）), and 思政 meets 政治 and 道德与法治 (2026-12-07 graduate review: on gkld
none of the 10 语文 posts suggested said 「意向工作一致」, nor 高中政治教师 for 「中学思政老师」)."""

from __future__ import annotations

import pytest

from features.vocabulary import job_kind_names, names_job_kind
from matching.ranker import Ranker
from service.resources import load_major_catalog, load_segmenter
from tests.factories import graduate, job


@pytest.mark.parametrize(("wish", "title"), [("语文老师", "小学语文教师"), ("语文老师", "专技人员（语文教师）"),
                                             ("思政老师", "初中道德与法治教师"), ("中学思政教师", "高中政治教师")])
def test_a_subject_teacher_wish_meets_the_titles_of_that_subject(wish, title):
    assert names_job_kind(wish, title)


@pytest.mark.parametrize(("wish", "title"), [("语文老师", "数学教师"), ("语文老师", "语文编辑"), ("编辑老师", "语文教师")])
def test_other_subjects_and_non_teachers_are_not_met(wish, title):
    assert not names_job_kind(wish, title)


def test_the_suggestion_says_the_wished_work():
    catalog = load_major_catalog()
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter()).fit(
        [job("chinese", "专技人员（语文教师）", majors="中国语言文学类"), job("maths", "数学教师", majors="不限")])
    [result] = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention="想回县城当语文老师")], k=2)
    first = result.suggestions[0]
    assert first.job_id == "chinese" and "意向工作一致：语文老师" in first.reasons
    assert job_kind_names("编辑老师") == ("编辑老师",)
