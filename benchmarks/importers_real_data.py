"""Import the real position and posting tables of ``../shared/data`` and report what happened.

    .venv/bin/python benchmarks/importers_real_data.py

For each file: records read, rows skipped (by column), wall time, how many salaries and
employer types are known. Needs ``../shared/data``; prints a note and exits 0 without it.
"""

from __future__ import annotations

import collections
import sys
import time
from pathlib import Path

from service.importers import read_jobs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("positions/henan_2026.xlsx", "postings/wuhan_2024.xlsx", "positions/gkld_2021_2023.jsonl")


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} not found: nothing to measure")
        return 0
    for relative in FILES:
        path = DATA / relative
        started = time.perf_counter()
        result = read_jobs(path)
        elapsed = time.perf_counter() - started
        skipped = collections.Counter(error.column for error in result.skipped)
        salary = sum(j.salary.minimum is not None or j.salary.maximum is not None for j in result.records)
        kinds = collections.Counter(str(j.employer_type) for j in result.records)
        print(
            f"{relative}: {len(result.records)} read, {len(result.skipped)} skipped {dict(skipped)}, "
            f"{len(result.repeated)} identical repeats read once, "
            f"{elapsed:.2f}s; salary known {salary}; employer types {dict(kinds)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
