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
