"""``matching.eligibility.basic_check``: the Ranker's own check when no rules engine is given
(library use), and its fallback explanation for a pair the pre-filter blocked."""

from __future__ import annotations

import pytest

from features.education import EducationLevel
from matching.eligibility import MajorLists, basic_check
from matching.verdict import Status
from service.model_store import load_major_code_tables
from tests.factories import graduate, job

LIST = "本科：会计学（120203K），工商管理类（1202）"


@pytest.fixture(scope="module")
def majors(catalog):
    return MajorLists(catalog, load_major_code_tables())


def only_reason(verdict, status):
    reasons = verdict.reasons(status)
    assert len(reasons) == 1, verdict
    return reasons[0]


def test_an_admitted_major_names_the_most_specific_entry_that_admits_it(catalog, majors):
    verdict = basic_check(graduate("g", "会计学", catalog=catalog), job("j", "会计", majors=LIST), majors=majors)
    assert verdict.status is Status.ELIGIBLE
    assert only_reason(verdict, Status.ELIGIBLE) == "专业对口：岗位要求含 会计学，您的专业为 会计学"
    verdict = basic_check(graduate("g", "市场营销", catalog=catalog), job("j", "会计", majors=LIST), majors=majors)
    assert only_reason(verdict, Status.ELIGIBLE) == "专业对口：岗位要求含 工商管理类，您的专业为 市场营销"
    verdict = basic_check(graduate("g", "软件工程", catalog=catalog), job("j", "技术员", majors="本科：工学（08）"), majors=majors)
    assert only_reason(verdict, Status.ELIGIBLE) == "专业对口：岗位要求含 工学，您的专业为 软件工程"


def test_a_major_outside_the_list_is_refused_with_the_list(catalog, majors):
    verdict = basic_check(graduate("g", "法学", catalog=catalog), job("j", "会计", majors=LIST), majors=majors)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert only_reason(verdict, Status.NOT_ELIGIBLE) == \
        "专业不符：岗位要求 工商管理类、会计学，您的专业为 法学"


def test_a_long_list_is_cut_to_four_and_counted(catalog, majors):
    many = "本科：会计学（120203K），财务管理（120204），审计学（120207），金融学（020301K），税收学（020202）"
    reason = only_reason(basic_check(graduate("g", "法学", catalog=catalog), job("j", "财务", majors=many), majors=majors),
                         Status.NOT_ELIGIBLE)
    assert reason.startswith("专业不符：岗位要求 税收学、金融学、会计学、财务管理等5项，")
    four = "本科：会计学（120203K），财务管理（120204），审计学（120207），金融学（020301K）"
    reason = only_reason(basic_check(graduate("g", "法学", catalog=catalog), job("j", "财务", majors=four), majors=majors),
                         Status.NOT_ELIGIBLE)
    assert reason.startswith("专业不符：岗位要求 金融学、会计学、财务管理、审计学，")


@pytest.mark.parametrize(("major", "expected"), [
    ("导游", "专业待核实：未能识别您的专业「导游」，岗位要求 工商管理类、会计学"),
    (None, "专业待核实：岗位要求 工商管理类、会计学，您的专业未登记"),
])
def test_an_unknown_major_is_left_for_review_never_refused(catalog, majors, major, expected):
    verdict = basic_check(graduate("g", major, catalog=catalog), job("j", "会计", majors=LIST), majors=majors)
    assert verdict.status is Status.NEEDS_REVIEW
    assert only_reason(verdict, Status.NEEDS_REVIEW) == expected


def test_a_list_for_another_level_or_without_codes_is_left_for_review(catalog, majors):
    master = graduate("g", "会计学", catalog=catalog, education=EducationLevel.MASTER)
    verdict = basic_check(master, job("j", "会计", majors=LIST), majors=majors)
    assert only_reason(verdict, Status.NEEDS_REVIEW) == f"专业待核实：岗位要求「{LIST}」"
    vague = "具有较强的文字功底，熟悉财经相关法律法规和业务知识，能够独立完成各类材料的撰写工作"
    verdict = basic_check(graduate("g", "会计学", catalog=catalog), job("j", "会计", majors=vague), majors=majors)
    assert only_reason(verdict, Status.NEEDS_REVIEW) == f"专业待核实：岗位要求「{vague[:40]}…」"
    exactly_forty = vague[:40]
    verdict = basic_check(graduate("g", "会计学", catalog=catalog), job("j", "会计", majors=exactly_forty), majors=majors)
    assert only_reason(verdict, Status.NEEDS_REVIEW) == f"专业待核实：岗位要求「{exactly_forty}」"


def test_education_is_checked_against_the_minimum(catalog, majors):
    phd_job = job("j", "研究员", education="博士研究生")
    verdict = basic_check(graduate("g", "会计学", catalog=catalog), phd_job, majors=majors)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert only_reason(verdict, Status.NOT_ELIGIBLE).startswith("学历不符：岗位要求")
    unknown = graduate("g", "会计学", catalog=catalog, education=None)
    assert only_reason(basic_check(unknown, phd_job, majors=majors), Status.NEEDS_REVIEW).endswith("您的学历未填写")
    assert only_reason(basic_check(unknown, job("j", "见习", education="不限"), majors=majors),
                       Status.ELIGIBLE) == "学历符合：岗位学历不限"
    assert basic_check(unknown, job("j", "见习"), majors=majors).status is Status.ELIGIBLE  # nothing stated


def test_a_cell_of_preferred_majors_only_says_the_preference(catalog, majors):
    """「轻化工程、纺织工程专业优先」 restricts nobody, but read 「专业符合：岗位专业不限」: the
    preference was lost. Whether the graduate's own major is preferred the ranker says once
    (「专业优先：…」), so the rule's reason names the preference only."""
    cell = "轻化工程、纺织工程专业优先"
    verdict = basic_check(graduate("g", "轻化工程", catalog=catalog), job("j", "工艺员", majors=cell), majors=majors)
    assert only_reason(verdict, Status.ELIGIBLE) == "专业符合：岗位专业不限（优先：轻化工程、纺织工程）"
    verdict = basic_check(graduate("g", "法学", catalog=catalog), job("j", "工艺员", majors=cell), majors=majors)
    assert only_reason(verdict, Status.ELIGIBLE) == "专业符合：岗位专业不限（优先：轻化工程、纺织工程）"
    # A preference that names no major, or none at all, keeps the plain wording.
    for plain in ("专业不限，有工作经验者优先", "专业不限"):
        verdict = basic_check(graduate("g", "法学", catalog=catalog), job("j", "工艺员", majors=plain), majors=majors)
        assert only_reason(verdict, Status.ELIGIBLE) == "专业符合：岗位专业不限", plain
