"""Rules-engine parse coverage and labelled precision on the real position tables.

Run (from the project root, needs ``../shared/data``)::

    .venv/bin/python -m benchmarks.rules_coverage [--data ../shared/data] [--show 30]

Coverage: the share of non-empty condition cells (Henan 2026: 学历要求, 学位要求, 年龄要求,
专业, 工作经历要求, 其他要求, 备注, 体检标准, 是否进行体能测评; gkld: every ``cond:*`` field) parsed with no
``needs_review`` residue. Precision: the share of hand-labelled cells in
``tests/fixtures/rules/labelled_cells.jsonl`` whose parsed conditions equal the labels, per
sample (``uniform``: cells drawn uniformly from all condition cells; ``hard_columns``: cells
drawn from the free-text columns 备注/其他要求/资格证书/年龄要求/应届/户籍地;
``followup_blind``: 110 distinct gkld cells drawn (seed 20261125) from those the coverage
follow-up newly parsed, labelled blind). Rows that keep ``first_pass`` (the parser's output
when they were labelled, before the errors they revealed were fixed) give the first-reading
precision as well.
``--sample N`` prints a fresh random sample (fixed seed) in the fixture's format, for labelling.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from matching.rules.conditions import Kind
from matching.rules.describe import describe_condition
from matching.rules.majors import parse_major_cell
from matching.rules.parser import MAJOR_COLUMNS, column_key, parse_cell

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
FIXTURE = ROOT / "tests" / "fixtures" / "rules" / "labelled_cells.jsonl"
HENAN_COLUMNS = ("学历要求", "学位要求", "年龄要求", "专业", "工作经历要求", "其他要求", "备注", "体检标准", "是否进行体能测评")
SEED = 20260105


def _str(value) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text.lower() == "nan" else text


def henan_cells(data: Path) -> Iterator[tuple[str, str]]:
    import pandas as pd

    sheets = pd.read_excel(data / "positions" / "henan_2026.xlsx", sheet_name=None, header=2, dtype=str)
    for frame in sheets.values():
        for row in frame.to_dict("records"):
            for column in HENAN_COLUMNS:
                text = _str(row.get(column))
                if text:
                    yield column, text


def gkld_cells(data: Path) -> Iterator[tuple[str, str]]:
    with (data / "positions" / "gkld_2021_2023.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            for key, value in json.loads(line).items():
                text = _str(value)
                if key.startswith("cond:") and text:
                    yield key, text


class CellParser:
    """Parses one cell the way the engine does (major columns through the major parser)."""

    def __init__(self) -> None:
        from service.model_store import load_major_code_tables
        from service.resources import load_major_catalog

        self.catalog, self.tables = load_major_catalog(), load_major_code_tables()
        self._cache: dict[tuple[str, str], list] = {}

    def __call__(self, column: str, text: str) -> list:
        key = (column, text)
        if key not in self._cache:
            if column_key(column) in MAJOR_COLUMNS:
                self._cache[key] = parse_major_cell(column_key(column), text, self.catalog, self.tables)
            else:
                self._cache[key] = parse_cell(column, text)
        return self._cache[key]


def coverage(cells, parse) -> tuple[Counter, Counter, Counter]:
    total, ok, residue = Counter(), Counter(), Counter()
    for column, text in cells:
        conds = parse(column, text)
        total[column] += 1
        if all(c.kind is not Kind.NEEDS_REVIEW for c in conds):
            ok[column] += 1
        else:
            for c in conds:
                if c.kind is Kind.NEEDS_REVIEW:
                    residue[(column_key(column), c.text[:60])] += 1
    return total, ok, residue


def expected_of(conds) -> list[str]:
    return [describe_condition(c) for c in conds]


def precision(parse, fixture: Path = FIXTURE) -> dict[str, tuple[int, int, int, int, list]]:
    """Per labelled sample: (cells, cells exactly as labelled, parsed conditions, parsed
    conditions found in the labels, mismatches). Parsed = every condition except needs_review."""
    rows = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: dict[str, list] = {}
    for row in rows:
        stats = out.setdefault(row.get("sample", "uniform"), [0, 0, 0, 0, []])
        got = expected_of(parse(row["column"], row["text"]))
        stats[0] += 1
        if got == row["expected"]:
            stats[1] += 1
        else:
            stats[4].append((row, got))
        for label in got:
            if not label.startswith("needs_review["):
                stats[2] += 1
                stats[3] += label in row["expected"]
    return {k: tuple(v) for k, v in out.items()}


def first_reading(fixture: Path = FIXTURE) -> dict[str, tuple[int, int]]:
    """Per sample with recorded first passes: (parsed conditions at first reading, of them
    found in the verified labels)."""
    out: dict[str, list[int]] = {}
    for line in fixture.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if row is None or "blind" not in row:
            continue
        stats = out.setdefault(row["sample"], [0, 0])
        for label in row.get("first_pass", row["expected"]):
            if not label.startswith("needs_review["):
                stats[0] += 1
                stats[1] += label in row["expected"]
    return {k: (v[0], v[1]) for k, v in out.items()}


def sample(cells: list[tuple[str, str, str]], n: int, seed: int = SEED) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    return rng.sample(cells, n)


def main() -> None:
    parser = argparse.ArgumentParser(description="规则解析覆盖率与人工标注精确率")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="列出最常见的未解析片段")
    parser.add_argument("--sample", type=int, default=0, help="按固定种子抽样 N 个单元格（用于标注）")
    args = parser.parse_args()
    parse = CellParser()
    started = time.perf_counter()
    sources = {"henan_2026": list(henan_cells(args.data)), "gkld_2021_2023": list(gkld_cells(args.data))}
    if args.sample:
        pool = [(src, c, t) for src, cells in sources.items() for c, t in cells]
        for src, column, text in sample(pool, args.sample):
            print(json.dumps({"source": src, "column": column, "text": text,
                              "expected": expected_of(parse(column, text))}, ensure_ascii=False))
        return
    print("| source | column | cells | fully parsed |")
    print("|---|---|---|---|")
    by_source = {}
    for label, cells in sources.items():
        total, ok, residue = coverage(cells, parse)
        for column in sorted(total, key=total.get, reverse=True):
            print(f"| {label} | {column_key(column)} | {total[column]} | {ok[column] / total[column]:.1%} |")
        n, k = sum(total.values()), sum(ok.values())
        by_source[label] = (n, k)
        print(f"| **{label}** | **all** | **{n}** | **{k / n:.2%}** |")
        if args.show:
            print(f"\n{label} residue:")
            for (column, text), count in residue.most_common(args.show):
                print(f"  {count:5d} {column}: {text}")
    for name, (n, k, parsed, right, wrong) in precision(parse).items():
        print(f"\nlabelled sample '{name}': {k}/{n} cells parsed exactly as labelled = {k / max(n, 1):.2%}; "
              f"precision of parsed conditions {right}/{parsed} = {right / max(parsed, 1):.2%}")
        for row, got in wrong[:10]:
            print(f"  MISMATCH {row['column']}: {row['text'][:60]}\n    expected {row['expected']}\n    got      {got}")
    for name, (parsed, right) in first_reading().items():
        print(f"\nlabelled sample '{name}' at first reading (before the fixes it led to): "
              f"precision of parsed conditions {right}/{parsed} = {right / max(parsed, 1):.2%}")
    print(f"\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
