"""The ranker: scores every graduate against every job and keeps the best eligible ones.

Scores are computed for a block of graduates against all jobs at once with sparse
matrix products (``matching.pair_scores``); hard eligibility on education level and
explicit major lists is a vectorised mask (``matching.eligibility``); only the few top
candidates per graduate, taken best first (``matching.selection``), go through the full
``checker`` (the rules engine), which decides eligible / needs review / not eligible and
gives the reasons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from features.catalog import MajorCatalog
from features.education import EducationLevel
from features.major_similarity import NearestMajor
from features.records import Graduate, Job
from features.segment import Segmenter
from features.text import JobTextVectorizer
from matching.eligibility import MajorLists, basic_check
from matching.deadlines import deadline_first
from matching.explain import (about_candidate, major_listed, major_note, missing_place_note, record_texts,
                              soft_reasons, unread_place_note)
from matching.job_index import JobIndex, build_job_index
from matching.major_fit import NAME_MIN_PROBABILITY
from matching.major_placement import MajorPlacement
from matching.pair_scores import PairScores, query_text, score_pairs
from matching.results import Candidate, GraduateSuggestions, Rejection, Suggestion
from matching.scoring import ScoreWeights
from matching.selection import SelectionBounds, best_first, best_weighed
from matching.verdict import Status, Verdict

Checker = Callable[[Graduate, Job], Verdict]


class Ranker(BaseEstimator):
    """Rank jobs for graduates (and graduates for a job).

    Parameters are keyword-only and stored as given. ``checker`` is any callable
    ``(graduate, job) -> Verdict`` (the rules engine); without one, education level and
    explicit major lists are checked by ``matching.eligibility.basic_check``.
    ``major_fit`` is a fitted model with ``labels_`` and ``predict_proba(jobs)``;
    ``major_tables`` the catalog tables the major lists are read with; ``major_reference``
    maps 专科/研究生 major names to undergraduate classes, for the learned fit of graduates
    whose major the catalog does not know; a name neither that table nor the name finder
    places is read by the model itself (``place_major_name``, kept when its best class
    reaches ``name_min_probability``). At most ``max_checks`` candidates per graduate go
    through the checker: 200 left 76 of the 300 sample graduates with fewer than 10 suggestions
    (2 with none; 118 with fewer than 20) on the gkld table once posts kept for a past season's
    graduates (「2023年应届不限户籍」) were refused, their best-scored posts being hundreds of those;
    1000 leaves none short of 10 (5 short of 20).
    Checks stop at the ``k``-th eligible post, so the cap costs only graduates who are short:
    for k=20 on gkld 38,000 checks became 73,000 (README, Benchmarks).
    """

    def __init__(self, *, catalog: MajorCatalog, segmenter: Segmenter, checker: Checker | None = None,
                 major_fit=None, major_tables=None, major_reference: Mapping[str, Sequence[str]] | None = None,
                 name_min_probability: float = NAME_MIN_PROBABILITY,
                 weights: ScoreWeights | None = None, block_size: int = 256,
                 candidate_factor: int = 3, max_checks: int = 1000):
        self.catalog = catalog
        self.segmenter = segmenter
        self.checker = checker
        self.major_fit = major_fit
        self.major_tables = major_tables
        self.major_reference = major_reference
        self.name_min_probability = name_min_probability
        self.weights = weights
        self.block_size = block_size
        self.candidate_factor = candidate_factor
        self.max_checks = max_checks

    # ------------------------------------------------------------------ fitting
    def fit(self, jobs: Sequence[Job]) -> Ranker:
        jobs = list(jobs)
        if not jobs:
            raise ValueError("没有岗位，无法建立索引")
        _check_unique([j.id for j in jobs])
        self.weights_ = self.weights or ScoreWeights()
        self.majors_ = MajorLists(self.catalog, self.major_tables)
        self.vectorizer_ = JobTextVectorizer(segmenter=self.segmenter).fit([j.text for j in jobs])
        self.placement_ = (MajorPlacement(major_fit=self.major_fit, reference=self.major_reference,
                                          min_probability=self.name_min_probability).fit(self.catalog)
                           if self.major_fit is not None else None)
        self.index_ = self._index(jobs)
        self._query_cache: dict[str, sp.csr_matrix] = {}
        return self

    def _index(self, jobs: Sequence[Job]) -> JobIndex:
        return build_job_index(jobs, vectorizer=self.vectorizer_, majors=self.majors_, major_fit=self.major_fit)

    def upsert_jobs(self, jobs: Iterable[Job]) -> None:
        """Add new jobs and replace changed ones, using the fitted vocabulary (no refit)."""
        check_is_fitted(self, "index_")
        jobs = list(jobs)
        if jobs:
            _check_unique([j.id for j in jobs])
            self.index_ = self.index_.without({j.id for j in jobs}).concat(self._index(jobs))

    def remove_jobs(self, ids: Iterable[str]) -> None:
        check_is_fitted(self, "index_")
        self.index_ = self.index_.without(set(ids))

    @property
    def jobs(self) -> list[Job]:
        check_is_fitted(self, "index_")
        return self.index_.jobs

    # ------------------------------------------------------------------ scoring
    def _check(self, graduate: Graduate, job: Job) -> Verdict:
        if self.checker is not None:
            return self.checker(graduate, job)
        return basic_check(graduate, job, majors=self.majors_)

    def _queries(self, graduates: Sequence[Graduate]) -> sp.csr_matrix:
        texts = [query_text(g, self.catalog) for g in graduates]
        missing = sorted({t for t in texts if t not in self._query_cache})
        if missing:
            for text, row in zip(missing, self.vectorizer_.transform(missing)):
                if len(self._query_cache) > 100_000:
                    self._query_cache.clear()
                self._query_cache[text] = row
        return sp.vstack([self._query_cache[t] for t in texts], format="csr")

    def score(self, graduates: Sequence[Graduate], columns: np.ndarray | None = None) -> PairScores:
        """Score components of ``graduates`` against all jobs (or the job ``columns``). A job
        closed on the checker's day (``matching.deadlines``: deadline passed, or a season long
        past) is pre-filtered for everyone: it takes no full check among the open jobs nor one of
        the ``max_checks``, and is listed not eligible only if it scores among the best rejected."""
        check_is_fitted(self, "index_")
        index = self.index_ if columns is None else self.index_.take(columns)
        scores = score_pairs(graduates, index, queries=self._queries(graduates), fit_label=self._fit_label,
                             weights=self.weights_, level_keys=self.majors_.graduate_level_keys,
                             posted_places=self.index_.place_vocabulary.keys())
        if (day := self.judging_day) is not None:
            scores.blocked[:, index.closed_on(day)] = True
        return scores

    @property
    def judging_day(self) -> dt.date | None:
        """The day posts are judged open or closed on: the checker's (``None``, a checker that
        reads no day: none is closed)."""
        return getattr(self.checker, "reference_date", None)

    def unlisted_count(self) -> int:
        """How many jobs are closed so long ago on the judging day that no graduate's rejected
        posts list them (``rank``'s ``unlisted``): the same for every graduate, so a page or an
        answer says it once, and a short list of rejections is not read as the whole."""
        check_is_fitted(self, "index_")
        day = self.judging_day
        return 0 if day is None else self.index_.unlisted_count_on(day)

    def approximate_major(self, graduate: Graduate) -> NearestMajor | None:
        """For a major the catalog does not know (专科, 研究生 names): where the reference
        table or the name finder places it, else the class the model reads into the name;
        used only as a hint for the learned fit."""
        if graduate.major_code or not graduate.major:
            return None
        return self.place_major(graduate.major)

    def major_note_of(self, graduate: Graduate) -> str | None:
        """``explain.major_note`` of the graduate, told whether a 硕士/博士's major is in the 研究生
        catalog the rules read the posts' lists by (then it is not 「未能找到」)."""
        code = None
        if (self.major_tables is not None and graduate.major and graduate.education is not None
                and graduate.education >= EducationLevel.MASTER):
            code = self.major_tables.graduate_code(graduate.major)
        return major_note(graduate, self.approximate_major(graduate), graduate_code=code)

    def place_major(self, name: str) -> NearestMajor | None:
        """Where a 专科 or 研究生 major name is placed among undergraduate majors, as
        ``approximate_major`` places a graduate's (``matching.fair_themes`` places a job's
        研究生 list the same way, so that the post and its graduates meet in one class)."""
        if self.placement_ is None:
            return None
        return self.placement_.place(name)

    def _fit_label(self, graduate: Graduate) -> int:
        code = graduate.major_code
        if not code and (near := self.approximate_major(graduate)) is not None:
            code = near.code
        return -1 if self.placement_ is None else self.placement_.label(code)

    # ------------------------------------------------------------------ ranking
    def rank(self, graduates: Sequence[Graduate], k: int = 20, *, rejected_k: int = 5,
             progress: Callable[[int], None] | None = None) -> list[GraduateSuggestions]:
        """Up to ``k`` eligible (or needs-review) jobs per graduate, best first, and the
        ``rejected_k`` best-scoring jobs each graduate may not apply for, with reasons."""
        return [result for result, _ in self.rank_bounded(graduates, k, rejected_k=rejected_k, progress=progress)]

    def rank_bounded(self, graduates: Sequence[Graduate], k: int = 20, *, rejected_k: int = 5,
                     progress: Callable[[int], None] | None = None) -> list[tuple[GraduateSuggestions, SelectionBounds]]:
        """``rank``, each result with the scores below which a job could not have changed it
        (for callers that keep results across job edits)."""
        check_is_fitted(self, "index_")
        if k < 1:
            raise ValueError("k 必须为正整数")
        out: list[tuple[GraduateSuggestions, SelectionBounds]] = []
        # Posts closed long ago (a season past, a deadline over a week gone) are not listed as
        # rejected: on an old table they would be every graduate's best-scoring rejections.
        day = self.judging_day
        unlisted = self.index_.unlisted_on(day) if day is not None else np.zeros(len(self.index_.jobs), dtype=bool)
        for start in range(0, len(graduates), self.block_size):
            block = graduates[start:start + self.block_size]
            scores = self.score(block)
            for row, graduate in enumerate(block):
                out.append(self._select(graduate, row, scores, k, rejected_k, unlisted))
            if progress is not None:
                progress(len(block))
        return out

    def _select(self, graduate: Graduate, row: int, scores: PairScores, k: int, rejected_k: int,
                unlisted: np.ndarray) -> tuple[GraduateSuggestions, SelectionBounds]:
        """The graduate's suggestions, best first, and rejected posts: the best-scoring among
        those the main walk refused and the pre-filtered ones, except ``unlisted`` (closed long
        ago, never checked: ``matching.deadlines.rejection_listed_until``)."""
        jobs = self.index_.jobs
        total = scores.total[row]
        open_score = np.where(scores.blocked[row], -np.inf, total)
        rejected: list[Rejection] = []

        def weigh(j: int) -> tuple[float, Verdict] | None:
            # The pre-filter leaves few ineligible pairs; ``max_checks`` bounds the rare graduate
            # for whom most open-looking jobs fail a condition only the rules engine sees.
            verdict = self._check(graduate, jobs[j])
            if verdict.status is Status.NOT_ELIGIBLE:
                rejected.append(Rejection(jobs[j].id, float(total[j]), deadline_first(verdict, Status.NOT_ELIGIBLE),
                                          verdict.discloses(Status.NOT_ELIGIBLE)))
                return None
            return self._weighed(float(total[j]), verdict), verdict

        kept, examined_floor = best_weighed(open_score, k=k, want=k * self.candidate_factor,
                                            tiebreak=self.index_.id_order, weigh=weigh, max_checks=self.max_checks)
        suggestions = [self._suggestion(graduate, row, j, scores, verdict, n, weighed)
                       for n, (weighed, j, verdict) in enumerate(kept, start=1)]
        picked = [j for _, j, _ in kept]  # job positions of ``suggestions``
        admitted_late: list[tuple[int, Verdict]] = []
        lowest_blocked = np.inf
        if rejected_k > 0:
            blocked_score = np.where(scores.blocked[row] & ~unlisted, total, -np.inf)
            for n, j in enumerate(best_first(blocked_score, want=rejected_k, tiebreak=self.index_.id_order)):
                if n >= rejected_k or not np.isfinite(blocked_score[j]):
                    break
                lowest_blocked = float(total[j])
                verdict = self._check(graduate, jobs[j])
                if verdict.status is not Status.NOT_ELIGIBLE:
                    # The pre-filter closed a job the full check admits or leaves to review
                    # (it should not; see ``matching.eligibility``): never show it as
                    # rejected, without a reason; it competes with the suggestions.
                    admitted_late.append((j, verdict))
                    continue
                rejected.append(Rejection(jobs[j].id, float(total[j]), deadline_first(verdict, Status.NOT_ELIGIBLE),
                                          verdict.discloses(Status.NOT_ELIGIBLE)))
        if admitted_late:
            late = dict(admitted_late)
            weighed = {j: w for w, j, _ in kept} | {j: self._weighed(float(total[j]), v) for j, v in admitted_late}
            order = sorted(weighed, key=lambda j: (-weighed[j], self.index_.id_order[j]))[:k]
            by_job = {j: s for j, s in zip(picked, suggestions)}
            suggestions = [replace(by_job[j], rank=n) if j in by_job
                           else self._suggestion(graduate, row, j, scores, late[j], n, weighed[j])
                           for n, j in enumerate(order, start=1)]
        rejected.sort(key=lambda r: -r.score)
        rejected = rejected[:rejected_k]
        rejected_floor = np.inf if rejected_k == 0 else (rejected[-1].score if len(rejected) == rejected_k else -np.inf)
        if admitted_late:
            # A suggestion taken from the examined pre-filtered jobs changes when any of them does.
            rejected_floor = min(rejected_floor, lowest_blocked)
        rejected = [replace(r, score=round(r.score, 4)) for r in rejected]
        # One per-graduate note above the list (``GraduateSuggestions.major_note``): how the major was
        # read, then a wished place no loaded post lies in, then a refused place the tool could not read.
        notes = [self.major_note_of(graduate),
                 missing_place_note(graduate, self.index_.place_vocabulary.keys()), unread_place_note(graduate)]
        result = GraduateSuggestions(graduate.id, tuple(suggestions), tuple(rejected),
                                     "；".join(filter(None, notes)) or None)
        return result, SelectionBounds(examined=float(examined_floor), rejected=float(rejected_floor))

    def _weighed(self, score: float, verdict: Verdict) -> float:
        """A post's score as its suggestion ranks and shows it: a 待核实 one's weighed by
        ``ScoreWeights.needs_review``, by ``far_list_review`` where its lower-level major list is far
        from the graduate's field, and by the years of work it asks that a graduate of the season lacks
        (``missing_year_review``; a score below zero is not raised by it)."""
        if verdict.status is Status.NEEDS_REVIEW and score > 0:
            w = self.weights_
            far = any(r.far_list for r in verdict.results)
            missing = max((r.missing_years for r in verdict.results), default=0)
            experience = max(w.missing_years_floor, 1.0 - w.missing_year_review * missing) if missing else 1.0
            return score * w.needs_review * (w.far_list_review if far else 1.0) * experience
        return score

    def _suggestion(self, graduate: Graduate, row: int, j: int, scores: PairScores, verdict: Verdict, rank: int,
                    weighed: float) -> Suggestion:
        job = self.index_.jobs[j]
        reasons = self._reasons(graduate, job, verdict, scores, row, j)
        return Suggestion(job.id, rank, round(weighed, 4), verdict.status, reasons, verdict.discloses())

    def _reasons(self, graduate: Graduate, job: Job, verdict: Verdict, scores: PairScores, row: int,
                 col: int) -> tuple[str, ...]:
        """Every reason about a job the graduate may apply for: the rules' (a close deadline
        first) and the soft ones."""
        return deadline_first(verdict) + soft_reasons(graduate, job, scores, row, col, self.catalog,
                                                      self.approximate_major(graduate), listed=major_listed(verdict))

    def _reasons_alone(self, graduate: Graduate, job: Job, verdict: Verdict, scores: PairScores) -> tuple[str, ...]:
        """``_reasons`` of a job judged alone (scores of one column): with no list of
        suggestions to say it above, the ``major_note`` comes first, once for this job."""
        note = self.major_note_of(graduate)
        return (*filter(None, [note]), *self._reasons(graduate, job, verdict, scores, 0, 0))

    def _position(self, job_id: str) -> int:
        """Where a job is in the index; ``KeyError`` if it is not there."""
        check_is_fitted(self, "index_")
        position = self.index_.position(job_id)
        if position is None:
            raise KeyError(job_id)
        return position

    def rank_graduates(self, job_id: str, graduates: Sequence[Graduate], k: int = 20) -> list[Candidate]:
        """The ``k`` best-fitting eligible graduates for one job (for organisers)."""
        position = self._position(job_id)
        job = self.index_.jobs[position]
        columns = np.array([position])
        totals, blocked = [], []
        for start in range(0, len(graduates), self.block_size):
            scores = self.score(graduates[start:start + self.block_size], columns)
            totals.append(scores.total[:, 0])
            blocked.append(scores.blocked[:, 0])
        if not totals:
            return []
        total = np.concatenate(totals)
        open_score = np.where(np.concatenate(blocked), -np.inf, total)
        by_id = np.argsort(np.argsort(np.array([g.id for g in graduates]), kind="stable"))

        def weigh(i: int) -> tuple[float, Verdict] | None:
            verdict = self._check(graduates[i], job)
            if verdict.status is Status.NOT_ELIGIBLE:
                return None
            return self._weighed(float(total[i]), verdict), verdict

        # Ranked and shown by the score the graduate's own list shows for this post (a 待核实 one
        # weighed: ``_weighed``), so the organiser and the graduate read the same figure.
        kept, _ = best_weighed(open_score, k=k, want=k * self.candidate_factor, tiebreak=by_id, weigh=weigh)
        out: list[Candidate] = []
        for rank, (weighed, i, verdict) in enumerate(kept, start=1):
            scores = self.score([graduates[i]], columns)
            # Read by staff, not by the graduate; the records' own words stay as written.
            data = record_texts(graduates[i], job)
            reasons = tuple(about_candidate(r, data) for r in self._reasons_alone(graduates[i], job, verdict, scores))
            out.append(Candidate(graduates[i].id, rank, round(weighed, 4), verdict.status, reasons, verdict.discloses()))
        return out

    def judge(self, graduate: Graduate, job_id: str) -> Candidate:
        """One graduate against one job, worded for the graduate as their suggestions are: when
        they may not apply, the reasons why (as a rejection lists them), else every reason (as a
        suggestion). ``rank`` is 0: the job is judged alone, not placed in their list."""
        position = self._position(job_id)
        job = self.index_.jobs[position]
        scores = self.score([graduate], np.array([position]))
        verdict = self._check(graduate, job)
        if verdict.status is Status.NOT_ELIGIBLE:
            reasons, discloses = deadline_first(verdict, Status.NOT_ELIGIBLE), verdict.discloses(Status.NOT_ELIGIBLE)
        else:
            reasons = self._reasons_alone(graduate, job, verdict, scores)
            discloses = verdict.discloses()
        # The score the graduate's list shows for this post (a 待核实 one weighed: ``_weighed``).
        return Candidate(graduate.id, 0, round(self._weighed(float(scores.total[0, 0]), verdict), 4), verdict.status,
                         reasons, discloses)


def _check_unique(ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for job_id in ids:
        if job_id in seen:
            raise ValueError(f"岗位编号重复：{job_id}")
        seen.add(job_id)
