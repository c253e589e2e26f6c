"""Job checks of a civil-service exam's table (2026-12-07 review, the Henan 2026 公务员 table): its pay is
the public scale, so 缺薪酬待遇 says so, once for the table, instead of asking each row's pay; 缺职位类别
on a civil-service post suggests one of the three civil-service categories, not 「教师、医生」."""

from __future__ import annotations

from features.records import EmployerType, Job
from matching.job_checks import Check, check_jobs
from service.resources import load_major_catalog

HENAN = "河南省2026年度统一考试录用公务员职位表（省辖市以下）"


def _findings(jobs: list[Job], check: Check):
    report = check_jobs(jobs, catalog=load_major_catalog())
    return [f for f in report.findings if f.check is check]


def _civil(job_id: str, title: str = "一级科员", **changes) -> Job:
    fields = {"employer": "郑州市党员干部教育中心（参公）", "employer_type": EmployerType.GOVERNMENT,
              "location": "河南省郑州市金水区", "announcement": HENAN} | changes
    return Job(id=job_id, title=title, **fields)


def test_a_civil_service_table_without_pay_is_told_once_the_pay_follows_the_public_scale():
    found = _findings([_civil(f"H{i}") for i in range(4)], Check.PAY_MISSING)
    assert len(found) == 1 and found[0].job_id is None and found[0].jobs == 4
    assert "公务员（参公）职位按国家工资标准执行" in found[0].message
    assert "按公务员工资标准执行" in found[0].message and "逐行填写（" not in found[0].message


def test_a_mixed_list_says_which_posts_follow_the_scale_and_asks_the_others_pay():
    jobs = [_civil("H1"), _civil("H2"), Job(id="C1", title="会计", employer="某会计师事务所"),
            Job(id="C2", title="出纳", employer="某会计师事务所")]
    (found,) = _findings(jobs, Check.PAY_MISSING)
    assert found.jobs == 4
    assert "其中 2 个公务员（参公）职位按国家工资标准执行" in found.message and "其余岗位请逐行填写" in found.message


def test_a_single_civil_service_post_without_pay_names_the_scale_an_enterprise_post_the_range():
    jobs = [_civil("H1", pay_text=None), *(Job(id=f"C{i}", title="会计", employer="某会计师事务所", pay_text="5000-7000元/月",
                                               location="武汉 洪山") for i in range(3))]
    messages = {f.job_id: f.message for f in _findings(jobs, Check.PAY_MISSING)}
    assert list(messages) == ["H1"] and messages["H1"].startswith("未注明薪酬待遇：公务员（参公）职位按国家工资标准执行")
    firm = _findings([Job(id="C9", title="会计", employer="某会计师事务所")], Check.PAY_MISSING)
    assert firm[0].message == "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）"
    # An organ hiring outside the scale (gkld: 编外用工 at 海盐县财政局) is asked its pay like any employer.
    hired = _findings([_civil("B1", title="会计", employer="海盐县财政局",
                              announcement="2026年海盐县部分单位公开招聘编外用工公告")], Check.PAY_MISSING)
    assert hired[0].message == "未注明薪酬待遇：请填写月薪范围（如 5000-7000 元/月）"


def test_a_civil_service_post_without_a_category_is_offered_the_civil_service_categories():
    jobs = [_civil("H1"), _civil("H2", title="综合行政执法一级科员"),
            Job(id="C1", title="专员", employer="某某有限公司", location="武汉 洪山"),
            # posts stating a category, so that the three above are each a row's own finding (not most of the list)
            *(Job(id=f"K{i}", title="会计", category="会计", employer="某某有限公司") for i in range(4))]
    messages = {f.job_id: f.message for f in _findings(jobs, Check.CATEGORY_MISSING)}
    assert "综合管理类、行政执法类、专业技术类" in messages["H1"] and "「一级科员」可填「综合管理类」" in messages["H1"]
    assert "教师、医生" not in messages["H1"]
    assert "可填「行政执法类」" in messages["H2"]
    assert messages["C1"].endswith("请填写（如 教师、医生、会计、管理岗）")


def test_an_announcement_naming_outsourced_hiring_on_a_later_line_is_no_civil_service_recruitment():
    from matching.civil_service import civil_service_recruitment

    # 「编外」 after a line break: the look-ahead must see past it (re.S), as it does on one line.
    outsourced = Job(id="W1", title="辅助岗", announcement="某局公务员服务中心\n招聘编外用工公告")
    assert not civil_service_recruitment(outsourced)
    assert civil_service_recruitment(Job(id="W2", title="一级科员", announcement="2026年公务员\n考试录用公告"))
