"""The ranker held in memory by the running service, kept in step with the jobs table.

One ``Matcher`` per app, built in the lifespan from every stored job. Job edits go to
``Ranker.upsert_jobs`` / ``remove_jobs`` (new rows vectorised with the fitted vocabulary,
no refit); the ranker is refitted from its own jobs only when the job count has doubled
since the last fit (so the vocabulary keeps up with a season that started small; the
cost is amortised over the edits). A lock serialises ranker calls: the ranker caches
query vectors and its index is replaced on edits, and both must not change under a reader.

Ranking one graduate against every job costs tens of milliseconds, and ranker calls are
serialised, so 20 concurrent clients would queue behind each other. Results are therefore
cached per graduate, valid for one version of the job index and one exact graduate record
(a changed record misses; the full record and the graduate's own withheld copy are kept apart,
``matcher_warming.result_key``); ``warm`` fills the cache in the background, in blocks (the
ranker scores a block of graduates in one sparse product, far cheaper per graduate than
one by one) and in small enough blocks that requests interleave (``service.api.matcher_warming``).
The rankers it may be built with are in ``service.api.ranker_factories``.

A job edit keeps the cached results it cannot change (``service.api.kept_results``). Verdicts
depend on the day: every query follows the clock (``service.api.matcher_day``), and a new day
drops the cached results and fair plans once.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

import numpy as np

from features.records import Graduate, Job
from matching.selection import SelectionBounds
from matching.results import Candidate, GraduateSuggestions
from service.api import kept_results
from service.api.matcher_day import MatcherDay, judge_on
from service.api.matcher_warming import CacheWarming, result_key
from service.api.ranker_factories import RankerFactory, default_ranker_factory
from service.engine import Clock, beijing_today

log = logging.getLogger("jobmatch.matcher")

T = TypeVar("T")


class Matcher(CacheWarming):
    def __init__(self, *, factory: RankerFactory = default_ranker_factory, refit_growth: float = 2.0,
                 cache_k: int = 20, cache_rejected_k: int = 5, warm_block: int = 256,
                 warm_block_seconds: float = 0.05, incremental_limit: int = 64,
                 clock: Clock = beijing_today, day_check_seconds: float = 60.0):
        self.factory = factory
        self.refit_growth = refit_growth
        self.cache_k = cache_k
        self.cache_rejected_k = cache_rejected_k
        self.warm_block = warm_block
        self.warm_block_seconds = warm_block_seconds
        self.incremental_limit = incremental_limit
        self.day_check_seconds = day_check_seconds
        self._day = MatcherDay(clock)
        self._ranker = None
        self._fitted_on = 0
        self._lock = threading.RLock()
        #: Increases on every change of the job index and of the day; cached results of older
        #: versions are stale. ``index_version`` counts changes of the job index only.
        self.version = 0
        self.index_version = 0
        #: Keyed by ``result_key``: a graduate's full record (officers) and its withheld copy (the
        #: graduate's own view) are ranked apart and kept apart, so neither is served the other's.
        self._results: dict[str | tuple, tuple[int, Graduate, GraduateSuggestions, SelectionBounds]] = {}
        #: Results kept (not re-ranked) and dropped by job edits so far, for logs and tests.
        self.edit_stats = {"kept": 0, "dropped": 0}
        self._warm_source: Callable[[], Sequence[Graduate]] | None = None
        self._warm_then: Callable[[Callable[[], bool]], object] | None = None
        self._warm_thread: threading.Thread | None = None
        self._warm_wanted = threading.Event()
        self._stopping = False
        self.warmed_version = -1
        #: (theme, limits, k) → (index version, graduates list, FairPlan): see ``fair_plan``.
        self._fair_plans: dict[tuple, tuple] = {}
        #: ``with_ranker``'s ``keep`` name → (``index_version``, answer).
        self._kept: dict[str, tuple[int, object]] = {}

    # ------------------------------------------------------------------ state
    @property
    def day(self) -> dt.date:
        """The day verdicts are judged on (the ranker's engine's reference date)."""
        return self._day.day

    @property
    def ready(self) -> bool:
        return self._ranker is not None

    def load(self, jobs: Sequence[Job]) -> None:
        with self._lock:
            self._fit(list(jobs))

    def _fit(self, jobs: list[Job]) -> None:
        started = time.perf_counter()
        self._ranker = self.factory(jobs) if jobs else None
        self._fitted_on = len(jobs)
        judge_on(self._ranker, self.day)
        self._changed()
        if jobs:
            log.info("ranker fitted on %d jobs in %.2fs", len(jobs), time.perf_counter() - started)

    def _changed(self, *, index: bool = True) -> None:
        self.version += 1
        if index:
            self.index_version += 1
        self._warm_wanted.set()

    # ------------------------------------------------------------------ the day
    def _follow_day(self) -> None:
        """Judge on the clock's day (``MatcherDay.follow``): one date comparison while it holds."""
        self._day.follow(self._lock, self._move_to_day)

    def _move_to_day(self, day: dt.date) -> None:
        judge_on(self._ranker, day)
        self._changed(index=False)  # before ``day`` moves: a lock-free ``peek`` must miss meanwhile
        log.info("day changed from %s to %s: cached recommendations dropped", self.day, day)

    def job_count(self) -> int:
        ranker = self._ranker  # no lock: health checks must not wait behind a warm-up block
        return 0 if ranker is None else len(ranker.index_.jobs)

    def with_ranker(self, work: Callable[[object], T], *, keep: str | None = None) -> T | None:
        """``work(ranker)`` under the lock, for reads that need the fitted ranker itself (the
        cohort profile's major classes: placing a major fills the ranker's caches); ``None``
        when no job is loaded. With ``keep`` (one fixed name per caller), the answer is kept
        for this version of the job index and given again without calling ``work`` until a
        job changes, as ``fair_plan`` keeps its plans: for what depends on the jobs alone,
        such as the positions' classes (0.2–0.4 s at 11,720 jobs, every other request waiting);
        kept across days, so nothing kept may rest on a verdict."""
        self._follow_day()
        with self._lock:
            if self._ranker is None:
                return None
            if keep is None:
                return work(self._ranker)
            hit = self._kept.get(keep)
            if hit is None or hit[0] != self.index_version:
                hit = self._kept[keep] = (self.index_version, work(self._ranker))
            return hit[1]

    def unlisted_count(self) -> int:
        """How many posts closed long ago on the matcher's day no graduate's rejected posts list
        (``Ranker.unlisted_count``). No lock: one comparison of the day with every post's last
        listed day, on an index replaced whole by edits."""
        ranker = self._ranker
        return 0 if ranker is None else ranker.unlisted_count()

    def job(self, job_id: str) -> Job | None:
        # No lock: edits replace the index object whole, so one index read is consistent.
        ranker = self._ranker
        if ranker is None:
            return None
        index = ranker.index_
        position = index.position(job_id)
        return None if position is None else index.jobs[position]

    # ------------------------------------------------------------------ edits
    def upsert(self, jobs: Iterable[Job]) -> None:
        jobs = list(jobs)
        if not jobs:
            return
        self._follow_day()  # else the results this edit keeps would be carried into a new day
        with self._lock:
            if self._ranker is None:
                self._fit(jobs)
                return
            ids = {j.id for j in jobs}
            before = self._reached(ids)
            self._ranker.upsert_jobs(jobs)
            if len(self._ranker.jobs) >= self.refit_growth * max(self._fitted_on, 1):
                self._fit(list(self._ranker.jobs))
                return
            self._after_edit(ids, before, self._reached(ids))

    def remove(self, job_ids: Iterable[str]) -> None:
        ids = set(job_ids)
        self._follow_day()
        with self._lock:
            if self._ranker is None or not ids:
                return
            remaining = len(self._ranker.jobs) - sum(self._ranker.index_.position(i) is not None for i in ids)
            if remaining <= 0:
                self._fit([])  # an empty index cannot be scored; start over with the next job
                return
            before = self._reached(ids)
            self._ranker.remove_jobs(ids)
            self._after_edit(ids, before, {})

    def _current_entries(self) -> list[tuple[str | tuple, tuple]]:
        return [(gid, entry) for gid, entry in self._results.items() if entry[0] == self.version]

    def _reached(self, ids: set[str]) -> dict[str | tuple, bool] | None:
        """``kept_results.reached`` for the current entries; ``None`` when the edit is too large to check."""
        if len(ids) > self.incremental_limit:
            return None
        return kept_results.reached(self._ranker, self._current_entries(), ids)

    def _after_edit(self, ids: set[str], before: dict[str | tuple, bool] | None,
                    after: dict[str | tuple, bool] | None) -> None:
        """Bump the version and carry over the cached results the edit cannot have changed
        (``kept_results.unchanged``)."""
        entries = self._current_entries()
        self._changed()
        kept = kept_results.unchanged(entries, ids, before, after)
        for gid, (_, graduate, result, bounds) in kept:
            self._results[gid] = (self.version, graduate, result, bounds)
        self.edit_stats["kept"] += len(kept)
        self.edit_stats["dropped"] += len(entries) - len(kept)
        log.info("job edit (%d jobs): kept %d cached results, %d to rank again",
                 len(ids), len(kept), len(entries) - len(kept))

    # ------------------------------------------------------------------ queries
    def rank(self, graduate: Graduate, *, k: int, rejected_k: int, cache: bool = True) -> GraduateSuggestions:
        """Suggestions for one graduate; served from the cache when it holds a result for
        this exact record and this index version (cut to ``k`` / ``rejected_k``).
        ``cache=False`` for a variant of the record (e.g. redacted) that must not replace it."""
        cacheable = cache and k <= self.cache_k and rejected_k <= self.cache_rejected_k
        self._follow_day()
        with self._lock:
            if self._ranker is None:
                return GraduateSuggestions(graduate.id, (), ())
            if cacheable:
                hit = self._results.get(result_key(graduate))
                if hit is not None and hit[0] == self.version and hit[1] == graduate:
                    return _cut(hit[2], k, rejected_k)
                result, bounds = self._ranker.rank_bounded([graduate], k=self.cache_k, rejected_k=self.cache_rejected_k)[0]
                self._results[result_key(graduate)] = (self.version, graduate, result, bounds)
                return _cut(result, k, rejected_k)
            return self._ranker.rank([graduate], k=k, rejected_k=rejected_k)[0]

    def peek(self, graduate: Graduate, *, k: int, rejected_k: int) -> GraduateSuggestions | None:
        """The cached result, if any, without waiting for the lock (safe on the event loop);
        none on a new day: the request then takes the path (``rank``) that moves the day."""
        return self._cached(graduate, k=k, rejected_k=rejected_k) if self._day.is_current() else None

    def _cached(self, graduate: Graduate, *, k: int, rejected_k: int) -> GraduateSuggestions | None:
        if k > self.cache_k or rejected_k > self.cache_rejected_k:
            return None
        hit = self._results.get(result_key(graduate))
        if hit is None or hit[0] != self.version or hit[1] != graduate:
            return None
        return _cut(hit[2], k, rejected_k)

    def rank_many(self, graduates: Sequence[Graduate], *, k: int, rejected_k: int = 0) -> list[GraduateSuggestions]:
        """Like ``rank`` for each graduate; the ones not cached are ranked together in one block."""
        self._follow_day()
        if k > self.cache_k or rejected_k > self.cache_rejected_k:
            with self._lock:
                if self._ranker is None:
                    return [GraduateSuggestions(g.id, (), ()) for g in graduates]
                return self._ranker.rank(list(graduates), k=k, rejected_k=rejected_k)
        with self._lock:
            if self._ranker is None:
                return [GraduateSuggestions(g.id, (), ()) for g in graduates]
            # ``_cached``, not ``peek``: midnight passing now must not empty the answer.
            missing = [g for g in graduates if self._cached(g, k=k, rejected_k=rejected_k) is None]
            if missing:
                results = self._ranker.rank_bounded(missing, k=self.cache_k, rejected_k=self.cache_rejected_k)
                for graduate, (result, bounds) in zip(missing, results):
                    self._results[result_key(graduate)] = (self.version, graduate, result, bounds)
            return [self._cached(g, k=k, rejected_k=rejected_k) for g in graduates]

    def candidates(self, job_id: str, graduates: Sequence[Graduate], *, k: int) -> list[Candidate] | None:
        """``None`` when the job is not in the index."""
        self._follow_day()
        with self._lock:
            if self._ranker is None or self._ranker.index_.position(job_id) is None:
                return None
            return self._ranker.rank_graduates(job_id, list(graduates), k=k)

    def judge(self, graduate: Graduate, job_id: str) -> Candidate | None:
        """The graduate's verdict and reasons for one job (``Ranker.judge``); ``None`` when the
        job is not in the index."""
        self._follow_day()
        with self._lock:
            if self._ranker is None or self._ranker.index_.position(job_id) is None:
                return None
            return self._ranker.judge(graduate, job_id)

    def fair_plan(self, graduates: Sequence[Graduate], *, by, limits, k: int):
        """Small fairs (``matching.fairs``) over every job and ``graduates``; ``None`` when no
        job is loaded. ``graduates`` are copies no cached result belongs to (an organiser's
        redacted records): they are ranked here and not cached, in blocks sized like those of
        ``warm`` (about ``warm_block_seconds`` each) with the lock taken per block, so that
        other requests never wait long behind a plan. The plan is kept for this index version
        and this very list of graduates (``GraduateCache`` returns the same list while no
        graduate changes), so that a second look costs nothing."""
        from matching.fairs import plan_fairs

        key = (str(by), limits, k)
        self._follow_day()
        with self._lock:
            hit = self._fair_plans.get(key)
            if hit is not None and hit[0] == self.version and hit[1] is graduates:
                return hit[2]
            version = self.version
        results, position, block = [], 0, 8
        while position < len(graduates):
            chunk = list(graduates[position:position + block])
            position += len(chunk)
            with self._lock:
                if self._ranker is None:
                    return None
                began = time.perf_counter()
                results += self._ranker.rank(chunk, k=k, rejected_k=0)
            block = self.next_block(time.perf_counter() - began, len(chunk))
            time.sleep(0)  # let a request waiting for the lock take it before the next block
        with self._lock:
            if self._ranker is None:
                return None
            # Planned on the matcher's day (whatever the ranker's checker): closed posts are left out.
            plan = plan_fairs(self._ranker, graduates, results, by=by, limits=limits, day=self.day)
            if self.version == version:  # else a job changed meanwhile: do not keep a mixed plan
                if len(self._fair_plans) >= 16:
                    self._fair_plans.clear()
                self._fair_plans[key] = (version, graduates, plan)
            return plan

    def text_scores(self, query: str, job_ids: Sequence[str]) -> dict[str, float]:
        """Cosine of ``query`` with each job's text vector (0 for jobs not in the index)."""
        with self._lock:
            if self._ranker is None or not job_ids:
                return {}
            index = self._ranker.index_
            positions = [index.position(i) for i in job_ids]
            known = [(i, p) for i, p in zip(job_ids, positions) if p is not None]
            if not known:
                return {}
            vector = self._ranker.vectorizer_.transform([query])
            rows = np.array([p for _, p in known], dtype=np.int64)
            scores = np.asarray((index.vectors[rows] @ vector.T).todense()).ravel()
            return {job_id: float(score) for (job_id, _), score in zip(known, scores)}


def _cut(result: GraduateSuggestions, k: int, rejected_k: int) -> GraduateSuggestions:
    if len(result.suggestions) <= k and len(result.rejected) <= rejected_k:
        return result
    return replace(result, suggestions=result.suggestions[:k], rejected=result.rejected[:rejected_k])
