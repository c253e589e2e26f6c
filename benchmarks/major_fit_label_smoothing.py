"""Label-structure smoothing of the major-fit model's class columns.

Run: ``.venv/bin/python -m benchmarks.major_fit_label_smoothing [--data ../shared/data] [--settings VH,VB]``

Issue 4 lists "label-structure smoothing across the catalog hierarchy" among the methods to
try. A major is ranked over the posts by its class's column alone, so any monotone change of
one column (another calibration, say) leaves its ranking as it is; only mixing columns can
move it. Three mixes of the shipped model's class probabilities ``p`` (post × class) are
measured, each as ``(1 − a)·p + a·q``:

- ``门类 max``: q_c = the highest probability among the other classes of c's 门类 (工学 for 计算机类);
- ``门类 mean``: q_c = their mean;
- ``co-admission``: q_c = Σ_c' P(c | c')·p_c' / Σ_c' p_c', with P(c | c') read off the training
  posts' weighted labels (how often a post that admits c' admits c too).

And one rescaling by a post's breadth, ``p / (Σ_c p_c)^b``: b > 0 favours posts that fit few
classes, b < 0 posts that fit many.

Settings as in ``benchmarks/major_fit_two_heads.py``: VH and VB (validation, nothing of
Beijing read) by default; ``beijing`` and ``henan`` on request. NDCG@10 per variant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from benchmarks.major_fit_eval import Split
from benchmarks.major_fit_validation import class_column_ndcg10, variant_command
from matching.major_fit import MajorFitModel

MIX_WEIGHTS = (0.05, 0.1, 0.2, 0.3)
BREADTH_EXPONENTS = (-0.5, -0.25, 0.25, 0.5)


def co_admission(rows, classes: Sequence[str]) -> np.ndarray:
    """P(c | c') from the rows' weighted labels, zero on the diagonal; rows index c, columns c'."""
    column = {c: j for j, c in enumerate(classes)}
    Y = np.zeros((len(rows), len(classes)))
    for i, r in enumerate(rows):
        for code, weight in r.labels.items():
            if code in column:
                Y[i, column[code]] = weight
    joint = Y.T @ Y
    conditional = joint / np.maximum(np.diag(joint)[None, :], 1e-9)
    np.fill_diagonal(conditional, 0.0)
    return conditional


def same_category(classes: Sequence[str]) -> np.ndarray:
    """1 where two different classes share a 门类 (the first two digits of the code)."""
    category = np.array([c[:2] for c in classes])
    same = (category[:, None] == category[None, :]).astype(float)
    np.fill_diagonal(same, 0.0)
    return same


def variants(conditional: np.ndarray, same: np.ndarray) -> dict[str, Callable[[np.ndarray], np.ndarray]]:
    siblings = np.maximum(same.sum(axis=1), 1.0)
    out: dict[str, Callable[[np.ndarray], np.ndarray]] = {"the shipped model": lambda p: p}
    for a in MIX_WEIGHTS:
        out[f"门类 max, a = {a}"] = lambda p, a=a: (1 - a) * p + a * np.max(p[:, None, :] * same[None], axis=2)
        out[f"门类 mean, a = {a}"] = lambda p, a=a: (1 - a) * p + a * (p @ same.T) / siblings
        out[f"co-admission, a = {a}"] = lambda p, a=a: (
            (1 - a) * p + a * (p @ conditional.T) / np.maximum(p.sum(axis=1, keepdims=True), 1e-9))
    for b in BREADTH_EXPONENTS:
        out[f"breadth, b = {b}"] = lambda p, b=b: p / np.maximum(p.sum(axis=1, keepdims=True), 1e-6) ** b
    return out


def score_variants(model: MajorFitModel, split: Split) -> dict[str, float]:
    """NDCG@10 of every variant on the split's test posts; the mixes are built from its training rows."""
    classes = list(model.class_labels_)
    mixes = variants(co_admission(split.train, classes), same_category(classes))
    p = model.predict_proba([r.job for r in split.test])[:, :len(classes)].astype(np.float64)
    return {label: class_column_ndcg10(mix(p), classes, split) for label, mix in mixes.items()}


def main(argv: Sequence[str] | None = None) -> None:
    variant_command(argv, description="专业匹配模型：按专业目录结构平滑各类得分",
                    score=lambda model, split, catalog, names: score_variants(model, split), digits=4)


if __name__ == "__main__":
    main()
