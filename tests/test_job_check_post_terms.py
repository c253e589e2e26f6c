"""The 2026-12-07 review of ``jobmatch check-jobs`` on Wuhan, Henan and gkld (docs/changes.md, Job checks):
「8-12万」 read as annual like 「10-15万」, and a 提示 when a 万 amount states no period; part-time and
intern posts (工作类型, titles) said not to be full-time employment; gender limits asked for their lawful
ground; a title's pay the pay cell contradicts. Condition snippets and titles are the tables' own."""

from __future__ import annotations

import json

import pytest

from features.records import EmployerType, SalaryRange
from features.salary import parse_salary, unstated_period
from matching.job_checks import Check
from service.cli import main
from tests.test_job_checks import bad, checks, findings, rules  # noqa: F401


# --- 1. 「N-M万」 without a period ----------------------------------------------------------


def test_a_bare_wan_range_from_5wan_is_annual_like_10_15wan():
    assert parse_salary("8-12万") == SalaryRange(6667, 10000)  # was 80,000-120,000 a month
    assert parse_salary("5-8万元") == SalaryRange(4167, 6667)
    assert parse_salary("10-15万") == SalaryRange(8333, 12500)  # unchanged
    # The job sites' form, the unit on each bound, stays a month's (Wuhan's 「5万-6万」 总编辑, 「2万-3万」).
    assert parse_salary("5万-6万") == SalaryRange(50000, 60000)
    assert parse_salary("2万-3万") == SalaryRange(20000, 30000)
    assert parse_salary("2-3万") == SalaryRange(20000, 30000)
    assert parse_salary("年薪8-12万") == SalaryRange(6667, 10000)


@pytest.mark.parametrize(("cell", "reading"), [("8-12万", "year"), ("2-3万", "month"), ("5万-6万", "month"),
                                               ("2万-3万", None), ("1万-1.5万", None), ("20-30万", None),
                                               ("年薪8-12万", None), ("月薪2-3万", None), ("6000-8000", None)])
def test_unstated_period(cell, reading):
    assert unstated_period(cell) == reading


def test_an_unstated_period_is_a_hint_not_a_too_high_warning(rules):  # noqa: F811
    job = bad(salary=parse_salary("8-12万"))
    (finding,) = findings(rules, job, {"salary": "8-12万"})
    assert finding.check is Check.PAY_PERIOD_UNSTATED and finding.severity.value == "提示"
    assert "未写明是月薪还是年薪，系统按年薪理解（折合月薪 6667-10000元/月）" in finding.message
    (month,) = findings(rules, bad(salary=parse_salary("2-3万")), {"salary": "2-3万"})
    assert "系统按月薪理解" in month.message
    # 「8万-12万」 read as a month's pay is too high, which asks the same: said once.
    assert checks(rules, bad(salary=parse_salary("8万-12万")), {"salary": "8万-12万"}) == {Check.PAY_TOO_HIGH}
    assert checks(rules, bad(salary=parse_salary("2万-3万")), {"salary": "2万-3万"}) == set()


# --- 2. part-time and intern posts ---------------------------------------------------------


def test_the_work_type_column_says_part_time_or_internship(rules):  # noqa: F811
    job = bad(title="医护文案编辑-线上兼职", salary=parse_salary("600-1200元/周"))
    (finding,) = findings(rules, job, {"salary": "600-1200元/周", "work_type": "兼职/临时"})
    assert finding.check is Check.NOT_FULL_TIME and finding.severity.value == "提示"
    assert finding.message.startswith("工作类型为「兼职/临时」，是兼职/临时岗位，不是全职就业（毕业生据此登记毕业去向时须按实际用工形式核实）："
                                      "请在岗位名称或描述中写明用工形式和工作时间")
    (intern,) = findings(rules, bad(title="金融产品经理", salary=parse_salary("150-200/天")),
                         {"salary": "150-200/天", "work_type": "实习"})
    assert intern.check is Check.NOT_FULL_TIME and intern.message.startswith("工作类型为「实习」，是实习岗位")
    # 全职 and 校园 are full-time: no 非全职岗位 (a title saying otherwise is its own hint, below).
    assert Check.NOT_FULL_TIME not in checks(rules, bad(title="新媒体运营实习生"), {"work_type": "全职"})
    assert checks(rules, bad(title="游戏编辑【25届校招】"), {"work_type": "校园"}) == set()


