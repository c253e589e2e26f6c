"""Hard eligibility on education level and explicit major lists.

Two forms of the same rules: ``education_blocked`` / ``major_blocked`` are vectorised
pre-filters over all pairs (they only mark a pair ineligible when it certainly is),
and ``basic_check`` explains one pair with Chinese reasons. The full rules engine
(``matching.rules``) checks every other condition; this module is what the ranker
falls back on when no engine is given.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from features.catalog import MajorCatalog, normalise_major_name
from features.education import EducationLevel
from features.major_codes import MajorCodeTables
from features.major_lookup import professional_degree
from features.major_requirements import MajorRequirement, StudyLevel, parse_major_requirement
from features.records import Graduate, Job
from matching.level_lists import graduate_level_keys, list_level_keys
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
    """``0809`` → ``计算机类``; ``080901`` → ``计算机科学与技术``: a reason names a major as a graduate
    knows it (``MajorChecker.describe_ref`` likewise); a code the catalog does not know stays a code."""
    if len(code) == 6 and (major := catalog.major(code)):
        return major.name
    if len(code) == 4 and code in catalog.classes:
        return catalog.classes[code].name
    if len(code) == 2 and code in catalog.categories:
        return catalog.categories[code]
    return code


def _describe_list(keys: Sequence[str], catalog: MajorCatalog, limit: int = 4) -> str:
    shown = [describe_major(k, catalog) for k in sorted(keys)[:limit]]
    more = f"等{len(keys)}项" if len(keys) > limit else ""
    return "、".join(shown) + more


def open_major_reason(requirement: MajorRequirement, catalog: MajorCatalog) -> str:
    """The reason for a job open to every major. A cell of preferred majors only (「轻化工程、纺织
    工程专业优先」) reads as open to all, but the graduate should still see the preference; whether
    their own major is among them the ranker says once (``explain``: 「专业优先：…」)."""
    if not requirement.preferred:
        return "专业符合：岗位专业不限"
    names = list(dict.fromkeys(r.name or describe_major(r.code, catalog) for r in requirement.preferred if r.code))
    shown = "、".join(names[:4]) + (f"等{len(names)}项" if len(names) > 4 else "")
    return f"专业符合：岗位专业不限（优先：{shown}）"


#: Bits of a job's major list by the level it is stated for (``list_levels``).
LIST_ANY_LEVEL, LIST_UNDERGRAD, LIST_GRADUATE, LIST_JUNIOR = 1, 2, 4, 8
_LEVEL_BIT = {None: LIST_ANY_LEVEL, StudyLevel.UNDERGRADUATE: LIST_UNDERGRAD,
              StudyLevel.GRADUATE: LIST_GRADUATE, StudyLevel.JUNIOR_COLLEGE: LIST_JUNIOR}
_GRADUATE_BIT = {EducationLevel.JUNIOR_COLLEGE: LIST_JUNIOR, EducationLevel.BACHELOR: LIST_UNDERGRAD,
                 EducationLevel.MASTER: LIST_GRADUATE, EducationLevel.DOCTOR: LIST_GRADUATE}


class MajorLists:
    """Parsed major requirements of jobs, cached by text (tables repeat the same text).

    ``tables`` (研究生 disciplines, 专科 names, old codes) should be the same the rules
    engine uses, so that the pre-filter and the engine read a list alike.
    """

    def __init__(self, catalog: MajorCatalog, tables: MajorCodeTables | None = None):
        self.catalog = catalog
        self.tables = tables
        self._parse = functools.lru_cache(maxsize=50_000)(self._parse_uncached)

    def _parse_uncached(self, text: str) -> MajorRequirement:
        return parse_major_requirement(text, self.catalog, tables=self.tables)

    def preferred_keys(self, job: Job) -> frozenset[str]:
        """Undergraduate codes a job prefers (``会计学专业优先``) without requiring them."""
        requirement = self.requirement(job)
        return requirement.preferred_keys if requirement is not None else frozenset()

    def plain_undergrad_list(self, job: Job) -> bool:
        """A list with no level stated whose every entry is known to be an undergraduate
        catalog code: the rules read such entries against any graduate's undergraduate
        major code, whatever their level, so the pre-filter can too. An entry of no known
        catalog (``0832食品科学与工程``) is read against a 研究生's own discipline, which the
        filter does not know: such a list is left to the rules."""
        requirement = self.requirement(job)
        if requirement is None or requirement.unrestricted or not requirement.refs or requirement.overseas_exemption:
            return False
        return all(
            r.level is None and r.code is not None and not r.only and not r.related and r.catalog is StudyLevel.UNDERGRADUATE
            and self._in_catalog(r)
            for r in requirement.refs
        ) and bool(requirement.admits_undergrad_keys())

    def _professional_kin(self, requirement: MajorRequirement) -> frozenset[str]:
        """本科 classes of the 研究生 专业学位 类别 an unlevelled list names (国际商务 0254: 经济与贸易类, 工商管理类):
        the rules review a graduate of them (``matching.rules.major_kin.professional_kin``), so they are not blocked here."""
        if self.tables is None:
            return frozenset()
        return frozenset(c for r in requirement.refs if r.level is None
                         for c in (professional_degree(r.name, self.catalog, self.tables) or ("", ()))[1])

    def _in_catalog(self, ref) -> bool:
        """A code of the current undergraduate catalog, under the name the list gives it (if
        any). An old code (临床医学B100301: 100301 is 口腔医学 now) is matched by the rules
        through the major's name, which the filter does not compare."""
        code, name = ref.code, normalise_major_name(ref.name) if ref.name else None
        if len(code) == 6:
            major = self.catalog.major(code)
            return major is not None and name in (None, normalise_major_name(major.name))
        if len(code) == 4:
            klass = self.catalog.classes.get(code)
            return klass is not None and name in (None, normalise_major_name(klass.name))
        return len(code) == 2 and code in self.catalog.categories

    def list_levels(self, job: Job) -> int:
        """Bits of the levels the job's major list names; 0 when it has none or is 不限."""
        requirement = self.requirement(job)
        if requirement is None or requirement.unrestricted:
            return 0
        bits = 0
        for ref in requirement.refs:
            bits |= _LEVEL_BIT.get(ref.level, LIST_ANY_LEVEL)
        return bits

    def requirement(self, job: Job) -> MajorRequirement | None:
        if not job.majors_text or not job.majors_text.strip():
            return None
        return self._parse(job.majors_text.strip())

    def level_keys(self, job: Job) -> frozenset[str]:
        """(level, code) keys of the list's entries (``matching.level_lists``): the ranking signal of a
        graduate's major named at their own level; never a block."""
        return list_level_keys(self.requirement(job), self._in_catalog)

    def graduate_level_keys(self, graduate: Graduate) -> frozenset[str]:
        """The graduate's side of ``level_keys``, read with this list reader's tables."""
        return graduate_level_keys(graduate, self.tables, self.catalog)

    def undergrad_keys(self, job: Job) -> frozenset[str]:
        """Codes admitting a 本科 applicant, when they decide the question alone.

        Empty (no pre-filtering) when the list is 不限 or names a major for 本科
        applicants that no code was found for, limits one (``仅限``) or widens one (``相关专业``):
        the rules engine cannot rule the graduate out there either, so neither may the filter.
        """
        requirement = self.requirement(job)
        if requirement is None or requirement.unrestricted or requirement.overseas_exemption:
            return frozenset()  # 「…留学毕业生不限专业」: the rules review a refusal, so the filter keeps the post
        applicable = [r for r in requirement.refs if r.level in (None, StudyLevel.UNDERGRADUATE)]
        if any(r.code is None or r.only or r.related or _ref_catalog(r) not in (None, StudyLevel.UNDERGRADUATE)
               or not self._in_catalog(r) for r in applicable):
            return frozenset()
        return requirement.admits_undergrad_keys() | self._professional_kin(requirement)


