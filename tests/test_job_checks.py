"""``matching.job_checks``: each check on small jobs written here, and a clean job that has none."""

from __future__ import annotations

from dataclasses import replace

import pytest

from features.education import EducationLevel, EducationRequirement
from features.records import EmployerType, Job, SalaryRange
from matching.job_checks import Check, Severity, check_jobs

BACHELOR = EducationRequirement(minimum=EducationLevel.BACHELOR)
CLEAN = Job(id="C1", title="会计", employer="乌鲁木齐市财政局", category="财务", location="乌鲁木齐市天山区",
            education=BACHELOR, majors_text="会计学、财务管理", salary=SalaryRange(5000, 7000), headcount=2,
            description="负责预算编制和会计核算", conditions=(("年龄要求", "35周岁以下"),))


@pytest.fixture(scope="module")
def rules():
    """What the major lists are read with: the catalog and code tables the service loads."""
    from service.model_store import load_major_code_tables
    from service.resources import load_major_catalog

    return {"catalog": load_major_catalog(), "major_tables": load_major_code_tables()}


def findings(rules, job: Job, texts=None, **options):
    """Findings of ``job`` checked beside the clean job (so that nothing is list-wide); ``texts``
    are its file's cells, the salary cell kept as written (``pay_text``) as the importer keeps it."""
    if texts and "salary" in texts:
        job = replace(job, pay_text=texts["salary"])
    report = check_jobs([CLEAN, job], **rules, texts={job.id: texts} if texts else None, **options)
    assert report.for_job(CLEAN.id) == ()
    return report.for_job(job.id)


def checks(rules, job: Job, texts=None, **options) -> set[Check]:
    return {f.check for f in findings(rules, job, texts, **options)}


def bad(**fields) -> Job:
    """A job unlike ``CLEAN`` (another title: not its duplicate), with ``fields`` changed."""
    return replace(CLEAN, **({"id": "B1", "title": "出纳"} | fields))


def test_a_clean_job_has_no_findings(rules):
    report = check_jobs([CLEAN], **rules)
    assert report.findings == () and report.jobs_checked == 1 and not report.has_errors


def test_missing_key_elements(rules):
    # 综合办公室 names no system (a 财政局 would: its industry fair is 财政税务, no finding then).
    assert checks(rules, bad(category=None, employer="综合办公室")) == {Check.CATEGORY_MISSING}
    assert checks(rules, bad(category=None, industry="金融业")) == set()  # the industry still places it
    assert checks(rules, bad(location=None)) == {Check.LOCATION_MISSING}
    assert checks(rules, bad(education=EducationRequirement(minimum=None))) == {Check.EDUCATION_MISSING}
    assert checks(rules, bad(education=EducationRequirement(minimum=None, any_level=True))) == set()  # 不限
    (unread,) = findings(rules, bad(education=EducationRequirement(minimum=None)), {"education": "高学历"})
    assert "「高学历」无法识别" in unread.message and unread.field == "education"
    assert checks(rules, bad(headcount=None)) == {Check.HEADCOUNT_MISSING}
    assert checks(rules, bad(headcount=None, headcount_open=True), {"headcount": "若干"}) == set()  # stated, if vaguely
    # A placeholder for an unfilled cell is not an answer (the importer leaves headcount_open off).
    assert checks(rules, bad(headcount=None), {"headcount": "—"}) == {Check.HEADCOUNT_MISSING}


def test_missing_pay_says_what_the_cell_held(rules):
    (missing,) = findings(rules, bad(salary=SalaryRange(None, None)))
    assert (missing.check, missing.field, missing.severity) == (Check.PAY_MISSING, "salary", Severity.WARNING)
    (prose,) = findings(rules, bad(salary=SalaryRange(None, None)), {"salary": "待遇从优"})
    assert prose.check is Check.PAY_MISSING and "「待遇从优」没有金额" in prose.message
    (placeholder,) = findings(rules, bad(salary=SalaryRange(None, None)), {"salary": "0千-0千元/月"})
    assert placeholder.check is Check.PAY_PLACEHOLDER and "占位值" in placeholder.message
    (unreadable,) = findings(rules, bad(salary=SalaryRange(None, None)), {"salary": "1元/次"})
    assert unreadable.check is Check.PAY_UNREADABLE and "「1元/次」中读不出月薪" in unreadable.message


