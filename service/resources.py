"""Load the artifacts the matching core needs: the major catalog, the reference table of
专科/研究生 names, and the segmenter.

Package data is read here (the service edge), once, and handed to ``features`` and
``matching`` as objects.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from features.catalog import MajorCatalog
from features.segment import Segmenter
from features.vocabulary import domain_words


@functools.cache
def load_major_catalog() -> MajorCatalog:
    """The 2026 undergraduate major catalog shipped in ``features/data``."""
    text = resources.files("features").joinpath("data/undergrad_majors_2026.json").read_text(encoding="utf-8")
    return MajorCatalog.from_rows(json.loads(text))


@functools.cache
def load_major_reference() -> dict[str, tuple[str, ...]]:
    """研究生/专科 major name → undergraduate class codes (``features/data/reference_majors.json``)."""
    text = resources.files("features").joinpath("data/reference_majors.json").read_text(encoding="utf-8")
    return {name: tuple(codes) for name, codes in json.loads(text)["names"].items()}


@functools.cache
def load_segmenter(backend: str = "rjieba") -> Segmenter:
    """The project's segmenter with the domain dictionary (catalog names, job and place terms)."""
    return Segmenter(words=domain_words(load_major_catalog()), backend=backend)
