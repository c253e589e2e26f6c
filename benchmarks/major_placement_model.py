"""Can the major-fit model place a non-catalog major name that neither the reference table nor the name finder places?

Run: ``.venv/bin/python -m benchmarks.major_placement_model [--data ../shared/data] [--folds 5]``

A graduate's 专科 or 研究生 major (光伏工程技术, 导游) is placed in an undergraduate class by the
reference table, else by ``NearestMajorFinder``'s name match; an unplaced one falls back to
text similarity. The major-fit model reads job text, and it was trained on catalog documents
and reference-table names too, so it can also read a major's name as a short text and give
its class probabilities. Measured on the shipped reference table's names (``reference_majors.json``,
whose classes are known), in ``--folds`` folds of names: each fold's names are removed from the
reference map that training reads (its catalog documents and the weak labels of 研究生/专科
requirements), the model is fitted on every labelled position, and then for each held-out
name:
  - the finder by name alone (the table does not know the name): placed or not, and right or not;
  - the model's reading of the name (``place_major_name``, any probability): its class's
    probability and whether it is right.
Printed: coverage and accuracy of the finder, of the model at several probability thresholds,
of the model on the names the finder leaves unplaced, and of the two chained either way.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from features.major_similarity import NearestMajorFinder
from matching.major_fit import MajorFitModel, class_terms, place_major_name
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog, load_major_reference, load_segmenter
from service.training_data import DEFAULT_DATA, labelled_jobs, reference_name_map, training_examples

THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="用专业匹配模型为目录外专业归类的准确率")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, tables = load_major_catalog(), load_major_code_tables()
    reference = load_major_reference()
    names_map = reference_name_map(args.data, catalog)
    held = sorted(reference)
    fold_of = {name: i % args.folds for i, name in enumerate(held)}
    finder = NearestMajorFinder().fit(catalog)
    rows = []  # (name, finder placed, finder right, model probability, model right)
    for fold in range(args.folds):
        fold_start = time.perf_counter()
        out = {n for n in held if fold_of[n] == fold}
        train_names = {k: v for k, v in names_map.items() if k not in out}
        labelled = [r for r in labelled_jobs(args.data, catalog, tables, train_names) if r.labels]
        model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog), progress=False)
        model.fit(*training_examples(labelled, catalog, train_names))
        for name in sorted(out):
            truth = set(reference[name])
            near = finder.find(name)
            read = place_major_name(model, name, catalog, min_probability=0.0)  # as the ranker reads it
            rows.append((name, near is not None, near is not None and near.class_code in truth,
                         read.similarity, read.class_code in truth))
        print(f"fold {fold}: {len(out)} names, {time.perf_counter() - fold_start:.0f}s", flush=True)

    n = len(rows)
    placed = [r for r in rows if r[1]]
    unplaced = [r for r in rows if not r[1]]
    print(f"\n{n} reference-table names (held out of training in {args.folds} folds)")
    print("| placement | names | placed | right among placed |\n|---|---|---|---|")
    print(f"| finder by name | {n} | {len(placed)} ({len(placed) / n:.0%}) | "
          f"{sum(r[2] for r in placed) / max(len(placed), 1):.0%} |")
    for subset, label in ((rows, "all names"), (unplaced, "names the finder leaves unplaced")):
        for t in THRESHOLDS:
            chosen = [r for r in subset if r[3] >= t]
            print(f"| model, probability ≥ {t}, {label} | {len(subset)} | {len(chosen)} ({len(chosen) / max(len(subset), 1):.0%}) | "
                  f"{sum(r[4] for r in chosen) / max(len(chosen), 1):.0%} |")
    print("\n| chain | threshold | placed | right among placed | right among all names |\n|---|---|---|---|---|")
    for t in THRESHOLDS[1:]:
        for label, first_model in (("finder, then model", False), ("model, then finder", True)):
            placed_n = right_n = 0
            for _, f_placed, f_right, prob, m_right in rows:
                use_model = prob >= t and (first_model or not f_placed)
                if use_model or f_placed:
                    placed_n += 1
                    right_n += m_right if use_model else f_right
            print(f"| {label} | {t} | {placed_n} ({placed_n / n:.0%}) | {right_n / max(placed_n, 1):.0%} | {right_n / n:.0%} |")
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
