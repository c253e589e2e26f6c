"""Recommendation latency through HTTP on loopback (issue 6).

    .venv/bin/python benchmarks/api_latency.py [--jobs 10000] [--graduates 5000]
        [--requests 2000] [--concurrency 20] [--cold] [--no-model] [--database-url URL]

Generates synthetic Xinjiang jobs and graduates with ``samples/generate.py``, imports
them into a fresh database in a temporary data directory, starts the real service
(``jobmatch serve``: uvicorn, one process) and sends ``--requests`` requests
``GET /api/graduates/{id}/recommendations`` for graduates drawn at random (seeded) from
``--concurrency`` concurrent clients (httpx, async). Each request is a full unit of
work: token lookup, graduate read, ranking with rules and reasons, logging of the
suggestions. Reports p50 / p90 / p99 / max latency and throughput. ``--as-graduate`` gives every
graduate an account and sends each request with the graduate's own token (their own view, judged
on the record without officer-only fields), instead of one officer's. ``--accounts-issued-live N``
(with ``--as-graduate``) issues N of those accounts with ``jobmatch users add`` once the service is warm,
waits ``--after-issue`` seconds (as a token handed out is not used at once) and measures the first
request of each new account, ``--concurrency`` at a time (1: one by one); and the next request of 200
accounts logged in before the issue, before and after it (an account change must not cost every
logged-in user a token look-up).

By default the load starts once the service has ranked every graduate into its cache
(``/api/health`` reports ``warm``; the time that took is printed too): that is the
steady state of a running service. ``--cold`` turns the warm-up off, so every first
request for a graduate ranks them on the spot.

The clients share the machine's two cores with the server, so their own cost is part of
what is measured: httpx spends more CPU per request (~1.7 ms) than the server does on a
cached answer, and one httpx process saturates a core. ``--client raw`` sends the same
HTTP/1.1 keep-alive requests through bare asyncio streams, which costs far less, and
``--client-processes`` (default 2) spreads the 20 connections over processes. Both are reported.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT))

from generate import generate_graduates, generate_jobs  # noqa: E402
from writers import write_csv  # noqa: E402

#: The officer's token, or with ``--as-graduate`` each graduate's own (graduate id → token).
Tokens = str | dict[str, str]


def load(data_dir: Path, database_url: str | None, jobs: int, graduates: int,
         as_graduate: bool = False, live: int = 0) -> tuple[Tokens, list[str]]:
    """Import the generated files and issue an officer token, or with ``as_graduate`` one account per
    graduate but the last ``live`` (issued later, ``issue_live``); returns (the token or graduate id → token,
    graduate ids)."""
    from service.auth import Role, issue_user
    from service.importers import read_graduates, read_jobs
    from service.resources import load_major_catalog
    from service.settings import Settings
    from service.storage import repository
    from service.storage.db import open_database

    write_csv(generate_jobs(jobs, seed=11), data_dir / "jobs.csv")
    write_csv(generate_graduates(graduates, seed=12), data_dir / "graduates.csv")
    catalog = load_major_catalog()
    job_records = read_jobs(data_dir / "jobs.csv", catalog=catalog).records
    graduate_records = read_graduates(data_dir / "graduates.csv", catalog=catalog).records
    settings = Settings(data_dir=data_dir, database_url=database_url)
    engine, sessions = open_database(settings.resolved_database_url)
    with sessions() as session:
        repository.upsert_jobs(session=session, jobs=job_records)
        repository.upsert_graduates(session=session, graduates=graduate_records)
        if as_graduate:
            token = {g.id: issue_user(session=session, name=f"基准测试{g.id}", role=Role.GRADUATE,
                                      graduate_id=g.id).token for g in graduate_records[:len(graduate_records) - live]}
        else:
            token = issue_user(session=session, name="基准测试", role=Role.OFFICER).token
        session.commit()
    engine.dispose()
    return token, [g.id for g in graduate_records]


def issue_live(data_dir: Path, database_url: str | None, ids: list[str]) -> dict[str, str]:
    """One graduate account per id through the command line, as an officer issues one while the
    service runs; graduate id → token."""
    env = {**os.environ, "JOBMATCH_DATA_DIR": str(data_dir)}
    if database_url:
        env["DATABASE_URL"] = database_url
    tokens = {}
    for graduate_id in ids:
        out = subprocess.run([str(ROOT / ".venv" / "bin" / "jobmatch"), "users", "add", "--role", "graduate",
                              "--name", f"新账号{graduate_id}", "--graduate-id", graduate_id],
                             env=env, check=True, capture_output=True, text=True).stdout
        tokens[graduate_id] = out.strip().rsplit("：", 1)[-1]
    return tokens


def start_server(data_dir: Path, port: int, database_url: str | None, no_model: bool, cold: bool) -> subprocess.Popen:
    env = {**os.environ, "JOBMATCH_DATA_DIR": str(data_dir), "JOBMATCH_WARM_RECOMMENDATIONS": str(not cold).lower()}
    if database_url:
        env["DATABASE_URL"] = database_url
    if no_model:
        env["JOBMATCH_MODEL_DIR"] = str(data_dir / "no-model")
    command = [str(ROOT / ".venv" / "bin" / "jobmatch"), "serve", "--port", str(port)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=open(data_dir / "server.log", "w"))


def wait_ready(base: str, server: subprocess.Popen, timeout: float = 300) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            sys.exit(f"server exited with {server.returncode}")
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    sys.exit("server did not start")


def wait_warm(base: str, server: subprocess.Popen, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server.poll() is not None:
            sys.exit(f"server exited with {server.returncode}")
        try:
            if httpx.get(base + "/api/health", timeout=10).json().get("warm"):
                return time.perf_counter() - start
        except httpx.HTTPError:
            pass  # busy: ask again
        time.sleep(0.5)
    sys.exit(f"cache not warm after {timeout:.0f} s: {httpx.get(base + '/api/health').json()}")


async def run_raw_load(base: str, token: Tokens, ids: list[str], concurrency: int) -> tuple[list[float], float]:
    """The same requests over bare asyncio streams (HTTP/1.1 keep-alive, Content-Length bodies)."""
    host, port = base.removeprefix("http://").split(":")
    queue: asyncio.Queue[str] = asyncio.Queue()
    for graduate_id in ids:
        queue.put_nowait(graduate_id)
    latencies: list[float] = []

    async def worker():
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while True:
                try:
                    graduate_id = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                request = (f"GET /api/graduates/{graduate_id}/recommendations HTTP/1.1\r\nHost: {host}\r\n"
                           f"Authorization: Bearer {_token(token, graduate_id)}\r\n\r\n").encode()
                start = time.perf_counter()
                writer.write(request)
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head.split(b" ", 2)[1])
                length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))
                body = await reader.readexactly(length)
                latencies.append(time.perf_counter() - start)
                if status != 200:
                    raise RuntimeError(f"{status}: {body[:300]!r}")
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - start


def _client_process(args: tuple) -> tuple[list[float], float]:
    kind, base, token, ids, concurrency = args
    runner = run_raw_load if kind == "raw" else run_load
    return asyncio.run(runner(base, token, ids, concurrency))


def run_clients(kind: str, base: str, token: Tokens, ids: list[str], concurrency: int, processes: int):
    """Split the requests and connections over ``processes`` client processes."""
    if processes <= 1:
        return _client_process((kind, base, token, ids, concurrency))
    shares = [ids[i::processes] for i in range(processes)]
    per = [concurrency // processes + (1 if i < concurrency % processes else 0) for i in range(processes)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        parts = pool.map(_client_process, [(kind, base, token, share, n) for share, n in zip(shares, per)])
    return [x for latencies, _ in parts for x in latencies], time.perf_counter() - started


async def run_load(base: str, token: Tokens, ids: list[str], concurrency: int) -> tuple[list[float], float]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for graduate_id in ids:
        queue.put_nowait(graduate_id)
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        async def worker():
            while True:
                try:
                    graduate_id = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                start = time.perf_counter()
                response = await client.get(f"/api/graduates/{graduate_id}/recommendations",
                                            headers={"Authorization": f"Bearer {_token(token, graduate_id)}"})
                latencies.append(time.perf_counter() - start)
                if response.status_code != 200:
                    raise RuntimeError(f"{response.status_code}: {response.text[:300]}")

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return latencies, time.perf_counter() - start


def _token(token: Tokens, graduate_id: str) -> str:
    """The officer's token, or the graduate's own (``--as-graduate``)."""
    return token[graduate_id] if isinstance(token, dict) else token


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--graduates", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database-url", help="PostgreSQL URL instead of a SQLite file (the database must be empty)")
    parser.add_argument("--no-model", action="store_true", help="serve without the trained major-fit model")
    parser.add_argument("--cold", action="store_true", help="no background warm-up of the recommendation cache")
    parser.add_argument("--warm-timeout", type=float, default=1800, help="seconds to wait for the warm cache")
    parser.add_argument("--as-graduate", action="store_true",
                        help="each graduate asks for their own view with their own account (not an officer)")
    parser.add_argument("--accounts-issued-live", type=int, default=0,
                        help="with --as-graduate: issue this many accounts through the CLI once the service is warm "
                             "and measure each one's first request")
    parser.add_argument("--after-issue", type=float, default=15.0,
                        help="seconds between issuing those accounts and their first requests")
    parser.add_argument("--client", choices=["httpx", "raw"], default="httpx", help="HTTP client of the load generator")
    parser.add_argument("--client-processes", type=int, default=2, help="client processes sharing the connections")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        started = time.perf_counter()
        live = args.accounts_issued_live if args.as_graduate else 0
        token, ids = load(data_dir, args.database_url, args.jobs, args.graduates, args.as_graduate, live)
        print(f"generated and imported {args.jobs} jobs, {args.graduates} graduates in {time.perf_counter() - started:.1f} s")
        server = start_server(data_dir, args.port, args.database_url, args.no_model, args.cold)
        try:
            base = f"http://127.0.0.1:{args.port}"
            print(f"server ready in {wait_ready(base, server):.1f} s (migrations, ranker fit on {args.jobs} jobs)")
            if not args.cold:
                print(f"all {args.graduates} graduates ranked into the cache {wait_warm(base, server, args.warm_timeout):.1f} s later")
            if live:
                return first_requests(args, data_dir, base, ids[len(ids) - live:], token)
            rng = random.Random(6)
            warm = [rng.choice(ids) for _ in range(args.warmup)]
            run_clients(args.client, base, token, warm, args.concurrency, args.client_processes)
            sample = [rng.choice(ids) for _ in range(args.requests)]
            load_before = os.getloadavg()[0]  # other processes on the 2 cores distort the numbers
            latencies, wall = run_clients(args.client, base, token, sample, args.concurrency, args.client_processes)
        finally:
            server.terminate()
            server.wait(timeout=30)
    ms = [x * 1000 for x in latencies]
    distinct = len(set(sample))
    mode = ("cold cache" if args.cold else "warm cache") + (", each graduate asking as themself" if args.as_graduate else ", as an officer")
    client = f"{args.client} client in {args.client_processes} process{'es' if args.client_processes > 1 else ''}"
    print(f"{len(ms)} requests ({distinct} distinct graduates) at {args.concurrency} concurrent clients ({client}), {mode}, "
          f"after {args.warmup} warm-up requests: p50 {percentile(ms, 50):.1f} ms, p90 {percentile(ms, 90):.1f} ms, "
          f"p99 {percentile(ms, 99):.1f} ms, max {max(ms):.1f} ms, mean {statistics.fmean(ms):.1f} ms; "
          f"{len(ms) / wall:.0f} requests/s; load average before the run {load_before:.2f} on {os.cpu_count()} CPUs")


def first_requests(args, data_dir: Path, base: str, live_ids: list[str], served_tokens: dict[str, str]) -> None:
    """``--accounts-issued-live``: issue the accounts, wait, then each one's first request; and the next
    request of accounts that were logged in before the issue (their logins cached by the service)."""
    together = min(args.concurrency, len(live_ids))  # 1: one at a time; more: a class handed its tokens at once
    served = list(served_tokens)[:200]
    run_clients(args.client, base, served_tokens, served, together, 1)  # logins now cached
    before, _ = run_clients(args.client, base, served_tokens, served, together, 1)
    started = time.perf_counter()
    tokens = issue_live(data_dir, args.database_url, live_ids)
    print(f"issued {len(tokens)} graduate accounts with jobmatch users add in {time.perf_counter() - started:.1f} s; "
          f"own views cached: {httpx.get(base + '/api/health').json().get('cached_own_views')}")
    time.sleep(args.after_issue)
    print(f"{args.after_issue:.0f} s later, own views cached: {httpx.get(base + '/api/health').json().get('cached_own_views')}")
    after, _ = run_clients(args.client, base, served_tokens, served, together, 1)
    for label, values in (("before the issue", before), ("after it", after)):
        ms = [x * 1000 for x in values]
        print(f"next request of {len(ms)} accounts logged in before the issue, {label}: p50 {percentile(ms, 50):.1f} ms, "
              f"p90 {percentile(ms, 90):.1f} ms, mean {statistics.fmean(ms):.1f} ms")
    latencies, _ = run_clients(args.client, base, tokens, live_ids, together, 1)
    ms = [x * 1000 for x in latencies]
    print(f"first request of each of {len(ms)} accounts issued while serving, {together} at a time ({args.client} client): "
          f"p50 {percentile(ms, 50):.1f} ms, p90 {percentile(ms, 90):.1f} ms, max {max(ms):.1f} ms, "
          f"mean {statistics.fmean(ms):.1f} ms; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
