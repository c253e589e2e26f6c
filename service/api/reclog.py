"""Recommendation log written in the background, in batches.

Every recommendation served is logged (who asked, for which graduate, which jobs), but
one INSERT and COMMIT per request would put a write transaction on the hottest path;
with SQLite, concurrent writers then wait on each other's lock. A single writer thread
drains a queue instead and stores what arrived in one transaction, at most
``interval`` seconds later. ``flush`` waits until everything queued is stored, and runs
at shutdown. (The audit log of sensitive fields is NOT written this way: those entries
commit together with the read or change they record.)
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from service.storage import repository

log = logging.getLogger("jobmatch.reclog")
_STOP = object()


class RecommendationLog:
    def __init__(self, sessions: sessionmaker[Session], *, interval: float = 0.2, batch: int = 1000):
        self.sessions = sessions
        self.interval = interval
        self.batch = batch
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="jobmatch-reclog", daemon=True)
        self._stop = threading.Event()
        self._thread.start()

    def add(self, *, user_id: int | None, graduate_id: str, job_ids: Sequence[str]) -> None:
        self._queue.put((user_id, graduate_id, list(job_ids)))

    def flush(self) -> None:
        """Block until every entry queued so far is committed."""
        self._queue.join()

    def close(self) -> None:
        self.flush()
        self._stop.set()
        self._queue.put(_STOP)  # wake the writer now rather than at its next timeout
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                first = self._queue.get(timeout=self.interval)
            except queue.Empty:
                continue
            if first is _STOP:
                self._queue.task_done()
                return
            items = [first]
            while len(items) < self.batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    self._queue.task_done()
                    self._stop.set()
                    break
                items.append(item)
            try:
                with self.sessions() as session:
                    repository.add_recommendation_logs(session=session, entries=items)
                    session.commit()
            except Exception:  # a lost log batch must not stop the service; it is reported
                log.exception("could not store %d recommendation log entries", len(items))
            finally:
                for _ in items:
                    self._queue.task_done()
