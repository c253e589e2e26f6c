"""The prefecture-level divisions are read from the installed package ``cpca`` (its ``adcodes.csv``),
not from a copy in the repository: the same 334 divisions the generated ``features/data/prefectures.py``
held, found without importing ``cpca`` (whose ``__init__`` needs ``pkg_resources``), read once, and a
Chinese message naming the package when it is missing."""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from features.data import national_divisions


def test_the_divisions_are_those_the_generated_copy_held():
    table = national_divisions.prefectures()
    # sha256 of repr(PREFECTURES) of features/data/prefectures.py at 2f28c74 (generated from cpca 0.5.5)
    assert hashlib.sha256(repr(table).encode()).hexdigest() == (
        "c938573dd04379e0ab5c8cf39146aeda61b1a365553d6253185c37ae681b21c5"
    )
    assert len(table) == 27 and sum(map(len, table.values())) == 334
    assert table["吉林"][-1] == ("222400", "延边朝鲜族自治州", "延边")
    assert ("532900", "大理白族自治州", "大理") in table["云南"]
    assert ("542500", "阿里地区", "阿里") in table["西藏"]


def test_the_name_prefectures_is_the_cached_table():
    from features.data.national_divisions import PREFECTURES

    assert PREFECTURES is national_divisions.prefectures()
    with pytest.raises(AttributeError):
        national_divisions.NO_SUCH_NAME  # noqa: B018


def test_no_copy_of_the_table_ships_with_the_project():
    root = Path(__file__).resolve().parents[1]
    assert not (root / "features" / "data" / "prefectures.py").exists()
    assert not (root / "benchmarks" / "build_prefectures.py").exists()


def test_reading_the_places_does_not_import_cpca():
    code = "import sys, features.place_inference, features.place_keys; print('cpca' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_cpca_is_named_in_chinese(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "cpca" else real(name, *a))
    national_divisions.prefectures.cache_clear()
    try:
        with pytest.raises(national_divisions.DivisionListMissing, match="请安装依赖包 cpca"):
            national_divisions.prefectures()
    finally:
        monkeypatch.undo()
        national_divisions.prefectures.cache_clear()
    assert issubclass(national_divisions.DivisionListMissing, ImportError)
