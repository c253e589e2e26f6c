"""Tune the major-fit model on validation splits carved from the Beijing split's TRAINING data.

Run: ``.venv/bin/python -m benchmarks.major_fit_validation [--data ../shared/data] [--params '{"C": 4}' ...]``

The Beijing split of ``benchmarks/major_fit_eval.py`` tests on Beijing civil-service posts
(most with duty text). Nothing of Beijing is read here. Two validation sets are held out
of that split's training rows, and the model is trained on the rest:
  VH: Henan civil-service posts of five cities (title + employer, no description), the
      only civil-service posts in the training data;
  VB: gkld posts with a description from three provinces (江苏, 广东, 湖北; 事业单位,
      teachers, medical), the only training posts with duty text.
Relevance and graduates as in the evaluation (a major with ≥ 3 admitting validation posts).
For each parameter set (JSON, passed to ``MajorFitModel``), the scoring knobs
``title_only_weight`` × ``name_weight`` are varied without refitting; the table gives NDCG@10
on VH, VB and their mean. Hyperparameters of ``matching/major_fit.py`` were chosen on the mean.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.major_fit_eval import Split, _top, fit_model, make_split
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel, class_terms, major_names
from service.resources import load_segmenter
from service.training_data import DEFAULT_DATA, is_beijing, load_labelled, training_examples

HELD_CITIES = ("洛阳市", "南阳市", "安阳市", "开封市", "焦作市")
HELD_PROVINCES = ("江苏省", "广东省", "湖北省")
KNOBS = ((0.0, 0.0), (0.5, 0.0), (0.5, 0.2), (0.7, 0.2), (0.7, 0.4))


def validation_sets(rows):
    """(training rows, {name: validation rows}) — Beijing rows are never returned."""
    def held_city(r):
        return r.job.id.startswith("henan") and (r.job.employer or "").startswith(HELD_CITIES)

    def held_province(r):
        return r.job.id.startswith("gkld") and r.region.startswith(HELD_PROVINCES)

    beijing = [r.job.id.startswith("gkld") and is_beijing(r.region) for r in rows]
    train = [r for r, b in zip(rows, beijing) if r.labels and not b and not held_city(r) and not held_province(r)]
    vals = {
        "VH": [r for r in rows if held_city(r) and r.requirement.admits_undergrad_keys()],
        "VB": [r for r in rows if held_province(r) and r.job.description and r.requirement.admits_undergrad_keys()],
    }
    return train, vals


def qrels_for(val, catalog, min_relevant: int = 3):
    qrels = {}
    for major in catalog.majors.values():
        rel = {r.job.id: 1.0 for r in val if {major.code, major.class_code} & r.requirement.admits_undergrad_keys()}
        if len(rel) >= min_relevant:
            qrels[major.code] = rel
    return qrels


def named_splits(names: Sequence[str], rows, catalog) -> dict[str, Split]:
    """Splits by name, in the order given: ``VH`` and ``VB`` (validation, sharing one list of
    training rows, so a caller can fit once for both) and the held-out ``beijing``/``henan``."""
    out: dict[str, Split] = {}
    if {"VH", "VB"} & set(names):
        train, vals = validation_sets(rows)
        for name in ("VH", "VB"):
            qrels = qrels_for(vals[name], catalog)
            out[name] = Split(name, train, vals[name], [catalog.majors[c] for c in qrels], qrels)
    return {name: out[name] if name in out else make_split(name, rows, catalog) for name in names}


def score_splits(splits: dict[str, Split], fit: Callable[[Split], Any], score: Callable[[Any, Split], dict[str, float]]
                 ) -> dict[str, dict[str, float]]:
    """{split name: score(fit(split), split)}, fitting once per list of training rows (VH and VB
    share theirs), with each split's time on stdout."""
    results, fitted = {}, {}
    for name, split in splits.items():
        start = time.perf_counter()
        if id(split.train) not in fitted:
            fitted[id(split.train)] = fit(split)
        results[name] = score(fitted[id(split.train)], split)
        print(f"{name}: {time.perf_counter() - start:.0f}s", flush=True)
    return results


