"""A job's 报名截止日期 (``Job.apply_by``): read from a table (its aliases, a month as its last
day, a bad cell refused with file, row and column), judged on the rules engine's day (closed
from the next day: 不符合 with 「报名已于…截止」, never a suggestion; within 7 days a reminder),
reported by job checks, left out of fair plans, and stored (migration 0008 on SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import inspect, text

from features.records import Job
from features.values import parse_deadline
from matching.fair_limits import FairLimits
from matching.fairs import FairBy, UnplacedKind, plan_fairs
from matching.job_checks import Check, Severity, check_jobs
from matching.ranker import Ranker
from matching.verdict import Status
from service.errors import InputFileError
from service.importers import read_jobs_bytes
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog, load_segmenter
from service.engine import load_rules_engine
from service.storage import repository as repo
from service.storage.db import make_session_factory
from tests.factories import graduate, job
from tests.test_storage import downgrade, empty_engine, upgrade_with_a_job_written_at  # noqa: F401

DAY = dt.date(2026, 12, 6)

CSV_HEAD = "岗位编号,职位名称,用人单位,工作地点,学历要求,专业要求,{column}\n"


def _read(column: str, *cells: str):
    rows = "".join(f"D{i},会计,喀什商贸公司,喀什市,本科及以上,会计学,{cell}\n" for i, cell in enumerate(cells, start=1))
    return read_jobs_bytes((CSV_HEAD.format(column=column) + rows).encode("utf-8"), "jobs.csv", strict=True)


@pytest.mark.parametrize("column", ["报名截止日期", "截止日期", "报名截止", "截止时间", "有效期至", "有效期"])
def test_every_alias_of_the_deadline_column_is_read(column):
    (record,) = _read(column, "2026-12-31").records
    assert record.apply_by == dt.date(2026, 12, 31)


def test_deadline_cells_read_as_announcements_write_them():
    records = _read("报名截止日期", "2026年12月9日", "2027/1/5", "2027年1月", "长期", "").records
    assert [r.apply_by for r in records] == [dt.date(2026, 12, 9), dt.date(2027, 1, 5),
                                            dt.date(2027, 1, 31),  # a month closes at its end, not its 1st
                                            None, None]


def test_a_table_without_the_column_states_no_deadline():
    csv = "岗位编号,职位名称\nD1,会计\n".encode("utf-8")
    assert read_jobs_bytes(csv, "jobs.csv").records[0].apply_by is None


def test_an_unreadable_deadline_names_file_row_and_column():
    with pytest.raises(InputFileError) as caught:
        _read("报名截止日期", "2026-12-31", "下周五")
    error = caught.value
    assert (error.file, error.row, error.column) == ("jobs.csv", 3, "报名截止日期")
    assert "无法识别的报名截止日期「下周五」" in str(error)
    # Not strict: the row is skipped with the same place, the others are read.
    result = read_jobs_bytes((CSV_HEAD.format(column="截止日期") + "D1,会计,甲,喀什市,本科,会计学,下周五\n"
                              "D2,出纳,乙,喀什市,本科,会计学,2026-12-31\n").encode("utf-8"), "jobs.csv")
    assert [r.id for r in result.records] == ["D2"]
    assert [(e.row, e.column) for e in result.skipped] == [(2, "截止日期")]


def test_parse_deadline_reads_a_month_as_its_last_day_and_refuses_words():
    assert parse_deadline("2027年2月") == dt.date(2027, 2, 28)
    assert parse_deadline(dt.date(2027, 3, 1)) == dt.date(2027, 3, 1)
    with pytest.raises(ValueError, match="无法识别的报名截止日期「尽快」"):
        parse_deadline("尽快", label="报名截止日期")


# --- the verdict on the engine's day ---------------------------------------------------

ACCOUNTANT = job("A1", "会计", employer="喀什商贸公司", education="本科及以上", majors="会计学", location="喀什市",
                 description="账务处理")


@pytest.fixture(scope="module")
def engine():
    return load_rules_engine(DAY)


@pytest.fixture(scope="module")
def accountant_graduate(catalog):
    return graduate("G1", "会计学", catalog=catalog)


def test_a_job_past_its_deadline_is_refused_with_the_day_it_closed(engine, accountant_graduate):
    verdict = engine.check(accountant_graduate, replace(ACCOUNTANT, apply_by=dt.date(2026, 12, 5)))
    assert verdict.status is Status.NOT_ELIGIBLE
    assert verdict.reasons(Status.NOT_ELIGIBLE) == ("报名已于2026年12月5日截止",)


def test_the_deadline_day_itself_is_open_with_a_reminder(engine, accountant_graduate):
    for apply_by, shown in ((DAY, "报名今天截止"), (DAY + dt.timedelta(days=1), "报名将于12月7日截止"),
                            (dt.date(2026, 12, 13), "报名将于12月13日截止")):
        verdict = engine.check(accountant_graduate, replace(ACCOUNTANT, apply_by=apply_by))
        assert verdict.status is Status.ELIGIBLE
        assert f"{shown}，请尽快报名" in verdict.reasons()


def test_a_far_or_unstated_deadline_adds_no_reason(engine, accountant_graduate):
    plain = engine.check(accountant_graduate, ACCOUNTANT)
    far = engine.check(accountant_graduate, replace(ACCOUNTANT, apply_by=dt.date(2026, 12, 14)))
    assert far == plain and far.status is Status.ELIGIBLE


def test_the_engine_moved_to_the_next_day_closes_the_post(engine, accountant_graduate):
    closing = replace(ACCOUNTANT, apply_by=DAY)
    assert engine.check(accountant_graduate, closing).status is Status.ELIGIBLE
    assert engine.on(DAY + dt.timedelta(days=1)).check(accountant_graduate, closing).status is Status.NOT_ELIGIBLE


def test_the_ranker_never_suggests_a_closed_post_and_lists_it_among_the_rejected(catalog, engine, accountant_graduate):
    jobs = [replace(ACCOUNTANT, apply_by=dt.date(2026, 11, 30)),
            job("A2", "会计", employer="和田商贸公司", education="本科及以上", majors="会计学", location="和田市",
                description="账务处理")]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=engine,
                    major_tables=load_major_code_tables()).fit(jobs)
    (result,) = ranker.rank([accountant_graduate], k=5, rejected_k=5)
    assert [s.job_id for s in result.suggestions] == ["A2"]
    assert [(r.job_id, r.reasons) for r in result.rejected] == [("A1", ("报名已于2026年11月30日截止",))]
    judged = ranker.judge(accountant_graduate, "A1")
    assert judged.status is Status.NOT_ELIGIBLE and judged.reasons == ("报名已于2026年11月30日截止",)


def test_a_close_deadline_is_the_first_reason_of_its_suggestion(catalog, engine, accountant_graduate):
    """User review: 「报名今天截止，请尽快报名」 sat among the rules' reasons in rule order (after
    学历 and 专业); it is the one the graduate must act on today."""
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), checker=engine,
                    major_tables=load_major_code_tables()).fit([replace(ACCOUNTANT, apply_by=DAY)])
    (result,) = ranker.rank([accountant_graduate], k=1)
    (suggestion,) = result.suggestions
    assert suggestion.reasons[0] == "报名今天截止，请尽快报名"
    assert suggestion.reasons.count("报名今天截止，请尽快报名") == 1
    assert any(r.startswith("学历符合") for r in suggestion.reasons[1:])
    assert ranker.judge(accountant_graduate, "A1").reasons[0] == "报名今天截止，请尽快报名"


# --- job checks and fair plans ---------------------------------------------------------

def test_job_checks_report_a_closed_posting_on_the_day_checked():
    jobs = [replace(ACCOUNTANT, apply_by=dt.date(2026, 12, 1)), replace(ACCOUNTANT, id="A3", apply_by=DAY)]
    found = [f for f in check_jobs(jobs, catalog=load_major_catalog(), today=DAY).findings if f.check is Check.CLOSED]
    assert [(f.job_id, f.field, f.message) for f in found] == [
        ("A1", "apply_by", "报名已截止（2026-12-01）：请下架或更新截止日期")]
    assert found[0].severity is Severity.WARNING
    # Without a day no deadline is checked (a caller that judges none).
    assert not [f for f in check_jobs(jobs, catalog=load_major_catalog()).findings if f.check is Check.CLOSED]


def test_a_fair_plan_leaves_a_closed_post_out_with_the_reason(catalog):
    from tests.test_api_fairs import GRADUATES, JOBS, SMALL

    jobs = [replace(j, apply_by=dt.date(2026, 12, 1)) if j.id == "NUR3" else j for j in JOBS]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter()).fit(jobs)  # the basic check: no day of its own
    results = ranker.rank(GRADUATES, k=20, rejected_k=0)
    plan = plan_fairs(ranker, GRADUATES, results, by=FairBy.MAJOR, limits=FairLimits(**SMALL), day=DAY)
    placed = {p.job_id for fair in plan.fairs for p in fair.positions}
    assert "NUR3" not in placed and {"NUR1", "NUR2"} <= placed
    (closed,) = [u for u in plan.unplaced if u.job_id == "NUR3"]
    assert closed.reason == "报名已于2026年12月1日截止" and closed.kinds == (UnplacedKind.CLOSED,)
    assert "1 个岗位报名已截止，未列入招聘会" in plan.notes
    # The day before, the post was open and placed.
    before = plan_fairs(ranker, GRADUATES, results, by=FairBy.MAJOR, limits=FairLimits(**SMALL), day=dt.date(2026, 12, 1))
    assert "NUR3" in {p.job_id for fair in before.fairs for p in fair.positions}


# --- storage ---------------------------------------------------------------------------

def test_a_database_with_jobs_upgrades_to_0008_and_back(empty_engine):  # noqa: F811
    """Jobs written at revision 0007 read no deadline; a deadline is stored and read back; going
    back to 0007 drops the column and keeps the jobs."""
    upgrade_with_a_job_written_at(empty_engine, "0007")
    factory = make_session_factory(empty_engine)
    with factory() as session:
        assert repo.get_jobs(session=session, job_ids=["J1"])["J1"].apply_by is None
        repo.upsert_jobs(session=session, jobs=[Job(id="J2", title="出纳", apply_by=dt.date(2026, 12, 31))])
        session.commit()
        assert repo.get_jobs(session=session, job_ids=["J2"])["J2"].apply_by == dt.date(2026, 12, 31)
    downgrade(empty_engine, "0007")
    assert "apply_by" not in {c["name"] for c in inspect(empty_engine).get_columns("jobs")}
    with empty_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM jobs")).scalar() == 2


def test_closed_postings_added_to_a_kept_report_read_as_a_report_checked_on_the_day():
    from matching.job_checks import with_closed

    jobs = [replace(ACCOUNTANT, id="A1", apply_by=dt.date(2026, 12, 1), location=None),
            replace(ACCOUNTANT, id="A2"), replace(ACCOUNTANT, id="A3", apply_by=dt.date(2026, 12, 2), location=None)]
    kept = check_jobs(jobs, catalog=load_major_catalog())
    on_the_day = check_jobs(jobs, catalog=load_major_catalog(), today=DAY)
    assert with_closed(kept, jobs, DAY) == on_the_day
    assert [f.job_id for f in on_the_day.findings if f.check is Check.CLOSED] == ["A1", "A3"]
    assert with_closed(kept, jobs, dt.date(2026, 12, 1)) == kept
