"""Assemble the matching engine from the shipped artifacts: catalog, segmenter,
rules engine and (when present) the trained major-fit model."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from features.records import Job
from matching.ranker import Ranker
from service.resources import load_major_catalog, load_segmenter

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


def load_rules_engine():
    from matching.rules import RulesEngine

    return RulesEngine(catalog=load_major_catalog())


def build_ranker(jobs: Sequence[Job], *, use_model: bool = True, major_fit=None) -> Ranker:
    """A fitted ranker over ``jobs`` with the rules engine and the major-fit model."""
    if use_model and major_fit is None:
        major_fit = load_major_fit()
    return Ranker(
        catalog=load_major_catalog(),
        segmenter=load_segmenter(),
        checker=load_rules_engine(),
        major_fit=major_fit if use_model else None,
    ).fit(jobs)
