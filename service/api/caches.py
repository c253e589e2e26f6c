"""In-memory copies the hot paths read instead of the database.

``GraduateCache``: all graduates, for ranking candidates of a job and for looking up the
graduate of a recommendation request. Converting thousands of rows on every candidates
request would dominate its time. A graduate written through the API (created, edited, deleted,
or among the few of a small import) is put into the loaded copy or taken out of it; a large
import drops the copy, read again on the next use. (One service process owns the database;
see ``jobmatch serve``.)

``TokenCache``: token hash → user for a minute, so that a request does not start with a
query. Accounts are issued, deactivated or given a new token by the CLI (``jobmatch users``), also
while the service runs: a new token misses and is read; the logins of the accounts that changed are
dropped (``account_watch``, within its check interval: it tells which accounts' revision or state moved),
so a deactivated or replaced token is refused then, not when its entry expires. The entries are found by
the account they log in, not by token: only hashes are stored, and a reissued account's old hash is gone.
Every other user's login stays (emptying all of it cost each user an indexed query on their next request).

``VerdictCache``: a verdict per graduate record (the 求职创业补贴 each graduate off the support
list may claim, judged on every ``/officer`` view), for one day and one policy list; filled in
the background by ``service.api.subsidy_verdicts.SubsidyWarmup``.
"""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable, Collection, Sequence
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from features.records import Graduate
from service.auth import User
from service.storage import repository

V = TypeVar("V")


def _graduate_id(graduate: Graduate) -> str:
    return graduate.id


class GraduateCache:
    def __init__(self):
        self._graduates: list[Graduate] | None = None
        self._by_id: dict[str, Graduate] = {}
        self._redacted: tuple[list[Graduate], list[Graduate]] | None = None
        self._lock = threading.Lock()
        self._listeners: list[Callable[[frozenset[str] | None], None]] = []

    def on_change(self, listener: Callable[[frozenset[str] | None], None]) -> None:
        """Call ``listener(ids)`` after each ``put``, ``put_many`` and ``remove`` (graduates written
        through the API) with the written graduates' ids, and ``listener(None)`` after ``invalidate``
        (a large import: any record may have changed and the copy is read again), e.g. to wake a background job that
        keeps something per record and can then redo just those records."""
        self._listeners.append(listener)

    def _changed(self, ids: frozenset[str] | None) -> None:
        for listener in self._listeners:
            listener(ids)

    def get(self, *, session: Session) -> list[Graduate]:
        with self._lock:
            if self._graduates is None:
                self._graduates = repository.all_graduates(session=session)
                self._by_id = {g.id: g for g in self._graduates}
            return self._graduates

    def redacted(self, *, session: Session) -> list[Graduate]:
        """All graduates without sensitive fields (for organisers' candidate lists)."""
        from service.api.withheld import redact

        graduates = self.get(session=session)
        with self._lock:
            if self._redacted is None or self._redacted[0] is not graduates:
                self._redacted = (graduates, [redact(g) for g in graduates])
            return self._redacted[1]

    def peek(self, graduate_id: str) -> Graduate | None:
        """The record if the copy is loaded, without loading it (safe on the event loop)."""
        return self._by_id.get(graduate_id) if self._graduates is not None else None

    def one(self, *, session: Session, graduate_id: str) -> Graduate | None:
        self.get(session=session)
        return self._by_id.get(graduate_id)

    def put(self, graduate: Graduate) -> None:
        """Replace (or add) one record in a loaded copy; a single edit need not reload all."""
        self.put_many([graduate])

    def put_many(self, graduates: Sequence[Graduate]) -> None:
        """Replace (or add) these records in a loaded copy (a small import) and tell the listeners
        their ids. Each is placed by bisection into the copy's id order, O(log n) to find and one
        C-level move to insert, instead of sorting every record again on the request's thread
        (100,000 graduates: a full sort per edit). The copy is a new list, never changed in place:
        readers hold the old one, and its identity tells the kept views (redacted copies, fair
        plans, guidance) that a graduate changed."""
        graduates = list({g.id: g for g in graduates}.values())  # the last record of a repeated id wins
        with self._lock:
            if self._graduates is not None:
                kept = list(self._graduates)
                for graduate in graduates:
                    at = bisect.bisect_left(kept, graduate.id, key=_graduate_id)
                    if at < len(kept) and kept[at].id == graduate.id:
                        kept[at] = graduate
                    else:
                        kept.insert(at, graduate)
                    self._by_id[graduate.id] = graduate
                self._graduates = kept
        self._changed(frozenset(g.id for g in graduates))

    def remove(self, graduate_id: str) -> None:
        with self._lock:
            if self._graduates is not None and self._by_id.pop(graduate_id, None) is not None:
                self._graduates = [g for g in self._graduates if g.id != graduate_id]
        self._changed(frozenset({graduate_id}))

    def invalidate(self) -> None:
        with self._lock:
            self._graduates = None
            self._by_id = {}
        self._changed(None)


