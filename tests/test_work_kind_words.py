"""A kind of work said in everyday words (「想当小学老师」「中学语文老师」「幼儿园老师」) meets the posts
whose titles say it otherwise (小学数学教师, 初中语文教师, 幼儿园教师), and one kind said twice, in the
意向类别 column and the 就业意向 text in two words (财务 / 会计), counts once."""

from __future__ import annotations

import pytest

from features.vocabulary import names_job_kind
from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import graduate, job


@pytest.mark.parametrize(("intention", "title"), [
    ("想当小学老师", "小学数学教师"),
    ("想当小学老师", "小学教师"),
    ("中学语文老师", "初中语文教师"),
    ("中学语文老师", "高中语文教师"),
    ("希望做初中数学老师", "初中数学教师"),
    ("幼儿园老师", "幼儿园教师"),
    ("想当幼师", "幼儿教师"),
    ("想做护士", "护理岗"),
    ("想做会计", "财务人员"),
    ("想当司机", "驾驶员"),
])
def test_a_kind_of_work_in_everyday_words_meets_the_titles_word(intention, title):
    kinds = wished_work(intention)
    assert kinds and any(names_job_kind(kind, title) for kind in kinds)


@pytest.mark.parametrize(("intention", "title"), [
    ("想当小学老师", "初中数学教师"),
    ("中学语文老师", "初中数学教师"),
    ("中学语文老师", "小学语文教师"),
    ("幼儿园老师", "小学教师"),
])
def test_a_teacher_of_one_stage_or_subject_does_not_meet_another(intention, title):
    assert not any(names_job_kind(kind, title) for kind in wished_work(intention))


def test_a_teachers_certificate_and_a_refused_stage_are_no_wish():
    from features.intentions import rejected_categories

    assert wished_work("已取得小学教师资格证，想做会计") == ("会计",)
    assert wished_work("不想当小学老师") == ()
    assert rejected_categories("不想当小学老师") == ("小学教师",)


def test_one_kind_in_two_words_is_the_same_kind():
    from features.vocabulary import same_job_kind

    assert same_job_kind("财务", "会计") and same_job_kind("老师", "教师") and same_job_kind("护士", "护理")
    assert not same_job_kind("会计", "销售")


def test_a_wish_for_a_primary_teacher_ranks_the_subject_post_first_with_its_reason(catalog, segmenter):
    jobs = [job("MATH", "小学数学教师", employer="某县第一小学"), job("CLERK", "综合管理", employer="某县教育局")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    first = ranker.rank([graduate("g", "小学教育", catalog=catalog, intention="想当小学老师", categories=("企业",))],
                        k=1)[0].suggestions[0]
    assert first.job_id == "MATH" and "意向工作一致：小学教师" in first.reasons


def test_one_kind_named_in_the_column_and_the_text_in_two_words_counts_once(catalog, segmenter):
    jobs = [job("ACC", "财务人员", employer="某公司")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    both = graduate("g", "会计学", catalog=catalog, intention="希望从事会计工作", categories=("财务",))
    text_only = graduate("h", "会计学", catalog=catalog, intention="希望从事会计工作", categories=("企业",))
    scores = ranker.score([both, text_only])
    assert scores.work[0, 0] == scores.work[1, 0] == 1.0
    assert scores.category[0, 0] == 0.0  # not again as a 意向类别
    top = ranker.rank([both], k=1)[0].suggestions[0]
    assert "意向工作一致：会计" in top.reasons and not any(r.startswith("意向类别一致") for r in top.reasons)


def test_another_kind_in_the_column_still_counts_as_a_category(catalog, segmenter):
    jobs = [job("SALES", "销售代表", employer="某公司")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter).fit(jobs)
    scores = ranker.score([graduate("g", "会计学", catalog=catalog, intention="希望从事会计工作", categories=("销售",))])
    assert scores.category[0, 0] == 1.0 and scores.work[0, 0] == 0.0