def test_pay_below_the_floor_is_an_error_unless_the_floor_is_lower_or_it_is_an_internship(rules):
    low = bad(salary=SalaryRange(1200, 1500))
    (finding,) = findings(rules, low, {"salary": "1200-1500"})
    assert finding.check is Check.PAY_BELOW_FLOOR and finding.severity is Severity.ERROR
    assert "最高 1500 元，低于最低工资标准 1540 元" in finding.message
    assert checks(rules, low, min_pay=1000) == set()
    assert checks(rules, bad(salary=SalaryRange(1000, 3000))) == {Check.PAY_BELOW_FLOOR}  # the minimum too
    # No floor for an intern; the post is said not to be full-time employment (a 提示).
    assert checks(rules, replace(low, title="会计（实习）")) == {Check.NOT_FULL_TIME}
    assert checks(rules, replace(low, employer_type=EmployerType.INTERNSHIP)) == {Check.NOT_FULL_TIME}
    assert check_jobs([CLEAN, low], **rules).has_errors


def test_implausibly_high_pay(rules):
    (finding,) = findings(rules, bad(salary=SalaryRange(120000, 150000)), {"salary": "120000-150000"})
    assert finding.check is Check.PAY_TOO_HIGH and "年薪" in finding.message
    assert checks(rules, bad(salary=SalaryRange(50000, 60000))) == set()  # a director's monthly pay


def test_a_location_no_place_table_knows(rules):
    (finding,) = findings(rules, bad(location="光谷 洪山"))
    assert finding.check is Check.LOCATION_UNKNOWN and "「光谷 洪山」" in finding.message
    assert checks(rules, bad(location="湖北省武汉市")) == set()
    assert checks(rules, bad(location="武汉 洪山")) == set()  # every province's prefectures are listed
    assert checks(rules, bad(location="详见公告")) == {Check.LOCATION_UNKNOWN}


def test_major_lists_that_read_to_nothing_or_hold_unknown_names(rules):
    (nothing,) = findings(rules, bad(majors_text="澳大利亚留学毕业生"))
    assert nothing.check is Check.MAJORS_UNREADABLE and nothing.field == "majors_text"
    (part,) = findings(rules, bad(majors_text="会计学、兼顾学校现有专业"))
    assert part.check is Check.MAJORS_UNREADABLE and "「兼顾学校现有专业」" in part.message
    assert checks(rules, bad(majors_text="数控技术、心外科学")) == set()  # names the engine compares by name
    assert checks(rules, bad(majors_text="英语；澳大利亚留学毕业生不限专业")) == set()  # an exemption, not a name
    assert checks(rules, bad(majors_text="专业不限")) == set()
    assert checks(rules, bad(majors_text="会计学等相关专业优先")) == set()  # a preference restricts nobody


def test_conditions_the_rules_engine_cannot_read(rules):
    job = bad(conditions=(("年龄要求", "35周岁以下"), ("其他要求", "社会在职人员")))
    (finding,) = findings(rules, job)
    assert (finding.check, finding.field, finding.key) == (Check.CONDITIONS_UNREAD, "conditions", "其他要求")
    assert "「社会在职人员」" in finding.message and "待核实" in finding.message


def test_headcount_zero_or_absurd(rules):
    (zero,) = findings(rules, bad(headcount=0))
    assert zero.check is Check.HEADCOUNT_ZERO and zero.severity is Severity.ERROR
    assert checks(rules, bad(headcount=900)) == {Check.HEADCOUNT_ABSURD}
    assert checks(rules, bad(headcount=900), max_headcount=1000) == set()


