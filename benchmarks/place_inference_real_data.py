"""How far ``features.place_inference`` places the real tables' posts that state no location.

Run (from the project root, needs ``../shared/data``)::

    .venv/bin/python -m benchmarks.place_inference_real_data [--data ../shared/data] [--save placed.json]
        [--against placed.json]

For Henan 2026 and gkld: posts with no stated location, how many are placed, to the county, the
prefecture or the province only, and from which text (单位名称, 上级单位, 招聘公告); then the same with
the announcement left out, as a table that names no province would be read. ``--save`` writes each
placed post's place (id → place, announcement read) to compare a later version against:
``--against`` prints how many placements differ, by level before → now, and a sample of them
(fixed seed) to check by hand.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from features.data.places import PROVINCE_DIVISIONS
from features.place_inference import InferredLocation, infer_location
from features.records import Job
from service.importers import read_jobs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TABLES = {"Henan 2026": "positions/henan_2026.xlsx", "gkld": "positions/gkld_2021_2023.jsonl"}
_PREFECTURES = {prefecture for prefectures in PROVINCE_DIVISIONS.values() for prefecture in prefectures}


def level(place: InferredLocation | None) -> str:
    if place is None:
        return "none"
    if place.province_only:
        return "province"
    return "prefecture" if place.local in _PREFECTURES else "county"


def _summary(placed: list[InferredLocation | None]) -> str:
    levels = Counter(map(level, placed))
    sources = Counter(p.source for p in placed if p is not None)
    return (f"{len(placed) - levels['none']:,} placed (county {levels['county']:,}, "
            f"prefecture {levels['prefecture']:,}, province {levels['province']:,}; none {levels['none']:,}); "
            f"by {dict(sources)}")


def _compare(jobs: list[Job], placed: list[InferredLocation | None], saved: dict[str, str | None], show: int) -> None:
    changed = [(job, saved.get(job.id), place) for job, place in zip(jobs, placed)
               if (place and place.place) != saved.get(job.id)]
    employers = {job.employer for job, _, _ in changed}
    print(f"  changed against the saved run: {len(changed):,} posts, {len(employers):,} employers")
    for job, before, now in random.Random(20261206).sample(changed, min(show, len(changed))):
        print(f"    {job.employer} | {job.parent_unit or ''} | {before} -> {now and now.place}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (../shared/data)")
    parser.add_argument("--save", type=Path, help="write id → inferred place (Henan 2026) to this JSON file")
    parser.add_argument("--against", type=Path, help="compare with a file --save wrote")
    parser.add_argument("--show", type=int, default=30, help="changed placements printed with --against")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found: nothing to measure")
        return 0
    for name, relative in TABLES.items():
        jobs = [job for job in read_jobs(args.data / relative).records if not job.location]
        print(f"{name}: {len(jobs):,} posts state no location")
        if not jobs:
            continue
        placed = [infer_location(j.employer, j.parent_unit, j.announcement) for j in jobs]
        print("  " + _summary(placed))
        print("  without the announcement: " + _summary([infer_location(j.employer, j.parent_unit) for j in jobs]))
        if name != "Henan 2026":
            continue
        if args.save:
            args.save.write_text(json.dumps({j.id: p and p.place for j, p in zip(jobs, placed)}, ensure_ascii=False))
        if args.against:
            _compare(jobs, placed, json.loads(args.against.read_text()), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
