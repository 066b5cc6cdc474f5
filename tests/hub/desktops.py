"""Desktops for the hub tests: a cache each (a real SQLite file), an agent's writes made as the
console makes them (store.actions on the cache), and `agentdesk hub sync` run as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentdesk.store.db import open_connection
from agentdesk.store.interchange import import_lines

ROOT = Path(__file__).resolve().parents[2]

BASE = [
    {"type": "agent", "id": "a1", "name": "Anna Berg", "role": "agent"},
    {"type": "agent", "id": "a2", "name": "Bo Dahl", "role": "agent"},
    {"type": "agent", "id": "lead1", "name": "Lene Lead", "role": "lead"},
    {"type": "customer", "id": "c1", "name": "Mette Kjær", "email": "mette@example.dk",
     "phone": "+45 21 34 56 78", "locale": "da", "created_at": "2026-01-02T10:00:00Z"},
    {"type": "customer", "id": "c2", "name": "Nguyễn Văn An", "email": "an@example.vn",
     "locale": "vi", "created_at": "2026-01-02T10:00:00Z"},
    {"type": "customer", "id": "c3", "name": "Siti Rahma", "email": "siti@example.id",
     "locale": "id", "created_at": "2026-01-02T10:00:00Z"},
]  # fmt: skip


def ticket(
    tid: str, customer: str = "c1", at: str = "2026-11-02T09:00:00Z", **extra: Any
) -> list[dict[str, Any]]:
    t = {
        "type": "ticket", "id": tid, "customer_id": customer, "channel": "email",
        "category": extra.pop("category", "late_delivery"), "subject": f"Where is my parcel ({tid})",
        "status": "open", "created_at": at, "origin": "customer", **extra,
    }  # fmt: skip
    m = {
        "type": "message", "id": f"{tid}-m0", "ticket_id": tid, "author": "customer",
        "public": True, "created_at": at, "body": "Hvor er min pakke?",
    }  # fmt: skip
    return [t, m]


def make_cache(path: Path, records: list[dict[str, Any]] | None = None) -> Path:
    conn = open_connection(path, create=True)
    try:
        lines = [json.dumps(r, ensure_ascii=False) for r in (BASE + (records or []))]
        import_lines(conn, lines)
    finally:
        conn.close()
    return path


def write(path: Path, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """One agent action on a desktop's cache, in a transaction (as the console's writer)."""
    conn = open_connection(path)
    try:
        with conn:
            return fn(conn, *args, **kwargs)
    finally:
        conn.close()


def query(path: Path, sql: str, args: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = open_connection(path)
    try:
        return [tuple(r) for r in conn.execute(sql, list(args)).fetchall()]
    finally:
        conn.close()


def wait_for(check: Callable[[], Any], timeout: float = 20.0, every: float = 0.02) -> Any:
    end = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > end:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(every)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sync_cmd(db: Path, dsn: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "agentdesk", "hub", "sync", "--db", str(db), "--dsn", dsn, *extra]


def sync_once(db: Path, dsn: str, *extra: str) -> tuple[int, list[dict[str, Any]], str]:
    """`agentdesk hub sync --once --json` in its own process: (exit code, reports, stderr)."""
    p = subprocess.run(
        sync_cmd(db, dsn, "--once", "--json", *extra),
        capture_output=True, text=True, timeout=120, env=_env(), check=False,
    )  # fmt: skip
    reports = [json.loads(line) for line in p.stdout.splitlines() if line.startswith("{")]
    return p.returncode, reports, p.stderr


def start(*commands: list[str]) -> list[subprocess.Popen[str]]:
    return [
        subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        for c in commands
    ]


def watch(db: Path, dsn: str, poll: float = 30.0) -> subprocess.Popen[str]:
    """`agentdesk hub sync` (watching) in its own process; ready once its first pass is in."""
    proc = start(sync_cmd(db, dsn, "--poll", str(poll), "--json"))[0]
    try:
        wait_for(
            lambda: (
                proc.poll() is not None
                or query(db, "SELECT 1 FROM meta WHERE key = 'hub.last_ok_at'")
            ),
            timeout=60,
            every=0.05,
        )
    except AssertionError:
        stop(proc)
        raise
    if proc.poll() is not None:
        _out, err = proc.communicate()
        raise AssertionError(f"hub sync ended at once ({proc.returncode}): {err.strip()}")
    return proc


def stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    proc.terminate()
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()
