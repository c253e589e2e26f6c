"""Noticing graduate accounts issued while the service runs, so that their own view is warmed.

Accounts are issued by ``jobmatch users add``, another process writing the same database: the
service learns of them from no request. The recommendation warm-up ranks the own view (the record
without officer-only fields) of each graduate with an account (``app._warm_targets``), but read the
accounts only on a pass, and passes came only after a change of the jobs or of the day: a graduate
issued an account in the morning waited through a cold first request (own view: p50 359 ms cold
against 77 ms warmed, ``benchmarks/api_latency.py --as-graduate``). ``AccountWatch`` keeps the mark
of the accounts each pass read (``repository.graduate_accounts_mark``: one aggregate row) and the
warm-up's idle check (every ``ACCOUNT_CHECK_SECONDS``) asks whether it moved; a pass then ranks the
new accounts' views alone, the others being cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from service.storage import repository

#: How often the idle warm-up asks whether accounts were issued: a handed-out token is rarely used
#: sooner, and the question is one aggregate query.
ACCOUNT_CHECK_SECONDS = 10.0


class AccountWatch:
    """The graduate accounts the warm-up last read, and whether the table has moved since."""

    def __init__(self, sessions: Callable[[], Session]):
        self._sessions = sessions
        self._seen: tuple[int, int | None, int | None] | None = None
        self._lock = threading.Lock()

    def read(self, *, session: Session) -> frozenset[str]:
        """The graduate ids with an active account, noting the mark first: an account issued
        between the two reads moves the mark again, and the next check sees it."""
        mark = repository.graduate_accounts_mark(session=session)
        with self._lock:
            self._seen = mark
        return repository.graduate_account_ids(session=session)

    def moved(self) -> bool:
        """Whether graduate accounts were issued or deactivated since the last ``read``."""
        with self._sessions() as session:
            mark = repository.graduate_accounts_mark(session=session)
        with self._lock:
            return self._seen is not None and mark != self._seen
