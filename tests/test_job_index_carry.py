"""A job edit builds a new job index from the old one (``JobIndex.take``/``concat``): the per-job
closing days already computed are carried over, so that only the edited jobs are computed again,
and they equal a freshly built index's. The per-day memo of unlisted posts is not carried."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

import matching.job_index as job_index
from matching.deadlines import RECENTLY_CLOSED_DAYS
from matching.ranker import Ranker
from service.model_store import load_major_code_tables
from tests.factories import job

DAY = dt.date(2026, 12, 6)
BASE = job("A0", "会计", employer="喀什商贸公司", education="本科及以上", majors="会计学", location="喀什市",
           description="账务处理")


def _jobs() -> list:
    """Posts with a deadline, with an old season, and with neither (never closed)."""
    return [
        replace(BASE, id="DEADLINE", apply_by=dt.date(2026, 12, 20)),
        replace(BASE, id="SEASON", season_year=2021),
        replace(BASE, id="OPEN"),
        replace(BASE, id="STALE", apply_by=dt.date(2026, 10, 1)),
    ]


@pytest.fixture()
def ranker(catalog, segmenter):
    return Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables()).fit(_jobs())


@pytest.fixture()
def counted(monkeypatch):
    """How many jobs each per-job closing day is computed for."""
    calls = {"closed_from": 0, "listed_until": 0}

    def counting(name, function):
        def wrapper(j):
            calls[name] += 1
            return function(j)
        return wrapper

    monkeypatch.setattr(job_index, "closed_from", counting("closed_from", job_index.closed_from))
    monkeypatch.setattr(job_index, "rejection_listed_until", counting("listed_until", job_index.rejection_listed_until))
    return calls


def _days(index, name: str) -> dict[str, str]:
    return {j.id: str(day) for j, day in zip(index.jobs, getattr(index, name))}


def _fresh(ranker: Ranker):
    return ranker._index(ranker.jobs)


def test_an_edit_computes_only_the_edited_jobs_closing_days(ranker, counted):
    old = ranker.index_
    old.closed_from, old.listed_until  # computed once, as the first ranking does
    assert counted == {"closed_from": 4, "listed_until": 4}
    ranker.upsert_jobs([replace(BASE, id="DEADLINE", apply_by=dt.date(2026, 11, 20))])
    new = ranker.index_
    new.closed_from, new.listed_until
    assert counted == {"closed_from": 5, "listed_until": 5}
    ranker.remove_jobs(["OPEN"])
    ranker.index_.closed_from, ranker.index_.listed_until
    assert counted == {"closed_from": 5, "listed_until": 5}


def test_carried_closing_days_equal_a_fresh_index(ranker):
    old = ranker.index_
    assert old.closed_on(DAY).sum() == 2 and old.unlisted_count_on(DAY) == 2  # SEASON and STALE, as a ranking
    assert "_unlisted_kept" in old.__dict__  # asks: both arrays and the day's memo are computed
    # The deadline moves back (now closed over a week ago), the season moves forward (now open), a new post.
    ranker.upsert_jobs([
        replace(BASE, id="DEADLINE", apply_by=dt.date(2026, 11, 20)),
        replace(BASE, id="SEASON", season_year=2026),
        replace(BASE, id="NEW", apply_by=DAY - dt.timedelta(days=RECENTLY_CLOSED_DAYS)),
    ])
    new = ranker.index_
    assert "closed_from" in new.__dict__ and "listed_until" in new.__dict__  # carried, not recomputed
    assert "_unlisted_kept" not in new.__dict__  # the old index's jobs differ
    fresh = _fresh(ranker)
    for name in ("closed_from", "listed_until"):
        assert new.__dict__[name].dtype == fresh.__dict__.get(name, getattr(fresh, name)).dtype
        assert _days(new, name) == _days(fresh, name)
    assert _days(new, "closed_from") == {
        "OPEN": "NaT", "STALE": "2026-10-02",  # untouched
        "DEADLINE": "2026-11-21", "SEASON": "2028-01-01", "NEW": "2026-11-30",  # edited or new
    }
    assert _days(new, "listed_until") == {
        "OPEN": "NaT", "STALE": "2026-10-08",
        "DEADLINE": "2026-11-27", "SEASON": "2027-12-31", "NEW": "2026-12-06",
    }
    # DEADLINE is now long closed, SEASON open again, NEW closed only a week ago.
    unlisted = {j.id for j, hidden in zip(new.jobs, new.unlisted_on(DAY)) if hidden}
    assert unlisted == {"STALE", "DEADLINE"} and new.unlisted_count_on(DAY) == 2
    np.testing.assert_array_equal(new.closed_on(DAY), fresh.closed_on(DAY))


def test_removing_and_taking_columns_keep_rows_aligned(ranker):
    old = ranker.index_
    old.closed_from, old.listed_until
    ranker.remove_jobs(["DEADLINE"])
    new = ranker.index_
    assert "closed_from" in new.__dict__
    assert _days(new, "closed_from") == {"SEASON": "2023-01-01", "OPEN": "NaT", "STALE": "2026-10-02"}
    assert _days(new, "listed_until") == _days(_fresh(ranker), "listed_until")
    picked = new.take(np.array([2, 0]))
    assert [j.id for j in picked.jobs] == ["STALE", "SEASON"]
    assert _days(picked, "closed_from") == {"STALE": "2026-10-02", "SEASON": "2023-01-01"}