def education_levels(graduates: Sequence[Graduate]) -> np.ndarray:
    return np.array([UNKNOWN_LEVEL if g.education is None else int(g.education) for g in graduates], dtype=np.int8)


def job_education_bounds(jobs: Sequence[Job]) -> tuple[np.ndarray, np.ndarray]:
    """Per job, the lowest and highest admitted level; unknown or 不限 → (-1, 99)."""
    low = np.full(len(jobs), UNKNOWN_LEVEL, dtype=np.int8)
    high = np.full(len(jobs), NO_MAXIMUM, dtype=np.int8)
    for i, job in enumerate(jobs):
        req = job.education
        if _opens_education(job.conditions):
            continue  # a title holder's 学历放宽: the engine reviews a lower level, so none is blocked here
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


def major_blocked(graduate_keys: sp.csr_matrix, resolved: np.ndarray, bachelor: np.ndarray, job_keys: sp.csr_matrix,
                  has_list: np.ndarray, plain_list: np.ndarray, level_known: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Explicit undergraduate major lists against graduates with a resolved major.

    A 本科 list applies to bachelors; a list with no level stated and only
    undergraduate codes (``plain_list``) applies to every graduate whose level is known.
    Returns ``(admitted, blocked)``: admitted where an applicable list contains the
    graduate's major, class or category; blocked where it does not. Graduates whose
    major is unknown (``resolved`` False) are never blocked here. ``graduate_keys`` may
    lack keys that no job lists: such a graduate shares nothing, which is right.
    """
    shared = (graduate_keys @ job_keys.T).toarray() > 0
    applies = resolved[:, None] & (
        (bachelor[:, None] & has_list[None, :]) | (level_known[:, None] & plain_list[None, :])
    )
    return applies & shared, applies & ~shared


def _ref_catalog(ref) -> StudyLevel | None:
    """The catalog a ref's code belongs to (a 专科 name may stand in an unlevelled list)."""
    return ref.catalog or ref.level


#: 博士及企事业单位副高以上专业技术人员不受招聘专业及招聘计划限制: the rules engine reviews a
#: doctor whatever the major list says. Read loosely (any clause with 博士, 不受 and 专业), so the
#: pre-filter keeps open at least every job the engine exempts.
_DOCTORS_ANY_MAJOR = re.compile(r"博士[^;；。\n]*不受[^;；。\n]*专业")


@functools.lru_cache(maxsize=50_000)
def _frees_doctors(conditions: tuple[tuple[str, str], ...]) -> bool:
    return any(_DOCTORS_ANY_MAJOR.search(str(text)) for _, text in conditions)


#: 具有副主任医师及以上职称者，学历可放宽到硕士 (``matching.rules.title_exemptions``): the record holds no
#: title, so the engine reviews a lower level; read loosely, as ``_DOCTORS_ANY_MAJOR``.
_TITLE_OPENS_EDUCATION = re.compile(r"(?:职称|职务|资格)[^;；。\n]{0,14}学历[^;；。\n]{0,10}放宽")


@functools.lru_cache(maxsize=50_000)
def _opens_education(conditions: tuple[tuple[str, str], ...]) -> bool:
    return any(_TITLE_OPENS_EDUCATION.search(str(text)) for _, text in conditions)


def doctors_any_major(jobs: Sequence[Job]) -> np.ndarray:
    """Per job: do its conditions free doctors from its major list? The pre-filter then does
    not block a doctor on majors (``major_blocked``, ``level_blocked``)."""
    return np.array([_frees_doctors(job.conditions) for job in jobs], dtype=bool)


#: Per graduate's list bit, the bits of the levels below it (a 硕士's 本科 and 专科).
_LOWER_LIST_BITS = {LIST_JUNIOR: 0, LIST_UNDERGRAD: LIST_JUNIOR, LIST_GRADUATE: LIST_JUNIOR | LIST_UNDERGRAD}


def level_blocked(graduates: Sequence[Graduate], list_levels: np.ndarray, education_stated: np.ndarray) -> np.ndarray:
    """True where a job lists majors only for other levels than the graduate's (``研究生：…``
    against a 本科 graduate, ``本科：…；研究生：…`` against a 大专 one): no major of theirs can be
    admitted. Except a list of lower levels (``本科：…`` read by a 硕士) on a post that states an
    education requirement (``education_stated``): where that admits the graduate, the engine
    reviews which of their majors counts (``matching.rules.major_kin.unlisted_level``); where it does not, the
    education pre-filter closes the pair."""
    bits = np.array([_GRADUATE_BIT.get(g.education, 0) for g in graduates], dtype=np.int8)[:, None]
    lower = np.array([_LOWER_LIST_BITS.get(b, 0) for b in bits[:, 0]], dtype=np.int8)[:, None]
    jobs = list_levels[None, :]
    reviewed = ((jobs & lower) != 0) & education_stated[None, :]
    return (bits != 0) & (jobs != 0) & ((jobs & LIST_ANY_LEVEL) == 0) & ((jobs & bits) == 0) & ~reviewed


def education_stated(jobs: Sequence[Job]) -> np.ndarray:
    """Per job: does it state an education requirement (a level, or 不限)? (``level_blocked``)"""
    return np.array([job.education.any_level or job.education.minimum is not None for job in jobs], dtype=bool)


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
        return ConditionResult("major", Status.ELIGIBLE, open_major_reason(requirement, majors.catalog), source)
    keys = requirement.admits_undergrad_keys()
    if graduate.education != EducationLevel.BACHELOR or not keys:
        return ConditionResult("major", Status.NEEDS_REVIEW, f"专业待核实：岗位要求「{_clip(source)}」", source)
    if not graduate.major_code:
        wanted = _describe_list(list(keys), majors.catalog)
        # No major on record is the school's to register (``explain.NO_MAJOR_NOTE``), not a name unread:
        # 「未能识别您的专业「未填写」」 read 未填写 as the major and told the graduate to fill it in.
        said = (f"未能识别您的专业「{graduate.major}」，岗位要求 {wanted}" if (graduate.major or "").strip()
                else f"岗位要求 {wanted}，您的专业未登记")
        return ConditionResult("major", Status.NEEDS_REVIEW, f"专业待核实：{said}", source)
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
