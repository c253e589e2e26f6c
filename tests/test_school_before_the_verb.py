"""A teacher's school said before the verb (「想去小学当老师」「在幼儿园做老师」) is a teacher of that
stage, as 「想当小学老师」 is: read as a bare 老师 it met every 教师 post, a university's 专任教师 and
a 护理学教师 among them, with 「意向工作一致：老师」. Refused in those words (「不想去小学当老师」) it
refuses that stage's posts; before, it refused nothing."""

from __future__ import annotations

import pytest

from features.intentions import rejected_categories
from features.vocabulary import names_job_kind
from matching.preferences import wished_work
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import graduate, job


@pytest.mark.parametrize(("intention", "kinds"), [
    ("想去小学当老师", ("小学教师",)),
    ("想去幼儿园当老师", ("幼儿教师",)),
    ("在小学做老师", ("小学教师",)),
    ("想在中学当语文老师", ("中学语文教师",)),
    ("小学教育专业，想去小学当一名数学老师", ("小学数学教师",)),
    ("想去小学当老师或者做会计", ("会计", "小学教师")),
    ("想当老师", ("老师",)),  # no school said: any teacher, as before
])
def test_the_school_before_the_verb_names_the_stage(intention, kinds):
    assert wished_work(intention) == kinds


@pytest.mark.parametrize(("intention", "title", "meets"), [
    ("想去小学当老师", "小学数学教师", True),
    ("想去小学当老师", "专任教师", False),
    ("想去小学当老师", "护理学相关课程教师", False),
    ("想去小学当老师", "初中语文教师", False),
    ("想去幼儿园当老师", "幼儿园教师", True),
    ("想去幼儿园当老师", "小学教师", False),
])
def test_a_stage_teacher_wish_meets_only_that_stages_posts(intention, title, meets):
    assert any(names_job_kind(kind, title) for kind in wished_work(intention)) is meets


@pytest.mark.parametrize(("intention", "refused"), [
    ("不想去小学当老师", ("小学教师",)),
    ("我不想去小学当老师，想做会计", ("小学教师",)),
    ("不去幼儿园当老师", ("幼儿教师",)),
    ("不想当小学老师", ("小学教师",)),
    ("不想当老师", ("老师",)),
])
def test_refused_in_those_words_it_refuses_that_stage(intention, refused):
    assert rejected_categories(intention) == refused


def test_a_university_post_is_no_longer_said_to_match_the_wish(catalog, segmenter):
    jobs = [job("UNI", "专任教师", employer="某某学院"), job("MATH", "小学数学教师", employer="某县第一小学")]
    ranker = Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(jobs)
    found = ranker.rank([graduate("g", "汉语言文学", catalog=catalog, intention="想去小学当老师",
                                  categories=("企业",))], k=2)[0].suggestions
    reasons = {s.job_id: s.reasons for s in found}
    assert "意向工作一致：小学教师" in reasons["MATH"]
    assert not any(r.startswith("意向工作一致") for r in reasons.get("UNI", ()))
