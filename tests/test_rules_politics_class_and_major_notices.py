"""「政治类」 on teachers' posts (政治学类 0302 / 政治学 0302), 「限以主修学位报考」 as a note beside a list decided
normally, 人民警察 named in gkld's 体能测评 notes, and one pattern for the parser's and the notices' 主修/最高学历
wordings (2026-12-07). Cells are short snippets of gkld 专业要求 and 备注 cells."""

from __future__ import annotations

import re

import pytest

from features.education import Degree, EducationLevel
from features.records import Graduate, Job
from matching.rules.parser import parse_cell
from matching.verdict import Status
from tests.factories import BACHELOR, MASTER, major_result as major, rules_engine

POLITICS = "本科阶段为政治类，研究生阶段为政治类、课程与教学论、教师教育、学科教学（政治）"
MAIN_DEGREE = "本科、研究生阶段均取得学历学位；限以主修学位报考；最高学历对应专业需满足职位专业要求。"
POLICE = ("考生须正常毕业。二、考生须达到公安机关录用人民警察的各项标准（见单位网站）：1.体能测评合格；2.体检合格；"
          "3.心理测试合格；4.综合考察合格。")


@pytest.fixture(scope="module")
def engine(catalog):
    return rules_engine(catalog)


# --- 「政治类」 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "level"), [("政治学与行政学", BACHELOR), ("国际政治", BACHELOR), ("政治学", MASTER)])
def test_a_political_science_graduate_is_inside_the_politics_class(engine, catalog, name, level):
    status, reason = major(engine, catalog, POLITICS, name, level, title="高中政治教师")
    assert (status, reason) == (Status.ELIGIBLE, f"专业符合：岗位要求 政治类，您的专业为 {name}")  # was 待核实


def test_an_ideological_education_bachelor_is_asked_not_refused(engine, catalog):
    # 思想政治教育 is 马克思主义理论类 (0305), not 政治学类: the 政治 teacher's usual major, so reviewed.
    status, reason = major(engine, catalog, POLITICS, "思想政治教育", title="高中政治教师")
    assert status is Status.NEEDS_REVIEW
    assert "「政治类」为部分省份专业目录及教师岗位所用的类名，本科对应政治学类，研究生对应政治学" in reason


def test_a_bachelor_of_another_field_is_refused_on_the_politics_class(engine, catalog):
    assert major(engine, catalog, POLITICS, "会计学", title="高中政治教师") == (
        Status.NOT_ELIGIBLE, "专业不符：岗位要求 政治类，您的专业为 会计学")  # was 待核实


# --- 「限以主修学位报考」 -----------------------------------------------------------------------------------------

def _master(major_name: str) -> Graduate:
    return Graduate(id="G1", major=major_name, education=EducationLevel.MASTER, degree=Degree.MASTER,
                    graduation_year=2023, gender="男")


@pytest.mark.parametrize(("cell", "text"), [
    (MAIN_DEGREE, "限以主修学位报考"),
    ("本科及研究生阶段均具有学历和学位；双学位考生限以主修学位报考。", "双学位考生限以主修学位报考"),
])  # fmt: skip
def test_main_degree_wording_is_a_note_and_the_list_decides(engine, cell, text):
    job = Job(id="J1", title="一级科员", conditions=(("专业要求", "研究生：法学（0301）"), ("cond:备注", cell)))
    verdict = engine.check(_master("法学"), job)
    note = f"专业提示：岗位注明「{text}」，须以主修专业报考，辅修专业、第二学位专业不作为报考依据"
    assert note in verdict.reasons(Status.ELIGIBLE)
    assert not any("专业细节" in r or text in r for r in verdict.reasons(Status.NEEDS_REVIEW))  # was 专业细节待核实
    (major_result,) = [r for r in verdict.results if r.kind == "major"]
    assert major_result.status is Status.ELIGIBLE
    refused = engine.check(_master("中国语言文学"), job)
    assert refused.reasons(Status.NOT_ELIGIBLE) == ("专业不符：岗位要求 法学，您的专业为 中国语言文学",)


