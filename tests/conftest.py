"""Shared fixtures: the shipped catalog and segmenter, loaded once per session."""

from __future__ import annotations

import pytest

from service.resources import load_major_catalog, load_segmenter


@pytest.fixture(scope="session")
def catalog():
    return load_major_catalog()


@pytest.fixture(scope="session")
def segmenter():
    return load_segmenter()


@pytest.fixture(scope="session")
def fit_ranker(catalog, segmenter):
    """A ranker on the shipped catalog and segmenter, fitted on the jobs given: ``fit_ranker(JOBS)``."""
    from matching.ranker import Ranker  # here, not at the top: most tests never rank

    return lambda jobs, **options: Ranker(catalog=catalog, segmenter=segmenter, **options).fit(jobs)


@pytest.fixture(scope="module")
def ranker(request, fit_ranker):
    """A ranker fitted on the test module's ``JOBS`` (a module wanting other options defines its own)."""
    return fit_ranker(request.module.JOBS)
