"""Score components between graduates and jobs, each a small pure function.

Every component returns a dense ``(n_graduates, n_jobs)`` float32 matrix built with
array or sparse-matrix operations, never a Python loop over pairs. ``ScoreWeights``
combines them; the weights are hyperparameters of the ranker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from features.place_inference import county_short_name_place
from features.place_keys import PLACE_ALIASES, alias_pattern, place_members
from features.place_names import joined_prefecture_after_province
from features.vocabulary import name_occurs
from features.records import Job
from features.place_tails import whole_names

_PLACE_SUFFIX = re.compile(r"(维吾尔自治区|哈萨克自治州|蒙古自治州|柯尔克孜自治州|回族自治州|自治区|自治州|地区|市|县|区|州)$")
#: Every spelling of a known place, longest first (阿克苏地区 before 阿克苏; 阿克陶 is not 阿克苏).
_KNOWN_PLACES = alias_pattern(PLACE_ALIASES)


@dataclass(frozen=True, slots=True)
class ScoreWeights:
    """How much each component counts in the final score.

    ``major`` is the major-fit signal (explicit list match, the learned model, or
    nothing); ``text`` the TF-IDF cosine between the graduate's major + intention and
    the job text; the rest are soft preferences stated by the graduate.
    """

    major: float = 0.45
    text: float = 0.35
    location: float = 0.10
    category: float = 0.06
    #: the job's title names a kind of work the 就业意向 text names (「做开发」 → Java开发工程师);
    #: as much as the wished place: see README, *How suggestions are ordered*
    work: float = 0.10
    industry: float = 0.02
    salary: float = 0.04
    #: the graduate's major is among those a job prefers (``会计学专业优先``)
    preferred_major: float = 0.15
    #: within an explicit major list, the learned fit only breaks ties
    list_tiebreak: float = 0.1
    #: the soft preferences (location … salary, weighted as above) multiply the relevance
    #: (major, preferred major, text) by 1 + wish_gain × wishes, and add wish_floor × wishes
    #: so that they still order jobs of no relevance
    wish_gain: float = 4.0
    wish_floor: float = 0.25
    #: a post the rules leave 待核实 (a condition to confirm) ranks at this share of its score, so
    #: that among posts of similar fit the ones the graduate certainly may apply for come first,
    #: while a clearly better 待核实 post still ranks above (README, *How suggestions are ordered*)
    needs_review: float = 0.9
    #: and one reviewed only because the post lists majors of a lower level than the graduate's, none in
    #: their own 门类 (``ConditionResult.far_list``: 化学教师 for a 思想政治教育 硕士), at this share again,
    #: below such posts whose list is near (README, *How suggestions are ordered*)
    far_list_review: float = 0.5
    #: and one asking years of work a graduate of the season lacks (``ConditionResult.missing_years``:
    #: 「1-3年」 on a job site) at 1 − missing_year_review × years of that again, never below
    #: missing_years_floor: a 「1-3年」 post ranks at 0.72 of its score, 「3-5年」 and more at 0.36, so that posts
    #: taking graduates (经验不限, 应届毕业生亦可) of similar fit come first (README, *How suggestions are ordered*)
    missing_year_review: float = 0.2
    missing_years_floor: float = 0.4
    #: a post known to lie outside every place the graduate wished for (意向地点, where some loaded post lies
    #: there) ranks at this share of its score: a post in the wished place then comes first unless one
    #: elsewhere fits over 2.8 times better (1.4 / 0.5 with the place wish met), not 1.4 times
    #: (README, *How suggestions are ordered*)
    outside_place: float = 0.5
    #: a post in a place (or at a level: 县城) the graduate refused ranks, after its −1 place term (×0.6), at this
    #: share of its score, inside a wished place too (「洛阳、不去县城」: 新安县 at ×0.6 ranked above posts merely
    #: outside the wish, ×0.5); one outside every wished place is lowered once, as outside (README, *How
    #: suggestions are ordered*)
    refused_place: float = 0.5
    #: a post of a kind of work the 就业意向 names, with no major list of its own, counts as fitting the major at
    #: least this much: the graduate said that work is what they look for, and a wish of 0.10 against a major
    #: fit of 0.45 left such posts out of their first ten. Half a listed major, so that with the wish met
    #: (0.5 × 1.4 = 0.7) a post whose list names the major still leads unless the graduate opens themselves to
    #: other work (``features.open_to_other_work``: 1.0) (README, *How suggestions are ordered*)
    wished_work_fit: float = 0.5


#: Every key a known place spelling stands for: 待定, 不限 or 全国 in a location fall back to keys of their
#: own (``place_keys``) and say nowhere a post lies; such a post may lie in a wished place
#: (``JobIndex.place_known``, ``pair_scores`` outside_place).
RECOGNISED_PLACES = frozenset(key for keys in PLACE_ALIASES.values() for key in keys)


def place_key(name: str) -> str:
    """``乌鲁木齐市`` → ``乌鲁木齐``; ``伊犁哈萨克自治州`` → ``伊犁``."""
    name = re.sub(r"\s+", "", str(name))
    previous = None
    while previous != name and len(name) > 2:
        previous = name
        name = _PLACE_SUFFIX.sub("", name) if len(_PLACE_SUFFIX.sub("", name)) >= 2 else name
    return name


def place_keys(text: str | None) -> frozenset[str]:
    """The places a location text names, as keys, each with every place it contains.

    ``乌鲁木齐市天山区`` → {天山} (a place written before one of its members is the member's
    address); ``伊犁`` → {伊犁, 伊宁, 奎屯, …}; ``新疆`` → every Xinjiang key. Two location texts
    then share a key exactly when a place of one equals or contains a place of the other: a
    wish for 伊犁, 北疆 or 新疆 meets a job in 伊宁市, a wish for 伊宁 does not meet one in 乌鲁木齐.
    A job stated only as 昌吉回族自治州 meets a wish for 玛纳斯 too: it may lie there. Places of no
    known table fall back to the text's parts without their suffixes (某某县 → 某某).
    """
    if not text:
        return frozenset()
    text = str(text)
    keys = _known_keys(text) | _county_short_name_keys(text)
    specific = _most_specific(text, keys)
    if not keys:
        return specific
    return frozenset(specific.union(*(place_members(key) for key in specific)))


def job_place_keys(job: Job) -> frozenset[str]:
    """The place keys a job meets wishes with (``place_keys``): of its stated location, else of
    the place its names say (``Job.inferred_location``). An inferred province alone keeps only
    its own key: 「河南省教育厅」 meets a wish for 河南, not one for 洛阳, where a post stated as
    河南省 may lie; the table placed it in none of the province's cities."""
    if job.location:
        return place_keys(job.location)
    inferred = job.inferred_location
    if inferred is None:
        return frozenset()
    return specific_place_keys(inferred.place) if inferred.province_only else place_keys(inferred.place)


