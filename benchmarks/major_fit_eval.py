"""Major-fit evaluation on held-out regions of the shared position tables.

Run: ``.venv/bin/python -m benchmarks.major_fit_eval [--data ../shared/data] [--splits beijing,henan]``

Splits (the test region never appears in training; the major column is hidden from every
ranker, which sees only title, employer, category and description):
  (a) beijing: train on Henan 2026 + non-Beijing gkld, test on the Beijing gkld positions;
  (b) henan:   train on all gkld, test on the Henan 2026 positions.
Test positions: those whose requirement lists 本科 majors (the ground truth is known).
Graduates: one per catalog major with ≥ 5 admitting test positions; relevance 1 when the
position admits the major's 6-digit code or its 4-digit class (a 门类-only admission does
not count, as in the findings notes). Methods: random, BM25 (bm25s, jieba tokens, query =
major name), char 1–3-gram TF-IDF cosine, the project's major-fit model, and the Ranker
(with the model) when ``matching.ranker`` is available.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from features.catalog import Major, MajorCatalog
from features.records import Job
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel, class_terms
from service.resources import load_major_catalog, load_segmenter
from service.training_data import DEFAULT_DATA, LabelledJob, is_beijing, load_labelled, training_examples


@dataclass
class Split:
    name: str
    train: list[LabelledJob]
    test: list[LabelledJob]
    graduates: list[Major]
    qrels: dict[str, dict[str, float]]  # major code → job id → 1


def make_split(name: str, rows: Sequence[LabelledJob], catalog: MajorCatalog, *, min_relevant: int = 5,
               count_categories: bool = False) -> Split:
    """``count_categories``: a position that admits the major's whole 门类 (``工学（08）``) is
    relevant too (graduates stay those of the default relevance, so runs compare)."""
    if name == "beijing":
        in_test = [is_beijing(r.region) and r.job.id.startswith("gkld") for r in rows]
    elif name == "henan":
        in_test = [r.job.id.startswith("henan") for r in rows]
    else:
        raise ValueError(f"unknown split {name!r}")
    train = [r for r, t in zip(rows, in_test) if not t and r.labels]
    test = [r for r, t in zip(rows, in_test) if t and r.requirement.admits_undergrad_keys()]
    qrels: dict[str, dict[str, float]] = {}
    graduates = []
    for major in catalog.majors.values():
        rel = {r.job.id: 1.0 for r in test
               if {major.code, major.class_code} & r.requirement.admits_undergrad_keys()}
        if len(rel) >= min_relevant:
            if count_categories:
                rel = {r.job.id: 1.0 for r in test
                       if {major.code, major.class_code, major.class_code[:2]} & r.requirement.admits_undergrad_keys()}
            qrels[major.code] = rel
            graduates.append(major)
    return Split(name, train, test, graduates, qrels)


def _top(scores: np.ndarray, ids: Sequence[str], k: int = 100) -> list[str]:
    # Stable order on ties (job order) so that runs are reproducible.
    order = np.argsort(-scores, kind="stable")[:k]
    return [ids[i] for i in order]


def run_random(split: Split, seed: int = 0) -> dict[str, list[str]]:
    rng = np.random.default_rng(seed)
    ids = [r.job.id for r in split.test]
    return {m.code: _top(rng.random(len(ids)), ids) for m in split.graduates}


def _doc(job: Job) -> str:
    return " ".join(x for x in (job.title, job.employer or "", job.description) if x)


def run_bm25(split: Split) -> dict[str, list[str]]:
    import bm25s
    import jieba

    tokenizer = jieba.Tokenizer()
    ids = [r.job.id for r in split.test]
    corpus = [[t for t in tokenizer.lcut(_doc(r.job)) if t.strip()] for r in split.test]
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    runs = {}
    for major in split.graduates:
        query = [t for t in tokenizer.lcut(major.name) if t.strip()]
        runs[major.code] = _top(retriever.get_scores(query), ids)
    return runs


def run_char_tfidf(split: Split) -> dict[str, list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = [r.job.id for r in split.test]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
    docs = vec.fit_transform(["".join(_doc(r.job).split()) for r in split.test])
    queries = vec.transform([m.name for m in split.graduates])
    scores = (queries @ docs.T).toarray()
    return {m.code: _top(scores[i], ids) for i, m in enumerate(split.graduates)}


def fit_model(split: Split, catalog: MajorCatalog, names: dict[str, set[str]], **params) -> MajorFitModel:
    """The model exactly as ``jobmatch train`` builds it, on the split's training rows."""
    model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog), **params)
    return model.fit(*training_examples(split.train, catalog, names))


