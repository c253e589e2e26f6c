"""False findings of the job-list check, measured on the real tables and the sample (docs/changes.md,
检查岗位表): pay by a public scale is stated and valid, not 「薪酬面议」; a trainee's allowance
(「见习补贴2000元/月」) is the post's pay, not 「薪酬无法识别」; 「…及相关专业」 after read majors is
no unreadable major."""

from __future__ import annotations

from dataclasses import replace

import pytest

from features.records import EmployerType, SalaryRange
from features.salary import parse_salary
from matching.job_checks import Check, check_jobs
from tests.test_job_checks import CLEAN, bad, findings, rules  # noqa: F401

NO_PAY = SalaryRange(None, None)
PUBLIC_SCALES = ("按事业单位工资标准执行", "按国家相关规定执行", "按公务员工资标准执行", "参照公务员法管理",
                 "按国家/省有关规定执行", "按国家和自治区有关规定执行", "享受事业单位工资待遇")


@pytest.mark.parametrize("said", PUBLIC_SCALES)
def test_pay_by_a_public_scale_is_not_reported_as_negotiable_or_missing(rules, said):  # noqa: F811
    job = bad(salary=NO_PAY, employer_type=EmployerType.PUBLIC_INSTITUTION)
    assert [f for f in findings(rules, job, {"salary": said}) if f.field == "salary"] == []
    # The scale is named in the cell: whoever the employer is, nothing is left to be agreed.
    assert [f for f in findings(rules, bad(salary=NO_PAY), {"salary": said}) if f.field == "salary"] == []


def test_pay_to_be_agreed_or_by_an_unnamed_companys_rule_stays_a_hint(rules):  # noqa: F811
    for said in ("面议", "薪资面议", "按国家规定，面议", "按公司规定执行"):
        (finding,) = findings(rules, bad(salary=NO_PAY, employer_type=EmployerType.ENTERPRISE), {"salary": said})
        assert finding.check is Check.PAY_NEGOTIABLE, said
        assert f"薪酬写的是「{said}」，没有金额" in finding.message
    # 「按相关规定执行」 names no scale: a public employer's, not a company's.
    (company,) = findings(rules, bad(salary=NO_PAY, employer_type=EmployerType.ENTERPRISE), {"salary": "按相关规定执行"})
    assert company.check is Check.PAY_NEGOTIABLE
    assert findings(rules, bad(salary=NO_PAY, employer_type=EmployerType.GOVERNMENT), {"salary": "按相关规定执行"}) == ()
    # Prose that mentions the state but states no terms is still pay not stated.
    (prose,) = findings(rules, bad(salary=NO_PAY), {"salary": "五险一金，国家规定节假日"})
    assert prose.check is Check.PAY_MISSING


def test_a_list_of_public_posts_paid_by_scale_gets_no_list_wide_negotiable_finding(rules):  # noqa: F811
    jobs = [replace(CLEAN, id=f"S{i}", title=f"教师{i}", salary=NO_PAY, pay_text="按事业单位工资标准执行",
                    employer_type=EmployerType.PUBLIC_INSTITUTION) for i in range(3)] + [CLEAN]
    assert check_jobs(jobs, **rules).findings == ()
    # 面议 on most of a list is still said once for it, and says only 面议.
    talk = [replace(job, pay_text="面议") for job in jobs[:3]] + [CLEAN]
    (whole,) = check_jobs(talk, **rules).findings
    assert (whole.job_id, whole.check) == (None, Check.PAY_NEGOTIABLE)
    assert whole.message.startswith("3 / 4 个岗位的薪酬只写了面议，没有金额")


@pytest.mark.parametrize(("said", "monthly"), [
    ("见习补贴2000元/月", (2000, 2000)), ("见习补贴1500元/月", (1500, 1500)), ("实习补贴：150元/天", (3262, 3262)),
    ("就业见习补贴1800元/月，包住宿", (1800, 1800)),
])
def test_a_trainees_allowance_is_read_as_the_posts_pay(said, monthly):
    pay = parse_salary(said)
    assert (pay.minimum, pay.maximum) == monthly


def test_an_allowance_beside_the_pay_is_still_not_pay():
    assert parse_salary("月薪5000，交通补贴500") == SalaryRange(5000, 5000)
    assert parse_salary("见习补贴按当地最低工资标准的80%发放") == NO_PAY


def test_a_trainee_post_stating_its_allowance_has_no_pay_finding(rules):  # noqa: F811
    said = "见习补贴1500元/月"
    trainee = bad(title="财务见习生", salary=parse_salary(said), employer_type=EmployerType.INTERNSHIP)
    # Not 薪酬无法识别, and no minimum wage binds it; only the post is said not to be full-time employment.
    assert [f.check for f in findings(rules, trainee, {"salary": said})] == [Check.NOT_FULL_TIME]


@pytest.mark.parametrize("majors", ["学科教学（英语）及相关专业", "会计学（120203K）、财务管理（120204）及相关专业",
                                    "学前教育(幼儿教育)及相关专业"])
def test_a_widening_tail_after_read_majors_is_no_unreadable_major(rules, majors):  # noqa: F811
    """gkld's 「…（120203K）及相关专业」: the names are read; 「及相关专业」 widens them, it is no failed name."""
    assert findings(rules, bad(majors_text=majors)) == ()


def test_majors_that_name_nothing_or_fail_beside_a_tail_are_still_reported(rules):  # noqa: F811
    (nothing,) = findings(rules, bad(majors_text="学科相关专业"))
    assert nothing.check is Check.MAJORS_UNREADABLE and "读不出任何专业" in nothing.message
    # A certificate in the majors cell is no unread major, but the check there reads it nowhere: said so.
    (other,) = findings(rules, bad(majors_text="会计学、具有执业医师资格证书及相关专业"))
    assert other.check is Check.MAJORS_OTHER_CONDITION and "具有执业医师资格证书" in other.message
    assert "请移到其他要求栏" in other.message
