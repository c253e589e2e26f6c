"""Every score component of a block of graduates against the indexed jobs, and the total.

The ranker hands in what it keeps between calls (the graduates' query vectors, each
graduate's column in the learned major fit); everything here is array and sparse-matrix
operations over the whole block (``matching.scoring``), with the hard pre-filter on
education level and explicit major lists (``matching.eligibility``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from features.catalog import MajorCatalog
from features.education import EducationLevel
from features.intention_rejections import wished_text
from features.intentions import rejected_categories, rejected_employer_kinds, rejected_places
from features.open_to_other_work import open_to_other_work
from features.place_levels import refused_place_levels, wished_place_levels
from features.records import Graduate
from features.unread_place_refusals import unread_place_refusals
from features.vocabulary import industry_names, job_kind_names, same_job_kind
from matching.eligibility import (education_blocked, education_levels, education_stated, graduate_major_keys, level_blocked,
                                  major_blocked)
from matching.job_index import JobIndex
from matching.preferences import EMPLOYER_TYPES, employer_types_wanted, wished_work
from matching.scoring import (RECOGNISED_PLACES, ScoreWeights, incidence, overlap, place_keys, salary_fit,
                              text_similarity)


@dataclass(frozen=True)
class PairScores:
    """All score components of a block of graduates against all jobs."""

    total: np.ndarray
    text: np.ndarray
    fit: np.ndarray | None  # learned major fit, NaN where the graduate's major is unknown to the model
    admitted: np.ndarray  # explicit major list contains the graduate's major (at their degree level: matching.level_lists)
    preferred: np.ndarray  # the job prefers (without requiring) the graduate's major
    blocked: np.ndarray  # certainly ineligible (education level or explicit major list; the ranker adds closed jobs)
    location: np.ndarray
    category: np.ndarray
    industry: np.ndarray
    salary: np.ndarray
    #: 1.0 where the job's title or category names a kind of work the 就业意向 text names
    #: (``matching.preferences.wished_work``); ``None`` from callers that do not score it
    work: np.ndarray | None = None
    #: True where the graduate's intention opens them to work outside their major and the wished work
    #: stood in for a weaker major fit (``features.open_to_other_work``); ``None`` where not scored
    work_for_major: np.ndarray | None = None
    #: 1.0 where the job lies at a level of place the graduate wished for (「想去县城」 → a county's post:
    #: ``features.place_levels``); counts as the wished place does, not on top of it. ``None`` where not scored
    place_level: np.ndarray | None = None
    #: True where the graduate wished for places some post lies in and this post lies elsewhere (its
    #: place known, no wished place or level met, not refused); ranked at ``ScoreWeights.outside_place``.
    #: ``None`` where not scored
    outside_place: np.ndarray | None = None


#: How a wish is phrased, not what it wishes for: 「希望从事…工作」「最好留在…」「意向工作地」「…相关岗位」. Job texts
#: say 从事, 工作, 岗位 and 安排 too (「在乡镇卫生院从事基本医疗」), so in the query they made a wish whose own words
#: are rare (「希望从事行政工作」) most like 三支一扶 支医 posts (text likeness 0.16 against 行政助理's 0.02).
#: Dropped from the intention before it is compared, each replaced by a mark no job text holds (no n-gram
#: then spans the gap); 社会工作 and 工作者 are work, not phrasing.
_WISH_PHRASING = re.compile(r"希望|想要|愿意|打算|从事|工作地点?|(?<!社会)(?<!社区)工作(?!者)|岗位|职位|相关|方面|方向|"
                            r"意向|最好|留在|感兴趣|服从安排|一线")


def query_text(graduate: Graduate, catalog: MajorCatalog) -> str:
    """What a graduate 'searches for': major (and its class), intentions (without their phrasing,
    ``_WISH_PHRASING``) and preferences."""
    parts = [graduate.major or ""]
    if graduate.major_code and (major := catalog.major(graduate.major_code)):
        parts += [major.name, major.class_name]
    wished = _WISH_PHRASING.sub("|", wished_text(graduate.intention))
    # A category that is a kind of employer (企业, 机关事业单位, 国企) is met by the employer's type; as text,
    # 企业 made a 哲学 graduate's query like a Java post's 「企业管理系统」.
    kinds_of_work = [c for c in graduate.preferences.categories if not employer_types_wanted(c)]
    parts += [wished, *kinds_of_work, *graduate.preferences.industries]
    return " ".join(p for p in parts if p)


#: The share of a wished place a post at the wished level (县城) outside the graduate's wished places meets,
#: where some post lies in those places: the level alone is half the wish 「南阳，想回县城」 states.
LEVEL_ELSEWHERE = 0.5


def score_pairs(graduates: Sequence[Graduate], index: JobIndex, *, queries: sp.csr_matrix,
                fit_label: Callable[[Graduate], int], weights: ScoreWeights,
                level_keys: Callable[[Graduate], frozenset[str]] | None = None,
                posted_places: Collection[str] | None = None) -> PairScores:
    """Score components of ``graduates`` against the jobs of ``index``.

    ``queries``: the graduates' ``query_text`` vectors, row-aligned with ``graduates``;
    ``fit_label``: a graduate's column in ``index.fit`` (-1: the model does not know the
    major), asked only when the index has a learned fit; ``level_keys``: a graduate's
    (level, code) keys at their degree level (``MajorLists.graduate_level_keys``), met by the list entries of their level;
    ``posted_places``: the place keys of all loaded posts (``index`` may hold a few of them), to tell a
    wished place no post lies in (no post is then outside it); by default those of ``index``.
    """
    w = weights
    n_jobs = len(index.jobs)

    text = text_similarity(queries, index.vectors_by_term)
    blocked = education_blocked(education_levels(graduates), index.edu_low, index.edu_high)
    major_keys = [graduate_major_keys(g) for g in graduates]
    graduate_keys = incidence(major_keys, index.major_vocabulary)
    bachelor = np.array([g.education == EducationLevel.BACHELOR for g in graduates])
    level_known = np.array([g.education is not None for g in graduates])
    resolved = np.array([bool(g.major_code) for g in graduates])
    admitted, major_fail = major_blocked(graduate_keys, resolved, bachelor, index.major_keys, index.has_major_list,
                                         index.plain_list, level_known)
    if level_keys is not None and index.level_vocabulary:
        # A 专科 or 研究生 graduate's major named by the list at their own level (「专科：护理（520201）」,
        # 「研究生：计算机科学与技术（0812）」) is as much the post's own choice as a 本科 entry is for a
        # 本科 graduate: before, only 本科 entries counted, and such posts ranked with 不限专业 ones. A 本科
        # entry counts here too where other entries (职业本科 护理 320201) left ``undergrad_keys`` empty.
        # A signal only: the rules decide eligibility (``matching.level_lists``).
        admitted |= overlap(incidence([level_keys(g) for g in graduates], index.level_vocabulary), index.level_keys) > 0
    doctor = np.array([g.education == EducationLevel.DOCTOR for g in graduates])
    exempt = doctor[:, None] & index.doctors_any_major[None, :]  # 博士不受招聘专业限制
    blocked |= (major_fail | level_blocked(graduates, index.list_levels, education_stated(index.jobs))) & ~exempt

    fit = None
    major = admitted.astype(np.float32)
    if index.fit is not None:
        label_rows = np.array([fit_label(g) for g in graduates])
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
    in_wish = location > 0  # before refusals: a refused post may still lie in a wished place (新疆, not 喀什)
    if index.place_vocabulary:
        location = np.where(_inside(graduates, index), -1.0, location).astype(np.float32)
    # A refused level (「不去县城」「不下乡」) counts against posts at it as a refused place does.
    location = np.where(_level_match(graduates, index, refused_levels) > 0, -1.0, location).astype(np.float32)
    place_level = _level_match(graduates, index)
    # A level met counts as a place met (never both at once, never over a refused place); but for a graduate
    # whose wished places have posts, a post at the level elsewhere meets half the wish (「方城县、南阳」 with
    # 「想回县城」: 洛阳's 新安县 ranked above 南阳's 淅川县, 2026-12-07 graduate review).
    elsewhere = np.where((location > 0).any(axis=1, keepdims=True), LEVEL_ELSEWHERE, 1.0).astype(np.float32)
    wished_place = np.where(location < 0, location, np.maximum(location, place_level * elsewhere))
    work_kinds = [wished_work(g.intention, g.major) for g in graduates]
    # A kind of work said in the intention counts once, as such (``work``), even where the
    # categories were read from the same text or name it in another word (意向类别 财务, 就业意向
    # 「想做会计」: ``same_job_kind``); that word's titles then meet the wished work too.
    categories = [tuple(c for c in g.preferences.categories if not any(same_job_kind(c, k) for k in kinds))
                  for g, kinds in zip(graduates, work_kinds)]
    said_again = [tuple(c for c in g.preferences.categories if c not in kept)
                  for g, kept in zip(graduates, categories)]
    work = _preference_match([_with_names((*kinds, *again), job_kind_names) for kinds, again in zip(work_kinds, said_again)],
                             index, "category_text")
    category = np.maximum(_preference_match([_with_names(c, job_kind_names) for c in categories], index, "category_text"),
                          _employer_type_match(categories, index.employer_type_codes))
    # A kind of job the intention rejects (「不想做销售」) counts against jobs of that kind.
    shunned = _preference_match([_with_names(rejected_categories(g.intention), job_kind_names) for g in graduates],
                                index, "category_text")
    # A kind of employer it refuses (「不想进体制内」「不考虑国企」) counts the same against that employer's posts.
    shunned = np.maximum(shunned, _employer_type_match([rejected_employer_kinds(g.intention) for g in graduates],
                                                       index.employer_type_codes))
    category = np.where(shunned > 0, -1.0, category).astype(np.float32)
    # ... and is never met as wished work (「想做财务，不做出纳」: 出纳 is not 「意向工作一致：财务」).
    work = np.where(shunned > 0, 0.0, work).astype(np.float32)
    industry = _preference_match([_with_names(g.preferences.industries, industry_names) for g in graduates],
                                index, "industry_text")
    wanted = np.array([np.nan if g.preferences.min_salary is None else g.preferences.min_salary for g in graduates], dtype=np.float64)
    salary = salary_fit(wanted, index.salary_min, index.salary_max)

    # A graduate who opens themselves to work outside their major (「专业对口岗位较少，愿意从事文秘、行政或宣传类
    # 工作」「不限专业」「转行」) said the work they name is as much what they look for as their major: for them a
    # post of that work counts as fully fitting (major term 1.0), the better of the two counting. Without
    # this the major (0.45) outweighed the wish (0.10) and such graduates saw only posts of their major.
    # Eligibility is untouched: a post whose major list refuses the graduate is ``blocked`` above.
    opened = np.array([open_to_other_work(g.intention) for g in graduates], dtype=bool)[:, None]
    work_for_major = opened & (work > major)
    major = np.where(work_for_major, work, major)
    # Naming a kind of work is a word on fit as the major is: a post of that work which lists no majors counts as
    # fitting at least ``wished_work_fit`` (half a listed major). A post with a list is decided by it (1.0 where
    # it admits the graduate; one refusing them is ``blocked``); a graduate naming no work (``work`` 0) ranks as before.
    major = np.where((work > 0) & ~index.has_major_list[None, :], np.maximum(major, w.wished_work_fit * work),
                     major).astype(np.float32)
    relevance = w.major * major + w.preferred_major * preferred + w.text * text
    wishes = (w.location * wished_place + w.category * category + w.work * work + w.industry * industry
              + w.salary * salary)
    # Wishes scale how much a job has to do with the graduate's field rather than stand in
    # for it: a job in the wished city that has nothing to do with the major or intentions
    # (中医师 for an agriculture graduate) must not outrank a relevant one elsewhere.
    total = (relevance * (1.0 + w.wish_gain * wishes) + w.wish_floor * wishes).astype(np.float32)
    # A wished place is what the graduate expects the list to follow: as a wish of 0.10 it lifted a post 1.4
    # times, and posts elsewhere listing the major led (a 旅游管理 graduate wishing 「武汉 新媒体运营」 saw eight
    # Xinjiang 旅游 posts above every Wuhan one, 2026-12-07 graduate review). A post known to lie elsewhere
    # ranks at ``outside_place`` of its score, as a 待核实 one does at ``needs_review``: still listed, below
    # posts in the wished place of comparable fit. A place no loaded post lies in puts nothing outside.
    posted = index.place_vocabulary.keys() if posted_places is None else posted_places
    # A refused post outside every wished place is outside too: at −1 alone (×0.6) it ranked above posts merely
    # elsewhere (×0.5), so refusing 县城 lifted 抚远市's posts over the rest (gkld, 2026-12-07 review).
    outside = (_outside_wished(graduates, posted)[:, None] & index.place_known[None, :]
               & ((wished_place == 0) | (location < 0) & ~in_wish)
               & ~_may_lie_in_wish(graduates, index) & ~_around_wish(graduates, index))
    total = np.where(outside & (total > 0), total * w.outside_place, total).astype(np.float32)
    # A refused place weighs at least as much as one merely elsewhere: inside a wished place (「洛阳、不去县城」's
    # 新安县) the −1 alone (×0.6) ranked it above every post outside the wish (×0.5). Lowered once, not twice.
    refused = (location < 0) & ~outside
    total = np.where(refused & (total > 0), total * w.refused_place, total).astype(np.float32)
    return PairScores(total, text, fit, admitted, preferred, blocked, location, category, industry, salary, work,
                      work_for_major, place_level, outside)


def _outside_wished(graduates: Sequence[Graduate], posted: Collection[str]) -> np.ndarray:
    """True for a graduate who wished for a recognised place (not only a level: 县城; not 待定) that some post
    lies in."""
    return np.array([bool(_pref_places(g) & posted & RECOGNISED_PLACES) for g in graduates], dtype=bool)


def _may_lie_in_wish(graduates: Sequence[Graduate], index: JobIndex) -> np.ndarray:
    """True where a job's place contains a wished one (a post inferred only as 新疆维吾尔自治区 against a
    喀什 wish): it may lie there, so it is not outside it."""
    if not index.member_place_vocabulary:
        return np.zeros((len(graduates), len(index.jobs)), dtype=bool)
    wished = incidence([_pref_places(g) for g in graduates], index.member_place_vocabulary)
    return overlap(wished, index.member_places) > 0


def _around_wish(graduates: Sequence[Graduate], index: JobIndex) -> np.ndarray:
    """True where a job lies in a 兵团 city whose land a wished prefecture surrounds (图木舒克 for a 喀什地区
    wish; ``features.bingtuan_cities``): not the prefecture's, yet where the graduate asked to be, so not outside."""
    if not index.around_place_vocabulary:
        return np.zeros((len(graduates), len(index.jobs)), dtype=bool)
    wished = incidence([_pref_places(g) for g in graduates], index.around_place_vocabulary)
    return overlap(wished, index.around_places) > 0


