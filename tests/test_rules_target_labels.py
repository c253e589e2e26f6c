"""Who-may-apply labels as aggregator tables write them in 招聘对象 (gkld): 「普通职位」 and fresh graduates
together with the rest restrict nobody; 「大学生士兵」 reserves the post for 退役大学生士兵; a label that says
only that the post is special stays in review."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import Graduate, Job
from matching.rules import Kind, RulesEngine, parse_cell
from matching.rules.conditions import NoteCategory, TargetGroup
from matching.rules.describe import describe_condition
from matching.verdict import Status


def read(text: str, column: str = "other:招聘对象") -> list[str]:
    return [describe_condition(c) for c in parse_cell(column, text)]


@pytest.mark.parametrize("text", ["普通职位", "普通岗位", "应届或社会", "应届毕业生、社会人员", "应届毕业生及非应届毕业生",
                                  "应往届毕业生", "应届和往届毕业生", "应届及往届毕业生均可", "面向社会公开招聘"])
def test_labels_that_restrict_nobody(text):
    (cond,) = parse_cell("other:招聘对象", text)
    assert cond.kind is Kind.NOTE and cond.payload.category is NoteCategory.NO_REQUIREMENT, text


def test_fresh_and_past_graduates_together_are_not_read_as_fresh_only():
    # 「往届毕业生」 is a word of the fresh rule (…择业期内未落实工作单位的往届毕业生): alone with 应届 it widens.
    assert read("应届和往届毕业生") == ["note[无要求]"]
    assert read("应届毕业生和国家规定择业期（2年）内未落实工作单位的往届毕业生") == ["target_group[应届毕业生 +择业期2年]"]


def test_student_soldier_posts_are_for_veterans():
    (cond,) = parse_cell("other:招聘对象", "大学生士兵")
    assert cond.kind is Kind.TARGET_GROUP and cond.payload.group is TargetGroup.VETERAN
    assert read("大学生士兵") == read("退役大学生士兵", "cond:服务基层项目")


def test_all_graduates_but_serving_staff():
    conds = parse_cell("other:招聘对象", "应往届毕业生(我市机关事业单位在编在岗位人员除外)")
    assert [describe_condition(c) for c in conds] == ["note[无要求]", "status[我市机关事业单位在编在岗位人员除外]"]


def test_labels_that_say_only_that_the_post_is_special_stay_in_review():
    assert read("特殊职位") == ["needs_review[特殊职位]"]
    assert read("社会在职人员") == ["needs_review[社会在职人员]"]


@pytest.fixture(scope="module")
def engine():
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    return RulesEngine(catalog=load_major_catalog(), reference_date=dt.date(2026, 11, 1),
                       major_tables=load_major_code_tables())


def test_a_graduate_is_eligible_for_an_ordinary_post_and_reviewed_for_a_soldiers_post(engine):
    graduate = Graduate(id="g1", major="英语", major_code="050201", education=EducationLevel.BACHELOR,
                        degree=Degree.BACHELOR, graduation_year=2027)
    base = dict(id="j1", title="综合管理", education=parse_education_requirement("本科及以上"))
    ordinary = engine.check(graduate, Job(**base, conditions=(("招聘对象", "普通职位"),)))
    assert ordinary.status is Status.ELIGIBLE
    soldiers = engine.check(graduate, Job(**base, conditions=(("招聘对象", "大学生士兵"),)))
    assert soldiers.status is Status.NEEDS_REVIEW
    assert any("退役大学生士兵" in r.reason for r in soldiers.results)
