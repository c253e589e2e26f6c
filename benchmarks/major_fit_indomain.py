"""How far is the held-out figure from what the same model reaches WITH the test region's labels?

Run: ``.venv/bin/python -m benchmarks.major_fit_indomain [--data ../shared/data] [--splits beijing,henan]``

``benchmarks/major_fit_eval.py`` trains without the test region. Here, for the same test
positions, graduates and relevance, the test region's own labelled positions are split into
``--folds`` groups by parent employer (so that posts of one employer never sit on both sides),
and each group is scored by the model trained on the split's training rows PLUS the other
groups. The result bounds what more training data "like the test region" could buy this
model family: if even in-region supervision stays under a target, no choice of the other
regions' data will reach it.

A second row scores with the truth of the class level: 1 when the position admits the
major's class in any way (the whole class, or some of its majors), else 0. It is the
ceiling of any model with one score per class (``MajorFitModel``'s columns): such a model
cannot tell 会计学 from 市场营销 when a position lists 会计学 alone.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks.major_fit_eval import Split, _top, fit_model, make_split, table_row
from matching.evaluation import mean_metrics
from service.training_data import DEFAULT_DATA, LabelledJob, is_beijing, load_labelled


def parent_employer(row: LabelledJob) -> str:
    """The employer's last word: gkld joins 工作单位 and 上级单位, Henan has one name."""
    words = (row.job.employer or "").split()
    return words[-1] if words else row.job.id


def fold_of(row: LabelledJob, folds: int) -> int:
    # A hash, not Python's salted hash(): the same fold on every run.
    return int(hashlib.sha256(parent_employer(row).encode()).hexdigest(), 16) % folds


def out_of_fold_proba(train: Sequence[LabelledJob], catalog, names, labels: Sequence[str],
                      folds: int = 3) -> tuple[list[LabelledJob], np.ndarray]:
    """The training posts that list 本科 majors, each scored by a model fitted without its
    fold (folds by parent employer, so that a post's near-duplicates are not in its own
    fold's model); columns in the order of ``labels`` (0 where a fold's model lacks one)."""
    labelled = [r for r in train if r.requirement.admits_undergrad_keys()]
    proba = np.zeros((len(labelled), len(labels)), dtype=np.float32)
    for fold in range(folds):
        model = fit_model(Split("fold", [r for r in train if fold_of(r, folds) != fold], [], [], {}),
                          catalog, names, progress=False)
        held = [i for i, r in enumerate(labelled) if fold_of(r, folds) == fold]
        scores = model.predict_proba([labelled[i].job for i in held])
        own = {code: j for j, code in enumerate(model.labels_)}
        for j, code in enumerate(labels):
            if code in own:
                proba[held, j] = scores[:, own[code]]
    return labelled, proba


def region_rows(name: str, rows: Sequence[LabelledJob]) -> list[LabelledJob]:
    if name == "beijing":
        return [r for r in rows if r.labels and r.job.id.startswith("gkld") and is_beijing(r.region)]
    return [r for r in rows if r.labels and r.job.id.startswith("henan")]


def in_region_scores(split: Split, region: list[LabelledJob], catalog, names, folds: int) -> dict[str, list[str]]:
    ids = [r.job.id for r in split.test]
    scores: dict[str, np.ndarray] = {}
    model = None
    for f in range(folds):
        extra = [r for r in region if fold_of(r, folds) != f]
        held = [r for r in split.test if fold_of(r, folds) == f]
        model = fit_model(Split(split.name, split.train + extra, held, split.graduates, split.qrels),
                          catalog, names, progress=False)
        proba = model.predict_proba([r.job for r in held])
        scores.update({r.job.id: proba[i] for i, r in enumerate(held)})
        print(f"  fold {f + 1}/{folds}: +{len(extra)} in-region training positions, {len(held)} scored", flush=True)
    matrix = np.stack([scores[i] for i in ids])
    runs = {}
    for major in split.graduates:
        j = model.label_index(major.code)
        runs[major.code] = _top(matrix[:, j] if j is not None else np.zeros(len(ids)), ids)
    return runs


def class_oracle(split: Split) -> dict[str, list[str]]:
    ids = [r.job.id for r in split.test]
    reached = [{k[:4] for k in r.requirement.admits_undergrad_keys() if len(k) >= 4} for r in split.test]
    return {m.code: _top(np.array([m.class_code in c for c in reached], dtype=float), ids) for m in split.graduates}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="专业匹配模型：加入测试地区自身标注时的上限估计")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--splits", default="beijing,henan")
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    lines = ["| split | training | NDCG@10 | P@10 | MAP@100 | Recall@100 |", "|---|---|---|---|---|---|"]
    for name in args.splits.split(","):
        split = make_split(name, rows, catalog)
        print(f"split {name}: {len(split.test)} test positions, {len(split.graduates)} graduates", flush=True)
        o = mean_metrics(class_oracle(split), split.qrels)
        lines.append(table_row(name, "none: the class-level truth (ceiling of per-class scores)", metrics=o))
        m = mean_metrics(in_region_scores(split, region_rows(name, rows), catalog, names, args.folds), split.qrels)
        lines.append(table_row(name, f"other regions + {args.folds - 1}/{args.folds} of the region (by parent employer)",
                               metrics=m))
    print("\n".join(lines))
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