def wished_levels(graduate: Graduate) -> tuple[str, ...]:
    """The levels of place (县城, 乡镇) the graduate's intention or 意向地点 names."""
    return wished_place_levels("，".join((graduate.intention or "", *graduate.preferences.locations)))


def refused_levels(graduate: Graduate) -> tuple[str, ...]:
    """The levels of place (县城, 乡镇) the graduate's intention or 意向地点 refuses (「不去县城」「不下乡」)."""
    return refused_place_levels("，".join((graduate.intention or "", *graduate.preferences.locations)))


def _level_match(graduates: Sequence[Graduate], index: JobIndex,
                 levels_of: Callable[[Graduate], tuple[str, ...]] = wished_levels) -> np.ndarray:
    """1.0 where a job lies at a level of place the graduate wished for (``wished_levels``; or refused,
    ``refused_levels``)."""
    out = np.zeros((len(graduates), len(index.jobs)), dtype=np.float32)
    wished = [levels_of(g) for g in graduates]
    if not any(wished):
        return out
    levels = np.array([lv[0] if lv else "" for lv in index.place_levels], dtype=object)
    for row, names in enumerate(wished):
        for level in names:
            out[row, levels == level] = 1.0
    return out


def _inside(graduates: Sequence[Graduate], index: JobIndex) -> np.ndarray:
    """True where every place a job certainly lies in is one the graduate's intention rejects
    (「不去喀什」 against 疏附县, not against a job stated as 新疆)."""
    places = [_shunned_places(g.intention) | _with_members(refused_locations(g)) for g in graduates]
    if not any(places) or not index.specific_place_vocabulary:
        return np.zeros((len(graduates), len(index.jobs)), dtype=bool)
    inside = (incidence(places, index.specific_place_vocabulary) @ index.specific_places.T).toarray()
    return (inside > 0) & (inside == index.specific_place_counts[None, :])