def specific_place_keys(text: str | None) -> frozenset[str]:
    """The most specific places a location text names, without the places they contain
    (``喀什地区疏附县`` → {疏附}; ``新疆维吾尔自治区`` → {新疆}): where a job certainly lies."""
    if not text:
        return frozenset()
    text = joined_prefecture_after_province(str(text))  # 「青海 海南」: 青海's prefecture, not 海南省
    return _most_specific(text, _known_keys(text))


def _known_keys(text: str) -> set[str]:
    """The keys of every known place spelled in ``text``, but for the tail of a longer, unknown
    name (``features.place_tails``): 阜新市 holds 新市 (乌鲁木齐's 新市区), 义乌市 holds 乌市
    (乌鲁木齐); read as such, 88 posts in Liaoning and Zhejiang of the gkld table met a wish for
    乌鲁木齐."""
    return {key for m in whole_names(text, _KNOWN_PLACES.finditer(text)) for key in PLACE_ALIASES[m.group()]}


def _county_short_name_keys(text: str) -> set[str]:
    """The keys of the parts of ``text`` that are a county's short name alone (「义乌」「昆山、杭州」 of a
    意向地点 column → 义乌市, 昆山市), one no other division has: a place as a whole part, never inside
    a longer word (``features.place_inference.county_short_name_place``)."""
    return {key for part in _PARTS.split(text) if (place := county_short_name_place(part))
            for key in _most_specific(place, _known_keys(place))}


