"""A job's announcement (招聘公告, ``Job.announcement``) and the season year it names
(``Job.season_year``): read from titles and 年度 columns, stored (migration 0010 on SQLite and
PostgreSQL) and in the job API; with no 报名截止日期 a season two or more years before the day's
year closes the post (不符合 「招聘公告为2021年度，报名早已结束」), the year before is 待核实, and an
explicit deadline always wins. One decision (``matching.deadlines``) for the engine, the ranker's
pre-filter (a closed post takes none of the ``max_checks``), job checks (警告 naming the year),
fair plans and the job page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from sqlalchemy import inspect, text

from features.announcements import season_year
from features.records import Job
from matching.deadlines import job_closed
from matching.fair_limits import FairLimits
from matching.fairs import FairBy, UnplacedKind, plan_fairs
from matching.job_checks import Check, Severity, check_jobs, with_closed
from matching.ranker import Ranker
from matching.verdict import Status
from service.errors import InputFileError
from service.importers import read_jobs_bytes
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog, load_segmenter
from service.storage import repository as repo
from service.storage.db import make_session_factory
from tests.test_api_job_deadline import api_on  # noqa: F401
from tests.test_api_pages import login
# The deadline tests' day, post, engine on that day and graduate: a season closes a post as a deadline does.
from tests.test_job_deadline import ACCOUNTANT, DAY, accountant_graduate, engine  # noqa: F401
from tests.test_storage import downgrade, empty_engine, upgrade_with_a_job_written_at  # noqa: F401


# --- reading the year ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "year"), [
    ("锡林郭勒盟2020年度医疗卫生和其他事业单位公开招聘工作人员简章", 2020),
    ("阜新市2020年市直事业单位公开招聘工作人员公告", 2020),
    ("泸州职业技术学院2020-2021年直接考核招聘全职教师的公告", 2021),  # a span: its last year
    ("中共凉山州委党校2021—2022年面向全国公开考核招聘教学和科研人员公告", 2022),
    ("辽宁省气象部门招录2023届应届毕业生公告", 2023),
    ("平湖市教育局校园招聘2022学年在编教师公告", 2022),
    ("招商银行总行2023校园招聘职能类岗位招聘公告", 2023),
    ("浙江经济职业技术学院社区辅导员招聘公告(2022年11月)", 2022),
    ("某县２０２５年度事业单位招聘公告", 2025),  # full-width digits
    ("湖北省医学会招聘简章", None),  # no year: unknown, never guessed
    ("临床医学100301岗位招聘公告", None),  # digits inside a code are no year
    (2023, 2023), (2023.0, 2023), ("", None), (None, None),
])
def test_the_season_is_the_latest_year_a_title_names(title, year):
    assert season_year(title) == year


CSV_HEAD = "岗位编号,职位名称,用人单位,学历要求,专业要求,{columns}\n"


def _read(columns: str, *rows: str):
    body = "".join(f"D{i},会计,喀什商贸公司,本科及以上,会计学,{row}\n" for i, row in enumerate(rows, start=1))
    return read_jobs_bytes((CSV_HEAD.format(columns=columns) + body).encode("utf-8"), "jobs.csv", strict=True)


@pytest.mark.parametrize("column", ["公告名称", "招聘公告", "简章名称", "招聘简章"])
def test_an_announcement_column_gives_title_and_season(column):
    (record,) = _read(column, "喀什地区2021年度事业单位公开招聘工作人员公告").records
    assert (record.announcement, record.season_year) == ("喀什地区2021年度事业单位公开招聘工作人员公告", 2021)


def test_a_year_column_states_the_season_and_wins_over_the_title():
    records = _read("公告名称,招考年度", "某县2024年公开招聘公告,2026年度", "某县公开招聘公告,2025", "某县2024年公开招聘公告,").records
    assert [(r.announcement, r.season_year) for r in records] == [
        ("某县2024年公开招聘公告", 2026), ("某县公开招聘公告", 2025), ("某县2024年公开招聘公告", 2024)]


def test_an_unreadable_year_cell_names_file_row_and_column():
    with pytest.raises(InputFileError) as caught:
        _read("年度", "今年")
    message = str(caught.value)
    assert "jobs.csv" in message and "第 2 行" in message and "年度" in message and "无法识别的招聘年度「今年」" in message


def test_gkld_records_keep_their_exam_title():
    row = {"jobId": 1, "examTitle": "锡林郭勒盟2020年度医疗卫生和其他事业单位公开招聘工作人员简章", "position": "急诊医师",
           "workCompany": "锡林郭勒盟医院", "cond:专业要求": "临床医学"}
    other = {**row, "jobId": 2, "examTitle": "湖北省医学会招聘简章"}
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (row, other))
    first, second = read_jobs_bytes(lines.encode("utf-8"), "gkld.jsonl").records
    assert (first.announcement, first.season_year) == (row["examTitle"], 2020)
    assert (second.announcement, second.season_year) == ("湖北省医学会招聘简章", None)


# --- the one decision ------------------------------------------------------------------

def test_a_season_two_years_past_closes_the_post(engine, accountant_graduate):
    post = replace(ACCOUNTANT, announcement="喀什地区2024年度事业单位公开招聘公告", season_year=2024)
    verdict = engine.check(accountant_graduate, post)
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("招聘公告为2024年度，报名早已结束",)
    assert job_closed(post, DAY) and not job_closed(post, dt.date(2025, 12, 31))


def test_the_year_before_is_left_to_review_and_this_year_adds_nothing(engine, accountant_graduate):
    plain = engine.check(accountant_graduate, ACCOUNTANT)
    last_year = engine.check(accountant_graduate, replace(ACCOUNTANT, season_year=2025))
    assert last_year.status is Status.NEEDS_REVIEW
    assert "招聘公告为2025年度，报名可能已经结束，请核实是否仍在招聘" in last_year.reasons(Status.NEEDS_REVIEW)
    assert engine.check(accountant_graduate, replace(ACCOUNTANT, season_year=2026)) == plain
    assert engine.check(accountant_graduate, replace(ACCOUNTANT, season_year=2027)) == plain
    # On New Year's Day the 2025 season is closed.
    assert engine.on(dt.date(2027, 1, 1)).check(accountant_graduate, replace(ACCOUNTANT, season_year=2025)).status \
        is Status.NOT_ELIGIBLE


def test_an_explicit_deadline_always_wins_over_the_season(engine, accountant_graduate):
    reopened = replace(ACCOUNTANT, season_year=2021, apply_by=dt.date(2026, 12, 31))  # an old title, a new deadline
    assert engine.check(accountant_graduate, reopened).status is Status.ELIGIBLE and not job_closed(reopened, DAY)
    past = replace(ACCOUNTANT, season_year=2026, apply_by=dt.date(2026, 12, 1))
    assert engine.check(accountant_graduate, past).reasons(Status.NOT_ELIGIBLE) == ("报名已于2026年12月1日截止",)
    assert engine.check(accountant_graduate, replace(ACCOUNTANT, season_year=2025, apply_by=DAY)).status \
        is Status.ELIGIBLE  # no 待核实 either: the deadline says it is open


class CountingChecker:
    """The rules engine, counting which jobs reach the full check."""

    def __init__(self, engine):
        self.engine = engine
        self.reference_date = engine.reference_date
        self.checked: list[str] = []

    def __call__(self, graduate, job):
        self.checked.append(job.id)
        return self.engine.check(graduate, job)


def _accountants(n_closed: int) -> list[Job]:
    closed = [replace(ACCOUNTANT, id=f"OLD{i}", announcement="喀什地区2021年度事业单位公开招聘公告", season_year=2021)
              for i in range(n_closed)]
    # The same post, open: equal scores, and ties go by id, so the closed ones come first.
    return [*closed, replace(ACCOUNTANT, id="ZNEW")]


def test_the_ranker_drops_closed_posts_before_any_check(catalog, engine, accountant_graduate):
    checker = CountingChecker(engine)
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=checker,
                    major_tables=load_major_code_tables(), max_checks=3).fit(_accountants(6))
    (result,) = ranker.rank([accountant_graduate], k=5, rejected_k=0)
    # The six closed posts come first in score order but take none of the 3 checks (before,
    # they took all 3 and the open post was never reached).
    assert [s.job_id for s in result.suggestions] == ["ZNEW"]
    assert checker.checked == ["ZNEW"]


def test_posts_of_a_past_season_are_not_listed_rejected_and_take_no_check(catalog, engine, accountant_graduate):
    # Listed, they would push out the rejections a graduate can act on (tests/test_closed_rejections.py).
    checker = CountingChecker(engine)
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=checker,
                    major_tables=load_major_code_tables()).fit(_accountants(6))
    (result,) = ranker.rank([accountant_graduate], k=5, rejected_k=2)
    assert [s.job_id for s in result.suggestions] == ["ZNEW"]
    assert result.rejected == ()
    assert checker.checked == ["ZNEW"]
    assert ranker.rank_graduates("OLD0", [accountant_graduate]) == []


def test_job_checks_warn_of_a_past_season_naming_the_year():
    jobs = [replace(ACCOUNTANT, id="A1", season_year=2021), replace(ACCOUNTANT, id="A2", season_year=2025),
            replace(ACCOUNTANT, id="A3", season_year=2026), replace(ACCOUNTANT, id="A4", season_year=2021,
                                                                  apply_by=dt.date(2026, 12, 31))]
    found = [f for f in check_jobs(jobs, catalog=load_major_catalog(), today=DAY).findings if f.check is Check.SEASON_PAST]
    assert [(f.job_id, f.field, f.value, f.severity) for f in found] == [
        ("A1", "season_year", "2021", Severity.WARNING), ("A2", "season_year", "2025", Severity.WARNING)]
    assert found[0].message == "招聘公告为2021年度，报名早已结束，已不再推荐给毕业生：请下架，或填写本期的报名截止日期"
    assert "招聘公告为2025年度，报名可能已经结束" in found[1].message
    kept = check_jobs(jobs, catalog=load_major_catalog())
    assert with_closed(kept, jobs, DAY) == check_jobs(jobs, catalog=load_major_catalog(), today=DAY)


def test_a_fair_plan_leaves_out_a_post_of_a_past_season(catalog):
    from tests.test_api_fairs import GRADUATES, JOBS, SMALL

    jobs = [replace(j, season_year=2022) if j.id == "NUR3" else j for j in JOBS]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter()).fit(jobs)
    results = ranker.rank(GRADUATES, k=20, rejected_k=0)
    plan = plan_fairs(ranker, GRADUATES, results, by=FairBy.MAJOR, limits=FairLimits(**SMALL), day=DAY)
    assert "NUR3" not in {p.job_id for fair in plan.fairs for p in fair.positions}
    (closed,) = [u for u in plan.unplaced if u.job_id == "NUR3"]
    assert closed.reason == "招聘公告为2022年度，报名早已结束" and closed.kinds == (UnplacedKind.CLOSED,)


# --- storage and API -------------------------------------------------------------------

def test_a_database_upgrades_to_0010_keeps_the_season_and_goes_back(empty_engine):  # noqa: F811
    upgrade_with_a_job_written_at(empty_engine, "0009")
    factory = make_session_factory(empty_engine)
    title = "喀什地区2021年度事业单位公开招聘工作人员公告"
    with factory() as session:
        old = repo.get_jobs(session=session, job_ids=["J1"])["J1"]
        assert (old.announcement, old.season_year) == (None, None)
        repo.upsert_jobs(session=session, jobs=[Job(id="J2", title="出纳", announcement=title, season_year=2021)])
        session.commit()
        stored = repo.get_jobs(session=session, job_ids=["J2"])["J2"]
        assert (stored.announcement, stored.season_year) == (title, 2021)
    downgrade(empty_engine, "0009")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    assert not {"announcement", "season_year"} & columns
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2


def test_the_job_api_reads_keeps_and_checks_the_season(api_on):  # noqa: F811
    api = api_on()
    title = "喀什地区2025年度事业单位公开招聘工作人员公告"
    created = api.post("/api/jobs", "officer", json={"id": "S1", "title": "出纳", "announcement": title})
    assert created.status_code == 201, created.text
    assert (created.json()["announcement"], created.json()["season_year"]) == (title, 2025)
    assert api.get("/api/jobs/S1", "officer").json()["season_year"] == 2025
    changed = api.patch("/api/jobs/S1", "officer", json={"announcement": "喀什地区2026年度公开招聘公告"}).json()
    assert changed["season_year"] == 2026  # read again from the new title
    assert api.patch("/api/jobs/S1", "officer", json={"season_year": 2024}).json()["season_year"] == 2024
    assert api.get("/api/jobs/J-SOFT", "officer").json()["season_year"] is None
    problem = api.patch("/api/jobs/S1", "officer", json={"season_year": 1980})
    assert problem.status_code == 422 and "season_year" in problem.text


def test_the_job_page_shows_the_announcement_and_when_its_season_is_past(api_on):  # noqa: F811
    api = api_on()
    api.post("/api/jobs", "officer", json={"id": "S1", "title": "出纳", "announcement": "某县2021年度公开招聘公告"})
    api.post("/api/jobs", "officer", json={"id": "S2", "title": "出纳", "announcement": "某县公开招聘公告", "season_year": 2025})
    login(api, "organiser")
    assert ('<dd id="announcement">某县2021年度公开招聘公告 <span class="status not_eligible">报名早已结束</span></dd>'
            in api.client.get("/job/S1").text)
    assert ('<dd id="announcement">某县公开招聘公告（2025年度） <span class="status needs_review">往年公告，请核实</span></dd>'
            in api.client.get("/job/S2").text)
    assert "<dt>招聘公告</dt>" not in api.client.get("/job/J-SOFT").text
