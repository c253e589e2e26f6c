"""Assemble the matching engine from the shipped artifacts: catalog, segmenter,
rules engine and (when present) the trained major-fit model; and the service's day.

The day ages, 应届 status, graduation windows and policy deadlines are judged on is the
date in Beijing (``service.beijing``), the officers' calendar, whatever the server's time
zone: ``beijing_today``. A running service follows it (``DailyRulesEngine``, and
``service.api.matching.Matcher`` for the ranker's engine) rather than keeping its start day.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from features.records import Job
from matching.ranker import Ranker
from service.beijing import beijing_today  # noqa: F401  (the service's clock; re-exported)
from service.resources import load_major_catalog, load_segmenter

#: Gives the service's day; ``beijing_today`` in production, a settable one in tests.
Clock = Callable[[], dt.date]

#: Where the trained major-fit artifact lives in a checkout (``models/major_fit``).
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "major_fit"


def model_dir() -> Path:
    return Path(os.environ.get("JOBMATCH_MODEL_DIR", DEFAULT_MODEL_DIR))


def load_major_fit(path: Path | None = None):
    """The trained major-fit model, or ``None`` when no artifact is installed."""
    path = path or model_dir()
    if not (path / "manifest.json").exists():
        return None
    from service.model_store import load_major_fit_model

    return load_major_fit_model(path)


def load_rules_engine(reference_date: dt.date | None = None):
    """The rules engine with the same code tables the ranker's pre-filter uses.

    ``reference_date`` is the day ages and 应届 status are judged on (default: today in
    Beijing, ``beijing_today``).
    """
    from matching.rules import RulesEngine
    from service.model_store import load_major_code_tables

    return RulesEngine(catalog=load_major_catalog(), major_tables=load_major_code_tables(),
                       reference_date=reference_date or beijing_today())


class DailyRulesEngine:
    """A rules engine that keeps to the service's day: ``today()`` is the engine judging on
    ``clock()``'s date, moved there with ``RulesEngine.on`` (no parsing again, nothing
    refitted) the first time it is asked after the day changed. One date comparison a call."""

    def __init__(self, engine, *, clock: Clock = beijing_today):
        self.clock = clock
        self._engine = engine

    def today(self):
        day = self.clock()
        engine = self._engine
        if engine.reference_date != day:
            # Two requests crossing midnight together both make the same engine, and one that
            # read the clock just before may put back the day before's, which the next request
            # moves on again: harmless, as nothing judged here is kept.
            engine = self._engine = engine.on(day)
        return engine


def build_ranker(jobs: Sequence[Job], *, use_model: bool = True, major_fit=None,
                 reference_date: dt.date | None = None) -> Ranker:
    """A fitted ranker over ``jobs`` with the rules engine and the major-fit model."""
    from service.model_store import load_major_code_tables

    if use_model and major_fit is None:
        major_fit = load_major_fit()
    return Ranker(
        catalog=load_major_catalog(),
        segmenter=load_segmenter(),
        checker=load_rules_engine(reference_date),
        major_fit=major_fit if use_model else None,
        major_tables=load_major_code_tables(),
        # The tables' map, not the bare reference table: 专科 catalog names it lacks are filed by their 专业类
        # there, as the rules file them, so the placement and the verdict agree (大数据技术 → 计算机类).
        major_reference=load_major_code_tables().reference_classes,
    ).fit(jobs)
