"""The day a running ``service.api.matching.Matcher`` judges verdicts on.

Verdicts depend on the day (ages, 应届 status, the 毕业年度 window). Every query compares
``clock()`` (the day in Beijing, ``service.engine.beijing_today``) with ``day``: one clock read
and a date comparison while the day holds. On a new day the ranker's rules engine moves to it
(``judge_on``: ``RulesEngine.on``, nothing parsed or refitted) and the matcher's version is
bumped once, which drops the cached results and fair plans and wakes the warm-up (which also
reads the clock every ``day_check_seconds`` when idle, to be warm again before the morning's
first request).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from service.engine import Clock


class MatcherDay:
    """``day`` kept to ``clock``: ``follow`` moves it, once per day whatever the threads."""

    def __init__(self, clock: Clock):
        self.clock = clock
        #: The day verdicts are judged on (the ranker's engine's reference date).
        self.day: dt.date = clock()

    def is_current(self) -> bool:
        """Whether the clock is still on ``day``; no lock (safe on the event loop)."""
        return self.clock() == self.day

    def follow(self, lock: threading.RLock, move: Callable[[dt.date], None]) -> None:
        """On a new day, ``move(day)`` under ``lock`` and then record ``day``: the first thread
        to take the lock moves, the others find it moved. ``day`` changes after ``move``
        returns, so that a lock-free reader who sees the new day also sees what ``move``
        changed (the matcher's version: a cached result of the day before then misses)."""
        if self.is_current():
            return
        with lock:
            # Read again: a day read before another thread moved on (just before midnight)
            # would move the matcher back, and every cached result would be dropped twice more.
            day = self.clock()
            if day == self.day:
                return
            move(day)
            self.day = day


def judge_on(ranker, day: dt.date) -> None:
    """Move ``ranker``'s rules engine to ``day`` (a checker without ``on``, such as the basic
    check, does not read the date; neither does an empty matcher's missing ranker)."""
    on = getattr(getattr(ranker, "checker", None), "on", None)
    if on is not None:
        ranker.set_params(checker=on(day))
