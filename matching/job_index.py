"""The ranker's per-job arrays, built once and updated by concatenation on edits."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from features.records import Job
from features.text import JobTextVectorizer
from features.vocabulary import industry_text, job_kind_text
from matching.deadlines import closed_from, rejection_listed_until
from matching.eligibility import MajorLists, doctors_any_major, job_education_bounds
from matching.preferences import EMPLOYER_TYPES
from features.bingtuan_cities import surrounding_prefecture_keys
from features.place_levels import post_place_level
from features.place_keys import place_members
from matching.scoring import RECOGNISED_PLACES, contains_any, incidence, job_place_keys, specific_place_keys


@dataclass(frozen=True)
class JobIndex:
    """Everything the scorer needs about the jobs, row-aligned with ``jobs``."""

    jobs: list[Job]
    vectors: sp.csr_matrix  # L2-normalised TF-IDF rows
    edu_low: np.ndarray
    edu_high: np.ndarray
    major_key_sets: list[frozenset[str]]  # undergraduate codes admitted by an explicit list
    preferred_key_sets: list[frozenset[str]]  # undergraduate codes preferred, not required
    level_key_sets: list[frozenset[str]]  # (level, code) of the list's entries, each level apart (matching.level_lists)
    plain_list: np.ndarray  # the list names undergraduate codes only, no level (matching.eligibility)
    list_levels: np.ndarray  # bits of the levels the major list names (matching.eligibility)
    place_key_sets: list[frozenset[str]]
    category_text: list[str]  # title + category: where a preferred category is looked for
    industry_text: list[str]
    salary_min: np.ndarray  # NaN when unknown
    salary_max: np.ndarray
    fit: np.ndarray | None  # (n_jobs, n_labels) learned major fit

    @functools.cached_property
    def vectors_by_term(self) -> sp.csr_matrix:
        """``vectors`` transposed, in CSR: the right-hand side of ``scoring.text_similarity``."""
        return self.vectors.T.tocsr()

    @functools.cached_property
    def positions(self) -> dict[str, int]:
        return {job.id: i for i, job in enumerate(self.jobs)}

    @functools.cached_property
    def id_order(self) -> np.ndarray:
        """Each job's rank when sorted by id: the tie-break between equal scores."""
        return np.argsort(np.argsort(np.array([job.id for job in self.jobs]), kind="stable"))

    def position(self, job_id: str) -> int | None:
        return self.positions.get(job_id)

    @functools.cached_property
    def major_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.major_key_sets)

    @functools.cached_property
    def major_keys(self) -> sp.csr_matrix:
        return incidence(self.major_key_sets, self.major_vocabulary)

    @functools.cached_property
    def level_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.level_key_sets)

    @functools.cached_property
    def level_keys(self) -> sp.csr_matrix:
        return incidence(self.level_key_sets, self.level_vocabulary)

    @functools.cached_property
    def preferred_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.preferred_key_sets)

    @functools.cached_property
    def preferred_keys(self) -> sp.csr_matrix:
        return incidence(self.preferred_key_sets, self.preferred_vocabulary)

    @functools.cached_property
    def has_major_list(self) -> np.ndarray:
        return np.array([bool(keys) for keys in self.major_key_sets], dtype=bool)

    @functools.cached_property
    def doctors_any_major(self) -> np.ndarray:
        """Jobs whose conditions free doctors from their major list (``matching.eligibility``)."""
        return doctors_any_major(self.jobs)

    @functools.cached_property
    def employer_type_codes(self) -> np.ndarray:
        """Each job's employer type as its position in ``EMPLOYER_TYPES``; -1 when unknown."""
        position = {kind: i for i, kind in enumerate(EMPLOYER_TYPES)}
        return np.array([position.get(job.employer_type, -1) for job in self.jobs], dtype=np.int64)

    @functools.cached_property
    def specific_place_sets(self) -> list[frozenset[str]]:
        """Where each job certainly lies (its most specific places), for penalties: a job
        stated as 新疆 is not in 喀什, though it may be."""
        return [specific_place_keys(job.ranking_location) for job in self.jobs]

    @functools.cached_property
    def specific_place_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.specific_place_sets)

    @functools.cached_property
    def specific_places(self) -> sp.csr_matrix:
        return incidence(self.specific_place_sets, self.specific_place_vocabulary)

    @functools.cached_property
    def specific_place_counts(self) -> np.ndarray:
        return np.asarray(self.specific_places.sum(axis=1)).ravel()

    @functools.cached_property
    def around_place_vocabulary(self) -> dict[str, int]:
        """The prefectures around the 兵团 cities the jobs lie in (图木舒克 → 喀什: ``features.bingtuan_cities``)."""
        return _vocabulary([surrounding_prefecture_keys(keys) for keys in self.specific_place_sets])

    @functools.cached_property
    def around_places(self) -> sp.csr_matrix:
        return incidence([surrounding_prefecture_keys(keys) for keys in self.specific_place_sets],
                         self.around_place_vocabulary)

    @functools.cached_property
    def place_levels(self) -> list[tuple[str, str] | None]:
        """Each job's level of place and the place named (县城 社旗县, 乡镇 孟庄镇: ``features.place_levels``)."""
        return [post_place_level(job.ranking_location, job.employer) for job in self.jobs]

    @functools.cached_property
    def place_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.place_key_sets)

    @functools.cached_property
    def place_keys(self) -> sp.csr_matrix:
        return incidence(self.place_key_sets, self.place_vocabulary)

    @functools.cached_property
    def place_known(self) -> np.ndarray:
        """True where a job's place is known (stated, or inferred from its names, as a recognised place,
        ``scoring.RECOGNISED_PLACES``): one of unknown place may lie in a wished place (``pair_scores``)."""
        return np.array([bool(keys & RECOGNISED_PLACES) for keys in self.place_key_sets], dtype=bool)

    @functools.cached_property
    def member_place_sets(self) -> list[frozenset[str]]:
        """The places each job's places contain (新疆维吾尔自治区 → 喀什地区, …: ``place_members``): a
        post known only as 新疆 may lie in a wished 喀什 (``pair_scores``)."""
        return [frozenset().union(*(place_members(k) for k in keys)) for keys in self.place_key_sets]

    @functools.cached_property
    def member_place_vocabulary(self) -> dict[str, int]:
        return _vocabulary(self.member_place_sets)

    @functools.cached_property
    def member_places(self) -> sp.csr_matrix:
        return incidence(self.member_place_sets, self.member_place_vocabulary)

    @functools.cached_property
    def closed_from(self) -> np.ndarray:
        """Each job's first closed day (``matching.deadlines.closed_from``; NaT: never) as
        ``datetime64[D]``: the ranker's pre-filter compares a day with all of them at once."""
        return np.array([closed_from(job) for job in self.jobs], dtype="datetime64[D]")

    def closed_on(self, day: dt.date) -> np.ndarray:
        """True for each job closed on ``day`` (``matching.deadlines.job_closed``)."""
        return self.closed_from <= np.datetime64(day, "D")

    @functools.cached_property
    def listed_until(self) -> np.ndarray:
        """Each job's last day among rejected posts (``matching.deadlines.rejection_listed_until``; NaT: always)."""
        return np.array([rejection_listed_until(job) for job in self.jobs], dtype="datetime64[D]")

    def unlisted_on(self, day: dt.date) -> np.ndarray:
        """True for each job closed on ``day`` long enough ago that no graduate's rejected posts list it
        (read-only: shared by every caller asking for the same day)."""
        return self._unlisted(day)[1]

    def unlisted_count_on(self, day: dt.date) -> int:
        """How many jobs ``unlisted_on(day)`` marks."""
        return self._unlisted(day)[2]

    def _unlisted(self, day: dt.date) -> tuple[dt.date, np.ndarray, int]:
        # The same day is asked for every graduate ranked and for every answer the API serves
        # from memory, where comparing and summing 10,000 days each time took a tenth of the
        # event loop (py-spy over benchmarks/api_latency.py): the last day's mask is kept. One
        # tuple, swapped whole, so a reader on another thread sees an old day or the new one.
        kept = self.__dict__.get("_unlisted_kept")
        if kept is None or kept[0] != day:
            mask = self.listed_until < np.datetime64(day, "D")
            mask.flags.writeable = False
            kept = (day, mask, int(mask.sum()))
            object.__setattr__(self, "_unlisted_kept", kept)  # frozen dataclass: a memo, as cached_property
        return kept

    def text_hits(self, field: str, needle: str) -> np.ndarray:
        """True for each job whose ``field`` text (``category_text``, ``industry_text``) holds
        ``needle`` (``scoring.contains_any``; read-only). Kept per needle: graduates' wishes are
        a few words shared by many, and testing one against 10,000 texts in Python for each
        graduate ranked took a third of a cache warm-up (``benchmarks/api_latency.py``). The memo
        holds at most about 50 MB of masks."""
        memo = self.__dict__.get("_text_hits")
        if memo is None:
            memo = {}
            object.__setattr__(self, "_text_hits", memo)  # frozen dataclass: a memo, as cached_property
        hits = memo.get((field, needle))
        if hits is None:
            hits = contains_any([needle], getattr(self, field), job_kinds=field == "category_text")[0].astype(bool)
            hits.flags.writeable = False
            if len(memo) < max(64, 50_000_000 // max(len(self.jobs), 1)):
                memo[(field, needle)] = hits
        return hits

    def take(self, rows: np.ndarray) -> JobIndex:
        rows = np.asarray(rows, dtype=np.int64)
        pick = rows.tolist()
        taken = JobIndex(
            jobs=[self.jobs[i] for i in pick],
            vectors=self.vectors[rows],
            edu_low=self.edu_low[rows],
            edu_high=self.edu_high[rows],
            major_key_sets=[self.major_key_sets[i] for i in pick],
            list_levels=self.list_levels[rows],
            plain_list=self.plain_list[rows],
            preferred_key_sets=[self.preferred_key_sets[i] for i in pick],
            level_key_sets=[self.level_key_sets[i] for i in pick],
            place_key_sets=[self.place_key_sets[i] for i in pick],
            category_text=[self.category_text[i] for i in pick],
            industry_text=[self.industry_text[i] for i in pick],
            salary_min=self.salary_min[rows],
            salary_max=self.salary_max[rows],
            fit=None if self.fit is None else self.fit[rows],
        )
        for name in _CARRIED_PER_JOB:
            if (values := self.__dict__.get(name)) is not None:
                taken.__dict__[name] = values[rows]
        return taken

    def without(self, ids: set[str]) -> JobIndex:
        keep = np.array([i for i, job in enumerate(self.jobs) if job.id not in ids], dtype=np.int64)
        return self.take(keep)

    def concat(self, other: JobIndex) -> JobIndex:
        joined = JobIndex(
            jobs=self.jobs + other.jobs,
            vectors=sp.vstack([self.vectors, other.vectors], format="csr"),
            edu_low=np.concatenate([self.edu_low, other.edu_low]),
            edu_high=np.concatenate([self.edu_high, other.edu_high]),
            major_key_sets=self.major_key_sets + other.major_key_sets,
            list_levels=np.concatenate([self.list_levels, other.list_levels]),
            plain_list=np.concatenate([self.plain_list, other.plain_list]),
            preferred_key_sets=self.preferred_key_sets + other.preferred_key_sets,
            level_key_sets=self.level_key_sets + other.level_key_sets,
            place_key_sets=self.place_key_sets + other.place_key_sets,
            category_text=self.category_text + other.category_text,
            industry_text=self.industry_text + other.industry_text,
            salary_min=np.concatenate([self.salary_min, other.salary_min]),
            salary_max=np.concatenate([self.salary_max, other.salary_max]),
            fit=None if self.fit is None or other.fit is None else np.vstack([self.fit, other.fit]),
        )
        for name in _CARRIED_PER_JOB:
            # An edit concatenates the old index (computed) with its few new jobs: only theirs are computed.
            if name in self.__dict__ or name in other.__dict__:
                joined.__dict__[name] = np.concatenate([getattr(self, name), getattr(other, name)])
        return joined


#: Per-job cached arrays that depend on each job alone: ``take`` and ``concat`` carry them over
#: once computed, so that after an edit only the changed jobs are computed (``closed_from`` and
#: ``listed_until`` over every job took 37 ms at 11,720 jobs, under the matcher's lock). Nothing
#: that depends on the set of jobs (vocabularies, ``positions``, ``id_order``) nor the per-day
#: memo ``_unlisted_kept`` belongs here: a new index's jobs differ.
_CARRIED_PER_JOB = ("closed_from", "listed_until", "place_known")


def build_job_index(jobs: Sequence[Job], *, vectorizer: JobTextVectorizer, majors: MajorLists, major_fit=None) -> JobIndex:
    jobs = list(jobs)
    low, high = job_education_bounds(jobs)
    fit = None
    if major_fit is not None:
        fit = np.asarray(major_fit.predict_proba(jobs), dtype=np.float32) if jobs else np.zeros((0, len(major_fit.labels_)), np.float32)
    return JobIndex(
        jobs=jobs,
        vectors=vectorizer.transform([j.text for j in jobs]) if jobs else sp.csr_matrix((0, 0), dtype=np.float32),
        edu_low=low,
        edu_high=high,
        major_key_sets=[majors.undergrad_keys(j) for j in jobs],
        list_levels=np.array([majors.list_levels(j) for j in jobs], dtype=np.int8),
        plain_list=np.array([majors.plain_undergrad_list(j) for j in jobs], dtype=bool),
        preferred_key_sets=[majors.preferred_keys(j) for j in jobs],
        level_key_sets=[majors.level_keys(j) for j in jobs],
        place_key_sets=[job_place_keys(j) for j in jobs],
        category_text=[job_kind_text(j.title, j.category, j.employer) for j in jobs],
        industry_text=[industry_text(j.industry, j.category, j.employer, j.title) for j in jobs],
        salary_min=np.array([np.nan if j.salary.minimum is None else j.salary.minimum for j in jobs], dtype=np.float64),
        salary_max=np.array([np.nan if j.salary.maximum is None else j.salary.maximum for j in jobs], dtype=np.float64),
        fit=fit,
    )


def _vocabulary(key_sets: Sequence[frozenset[str]]) -> dict[str, int]:
    vocabulary: dict[str, int] = {}
    for keys in key_sets:
        for key in sorted(keys):
            vocabulary.setdefault(key, len(vocabulary))
    return vocabulary
