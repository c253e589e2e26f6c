"""Cost of the officer page's section of graduates off the support list who may claim the
求职创业补贴 (``support_list.subsidy_outside_support``), which spans every graduate.

    .venv/bin/python benchmarks/officer_subsidy_section.py [--graduates 5000] [--runs 10]
        [--edits 20] [--imports 20] [--database-url URL]

Generates ``--graduates`` synthetic graduates and 200 jobs with ``samples/generate.py``,
imports them into a fresh database in a temporary directory, starts the app in process with
``samples/policies.csv`` (basic ranker, no warm-up) and, logged in as an officer through
``TestClient``, times ``GET /officer`` (first view, then the median of the others), a filtered
view and ``GET /api/support/subsidy-unclaimed`` where it exists; the section's own share is
timed by wrapping the service function. These views run without the section's warm-up
(``warm_subsidy_section`` off), so the first view judges everyone.

Then, where the service has the warm-up (``service.api.subsidy_verdicts``), it starts the app
again with it on and times: a view sent at once (while the warm-up runs), the warm-up itself
(start-up until it is done), the first view after it, and, with the app's clock moved to the
next day, the warm-up of the new day (``warm()``, what the background loop runs when it sees
the day change) and the first view of that day. Last, ``--edits`` PATCHes of one graduate
each (a 国家助学贷款 toggled on graduates off the list, one at a time, each awaited): the
warm-up's background work each edit wakes (the time inside its passes, ``warm`` and, where it
exists, ``warm_written``). Then ``--imports`` uploads of a one-graduate file each
(``POST /api/graduates/import``, the same loan toggled on other graduates off the list, each
awaited): the upload's own time and the warm-up's background work it wakes, as for the edits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT))

from generate import generate_graduates, generate_jobs  # noqa: E402
from writers import write_csv  # noqa: E402



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graduates", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--imports", type=int, default=20, help="one-graduate file uploads to time (0: none)")
    parser.add_argument("--database-url")
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from service.api import create_app, support_list
    from service.api.ranker_factories import basic_ranker_factory
    from service.auth import Role, issue_user
    from service.importers import read_graduates, read_jobs
    from service.resources import load_major_catalog
    from service.settings import Settings
    from service.storage import repository
    from service.storage.db import make_engine, make_session_factory, upgrade

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        write_csv(generate_jobs(200, seed=11), data / "jobs.csv")
        rows = generate_graduates(args.graduates, seed=12)
        write_csv(rows, data / "graduates.csv")
        catalog = load_major_catalog()
        settings = Settings(data_dir=data / "data", database_url=args.database_url, warm_recommendations=False,
                            policies=ROOT / "samples" / "policies.csv")
        if "warm_subsidy_section" in Settings.model_fields:
            settings = settings.model_copy(update={"warm_subsidy_section": False})
        settings.prepare()
        engine = make_engine(settings.resolved_database_url)
        upgrade(engine)
        with make_session_factory(engine)() as session:
            repository.upsert_jobs(session=session, jobs=read_jobs(data / "jobs.csv", catalog=catalog).records)
            repository.upsert_graduates(session=session,
                                        graduates=read_graduates(data / "graduates.csv", catalog=catalog).records)
            token = issue_user(session=session, name="基准测试", role=Role.OFFICER).token
            session.commit()
        engine.dispose()

        section = support_list.subsidy_outside_support
        spent: list[float] = []

        def timed(**kwargs):
            started = time.perf_counter()
            try:
                return section(**kwargs)
            finally:
                spent.append(time.perf_counter() - started)

        support_list.subsidy_outside_support = timed
        app = create_app(settings, ranker_factory=basic_ranker_factory)
        with TestClient(app) as client:
            assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
            for label, url in (("/officer", "/officer"), ("/officer?school=大学", "/officer?school=大学")):
                spent.clear()
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    page = client.get(url)
                    times.append(time.perf_counter() - started)
                    assert page.status_code == 200, page.text[:300]
                found = re.search(r"不在帮扶名单的毕业生（(\d+) 人）", page.text)
                print(f"{label}: {args.graduates} graduates, {found and found.group(1)} in the section; "
                      f"first view {times[0] * 1000:.0f} ms, then median {statistics.median(times[1:]) * 1000:.0f} ms "
                      f"(the section {statistics.median(spent[1:]) * 1000:.0f} ms)")
            headers = {"Authorization": f"Bearer {token}"}
            if client.get("/api/support/subsidy-unclaimed", headers=headers).status_code == 200:
                times = []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    answer = client.get("/api/support/subsidy-unclaimed?limit=20", headers=headers)
                    times.append(time.perf_counter() - started)
                print(f"/api/support/subsidy-unclaimed?limit=20: median {statistics.median(times) * 1000:.0f} ms, "
                      f"total {answer.json()['total']}")
        if "warm_subsidy_section" in Settings.model_fields:
            _with_warm_up(settings.model_copy(update={"warm_subsidy_section": True}), token, args.graduates, spent,
                          edits=args.edits, imports=args.imports, rows=rows)
        support_list.subsidy_outside_support = section
    return 0


def _ms(started: float) -> str:
    return f"{(time.perf_counter() - started) * 1000:.0f} ms"


def _with_warm_up(settings, token: str, graduates: int, spent: list[float], *, edits: int = 0, imports: int = 0,
                  rows: list[dict] = ()) -> None:
    """The first views with the section's warm-up (see the module's docstring); ``spent`` gets
    the section's own time of each view."""
    from fastapi.testclient import TestClient

    from service.api import create_app
    from service.api.ranker_factories import basic_ranker_factory
    from service.engine import beijing_today

    day = [beijing_today()]
    app = create_app(settings, ranker_factory=basic_ranker_factory, clock=lambda: day[0])
    started = time.perf_counter()
    with TestClient(app) as client:
        warmup = app.state.subsidy_warmup
        # The session's cookie is set before the timed views: logging in reads the token's user.
        assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
        at_once = time.perf_counter()
        page = client.get("/officer")
        assert page.status_code == 200, page.text[:300]
        during = f"{_ms(at_once)} (the section {spent[-1] * 1000:.0f} ms)"
        assert warmup.wait(timeout=600)
        warmed = _ms(started)
        first = time.perf_counter()
        assert client.get("/officer").status_code == 200
        print(f"/officer with the warm-up, {graduates} graduates: a view sent at start-up {during}; "
              f"start-up until the warm-up is done {warmed}; the first view after it {_ms(first)} "
              f"(the section {spent[-1] * 1000:.0f} ms)")
        day[0] += dt.timedelta(days=1)
        started = time.perf_counter()
        judged = warmup.warm()
        warmed = _ms(started)
        first = time.perf_counter()
        assert client.get("/officer").status_code == 200
        print(f"next day: the warm-up judged {judged} graduates in {warmed}; the first view of the day {_ms(first)} "
              f"(the section {spent[-1] * 1000:.0f} ms)")
        if edits:
            _single_edits(client, warmup, token, edits)
        if imports:
            _single_imports(client, warmup, token, imports, rows)


