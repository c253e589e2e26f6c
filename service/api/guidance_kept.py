"""Each graduate's guidance kept for the cohort view (``GET /api/guidance``, the ``/guidance`` page).

One graduate's guidance depends only on the jobs, the day, the graduate's (redacted) record and
``top``, never on the cohort's filters; so for the default ``top`` it is kept per graduate, valid
for one ``Matcher.version`` and one exact record (as the matcher keeps recommendations), and a
new filter adds up what is kept, ranking only the graduates not yet done. Other values of ``top``
are not kept per graduate (their cohorts are ranked whole, as before): one ``top`` bounds the
memory (about 8 kB per graduate by tracemalloc, 24 MB of RSS at 3,000 on the gkld jobs; at most
``KEPT_GRADUATES`` entries).

The store lives in the matcher (``Matcher.with_ranker(..., keep=...)``): a change of the job
index gives a fresh one; a new day (``Matcher.version``) makes every entry stale. ``warm_guidance``
fills it after the recommendation warm-up (``Matcher.start_warming(..., then=...)``), in blocks
sized as the matcher's own (``Matcher.next_block``) with its lock taken per block, so that requests
never wait behind it for more than one block, and it stops as soon as the matcher changes again (the warm-up
then runs first, and this after it).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from features.records import Graduate
from matching.guidance import DEFAULT_TOP, GraduateGuidance, guide_graduates
from service.api.matching import Matcher

log = logging.getLogger("jobmatch.guidance")

#: In the background, after each block, idle this many times as long as the block took: the
#: rules checks are pure Python and hold the interpreter, so a warm-up at full speed slowed the
#: requests answered meanwhile (benchmarks/api_latency.py --client raw: p99 28 ms → 55–126 ms).
BACKGROUND_IDLE = 1.0
#: Graduates whose guidance is kept at most (about 8 kB each: 160 MB); past it, stale entries go
#: first, else half of them (a larger cohort is then partly ranked again on each request).
KEPT_GRADUATES = 20_000

Entry = tuple[int, Graduate, GraduateGuidance]  # (Matcher.version, redacted record, guidance)


def store(matcher: Matcher) -> dict[str, Entry] | None:
    """Graduate id → kept entry, one dict per version of the job index; ``None`` without jobs."""
    return matcher.with_ranker(lambda _ranker: {}, keep="guidance-graduates")


def kept(entries: dict[str, Entry], graduate: Graduate, version: int) -> GraduateGuidance | None:
    hit = entries.get(graduate.id)
    if hit is None or hit[0] != version or hit[1] != graduate:
        return None
    return hit[2]


def guide(matcher: Matcher, graduates: Sequence[Graduate], *, top: int,
          stop: Callable[[], bool] = lambda: False, idle: float = 0.0) -> list[GraduateGuidance] | None:
    """Every graduate's guidance, in blocks sized as the matcher's warm-up blocks, under its lock.
    For ``DEFAULT_TOP`` the kept ones are reused and the others kept. ``None`` without jobs or
    when ``stop()`` says so (checked between blocks). ``idle``: after each block, pause for
    that many times the block's own time (the background warm-up's share of the interpreter)."""
    entries = store(matcher) if top == DEFAULT_TOP else None
    done: dict[str, GraduateGuidance] = {}
    position, block = 0, 1  # one graduate first: 8 at once held the lock 0.9 s on the gkld jobs
    while position < len(graduates):
        if stop():
            return None
        part = graduates[position:position + block]
        position += len(part)
        began = time.perf_counter()
        ranked = matcher.with_ranker(lambda ranker: _block(ranker, matcher, entries, part, top, done))
        if ranked is None:
            return None
        if ranked:
            took = time.perf_counter() - began
            block = matcher.next_block(took, ranked)
            time.sleep(idle * took)  # at least let a request waiting for the lock take it before the next block
    return [done[g.id] for g in graduates]


def _block(ranker, matcher: Matcher, entries: dict[str, Entry] | None, part: Sequence[Graduate], top: int,
           done: dict[str, GraduateGuidance]) -> int:
    """Under the lock: the part's guidance into ``done`` (kept ones reused); how many were ranked."""
    version = matcher.version  # stable while the lock is held
    todo = []
    for graduate in part:
        hit = kept(entries, graduate, version) if entries is not None else None
        if hit is None:
            todo.append(graduate)
        else:
            done[graduate.id] = hit
    if todo:
        for graduate, guidance in zip(todo, guide_graduates(ranker, graduates=todo, top=top)):
            done[graduate.id] = guidance
            if entries is not None:
                _keep(entries, graduate.id, (version, graduate, guidance))
    return len(todo)


def _keep(entries: dict[str, Entry], graduate_id: str, entry: Entry) -> None:
    if len(entries) >= KEPT_GRADUATES and graduate_id not in entries:
        stale = [gid for gid, hit in entries.items() if hit[0] != entry[0]]
        for gid in stale or list(entries)[:len(entries) // 2]:
            del entries[gid]
    entries[graduate_id] = entry


def warm_guidance(app, stop: Callable[[], bool]) -> int:
    """Keep every graduate's guidance (redacted records, ``DEFAULT_TOP``) for the current
    version: the warm-up's second step. Returns how many graduates are kept for it."""
    matcher: Matcher = app.state.matcher
    with app.state.session_factory() as session:
        graduates = app.state.graduate_cache.redacted(session=session)
    started = time.perf_counter()
    result = guide(matcher, graduates, top=DEFAULT_TOP, stop=stop, idle=BACKGROUND_IDLE)
    if result is None:
        return 0
    log.info("guidance of %d graduates kept in %.1fs", len(result), time.perf_counter() - started)
    return len(result)
