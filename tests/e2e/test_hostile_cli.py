"""`agentdesk search`, `kpi` and `import` as a user runs them, fed hostile input: FTS5 syntax,
huge and mixed-script queries, SQL injection payloads in the query and the filters. Exit 0
(or 2 with one sentence for input that is not allowed), no traceback, nothing dropped."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.test_cli import run
from tests.store.sample import SAMPLE

QUERIES = [
    "'; DROP TABLE tickets; --",
    '" OR 1=1 --',
    ") UNION SELECT id, name FROM customers --",
    'NEAR("pakke" "min", 2) AND OR NOT -^ body:x *',
    "مُحَمَّد\u200f Nguyễn\u0301 Kjær \U0001f4e6",
    "x" * 100_000,
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "in.jsonl").write_text(SAMPLE, encoding="utf-8")
    path = folder / "c.sqlite"
    run("import", "--db", path, folder / "in.jsonl", check_code=0)
    return path


def tables(db: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    out = [(n, conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names]
    conn.close()
    return sorted(out)


@pytest.mark.slow
def test_hostile_searches_and_kpi_filters_on_the_command_line(db: Path) -> None:
    before = tables(db)
    for query in QUERIES:
        proc = run("search", "--db", db, query, "--json", check_code=0)
        assert "Traceback" not in proc.stderr
        hits = json.loads(proc.stdout)
        assert isinstance(hits, list) and len(hits) <= 20
    # a query that starts with a dash is an option to argparse: after -- it is a query
    run("search", "--db", db, "--", "-mette", check_code=0)
    # the agent filter is checked against the cache first: one sentence, exit 2
    proc = run(
        "kpi",
        "--db",
        db,
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--agent",
        "a1' OR '1'='1",
        "--json",
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    proc = run(
        "kpi",
        "--db",
        db,
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
        "--channel",
        "email' OR 1=1 --",
        "--json",
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    figures = json.loads(
        run(
            "kpi",
            "--db",
            db,
            "--from",
            "2026-02-01",
            "--to",
            "2026-02-28",
            "--agent",
            "a1",
            "--json",
            check_code=0,
        ).stdout
    )
    assert figures["tickets_created"] == 1
    assert tables(db) == before
