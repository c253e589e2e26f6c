"""Two heads per class: "admits the class whole" and "names some of its majors".

Run: ``.venv/bin/python -m benchmarks.major_fit_two_heads [--data ../shared/data] [--settings VH,VB,beijing,henan]``

The shipped model learns one column per class from every post that admits the class in
any way, so for a class such as 外国语言文学类 the posts that list 英语 alone (English
teachers) teach the column for all its 108 majors. Here each class gets two logistic
regressions, fitted like the shipped model (same features, calibration and literal mix):
``W`` on the posts that admit the class whole (4-digit code, 门类, other-level names: the
shipped weights), ``P`` on the posts that reach it only through some of its majors. A
major is then scored

    W_c(post) + P_c(post) × g(major, post)

with ``g`` = the major's share among training posts that list some majors of its class
(add-½ smoothed), raised to 1 when the post's text names the major (name without a final
学). The fourth round's oracle showed that knowing a post's listing style is worth 0.09 on
Beijing; these heads learn the style per class from the text instead of once for all.

Settings: VH and VB are the validation sets of ``benchmarks/major_fit_validation.py``
(trained on the Beijing split's training rows less those held out); ``beijing`` and
``henan`` the held-out splits of ``benchmarks/major_fit_eval.py``. NDCG@10 per variant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from benchmarks.major_fit_eval import _top
from benchmarks.major_fit_validation import variant_command
from features.catalog import MajorCatalog
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel, catalog_pseudo_jobs, class_terms
from service.resources import load_segmenter
from service.training_data import LabelledJob, training_examples


def partly_admitted(row: LabelledJob, catalog: MajorCatalog) -> set[str]:
    """Classes the post reaches only through some of their majors (not whole, not by 门类)."""
    keys = row.requirement.admits_undergrad_keys()
    categories = {k for k in keys if len(k) == 2}
    return ({k[:4] for k in keys if len(k) >= 6} - keys
            - {c for c, klass in catalog.classes.items() if klass.category_code in categories})


def head_examples(train: Sequence[LabelledJob], catalog: MajorCatalog, names: dict[str, set[str]]):
    """(jobs, whole-class weights, partial-listing weights), catalog documents in both."""
    rows = [r for r in train if r.labels]
    pseudo = catalog_pseudo_jobs(catalog, names)
    whole, partial = [], []
    for row in rows:
        some = partly_admitted(row, catalog)
        whole.append({c: w for c, w in row.labels.items() if c not in some})
        partial.append(dict.fromkeys(some, 1.0))
    return ([r.job for r in rows] + [j for j, _ in pseudo],
            whole + [w for _, w in pseudo], partial + [w for _, w in pseudo])


def listed_share(train: Sequence[LabelledJob], catalog: MajorCatalog) -> Callable[[str], float]:
    """Major code → its share among the training posts that list some majors of its class.

    As ``major_fit_listing_style.listed_shares``, except that a class the post also admits
    through its 门类 counts as admitted whole, as in the heads' labels, and 7-digit codes count.
    """
    partial: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for row in train:
        if not row.labels:
            continue
        keys = row.requirement.admits_undergrad_keys()
        for klass in partly_admitted(row, catalog):
            partial[klass] += 1
            listed.update(k for k in keys if len(k) >= 6 and k.startswith(klass))
    return lambda code: (listed[code] + 0.5) / (partial[code[:4]] + 1)


def _fit(catalog, jobs, weights) -> MajorFitModel:
    model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog), progress=False)
    return model.fit(jobs, [set(w) for w in weights], weights)


def _column(model: MajorFitModel, proba: np.ndarray, klass: str) -> np.ndarray:
    j = model.label_index(klass)
    return proba[:, j] if j is not None else np.zeros(proba.shape[0])


def _strip(name: str) -> str:
    return name[:-1] if name.endswith("学") and len(name) >= 3 else name


def fit_heads(train, catalog, names) -> tuple[MajorFitModel, MajorFitModel, MajorFitModel, Callable[[str], float]]:
    """The shipped model, the whole-class and partial-listing heads, and the listed share."""
    base = _fit(catalog, *training_examples(train, catalog, names)[::2])
    head_jobs, whole_w, partial_w = head_examples(train, catalog, names)
    return base, _fit(catalog, head_jobs, whole_w), _fit(catalog, head_jobs, partial_w), listed_share(train, catalog)


def score_setting(fitted, test, qrels, catalog) -> dict[str, float]:
    base, whole, partial, share = fitted
    jobs = [r.job for r in test]
    base_p, whole_p, partial_p = (m.predict_proba(jobs) for m in (base, whole, partial))
    texts = ["".join(j.text.split()) for j in jobs]
    ids = [j.id for j in jobs]

    def variants(code: str) -> dict[str, np.ndarray]:
        klass = code[:4]
        b, w, p = _column(base, base_p, klass), _column(whole, whole_p, klass), _column(partial, partial_p, klass)
        name, listed = _strip(catalog.majors[code].name), share(code)
        g = np.where([name in t for t in texts], 1.0, listed)
        return {"the shipped model": b, "W alone": w, "W + P": w + p, "W + P × share": w + p * listed,
                "W + P × share, 1 when named": w + p * g, "½ model + ½ (W + P × share, 1 when named)": (b + w + p * g) / 2}

    runs: dict[str, dict[str, list[str]]] = {}
    for code in qrels:
        for label, scores in variants(code).items():
            runs.setdefault(label, {})[code] = _top(scores, ids)
    return {label: mean_metrics(r, qrels)["NDCG@10"] for label, r in runs.items()}


def main(argv: Sequence[str] | None = None) -> None:
    variant_command(argv, description="专业匹配模型：整类招收与仅列专业分开建模",
                    fit=lambda split, catalog, names: fit_heads(split.train, catalog, names),
                    score=lambda fitted, split, catalog, names: score_setting(fitted, split.test, split.qrels, catalog),
                    default_settings="VH,VB,beijing,henan", mean=False)


if __name__ == "__main__":
    main()
