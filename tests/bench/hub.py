"""Team hub benchmark: propagation latency between two desktops and hub throughput with many.

    .venv/bin/python -m tests.bench.hub [--json] [--desktops 50] [--notes 20] [--samples 30]

Starts a private PostgreSQL cluster (tests/hub/pgserver.py; needs PostgreSQL's server
binaries), makes a hub and one agent (database role) per desktop, then measures:

- propagation latency: desktops A and B each run ``agentdesk hub sync`` (watching) in their
  own process; a note is saved in A's cache as the console saves it, and the clock runs until
  the note is in B's cache (polled every 2 ms). p50/p95 over ``--samples`` notes, one at a
  time. A's process sees its outbox grow (checked every 0.1 s), pushes; B hears NOTIFY, pulls.
- throughput: ``--desktops`` simulated desktops (threads, each with its own cache file, own
  database role and connection) each save ``--notes`` notes and push them at once; then
  each pulls everything the others pushed. Figures: notes taken by the hub per second (all
  desktops pushing together) and changes applied per second summed over the desktops
  pulling together.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

FIGURES = (
    "propagation_p50_ms",
    "propagation_p95_ms",
    "hub_push_notes_per_s",
    "hub_pull_changes_per_s",
)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(len(ordered) - 1, int(k) + 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _hub(server: Any) -> str:
    import psycopg

    from agentdesk.hub import schema

    name = f"bench_{int(time.time() * 1000) % 10**9}"
    with psycopg.connect(server.dsn(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    with psycopg.connect(server.dsn(name), autocommit=True) as conn:
        schema.migrate(conn)
    return name


def _agents(server: Any, db: str, n: int) -> list[str]:
    """n agents d0..d{n-1}; returns each one's DSN."""
    import psycopg

    from agentdesk.hub import schema
    from tests.hub.pgserver import AGENT_PASSWORD

    dsns = []
    with psycopg.connect(server.dsn(db), autocommit=True) as conn:
        for i in range(n):
            login = f"{db}_d{i}"
            schema.add_agent(conn, f"d{i}", f"Desktop {i}", "agent", login, AGENT_PASSWORD)
            dsns.append(server.dsn(db, login, AGENT_PASSWORD))
    return dsns


def latency(server: Any, db: str, dsns: list[str], folder: Path, samples: int) -> list[float]:
    from agentdesk.store import actions
    from tests.hub.desktops import make_cache, query, stop, wait_for, watch, write

    a = make_cache(
        folder / "lat-a.sqlite", [{"type": "agent", "id": "d0", "name": "D0", "role": "agent"}]
    )
    b = make_cache(
        folder / "lat-b.sqlite", [{"type": "agent", "id": "d1", "name": "D1", "role": "agent"}]
    )
    procs = [watch(a, dsns[0], poll=60.0), watch(b, dsns[1], poll=60.0)]
    out: list[float] = []
    try:
        for n in range(samples):
            body = f"latency note {n}"
            started = time.perf_counter()
            write(a, actions.add_note, "c1", "d0", body)
            wait_for(lambda body=body: query(b, "SELECT 1 FROM notes WHERE body = ?", [body]),
                     timeout=30, every=0.002)  # fmt: skip
            out.append((time.perf_counter() - started) * 1000)
            time.sleep(0.05)
    finally:
        for p in procs:
            stop(p)
    return out


def throughput(dsns: list[str], folder: Path, notes: int) -> tuple[float, float, int]:
    """(notes pushed per second, changes pulled per second, changes each desktop pulled)."""
    from agentdesk.hub.sync import HubSync
    from agentdesk.store import actions
    from agentdesk.store.db import open_connection
    from tests.hub.desktops import make_cache

    n = len(dsns)
    paths = [
        make_cache(
            folder / f"tp-{i}.sqlite",
            [{"type": "agent", "id": f"d{i}", "name": f"D{i}", "role": "agent"}],
        )
        for i in range(n)
    ]

    def make(i: int) -> tuple[HubSync, Any]:
        conn = open_connection(paths[i])

        def write(fn: Any) -> Any:
            with conn:
                return fn(conn)

        return HubSync(dsns[i], write), conn

    # each desktop's notes, saved before the clock starts
    for i in range(n):
        c = open_connection(paths[i])
        with c:
            for k in range(notes):
                actions.add_note(c, "c1", f"d{i}", f"note {k} of desktop {i}")
        c.close()
    barrier = threading.Barrier(n + 1)
    pulled: list[int] = [0] * n
    errors: list[str] = []

    def desktop(i: int, phase: str) -> None:
        hub, conn = make(i)
        try:
            hub._connect()
            barrier.wait()
            if phase == "push":
                hub.push()
            else:
                pulled[i] = hub.pull()
            barrier.wait()
        except Exception as e:  # reported below
            errors.append(f"desktop {i}: {e}")
            barrier.abort()
        finally:
            hub.close()
            conn.close()

    rates = []
    for phase in ("push", "pull"):
        threads = [threading.Thread(target=desktop, args=(i, phase)) for i in range(n)]
        for t in threads:
            t.start()
        barrier.wait()
        started = time.perf_counter()
        barrier.wait()
        spent = time.perf_counter() - started
        for t in threads:
            t.join()
        if errors:
            raise RuntimeError("; ".join(errors[:3]))
        total = n * notes if phase == "push" else sum(pulled)
        rates.append(total / spent)
        barrier.reset()
    return rates[0], rates[1], max(pulled)


def run(desktops: int = 50, notes: int = 20, samples: int = 30) -> dict[str, Any]:
    from tests.hub.pgserver import close_server, start_server

    server = start_server()
    try:
        db = _hub(server)
        dsns = _agents(server, db, max(2, desktops))
        with tempfile.TemporaryDirectory(prefix="agentdesk-hub-bench-") as tmp:
            folder = Path(tmp)
            lat = latency(server, db, dsns, folder, samples)
            push_rate, pull_rate, each = throughput(dsns[:desktops], folder, notes)
    finally:
        close_server(server)
    return {
        "propagation_p50_ms": round(statistics.median(lat), 1),
        "propagation_p95_ms": round(_percentile(lat, 0.95), 1),
        "hub_push_notes_per_s": round(push_rate, 1),
        "hub_pull_changes_per_s": round(pull_rate, 1),
        "_desktops": desktops,
        "_notes_per_desktop": notes,
        "_samples": samples,
        "_changes_each_desktop_pulled": each,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--json", action="store_true")
    p.add_argument("--desktops", type=int, default=50)
    p.add_argument("--notes", type=int, default=20, help="notes each desktop pushes")
    p.add_argument("--samples", type=int, default=30, help="notes timed A -> B")
    args = p.parse_args(argv)
    results = run(args.desktops, args.notes, args.samples)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key:32} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
