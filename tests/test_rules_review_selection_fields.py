"""Review of the 遴选 and 门类 rules (0559347, a452df3) read as graduates: a 遴选 of 选调生 or of graduates, one
open to everyone, a 「面向…院校选拔优秀毕业生」 campaign and an organ's post whose title names 遴选 as a duty were
read as posts for serving staff and refused this season's graduates; a 本科 graduate of a 理学 major was refused a
工学/农学/医学 discipline with no 本科 class of its name (地理信息科学 on 「测绘科学与技术」); the 研究生-discipline
review named the whole list as the discipline. Cells written in the tables' style."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import Degree, EducationLevel, parse_education_requirement
from features.records import EmployerType, Graduate, Job
from matching.rules import RulesEngine
from matching.verdict import Status

OK, REVIEW, FAIL = Status.ELIGIBLE, Status.NEEDS_REVIEW, Status.NOT_ELIGIBLE


@pytest.fixture(scope="module")
def engine(catalog):
    from service.model_store import load_major_code_tables

    return RulesEngine(catalog=catalog, major_tables=load_major_code_tables(), reference_date=dt.date(2021, 11, 20))


def _fresh() -> Graduate:
    return Graduate(id="g1", graduation_year=2022, major="法学", education=EducationLevel.BACHELOR,
                    degree=Degree.BACHELOR)


def _job(announcement: str, title: str = "综合管理职位", exam_type: str | None = None,
         employer_type=EmployerType.GOVERNMENT) -> Job:
    return Job(id=f"s-{announcement}-{title}", title=title, employer="某单位", employer_type=employer_type,
               education=parse_education_requirement("本科及以上"), announcement=announcement, exam_type=exam_type,
               conditions=(("学历要求", "本科及以上"),))


@pytest.mark.parametrize("announcement, title, exam_type", [
    ("2022年浙江省面向部分高校遴选选调生公告", "选调生", None),          # 选调生 are this season's graduates
    ("2021年湖南省选调生遴选公告", "乡镇选调生", "遴选"),
    ("某市教育局2021年面向部属师范院校公开选拔优秀毕业生公告", "高中数学教师", None),
    ("2021年某县面向重点院校选拔优秀高校毕业生公告", "综合岗", None),
    ("某区2021年面向社会公开遴选社区工作者公告", "社区工作者", None),  # open to everyone
    ("某市市场监管局2021年公开招聘公告", "项目遴选岗", None),            # a duty in the title
])
def test_no_pool_of_serving_staff_no_refusal(engine, announcement, title, exam_type):
    verdict = engine.check(_fresh(), _job(announcement, title, exam_type))
    assert [r for r in verdict.results if r.kind == "status"] == []
    assert verdict.status is OK


def test_a_civil_service_selection_still_refuses_this_seasons_graduate(engine):
    verdict = engine.check(_fresh(), _job("2021年德州市市直机关公开遴选公务员公告", exam_type="遴选"))
    assert verdict.status is FAIL


def _major(engine, catalog, cell: str, major: str) -> tuple[Status, str]:
    code = catalog.resolve(major)
    g = Graduate(id="g1", graduation_year=2022, major=major, major_code=code.code if code else None,
                 education=EducationLevel.BACHELOR, degree=Degree.BACHELOR)
    (result,) = [r for r in engine.check(g, Job(id=f"m-{cell}", title="技术岗", majors_text=cell)).results
                 if r.kind == "major"]
    return result.status, result.reason


@pytest.mark.parametrize("cell, major", [
    ("测绘科学与技术", "地理信息科学"),                               # 0816 (工学) ← 070504 (理学)
    ("地质资源与地质工程", "地质学"),                                 # 0818 ← 070901
    ("机械工程、仪器科学与技术、控制科学与工程、自动化", "应用物理学"),  # 0804 ← 070202
    ("农业类", "生物技术"),                                           # 0951 (农学) ← 071002
])
def test_a_science_major_is_asked_on_an_engineering_discipline(engine, catalog, cell, major):
    status, reason = _major(engine, catalog, cell, major)
    assert status is REVIEW, reason
    assert f"请向招聘单位核实本科{major}专业可否报考" in reason


@pytest.mark.parametrize("cell, major", [
    ("测绘科学与技术", "汉语言文学"),   # another 门类 altogether
    ("气象类", "电子信息工程"),         # 工学 does not feed the 理学 气象 (only 「气象相关类」 asks)
    ("信息与通信工程", "汉语言文学"),
])
def test_other_fields_stay_refused(engine, catalog, cell, major):
    assert _major(engine, catalog, cell, major)[0] is FAIL


def test_the_review_names_the_discipline_not_the_whole_list(engine, catalog):
    # 海洋科学: a 大气科学 graduate is inside 「气象类」 (大气科学类, 2026-12-07 review)
    status, reason = _major(engine, catalog, "气象类、地理信息科学、农学", "海洋科学")
    assert status is REVIEW
    # 「气象类」 is read as the 专业学位 类别 气象 (0751), no 一级学科.
    assert reason == ("专业待核实：岗位要求 气象类、地理信息科学、农学，其中 气象类 为研究生专业学位类别，未写本科专业要求；"
                      "请向招聘单位核实本科海洋科学专业可否报考")
    # A list of the discipline alone reads as before.
    assert _major(engine, catalog, "气象类", "海洋科学")[1] == (
        "专业待核实：岗位要求 气象类，为研究生专业学位类别，未写本科专业要求；请向招聘单位核实本科海洋科学专业可否报考")


# --- a 2022年度 post read on 2023-03-01: its 应届 age relaxation follows the season its 应届 check admits ----------

@pytest.mark.parametrize("season, status", [(2022, OK), (None, FAIL), (2023, FAIL)])
def test_a_past_seasons_fresh_relaxation_admits_that_seasons_graduate(catalog, season, status):
    from service.model_store import load_major_code_tables

    engine = RulesEngine(catalog=catalog, major_tables=load_major_code_tables(), reference_date=dt.date(2023, 3, 1))
    g = Graduate(id="g1", graduation_year=2022, education=EducationLevel.MASTER, degree=Degree.MASTER,
                 birth_date=dt.date(1989, 6, 1), major="法学")  # 33 on the day
    job = Job(id=f"a{season}", title="综合岗", season_year=season,
              conditions=(("年龄要求", "30周岁以下，应届硕士研究生放宽至35周岁"), ("应届", "应届毕业生")))
    verdict = engine.check(g, job)
    (age,) = [r for r in verdict.results if r.kind == "age"]
    assert age.status is status, age.reason
    if season == 2022:
        # Both checks read the post's season alike: 应届 for the 应届 check, 应届 for the relaxation.
        assert any(r.reason == "应届身份符合：岗位面向应届毕业生（2022年度招聘），您2022年毕业" for r in verdict.results)
