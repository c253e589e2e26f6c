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
every role, with a revision each change raises) and, when it moved, reads every account's (revision,
active) once (``account_logs.account_states``) and tells its listeners an ``AccountChange``: the graduate
ids that now have an active account and the accounts whose revision or state differs from the last read.
The app then drops those accounts' logins from the token cache (not every user's: each would pay a look-up
on its next request), drops the cached own views of graduates whose account is gone and wakes the warm-up for new ones.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from service.storage import repository
from service.storage.account_logs import AccountStates, account_states

log = logging.getLogger("jobmatch.accounts")

#: How often the service asks whether accounts changed: the longest a deactivated or replaced token is
#: still accepted, and how soon a new graduate account's own view is warmed. The question is one
#: aggregate query on the accounts (a handful of rows), so asking often costs nothing that matters.
ACCOUNT_CHECK_SECONDS = 10.0

Mark = tuple[int, int | None, int | None, int | None, int | None]

@dataclass(frozen=True, slots=True)
class AccountChange:
    with_account: frozenset[str]  # graduate ids with an active account
    changed: frozenset[int]  # accounts issued, deactivated, given a new token or removed since the last read


def changed_accounts(before: AccountStates, after: AccountStates) -> frozenset[int]:
    """The accounts whose (revision, active) differs between two reads, or that only one holds."""
    return frozenset(i for i in before.keys() | after.keys() if before.get(i) != after.get(i))


class AccountWatch:
    """The accounts' mark last read, whether the table has moved since, and the thread that asks."""

    def __init__(self, sessions: Callable[[], Session]):
        self._sessions = sessions
        self._seen: Mark | None = None
        self._states: AccountStates = {}
        self._lock = threading.Lock()
        self._listeners: list[Callable[[AccountChange], None]] = []
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def on_change(self, listener: Callable[[AccountChange], None]) -> None:
        """Call ``listener(change)`` after each change the watch sees."""
        self._listeners.append(listener)

    def read(self, *, session: Session) -> frozenset[str]:
        """The graduate ids with an active account, noting the mark first (``_note``)."""
        return self._note(repository.accounts_mark(session=session), session=session).with_account

    def _note(self, mark: Mark, *, session: Session) -> AccountChange:
        """Keep ``mark`` (read before this) and the accounts as they are now. An account changed between
        the two reads moves the mark again: the next check reads the accounts again and finds nothing
        new for it (its state was already read), so it is never missed and never reported twice."""
        states, with_account = account_states(session=session)
        with self._lock:
            before, self._seen, self._states = self._states, mark, states
        return AccountChange(with_account=with_account, changed=changed_accounts(before, states))

    def _moved(self, mark: Mark) -> bool:
        with self._lock:
            return self._seen is not None and mark != self._seen

    def check(self) -> bool:
        """If the accounts moved: read them again and tell the listeners. Returns whether they moved.
        The mark is read once: the one that showed the move is the one kept."""
        with self._sessions() as session:
            mark = repository.accounts_mark(session=session)
            if not self._moved(mark):
                return False
            change = self._note(mark, session=session)
        for listener in self._listeners:
            listener(change)
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
