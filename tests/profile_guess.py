"""A ranker whose major-fit model reads a made-up 「量子炼金术」 as 0702 物理学类, for the profile tests that check
such a guess is counted in no class (the profile counts a major only where the catalogs put it)."""

from __future__ import annotations

from features.major_similarity import NearestMajor
from matching.ranker import Ranker
from service.model_store import load_major_code_tables

#: The made-up major the model places, and the class it places it in.
GUESSED_MAJOR = "量子炼金术"


def physics_guess(graduate):
    """What the major-fit model reads into 「量子炼金术」: 物理学类 (as on the reviewer's file)."""
    if graduate.major == GUESSED_MAJOR:
        return NearestMajor.for_class("0702", "物理学类", 0.31, via="model")
    return None


def guessing_ranker(catalog, segmenter, jobs) -> Ranker:
    """A ranker fitted on ``jobs`` with the code tables, the model's placement (``physics_guess``) standing in for the
    model, which is not loaded."""
    fitted = Ranker(catalog=catalog, segmenter=segmenter, major_tables=load_major_code_tables()).fit(jobs)
    fitted.approximate_major = physics_guess
    return fitted
