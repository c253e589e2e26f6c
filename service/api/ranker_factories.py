"""The rankers a ``service.api.matching.Matcher`` may be built with: the production one and a
basic one without rules engine or learned model (tests, and a fallback)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from features.records import Job

RankerFactory = Callable[[Sequence[Job]], object]


def default_ranker_factory(jobs: Sequence[Job]):
    """The production ranker: rules engine and trained major fit (``service.engine``)."""
    from service.engine import build_ranker

    return build_ranker(jobs)


def basic_ranker_factory(jobs: Sequence[Job]):
    """A ranker without rules engine or learned model (tests, and a fallback)."""
    from matching.ranker import Ranker
    from service.resources import load_major_catalog, load_segmenter

    return Ranker(catalog=load_major_catalog(), segmenter=load_segmenter()).fit(jobs)
