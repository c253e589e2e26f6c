"""The ranker: scores every graduate against every job and keeps the best eligible ones.

Scores are computed for a block of graduates against all jobs at once with sparse
matrix products (``matching.scoring``); hard eligibility on education level and
explicit major lists is a vectorised mask (``matching.eligibility``); only the few top
candidates per graduate go through the full ``checker`` (the rules engine), which
decides eligible / needs review / not eligible and gives the reasons.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from features.catalog import MajorCatalog
from features.education import EducationLevel
from features.intentions import rejected_categories, rejected_places, wished_text
from features.major_similarity import NearestMajor, NearestMajorFinder
from features.records import Graduate, Job
from features.segment import Segmenter
from features.text import JobTextVectorizer
from features.vocabulary import industry_names, job_kind_names
from matching.eligibility import (
    MajorLists,
    basic_check,
    education_blocked,
    education_levels,
    graduate_major_keys,
    level_blocked,
    major_blocked,
)
from matching.explain import about_candidate, soft_reasons
from matching.job_index import JobIndex, build_job_index
from matching.major_fit import NAME_MIN_PROBABILITY, place_major_name
from matching.preferences import EMPLOYER_TYPES, employer_types_wanted
from matching.results import Candidate, GraduateSuggestions, Rejection, Suggestion
from matching.scoring import ScoreWeights, contains_any, incidence, overlap, place_keys, salary_fit, text_similarity
from matching.verdict import Status, Verdict

Checker = Callable[[Graduate, Job], Verdict]


@dataclass(frozen=True)
class PairScores:
    """All score components of a block of graduates against all jobs."""

    total: np.ndarray
    text: np.ndarray
    fit: np.ndarray | None  # learned major fit, NaN where the graduate's major is unknown to the model
    admitted: np.ndarray  # explicit major list contains the graduate's major
    preferred: np.ndarray  # the job prefers (without requiring) the graduate's major
    blocked: np.ndarray  # certainly ineligible (education level or explicit major list)
    location: np.ndarray
    category: np.ndarray
    industry: np.ndarray
    salary: np.ndarray


@dataclass(frozen=True, slots=True)
class SelectionBounds:
    """Where one graduate's selection stopped, in raw total scores.

    ``examined``: the lowest open (not pre-filtered) score the selection looked at before it
    had enough suggestions or checks; ``-inf`` when it looked at every open job.
    ``rejected``: the lowest score in the full list of not-eligible jobs; ``-inf`` when that
    list is not full, ``+inf`` when none are asked for.
    A job added, changed or removed changes the result only if the result names it, or if
    its score (before or after the change) reaches the bound of its kind: open jobs
    ``examined``, pre-filtered ones ``rejected`` (equal scores count, as ties are broken by id).
    """

    examined: float
    rejected: float


def bounds_reached(bounds: Sequence[SelectionBounds], scores: PairScores) -> np.ndarray:
    """For each graduate (row of ``scores``, the changed jobs as columns, scored before or
    after the change): does any of those jobs reach the graduate's bounds?"""
    examined = np.array([b.examined for b in bounds], dtype=np.float64)[:, None]
    rejected = np.array([b.rejected for b in bounds], dtype=np.float64)[:, None]
    total, blocked = scores.total.astype(np.float64), scores.blocked
    return ((~blocked & (total >= examined)) | (blocked & (total >= rejected))).any(axis=1)


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
    through the checker.
    """

    def __init__(self, *, catalog: MajorCatalog, segmenter: Segmenter, checker: Checker | None = None,
                 major_fit=None, major_tables=None, major_reference: Mapping[str, Sequence[str]] | None = None,
                 name_min_probability: float = NAME_MIN_PROBABILITY,
                 weights: ScoreWeights | None = None, block_size: int = 256,
                 candidate_factor: int = 3, max_checks: int = 200):
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
        self.fit_labels_ = {code: i for i, code in enumerate(self.major_fit.labels_)} if self.major_fit is not None else {}
        self.nearest_ = (NearestMajorFinder(reference=self.major_reference).fit(self.catalog)
                         if self.major_fit is not None else None)
        self._nearest_cache: dict[str, NearestMajor | None] = {}
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
        """Score components of ``graduates`` against all jobs (or the job ``columns``)."""
        check_is_fitted(self, "index_")
        index = self.index_ if columns is None else self.index_.take(columns)
        w = self.weights_
        n_jobs = len(index.jobs)

        text = text_similarity(self._queries(graduates), index.vectors)
        blocked = education_blocked(education_levels(graduates), index.edu_low, index.edu_high)
        major_keys = [graduate_major_keys(g) for g in graduates]
        graduate_keys = incidence(major_keys, index.major_vocabulary)
        bachelor = np.array([g.education == EducationLevel.BACHELOR for g in graduates])
        level_known = np.array([g.education is not None for g in graduates])
        resolved = np.array([bool(g.major_code) for g in graduates])
        admitted, major_fail = major_blocked(graduate_keys, resolved, bachelor, index.major_keys, index.has_major_list,
                                             index.plain_list, level_known)
        doctor = np.array([g.education == EducationLevel.DOCTOR for g in graduates])
        exempt = doctor[:, None] & index.doctors_any_major[None, :]  # 博士不受招聘专业限制
        blocked |= (major_fail | level_blocked(graduates, index.list_levels)) & ~exempt

        fit = None
        major = admitted.astype(np.float32)
        if index.fit is not None:
            label_rows = np.array([self._fit_label(g) for g in graduates])
            known = label_rows >= 0
            fit = np.full((len(graduates), n_jobs), np.nan, dtype=np.float32)
            if known.any():
                fit[known] = index.fit[:, label_rows[known]].T
            fit_or_zero = np.nan_to_num(fit, nan=0.0)
            # A job with an explicit list is decided by the rules; the model only breaks ties.
            major = np.where(admitted, 1.0 + w.list_tiebreak * fit_or_zero, fit_or_zero)

        preferred = overlap(incidence(major_keys, index.preferred_vocabulary),
                            index.preferred_keys) if index.preferred_vocabulary else np.zeros((len(graduates), n_jobs), np.float32)
        location = np.zeros((len(graduates), n_jobs), np.float32)
        if index.place_vocabulary:
            location = overlap(incidence([_pref_places(g) for g in graduates], index.place_vocabulary), index.place_keys)
            location = np.where(_inside(graduates, index), -1.0, location).astype(np.float32)
        categories = [g.preferences.categories for g in graduates]
        category = np.maximum(_preference_match([_with_names(c, job_kind_names) for c in categories], index.category_text),
                              _employer_type_match(categories, index.employer_type_codes))
        # A kind of job the intention rejects (「不想做销售」) counts against jobs of that kind.
        shunned = _preference_match([_with_names(rejected_categories(g.intention), job_kind_names) for g in graduates],
                                    index.category_text)
        category = np.where(shunned > 0, -1.0, category).astype(np.float32)
        industry = _preference_match([_with_names(g.preferences.industries, industry_names) for g in graduates],
                                    index.industry_text)
        wanted = np.array([np.nan if g.preferences.min_salary is None else g.preferences.min_salary for g in graduates], dtype=np.float64)
        salary = salary_fit(wanted, index.salary_min, index.salary_max)

        relevance = w.major * major + w.preferred_major * preferred + w.text * text
        wishes = w.location * location + w.category * category + w.industry * industry + w.salary * salary
        # Wishes scale how much a job has to do with the graduate's field rather than stand in
        # for it: a job in the wished city that has nothing to do with the major or intentions
        # (中医师 for an agriculture graduate) must not outrank a relevant one elsewhere.
        total = (relevance * (1.0 + w.wish_gain * wishes) + w.wish_floor * wishes).astype(np.float32)
        return PairScores(total, text, fit, admitted, preferred, blocked, location, category, industry, salary)

    def approximate_major(self, graduate: Graduate) -> NearestMajor | None:
        """For a major the catalog does not know (专科, 研究生 names): where the reference
        table or the name finder places it, else the class the model reads into the name;
        used only as a hint for the learned fit."""
        if graduate.major_code or not graduate.major:
            return None
        return self.place_major(graduate.major)

    def place_major(self, name: str) -> NearestMajor | None:
        """Where a 专科 or 研究生 major name is placed among undergraduate majors, as
        ``approximate_major`` places a graduate's (``matching.fair_themes`` places a job's
        研究生 list the same way, so that the post and its graduates meet in one class)."""
        if self.nearest_ is None:
            return None
        if name not in self._nearest_cache:
            # The finder first: on held-out names it is as often right as the model and its
            # placements are the ones a reader can check (计算机应用技术 → 计算机科学与技术);
            # the model reading first would move 大数据与会计 from 工商管理类 to 数学类.
            self._nearest_cache[name] = (
                self.nearest_.find(name)
                or place_major_name(self.major_fit, name, self.catalog, min_probability=self.name_min_probability))
        return self._nearest_cache[name]

    def _fit_label(self, graduate: Graduate) -> int:
        code = graduate.major_code
        if not code and (near := self.approximate_major(graduate)) is not None:
            code = near.code
        if not code or not self.fit_labels_:
            return -1
        for key in (code, code[:4]):
            if key in self.fit_labels_:
                return self.fit_labels_[key]
        return -1

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
        for start in range(0, len(graduates), self.block_size):
            block = graduates[start:start + self.block_size]
            scores = self.score(block)
            for row, graduate in enumerate(block):
                out.append(self._select(graduate, row, scores, k, rejected_k))
            if progress is not None:
                progress(len(block))
        return out

    def _select(self, graduate: Graduate, row: int, scores: PairScores, k: int,
                rejected_k: int) -> tuple[GraduateSuggestions, SelectionBounds]:
        jobs = self.index_.jobs
        total = scores.total[row]
        open_score = np.where(scores.blocked[row], -np.inf, total)
        suggestions: list[Suggestion] = []
        picked: list[int] = []  # job positions of ``suggestions``
        rejected: list[Rejection] = []
        checked = 0
        examined_floor = -np.inf  # stays -inf when every open job was examined
        last = np.inf
        for j in _best_first(open_score, want=k * self.candidate_factor, tiebreak=self.index_.id_order):
            # The pre-filter leaves few ineligible pairs; the cap bounds the rare graduate
            # for whom most open-looking jobs fail a condition only the rules engine sees.
            if len(suggestions) >= k or checked >= self.max_checks:
                examined_floor = last
                break
            checked += 1
            if not np.isfinite(open_score[j]):
                break
            last = float(open_score[j])
            verdict = self._check(graduate, jobs[j])
            if verdict.status is Status.NOT_ELIGIBLE:
                rejected.append(Rejection(jobs[j].id, float(total[j]), verdict.reasons(Status.NOT_ELIGIBLE),
                                          verdict.discloses(Status.NOT_ELIGIBLE)))
                continue
            suggestions.append(self._suggestion(graduate, row, j, scores, verdict, len(suggestions) + 1))
            picked.append(j)
        admitted_late: list[tuple[int, Verdict]] = []
        lowest_blocked = np.inf
        if rejected_k > 0:
            blocked_score = np.where(scores.blocked[row], total, -np.inf)
            for n, j in enumerate(_best_first(blocked_score, want=rejected_k, tiebreak=self.index_.id_order)):
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
                rejected.append(Rejection(jobs[j].id, float(total[j]), verdict.reasons(Status.NOT_ELIGIBLE),
                                          verdict.discloses(Status.NOT_ELIGIBLE)))
        if admitted_late:
            order = sorted([*picked, *(j for j, _ in admitted_late)], key=lambda j: (-total[j], self.index_.id_order[j]))[:k]
            by_job = {j: s for j, s in zip(picked, suggestions)}
            late = dict(admitted_late)
            suggestions = [replace(by_job[j], rank=n) if j in by_job else self._suggestion(graduate, row, j, scores, late[j], n)
                           for n, j in enumerate(order, start=1)]
        rejected.sort(key=lambda r: -r.score)
        rejected = rejected[:rejected_k]
        rejected_floor = np.inf if rejected_k == 0 else (rejected[-1].score if len(rejected) == rejected_k else -np.inf)
        if admitted_late:
            # A suggestion taken from the examined pre-filtered jobs changes when any of them does.
            rejected_floor = min(rejected_floor, lowest_blocked)
        rejected = [replace(r, score=round(r.score, 4)) for r in rejected]
        result = GraduateSuggestions(graduate.id, tuple(suggestions), tuple(rejected))
        return result, SelectionBounds(examined=float(examined_floor), rejected=float(rejected_floor))

    def _suggestion(self, graduate: Graduate, row: int, j: int, scores: PairScores, verdict: Verdict, rank: int) -> Suggestion:
        job = self.index_.jobs[j]
        reasons = verdict.reasons() + soft_reasons(graduate, job, scores, row, j, self.catalog, self.approximate_major(graduate))
        return Suggestion(job.id, rank, round(float(scores.total[row, j]), 4), verdict.status, reasons, verdict.discloses())

    def rank_graduates(self, job_id: str, graduates: Sequence[Graduate], k: int = 20) -> list[Candidate]:
        """The ``k`` best-fitting eligible graduates for one job (for organisers)."""
        check_is_fitted(self, "index_")
        position = self.index_.position(job_id)
        if position is None:
            raise KeyError(job_id)
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
        out: list[Candidate] = []
        by_id = np.argsort(np.argsort(np.array([g.id for g in graduates]), kind="stable"))
        for i in _best_first(open_score, want=k * self.candidate_factor, tiebreak=by_id):
            if len(out) >= k or not np.isfinite(open_score[i]):
                break
            verdict = self._check(graduates[i], job)
            if verdict.status is Status.NOT_ELIGIBLE:
                continue
            scores = self.score([graduates[i]], columns)
            reasons = verdict.reasons() + soft_reasons(graduates[i], job, scores, 0, 0, self.catalog, self.approximate_major(graduates[i]))
            reasons = tuple(about_candidate(r) for r in reasons)  # read by staff, not by the graduate
            out.append(Candidate(graduates[i].id, len(out) + 1, round(float(total[i]), 4), verdict.status, reasons,
                                 verdict.discloses()))
        return out

    def judge(self, graduate: Graduate, job_id: str) -> Candidate:
        """One graduate against one job, worded for the graduate as their suggestions are: when
        they may not apply, the reasons why (as a rejection lists them), else every reason (as a
        suggestion). ``rank`` is 0: the job is judged alone, not placed in their list."""
        check_is_fitted(self, "index_")
        position = self.index_.position(job_id)
        if position is None:
            raise KeyError(job_id)
        job = self.index_.jobs[position]
        scores = self.score([graduate], np.array([position]))
        verdict = self._check(graduate, job)
        if verdict.status is Status.NOT_ELIGIBLE:
            reasons, discloses = verdict.reasons(Status.NOT_ELIGIBLE), verdict.discloses(Status.NOT_ELIGIBLE)
        else:
            reasons = verdict.reasons() + soft_reasons(graduate, job, scores, 0, 0, self.catalog, self.approximate_major(graduate))
            discloses = verdict.discloses()
        return Candidate(graduate.id, 0, round(float(scores.total[0, 0]), 4), verdict.status, reasons, discloses)


def query_text(graduate: Graduate, catalog: MajorCatalog) -> str:
    """What a graduate 'searches for': major (and its class), intentions and preferences."""
    parts = [graduate.major or ""]
    if graduate.major_code and (major := catalog.major(graduate.major_code)):
        parts += [major.name, major.class_name]
    parts += [wished_text(graduate.intention), *graduate.preferences.categories, *graduate.preferences.industries]
    return " ".join(p for p in parts if p)


def _inside(graduates: Sequence[Graduate], index: JobIndex) -> np.ndarray:
    """True where every place a job certainly lies in is one the graduate's intention rejects
    (「不去喀什」 against 疏附县, not against a job stated as 新疆)."""
    places = [_shunned_places(g.intention) for g in graduates]
    if not any(places) or not index.specific_place_vocabulary:
        return np.zeros((len(graduates), len(index.jobs)), dtype=bool)
    inside = (incidence(places, index.specific_place_vocabulary) @ index.specific_places.T).toarray()
    return (inside > 0) & (inside == index.specific_place_counts[None, :])


@functools.lru_cache(maxsize=100_000)
def _shunned_places(intention: str) -> frozenset[str]:
    return _with_members(rejected_places(intention))


def _pref_places(graduate: Graduate) -> frozenset[str]:
    return _with_members(graduate.preferences.locations)


def _with_members(places: Iterable[str]) -> frozenset[str]:
    """The keys of ``places``, each with the places it contains (``scoring.place_keys``)."""
    return frozenset().union(*(place_keys(place) for place in places))


def _with_names(terms: Iterable[str], names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The terms and the names job tables give each (``job_kind_names``: 老师 → 教师;
    ``industry_names``: 银行 → 金融业)."""
    return [name for term in terms for name in names(term)]


