"""Conditions the rules used to leave unread (every graduate 待核实, guidance 系统未能识别的条件):
the 就业见习 groups, languages said as abilities, and recurring gkld forms. Parser readings and
the verdicts graduates get (``matching/rules/extra_groups.py``, ``engine._with_target_alternatives``)."""

from __future__ import annotations

import datetime as dt

import pytest

from features.education import EducationLevel
from features.records import Graduate, Job
from matching.guidance_topics import Topic, topic_of
from matching.rules import RulesEngine
from matching.rules.conditions import Kind
from matching.rules.describe import describe_condition
from matching.rules.parser import parse_cell
from matching.verdict import Status

DAY = dt.date(2026, 12, 6)


def read(text: str, column: str = "其他要求") -> list[str]:
    return [describe_condition(c) for c in parse_cell(column, text)]


@pytest.fixture(scope="module")
def engine(catalog):
    return RulesEngine(catalog=catalog, reference_date=DAY)


def check(engine, text: str, **graduate):
    job = Job(id="J1", title="见习岗", conditions=(("其他要求", text),))
    return engine.check(Graduate(id="G1", **graduate), job)


@pytest.mark.parametrize("text, expected", [
    ("离校2年内未就业高校毕业生", ["graduation[离校2年内未就业高校毕业生]"]),
    ("离校两年内未就业的高校毕业生", ["graduation[离校两年内未就业的高校毕业生]"]),
    ("毕业年度内或离校2年内未就业高校毕业生", ["graduation[毕业年度内或离校2年内未就业高校毕业生]"]),
    ("16-24岁失业青年", ["target_group[失业青年 16-24岁]"]),
    ("具有维吾尔语听说能力", ["language[掌握维吾尔语]"]),
    ("能用国家通用语言交流", ["language[掌握国家通用语言]"]),
    ("有基层网点轮岗意愿", ["note[能力与工作条件]"]),
    ("党性修养好；热爱党务工作", ["note[能力与工作条件]", "note[能力与工作条件]"]),
    ("全日制普通类高等院校本科及以上学历", ["education_nature[全日制,普通高校]", "education[本科及以上]"]),
    ("服务年限最低为5年(含试用期)", ["service_years[最低服务年限5年]"]),
    ("最低服务年限为5年（含试用期）", ["service_years[最低服务年限5年]"]),
    ("研究生学历应聘考生要求本科阶段为全日制普通高校本科学历。2022年毕业并取得学历（学位）证书的非全日制研究生（全日制普通高校毕业后，"
     "直接通过研究生入学考试或国家承认的其他入学方式被录取的非全日制研究生，读研期间无工作经历），可按应届毕业生身份报考。",
     ["education_nature[全日制,普通高校; only 研究生学历考生本科阶段(MASTER,DOCTOR)]", "note[报考须知]"]),
])
def test_forms_once_unread_are_read(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "离校2年内未就业高校毕业生优先",  # a preference, read elsewhere; never a window
    "离校20年内未就业高校毕业生",  # beyond the policies' parser's limit: stays in review
    "10-40岁失业青年",  # no youth range: stays in review
    "社会在职人员",  # kept in review on purpose (tests/test_rules_target_labels.py)
])
def test_look_alikes_are_not_read_as_the_new_forms(text):
    kinds = [c.kind for c in parse_cell("其他要求", text)]
    assert Kind.GRADUATION not in kinds and Kind.LANGUAGE not in kinds
    assert not any(getattr(c.payload, "ages", None) for c in parse_cell("其他要求", text))


def test_jobless_window_uses_the_policies_window(engine):
    (cond,) = engine.parse(Job(id="J", title="t", conditions=(("其他要求", "离校2年内未就业高校毕业生"),)))
    assert cond.kind is Kind.GRADUATION and cond.payload.window.years_after == 2 and cond.payload.window.unemployed


def test_window_verdicts_on_graduates(engine):
    v = check(engine, "离校2年内未就业高校毕业生", graduation_year=2026)
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("就业状态待核实：岗位面向离校2年内未就业高校毕业生，您2026年毕业，请核实目前是否未就业",)
    v = check(engine, "离校2年内未就业高校毕业生", graduation_year=2023)
    assert v.status is Status.NOT_ELIGIBLE
    assert v.reasons() == ("离校年限不符：岗位面向离校2年内未就业高校毕业生，您2023年毕业，离校已超过2年",)
    v = check(engine, "离校2年内未就业高校毕业生", graduation_year=2027)
    assert v.status is Status.NOT_ELIGIBLE and "尚未离校" in v.reasons()[0]
    assert check(engine, "离校2年内未就业高校毕业生").status is Status.NEEDS_REVIEW


def test_unemployed_youth_checks_the_age_and_reviews_unemployment(engine):
    v = check(engine, "16-24岁失业青年", birth_date=dt.date(2003, 1, 1))
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("就业状态待核实：岗位面向16-24岁失业青年，您现年23周岁，请核实目前是否处于失业状态（如已办理失业登记）",)
    v = check(engine, "16-24岁失业青年", birth_date=dt.date(2001, 12, 6))  # 25 today
    assert v.status is Status.NOT_ELIGIBLE and v.reasons() == ("年龄不符：岗位面向16-24岁失业青年，您现年25周岁",)
    v = check(engine, "16-24岁失业青年")
    assert v.status is Status.NEEDS_REVIEW and v.reasons() == ("年龄待核实：岗位面向16-24岁失业青年，您的出生日期未填写",)


