"""Assemble the matching engine from the shipped artifacts: catalog, segmenter,
rules engine and (when present) the trained major-fit model."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from features.records import Job
from matching.ranker import Ranker
from service.resources import load_major_catalog, load_major_reference, load_segmenter

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

    ``reference_date`` is the day ages and 应届 status are judged on (default: today).
    """
    from matching.rules import RulesEngine
    from service.model_store import load_major_code_tables

    return RulesEngine(catalog=load_major_catalog(), major_tables=load_major_code_tables(), reference_date=reference_date)


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
        major_reference=load_major_reference(),
    ).fit(jobs)
