"""What the job and graduate generators share (``generate.py``, ``graduate_rows.py``): the season the
samples are for and the weighted draw both make."""

from __future__ import annotations

import random

GRADUATION_YEAR = 2026


def pick(rng: random.Random, pairs):
    """Weighted choice from ``(value, weight)`` pairs."""
    values, weights = zip(*pairs)
    return rng.choices(values, weights=weights, k=1)[0]
