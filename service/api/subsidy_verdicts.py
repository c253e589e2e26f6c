"""The verdicts of the officers' section of graduates off the support list who may claim the
求职创业补贴 (``support_list.subsidy_outside_support``): what a verdict is judged on, and their
warm-up in the background.

The section spans every graduate off the list, so the first view of a day judged them all
(5,000 synthetic graduates: 0.8 s, 20,000: 2.1 s, 100,000: 9.4 s). ``SubsidyWarmup`` judges them
into the app's ``VerdictCache`` in a thread of its own: when the service starts (after the data
are loaded: ``jobmatch serve --load-samples`` fills the database before the app starts), when the
judging day changes (the policies' clock, the day in Beijing by default, read every
``day_check_seconds`` while idle, as the matcher's warm-up does) and after each graduate written
through the API (``GraduateCache.on_change``), so that an officer's first view finds them ready.

After a write only the written graduates are judged again (or their verdicts dropped: deleted, now
on the list), not every graduate re-read: at 100,000 graduates a pass over all of them costs
0.3–0.4 s even with nothing to judge, paid on every PATCH. A full pass is still made at start-up,
on a new day or list, after a large import (``GraduateCache.invalidate``: any record may have
changed, and every record is a new copy the kept verdicts should point at; an import of at most
``uploads.IMPORT_PUT_LIMIT`` graduates is written graduates like a PATCH), after a failed pass, and
when more than ``written_limit`` written graduates are waiting (see ``WRITTEN_LIMIT``).

A view that comes while the warm-up runs does not wait for it: it judges, on its own thread, the
records the warm-up has not reached yet (``VerdictCache.judge``; both store the same verdict for
the same record), so its answer is always complete and correct; at worst it costs what a first
view cost before. The warm-up reads no graduate for anyone and writes no audit entry: only the
rows an officer is shown are audited, by the view. Jobs play no part in these verdicts.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from features.policies import Policy
from features.records import Graduate
from service.api import subsidy_hints
from service.api.caches import VerdictCache
from service.api.policy_views import PolicyState

log = logging.getLogger("jobmatch.subsidy")

Verdicts = VerdictCache[subsidy_hints.SubsidyHint | None]

#: More written graduates than this waiting for the warm-up (a script PATCHing many while a new day's
#: full pass ran) make its next pass a full one. Looking a written graduate up costs about 25 µs (a
#: session each), a full pass 0.6–2.4 µs a graduate with nothing to judge (3 ms at 5,000, 36 ms at
#: 20,000, 0.25–0.4 s at 100,000; both judge the changed records alike): 1,000 lookups cost what a
#: full pass does at about 15,000 graduates. Larger cohorts, where a full pass is dear, take bursts
#: up to this targeted; smaller ones pay at most some 25 ms either way; and the waiting set stays small.
WRITTEN_LIMIT = 1_000


def subsidy_policies_of(policies: PolicyState | None) -> tuple[Policy, ...]:
    """The loaded list's 求职创业补贴 policies (``subsidy_hints.subsidy_policies``); none without a list."""
    if policies is None or policies.policies is None:
        return ()
    return subsidy_hints.subsidy_policies(policies.policies.policies)


def off_list(graduates: Sequence[Graduate]) -> list[Graduate]:
    """The graduates the section judges: those not on the support list (no hardship category)."""
    return [g for g in graduates if not g.needs_support]


@dataclass(frozen=True, slots=True)
class Judging:
    """How the section judges today: ``key`` of the kept verdicts (the day and the policies) and
    ``judge`` (a record → its hint, whatever was recorded)."""

    key: tuple
    judge: Callable[[Graduate], subsidy_hints.SubsidyHint | None]


def judging(policies: PolicyState | None) -> Judging | None:
    """The section's judging on the policies' day (``None`` without a 求职创业补贴 policy)."""
    chosen = subsidy_policies_of(policies)
    if not chosen:
        return None
    engine = policies.engine.today()
    return Judging(key=(engine.reference_date, chosen),
                   judge=lambda graduate: subsidy_hints.claimable(engine, graduate, chosen))


