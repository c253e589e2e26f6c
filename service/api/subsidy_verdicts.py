"""The verdicts of the officers' section of graduates off the support list who may claim the
求职创业补贴 (``followups.subsidy_outside_support``): what a verdict is judged on, and their
warm-up in the background.

The section spans every graduate off the list, so the first view of a day judged them all
(5,000 synthetic graduates: 0.8 s, 20,000: 2.1 s, 100,000: 9.4 s). ``SubsidyWarmup`` judges them
into the app's ``VerdictCache`` in a thread of its own: when the service starts (after the data
are loaded: ``jobmatch serve --load-samples`` fills the database before the app starts), when the
judging day changes (the policies' clock, the day in Beijing by default, read every
``day_check_seconds`` while idle, as the matcher's warm-up does) and after each graduate written
through the API (``GraduateCache.on_change``), so that an officer's first view finds them ready.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from features.policies import Policy
from features.records import Graduate
from service.api import subsidy_hints
from service.api.caches import VerdictCache
from service.api.policy_views import PolicyState

log = logging.getLogger("jobmatch.subsidy")

Verdicts = VerdictCache[subsidy_hints.SubsidyHint | None]


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
    it); ``start()`` runs it in the background now, on ``wake()`` and on each new day."""

    def __init__(self, *, verdicts: Verdicts, graduates: Callable[[], Sequence[Graduate]],
                 policies: Callable[[], PolicyState | None], day_check_seconds: float = 60.0, block: int = 500):
        self.verdicts = verdicts
        self.graduates = graduates
        self.policies = policies
        self.day_check_seconds = day_check_seconds
        self.block = block
        #: The ``Judging.key`` the last complete warm-up was for (``None``: none yet).
        self.warmed_key: tuple | None = None
        self._wanted = threading.Event()
        self._idle = threading.Condition()
        self._running = False
        self._stopping = False
        self._thread: threading.Thread | None = None

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
        self._wanted.set()
        self._thread.start()

    def wake(self) -> None:
        """Warm again soon (a graduate was written)."""
        self._wanted.set()

    def stop(self, *, wait: bool = True) -> None:
        """Ask the thread to stop; ``wait=False`` returns at once (the app asks every
        background thread first, then waits for each, so that their waits overlap)."""
        self._stopping = True
        self._wanted.set()
        if wait and self._thread is not None:
            self._thread.join(timeout=10)

    def wait(self, timeout: float) -> bool:
        """Until no warm-up is asked for or running (tests, the benchmark); ``False`` on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._running and not self._wanted.is_set(), timeout)

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
                self.warm()
            except Exception:  # the verdicts are an optimisation: a view judges what is missing
                log.exception("judging the 求职创业补贴 verdicts failed")
            finally:
                with self._idle:
                    self._running = False
                    self._idle.notify_all()
