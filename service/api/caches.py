"""In-memory copy of all graduates, for ranking candidates of a job.

Converting thousands of rows to records on every candidates request would dominate its
time; the copy is dropped whenever a graduate is written through the API and reloaded
on the next use. (One service process owns the database; see ``jobmatch serve``.)
"""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from features.records import Graduate
from service.storage import repository


class GraduateCache:
    def __init__(self):
        self._graduates: list[Graduate] | None = None
        self._lock = threading.Lock()

    def get(self, *, session: Session) -> list[Graduate]:
        with self._lock:
            if self._graduates is None:
                self._graduates = repository.all_graduates(session=session)
            return self._graduates

    def invalidate(self) -> None:
        with self._lock:
            self._graduates = None
