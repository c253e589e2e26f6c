"""Parse coverage of ``parse_major_requirement`` on the real position tables.

Run: ``.venv/bin/python -m benchmarks.major_fit_parse_coverage [--data ../shared/data] [--show 20]``.
A cell counts as parsed when it is unrestricted, or when at least one code resolved and
no text was left unparsed; "fully resolved" additionally needs every named major to
resolve to a code.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from service.training_data import DEFAULT_DATA, gkld_jobs, henan_jobs
from features.major_requirements import parse_major_requirement
from service.model_store import load_major_code_tables
from service.resources import load_major_catalog


def coverage(texts, catalog, tables):
    stats = Counter()
    residue, unresolved = Counter(), Counter()
    for text in texts:
        req = parse_major_requirement(text, catalog, tables=tables)
        stats["cells"] += 1
        if req.unrestricted:
            stats["unrestricted"] += 1
            continue
        stats["restricted"] += 1
        has_code = bool(req.resolved)
        stats["with_code"] += has_code
        clean = has_code and not req.unparsed
        stats["parsed"] += clean
        missing = [r.name for r in req.refs if r.code is None and r.name != "不限"]
        stats["fully_resolved"] += clean and not missing
        stats["with_undergrad_keys"] += bool(req.admits_undergrad_keys())
        residue.update(req.unparsed)
        unresolved.update(missing)
    return stats, residue, unresolved


def main() -> None:
    parser = argparse.ArgumentParser(description="专业要求解析覆盖率")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=15, help="列出最常见的未解析片段")
    args = parser.parse_args()
    catalog, tables = load_major_catalog(), load_major_code_tables()
    start = time.perf_counter()
    print("| source | cells | unrestricted | restricted: ≥1 code, no residue | restricted: fully resolved | restricted: has 本科 keys |")
    print("|---|---|---|---|---|---|")
    for label, jobs in (("henan_2026", henan_jobs(args.data)), ("gkld_2021_2023", gkld_jobs(args.data))):
        texts = [job.majors_text for job, _ in jobs if job.majors_text]
        stats, residue, unresolved = coverage(texts, catalog, tables)
        r = max(stats["restricted"], 1)
        print(f"| {label} | {stats['cells']} | {stats['unrestricted']} | {stats['parsed'] / r:.1%} | "
              f"{stats['fully_resolved'] / r:.1%} | {stats['with_undergrad_keys'] / r:.1%} |")
        if args.show:
            print(f"\n{label} residue: {residue.most_common(args.show)}")
            print(f"{label} unresolved names: {unresolved.most_common(args.show)}\n")
    print(f"time: {time.perf_counter() - start:.1f}s")


if __name__ == "__main__":
    main()