def _timed_passes(warmup) -> list[tuple[str, float]]:
    """Wrap the warm-up's passes (once per warm-up) so that each appends (name, seconds) to the
    list returned."""
    if hasattr(warmup, "_bench_passes"):
        return warmup._bench_passes
    passes: list[tuple[str, float]] = []

    def timed(name: str, run):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return run(*args, **kwargs)
            finally:
                passes.append((name, time.perf_counter() - started))
        return wrapper

    for name in ("warm", "warm_written"):
        if hasattr(warmup, name):
            setattr(warmup, name, timed(name, getattr(warmup, name)))
    warmup._bench_passes = passes
    return passes


def _single_edits(client, warmup, token: str, edits: int) -> None:
    """``edits`` PATCHes of one graduate each, awaited one by one; the warm-up's time in its passes
    after each (see the module's docstring)."""
    passes = _timed_passes(warmup)
    off_list = [g for g in warmup.graduates() if not g.needs_support][:edits]
    headers = {"Authorization": f"Bearer {token}"}
    per_edit: list[float] = []
    for graduate in off_list:
        passes.clear()
        answer = client.patch(f"/api/graduates/{graduate.id}", headers=headers,
                              json={"student_loan": not graduate.student_loan})
        assert answer.status_code == 200, answer.text[:300]
        assert warmup.wait(timeout=600)
        # A full pass calls ``warm`` inside ``warm_written`` only when not warm: count the outer one.
        per_edit.append(max((t for _, t in passes), default=0.0))
    kinds = sorted({name for name, _ in passes})
    print(f"{len(per_edit)} single-graduate PATCHes: the warm-up's background work per edit median "
          f"{statistics.median(per_edit) * 1000:.1f} ms, max {max(per_edit) * 1000:.1f} ms (passes: {', '.join(kinds)})")


def _single_imports(client, warmup, token: str, imports: int, rows: list[dict]) -> None:
    """``imports`` uploads of a one-graduate CSV each (a graduate off the list, 助学贷款 toggled),
    awaited one by one: the upload's time and the warm-up's time in its passes after each."""
    import io

    from writers import write_csv

    passes = _timed_passes(warmup)
    headers = {"Authorization": f"Bearer {token}"}
    chosen = [row for row in rows if row.get("困难类别") in (None, "", "无")][-imports:]  # not the graduates the edits toggled
    per_upload: list[float] = []
    per_import: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for row in chosen:
            path = Path(tmp) / "one.csv"
            write_csv([{**row, "助学贷款": "否" if row.get("助学贷款") == "是" else "是"}], path, columns=list(rows[0]))
            passes.clear()
            started = time.perf_counter()
            answer = client.post("/api/graduates/import", headers=headers,
                                 files={"file": ("one.csv", io.BytesIO(path.read_bytes()), "text/csv")})
            per_upload.append(time.perf_counter() - started)
            assert answer.status_code == 200 and answer.json()["updated"] == 1, answer.text[:300]
            assert warmup.wait(timeout=600)
            per_import.append(max((t for _, t in passes), default=0.0))
    kinds = sorted({name for name, _ in passes})
    print(f"{len(per_import)} one-graduate imports: the upload median {statistics.median(per_upload) * 1000:.1f} ms; "
          f"the warm-up's background work per import median {statistics.median(per_import) * 1000:.1f} ms, "
          f"max {max(per_import) * 1000:.1f} ms (passes: {', '.join(kinds)})")


if __name__ == "__main__":
    sys.exit(main())
