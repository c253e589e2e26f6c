"""How much should the Ranker's text similarity count next to the major-fit model?

Run: ``.venv/bin/python -m benchmarks.major_fit_ranker_weights [--data ../shared/data] [--text 0,0.05,0.1,0.2,0.35]``

The Ranker adds ``ScoreWeights.text`` × the TF-IDF cosine between the graduate's query (major
name, its class name, intentions) and the job text to ``ScoreWeights.major`` × the model's
fit. For graduates who state only a major, as in the evaluation, the text part is the
similarity of the major's name to the job. This sweeps the text weight (the other weights
stay the defaults) and reports NDCG@10:
  - on the validation sets VH and VB of ``benchmarks/major_fit_validation.py`` (model trained
    on the Beijing split's training rows minus those sets; nothing of Beijing is read), where
    a choice would be made;
  - on the two held-out test splits of ``benchmarks/major_fit_eval.py``, for the record.
Graduates carry no intentions here, so the figures say nothing about the weight's other job,
matching the intentions a graduate writes.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.major_fit_eval import fit_model, make_split
from benchmarks.major_fit_validation import qrels_for, validation_sets
from features.catalog import MajorCatalog
from features.records import Graduate
from matching.evaluation import mean_metrics
from matching.major_fit import MajorFitModel, class_terms
from matching.ranker import Ranker
from matching.scoring import ScoreWeights
from service.resources import load_segmenter
from service.training_data import DEFAULT_DATA, LabelledJob, load_labelled, training_examples


def ranker_ndcg(model: MajorFitModel, catalog: MajorCatalog, test: Sequence[LabelledJob],
                qrels: dict[str, dict[str, float]], weights: ScoreWeights) -> float:
    jobs = [dataclasses.replace(r.job, majors_text=None) for r in test]
    ranker = Ranker(catalog=catalog, segmenter=load_segmenter(), major_fit=model, weights=weights).fit(jobs)
    graduates = [Graduate(id=code, major=catalog.major(code).name, major_code=code) for code in qrels]
    results = ranker.rank(graduates, k=100, rejected_k=0)
    return mean_metrics({g.graduate_id: [s.job_id for s in g.suggestions] for g in results}, qrels)["NDCG@10"]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="排序器中文本相似度权重的验证集评估")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--text", default="0,0.05,0.1,0.2,0.35", help="text weights to try (default weight: 0.35)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    weights = [float(t) for t in args.text.split(",")]
    catalog, names, rows = load_labelled(args.data)

    sets = {}
    train, vals = validation_sets(rows)
    model = MajorFitModel(segmenter=load_segmenter(), class_terms=class_terms(catalog), progress=False)
    model.fit(*training_examples(train, catalog, names))
    for name, val in vals.items():
        sets[name] = (model, val, qrels_for(val, catalog))
    for name in ("beijing", "henan"):
        split = make_split(name, rows, catalog)
        sets[name] = (fit_model(split, catalog, names, progress=False), split.test, split.qrels)

    print("| text weight | VH | VB | validation mean | beijing | henan |\n|---|---|---|---|---|---|")
    for text in weights:
        got = {name: ranker_ndcg(m, catalog, test, qrels, ScoreWeights(text=text))
               for name, (m, test, qrels) in sets.items()}
        print(f"| {text} | {got['VH']:.3f} | {got['VB']:.3f} | {(got['VH'] + got['VB']) / 2:.3f} | "
              f"{got['beijing']:.3f} | {got['henan']:.3f} |", flush=True)
    print(f"\ntotal run time: {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
