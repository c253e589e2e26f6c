"""Text features: a TF-IDF vectoriser fitted on job text.

Word TF-IDF over the project's segmenter catches shared terms (会计, 软件开发); character
2–3-grams catch what segmentation splits differently (计算机类 vs 计算机科学). The two
blocks are weighted, stacked and L2-normalised so that a dot product is a cosine.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from features.segment import Segmenter


def pretokenized(tokens):
    """Tokens as they are: the tokenizer and preprocessor of vectorizers fed lists of
    tokens that the project segmenter has already cut."""
    return tokens


class JobTextVectorizer(BaseEstimator):
    """Word + character n-gram TF-IDF, fitted on job texts, applied to jobs and queries."""

    def __init__(self, *, segmenter: Segmenter, word_weight: float = 0.6, char_ngram_range: tuple[int, int] = (2, 3),
                 min_df: int = 1, max_features: int | None = 200_000):
        self.segmenter = segmenter
        self.word_weight = word_weight
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_features = max_features

    def fit(self, texts: Sequence[str]) -> JobTextVectorizer:
        if len(texts) == 0:
            raise ValueError("没有可用于拟合的岗位文本")
        self.word_ = TfidfVectorizer(
            tokenizer=pretokenized, preprocessor=pretokenized, token_pattern=None, lowercase=False,
            min_df=self.min_df, max_features=self.max_features, sublinear_tf=True, dtype=np.float32,
        ).fit(self.segmenter.cut_many(texts))
        self.char_ = TfidfVectorizer(
            analyzer="char", ngram_range=self.char_ngram_range, min_df=self.min_df,
            max_features=self.max_features, sublinear_tf=True, dtype=np.float32,
        ).fit([_clean(t) for t in texts])
        return self

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        check_is_fitted(self, ["word_", "char_"])
        words = self.word_.transform(self.segmenter.cut_many(texts))
        chars = self.char_.transform([_clean(t) for t in texts])
        stacked = sp.hstack([words * self.word_weight, chars * (1.0 - self.word_weight)], format="csr")
        return normalize(stacked, norm="l2", copy=False).astype(np.float32)


def _clean(text: str) -> str:
    # Spaces between fields would create char n-grams that span two fields.
    return "".join(str(text).split())
