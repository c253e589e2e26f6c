"""How far one graduate's selection looked, and the order it looks in.

The ranker walks each graduate's jobs best first (``best_first``) until it has enough
suggestions; ``SelectionBounds`` records where it stopped, so that a caller keeping results
across job edits (``service.api.kept_results``) knows which edits could change them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from matching.pair_scores import PairScores

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SelectionBounds:
    """Where one graduate's selection stopped, in raw total scores.

    ``examined``: the lowest open (not pre-filtered) score the selection looked at before it
    had enough suggestions or checks; ``-inf`` when it looked at every open job.
    ``rejected``: the lowest score in the full list of not-eligible jobs; ``-inf`` when that
    list is not full, ``+inf`` when none are asked for.
    A job added, changed or removed changes the result only if the result names it, or if
    its score (before or after the change) reaches the bound of its kind: open jobs
    ``examined``, pre-filtered ones ``rejected`` (equal scores count, as ties are broken by id).
    """

    examined: float
    rejected: float


def bounds_reached(bounds: Sequence[SelectionBounds], scores: PairScores) -> np.ndarray:
    """For each graduate (row of ``scores``, the changed jobs as columns, scored before or
    after the change): does any of those jobs reach the graduate's bounds?"""
    examined = np.array([b.examined for b in bounds], dtype=np.float64)[:, None]
    rejected = np.array([b.rejected for b in bounds], dtype=np.float64)[:, None]
    total, blocked = scores.total.astype(np.float64), scores.blocked
    return ((~blocked & (total >= examined)) | (blocked & (total >= rejected))).any(axis=1)


def best_first(scores: np.ndarray, *, want: int, tiebreak: np.ndarray) -> Iterable[int]:
    """Indices in descending score, equal scores in ``tiebreak`` order (so that the
    order of the input never decides): the top ``want`` by partial sort, then the rest."""
    n = scores.shape[0]
    if n == 0:
        return
    want = min(want, n)
    if want < n:
        # Every job tied with the ``want``-th score joins the top: argpartition alone would
        # pick among them by input order, which a job edit shifts.
        boundary = -np.partition(-scores, want - 1)[want - 1]
        top = np.flatnonzero(scores >= boundary)
    else:
        top = np.arange(n)
    top = top[np.lexsort((tiebreak[top], -scores[top]))]
    yield from top.tolist()
    if want < n:
        rest = np.setdiff1d(np.arange(n), top, assume_unique=True)
        rest = rest[np.lexsort((tiebreak[rest], -scores[rest]))]
        yield from rest.tolist()


def best_weighed(scores: np.ndarray, *, k: int, want: int, tiebreak: np.ndarray,
                 weigh: Callable[[int], tuple[float, T] | None],
                 max_checks: int | None = None) -> tuple[list[tuple[float, int, T]], float]:
    """The ``k`` best ``(weighed score, index, payload)`` by weighed score (ties by ``tiebreak``),
    walking ``scores`` best first (``-inf``: closed, never weighed). ``weigh(i)`` checks one
    index: ``None`` leaves it out, else its weighed score, which is at most its score (a 待核实
    post ranks at a share of it: ``ScoreWeights.needs_review``). So the walk goes on past the
    ``k``-th kept until no index left could pass the ``k``-th weighed score even unweighed, or
    after ``max_checks`` weighings.

    Also returns the lowest score the walk looked at before it stopped (``SelectionBounds.examined``):
    ``-inf`` when it looked at every open index."""
    kept: list[tuple[float, int, T]] = []  # best first, at most k
    order = lambda entry: (-entry[0], tiebreak[entry[1]])  # noqa: E731
    checked = 0
    last = np.inf
    for i in best_first(scores, want=want, tiebreak=tiebreak):
        full = len(kept) >= k
        kth = kept[k - 1][0] if full else -np.inf
        # (Equal scores rank by tiebreak, so one tied with the k-th and after it cannot pass it.)
        passed = full and (kth > scores[i] or (kth == scores[i] and tiebreak[kept[k - 1][1]] < tiebreak[i]))
        if passed or (max_checks is not None and checked >= max_checks):
            return kept, (min(last, kth) if full else last)
        checked += 1
        if not np.isfinite(scores[i]):
            break
        last = float(scores[i])
        weighed = weigh(i)
        if weighed is None:
            continue
        bisect.insort(kept, (weighed[0], i, weighed[1]), key=order)
        del kept[k:]  # one past the k-th never comes back
    return kept, -np.inf
