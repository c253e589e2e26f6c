"""The ranker held in memory by the running service, kept in step with the jobs table.

One ``Matcher`` per app, built in the lifespan from every stored job. Job edits go to
``Ranker.upsert_jobs`` / ``remove_jobs`` (new rows vectorised with the fitted vocabulary,
no refit); the ranker is refitted from its own jobs only when the job count has doubled
since the last fit (so the vocabulary keeps up with a season that started small; the
cost is amortised over the edits). A lock serialises ranker calls: the ranker caches
query vectors and its index is replaced on edits, and both must not change under a reader.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from features.records import Graduate, Job
from matching.results import Candidate, GraduateSuggestions

log = logging.getLogger("jobmatch.matcher")

RankerFactory = Callable[[Sequence[Job]], object]


def default_ranker_factory(jobs: Sequence[Job]):
    """The production ranker: rules engine and trained major fit (``service.engine``)."""
    from service.engine import build_ranker

    return build_ranker(jobs)


def basic_ranker_factory(jobs: Sequence[Job]):
    """A ranker without rules engine or learned model (tests, and a fallback)."""
    from matching.ranker import Ranker
    from service.resources import load_major_catalog, load_segmenter

    return Ranker(catalog=load_major_catalog(), segmenter=load_segmenter()).fit(jobs)


class Matcher:
    def __init__(self, *, factory: RankerFactory = default_ranker_factory, refit_growth: float = 2.0):
        self.factory = factory
        self.refit_growth = refit_growth
        self._ranker = None
        self._fitted_on = 0
        self._lock = threading.RLock()
        #: Increases on every change of the job index (lets callers cache per version).
        self.version = 0

    # ------------------------------------------------------------------ state
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
        self.version += 1
        if jobs:
            log.info("ranker fitted on %d jobs in %.2fs", len(jobs), time.perf_counter() - started)

    def job_count(self) -> int:
        with self._lock:
            return 0 if self._ranker is None else len(self._ranker.jobs)

    def job(self, job_id: str) -> Job | None:
        with self._lock:
            if self._ranker is None:
                return None
            position = self._ranker.index_.position(job_id)
            return None if position is None else self._ranker.index_.jobs[position]

    # ------------------------------------------------------------------ edits
    def upsert(self, jobs: Iterable[Job]) -> None:
        jobs = list(jobs)
        if not jobs:
            return
        with self._lock:
            if self._ranker is None:
                self._fit(jobs)
                return
            self._ranker.upsert_jobs(jobs)
            self.version += 1
            if len(self._ranker.jobs) >= self.refit_growth * max(self._fitted_on, 1):
                self._fit(list(self._ranker.jobs))

    def remove(self, job_ids: Iterable[str]) -> None:
        ids = set(job_ids)
        with self._lock:
            if self._ranker is None or not ids:
                return
            remaining = len(self._ranker.jobs) - sum(self._ranker.index_.position(i) is not None for i in ids)
            if remaining <= 0:
                self._fit([])  # an empty index cannot be scored; start over with the next job
                return
            self._ranker.remove_jobs(ids)
            self.version += 1

    # ------------------------------------------------------------------ queries
    def rank(self, graduate: Graduate, *, k: int, rejected_k: int) -> GraduateSuggestions:
        with self._lock:
            if self._ranker is None:
                return GraduateSuggestions(graduate.id, (), ())
            return self._ranker.rank([graduate], k=k, rejected_k=rejected_k)[0]

    def rank_many(self, graduates: Sequence[Graduate], *, k: int, rejected_k: int = 0) -> list[GraduateSuggestions]:
        with self._lock:
            if self._ranker is None:
                return [GraduateSuggestions(g.id, (), ()) for g in graduates]
            return self._ranker.rank(list(graduates), k=k, rejected_k=rejected_k)

    def candidates(self, job_id: str, graduates: Sequence[Graduate], *, k: int) -> list[Candidate] | None:
        """``None`` when the job is not in the index."""
        with self._lock:
            if self._ranker is None or self._ranker.index_.position(job_id) is None:
                return None
            return self._ranker.rank_graduates(job_id, list(graduates), k=k)

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
