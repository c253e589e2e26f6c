"""Would knowing a post's listing style lift the major-fit ranking, and can the text tell it?

Run: ``.venv/bin/python -m benchmarks.major_fit_listing_style [--data ../shared/data] [--splits beijing,henan]``

A post either admits some class or 门类 whole (``计算机类``, ``工学``) or names only
single majors (``计算机科学与技术、软件工程``). The model scores classes, so for a graduate of
a rarely listed major (数据科学与大数据技术) a post that names only the popular majors of the
class ranks as high as one that admits the whole class. Decomposed:

    score(major, post) = P(class | post) × (style + (1 − style) × share(major))

with ``share`` = how often the major is named among training posts that name only some
majors of its class (add-½ smoothed), and ``style`` ∈ [0, 1] the chance that the post admits
whole classes. Three rows per split, same test positions, graduates and relevance as
``benchmarks/major_fit_eval.py``:
  - the held-out model alone (style = 1 everywhere: the decomposition is then the model);
  - the decomposition with the TRUE style of each test post (an oracle: its upper bound);
  - the decomposition with a style learned from the training posts' text (logistic
    regression on the model's own features), and that classifier's ROC AUC on the test posts;
  - the same with a style learned from the shape of the post's class probabilities (top
    scores, their sum and entropy: a specialised post may list single majors, a generic one
    admit classes whole), fitted on out-of-fold probabilities of the training posts (3 folds
    by parent employer) with gradient boosting.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from benchmarks.major_fit_eval import Split, _top, fit_model, make_split, table_row
from benchmarks.major_fit_indomain import out_of_fold_proba
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel
from service.training_data import DEFAULT_DATA, LabelledJob, load_labelled


def admits_whole(row: LabelledJob) -> bool:
    """The post admits at least one class (4 digits) or 门类 (2 digits) whole."""
    return any(len(k) <= 4 for k in row.requirement.admits_undergrad_keys())


def listed_shares(train: Sequence[LabelledJob]) -> Callable[[str], float]:
    """Major code → share of the training posts naming only some majors of its class that name it."""
    partial: Counter[str] = Counter()
    listed: Counter[str] = Counter()
    for row in train:
        keys = row.requirement.admits_undergrad_keys()
        majors = {k for k in keys if len(k) == 6}
        for klass in {k[:4] for k in majors} - keys:
            partial[klass] += 1
            listed.update(k for k in majors if k.startswith(klass))

    def share(code: str) -> float:
        return (listed[code] + 0.5) / (partial[code[:4]] + 1)
    return share


def decomposed_runs(split: Split, model: MajorFitModel, proba: np.ndarray, style: np.ndarray,
                    share: Callable[[str], float]) -> dict[str, list[str]]:
    ids = [r.job.id for r in split.test]
    runs = {}
    for major in split.graduates:
        j = model.label_index(major.class_code)
        if j is None:
            runs[major.code] = _top(np.zeros(len(ids)), ids)
            continue
        runs[major.code] = _top(proba[:, j] * (style + (1.0 - style) * share(major.code)), ids)
    return runs


def learned_style(split: Split, model: MajorFitModel) -> np.ndarray:
    train = [r for r in split.train if r.requirement.admits_undergrad_keys()]
    classifier = LogisticRegression(C=1.0, solver="liblinear", random_state=0)
    classifier.fit(model.transform([r.job for r in train]), [admits_whole(r) for r in train])
    return classifier.predict_proba(model.transform([r.job for r in split.test]))[:, 1]


def probability_profile(proba: np.ndarray) -> np.ndarray:
    """Per post: its 8 highest class probabilities, their sum, counts above 0.2 and 0.5,
    the entropy of the normalised scores and the log ratio of the top two."""
    top = -np.sort(-proba, axis=1)
    shares = proba / np.maximum(proba.sum(axis=1, keepdims=True), 1e-12)
    entropy = -(shares * np.log(shares + 1e-12)).sum(axis=1)
    return np.column_stack([top[:, :8], proba.sum(axis=1), (proba > 0.2).sum(axis=1), (proba > 0.5).sum(axis=1),
                            entropy, np.log((top[:, 0] + 1e-6) / (top[:, 1] + 1e-6))])


def profile_style(split: Split, catalog, names, model: MajorFitModel, test_proba: np.ndarray) -> np.ndarray:
    """Style from the class-probability profile; the training profiles are out-of-fold
    (``major_fit_indomain.out_of_fold_proba``: folds by parent employer)."""
    labelled, proba = out_of_fold_proba(split.train, catalog, names, model.labels_)
    classifier = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
    classifier.fit(probability_profile(proba), [admits_whole(r) for r in labelled])
    return classifier.predict_proba(probability_profile(test_proba))[:, 1]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="专业匹配模型：岗位“整类招收/仅列专业”信息的价值")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--splits", default="beijing,henan")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    lines = ["| split | style | NDCG@10 | P@10 | MAP@100 | Recall@100 |", "|---|---|---|---|---|---|"]
    for name in args.splits.split(","):
        split = make_split(name, rows, catalog)
        model = fit_model(split, catalog, names, progress=False)
        proba = model.predict_proba([r.job for r in split.test])
        truth = np.array([admits_whole(r) for r in split.test], dtype=float)
        shares = listed_shares(split.train)
        learned = learned_style(split, model)
        auc = roc_auc_score(truth, learned)
        profiled = profile_style(split, catalog, names, model, proba)
        profile_auc = roc_auc_score(truth, profiled)
        print(f"split {name}: {len(split.test)} test positions, {truth.mean():.0%} admit a class whole; "
              f"style ROC AUC {auc:.3f} from the text, {profile_auc:.3f} from the probability profile", flush=True)
        for label, style in (("none (the model alone)", np.ones(len(truth))),
                             ("true style of each post (oracle)", truth),
                             (f"learned from the text (ROC AUC {auc:.3f})", learned),
                             (f"learned from the probability profile (ROC AUC {profile_auc:.3f})", profiled)):
            m = mean_metrics(decomposed_runs(split, model, proba, style, shares), split.qrels)
            lines.append(table_row(name, label, metrics=m))
    print("\n".join(lines))
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