def test_a_title_saying_intern_or_part_time_beside_full_time_asks_to_correct_one(rules):  # noqa: F811
    (intern,) = findings(rules, bad(title="新媒体运营实习生"), {"work_type": "全职"})
    assert intern.check is Check.TITLE_WORK_TYPE_DIFFERS and intern.severity.value == "提示"
    assert intern.field == "title" and intern.value == "新媒体运营实习生"
    assert intern.message.startswith("岗位名称「新媒体运营实习生」写的是实习岗位，工作类型却为「全职」，")
    assert "请用人单位改正其一（确是实习的，工作类型改为实习；确是全职的，岗位名称去掉「实习」字样）" in intern.message
    (part,) = findings(rules, bad(title="兼职写作"), {"work_type": "全职"})
    assert part.check is Check.TITLE_WORK_TYPE_DIFFERS and "写的是兼职岗位" in part.message
    assert "工作类型改为兼职/临时" in part.message
    # A teacher guiding interns, an offer beside full-time work, a research grade: no contradiction.
    for title in ("实习指导教师", "SCI医学编辑（可兼职）", "研究实习员", "可招实习生的运营专员"):
        assert checks(rules, bad(title=title), {"work_type": "全职"}) == set(), title
    # 校园 names no form of work; a stated 实习 or 兼职/临时 agrees with the title (非全职岗位 only).
    assert checks(rules, bad(title="新媒体运营实习生"), {"work_type": "校园"}) == set()
    assert checks(rules, bad(title="新媒体运营实习生"), {"work_type": "实习"}) == {Check.NOT_FULL_TIME}


def test_without_the_column_the_title_says_it(rules):  # noqa: F811
    assert checks(rules, bad(title="兼职辅导员")) == {Check.NOT_FULL_TIME}
    (trainee,) = findings(rules, bad(title="见习护士"))
    assert trainee.message.startswith("岗位名称「见习护士」，是实习/见习岗位") and "不宜计为全职岗位" in trainee.message
    # A research grade (初级职称) and a training centre are full-time posts; 可兼职 offers it.
    for title in ("研究实习员", "民航消费者权益保护实习研究员", "气象实训实习中心教师", "SCI医学编辑（可兼职）"):
        assert checks(rules, bad(title=title)) == set(), title


def test_the_monthly_floor_binds_neither_part_time_nor_intern_work(rules):  # noqa: F811
    daily = parse_salary("30-60/天")
    assert daily == SalaryRange(652, 1305)
    # A full-time post paid 30-60 a day: below the floor, and the message says how it was made a month's.
    (floor,) = findings(rules, bad(salary=daily), {"salary": "30-60/天"})
    assert floor.check is Check.PAY_BELOW_FLOOR and "按每月 21.75 个工作日折合" in floor.message
    # Part-time (an hourly minimum binds it) and interns (an allowance, no wage): not a floor error.
    assert checks(rules, bad(salary=daily), {"salary": "30-60/天", "work_type": "兼职/临时"}) == {Check.NOT_FULL_TIME}
    assert checks(rules, bad(salary=daily), {"salary": "30-60/天", "work_type": "实习"}) == {Check.NOT_FULL_TIME}


# --- 3. gender limits ----------------------------------------------------------------------


def test_a_gender_limit_asks_for_its_lawful_ground(rules):  # noqa: F811
    job = bad(title="保育员", employer="九棵树幼儿园", employer_type=EmployerType.PUBLIC_INSTITUTION,
              conditions=(("备注", "1、具有初级保育员上岗证或教师资格证；2、限女性；3、身心健康"),))
    (finding,) = findings(rules, job)
    assert finding.check is Check.GENDER_LIMIT and finding.severity.value == "提示" and finding.key == "备注"
    assert finding.message.startswith("备注中写有「限女性」：《就业促进法》《妇女权益保障法》")
    preferred = bad(title="专任教师", conditions=(("备注", "男士优先"),))
    assert Check.GENDER_LIMIT in checks(rules, preferred)


