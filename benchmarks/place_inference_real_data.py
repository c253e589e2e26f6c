"""How far ``features.place_inference`` places the real tables' posts that state no location.

Run (from the project root, needs ``../shared/data``)::

    .venv/bin/python -m benchmarks.place_inference_real_data [--data ../shared/data] [--save placed.json]
        [--against placed.json]

For Henan 2026, gkld and Wuhan 2024: posts with no stated location, how many are placed, to the
county, the prefecture or the province only, and from which text (a remark's 「工作地点：…」, ``features.place_statements``,
by its column: 备注 …; else 单位名称, 上级单位, 招聘公告); then
the same with the announcement left out, as a table that names no province would be read. Posts that
state a location are placed too, as if they did not, and the place compared with the stated one
(the province it names, and the place below when one was inferred), a sample of disagreements
printed. ``--save`` writes each placed post's place (id → place, announcement read) to compare a later version against:
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
from features.place_inference import InferredLocation, infer_location, stated_place
from features.place_names import provinces_named, short_name
from features.place_statements import stated_work_place
from features.records import Job
from service.importers import read_jobs

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TABLES = {"Henan 2026": "positions/henan_2026.xlsx", "gkld": "positions/gkld_2021_2023.jsonl",
          "Wuhan 2024": "postings/wuhan_2024.xlsx"}
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


def _agreement(place: InferredLocation, stated: str) -> str:
    """How an inferred place meets the stated one: ``unknown`` when the stated place names no
    province (「武汉 江夏」), else ``agrees below`` / ``agrees`` (the province) / ``disagrees``."""
    stated = stated.replace(" ", "")
    if not provinces_named(stated):
        return "unknown"
    if place.province[:2] not in stated and short_name(place.province) not in stated:
        return "disagrees"
    if not place.local:
        return "agrees"
    return "agrees below" if place.local in stated or short_name(place.local) in stated else "disagrees"


def _remarks_against_stated(jobs: list[Job], show: int) -> None:
    """Posts stating a location whose remark states a work place too, and those naming another place
    (neither holds the other: the 工作地点与备注不一致 check)."""
    said = [(job, stated_work_place(job.conditions, job.description)) for job in jobs]
    said = [(job, s, stated_place(job.location)) for job, s in said if s is not None]
    differ = [(job, s, c) for job, s, c in said if c and not (s.place.startswith(c) or c.startswith(s.place))]
    print(f"  a remark states the work place too: {len(said):,}; another place than the location column: {len(differ):,}")
    for job, s, _ in differ[:show]:
        print(f"    {job.id} {job.employer} | stated {job.location} | {s.source} {s.place}")


def _against_stated(jobs: list[Job], show: int) -> None:
    placed = [(job, infer_location(job.employer, job.parent_unit, job.announcement)) for job in jobs]
    verdicts = Counter(_agreement(p, job.location or "") for job, p in placed if p is not None)
    print(f"  stating a location, placed as if they did not: {sum(verdicts.values()):,} of {len(jobs):,} "
          f"(agrees {verdicts['agrees'] + verdicts['agrees below']:,}, of which below the province "
          f"{verdicts['agrees below']:,}; disagrees {verdicts['disagrees']:,}; stated place names no province "
          f"{verdicts['unknown']:,})")
    wrong = {(job.employer, job.location, p.place) for job, p in placed
             if p is not None and _agreement(p, job.location or "") == "disagrees"}
    # A stated city or municipality alone (「北京北京市」) and a county inferred in it (北京市海淀区): more
    # precise, not contrary (disagrees by the test above, which reads the inferred county in the cell).
    inside = sum(1 for job, p in placed if p is not None and _agreement(p, job.location or "") == "disagrees"
                 and (said := stated_place(job.location)) and p.place != said and p.place.startswith(said))
    if inside:
        print(f"    of the disagreements, {inside:,} lie inside the stated place, named more precisely (a county of "
              f"the stated city)")
    for employer, stated, inferred in sorted(wrong)[:show]:
        print(f"    {employer} | stated {stated} | inferred {inferred}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (../shared/data)")
    parser.add_argument("--save", type=Path, help="write id → inferred place (Henan 2026) to this JSON file")
    parser.add_argument("--against", type=Path, help="compare with a file --save wrote")
    parser.add_argument("--show", type=int, default=30, help="changed placements printed with --against")
    parser.add_argument("--show-disagreements", type=int, default=10,
                        help="distinct posts whose inferred place disagrees with the stated one, printed")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data} not found: nothing to measure")
        return 0
    for name, relative in TABLES.items():
        records = read_jobs(args.data / relative).records
        jobs = [job for job in records if not job.location]
        print(f"{name}: {len(jobs):,} posts state no location")
        if stating := [job for job in records if job.location]:
            _against_stated(stating, args.show_disagreements)
            _remarks_against_stated(stating, args.show_disagreements)
        if not jobs:
            continue
        placed = [j.inferred_location for j in jobs]  # a remark's 「工作地点：…」 first, then the names
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
