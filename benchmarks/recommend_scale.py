"""Time and peak memory of ``jobmatch recommend`` at scale (default 5,000 jobs × 1,000 graduates).

    .venv/bin/python benchmarks/recommend_scale.py [--jobs 5000] [--graduates 1000] [--no-model]

Generates synthetic Xinjiang jobs and graduates with ``samples/generate.py`` into a
temporary folder, runs the real CLI in a child process (import, model load, fit, rank,
CSV output) and reports wall time and the child's peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from generate import generate_graduates, generate_jobs  # noqa: E402
from writers import write_csv  # noqa: E402



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=5000)
    parser.add_argument("--graduates", type=int, default=1000)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--no-model", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_csv(generate_jobs(args.jobs, seed=11), tmp / "jobs.csv")
        write_csv(generate_graduates(args.graduates, seed=12), tmp / "graduates.csv")
        command = [str(ROOT / ".venv" / "bin" / "jobmatch"), "recommend", "--jobs", str(tmp / "jobs.csv"),
                   "--graduates", str(tmp / "graduates.csv"), "--top", str(args.top), "--out", str(tmp / "out.csv")]
        if args.no_model:
            command.append("--no-model")
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            sys.exit(f"jobmatch failed ({done.returncode}):\n{done.stderr}")
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        with (tmp / "out.csv").open(encoding="utf-8-sig") as f:
            rows = sum(1 for _ in f) - 1
    model = "without model" if args.no_model else "with major-fit model"
    print(f"jobmatch recommend, {args.jobs} jobs × {args.graduates} graduates, top {args.top}, {model}: "
          f"{elapsed:.1f} s wall, peak RSS {peak_mib:.0f} MiB, {rows} output rows")


if __name__ == "__main__":
    main()
