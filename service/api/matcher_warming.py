"""Filling a ``service.api.matching.Matcher``'s result cache in the background.

``warm`` ranks every graduate not yet cached for the current version of the job index, in
blocks (the ranker scores a block of graduates in one sparse product, far cheaper per graduate
than one by one) sized to about ``warm_block_seconds`` of work each, so that requests waiting for
the lock interleave. A background thread warms again after each change of the job index and of
the day, and when ``wake_warming()`` is called (``service.api.account_watch``, which runs its own
thread: a graduate account issued by ``jobmatch users add`` while the service runs). What it ranks is the app's to say (``service.api.app._warm_targets``: the own view of each
graduate with an account, then every full record).

``CacheWarming`` is a part of ``Matcher`` (its base class), kept apart because warming is a job
of its own: it works on the matcher's state, which ``Matcher.__init__`` sets up (the lock, the
ranker, the cached results and their version, the ``warm_*`` settings and the thread's state).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from features.records import Graduate

log = logging.getLogger("jobmatch.matcher")


def result_key(graduate: Graduate) -> str | tuple:
    """Where a graduate's cached result is kept: the id for the full record, the id with the
    withheld fields for a copy without them (``withheld.redact``, the graduate's own view)."""
    return (graduate.id, graduate.withheld) if graduate.withheld else graduate.id


class CacheWarming:
    """The background warming of ``Matcher``'s result cache (see the module docstring)."""

    def start_warming(self, source: Callable[[], Sequence[Graduate]], *,
                      then: Callable[[Callable[[], bool]], object] | None = None) -> None:
        """Rank every graduate ``source()`` returns in a background thread, now and again
        after each change of the job index; then, once they are all ranked, ``then(stop)``
        (a second step, such as the kept guidance) until ``stop()`` says a change came."""
        self._warm_source = source
        self._warm_then = then
        self._warm_thread = threading.Thread(target=self._warm_loop, name="jobmatch-warm", daemon=True)
        self._warm_thread.start()
        self._warm_wanted.set()

    def stop_warming(self, *, wait: bool = True) -> None:
        """Ask the warming thread to stop; ``wait=False`` returns at once (see ``SubsidyWarmup.stop``)."""
        self._stopping = True
        self._warm_wanted.set()
        if wait and self._warm_thread is not None:
            self._warm_thread.join(timeout=10)

    def wake_warming(self) -> None:
        """Ask for a pass now (what ``source()`` returns changed: e.g. a graduate account was issued)."""
        self._warm_wanted.set()

    def drop_own_views(self, *, keep: frozenset[str]) -> int:
        """Forget the cached own views (``result_key``'s tuple keys) of graduates not in ``keep`` (those
        whose account was deactivated): nobody reads them any more, and the warm-up stops ranking them.
        Returns how many were dropped."""
        with self._lock:
            gone = [key for key in self._results if isinstance(key, tuple) and key[0] not in keep]
            for key in gone:
                del self._results[key]
        return len(gone)

    def _warm_loop(self) -> None:
        while not self._stopping:
            if not self._warm_wanted.wait(timeout=self.day_check_seconds):
                self._follow_day()  # a new day sets ``_warm_wanted``: everyone is ranked again
                continue
            self._warm_wanted.clear()
            if self._stopping:
                return
            try:
                self.warm(self._warm_source())
                if self._warm_then is not None and self.warmed_version == self.version and not self._warm_wanted.is_set():
                    self._warm_then(lambda: self._stopping or self._warm_wanted.is_set())
            except Exception:  # the cache is an optimisation: a failure must not stop the service
                log.exception("warming the recommendation cache failed")

    def warm(self, graduates: Sequence[Graduate]) -> int:
        """Rank ``graduates`` not yet cached for the current version; returns how many.

        Blocks are sized to about ``warm_block_seconds`` of work each (measured as it
        goes), so that a request waiting for the lock never waits long."""
        self._follow_day()
        started, version, done = time.perf_counter(), self.version, 0
        position, block = 0, 8
        while position < len(graduates):
            if self._stopping or self.version != version:
                return done  # the index changed meanwhile: the loop runs again for the new version
            chunk = graduates[position:position + block]
            position += len(chunk)
            with self._lock:
                if self._ranker is None:
                    return done
                todo = [g for g in chunk
                        if (hit := self._results.get(result_key(g))) is None or hit[0] != self.version or hit[1] != g]
                if not todo:
                    continue
                began = time.perf_counter()
                results = self._ranker.rank_bounded(todo, k=self.cache_k, rejected_k=self.cache_rejected_k)
                for graduate, (result, bounds) in zip(todo, results):
                    self._results[result_key(graduate)] = (self.version, graduate, result, bounds)
                done += len(todo)
            block = self.next_block(time.perf_counter() - began, len(todo))
            # The lock is not fair: without giving up the interpreter here, this loop takes it
            # again before a waiting request wakes (measured: a request waited 17 s, all of a warm-up).
            time.sleep(0)
        if self.version == version:
            self.warmed_version = version
        if done:
            log.info("ranked %d graduates into the cache in %.1fs", done, time.perf_counter() - started)
        return done

    def next_block(self, seconds: float, ranked: int) -> int:
        """How many graduates to rank under the lock next, for about ``warm_block_seconds``
        of work, given that the last ``ranked`` took ``seconds``."""
        return max(1, min(self.warm_block, int(self.warm_block_seconds / max(seconds / ranked, 1e-6))))

    @property
    def warm_state(self) -> dict:
        version = self.version
        # Graduates, not results: a graduate's own view is kept apart under a tuple key (``result_key``)
        # and counted apart (the warm-up ranks it for graduates with an account: ``app._warm_targets``).
        current = [isinstance(key, tuple) for key, entry in list(self._results.items())  # list(): one C call, no lock
                   if entry[0] == version]
        return {"cached_graduates": current.count(False), "cached_own_views": current.count(True),
                "warm": self.warmed_version == version}
