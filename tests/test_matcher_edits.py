"""Job edits keep only the cached results they cannot change: after every kind of edit,
each result the matcher still serves equals ranking that graduate again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from features.education import parse_education_requirement
from service.api.matching import Matcher
from service.importers import read_graduates, read_jobs
from service.resources import load_major_catalog
from tests.test_api_matching import rules_ranker_factory

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
K, REJECTED_K = 5, 2


@pytest.fixture(scope="module")
def sample():
    catalog = load_major_catalog()
    jobs = read_jobs(SAMPLES / "jobs.json", catalog=catalog).records
    graduates = read_graduates(SAMPLES / "graduates.csv", catalog=catalog).records[:120]
    return jobs, graduates


def warm_matcher(jobs, graduates, **options) -> Matcher:
    matcher = Matcher(factory=_capped, cache_k=K, cache_rejected_k=REJECTED_K, **options)
    matcher.load(jobs)
    assert matcher.warm(graduates) == len(graduates)
    return matcher


def _capped(jobs):
    # With few checks allowed, some selections stop at the cap: the case where removing a
    # not-eligible job frees a check for the next one.
    ranker = rules_ranker_factory(jobs)
    ranker.max_checks = 8
    return ranker


def assert_served_equals_fresh(matcher: Matcher, graduates) -> int:
    """Every result still cached equals a direct ranking; returns how many were cached."""
    served = 0
    for graduate in graduates:
        cached = matcher.peek(graduate, k=K, rejected_k=REJECTED_K)
        if cached is not None:
            served += 1
            assert cached == matcher.rank(graduate, k=K, rejected_k=REJECTED_K, cache=False), graduate.id
    return served


def popular_job_ids(matcher: Matcher, graduates) -> list[str]:
    counts: dict[str, int] = {}
    for graduate in graduates:
        for s in matcher.peek(graduate, k=K, rejected_k=REJECTED_K).suggestions:
            counts[s.job_id] = counts.get(s.job_id, 0) + 1
    return sorted(counts, key=lambda i: (-counts[i], i))


def test_every_kind_of_job_edit_keeps_only_results_that_are_still_exact(sample):
    jobs, graduates = sample
    matcher = warm_matcher(jobs, graduates)
    popular = popular_job_ids(matcher, graduates)
    by_id = {j.id: j for j in jobs}
    in_no_result = next(j.id for j in jobs if j.id not in popular)
    unique_title = next(j for j in jobs if j.id not in popular and j.education is not None)

    edits = [
        ("copy of a popular job under a new id", lambda: matcher.upsert([replace(by_id[popular[0]], id="NEW-1")])),
        ("a job nobody is shown, retitled", lambda: matcher.upsert([replace(unique_title, title="会计 财务 审计 出纳")])),
        ("a popular job now asks for a doctorate",
         lambda: matcher.upsert([replace(by_id[popular[1]], education=parse_education_requirement("博士研究生"))])),
        ("a popular job removed", lambda: matcher.remove([popular[2]])),
        ("a job in no result removed", lambda: matcher.remove([in_no_result])),
        ("an unrelated new job", lambda: matcher.upsert([replace(by_id[in_no_result], id="NEW-2", title="锅炉工")])),
    ]
    for label, edit in edits:
        before = dict(matcher.edit_stats)
        edit()
        kept = matcher.edit_stats["kept"] - before["kept"]
        assert assert_served_equals_fresh(matcher, graduates) == kept, label
        matcher.warm(graduates)  # what the background thread does next
        assert assert_served_equals_fresh(matcher, graduates) == len(graduates), label
    # Both paths were taken: some results survived edits, some were ranked again.
    assert matcher.edit_stats["kept"] > 0 and matcher.edit_stats["dropped"] > 0


def test_a_new_job_that_tops_a_graduates_list_drops_that_result(sample):
    jobs, graduates = sample
    matcher = warm_matcher(jobs, graduates)
    graduate = graduates[0]
    best = matcher.peek(graduate, k=K, rejected_k=REJECTED_K).suggestions[0].job_id
    twin = replace(next(j for j in jobs if j.id == best), id="ZZ-TWIN")
    matcher.upsert([twin])
    assert matcher.peek(graduate, k=K, rejected_k=REJECTED_K) is None
    ranked = matcher.rank(graduate, k=K, rejected_k=REJECTED_K)
    assert "ZZ-TWIN" in [s.job_id for s in ranked.suggestions]


def test_large_batches_drop_every_result(sample):
    jobs, graduates = sample
    matcher = warm_matcher(jobs, graduates, incremental_limit=2)
    matcher.upsert([replace(j, id=f"BULK-{n}") for n, j in enumerate(jobs[:3])])
    assert all(matcher.peek(g, k=K, rejected_k=REJECTED_K) is None for g in graduates)


def test_removing_a_checked_job_that_the_result_does_not_name_drops_the_result(sample):
    # A job the rules engine turned down for this graduate but that fell off the short
    # not-eligible list still took one of the capped checks: removing it lets the selection
    # look one job further, so the cached result must go although it does not name the job.
    jobs, graduates = sample
    matcher = warm_matcher(jobs, graduates)
    ranker = matcher._ranker
    found = None
    for graduate in graduates:
        shown = matcher.peek(graduate, k=K, rejected_k=REJECTED_K)
        named = {s.job_id for s in shown.suggestions} | {r.job_id for r in shown.rejected}
        scores = ranker.score([graduate])
        open_ids = {ranker.jobs[j].id for j in range(len(ranker.jobs)) if not scores.blocked[0, j]}
        deep = matcher.rank(graduate, k=K, rejected_k=len(jobs), cache=False)
        turned_down = [r.job_id for r in deep.rejected if r.job_id in open_ids and r.job_id not in named]
        if turned_down:
            found = (graduate, turned_down[0])
            break
    assert found is not None, "the sample should have a checked, turned-down, unnamed job"
    graduate, job_id = found
    matcher.remove([job_id])
    assert matcher.peek(graduate, k=K, rejected_k=REJECTED_K) is None
    assert_served_equals_fresh(matcher, graduates)


def test_removing_every_job_empties_the_matcher_and_the_next_job_starts_it_again(sample):
    jobs, graduates = sample
    matcher = warm_matcher(jobs[:5], graduates[:10])
    matcher.remove([j.id for j in jobs[:5]] + ["no-such-job"])
    assert not matcher.ready and matcher.job_count() == 0
    assert matcher.rank(graduates[0], k=K, rejected_k=REJECTED_K).suggestions == ()
    matcher.upsert([jobs[5]])
    assert matcher.ready and matcher.job_count() == 1 and matcher.job(jobs[5].id) == jobs[5]


def test_text_scores_cover_known_jobs_only(sample):
    jobs, _ = sample
    matcher = Matcher(factory=rules_ranker_factory)
    matcher.load(jobs[:20])
    word = jobs[0].title
    scores = matcher.text_scores(word, [jobs[0].id, "no-such-job", jobs[1].id])
    assert set(scores) == {jobs[0].id, jobs[1].id}
    assert scores[jobs[0].id] > 0
    assert matcher.text_scores(word, ["no-such-job"]) == {}
