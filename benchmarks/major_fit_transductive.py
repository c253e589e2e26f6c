"""Adapting the major-fit model to a new region's own posts, without their labels.

Run: ``.venv/bin/python -m benchmarks.major_fit_transductive [--data ../shared/data] [--settings VH,VB]``

When a new region's list is scored its text is there, though its major columns are not.
Two transductive adaptations of the shipped model's class probabilities ``p`` (post × class)
are measured, each built from the held-out posts' text alone:

- ``smoothing``: ``(1 − a)·p + a·q``, q the average of p over a post's neighbours in a TF-IDF
  fitted on the held-out posts themselves (character 1–2-grams, jieba words, or both), so that
  their own vocabulary counts (统计科, 涉外): k-nearest neighbours weighted by cosine, or
  kernel ridge (q = K (K + λI)⁻¹ p, K the cosine kernel);
- ``self-training``: the held-out posts added to training, each labelled with the model's own
  most probable classes (probability ≥ t, at most ``top`` classes, positive weight w), then a refit.

Settings as in ``benchmarks/major_fit_label_smoothing.py``: VH and VB (validation, nothing of
Beijing read) by default; ``beijing`` and ``henan`` on request. NDCG@10 per variant.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from benchmarks.major_fit_eval import Split, fit_model
from benchmarks.major_fit_validation import class_column_ndcg10, variant_command
from matching.major_fit import MajorFitModel
from service.resources import load_segmenter

NEIGHBOURS = ((5, 0.2), (5, 0.4), (20, 0.2), (20, 0.4))  # (k, a)
RIDGES = ((1.0, 0.3), (10.0, 0.3))  # (λ, a)
SELF_TRAINING = ((0.5, 0.3, 1), (0.3, 0.3, 2), (0.5, 1.0, 1), (0.7, 0.5, 1))  # (t, w, top)


def post_spaces(texts: Sequence[str]) -> dict[str, sp.csr_matrix]:
    """L2-normalised TF-IDF of the held-out posts, fitted on them alone: character 1–2-grams,
    jieba words, and both side by side."""
    def tfidf(vectorizer: TfidfVectorizer, docs) -> sp.csr_matrix:
        return normalize(vectorizer.set_params(sublinear_tf=True, min_df=2).fit_transform(docs))

    spaces = {"char12": tfidf(TfidfVectorizer(analyzer="char", ngram_range=(1, 2)), ["".join(t.split()) for t in texts]),
              "words": tfidf(TfidfVectorizer(analyzer=lambda tokens: tokens), load_segmenter().cut_many(texts))}
    spaces["both"] = normalize(sp.hstack([spaces["char12"], spaces["words"]]).tocsr())
    return spaces


def neighbour_mean(kernel: np.ndarray, k: int) -> np.ndarray:
    """Row-stochastic matrix of each post's k most similar other posts, weighted by the cosine
    ``kernel`` (posts × posts, left as it is)."""
    similarity = kernel.copy()
    np.fill_diagonal(similarity, 0.0)
    nearest = np.argpartition(-similarity, k, axis=1)[:, :k]
    rows = np.arange(len(similarity))[:, None]
    weights = np.zeros_like(similarity)
    weights[rows, nearest] = similarity[rows, nearest]
    return weights / np.maximum(weights.sum(axis=1, keepdims=True), 1e-9)


def smoothed(p: np.ndarray, texts: Sequence[str]) -> dict[str, np.ndarray]:
    out = {}
    for kind, X in post_spaces(texts).items():
        kernel = (X @ X.T).toarray()
        for k, a in NEIGHBOURS:
            out[f"neighbours, {kind}, k = {k}, a = {a}"] = (1 - a) * p + a * (neighbour_mean(kernel, k) @ p)
        for ridge, a in RIDGES:
            q = kernel @ np.linalg.solve(kernel + ridge * np.eye(len(kernel)), p)
            out[f"kernel ridge, {kind}, λ = {ridge:g}, a = {a}"] = (1 - a) * p + a * q
    return out


def pseudo_labels(p: np.ndarray, classes: Sequence[str], threshold: float, weight: float, top: int
                  ) -> list[dict[str, float]]:
    """Per held-out post, {class: weight} for its ``top`` most probable classes at ≥ ``threshold``."""
    out = []
    for row in p:
        best = np.argsort(-row, kind="stable")[:top]
        out.append({classes[j]: weight for j in best if row[j] >= threshold})
    return out


def score_variants(model: MajorFitModel, split: Split, catalog, names) -> dict[str, float]:
    classes = list(model.class_labels_)
    jobs = [r.job for r in split.test]
    p = model.predict_proba(jobs)[:, :len(classes)].astype(np.float64)
    out = {"the shipped model": class_column_ndcg10(p, classes, split)}
    out.update({label: class_column_ndcg10(s, classes, split) for label, s in smoothed(p, [j.text for j in jobs]).items()})
    for threshold, weight, top in SELF_TRAINING:
        # The held-out rows carry the model's labels in place of their own (hidden) ones.
        pseudo = [dataclasses.replace(r, labels=w) for r, w in zip(split.test, pseudo_labels(p, classes, threshold, weight, top))]
        refit = fit_model(dataclasses.replace(split, train=split.train + pseudo), catalog, names, progress=False)
        scores = refit.predict_proba(jobs)[:, :len(refit.class_labels_)]
        out[f"self-training, t = {threshold}, w = {weight}, top {top}"] = class_column_ndcg10(
            scores, refit.class_labels_, split)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    variant_command(argv, description="专业匹配模型：用新地区岗位文本（不含专业标签）做直推式调整",
                    score=score_variants, digits=4)


if __name__ == "__main__":
    main()
