"""Review of ``jobmatch check-jobs`` after stored update days (docs/changes.md, Job checks): a row repeated with a
later 招聘信息更新时间 keeps the later day (a board's refresh); the notes on repeated rows and the 疑似重复岗位 message
say truthfully what is read and what compared; ``/job-checks`` offers no filter by checks of a file's rows; a
title's open pay (「年薪7w起」) inside the pay cell's range agrees with it, and the message says how a title's pay
was read; a civil-service exam post asking years of work gets advice the officer can follow."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from features.records import EmployerType
from features.salary import parse_salary
from matching.job_checks import Check, check_jobs
from service.cli import main
from service.importers import read_jobs
from tests.test_api_fixtures import running_api
from tests.test_job_check_update_stale import HEADER, _row
from tests.test_job_checks import bad, checks, findings, rules  # noqa: F401

DAY = dt.date(2026, 12, 7)


# --- 1. a refreshed post keeps its latest day -----------------------------------------------------


@pytest.mark.parametrize("days", [("2026-01-05", "2026-11-30"), ("2026-11-30", "2026-01-05")])
def test_a_row_repeated_with_another_update_day_keeps_the_latest(tmp_path, days):
    path = tmp_path / "jobs.csv"
    path.write_text(HEADER + "".join(_row("J1", day) for day in days), encoding="utf-8")
    result = read_jobs(path)
    assert [(job.id, job.updated_on) for job in result.records] == [("J1", dt.date(2026, 11, 30))]
    assert result.skipped == [] and len(result.repeated) == 1


def test_a_board_refresh_raises_no_stale_warning(tmp_path):
    # Scraped in January, refreshed and scraped again a week ago: the post is current.
    path, out = tmp_path / "jobs.csv", tmp_path / "checks.json"
    path.write_text(HEADER + _row("J1", "2026-01-05") + _row("J1", "2026-11-30"), encoding="utf-8")
    main(["check-jobs", "--jobs", str(path), "--on", DAY.isoformat(), "--out", str(out)])
    found = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert [f["check"] for f in found if f["check"] == "update_stale"] == []
    [repeat] = [f for f in found if f["check"] == "row_repeated"]
    assert "除「招聘信息更新时间」外内容相同" in repeat["message"] and "更新时间取较晚的" in repeat["message"]


# --- 2. the note on many repeats ----------------------------------------------------------------


def test_the_note_on_repeats_differing_in_the_update_time_says_so(tmp_path):
    path = tmp_path / "jobs.csv"
    rows = "".join(_row("J1", day) for day in ("2026-01-05", "2026-01-05", "2026-03-01", "2026-11-30", "2026-01-05"))
    path.write_text(HEADER + _row("J2", "2026-11-30") + rows, encoding="utf-8")
    [note] = read_jobs(path).notes()
    assert "只有未读入的列可能不同" not in note
    assert note.startswith("4 行与前面编号相同的行读入的内容相同（未读入的列可能不同；其中 2 行的「招聘信息更新时间」不同，取最晚的）")


# --- 3. the duplicate message --------------------------------------------------------------------


def test_a_duplicate_does_not_call_the_announcement_unread(rules):  # noqa: F811
    one = bad(id="D1", announcement="2024年某市事业单位公开招聘公告")
    twin = bad(id="D2", announcement="2025年某市事业单位公开招聘公告")
    [finding] = [f for f in check_jobs([one, twin], **rules).findings if f.check is Check.DUPLICATE]
    assert "所属公告" in finding.message and "未读入的列（如考点、所属公告" not in finding.message
    assert "系统未比较的列（如所属公告、招聘人数，及原表中未读入的考点、岗位标签）" in finding.message


# --- 4. the page's filter ------------------------------------------------------------------------


@pytest.fixture
def api(tmp_path):
    with running_api(tmp_path, jobs=[], graduates=[], clock=lambda: DAY) as api:
        yield api


def test_the_page_offers_only_checks_stored_jobs_can_have(api):
    from tests.test_api_pages import login

    login(api, "officer")
    page = api.client.get("/job-checks").text
    assert 'value="duplicate"' in page and 'value="update_stale"' in page
    assert 'value="row_unreadable"' not in page and 'value="row_repeated"' not in page
    assert Check.ROW_UNREADABLE.file_only and Check.ROW_REPEATED.file_only and not Check.DUPLICATE.file_only


# --- 5. a title's pay ---------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "cell"), [("小学数学编辑（年薪7w起）", "5千-1万"),  # Wuhan row 538: 5,833 a month
                                             ("汉阳游戏主播酱油岗/月1W+", "6千-1.2万"),
                                             ("销售代表 6k起", "5千-1万")])
def test_an_open_title_pay_inside_the_cells_range_agrees(rules, title, cell):  # noqa: F811
    assert Check.TITLE_PAY_DIFFERS not in checks(rules, bad(title=title, salary=parse_salary(cell)))


@pytest.mark.parametrize(("title", "cell"), [("销售代表 4k起", "5千-1万"), ("运营 12k+", "5千-1万"),
                                             ("运营 8k起", "5000元起")])  # a cell open too: the floors compared
def test_an_open_title_pay_outside_the_cells_range_is_a_hint(rules, title, cell):  # noqa: F811
    assert Check.TITLE_PAY_DIFFERS in checks(rules, bad(title=title, salary=parse_salary(cell)))


def test_the_message_says_how_the_titles_pay_was_read(rules):  # noqa: F811
    job = bad(title="年15-25W+聘新媒体运营经理", salary=parse_salary("1.5万-2.5万"))
    (finding,) = findings(rules, job, {"salary": "1.5万-2.5万"})
    assert finding.message.startswith("岗位名称写「年15-25W+」（年薪15万-25万，折合月薪约12,500-20,833元），"
                                      "薪酬栏为「1.5万-2.5万」")
    job = bad(title="产品助理 4k-8k", salary=parse_salary("5千-1万"))
    (finding,) = findings(rules, job, {"salary": "5千-1万"})
    assert finding.message.startswith("岗位名称写「4k-8k」（月薪4,000-8,000元），薪酬栏为「5千-1万」")
    job = bad(title="编辑（年薪7w起）", salary=parse_salary("8千-1万"))
    (finding,) = findings(rules, job, {"salary": "8千-1万"})
    assert finding.message.startswith("岗位名称写「年薪7w起」（年薪7万起，折合月薪约5,833元起）")


# --- 6. a civil-service exam post asking years of work ----------------------------------------------


def test_a_civil_service_exam_post_is_not_told_to_move_to_social_recruitment(rules):  # noqa: F811
    # gkld's Beijing posts: 「具有2年以上相关工作经历」 in an exam table that goes out whole.
    job = bad(conditions=(("备注", "具有2年以上相关工作经历"),), employer_type=EmployerType.GOVERNMENT,
              exam_type="公务员", announcement="北京市各级机关2022年度考试录用公务员公告")
    [finding] = [f for f in findings(rules, job) if f.check is Check.EXPERIENCE_YEARS]
    assert "社会招聘" not in finding.message.replace("不能改为接收应届毕业生或移作社会招聘", "")
    assert finding.message.startswith("公务员考试职位，要求2年以上工作经验（备注「具有2年以上相关工作经历」）")
    assert "请提示此职位须有2年以上工作经历（具备的往届毕业生可以报考）" in finding.message
    # An organ's own hiring outside the exam (编外) is the employer's to change: the employer's advice.
    own = bad(conditions=(("备注", "具有2年以上相关工作经历"),), employer_type=EmployerType.GOVERNMENT,
              announcement="海盐县部分单位公开招聘编外用工公告")
    [finding] = [f for f in findings(rules, own) if f.check is Check.EXPERIENCE_YEARS]
    assert "列入社会招聘" in finding.message
