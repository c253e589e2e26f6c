"""Which cached recommendations a job edit keeps (``service.api.matching.Matcher``).

A job edit keeps the cached results it cannot change: every cached graduate is scored
against the edited jobs only (before and after the edit), and a result is dropped only if
it names one of them or one of them reaches its ``SelectionBounds`` (the lowest score its
selection looked at). Pair scores do not depend on the other jobs, so the kept results are
exactly what ranking again would give. Large batches (more than the matcher's
``incremental_limit`` jobs) and refits drop everything, as scoring them would cost about as
much as re-ranking.

An entry is the matcher's cache entry of one graduate: (cache key, (version, graduate,
result, bounds)), the key being ``matcher_warming.result_key`` (the graduate id, or the id with
the withheld fields for the graduate's own view).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.selection import bounds_reached

Entry = tuple[str | tuple, tuple]


def reached(ranker, entries: Sequence[Entry], ids: set[str]) -> dict[str | tuple, bool]:
    """Cache key → whether one of the jobs ``ids``, as ``ranker``'s index holds them now,
    reaches the bounds of the graduate's cached selection."""
    index = ranker.index_
    columns = np.array(sorted(p for i in ids if (p := index.position(i)) is not None), dtype=np.int64)
    if len(columns) == 0 or not entries:
        return {gid: False for gid, _ in entries}
    out: dict[str | tuple, bool] = {}
    block = ranker.block_size
    for start in range(0, len(entries), block):
        chunk = entries[start:start + block]
        scores = ranker.score([e[1] for _, e in chunk], columns)
        hits = bounds_reached([e[3] for _, e in chunk], scores)
        out.update((gid, bool(hit)) for (gid, _), hit in zip(chunk, hits))
    return out


def unchanged(entries: Sequence[Entry], ids: set[str], before: dict[str | tuple, bool] | None,
              after: dict[str | tuple, bool] | None) -> list[Entry]:
    """The entries an edit of the jobs ``ids`` cannot have changed: those that name none of
    them and that none of them reaches, before the edit (``before``) or after it (``after``;
    ``None`` for either: none)."""
    if before is None or after is None:
        return []
    kept = []
    for gid, entry in entries:
        result = entry[2]
        # The bounds imply this; checking the names too costs nothing and does not rest on
        # float comparisons.
        named = any(s.job_id in ids for s in result.suggestions) or any(r.job_id in ids for r in result.rejected)
        if not (named or before.get(gid, True) or after.get(gid, False)):
            kept.append((gid, entry))
    return kept
