"""How far one graduate's selection looked, and the order it looks in.

The ranker walks each graduate's jobs best first (``best_first``) until it has enough
suggestions; ``SelectionBounds`` records where it stopped, so that a caller keeping results
across job edits (``service.api.kept_results``) knows which edits could change them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from matching.pair_scores import PairScores


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
