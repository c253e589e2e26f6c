"""What a post's words say of graduates, and what the reason tells a graduate of the season about years of work
(``matching.rules.experience_gap``; 2026-12-07 graduate review).

- 「不接受应届生」「暂不接受应届毕业生」 refuse graduates: they were read as 「接受应届」, a welcome, and the post ranked as one
  open to graduates; 「接受小白」「接受0经验」「应届生优先」 take them (Wuhan: 「新媒体运营实习生（包住宿/接受小白）」 was said
  「岗位也未写明接收应届毕业生」).
- 基层工作经历 (a civil-service post's 「具有两年以上基层工作经历」, Henan 103 posts): the reason no longer asks the employer whether
  an internship counts nor says the post did not write that it takes graduates; it says that work done while at school
  generally does not count as 基层工作经历. Years no internship adds up to (2 or more) are not said to hinge on one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel
from service.engine import load_rules_engine
from tests.factories import graduate, job

DAY = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def engine():
    return load_rules_engine(DAY)


def _fresh():
    return graduate("g", "软件工程", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2026)


def _experience(engine, post):
    (result,) = [r for r in engine.check(_fresh(), post).results if r.kind == "work_experience"]
    return result


def _post(title: str, description: str = "负责新媒体平台日常运营", years: str = "1-3年"):
    return job("w", title, employer="武汉某科技有限公司", education="本科及以上", location="武汉",
               description=description, conditions=(("工作经历要求", years),))


@pytest.mark.parametrize("description", ["负责新媒体运营。任职要求：1年以上工作经验，不接受应届生",
                                         "负责新媒体运营，暂不接受应届毕业生", "有相关经验，不接受无经验者"])
def test_a_post_refusing_graduates_is_no_welcome(engine, description):
    result = _experience(engine, _post("新媒体运营", description))
    assert result.missing_years == 1
    assert "您为应届毕业生" in result.reason


@pytest.mark.parametrize(("title", "description"), [
    ("新媒体运营实习生（包住宿/接受小白）", "负责新媒体平台日常运营"),
    ("剪辑发布员（接受0经验）", "负责视频剪辑"),
    ("新媒体运营", "负责新媒体运营，应届生优先"),
])
def test_a_post_taking_beginners_takes_graduates(engine, title, description):
    result = _experience(engine, _post(title, description))
    assert result.missing_years == 0
    assert "尚无" not in result.reason and "未写明接收应届毕业生" not in result.reason


def test_grassroots_work_is_not_said_to_hinge_on_an_internship(engine):
    post = job("c", "一级科员", employer="河南省某厅", education="本科及以上",
               conditions=(("工作经历要求", "具有两年以上基层工作经历"),))
    result = _experience(engine, post)
    assert result.missing_years == 2
    assert result.reason == ("工作经历待核实：岗位要求2年以上基层工作经历，您为应届毕业生，在校期间的实习、社会实践一般不计为基层工作经历，"
                             "排序已相应下调；如入学前或参加服务基层项目时已有2年以上基层工作经历，请核实")


def test_years_no_internship_adds_up_to_are_said_without_one(engine):
    result = _experience(engine, _post("产品经理", years="3-5年"))
    assert result.missing_years == 3
    assert result.reason == ("工作经历待核实：岗位要求3年以上工作经历，您为应届毕业生，一般尚无3年全职工作经历，岗位也未写明接收应届毕业生，"
                             "排序已相应下调；如有相关工作经历请核实")
    one = _experience(engine, _post("产品助理"))
    assert "（实习能否计入请向招聘单位核实）" in one.reason


@pytest.mark.parametrize("description", ["任职要求：一年以上工作经验，应届生也可", "1、一年及以上相关工作经验，欢迎优秀应届毕业生"])
def test_a_post_taking_graduates_does_not_ask_them_to_confirm_the_years(engine, description):
    # Wuhan's 售前文案, 短视频编导: it said 「工作经历待核实：…，请核实您的工作经历」 and the post stayed 待核实.
    result = _experience(engine, _post("短视频编导", description))
    assert result.status.value == "eligible"
    assert result.reason == "工作经历要求不适用：岗位要求1年以上工作经历，也写明接收应届毕业生，您为应届毕业生"
    earlier = graduate("o", "软件工程", education=EducationLevel.BACHELOR, degree=Degree.BACHELOR, graduation_year=2021)
    (theirs,) = [r for r in engine.check(earlier, _post("短视频编导", description)).results if r.kind == "work_experience"]
    assert theirs.status.value == "needs_review"


@pytest.mark.parametrize(("column", "text"), [
    # gkld 5715415 (北京 一级科员, 备注 「具有2年以上相关工作经历」): fresh graduates are freed of the hukou limit only.
    ("户籍地", "北京市常住户口2021年应届不限户籍"), ("户籍地", "隆尧县户籍，应届毕业生不限"), ("备注", "不予接收应届毕业生"),
])
def test_a_hukou_exemption_or_a_refusal_of_graduates_is_no_welcome(engine, column, text):
    post = job("b", "一级科员", employer="北京市某局", education="本科及以上",
               conditions=((column, text), ("工作经历要求", "具有2年以上相关工作经历")))
    result = _experience(engine, post)
    assert result.missing_years == 2
    assert "也写明接收应届毕业生" not in result.reason


def test_graduates_freed_of_the_experience_asked_are_welcome(engine):
    result = _experience(engine, _post("新媒体运营", "负责新媒体运营，应届毕业生不限工作经验"))
    assert result.missing_years == 0
    assert "也写明接收应届毕业生" in result.reason
