"""A post whose title's head is 教学 (「教学岗位（从事理论教学、实践教学工作）」 at a 职业技术学院, 「教学科研岗」
at a 学院) is a teacher's post: 「想在高校当老师」「想去职业院校当老师」「想当老师」 meet it, while 教学管理岗 and
教学事务岗 (administration) stay unmet. A 卫生学校 is a 中职; a 实验学校 is a 中小学 of no one stage, so
「想当中小学老师」 meets its 语文教师 and 「想去小学当老师」 or 「想去中学当老师」 does not (nor does a title
that itself says 中小学)."""

from __future__ import annotations

import pytest

from features.vocabulary import job_kind_text, school_level
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from tests.factories import job, wish_met


@pytest.mark.parametrize(("employer", "level"), [
    ("某某市卫生学校", "中职"),
    ("东北育才实验学校", "中小学"),
    ("北京景山学校大兴实验学校", "中小学"),
])
def test_a_school_name_gives_what_it_allows(employer, level):
    assert school_level(employer) == level


def test_a_teaching_head_takes_its_schools_level():
    assert job_kind_text("教学岗位（从事理论教学、实践教学工作）", None, "某某职业技术学院") == \
        "高校高职教学岗位（从事理论教学、实践教学工作）"
    assert job_kind_text("教学管理岗", None, "某某学院") == "教学管理岗"


JOBS = [
    job("VOC_TEACH", "教学岗位（从事理论教学、实践教学工作）", employer="某某职业技术学院"),
    job("COLLEGE_TR", "教学科研岗", employer="某某学院"),
    job("ADMIN", "教学管理岗", employer="某某学院"),
    job("AFFAIRS", "教学事务岗", employer="某某职业技术学院"),
    job("NURSING_SCHOOL", "护理教师", employer="某某市卫生学校"),
    job("EXPERIMENTAL", "语文教师", employer="东北育才实验学校"),
    job("BOTH_STAGES", "中小学数学教师岗位", employer="某某新区公共服务局所辖中小学"),
    job("PRIMARY", "小学语文教师", employer="某县第一小学"),
]


@pytest.fixture(scope="module")
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, weights=ScoreWeights(text=0.0)).fit(JOBS)


@pytest.mark.parametrize(("intention", "met"), [
    ("想在高校当老师", {"VOC_TEACH", "COLLEGE_TR"}),
    ("想去大学当老师", {"VOC_TEACH", "COLLEGE_TR"}),
    ("想去职业院校当老师", {"VOC_TEACH", "NURSING_SCHOOL"}),
    ("想当中职老师", {"NURSING_SCHOOL"}),
    ("想当老师", {"VOC_TEACH", "COLLEGE_TR", "NURSING_SCHOOL", "EXPERIMENTAL", "BOTH_STAGES", "PRIMARY"}),
    ("想当中小学老师", {"EXPERIMENTAL", "BOTH_STAGES", "PRIMARY"}),
    ("想去小学当老师", {"PRIMARY"}),
    ("想去中学当老师", set()),
])
def test_the_wish_is_met_on_teaching_posts_only(ranker, catalog, intention, met):
    assert wish_met(ranker, catalog, intention, k=len(JOBS)) == met
