"""Hard eligibility on education level and explicit major lists.

Two forms of the same rules: ``education_blocked`` / ``major_blocked`` are vectorised
pre-filters over all pairs (they only mark a pair ineligible when it certainly is),
and ``basic_check`` explains one pair with Chinese reasons. The full rules engine
(``matching.rules``) checks every other condition; this module is what the ranker
falls back on when no engine is given.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from features.catalog import MajorCatalog
from features.education import EducationLevel
from features.major_requirements import MajorRequirement, parse_major_requirement
from features.records import Graduate, Job
from matching.scoring import incidence
from matching.verdict import ConditionResult, Status, Verdict

UNKNOWN_LEVEL = -1
NO_MAXIMUM = 99


def graduate_major_keys(graduate: Graduate) -> frozenset[str]:
    """Undergraduate codes that describe the graduate's major: major, class, category."""
    code = graduate.major_code
    if not code:
        return frozenset()
    return frozenset({code, code[:4], code[:2]})


def describe_major(code: str, catalog: MajorCatalog) -> str:
    """``0809`` → ``0809 计算机类``; ``080901`` → ``080901 计算机科学与技术``."""
    if len(code) == 6 and (major := catalog.major(code)):
        return f"{code} {major.name}"
    if len(code) == 4 and code in catalog.classes:
        return f"{code} {catalog.classes[code].name}"
    if len(code) == 2 and code in catalog.categories:
        return f"{code} {catalog.categories[code]}"
    return code


def _describe_list(keys: Sequence[str], catalog: MajorCatalog, limit: int = 4) -> str:
    shown = [describe_major(k, catalog) for k in sorted(keys)[:limit]]
    more = f"等{len(keys)}项" if len(keys) > limit else ""
    return "、".join(shown) + more


class MajorLists:
    """Parsed major requirements of jobs, cached by text (tables repeat the same text)."""

    def __init__(self, catalog: MajorCatalog):
        self.catalog = catalog
        self._parse = functools.lru_cache(maxsize=50_000)(self._parse_uncached)

    def _parse_uncached(self, text: str) -> MajorRequirement:
        return parse_major_requirement(text, self.catalog)

    def requirement(self, job: Job) -> MajorRequirement | None:
        if not job.majors_text or not job.majors_text.strip():
            return None
        return self._parse(job.majors_text.strip())

    def undergrad_keys(self, job: Job) -> frozenset[str]:
        requirement = self.requirement(job)
        if requirement is None or requirement.unrestricted:
            return frozenset()
        return requirement.admits_undergrad_keys()


def education_levels(graduates: Sequence[Graduate]) -> np.ndarray:
    return np.array([UNKNOWN_LEVEL if g.education is None else int(g.education) for g in graduates], dtype=np.int8)


def job_education_bounds(jobs: Sequence[Job]) -> tuple[np.ndarray, np.ndarray]:
    """Per job, the lowest and highest admitted level; unknown or 不限 → (-1, 99)."""
    low = np.full(len(jobs), UNKNOWN_LEVEL, dtype=np.int8)
    high = np.full(len(jobs), NO_MAXIMUM, dtype=np.int8)
    for i, job in enumerate(jobs):
        req = job.education
        if not req.any_level and req.minimum is not None:
            low[i] = int(req.minimum)
            if req.maximum is not None:
                high[i] = int(req.maximum)
    return low, high


def education_blocked(levels: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """``(n_graduates, n_jobs)`` True where the graduate's known level is outside the job's bounds."""
    known = (levels != UNKNOWN_LEVEL)[:, None]
    lv = levels[:, None]
    return known & ((lv < low[None, :]) & (low[None, :] != UNKNOWN_LEVEL) | (lv > high[None, :]))


def major_blocked(graduate_keys: sp.csr_matrix, bachelor: np.ndarray, job_keys: sp.csr_matrix, has_list: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Explicit 本科 major lists against bachelor graduates with a resolved major.

    Returns ``(admitted, blocked)``: admitted where the list contains the graduate's
    major, class or category; blocked where a list exists and does not. Graduates who
    are not bachelors, or whose major is unknown, are never blocked here.
    """
    shared = (graduate_keys @ job_keys.T).toarray() > 0
    resolved = (np.asarray(graduate_keys.sum(axis=1)).ravel() > 0) & bachelor
    applies = resolved[:, None] & has_list[None, :]
    return applies & shared, applies & ~shared


def key_matrices(graduates: Sequence[Graduate], job_keys: Sequence[frozenset[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix, dict[str, int]]:
    vocabulary: dict[str, int] = {}
    for keys in job_keys:
        for key in keys:
            vocabulary.setdefault(key, len(vocabulary))
    return incidence([graduate_major_keys(g) for g in graduates], vocabulary), incidence(job_keys, vocabulary), vocabulary


def basic_check(graduate: Graduate, job: Job, *, majors: MajorLists) -> Verdict:
    """Education level and explicit major list of one pair, with one reason each."""
    return Verdict.combine([r for r in (check_education(graduate, job), check_majors(graduate, job, majors)) if r])


def check_education(graduate: Graduate, job: Job) -> ConditionResult | None:
    req = job.education
    if req.any_level:
        return ConditionResult("education", Status.ELIGIBLE, "学历符合：岗位学历不限")
    if req.minimum is None:
        return None
    wanted = req.describe()
    if graduate.education is None:
        return ConditionResult("education", Status.NEEDS_REVIEW, f"学历待核实：岗位要求{wanted}，您的学历未填写")
    if req.admits(graduate.education):
        return ConditionResult("education", Status.ELIGIBLE, f"学历符合：岗位要求{wanted}")
    return ConditionResult(
        "education", Status.NOT_ELIGIBLE, f"学历不符：岗位要求{wanted}，您的学历为{graduate.education.label}"
    )


def check_majors(graduate: Graduate, job: Job, majors: MajorLists) -> ConditionResult | None:
    requirement = majors.requirement(job)
    if requirement is None:
        return None
    source = requirement.text
    if requirement.unrestricted:
        return ConditionResult("major", Status.ELIGIBLE, "专业符合：岗位专业不限", source)
    keys = requirement.admits_undergrad_keys()
    if graduate.education != EducationLevel.BACHELOR or not keys:
        return ConditionResult("major", Status.NEEDS_REVIEW, f"专业待核实：岗位要求「{_clip(source)}」", source)
    if not graduate.major_code:
        return ConditionResult(
            "major", Status.NEEDS_REVIEW,
            f"专业待核实：未能识别您的专业「{graduate.major or '未填写'}」，岗位要求{_describe_list(list(keys), majors.catalog)}", source,
        )
    mine = graduate_major_keys(graduate)
    hit = sorted(mine & keys, key=len, reverse=True)
    own = describe_major(graduate.major_code, majors.catalog)
    if hit:
        return ConditionResult("major", Status.ELIGIBLE, f"专业对口：岗位要求含 {describe_major(hit[0], majors.catalog)}，您的专业为 {own}", source)
    return ConditionResult(
        "major", Status.NOT_ELIGIBLE, f"专业不符：岗位要求 {_describe_list(list(keys), majors.catalog)}，您的专业为 {own}", source
    )


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
