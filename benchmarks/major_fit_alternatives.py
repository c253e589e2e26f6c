"""Alternatives to the shipped major-fit model, measured on validation AND test splits.

Run: ``.venv/bin/python -m benchmarks.major_fit_alternatives [--data ../shared/data] [--sets VH,VB,beijing,henan]``

Each variant is compared with the shipped model fitted on the same rows:
  per-major LR  one logistic regression per 6-digit major, target = the position admits
                the major's whole class or lists the major itself (the relevance of the
                evaluation), alone and blended 0.3 with the class model;
  self-training the class model refitted with the evaluated posts' own confident
                predictions (p ≥ 0.5, weight p/2) as extra training rows: the posts of a
                new region are known when the ranker is fitted, their majors are not;
  MLP           one hidden layer (512 units, 30 epochs of Adam) over the same features,
                targets = classes with weight ≥ 0.3; alone, rank-averaged with the class
                model, and probability-averaged.
VH/VB are the validation sets of ``benchmarks/major_fit_validation.py`` (never Beijing);
beijing/henan are the held-out test splits of ``benchmarks/major_fit_eval.py``. A variant is
only adopted when validation favours it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.stats import rankdata
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

from benchmarks.major_fit_eval import Split, _top, make_split
from benchmarks.major_fit_validation import qrels_for, validation_sets
from features.catalog import Major, MajorCatalog
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel, catalog_pseudo_jobs, class_terms
from service.resources import load_segmenter
from service.training_data import DEFAULT_DATA, LabelledJob, load_labelled, training_examples


def _new_model(catalog: MajorCatalog) -> MajorFitModel:
    return MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog), progress=False)


def major_targets(rows: Sequence[LabelledJob], majors: Sequence[Major]) -> tuple[np.ndarray, np.ndarray]:
    """(Y, W), one column per major: 1 when a row admits the major's whole class (weights as
    the class labels: 门类-only 0.25, 研究生/专科 names 0.3) or lists the major itself; a row
    that lists only sibling majors of the class is a negative."""
    column = {m.code: j for j, m in enumerate(majors)}
    members: dict[str, list[int]] = {}
    for m in majors:
        members.setdefault(m.class_code, []).append(column[m.code])
    Y = np.zeros((len(rows), len(majors)), dtype=np.int8)
    W = np.ones((len(rows), len(majors)), dtype=np.float32)
    for i, row in enumerate(rows):
        keys = row.requirement.admits_undergrad_keys()
        listed: dict[str, set[str]] = {}
        for key in keys:
            if len(key) > 4:
                listed.setdefault(key[:4], set()).add(key)
        for code, weight in row.labels.items():
            whole = code in keys or code not in listed
            for j in members.get(code, ()):
                if whole or majors[j].code in listed[code]:
                    Y[i, j] = 1
                    W[i, j] = 1.0 if code in keys or majors[j].code in keys else weight
    return Y, W


def catalog_targets(documents, majors: Sequence[Major]) -> np.ndarray:
    """The catalog documents as per-major rows: a major's own name teaches that major only;
    a class's document and the reference-table names teach every member of the class."""
    Y = np.zeros((len(documents), len(majors)), dtype=np.int8)
    for i, (job, labels) in enumerate(documents):
        own = job.id.removeprefix("catalog-")
        single = job.id.startswith("catalog-") and len(own) > 4
        for j, m in enumerate(majors):
            Y[i, j] = (m.code == own) if single else (m.class_code in labels)
    return Y


def _ndcg(split: Split, scores: np.ndarray, column_of) -> float:
    ids = [r.job.id for r in split.test]
    runs = {}
    for major in split.graduates:
        j = column_of(major)
        runs[major.code] = _top(scores[:, j] if j is not None else np.zeros(len(ids)), ids)
    return mean_metrics(runs, split.qrels)["NDCG@10"]