# --- 体能测评 on gkld police posts ------------------------------------------------------------------------------

def test_a_police_posts_fitness_test_names_the_police(engine):
    verdict = engine.check(_master("法学"), Job(id="J2", title="特警", conditions=(("cond:备注", POLICE),)))
    fitness = [r for r in verdict.reasons(Status.ELIGIBLE) if r.startswith("体能测评提示")]
    assert fitness == ["体能测评提示：岗位注明「体能测评合格」，须参加体能测评（人民警察职位，测评项目和标准以招录公告为准）"]


def test_a_fitness_test_of_another_post_names_no_police(engine):
    verdict = engine.check(_master("法学"), Job(id="J3", title="一级行政执法员",
                                                conditions=(("cond:备注", "行政执法职位专业能力测试：体能测试。"),)))
    assert verdict.reasons() == ("体能测评提示：岗位注明「行政执法职位专业能力测试：体能测试」，须参加体能测评（测评项目和标准以招录公告为准）",)


# --- one pattern for the parser and the notices -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["限主修专业报考", "限以主修学位报考", "双学位考生限以主修学位报考", "以最高学历所学专业报考",
                                  "考生需以最高学历对应的专业报考(均以主修专业报考)", "最高学历对应专业需满足职位专业要求"])
def test_every_wording_the_notices_name_the_parser_reads_as_a_note(text):
    from matching.rules import major_notices  # the shared module (was two copies: patterns, post_notices)

    assert re.fullmatch(major_notices.MAJOR_NOTICE, text)
    (cond,) = parse_cell("备注", text)
    assert cond.kind.value == "note"


# --- 计算机技术: one 专业学位 field under its 2011 (085211, 工程) and 2022 (085404, 电子信息 0854) codes ----------------

@pytest.mark.parametrize("name", ["计算机技术", "计算机技术硕士"])
@pytest.mark.parametrize("cell", ["研究生：电子信息（0854）", "研究生：计算机技术（085404）", "研究生：计算机技术（085211）"])
def test_a_computer_technology_master_is_inside_electronic_information(engine, catalog, name, cell):
    # 计算机技术 (085211) was refused on 0854, 广东's 计算机技术硕士 (081204) on 0854 and 085404 as well
    status, reason = major(engine, catalog, cell, name, MASTER)
    assert status is Status.ELIGIBLE, reason


def test_academic_and_professional_stay_apart_as_documented(engine, catalog):
    # the catalog makes 计算机技术 a 专业学位 field (0854), not part of 计算机科学与技术 (0812); whether a list naming
    # 0812 admits it the table does not say: both records of that degree are asked (2026-12-07 review,
    # tests/test_rules_namesake_professional.py)
    assert major(engine, catalog, "研究生：电子信息（0854）", "计算机科学与技术", MASTER)[0] is Status.NOT_ELIGIBLE
    assert major(engine, catalog, "研究生：计算机技术（085404）", "软件工程", MASTER)[0] is Status.NOT_ELIGIBLE
    for name in ("计算机技术", "计算机技术硕士"):
        assert major(engine, catalog, "研究生：计算机科学与技术（0812）", name, MASTER)[0] is Status.NEEDS_REVIEW


def test_the_pre_filter_keeps_what_the_rules_admit(catalog):
    from matching.level_lists import graduate_level_keys
    from service.model_store import load_major_code_tables

    master = Graduate(id="G2", major="计算机技术", education=EducationLevel.MASTER, degree=Degree.MASTER, graduation_year=2023)
    keys = graduate_level_keys(master, load_major_code_tables(), catalog)
    assert {k for k in keys if k.endswith("0854")}, sorted(keys)  # the ranker must not drop 「电子信息（0854）」 posts
