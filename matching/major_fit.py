"""Major fit: P(an undergraduate major class fits | job text), learned from position tables.

Official position tables state, next to the title, employer and duties, which majors may
apply. ``weak_labels`` (``matching/major_fit_labels.py``, re-exported here, as are the
catalog helpers) turns one parsed requirement into per-class target weights, and
``MajorFitModel`` learns one logistic regression per undergraduate class (one-vs-rest) over
word and character n-gram TF-IDF of the job text. Measured choices (see
``models/README.md`` and ``/work/shared/notes/major-fit-findings.md``):

- positives that come only from a 门类 code (``工学（08）``) get weight 0.25: at full weight
  they teach every class of the 门类 "a generic post"; a class reached only through some of
  its majors gets 0.3;
- 研究生/专科 requirements mapped by name to undergraduate classes are weak positives (0.3);
- small documents made of catalog names are added to training (``catalog_pseudo_jobs``),
  and a literal catalog-name match is mixed in at weight 0.1 (``predict_proba``), less the
  names that training posts use as ordinary words (``_reliable_terms``: 「材料撰写」);
- scores are Platt-calibrated per class on out-of-fold predictions so that they are
  comparable across classes (the ranker mixes them with other signals);
- two options are implemented but OFF by default, because they lowered NDCG@10 on the
  Beijing test split although validation sets carved from training rows favoured them
  (``benchmarks/major_fit_validation.py``; see ``models/README.md``):
  ``title_only_weight`` averages the score of the job's title and category alone into
  every job's score (validation +0.02, Beijing test −0.05 at 0.7: Beijing's generic titles
  need the employer's department and the duty text), and ``major_names`` +
  ``name_weight`` give every 6-digit major its own column, its class's probability plus
  a character-bigram similarity between the major's name and the job text (validation
  +0.003, Beijing +0.001 at 0.2: noise).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from features.catalog import MajorCatalog
from features.major_similarity import NearestMajor
from features.records import Job
from features.segment import Segmenter
from features.text import pretokenized
# The training labels live in their own module; callers keep importing them from here.
from matching.major_fit_labels import (CATEGORY_WEIGHT, MAJOR_ONLY_WEIGHT, OTHER_LEVEL_WEIGHT, catalog_pseudo_jobs,
                                       class_terms, major_names, weak_labels)

__all__ = ["CATEGORY_WEIGHT", "MAJOR_ONLY_WEIGHT", "NAME_MIN_PROBABILITY", "OTHER_LEVEL_WEIGHT", "MajorFitModel",
           "catalog_pseudo_jobs", "class_terms", "job_text", "major_names", "place_major_name", "weak_labels"]

#: ``place_major_name``: below this probability a name stays unplaced. On the reference
#: table's names held out of training (``benchmarks/major_placement_model.py``), 0.2 places
#: 49 % of the names the name finder cannot, 57 % of them in the right class, as right as
#: the finder's own placements (57 %); 0.1 places 67 % at 50 %, 0.3 36 % at 62 %.
NAME_MIN_PROBABILITY = 0.2


def job_text(job: Job) -> str:
    """The visible text of a job (never its major column)."""
    return job.text


def _chars(text: str) -> str:
    return "".join(str(text).split())


class MajorFitModel(BaseEstimator):
    """One-vs-rest logistic regression over word + char TF-IDF of job text, Platt-calibrated.

    ``fit(jobs, label_sets, weights)``: ``label_sets[i]`` are the class codes job ``i``
    admits; ``weights[i]`` optionally maps a code to its positive weight (default 1).
    Labels with fewer than ``min_positives`` positives are not learned.
    ``predict_proba(jobs)`` → array (n_jobs, len(labels_)) in [0, 1]; ``labels_`` lists the
    learnt classes, then (with ``major_names``) the 6-digit majors of those classes.
    """

    def __init__(self, *, segmenter: Segmenter, word_max_features: int = 40_000, char_max_features: int = 20_000,
                 char_ngram_range: tuple[int, int] = (1, 1), min_df: int = 2, word_weight: float = 0.3,
                 C: float = 2.0, min_positives: float = 5.0, calibration_folds: int = 3,
                 class_terms: Mapping[str, Sequence[str]] | None = None, literal_weight: float = 0.1,
                 literal_min_precision: float = 0.3, literal_min_hits: int = 5,
                 title_only_weight: float = 0.0, major_names: Mapping[str, str] | None = None,
                 name_weight: float = 0.2, name_ngram_range: tuple[int, int] = (1, 2),
                 name_max_features: int = 30_000, random_state: int = 0, progress: bool = True):
        self.segmenter = segmenter
        self.word_max_features = word_max_features
        self.char_max_features = char_max_features
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.word_weight = word_weight
        self.C = C
        self.min_positives = min_positives
        self.calibration_folds = calibration_folds
        self.class_terms = class_terms
        self.literal_weight = literal_weight
        self.literal_min_precision = literal_min_precision
        self.literal_min_hits = literal_min_hits
        self.title_only_weight = title_only_weight
        self.major_names = major_names
        self.name_weight = name_weight
        self.name_ngram_range = name_ngram_range
        self.name_max_features = name_max_features
        self.random_state = random_state
        self.progress = progress

    # -- features ---------------------------------------------------------------------
    def _fit_vectorizers(self, texts: Sequence[str], words: Sequence[Sequence[str]]) -> None:
        self.word_vectorizer_ = TfidfVectorizer(
            tokenizer=pretokenized, preprocessor=pretokenized, token_pattern=None, lowercase=False, min_df=self.min_df,
            max_features=self.word_max_features, sublinear_tf=True, dtype=np.float32,
        ).fit(words)
        self.char_vectorizer_ = TfidfVectorizer(
            analyzer="char", ngram_range=tuple(self.char_ngram_range), min_df=self.min_df,
            max_features=self.char_max_features, sublinear_tf=True, dtype=np.float32,
        ).fit([_chars(t) for t in texts])
        if self.major_names:
            self.name_vectorizer_ = TfidfVectorizer(
                analyzer="char", ngram_range=tuple(self.name_ngram_range), min_df=self.min_df,
                max_features=self.name_max_features, sublinear_tf=True, dtype=np.float32,
            ).fit([_chars(t) for t in texts])

    def transform(self, jobs: Sequence[Job]) -> sp.csr_matrix:
        check_is_fitted(self, ["word_vectorizer_", "char_vectorizer_"])
        texts = [job_text(j) for j in jobs]
        return self._features(texts, self.segmenter.cut_many(texts))

    def _features(self, texts: Sequence[str], words: Sequence[Sequence[str]]) -> sp.csr_matrix:
        # ``words`` are the texts already segmented: fit cuts its training texts once for
        # the vectorisers, these features and the literal terms.
        words = self.word_vectorizer_.transform(words)
        chars = self.char_vectorizer_.transform([_chars(t) for t in texts])
        stacked = sp.hstack([words * self.word_weight, chars * (1.0 - self.word_weight)], format="csr")
        return normalize(stacked, copy=False).astype(np.float32)

    # -- fitting ----------------------------------------------------------------------
    def fit(self, jobs: Sequence[Job], label_sets: Sequence[Iterable[str]],
            weights: Sequence[Mapping[str, float]] | None = None) -> MajorFitModel:
        if len(jobs) != len(label_sets) or (weights is not None and len(weights) != len(jobs)):
            raise ValueError("岗位、标签与权重的数量不一致")
        if len(jobs) == 0:
            raise ValueError("没有可用于训练的岗位")
        label_sets = [frozenset(s) for s in label_sets]
        weights = weights or [{} for _ in jobs]
        texts = [job_text(j) for j in jobs]
        words = self.segmenter.cut_many(texts)
        self._fit_vectorizers(texts, words)
        X = self._features(texts, words)
        Y, W, labels = self._targets(label_sets, weights)
        if not labels:
            raise ValueError("训练数据中没有足够正例的专业类")
        folds = _fold_ids(len(jobs), self.calibration_folds)
        coef = np.zeros((len(labels), X.shape[1]), dtype=np.float32)
        intercept = np.zeros(len(labels), dtype=np.float32)
        platt = np.zeros((len(labels), 2), dtype=np.float32)
        for j in _progress(range(len(labels)), self.progress, "训练专业类模型"):
            y, w = Y[:, j], W[:, j]
            model = self._logreg().fit(X, y, sample_weight=w)
            coef[j], intercept[j] = model.coef_[0], model.intercept_[0]
            platt[j] = self._platt(X, y, w, folds, model)
        self.class_labels_ = labels
        self.major_names_ = {code: name for code, name in sorted((self.major_names or {}).items())
                             if len(code) >= 6 and code[:4] in set(labels)}
        self.labels_ = labels + list(self.major_names_)
        self.class_terms_ = self._reliable_terms(words, label_sets, labels)
        self.coef_ = sp.csr_matrix(coef)
        self.intercept_ = intercept
        self.platt_ = platt
        return self

    def _reliable_terms(self, words: Sequence[Sequence[str]], label_sets: Sequence[frozenset[str]],
                        labels: Sequence[str]) -> dict[str, list[str]]:
        """Each class's literal terms, less those the training posts show to be ordinary words.

        A class's short name can be a common word of job text: 「材料」 (材料类) is mostly
        「材料撰写」 (writing documents), 「医疗保险」 (公共管理类) mostly a duty of posts that
        admit other classes. A term found in at least ``literal_min_hits`` training posts,
        fewer than ``literal_min_precision`` of which admit the class, is dropped; a term
        seen less often is kept (catalog names are specific unless the data says otherwise).
        """
        wanted = {c: {t.lower() for t in (self.class_terms or {}).get(c, ())} for c in labels}
        hits: dict[str, int] = {}
        admits: dict[tuple[str, str], int] = {}
        every_term = set().union(*wanted.values())
        for tokens, classes in zip(words, label_sets):
            for term in every_term.intersection(tokens):
                hits[term] = hits.get(term, 0) + 1
                for code in classes:
                    admits[code, term] = admits.get((code, term), 0) + 1
        return {code: sorted(t for t in terms if hits.get(t, 0) < self.literal_min_hits
                             or admits.get((code, t), 0) >= self.literal_min_precision * hits[t])
                for code, terms in wanted.items()}

    def _logreg(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, solver="liblinear", random_state=self.random_state, max_iter=200)

    def _targets(self, label_sets, weights) -> tuple[np.ndarray, np.ndarray, list[str]]:
        counts: dict[str, float] = {}
        for labels, w in zip(label_sets, weights):
            for code in labels:
                counts[code] = counts.get(code, 0.0) + w.get(code, 1.0)
        codes = sorted(c for c, n in counts.items() if n >= self.min_positives)
        index = {c: j for j, c in enumerate(codes)}
        Y = np.zeros((len(label_sets), len(codes)), dtype=np.int8)
        W = np.ones((len(label_sets), len(codes)), dtype=np.float32)
        for i, (labels, w) in enumerate(zip(label_sets, weights)):
            for code in labels:
                j = index.get(code)
                if j is not None:
                    Y[i, j] = 1
                    W[i, j] = w.get(code, 1.0)
        return Y, W, codes

    def _platt(self, X, y, w, folds, full_model) -> np.ndarray:
        """Per-class sigmoid (a, b) on out-of-fold decision values; identity-like fallback."""
        if self.calibration_folds < 2 or y.sum() < self.calibration_folds:
            return np.array([1.0, 0.0], dtype=np.float32)
        margin = np.zeros(len(y), dtype=np.float64)
        for f in range(self.calibration_folds):
            test = folds == f
            train = ~test
            if y[train].sum() == 0 or y[train].sum() == train.sum():
                margin[test] = full_model.decision_function(X[test])
                continue
            margin[test] = self._logreg().fit(X[train], y[train], sample_weight=w[train]).decision_function(X[test])
        calib = LogisticRegression(C=1e4, solver="lbfgs").fit(margin.reshape(-1, 1), y, sample_weight=w)
        return np.array([calib.coef_[0, 0], calib.intercept_[0]], dtype=np.float32)

    # -- scoring ----------------------------------------------------------------------
    def decision_function(self, jobs: Sequence[Job]) -> np.ndarray:
        """Raw margins, one column per class of ``class_labels_``."""
        check_is_fitted(self, ["coef_", "class_labels_"])
        if len(jobs) == 0:
            return np.zeros((0, len(self.class_labels_)), dtype=np.float32)
        X = self.transform(jobs)
        return np.asarray((X @ self.coef_.T).todense(), dtype=np.float32) + self.intercept_

    def _calibrated(self, jobs: Sequence[Job]) -> np.ndarray:
        z = self.decision_function(jobs) * self.platt_[:, 0] + self.platt_[:, 1]
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict_proba(self, jobs: Sequence[Job]) -> np.ndarray:
        """Class columns, then (with ``major_names``) one column per 6-digit major.

        Class: (1 − l)·[(1 − t)·P(class | job) + t·P(class | title and category only)]
        + l·[the job's words contain a name of the class], with P Platt-calibrated,
        t = ``title_only_weight``, l = ``literal_weight``.
        Major: (P(class) + n·cos(char 1–2-gram TF-IDF of the major's name, job text)) / (1 + n),
        n = ``name_weight``.
        Both options are off by default (t = 0, no ``major_names``): see the module docstring.
        """
        jobs = list(jobs)
        proba = self._calibrated(jobs)
        if self.title_only_weight and jobs:
            bare = self._calibrated([dataclasses.replace(j, employer=None, description="") for j in jobs])
            t = self.title_only_weight
            proba = (1.0 - t) * proba + t * bare
        if self.literal_weight and any(self.class_terms_.values()):
            proba = (1.0 - self.literal_weight) * proba + self.literal_weight * self._literal(jobs)
        if self.major_names_:
            proba = np.hstack([proba, self._major_columns(jobs, proba)])
        return proba.astype(np.float32)

    def _major_columns(self, jobs: Sequence[Job], class_proba: np.ndarray) -> np.ndarray:
        codes = list(self.major_names_)
        column = {c: j for j, c in enumerate(self.class_labels_)}
        base = class_proba[:, [column[c[:4]] for c in codes]]
        queries = self.name_vectorizer_.transform([_chars(self.major_names_[c]) for c in codes])
        docs = self.name_vectorizer_.transform([_chars(job_text(j)) for j in jobs])
        similarity = np.asarray((docs @ queries.T).todense(), dtype=np.float32)
        return (base + self.name_weight * similarity) / (1.0 + self.name_weight)

    def _literal(self, jobs: Sequence[Job]) -> np.ndarray:
        words = [set(self.segmenter.cut(job_text(j))) for j in jobs]
        out = np.zeros((len(jobs), len(self.class_labels_)), dtype=np.float32)
        for j, code in enumerate(self.class_labels_):
            terms = self.class_terms_.get(code)
            if terms:
                terms = set(terms)
                for i, w in enumerate(words):
                    if terms & w:
                        out[i, j] = 1.0
        return out

    def label_index(self, code: str) -> int | None:
        """Column of ``predict_proba`` for a code: the 6-digit major's own column if it has
        one, else its class's."""
        check_is_fitted(self, ["labels_"])
        index = {c: j for j, c in enumerate(self.labels_)}
        return index.get(code) if code in index else index.get(code[:4])


def place_major_name(model, name: str | None, catalog: MajorCatalog, *,
                     min_probability: float = NAME_MIN_PROBABILITY) -> NearestMajor | None:
    """The undergraduate class the major-fit model reads into a major's name, or ``None``.

    The model learnt job text, catalog documents and the reference table's 专科/研究生 names
    (``catalog_pseudo_jobs``), so a major name the catalog, the reference table and the name
    finder do not know (导游, 关务与外贸服务) read as a one-word job still points to a class.
    ``model`` is anything with ``labels_`` and ``predict_proba(jobs)``; only its class columns
    (4-digit codes) compete. ``None`` when the best class is under ``min_probability``.
    """
    name = (name or "").strip()
    columns = [(j, code) for j, code in enumerate(model.labels_) if len(code) == 4 and code in catalog.classes]
    if not name or not columns:
        return None
    proba = np.asarray(model.predict_proba([Job(id="major-name", title=name)]))[0]
    j, code = max(columns, key=lambda item: float(proba[item[0]]))
    if float(proba[j]) < min_probability:
        return None
    return NearestMajor.for_class(code, catalog.classes[code].name, float(proba[j]), via="model")


def _fold_ids(n: int, k: int) -> np.ndarray:
    # Deterministic interleaved folds: no random state to carry, and region blocks in the
    # input order are spread over every fold.
    return np.arange(n) % max(k, 1)


def _progress(iterable, enabled: bool, desc: str):
    if not enabled:
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, desc=desc, unit="类")