def run_model(split: Split, model: MajorFitModel) -> dict[str, list[str]]:
    ids = [r.job.id for r in split.test]
    proba = model.predict_proba([r.job for r in split.test])
    runs = {}
    for major in split.graduates:
        j = model.label_index(major.code)
        scores = proba[:, j] if j is not None else np.zeros(len(ids))
        runs[major.code] = _top(scores, ids)
    return runs


def run_ranker(split: Split, model: MajorFitModel) -> dict[str, list[str]] | None:
    """The full Ranker with the model, majors columns hidden; None if the Ranker is absent."""
    try:
        from matching.ranker import Ranker
    except ImportError:
        return None
    import dataclasses

    from features.records import Graduate

    jobs = [dataclasses.replace(r.job, majors_text=None) for r in split.test]
    ranker = Ranker(catalog=load_major_catalog(), segmenter=load_segmenter(), major_fit=model).fit(jobs)
    graduates = [Graduate(id=m.code, major=m.name, major_code=m.code) for m in split.graduates]
    results = ranker.rank(graduates, k=100, rejected_k=0)
    return {g.graduate_id: [s.job_id for s in g.suggestions] for g in results}


def table_row(*cells: str, metrics: dict[str, float], note: str = "") -> str:
    """A markdown row: the given cells, then NDCG@10 (with ``note``), P@10, MAP@100, Recall@100."""
    return "| " + " | ".join([*cells, f"{metrics['NDCG@10']:.3f}{note}",
                              *(f"{metrics[k]:.3f}" for k in ("P@10", "MAP@100", "Recall@100"))]) + " |"


def evaluate(split: Split, methods: dict[str, Callable[[], dict[str, list[str]] | None]]) -> dict[str, dict]:
    out = {}
    for label, method in methods.items():
        start = time.perf_counter()
        runs = method()
        if runs is None:
            continue
        out[label] = {**mean_metrics(runs, split.qrels), "seconds": time.perf_counter() - start}
    return out


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="专业匹配模型的跨地区评测")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--splits", default="beijing,henan")
    parser.add_argument("--record", type=Path, help="model folder whose manifest gets these figures (models/major_fit)")
    parser.add_argument("--count-categories", action="store_true",
                        help="a position admitting the major's whole 门类 counts as relevant too")
    args = parser.parse_args(argv)
    if args.record and args.count_categories:
        parser.error("--record keeps the default relevance only")
    started = time.perf_counter()
    catalog, names, rows = load_labelled(args.data)
    recorded: dict[str, dict] = {}
    lines = ["| split | method | NDCG@10 | P@10 | MAP@100 | Recall@100 |", "|---|---|---|---|---|---|"]
    for name in args.splits.split(","):
        split = make_split(name, rows, catalog, count_categories=args.count_categories)
        print(f"split {name}: train {len(split.train)} positions, test {len(split.test)} positions, "
              f"{len(split.graduates)} graduates (majors)", flush=True)
        fit_start = time.perf_counter()
        model = fit_model(split, catalog, names, progress=False)
        print(f"  model fitted in {time.perf_counter() - fit_start:.0f}s", flush=True)
        results = evaluate(split, {
            "random": lambda: run_random(split),
            "BM25": lambda: run_bm25(split),
            "char TF-IDF": lambda: run_char_tfidf(split),
            "major-fit model": lambda: run_model(split, model),
            "Ranker + model": lambda: run_ranker(split, model),
        })
        recorded[name] = {"train_positions": len(split.train), "test_positions": len(split.test),
                          "graduates": len(split.graduates),
                          **{label: {k: round(v, 4) for k, v in m.items()} for label, m in results.items()}}
        bm25 = results["BM25"]["NDCG@10"]
        for label, m in results.items():
            ratio = f" ({m['NDCG@10'] / bm25:.1f}× BM25)" if label not in ("random", "BM25") and bm25 else ""
            lines.append(table_row(name, label, metrics=m, note=ratio))
    print("\n".join(lines))
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")
    if args.record:
        from service.model_store import update_metrics

        update_metrics(args.record, {"protocol": "benchmarks/major_fit_eval.py (held-out regions, same hyperparameters)",
                                     **recorded})


if __name__ == "__main__":
    main()