TRAINEE = "见习期间购买意外伤害保险；离校2年内未就业高校毕业生；16-24岁失业青年"


def test_the_two_trainee_groups_are_alternatives(engine):
    conds = engine.parse(Job(id="J", title="t", conditions=(("其他要求", TRAINEE),)))
    assert [c.kind for c in conds] == [Kind.NOTE, Kind.TARGET_GROUP]
    assert conds[1].text == "离校2年内未就业高校毕业生；16-24岁失业青年"
    # 26 years old, left school this year: the window admits (unemployment reviewed); the age alone would refuse.
    v = check(engine, TRAINEE, graduation_year=2026, birth_date=dt.date(2000, 1, 1))
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("报考身份待核实：岗位面向离校2年内未就业高校毕业生或16-24岁失业青年（符合其一即可）。"
                           "离校2年内未就业高校毕业生：您2026年毕业，请核实目前是否未就业",)
    # 23 years old, left school in 2022: the age admits (unemployment reviewed); the window alone would refuse.
    assert check(engine, TRAINEE, graduation_year=2022, birth_date=dt.date(2003, 1, 1)).status is Status.NEEDS_REVIEW
    v = check(engine, TRAINEE, graduation_year=2022, birth_date=dt.date(1999, 1, 1))
    assert v.status is Status.NOT_ELIGIBLE
    assert v.reasons() == ("报考身份不符：岗位面向离校2年内未就业高校毕业生或16-24岁失业青年（符合其一即可）。"
                           "离校2年内未就业高校毕业生：您2022年毕业，离校已超过2年；16-24岁失业青年：您现年27周岁",)


def test_new_readings_land_in_guidance_topics_not_unread(engine):
    def topics(text, **graduate):
        job = Job(id="J", title="t", conditions=(("其他要求", text),))
        return [topic_of(r) for r in engine.check(Graduate(id="G", **graduate), job).results]

    assert topics(TRAINEE, graduation_year=2026, birth_date=dt.date(2003, 1, 1)) == [Topic.TARGET_GROUP]
    assert topics("离校2年内未就业高校毕业生", graduation_year=2026) == [Topic.TARGET_GROUP]
    assert topics("能用国家通用语言交流") == [Topic.LANGUAGE]


def test_postgraduate_bachelor_nature_binds_postgraduates_only(engine):
    text = "研究生学历应聘考生要求本科阶段为全日制普通高校本科学历"
    v = check(engine, text, education=EducationLevel.BACHELOR)
    assert v.status is Status.ELIGIBLE and v.reasons(Status.ELIGIBLE)[0].startswith("学历性质要求不适用：岗位仅要求研究生学历考生本科阶段")
    v = check(engine, text, education=EducationLevel.MASTER)
    assert v.status is Status.NEEDS_REVIEW
    assert v.reasons() == ("学历性质待核实：岗位要求研究生学历考生本科阶段学历性质为全日制、普通高校统招，请核实您的学历性质",)
    assert check(engine, text).status is Status.NEEDS_REVIEW


def test_policy_windows_keep_their_wording(engine):
    from features.policies import parse_graduation_window
    from matching.rules.conditions import GraduationCond
    from matching.rules.policy_checks import check_graduation

    status, reason = check_graduation(GraduationCond(parse_graduation_window("离校2年内")), Graduate(id="G", graduation_year=2026),
                                      engine._context)
    assert status is Status.ELIGIBLE and reason == "离校年限符合：政策面向离校2年内的毕业生，您2026年毕业"


@pytest.mark.parametrize("text", ["具有本科学历有基层工作意愿", "有教师资格证有任教意愿", "具有中共党员身份且有意愿"])
def test_willingness_never_swallows_a_requirement(text):
    # A requirement said before the willingness is never dropped with it as a note (it stays in review).
    assert [c.kind for c in parse_cell("其他要求", text)] == [Kind.NEEDS_REVIEW]


def test_either_reason_names_each_group_once(engine):
    v = check(engine, TRAINEE, graduation_year=2026, birth_date=dt.date(2003, 1, 1))
    assert v.reasons() == ("报考身份待核实：岗位面向离校2年内未就业高校毕业生或16-24岁失业青年（符合其一即可）。"
                           "离校2年内未就业高校毕业生：您2026年毕业，请核实目前是否未就业；"
                           "16-24岁失业青年：您现年23周岁，请核实目前是否处于失业状态（如已办理失业登记）",)


def test_groups_from_two_columns_keep_the_second_column_in_the_source(engine):
    job = Job(id="J", title="t", conditions=(("招聘对象", "离校2年内未就业高校毕业生"), ("其他要求", "16-24岁失业青年")))
    (cond,) = engine.parse(job)
    assert cond.span.column == "招聘对象" and cond.text == "离校2年内未就业高校毕业生；其他要求：16-24岁失业青年"
    result = engine.check(Graduate(id="G", graduation_year=2020, birth_date=dt.date(1990, 1, 1)), job).results[0]
    assert result.status is Status.NOT_ELIGIBLE
    assert result.source == "招聘对象：离校2年内未就业高校毕业生；其他要求：16-24岁失业青年"