def test_no_gender_finding_for_police_prison_or_civil_service_tables_or_other_mentions(rules):  # noqa: F811
    police = bad(title="特警", employer="郑州市公安局", conditions=(("其他要求", "限男性"),))
    prison = bad(title="监区管理", employer="河南省女子监狱", conditions=(("其他要求", "限女性"),))
    township = bad(title="一级科员", employer="某乡镇人民政府", exam_type="公务员", conditions=(("其他要求", "限男性；中共党员"),))
    for job in (police, prison, township):
        assert Check.GENDER_LIMIT not in checks(rules, job), job.employer
    # An age per sex, the work, advice: no limit.
    for said in ("正高职称男性55周岁及以下、女性50周岁及以下", "适合男性报考", "负责依法管理教育、心理辅导男性罪犯"):
        assert Check.GENDER_LIMIT not in checks(rules, bad(conditions=(("备注", said),))), said


# --- 4. pay in the title -------------------------------------------------------------------


def test_a_title_pay_the_pay_cell_contradicts(rules):  # noqa: F811
    job = bad(title="产品助理 4k-8k（包住宿+可转正+可晋升）", salary=parse_salary("5千-1万"))
    (finding,) = findings(rules, job, {"salary": "5千-1万"})
    assert finding.check is Check.TITLE_PAY_DIFFERS and finding.severity.value == "提示"
    assert finding.message.startswith("岗位名称写「4k-8k」（月薪4,000-8,000元），薪酬栏为「5千-1万」")
    # An open bound (1W+, 7w起) inside the cell's range agrees: tests/test_job_checks_refresh_and_wording.py.
    assert Check.TITLE_PAY_DIFFERS in checks(rules, bad(title="汉阳游戏主播酱油岗/月1.5W+", salary=parse_salary("6千-1.2万")))


@pytest.mark.parametrize(("title", "cell"), [("淘宝天猫运营店长10K-15K", "1万-1.5万"), ("剪辑师(7K-13k/月)", "7千-1.3万"),
                                             ("招普工/操作工-月入8000", "6千-8千"), ("推广运营专员-无责5k", "7千-1.1万"),
                                             ("房地产网络销售（保底5K+五险）", "7千-1.2万"), ("产品经理-PM(J10458)", "1.5万-2.5万"),
                                             ("精准客户资源+40%高提成+30K奖金", "1.2万-2.4万")])
def test_a_title_pay_that_agrees_or_is_base_pay_bonus_or_an_id_is_no_finding(rules, title, cell):  # noqa: F811
    assert Check.TITLE_PAY_DIFFERS not in checks(rules, bad(title=title, salary=parse_salary(cell)))


# --- the file: 工作类型 is read -------------------------------------------------------------


def test_check_jobs_reads_the_work_type_column(tmp_path):
    header = "岗位编号,岗位名称,工作类型,企业名称,岗位分类,城市,学历,招募人数,薪资,工作简介\n"
    rows = ("J1,医护文案编辑-线上兼职,兼职/临时,某传媒有限公司,医学编辑,武汉 硚口,大专,100,600-1200元/周,写医学护理类文案\n"
            "J2,会计,全职,某会计师事务所,财务,武汉 洪山,本科,2,5千-8千,负责会计核算\n")
    path = tmp_path / "jobs.csv"
    path.write_text(header + rows, encoding="utf-8")
    out = tmp_path / "checks.json"
    assert main(["check-jobs", "--jobs", str(path), "--out", str(out)]) == 0
    found = [f for f in json.loads(out.read_text(encoding="utf-8"))["findings"] if f["check"] == "not_full_time"]
    assert [(f["job_id"], f["row"]) for f in found] == [("J1", 2)]