def test_the_same_position_under_two_ids(rules):
    twin = replace(CLEAN, id="C2")
    report = check_jobs([CLEAN, twin, replace(CLEAN, id="C3", location="昌吉市")], **rules)
    (finding,) = report.findings
    assert (finding.job_id, finding.check) == ("C2", Check.DUPLICATE) and "「C1」" in finding.message
    # Rows alike in what was read may differ in columns that were not (科室, 考点): the officer is
    # told to look before deleting one.
    assert "未比较的列" in finding.message and "不要直接删除" in finding.message


def test_a_generic_title_needs_a_description(rules):
    assert checks(rules, bad(title="综合管理岗", description="")) == {Check.VAGUE_TITLE}
    assert checks(rules, bad(title="工作人员2", description="")) == {Check.VAGUE_TITLE}
    assert checks(rules, bad(title="综合管理岗", description="负责单位公文起草")) == set()
    assert checks(rules, bad(title="专技（中医科）", description="")) == set()  # the bracket names the work
    assert checks(rules, bad(title="会计", description="")) == set()


def test_what_most_of_a_list_lacks_is_reported_once_for_the_list(rules):
    jobs = [replace(CLEAN, id=f"P{i}", salary=SalaryRange(None, None), title=f"会计{i}") for i in range(3)] + [CLEAN]
    report = check_jobs(jobs, **rules)
    (finding,) = report.findings
    assert (finding.job_id, finding.check, finding.jobs) == (None, Check.PAY_MISSING, 3)
    assert finding.message.startswith("3 / 4 个岗位未注明薪酬金额：多数岗位如此")
    (whole,) = check_jobs(jobs[:3], **rules).findings
    assert whole.message.startswith("3 / 3 个岗位未注明薪酬金额：全部岗位如此")  # not 「多数」 when every one
    assert report.affected() == {Check.PAY_MISSING: 3}


def test_pay_stated_as_negotiable_is_a_hint_not_missing_pay(rules):
    """「面议」 answers the question: a 提示 that graduates cannot compare it, not the 警告 「未注明」 of an
    empty cell, which it was. (Pay by a public scale, 按事业单位工资标准, is no finding at all:
    tests/test_job_check_public_pay.py.)"""
    for said in ("面议", "薪资面议", "按公司规定执行"):
        (finding,) = findings(rules, bad(salary=SalaryRange(None, None)), {"salary": said})
        assert (finding.check, finding.severity, finding.check.label) == (Check.PAY_NEGOTIABLE, Severity.HINT, "薪酬面议"), said
        assert f"薪酬写的是「{said}」，没有金额" in finding.message and "未注明" not in finding.message
    # An empty cell is 未注明, of a file as of a stored job, which keeps its pay as written (``pay_text``).
    (empty,) = check_jobs([CLEAN, bad(salary=SalaryRange(None, None))], **rules, texts={CLEAN.id: {}, "B1": {}}).for_job("B1")
    assert (empty.check, empty.message) == (Check.PAY_MISSING, "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）")
    (stored,) = findings(rules, bad(salary=SalaryRange(None, None)))
    assert (stored.check, stored.message) == (empty.check, empty.message)
    (stored,) = findings(rules, bad(salary=SalaryRange(None, None), pay_text="面议"))
    assert stored.check is Check.PAY_NEGOTIABLE and "薪酬写的是「面议」，没有金额" in stored.message
    jobs = [replace(CLEAN, id=f"P{i}", salary=SalaryRange(None, None), title=f"会计{i}", pay_text="面议")
            for i in range(3)] + [CLEAN]
    (whole,) = check_jobs(jobs, **rules, texts={**{f"P{i}": {"salary": "面议"} for i in range(3)}, CLEAN.id: {}}).findings
    assert (whole.job_id, whole.check) == (None, Check.PAY_NEGOTIABLE)
    assert whole.message.startswith("3 / 4 个岗位的薪酬只写了面议，没有金额，如「面议」：多数岗位如此")
