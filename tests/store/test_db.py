import sqlite3
import stat

import pytest

from agentdesk.store import schema
from agentdesk.store.db import connect, migrate, open_cache, schema_version
from agentdesk.store.errors import CacheError


def test_new_cache_is_private_wal_and_enforces_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "cache.sqlite"
    db = open_cache(path, create=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db.conn) == schema.LATEST
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute(
            "INSERT INTO orders(id, number, customer_id, created_at, status, total, "
            "currency) VALUES ('o','1','nobody','2026-01-01T00:00:00Z','x','1','DKK')"
        )


def test_every_declared_table_exists(tmp_path):
    db = open_cache(tmp_path / "c.sqlite", create=True)
    names = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master")}
    assert set(schema.TABLES) <= names


@pytest.mark.parametrize("start", range(schema.LATEST))
def test_migrates_forward_from_every_earlier_version(tmp_path, start):
    path = tmp_path / "old.sqlite"
    conn = connect(path)
    migrate(conn, path, target=start)
    assert schema_version(conn) == start
    conn.close()
    db = open_cache(path)
    assert schema_version(db.conn) == schema.LATEST


def test_failed_migration_leaves_the_cache_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    conn = connect(path)
    monkeypatch.setattr(schema, "MIGRATIONS", ["CREATE TABLE a(x); CREATE TABLE a(x);"])
    import agentdesk.store.db as dbmod

    monkeypatch.setattr(dbmod, "MIGRATIONS", schema.MIGRATIONS)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, path, target=1)
    assert schema_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_newer_schema_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 5}")
    conn.close()
    with pytest.raises(CacheError, match="newer AgentDesk"):
        open_cache(path)


def test_non_sqlite_and_foreign_sqlite_files_are_refused(tmp_path):
    junk = tmp_path / "notes.txt"
    junk.write_text("hello, this is not a database" * 10)
    with pytest.raises(CacheError, match="not an SQLite database"):
        open_cache(junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos(id)")
    conn.commit()
    conn.close()
    with pytest.raises(CacheError, match="not an AgentDesk cache"):
        open_cache(other)
    assert junk.read_text().startswith("hello")


def test_missing_cache_is_not_created_unless_asked(tmp_path):
    with pytest.raises(CacheError, match="no cache"):
        open_cache(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()