#: What separates the places of one text (「昆山、杭州」「郑州 或 洛阳」).
_PARTS = re.compile(r"[\s,，、;；/|或和及]+")


def _most_specific(text: str, keys: set[str]) -> frozenset[str]:
    """``keys`` (``_known_keys(text)``) without the places they contain; with none, the
    text's parts without their suffixes."""
    if not keys:
        return frozenset(place_key(part) for part in re.split(r"[\s,，、;；/|或和及]+", text) if part)
    return frozenset(key for key in keys if not place_members(key) & keys)


def incidence(rows: Sequence[Iterable[str]], vocabulary: dict[str, int]) -> sp.csr_matrix:
    """A 0/1 sparse matrix: row i has a 1 in column ``vocabulary[key]`` for each key of ``rows[i]``.

    Keys missing from ``vocabulary`` are ignored.
    """
    indptr = [0]
    indices: list[int] = []
    for keys in rows:
        cols = sorted({vocabulary[k] for k in keys if k in vocabulary})
        indices.extend(cols)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)), dtype=np.float32)


def overlap(left: sp.csr_matrix, right: sp.csr_matrix) -> np.ndarray:
    """1.0 where a row of ``left`` shares a key with a row of ``right``, else 0.0."""
    product = (left @ right.T).toarray()
    return (product > 0).astype(np.float32)


def text_similarity(queries: sp.csr_matrix, documents_by_term: sp.csr_matrix) -> np.ndarray:
    """Cosine similarity of L2-normalised TF-IDF rows (a sparse dot product). ``documents_by_term``
    is the documents' matrix transposed, in CSR (``JobIndex.vectors_by_term``): given ``documents.T``
    (a CSC view), the product converted all of it to CSR on every call, a third of a ranking block."""
    return np.asarray((queries @ documents_by_term).todense(), dtype=np.float32)


#: The salary score where only the top of a job's range reaches the graduate's minimum.
SALARY_REACHABLE = 0.5


def salary_fit(min_salary: np.ndarray, job_min: np.ndarray, job_max: np.ndarray) -> np.ndarray:
    """+1 where the job's whole range meets the graduate's minimum, ``SALARY_REACHABLE``
    where only its top does (3000–9000 against 8000), -1 where it does not, 0 where either
    side is unknown (NaN)."""
    best = np.where(np.isnan(job_max), job_min, job_max)
    low = np.where(np.isnan(job_min), best, job_min)
    wanted = min_salary[:, None]
    known = ~np.isnan(wanted) & ~np.isnan(best)[None, :]
    with np.errstate(invalid="ignore"):
        reaches = best[None, :] >= wanted
        meets = low[None, :] >= wanted
    score = np.where(meets, 1.0, np.where(reaches, SALARY_REACHABLE, -1.0))
    return np.where(known, score, 0.0).astype(np.float32)


def contains_any(needles: Sequence[str], haystacks: Sequence[str], *, job_kinds: bool = False) -> np.ndarray:
    """``(len(needles), len(haystacks))`` 0/1: needle occurs in haystack.

    One pass per distinct needle (preferences are few), not per pair. A needle with 「…」, and
    with ``job_kinds`` every needle, is a job-kind name looked for as titles say it
    (``features.vocabulary.name_occurs``: parts may stand apart, a teacher's subject is no kind).
    """
    out = np.zeros((len(needles), len(haystacks)), dtype=np.float32)
    for i, needle in enumerate(needles):
        if needle and ("…" in needle or job_kinds):
            # name_occurs is False where its first part is missing: tested inline, most texts need no call.
            first = needle.split("…")[0]
            out[i] = np.fromiter((first in h and name_occurs(needle, h) for h in haystacks), dtype=bool,
                                 count=len(haystacks))
        elif needle:
            out[i] = np.fromiter((needle in h for h in haystacks), dtype=bool, count=len(haystacks))
    return out
