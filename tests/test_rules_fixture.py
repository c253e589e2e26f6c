"""The hand-labelled sample of real condition cells: the parser reproduces every label.

Rows marked ``owner`` record a known error of a delegated parser (the major list reader);
they count against the measured precision and are reported, not asserted here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matching.rules.describe import describe_condition
from matching.rules.majors import parse_major_cell
from matching.rules.parser import MAJOR_COLUMNS, column_key, parse_cell
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "rules" / "labelled_cells.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def test_fixture_is_a_sample_of_at_least_300_cells():
    uniform = [r for r in ROWS if r["sample"] == "uniform"]
    assert len(uniform) >= 300
    assert {r["source"] for r in uniform} == {"henan_2026", "gkld_2021_2023"}


@pytest.mark.parametrize("row", [r for r in ROWS if "owner" not in r], ids=lambda r: str(r["id"]))
def test_parser_reproduces_labelled_cell(row):
    key = column_key(row["column"])
    if key in MAJOR_COLUMNS:
        conds = parse_major_cell(key, row["text"], load_major_catalog(), load_major_code_tables())
    else:
        conds = parse_cell(row["column"], row["text"])
    assert [describe_condition(c) for c in conds] == row["expected"]