def measure(split: Split, catalog: MajorCatalog, names) -> dict[str, float]:
    jobs, sets, weights = training_examples(split.train, catalog, names)
    test_jobs = [r.job for r in split.test]
    model = _new_model(catalog).fit(jobs, sets, weights)
    base = model.predict_proba(test_jobs)

    def by_class(major: Major) -> int | None:
        return model.label_index(major.class_code)

    out = {"shipped model": _ndcg(split, base, by_class)}

    labelled = [r for r in split.train if r.labels]
    majors = sorted(split.graduates, key=lambda m: m.code)
    Y, W = major_targets(labelled, majors)
    documents = catalog_pseudo_jobs(catalog, names)
    Y = np.vstack([Y, catalog_targets(documents, majors)])
    W = np.vstack([W, np.ones((len(documents), len(majors)), dtype=np.float32)])
    X = model.transform([r.job for r in labelled] + [job for job, _ in documents])
    Xt = model.transform(test_jobs)
    per_major = np.full((len(test_jobs), len(majors)), -30.0, dtype=np.float32)
    for j in range(len(majors)):
        if Y[:, j].sum() >= 3:
            lr = LogisticRegression(C=model.C, solver="liblinear", max_iter=200).fit(X, Y[:, j], sample_weight=W[:, j])
            per_major[:, j] = lr.decision_function(Xt)
    index = {m.code: j for j, m in enumerate(majors)}
    out["per-major LR"] = _ndcg(split, per_major, lambda m: index[m.code])
    own = 1.0 / (1.0 + np.exp(-per_major))
    blended = np.stack([0.3 * own[:, index[m.code]] + 0.7 * base[:, by_class(m)] if by_class(m) is not None
                        else 0.3 * own[:, index[m.code]] for m in majors], axis=1)
    out["per-major LR, 0.3 blend"] = _ndcg(split, blended, lambda m: index[m.code])

    pseudo = [{c: float(base[i, j]) / 2 for j, c in enumerate(model.class_labels_) if base[i, j] >= 0.5}
              for i in range(len(test_jobs))]
    keep = [i for i, p in enumerate(pseudo) if p]
    refit = _new_model(catalog).fit(jobs + [test_jobs[i] for i in keep], sets + [set(pseudo[i]) for i in keep],
                                    weights + [pseudo[i] for i in keep])
    out["self-training"] = _ndcg(split, refit.predict_proba(test_jobs), lambda m: refit.label_index(m.class_code))

    column = {c: j for j, c in enumerate(model.class_labels_)}
    Yc = np.zeros((len(jobs), len(column)), dtype=np.int8)
    for i, w in enumerate(weights):
        for code, weight in w.items():
            if code in column and weight >= 0.3:
                Yc[i, column[code]] = 1
    mlp = MLPClassifier(hidden_layer_sizes=(512,), alpha=1e-4, max_iter=30, batch_size=128, random_state=0)
    mlp.fit(model.transform(jobs), Yc)
    net = mlp.predict_proba(Xt)
    out["MLP"] = _ndcg(split, net, by_class)
    ranks = np.apply_along_axis(rankdata, 0, base) + np.apply_along_axis(rankdata, 0, net)
    out["MLP + model, rank average"] = _ndcg(split, ranks, by_class)
    out["MLP + model, probability average"] = _ndcg(split, base + net, by_class)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    warnings.filterwarnings("ignore", category=ConvergenceWarning)  # 30 epochs is the setting, not a failure
    parser = argparse.ArgumentParser(description="专业匹配模型的其他做法（验证集与测试集）")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default="VH,VB,beijing,henan")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    train, vals = validation_sets(rows)
    results: dict[str, dict[str, float]] = {}
    for name in args.sets.split(","):
        if name in vals:
            qrels = qrels_for(vals[name], catalog)
            split = Split(name, train, vals[name], [catalog.majors[c] for c in qrels], qrels)
        else:
            split = make_split(name, rows, catalog)
        results[name] = measure(split, catalog, names)
        print(name, {k: round(v, 4) for k, v in results[name].items()}, flush=True)
    sets = list(results)
    print("| variant | " + " | ".join(sets) + " |\n|---|" + "---|" * len(sets))
    for variant in results[sets[0]]:
        print(f"| {variant} | " + " | ".join(f"{results[s][variant]:.3f}" for s in sets) + " |")
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
