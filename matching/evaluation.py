"""Ranking metrics for one ranked list against graded relevance judgements (qrels).

Definitions follow the usual IR conventions (Järvelin & Kekäläinen 2002, "Cumulated
gain-based evaluation of IR techniques", ACM TOIS 20(4); Manning, Raghavan & Schütze,
*Introduction to Information Retrieval*, ch. 8; trec_eval):

- ``ndcg_at_k``: DCG@k = Σ_{i=1..k} (2^{rel_i} − 1) / log2(i + 1), divided by the DCG@k of
  the ideal ordering of all judged relevances (0 when nothing is relevant).
- ``precision_at_k``: relevant items (rel > 0) in the top k, divided by k.
- ``average_precision_at_k`` (MAP@k when averaged): Σ over relevant ranks i ≤ k of
  P@i, divided by min(k, number of relevant items); 0 when nothing is relevant.
- ``recall_at_k``: relevant items in the top k divided by all relevant items.

``ranked`` is a sequence of item ids, best first; ``relevance`` maps item id → grade
(missing = 0). Each function is pure and works on one query; ``mean_metrics`` averages
over queries (every query in the qrels counts, also one with no ranked items).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence


def _gains(ranked: Sequence[str], relevance: Mapping[str, float], k: int) -> list[float]:
    return [float(relevance.get(item, 0.0)) for item in list(ranked)[:k]]


def ndcg_at_k(ranked: Sequence[str], relevance: Mapping[str, float], k: int = 10) -> float:
    def dcg(grades: Iterable[float]) -> float:
        return sum((2.0 ** g - 1.0) / math.log2(i + 2) for i, g in enumerate(grades))

    ideal = dcg(sorted((float(g) for g in relevance.values() if g > 0), reverse=True)[:k])
    return dcg(_gains(ranked, relevance, k)) / ideal if ideal > 0 else 0.0


def precision_at_k(ranked: Sequence[str], relevance: Mapping[str, float], k: int = 10) -> float:
    return sum(1 for g in _gains(ranked, relevance, k) if g > 0) / k


def average_precision_at_k(ranked: Sequence[str], relevance: Mapping[str, float], k: int = 100) -> float:
    n_relevant = sum(1 for g in relevance.values() if g > 0)
    if n_relevant == 0:
        return 0.0
    hits, total = 0, 0.0
    for i, g in enumerate(_gains(ranked, relevance, k), start=1):
        if g > 0:
            hits += 1
            total += hits / i
    return total / min(k, n_relevant)


def recall_at_k(ranked: Sequence[str], relevance: Mapping[str, float], k: int = 100) -> float:
    n_relevant = sum(1 for g in relevance.values() if g > 0)
    if n_relevant == 0:
        return 0.0
    return sum(1 for g in _gains(ranked, relevance, k) if g > 0) / n_relevant


class Metric(enum.Enum):
    """The metrics ``jobmatch evaluate`` reports, by display name."""

    NDCG_10 = "NDCG@10"
    P_10 = "P@10"
    MAP_100 = "MAP@100"
    RECALL_100 = "Recall@100"

    @property
    def function(self) -> Callable[[Sequence[str], Mapping[str, float]], float]:
        return {
            Metric.NDCG_10: lambda r, q: ndcg_at_k(r, q, 10),
            Metric.P_10: lambda r, q: precision_at_k(r, q, 10),
            Metric.MAP_100: lambda r, q: average_precision_at_k(r, q, 100),
            Metric.RECALL_100: lambda r, q: recall_at_k(r, q, 100),
        }[self]


def mean_metrics(runs: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, float]],
                 metrics: Sequence[Metric] = tuple(Metric)) -> dict[str, float]:
    """Average each metric over every query of ``qrels`` (a query missing from ``runs`` scores 0)."""
    if not qrels:
        return {m.value: 0.0 for m in metrics}
    out = {}
    for metric in metrics:
        values = [metric.function(runs.get(q, ()), rel) for q, rel in qrels.items()]
        out[metric.value] = sum(values) / len(values)
    return out
