"""``matching.experience_checks`` through ``check_jobs``: a post asking years of work that no graduate
of the season has is a 警告 on a campus list (Wuhan's 「3-5年」「5-10年」「10年以上」), unless only others
need it, the cell exempts graduates or makes it one way among others, it is a preference, the post
is for 社会人员, or it is a civil-service post's statutory 基层工作经历 (Henan's 省直机关 posts)."""

from __future__ import annotations

import pytest

from features.records import EmployerType
from matching.job_checks import Check, Severity
from tests.test_job_checks import bad, findings, rules  # noqa: F401


def experience(rules, **fields):  # noqa: F811
    return [f for f in findings(rules, bad(**fields)) if f.check is Check.EXPERIENCE_YEARS]


@pytest.mark.parametrize(("cell", "years"), [("3-5年", 3), ("5-10年", 5), ("10年以上", 10)])
def test_a_post_asking_years_no_graduate_has_is_a_warning(rules, cell, years):  # noqa: F811
    (finding,) = experience(rules, conditions=(("工作经验", cell),))
    assert finding.severity is Severity.WARNING and finding.field == "conditions"
    assert finding.key == "工作经验" and finding.value == cell
    assert f"要求{years}年以上工作经验（工作经验「{cell}」）" in finding.message
    assert "应届毕业生一般不具备" in finding.message and "列入社会招聘" in finding.message


def test_the_longest_experience_of_a_post_is_said_once(rules):  # noqa: F811
    (finding,) = experience(rules, conditions=(("工作经验", "3-5年"),
                                               ("备注", "具有五年以上三甲医院相关工作经历")))
    assert "要求5年以上工作经验" in finding.message and finding.key == "备注"


def test_a_post_stating_its_experience_only_in_the_description(rules):  # noqa: F811
    (finding,) = experience(rules, conditions=(), description="负责财务核算。任职要求：5年以上相关工作经验。")
    assert "要求5年以上工作经验" in finding.message


@pytest.mark.parametrize("cell", ["1-3年", "1年以下", "经验不限", "无经验", "1年以上工作经验"])
def test_no_or_little_experience_is_no_finding(rules, cell):  # noqa: F811
    assert experience(rules, conditions=(("工作经验", cell),)) == []


@pytest.mark.parametrize("cell", [
    "非应届生须具有3年以上工作经历",          # only others need it
    "具有3年以上工作经验（应届毕业生除外）",  # graduates exempt (left to review by the rules)
    "3年以上（应届毕业生不限）",
    "应届毕业生或具有3年以上工作经历",        # graduates are one of the ways
    "有3年以上工作经验或硕士研究生学历",      # experience is one of the ways
    "3年以上工作经验者优先",                  # a preference
    "具有三年以上临床护理工作经验；起始学历为知名院校全日制本科者，对工作经验可不作要求",
])
def test_experience_graduates_need_not_have_is_no_finding(rules, cell):  # noqa: F811
    assert experience(rules, conditions=(("备注", cell),)) == []


def test_a_post_for_people_other_than_graduates_is_no_finding(rules):  # noqa: F811
    assert experience(rules, conditions=(("基层工作经验", "三年"), ("招聘对象", "社会人员"))) == []
    assert experience(rules, conditions=(("基层工作经验", "二年"), ("服务基层项目", "西部志愿者,三支一扶,大学生村官"),
                                         ("招聘对象", "服务期满2年且考核合格的“三项目”人员"))) == []


def test_statutory_grassroots_experience_of_a_civil_service_post_is_no_finding(rules):  # noqa: F811
    henan = (("工作经历要求", "具有两年以上基层工作经历"),)
    assert experience(rules, conditions=henan, employer_type=EmployerType.GOVERNMENT) == []
    # A party organ the employer type does not tell: the announcement is of a civil-service exam.
    assert experience(rules, conditions=henan, employer_type=None,
                      announcement="河南省2026年度统一考试录用公务员职位表（省直机关）") == []
    assert experience(rules, conditions=(("基层工作经验", "二年"),), exam_type="公务员") == []
    # A 遴选 of serving civil servants: their years in the organ are the rule of the exam (gkld 9103185).
    assert experience(rules, conditions=(("说明", "一般应当具有2年以上基层工作经历。一般应当在本级机关工作2年以上。"),),
                      employer_type=None, announcement="2021年德州市市直机关公开遴选公务员公告") == []


def test_experience_of_a_civil_service_post_beyond_the_grassroots_rule_is_reported(rules):  # noqa: F811
    # The post's own requirement, not the statutory 基层工作经历: a graduate cannot meet it.
    (finding,) = experience(rules, conditions=(("备注", "具有五年及以上高校财务工作经历。"),),
                            employer_type=EmployerType.GOVERNMENT, exam_type="公务员")
    assert "要求5年以上工作经验" in finding.message


def test_an_aggregators_grassroots_column_of_a_company_is_the_companys_own_requirement(rules):  # noqa: F811
    # gkld fills 基层工作经验 「三年」 for a bank's 理财经理: no civil-service rule, years of work.
    (finding,) = experience(rules, conditions=(("基层工作经验", "三年"),), employer="广发银行长春分行",
                            employer_type=EmployerType.ENTERPRISE, exam_type="银行")
    assert "要求3年以上工作经验" in finding.message and finding.key == "基层工作经验"