class TokenCache:
    def __init__(self, *, ttl: float = 60.0, size: int = 10_000):
        self.ttl = ttl
        self.size = size
        self._users: dict[str, tuple[float, User]] = {}
        #: Raised by each ``forget``: a login read from the database before it (the
        #: account may have been deactivated since) is not put back after it (``put(..., generation=...)``).
        self.generation = 0
        # The watch's thread drops entries while requests put them: a put checks the generation and
        # stores under the same lock, so that no drop falls between the two.
        self._lock = threading.Lock()

    def forget(self, user_ids: Collection[int]) -> None:
        """Forget the logins of ``user_ids`` (accounts changed: ``account_watch``), whatever their token."""
        if not user_ids:
            return
        with self._lock:
            self.generation += 1
            for token_hash in [h for h, (_, user) in self._users.items() if user.id in user_ids]:
                del self._users[token_hash]

    def get(self, token_hash: str) -> User | None:
        entry = self._users.get(token_hash)
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, token_hash: str, user: User, *, generation: int | None = None) -> None:
        """Keep ``user`` for ``token_hash``; not if logins were forgotten since ``generation`` was read."""
        with self._lock:
            if generation is not None and generation != self.generation:
                return
            if len(self._users) >= self.size:
                self._users.clear()  # a crude bound; refilling costs one query per user
            self._users[token_hash] = (time.monotonic() + self.ttl, user)


class RenderCache:
    """Serialised answers to cached recommendations: (graduate, k, rejected_k, whether the reader
    is the graduate — the reasons' person —, the count of posts closed long ago) → JSON bytes, valid while the matcher returns the
    very same result object (a new ranking, or a new index version, makes a new object)."""

    def __init__(self, *, size: int = 50_000):
        self.size = size
        self._bodies: dict[tuple[str, int, int, bool, int], tuple[object, bytes]] = {}

    def get(self, key: tuple[str, int, int, bool, int], result: object) -> bytes | None:
        entry = self._bodies.get(key)
        return entry[1] if entry is not None and entry[0] is result else None

    def put(self, key: tuple[str, int, int, bool, int], result: object, body: bytes) -> None:
        if len(self._bodies) >= self.size:
            self._bodies.clear()
        self._bodies[key] = (result, body)


class VerdictCache(Generic[V]):
    """graduate id → (record, verdict judged on it), valid for one ``key`` (e.g. the day judged
    on and the policy list, compared by equality: a new day or list drops every verdict) and for
    that exact record (an edited record misses, as in the matcher's result cache). Only what the
    record, the day and the list decide belongs in a verdict: what changes without them (a
    follow-up recording 已申请) is for the caller to read on each use.

    No fixed size: it holds one verdict per record it was asked about, and a call with ``every``
    (all the records verdicts are wanted for: the unfiltered section, the warm-up) drops those of
    records no longer among them (deleted, now on the support list). A fixed bound of 200,000
    emptied the cache on every view once more graduates than that were off the list."""

    def __init__(self):
        self._key: object = None
        self._verdicts: dict[str, tuple[Graduate, V]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._verdicts)

    def judge(self, graduates: list[Graduate], *, key: object, judge: Callable[[Graduate], V],
              every: bool = False) -> list[V]:
        """``judge(g)`` for each of ``graduates``, from the cache where it holds this record.
        ``every``: ``graduates`` are all the records verdicts are kept for (see the class)."""
        with self._lock:
            if self._key != key:
                self._key, self._verdicts = key, {}
            verdicts = self._verdicts
        out = []
        for graduate in graduates:
            hit = verdicts.get(graduate.id)
            if hit is None or (hit[0] is not graduate and hit[0] != graduate):
                # Two threads judging the same record at once (a view and the warm-up) store the
                # same verdict: no lock needed.
                hit = verdicts[graduate.id] = (graduate, judge(graduate))
            elif hit[0] is not graduate:
                # An equal copy (the graduate cache reloaded, e.g. after an import): keep this one,
                # so that the old copy of every record is not held all day, nor compared field by
                # field on every view (100,000 graduates: 0.27 s a view instead of 0.05 s).
                hit = verdicts[graduate.id] = (graduate, hit[1])
            out.append(hit[1])
        if every and len(verdicts) > len(graduates):
            self.retain(graduates, key=key)
        return out

    def forget(self, graduate_ids: Collection[str], *, key: object) -> None:
        """Drop the verdicts of ``graduate_ids`` (deleted, or now on the support list) kept for ``key``."""
        with self._lock:
            if self._key != key:
                return
            verdicts = self._verdicts
        for graduate_id in graduate_ids:
            verdicts.pop(graduate_id, None)

    def retain(self, graduates: list[Graduate], *, key: object) -> None:
        """Drop the verdicts of records other than ``graduates`` (all that verdicts are wanted for)."""
        with self._lock:
            if self._key != key:
                return
            verdicts = self._verdicts
        wanted = {g.id for g in graduates}
        # list(): one C call, so that a view adding a verdict meanwhile does not break the loop;
        # deleted in place, so that such a verdict is not lost.
        for graduate_id in [i for i in list(verdicts) if i not in wanted]:
            verdicts.pop(graduate_id, None)
