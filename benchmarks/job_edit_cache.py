"""What a job edit costs the running service's recommendation cache.

    .venv/bin/python benchmarks/job_edit_cache.py [--jobs 10000] [--graduates 5000] [--edits 20] [--no-model]

Builds the service's ``Matcher`` in process with the production ranker (rules engine and
major-fit model), on synthetic Xinjiang jobs and graduates (``samples/generate.py``), and
ranks every graduate into the cache as the service does after start-up. Then, one at a
time, ``--edits`` edits of each kind: a job's text changed (its title and description
swapped for another job's), a new job (a copy of an existing one under a new id), a job
removed. For each kind: the time of the edit call itself (it scores every cached graduate
against the edited job, before and after), how many cached results it kept, and the time
the background warm-up then needs to rank the dropped ones again. Before results were
kept across edits, every edit dropped them all (the full warm-up time is printed too).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT))

from generate import generate_graduates, generate_jobs  # noqa: E402


def records(n_jobs: int, n_graduates: int):
    from service.importers import read_graduates, read_jobs
    from service.resources import load_major_catalog

    catalog = load_major_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        out = []
        for name, rows in (("jobs.csv", generate_jobs(n_jobs, seed=11)), ("graduates.csv", generate_graduates(n_graduates, seed=12))):
            with (Path(tmp) / name).open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
        out.append(read_jobs(Path(tmp) / "jobs.csv", catalog=catalog).records)
        out.append(read_graduates(Path(tmp) / "graduates.csv", catalog=catalog).records)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="岗位修改对推荐缓存的影响")
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--graduates", type=int, default=5_000)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()

    from service.api.matching import Matcher
    from service.api.ranker_factories import basic_ranker_factory, default_ranker_factory

    jobs, graduates = records(args.jobs, args.graduates)
    matcher = Matcher(factory=basic_ranker_factory if args.no_model else default_ranker_factory)
    started = time.perf_counter()
    matcher.load(jobs)
    print(f"{len(jobs)} jobs, {len(graduates)} graduates; ranker fitted in {time.perf_counter() - started:.1f}s", flush=True)
    started = time.perf_counter()
    matcher.warm(graduates)
    full = time.perf_counter() - started
    print(f"full warm-up (what every edit used to cost): {full:.1f}s", flush=True)

    rng = random.Random(7)
    live = {j.id: j for j in jobs}
    kinds = {
        "text changed": lambda n: matcher.upsert([_retitled(live, rng)]),
        "new job": lambda n: matcher.upsert([_copy(live, rng, n)]),
        "job removed": lambda n: matcher.remove([_removed(live, rng)]),
    }
    print("| edit | edit call, median (max) | results kept, median (min) of "
          f"{len(graduates)} | re-warm after it, median (max) |\n|---|---|---|---|")
    for label, edit in kinds.items():
        calls, kept, rewarm = [], [], []
        for n in range(args.edits):
            before = matcher.edit_stats["kept"]
            t = time.perf_counter()
            edit(n)
            calls.append(time.perf_counter() - t)
            kept.append(matcher.edit_stats["kept"] - before)
            t = time.perf_counter()
            matcher.warm(graduates)
            rewarm.append(time.perf_counter() - t)
        print(f"| {label} | {statistics.median(calls) * 1000:.0f} ms ({max(calls) * 1000:.0f}) | "
              f"{statistics.median(kept):.0f} ({min(kept)}) | {statistics.median(rewarm):.2f} s ({max(rewarm):.2f}) |",
              flush=True)


def _retitled(live, rng):
    target, source = rng.sample(sorted(live), 2)
    job = replace(live[target], title=live[source].title, description=live[source].description)
    live[target] = job
    return job


def _copy(live, rng, n):
    job = replace(live[rng.choice(sorted(live))], id=f"BENCH-NEW-{n}")
    live[job.id] = job
    return job


def _removed(live, rng):
    job_id = rng.choice(sorted(live))
    del live[job_id]
    return job_id


if __name__ == "__main__":
    main()