@functools.lru_cache(maxsize=100_000)
def _shunned_places(intention: str) -> frozenset[str]:
    return _with_members(rejected_places(intention))


def _pref_places(graduate: Graduate) -> frozenset[str]:
    return _with_members(wished_locations(graduate))


def wished_locations(graduate: Graduate) -> tuple[str, ...]:
    """The 意向地点 items that wish for a place: 「不去南疆」「除南疆外」 refuse one (``refused_locations``),
    read as the 就业意向 text's refusals are (``features.intentions.rejected_places``); read as wishes, they
    met 南疆's posts as 意向地点一致 and put every other post outside. 「不去县城」「不下乡」 refuse a level
    (``refused_levels``), no place: as a wish they were named as one (「不在意向地点（不去县城）」). Nor is a refusal
    naming no place the tool reads (「不去远郊区」: ``features.unread_place_refusals``, said once above the list)."""
    return tuple(p for p in graduate.preferences.locations
                 if not rejected_places(p) and not refused_place_levels(p) and not unread_place_refusals(None, (p,)))


def refused_locations(graduate: Graduate) -> tuple[str, ...]:
    """The places the 意向地点 items refuse (「除南疆外」 → 南疆)."""
    return tuple(k for p in graduate.preferences.locations for k in rejected_places(p))