def variant_table(results: dict[str, dict[str, float]], names: Sequence[str], *, digits: int = 3,
                  mean: bool = True) -> str:
    """``results`` ({split: {variant: NDCG@10}}) as a Markdown table, a row per variant and a
    column per split in ``names``' order, and (with ``mean``) the VH/VB mean when both are there."""
    mean = mean and {"VH", "VB"} <= set(names)
    lines = ["| variant | " + " | ".join(names) + (" | VH/VB mean |" if mean else " |"),
             "|---|" + "---|" * (len(names) + mean)]
    for label in next(iter(results.values())):
        cells = [results[n][label] for n in names] + ([(results["VH"][label] + results["VB"][label]) / 2] if mean else [])
        lines.append(f"| {label} | " + " | ".join(f"{c:.{digits}f}" for c in cells) + " |")
    return "\n".join(lines)


def ndcg10(model: MajorFitModel, val, qrels) -> float:
    ids = [r.job.id for r in val]
    proba = model.predict_proba([r.job for r in val])
    runs = {}
    for code in qrels:
        j = model.label_index(code)
        scores = proba[:, j] if j is not None else np.zeros(len(ids))
        runs[code] = _top(scores, ids)
    return mean_metrics(runs, qrels)["NDCG@10"]


def class_column_ndcg10(scores: np.ndarray, classes: Sequence[str], split: Split) -> float:
    """NDCG@10 over ``split.qrels`` when every major is ranked by its class's column of ``scores``
    (test posts × ``classes``); a major whose class has no column gets an all-zero ranking."""
    column = {c: j for j, c in enumerate(classes)}
    ids = [r.job.id for r in split.test]
    runs = {code: _top(scores[:, column[code[:4]]] if code[:4] in column else np.zeros(len(ids)), ids)
            for code in split.qrels}
    return mean_metrics(runs, split.qrels)["NDCG@10"]


def variant_command(argv: Sequence[str] | None, *, description: str,
                    score: Callable[[Any, Split, Any, Any], dict[str, float]],
                    fit: Callable[[Split, Any, Any], Any] | None = None, default_settings: str = "VH,VB",
                    digits: int = 3, mean: bool = True) -> None:
    """The command line the variant benchmarks share: ``--data``, ``--settings`` (split names,
    comma-separated), then ``score(fit(split, catalog, names), split, catalog, names)`` per split
    (fitting once per training list; by default the shipped model via ``fit_model``), printed by
    ``variant_table`` with the total run time."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--settings", default=default_settings)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    wanted = args.settings.split(",")
    fit = fit or (lambda split, catalog, names: fit_model(split, catalog, names, progress=False))
    results = score_splits(named_splits(wanted, rows, catalog), fit=lambda split: fit(split, catalog, names),
                           score=lambda fitted, split: score(fitted, split, catalog, names))
    print(variant_table(results, wanted, digits=digits, mean=mean))
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="专业匹配模型的验证集调参（不读取北京测试岗位）")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--params", nargs="*", default=["{}"], help="JSON parameter sets for MajorFitModel")
    args = parser.parse_args(argv)
    catalog, names, rows = load_labelled(args.data)
    train, vals = validation_sets(rows)
    qrels = {k: qrels_for(v, catalog) for k, v in vals.items()}
    print(f"train {len(train)}; " + "; ".join(f"{k} {len(v)} posts, {len(qrels[k])} majors" for k, v in vals.items()))
    print("| params | title_only_weight | name_weight | VH | VB | mean |\n|---|---|---|---|---|---|")
    for text in args.params:
        start = time.perf_counter()
        model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog),
                              major_names=major_names(catalog), progress=False, **json.loads(text))
        model.fit(*training_examples(train, catalog, names))
        for t, n in KNOBS:
            model.set_params(title_only_weight=t, name_weight=n)
            vh, vb = (ndcg10(model, vals[k], qrels[k]) for k in ("VH", "VB"))
            print(f"| {text} | {t} | {n} | {vh:.4f} | {vb:.4f} | {(vh + vb) / 2:.4f} |", flush=True)
        print(f"<!-- {text}: {time.perf_counter() - start:.0f}s -->")


if __name__ == "__main__":
    main()
