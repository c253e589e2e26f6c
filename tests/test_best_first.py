"""``matching.selection.best_first``: descending score, equal scores in tie-break order,
whatever the input order — also when the tie straddles the ``want`` cut (a job edit shifts
positions, and a cached result must equal ranking again)."""

from __future__ import annotations

import numpy as np
import pytest

from matching.selection import best_first


def ids_in_order(scores, ids, want):
    tiebreak = np.argsort(np.argsort(np.array(ids), kind="stable"))
    return [ids[j] for j in best_first(np.array(scores, dtype=np.float32), want=want, tiebreak=tiebreak)]


@pytest.mark.parametrize("want", [1, 2, 3, 4, 6])
def test_a_tie_at_the_cut_is_broken_by_id_in_every_input_order(want):
    ids = ["J1", "J2", "J3", "J4", "J5", "J6"]
    scores = [0.5, 0.3, 0.3, 0.3, 0.1, 0.3]
    expected = ["J1", "J2", "J3", "J4", "J6", "J5"]
    rng = np.random.default_rng(7)
    for _ in range(50):
        order = rng.permutation(len(ids))
        assert ids_in_order([scores[i] for i in order], [ids[i] for i in order], want) == expected


def test_a_tie_of_equal_float32_scores_at_the_cut_of_a_long_list():
    # The shape the matcher met: among hundreds of pre-filtered posts, two with the same
    # score compete for the last of two places on the not-eligible list.
    n = 400
    ids = [f"XJ{n_:06d}" for n_ in range(n)]
    scores = np.linspace(0.01, 0.09, n).astype(np.float32)
    scores[[104, 110]] = np.float32(0.2)
    scores[88] = np.float32(0.3)
    for shift in range(0, 12):
        order = np.roll(np.arange(n), shift)
        got = ids_in_order(scores[order], [ids[i] for i in order], 2)
        assert got[:3] == ["XJ000088", "XJ000104", "XJ000110"]


def test_infinite_scores_come_last_and_everything_is_yielded_once():
    scores = [-np.inf, 0.2, -np.inf, 0.2]
    got = ids_in_order(scores, ["A", "B", "C", "D"], 1)
    assert got == ["B", "D", "A", "C"]