class SubsidyWarmup:
    """Keeps ``verdicts`` filled for every graduate ``graduates()`` returns off the list, judged
    as ``policies()`` judges today. ``warm()`` does it once, on the caller's thread (tests call
    it), ``warm_written(ids)`` for the written graduates ``ids`` only; ``start()`` runs them in the
    background: a full pass now and on each new day, and on ``wake(ids)`` the written ones.

    ``graduate(id)`` is the record of one graduate (``None``: deleted); without it the written
    ones are looked up in ``graduates()``."""

    def __init__(self, *, verdicts: Verdicts, graduates: Callable[[], Sequence[Graduate]],
                 policies: Callable[[], PolicyState | None],
                 graduate: Callable[[str], Graduate | None] | None = None,
                 day_check_seconds: float = 60.0, block: int = 500, written_limit: int = WRITTEN_LIMIT):
        self.verdicts = verdicts
        self.graduates = graduates
        self.graduate = graduate
        self.policies = policies
        self.day_check_seconds = day_check_seconds
        self.block = block
        self.written_limit = written_limit
        #: The ``Judging.key`` the last complete warm-up was for (``None``: none yet).
        self.warmed_key: tuple | None = None
        self._wanted = threading.Event()
        self._idle = threading.Condition()
        self._running = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        # What the next background pass is to judge (under ``_idle``): everyone, or the written ids.
        self._everyone = False
        self._written: set[str] = set()

    def warm(self) -> int:
        """Judge every graduate off the list whose verdict is not kept for today; returns how many."""
        today = judging(self.policies())
        if today is None:
            return 0
        # Not warm until this pass is complete: one that fails (a read of the graduates raising
        # after an import) is then tried again at the next day check, not at the next edit only.
        self.warmed_key = None
        started = time.perf_counter()
        graduates = off_list(self.graduates())
        judged = 0

        def judge(graduate: Graduate):
            nonlocal judged
            judged += 1
            return today.judge(graduate)

        for position in range(0, len(graduates), self.block):
            if self._stopping:
                return judged
            if position and not self._still(today):
                # A new day (or list) came meanwhile: going on would empty the views' new verdicts
                # on each block (``VerdictCache`` keeps one key); judge again for the new one.
                self._wanted.set()
                return judged
            self.verdicts.judge(graduates[position:position + self.block], key=today.key, judge=judge)
            time.sleep(0)  # let a request waiting for the interpreter run between blocks
        self.verdicts.retain(graduates, key=today.key)
        self.warmed_key = today.key
        if judged:
            log.info("judged %d graduates' 求职创业补贴 in %.1fs", judged, time.perf_counter() - started)
        return judged

    def warm_written(self, graduate_ids: Collection[str]) -> int:
        """Judge again the written graduates ``graduate_ids`` that are off the list, and drop the
        verdicts of those deleted or now on it; returns how many were judged. Only a section warm
        for today is kept warm so: otherwise (a new day, a failed pass) this is a full ``warm()``."""
        today = judging(self.policies())
        if today is None:
            return 0
        if today.key != self.warmed_key:
            return self.warm()
        self.warmed_key = None  # as in ``warm``: a failure here leaves the next day check a full pass
        if self.graduate is None:
            by_id = {g.id: g for g in self.graduates()}
            records = [by_id.get(i) for i in graduate_ids]
        else:
            records = [self.graduate(i) for i in graduate_ids]
        judged = off_list([g for g in records if g is not None])
        if not self._still(today):  # a new day meanwhile: its pass comes next
            self._wanted.set()
            return 0
        self.verdicts.forget(set(graduate_ids) - {g.id for g in judged}, key=today.key)
        self.verdicts.judge(judged, key=today.key, judge=today.judge)
        self.warmed_key = today.key
        return len(judged)

    def is_current(self) -> bool:
        """Whether the last warm-up was for today's day and policies (one clock read)."""
        today = judging(self.policies())
        return today is None or today.key == self.warmed_key

    def _still(self, today: Judging) -> bool:
        now = judging(self.policies())
        return now is not None and now.key == today.key

    # ------------------------------------------------------------------ in the background
    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="jobmatch-subsidy-warm", daemon=True)
        with self._idle:
            self._everyone = True
        self._wanted.set()
        self._thread.start()

    def wake(self, graduate_ids: Collection[str] | None = None) -> None:
        """Warm again soon: the graduates ``graduate_ids`` were written (``None``: any may have
        been, e.g. an import). Nothing without the background thread (``start``): a view judges
        what it finds missing, and ``start`` makes a full pass anyway."""
        with self._idle:
            if self._thread is None or self._stopping:
                return
            if graduate_ids is None:
                self._everyone = True
            else:
                self._written.update(graduate_ids)
                if len(self._written) > self.written_limit:
                    self._everyone = True
        self._wanted.set()

    def stop(self, *, wait: bool = True) -> None:
        """Ask the thread to stop; ``wait=False`` returns at once (the app asks every
        background thread first, then waits for each, so that their waits overlap)."""
        self._stopping = True
        self._wanted.set()
        if wait and self._thread is not None:
            self._thread.join(timeout=10)

    def wait(self, timeout: float) -> bool:
        """Until no warm-up is asked for or running (tests, the benchmark); ``False`` on timeout.
        At once without the background thread (never started, or stopped): none will run."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._busy(), timeout)

    def _busy(self) -> bool:
        alive = self._thread is not None and self._thread.is_alive() and not self._stopping
        return alive and (self._running or self._wanted.is_set())

    def _loop(self) -> None:
        while not self._stopping:
            woken = self._wanted.wait(timeout=self.day_check_seconds)
            if self._stopping:
                return
            try:
                if not woken and self.is_current():
                    continue
                with self._idle:
                    self._wanted.clear()
                    self._running = True
                    everyone, written = self._everyone or not woken, self._written
                    self._everyone, self._written = False, set()
                if everyone:
                    self.warm()
                elif written:
                    self.warm_written(written)
                elif not self.is_current():  # woken by a pass that stopped at a new day
                    self.warm()
            except Exception:  # the verdicts are an optimisation: a view judges what is missing
                log.exception("judging the 求职创业补贴 verdicts failed")
            finally:
                with self._idle:
                    self._running = False
                    self._idle.notify_all()
