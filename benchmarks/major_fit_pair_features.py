"""Can features of the (major, post) pair re-rank the model's list for one major?

Run: ``.venv/bin/python -m benchmarks.major_fit_pair_features [--data ../shared/data] [--sets val,beijing,henan]``

The model gives one score per class, so every major of a class gets the same ranking of
posts. Features of the pair could separate siblings: the post's text names the major
itself, names the class, names a sibling major but not this one, and the character
similarity of the major's name to the text. A logistic regression over these and the
logit of the class probability is fitted on pairs of the TRAINING posts, scored by
out-of-fold models (3 folds by parent employer, as in ``major_fit_indomain``): for every
major with ≥ 5 admitting training posts, its top ``--candidates`` posts by the class
column, labelled relevant as in the evaluation. Each variant re-ranks the same candidates
of the held-out posts (validation sets VH and VB of ``major_fit_validation``, and the test
splits of ``major_fit_eval``); the table gives NDCG@10 and the fitted coefficients.
Nothing is chosen on the test columns.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from benchmarks.major_fit_eval import Split, fit_model, make_split
from benchmarks.major_fit_indomain import out_of_fold_proba
from benchmarks.major_fit_validation import qrels_for, validation_sets
from features.catalog import Major, MajorCatalog
from matching.evaluation import mean_metrics
from matching.major_fit import job_text
from service.training_data import DEFAULT_DATA, load_labelled

FEATURES = ("logit P(class)", "names the major", "names the class", "names a sibling, not the major",
            "char cosine of the name")
VARIANTS = {"model alone": (0,), "+ names the major": (0, 1), "+ names the class": (0, 2),
            "+ names a sibling": (0, 3), "+ name cosine": (0, 4), "all five": (0, 1, 2, 3, 4)}


class PairFeatures:
    """Features of (major, post) pairs for the top candidates of each major's class column."""

    def __init__(self, catalog: MajorCatalog, training_texts: Sequence[str], candidates: int):
        self.catalog = catalog
        self.candidates = candidates
        self.names = [(m.code, m.name) for m in catalog.majors.values() if len(m.name) >= 2]
        self.vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True, min_df=2)
        self.vectorizer.fit(["".join(t.split()) for t in training_texts])

    def build(self, majors: Sequence[Major], proba: np.ndarray, column: Callable[[str], int | None],
              texts: Sequence[str]) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """(features, [(major index, post index)]) for each major's top candidates."""
        named = [{code for code, name in self.names if name in text} for text in texts]
        docs = self.vectorizer.transform(["".join(t.split()) for t in texts])
        cosine = np.asarray((self.vectorizer.transform([m.name for m in majors]) @ docs.T).todense())
        rows, pairs = [], []
        for q, major in enumerate(majors):
            j = column(major.class_code)
            scores = proba[:, j] if j is not None else np.zeros(len(texts))
            siblings = {c for c in self.catalog.majors if c[:4] == major.class_code and c != major.code}
            class_word = self.catalog.classes[major.class_code].name.removesuffix("类")
            for p in np.argsort(-scores, kind="stable")[: self.candidates]:
                c = min(max(float(scores[p]), 1e-4), 1 - 1e-4)
                rows.append((np.log(c / (1 - c)), major.code in named[p],
                             len(class_word) >= 2 and class_word in texts[p],
                             bool(named[p] & siblings) and major.code not in named[p], cosine[q, p]))
                pairs.append((q, int(p)))
        return np.array(rows, dtype=float), pairs


def ndcg_at_10(pairs, scores, ids, majors, qrels) -> float:
    ranked: dict[int, list[tuple[float, int]]] = {}
    for (q, p), s in zip(pairs, scores):
        ranked.setdefault(q, []).append((s, p))
    runs = {majors[q].code: [ids[p] for _, p in sorted(v, key=lambda t: -t[0])][:100] for q, v in ranked.items()}
    return mean_metrics(runs, qrels)["NDCG@10"]


def run_setting(train, held_out: dict, catalog, names, candidates: int) -> dict[str, dict[str, float]]:
    """Fit the pair regressions on ``train``'s out-of-fold pairs; NDCG@10 per held-out set and variant."""
    model = fit_model(Split("train", train, [], [], {}), catalog, names, progress=False)
    labelled, oof = out_of_fold_proba(train, catalog, names, model.labels_)
    features = PairFeatures(catalog, [job_text(r.job) for r in train], candidates)
    relevant = qrels_for(labelled, catalog, min_relevant=5)
    majors = [catalog.majors[code] for code in relevant]
    X, pairs = features.build(majors, oof, model.label_index, [job_text(r.job) for r in labelled])
    y = np.array([labelled[p].job.id in relevant[majors[q].code] for q, p in pairs])
    fits = {name: LogisticRegression(C=1.0, max_iter=1000).fit(X[:, cols], y) for name, cols in VARIANTS.items()}
    print(f"  {len(y)} training pairs, {y.mean():.1%} relevant; coefficients: " + "; ".join(
        f"{name}: {np.round(fits[name].coef_[0], 2).tolist()}" for name in VARIANTS), flush=True)
    out = {}
    for set_name, (rows, qrels) in held_out.items():
        test_majors = [catalog.majors[c] for c in qrels]
        Xt, test_pairs = features.build(test_majors, model.predict_proba([r.job for r in rows]), model.label_index,
                                        [job_text(r.job) for r in rows])
        ids = [r.job.id for r in rows]
        out[set_name] = {name: ndcg_at_10(test_pairs, fits[name].decision_function(Xt[:, cols]), ids, test_majors, qrels)
                         for name, cols in VARIANTS.items()}
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="专业匹配模型：专业—岗位成对特征的重排序")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", default="val,beijing,henan")
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    results: dict[str, dict[str, float]] = {}
    for setting in args.sets.split(","):
        print(f"setting {setting}", flush=True)
        if setting == "val":
            train, sets = validation_sets(rows)
            held_out = {name: (v, qrels_for(v, catalog)) for name, v in sets.items()}
        else:
            split = make_split(setting, rows, catalog)
            train, held_out = split.train, {setting: (split.test, split.qrels)}
        results.update(run_setting(train, held_out, catalog, names, args.candidates))
    columns = list(results)
    print("| variant | " + " | ".join(columns) + " |\n|---|" + "---|" * len(columns))
    for name in VARIANTS:
        print(f"| {name} | " + " | ".join(f"{results[c][name]:.3f}" for c in columns) + " |")
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
