"""Place a major name the catalog does not know near the catalog major it most resembles.

专科 names (计算机应用技术, 大数据与财务管理) and 研究生 professional-degree names (土木水利,
电子信息) are not undergraduate majors, but most share their key words with one
(计算机科学与技术, 财务管理, 土木工程). Character 1–2-gram TF-IDF over the catalog's major and
class names finds that neighbour. A reference table that names the class of such majors
(``reference``: the civil-service major reference table, shipped as
``features/data/reference_majors.json``) is asked first: it knows 法律事务 → 法学类 and
畜牧兽医 → 动物医学类, which share no word with a catalog major the guard below accepts.
It is a soft hint for the learned major fit only: the graduate's major stays unresolved for
the eligibility rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from features.catalog import MajorCatalog, normalise_major_name

#: Words every major name has; they make unrelated names look alike.
_GENERIC = ("技术", "工程", "管理", "专业", "与", "及", "学")


@dataclass(frozen=True, slots=True)
class NearestMajor:
    """Where a non-catalog major name was placed. ``code`` is a catalog major's code, or a
    class code when the reference table named only the class (``via == "reference"``) or
    the major-fit model placed the name (``via == "model"``: ``similarity`` is then the
    model's probability of the class for the name read as a text)."""

    code: str
    name: str
    class_code: str
    class_name: str
    similarity: float
    via: str = "name"  # "name": nearest by characters; "reference": the reference table; "model": the major-fit model

    @classmethod
    def for_class(cls, code: str, class_name: str, similarity: float, via: str) -> NearestMajor:
        """A placement in a class as a whole (no single catalog major)."""
        return cls(code, class_name, code, class_name, similarity, via=via)


class NearestMajorFinder(BaseEstimator):
    """Nearest catalog major by character n-gram cosine; ``None`` below ``min_similarity``.

    ``reference`` maps normalised 专科/研究生 major names to undergraduate class codes; a name
    it lists is placed in that class (with several, the one holding the nearest major by
    name, else the first)."""

    def __init__(self, *, min_similarity: float = 0.4, reference: Mapping[str, Sequence[str]] | None = None):
        self.min_similarity = min_similarity
        self.reference = reference

    def fit(self, catalog: MajorCatalog) -> NearestMajorFinder:
        self.majors_ = list(catalog.majors.values())
        self.classes_ = {code: klass.name for code, klass in catalog.classes.items()}
        self.vectorizer_ = TfidfVectorizer(analyzer="char", ngram_range=(2, 2), sublinear_tf=True)
        self.matrix_ = self.vectorizer_.fit_transform([_key(m.name) for m in self.majors_])
        self.reference_ = {normalise_major_name(n): tuple(c for c in codes if c in self.classes_)
                           for n, codes in (self.reference or {}).items()}
        return self

    def find(self, name: str | None) -> NearestMajor | None:
        check_is_fitted(self, "matrix_")
        classes = self.reference_.get(normalise_major_name(name or ""))
        if not classes:
            return self._by_name(name)
        within = self._by_name(name, classes)  # 审计 → 0201 or 1202: 审计学 is in 1202
        if within is not None:
            return replace(within, via="reference")
        code = classes[0]
        return NearestMajor.for_class(code, self.classes_[code], 1.0, via="reference")

    def _by_name(self, name: str | None, classes: Sequence[str] = ()) -> NearestMajor | None:
        """The nearest major by characters (among the majors of ``classes`` if given)."""
        key = _key(name or "")
        if not key:
            return None
        similarities = (self.matrix_ @ self.vectorizer_.transform([key]).T).toarray().ravel()
        # Among all majors the ten nearest suffice; within given classes, look further down.
        limit = len(self.majors_) if classes else 10
        for best in np.argsort(-similarities, kind="stable")[:limit]:
            if similarities[best] < self.min_similarity:
                break
            major = self.majors_[best]
            if classes and major.class_code not in classes:
                continue
            if _related(key, _key(major.name)):
                return NearestMajor(major.code, major.name, major.class_code, major.class_name, float(similarities[best]))
        return None


def _related(query: str, candidate: str) -> bool:
    """Share the head of the name, not just a common word: one name contains the other
    (财务管理 in 大数据与财务管理) or both start alike (计算机应用 / 计算机科学). Guards
    against 关务与外贸服务 → 服务科学与工程, which n-gram overlap alone would accept."""
    if not query or not candidate:
        return False
    return query in candidate or candidate in query or query[:2] == candidate[:2]


def _key(name: str) -> str:
    key = normalise_major_name(name)
    for word in _GENERIC:
        key = key.replace(word, "")
    return key
