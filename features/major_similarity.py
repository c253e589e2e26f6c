"""Place a major name the catalog does not know near the catalog major it most resembles.

专科 names (计算机应用技术, 大数据与财务管理) and 研究生 professional-degree names (土木水利,
电子信息) are not undergraduate majors, but most share their key words with one
(计算机科学与技术, 财务管理, 土木工程). Character 1–2-gram TF-IDF over the catalog's major and
class names finds that neighbour. It is a soft hint for the learned major fit only: the
graduate's major stays unresolved for the eligibility rules.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from features.catalog import MajorCatalog, normalise_major_name

#: Words every major name has; they make unrelated names look alike.
_GENERIC = ("技术", "工程", "管理", "专业", "与", "及", "学")


@dataclass(frozen=True, slots=True)
class NearestMajor:
    code: str
    name: str
    class_code: str
    class_name: str
    similarity: float


class NearestMajorFinder(BaseEstimator):
    """Nearest catalog major by character n-gram cosine; ``None`` below ``min_similarity``."""

    def __init__(self, *, min_similarity: float = 0.4):
        self.min_similarity = min_similarity

    def fit(self, catalog: MajorCatalog) -> NearestMajorFinder:
        self.majors_ = list(catalog.majors.values())
        self.vectorizer_ = TfidfVectorizer(analyzer="char", ngram_range=(2, 2), sublinear_tf=True)
        self.matrix_ = self.vectorizer_.fit_transform([_key(m.name) for m in self.majors_])
        return self

    def find(self, name: str | None) -> NearestMajor | None:
        check_is_fitted(self, "matrix_")
        key = _key(name or "")
        if not key:
            return None
        similarities = (self.matrix_ @ self.vectorizer_.transform([key]).T).toarray().ravel()
        for best in np.argsort(-similarities, kind="stable")[:10]:
            if similarities[best] < self.min_similarity:
                break
            major = self.majors_[best]
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