def _with_members(places: Iterable[str]) -> frozenset[str]:
    """The keys of ``places``, each with the places it contains (``scoring.place_keys``)."""
    return frozenset().union(*(place_keys(place) for place in places))


def _with_names(terms: Iterable[str], names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The terms and the names job tables give each (``job_kind_names``: 老师 → 教师;
    ``industry_names``: 银行 → 金融业)."""
    return [name for term in terms for name in names(term)]


def _preference_match(preferences: Sequence[Sequence[str]], index: JobIndex, field: str) -> np.ndarray:
    """1.0 where any of a graduate's preference strings occurs in the job's ``field`` text
    (``JobIndex.text_hits``)."""
    needles = sorted({p for prefs in preferences for p in prefs if p})
    n_jobs = len(index.jobs)
    if not needles or not n_jobs:
        return np.zeros((len(preferences), n_jobs), dtype=np.float32)
    vocabulary = {n: i for i, n in enumerate(needles)}
    hits = np.stack([index.text_hits(field, needle) for needle in needles]).astype(np.float32)
    return (incidence(preferences, vocabulary) @ hits > 0).astype(np.float32)


def _employer_type_match(preferences: Sequence[Sequence[str]], job_types: np.ndarray) -> np.ndarray:
    """1.0 where a graduate's stated category names the job's kind of employer (国有企业, 机关事业单位)."""
    wanted = np.zeros((len(preferences), len(EMPLOYER_TYPES) + 1), dtype=np.float32)  # last column: unknown type
    for row, prefs in enumerate(preferences):
        for pref in prefs:
            for kind in employer_types_wanted(pref):
                wanted[row, EMPLOYER_TYPES.index(kind)] = 1.0
    return wanted[:, job_types]  # -1 picks the last column, which stays 0
