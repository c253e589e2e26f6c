"""Noticing accounts changed while the service runs: issued, deactivated, given a new token.

Accounts are changed by ``jobmatch users`` (``add``, ``deactivate``, ``reissue``), another process
writing the same database: the service learns of it from no request. Two things depend on the
accounts. The token cache (``caches.TokenCache``) keeps a login for a minute, so a deactivated or
replaced token — an officer who left, a lost token, reading hardship, disability, ethnicity and ID
numbers — was honoured for up to 60 s. And the recommendation warm-up ranks the own view (the record
without officer-only fields) of each graduate with an account (``app._warm_targets``), but read the
accounts only on a pass: a graduate issued an account in the morning waited through a cold first
request (own view: p50 359 ms cold against 77 ms warmed, ``benchmarks/api_latency.py --as-graduate``).

``AccountWatch`` runs a small thread of its own, whether or not warming is on, that asks every
``ACCOUNT_CHECK_SECONDS`` for the accounts' mark (``repository.accounts_mark``: one aggregate row over
every role, with a revision each change raises) and, when it moved, tells its listeners the graduate
ids that now have an active account: the app then empties the token cache, drops the cached own views
of graduates whose account is gone and wakes the warm-up for new ones.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from service.storage import repository

log = logging.getLogger("jobmatch.accounts")

#: How often the service asks whether accounts changed: the longest a deactivated or replaced token is
#: still accepted, and how soon a new graduate account's own view is warmed. The question is one
#: aggregate query on the accounts (a handful of rows), so asking often costs nothing that matters.
ACCOUNT_CHECK_SECONDS = 10.0

Mark = tuple[int, int | None, int | None, int | None, int | None]


class AccountWatch:
    """The accounts' mark last read, whether the table has moved since, and the thread that asks."""

    def __init__(self, sessions: Callable[[], Session]):
        self._sessions = sessions
        self._seen: Mark | None = None
        self._lock = threading.Lock()
        self._listeners: list[Callable[[frozenset[str]], None]] = []
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def on_change(self, listener: Callable[[frozenset[str]], None]) -> None:
        """Call ``listener(graduate ids with an active account)`` after each change the watch sees."""
        self._listeners.append(listener)

    def read(self, *, session: Session) -> frozenset[str]:
        """The graduate ids with an active account, noting the mark first: an account changed
        between the two reads moves the mark again, and the next check sees it."""
        mark = repository.accounts_mark(session=session)
        with self._lock:
            self._seen = mark
        return repository.graduate_account_ids(session=session)

    def moved(self) -> bool:
        """Whether any account was issued, deactivated or given a new token since the last ``read``."""
        with self._sessions() as session:
            mark = repository.accounts_mark(session=session)
        with self._lock:
            return self._seen is not None and mark != self._seen

    def check(self) -> bool:
        """If the accounts moved: read them again and tell the listeners. Returns whether they moved."""
        if not self.moved():
            return False
        with self._sessions() as session:
            with_account = self.read(session=session)
        for listener in self._listeners:
            listener(with_account)
        return True

    def start(self) -> None:
        """Note the mark now and ask again every ``ACCOUNT_CHECK_SECONDS`` in a daemon thread."""
        with self._sessions() as session:
            self.read(session=session)
        self._thread = threading.Thread(target=self._loop, name="jobmatch-accounts", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stopping.wait(ACCOUNT_CHECK_SECONDS):
            try:
                self.check()
            except Exception:  # e.g. the database unreachable for a moment: asked again at the next check
                log.exception("checking the accounts for changes failed")
