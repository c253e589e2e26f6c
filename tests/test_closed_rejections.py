"""A graduate's rejected posts (不符合, with reasons) on an old table: posts closed long ago (a
past season, a deadline over ``RECENTLY_CLOSED_DAYS`` gone) are not listed, so that the
rejections a graduate can act on (专业不符, 学历不符) are; a deadline missed a few days ago still
is. Closed posts never take a full check (``matching.deadlines.rejection_listed_until``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from features.education import parse_education_requirement
from matching.deadlines import RECENTLY_CLOSED_DAYS, rejection_listed_until, rejection_unlisted
from matching.ranker import Ranker
from service.engine import load_rules_engine
from service.model_store import load_major_code_tables
from service.resources import load_segmenter
from tests.factories import graduate, job
from tests.test_announcement_season import ACCOUNTANT, CountingChecker

DAY = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def engine():
    return load_rules_engine(DAY)


@pytest.fixture(scope="module")
def accountant(catalog):
    return graduate("G1", "会计学", catalog=catalog)


def _ranker(catalog, checker, jobs, **options) -> Ranker:
    return Ranker(catalog=catalog, segmenter=load_segmenter(), checker=checker, major_tables=load_major_code_tables(),
                  **options).fit(jobs)


def _old_table() -> list:
    """Six accountant posts of the 2021 season (closed; they score best), a master's post and an
    auditor's post the graduate may not apply for, and one open post."""
    old = [replace(ACCOUNTANT, id=f"OLD{i}", announcement="喀什地区2021年度事业单位公开招聘公告", season_year=2021)
           for i in range(6)]
    masters = replace(ACCOUNTANT, id="MASTER", education=parse_education_requirement("硕士研究生及以上"))
    auditor = job("AUDIT", "审计员", employer="喀什商贸公司", education="本科及以上", majors="审计学", location="喀什市",
                  description="账务处理")
    return [*old, masters, auditor, replace(ACCOUNTANT, id="ZNEW")]


def test_a_graduate_sees_the_rejections_they_can_act_on_not_old_seasons(catalog, engine, accountant):
    checker = CountingChecker(engine)
    ranker = _ranker(catalog, checker, _old_table())
    (result,) = ranker.rank([accountant], k=5, rejected_k=3)
    assert [s.job_id for s in result.suggestions] == ["ZNEW"]
    assert sorted(r.job_id for r in result.rejected) == ["AUDIT", "MASTER"]
    reasons = " ".join(reason for r in result.rejected for reason in r.reasons)
    assert "学历" in reasons and "专业" in reasons and "年度" not in reasons
    assert not any(job_id.startswith("OLD") for job_id in checker.checked)  # closed posts take no full check


def test_a_deadline_missed_days_ago_is_listed_one_missed_long_ago_is_not(catalog, engine, accountant):
    recent = replace(ACCOUNTANT, id="RECENT", apply_by=DAY - dt.timedelta(days=3))
    stale = replace(ACCOUNTANT, id="STALE", apply_by=DAY - dt.timedelta(days=RECENTLY_CLOSED_DAYS + 1))
    ranker = _ranker(catalog, engine, [recent, stale, replace(ACCOUNTANT, id="ZNEW")])
    (result,) = ranker.rank([accountant], k=5, rejected_k=5)
    assert [s.job_id for s in result.suggestions] == ["ZNEW"]
    assert [(r.job_id, r.reasons) for r in result.rejected] == [("RECENT", ("报名已于2026年12月3日截止",))]


def test_the_ranker_follows_its_engines_day(catalog, engine, accountant):
    stale = replace(ACCOUNTANT, id="STALE", apply_by=dt.date(2026, 11, 1))
    ranker = _ranker(catalog, engine.on(dt.date(2026, 11, 5)), [stale, replace(ACCOUNTANT, id="ZNEW")])
    (result,) = ranker.rank([accountant], k=5, rejected_k=5)
    assert [r.job_id for r in result.rejected] == ["STALE"]  # four days after its deadline


def test_how_long_a_closed_post_stays_listed():
    deadline = replace(ACCOUNTANT, apply_by=dt.date(2026, 12, 1))
    assert rejection_listed_until(deadline) == dt.date(2026, 12, 1) + dt.timedelta(days=RECENTLY_CLOSED_DAYS)
    assert not rejection_unlisted(deadline, dt.date(2026, 12, 1) + dt.timedelta(days=RECENTLY_CLOSED_DAYS))
    assert rejection_unlisted(deadline, dt.date(2026, 12, 2) + dt.timedelta(days=RECENTLY_CLOSED_DAYS))
    season = replace(ACCOUNTANT, season_year=2024)  # closed from 2026-01-01, never listed once closed
    assert rejection_listed_until(season) == dt.date(2025, 12, 31)
    assert rejection_unlisted(season, dt.date(2026, 1, 1)) and not rejection_unlisted(season, dt.date(2025, 12, 31))
    assert rejection_listed_until(ACCOUNTANT) is None and not rejection_unlisted(ACCOUNTANT, DAY)


def test_the_unlisted_count_follows_the_day_and_its_mask_is_shared_read_only(catalog, engine):
    """The API asks the count on every answer served from memory: it is kept per day, and the kept
    mask cannot be changed by one caller under another."""
    ranker = _ranker(catalog, CountingChecker(engine), _old_table())
    index = ranker.index_
    assert index.unlisted_count_on(DAY) == 6 and index.unlisted_on(DAY).sum() == 6
    assert index.unlisted_on(DAY) is index.unlisted_on(DAY)
    with pytest.raises(ValueError):
        index.unlisted_on(DAY)[0] = False
    # 2021年度 closes on 2023-01-01 and is listed until the day before: on 2022-12-31 none is unlisted.
    assert index.unlisted_count_on(dt.date(2022, 12, 31)) == 0 and index.unlisted_count_on(DAY) == 6
