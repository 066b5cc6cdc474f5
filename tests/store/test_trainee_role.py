"""Role 'trainee' (schema v9): an existing cache takes it after the migration, the import
format accepts and exports it, and the agents table still refuses unknown roles."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from agentdesk.store.db import connect, migrate, open_connection
from agentdesk.store.interchange import export_file, import_file
from agentdesk.store.schema import MIGRATIONS

# the cache version before the migration that brought the role (v9)
BEFORE = next(i for i, script in enumerate(MIGRATIONS) if "''trainee''" in script)


def test_an_older_cache_takes_trainees_after_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    migrate(conn, path, target=BEFORE)
    conn.execute("INSERT INTO agents(id, name, role) VALUES ('a1', 'Aya', 'lead')")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO agents(id, name, role) VALUES ('t0', 'Tim', 'trainee')")
    conn.close()
    conn = open_connection(path)  # migrated to the latest
    conn.execute("INSERT INTO agents(id, name, role) VALUES ('t1', 'Tove', 'trainee')")
    conn.commit()
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO agents(id, name, role) VALUES ('x', 'X', 'boss')")
    conn.rollback()
    other = open_connection(path)  # another connection reads the new rule too
    other.execute("INSERT INTO agents(id, name, role) VALUES ('t2', 'Tor', 'trainee')")
    other.commit()
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA writable_schema").fetchone() == (0,)
    assert [r[0] for r in conn.execute("SELECT id FROM agents ORDER BY id")] == ["a1", "t1", "t2"]


def test_import_and_export_carry_the_trainee_role(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    agent = {"type": "agent", "id": "t1", "name": "Tove", "email": "t@x.dk", "role": "trainee"}
    source.write_text(json.dumps(agent) + "\n", encoding="utf-8")
    conn = open_connection(tmp_path / "c.sqlite", create=True)
    assert import_file(conn, source).written == 1
    export_file(conn, tmp_path / "out.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["role"] for r in rows if r["type"] == "agent"] == ["trainee"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**agent, "role": "boss"}) + "\n", encoding="utf-8")
    with pytest.raises(Exception, match="Line 1"):
        import_file(conn, bad)