def _preference_match(preferences: Sequence[Sequence[str]], haystacks: Sequence[str]) -> np.ndarray:
    """1.0 where any of a graduate's preference strings occurs in the job's text."""
    needles = sorted({p for prefs in preferences for p in prefs if p})
    if not needles or not haystacks:
        return np.zeros((len(preferences), len(haystacks)), dtype=np.float32)
    vocabulary = {n: i for i, n in enumerate(needles)}
    hits = contains_any(needles, haystacks)
    return (incidence(preferences, vocabulary) @ hits > 0).astype(np.float32)


def _employer_type_match(preferences: Sequence[Sequence[str]], job_types: np.ndarray) -> np.ndarray:
    """1.0 where a graduate's stated category names the job's kind of employer (国有企业, 机关事业单位)."""
    wanted = np.zeros((len(preferences), len(EMPLOYER_TYPES) + 1), dtype=np.float32)  # last column: unknown type
    for row, prefs in enumerate(preferences):
        for pref in prefs:
            for kind in employer_types_wanted(pref):
                wanted[row, EMPLOYER_TYPES.index(kind)] = 1.0
    return wanted[:, job_types]  # -1 picks the last column, which stays 0


def _best_first(scores: np.ndarray, *, want: int, tiebreak: np.ndarray) -> Iterable[int]:
    """Indices in descending score, equal scores in ``tiebreak`` order (so that the
    order of the input never decides): the top ``want`` by partial sort, then the rest."""
    n = scores.shape[0]
    if n == 0:
        return
    want = min(want, n)
    top = np.argpartition(-scores, want - 1)[:want] if want < n else np.arange(n)
    top = top[np.lexsort((tiebreak[top], -scores[top]))]
    yield from top.tolist()
    if want < n:
        rest = np.setdiff1d(np.arange(n), top, assume_unique=True)
        rest = rest[np.lexsort((tiebreak[rest], -scores[rest]))]
        yield from rest.tolist()


def _check_unique(ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for job_id in ids:
        if job_id in seen:
            raise ValueError(f"岗位编号重复：{job_id}")
        seen.add(job_id)
