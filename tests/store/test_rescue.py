"""A damaged cache (cut short, pages overwritten, a PNG, another program's SQLite file):
`agentdesk check` exits 1 with one sentence, the start-up check finds it, and a rebuild
keeps the damaged file, exports the unsent outbox first and puts it in the fresh cache."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from agentdesk.cli import main
from agentdesk.store import actions, rescue
from agentdesk.store.check import check
from agentdesk.store.db import open_cache


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _table_pages(path: Path, table: str, kind: str = "%") -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype LIKE ? ORDER BY path",
                [table, kind],
            )
            if r[0] > 1
        ]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small cache with a real history: customers, orders, notes; an outbox with two
    items sent, three waiting and one left 'sending' by a crash."""
    from agentdesk.store import demo

    path = tmp_path_factory.mktemp("rescue") / "master.sqlite"
    demo.build(path, 150, seed=5)
    conn = open_cache(path).conn
    cid = conn.execute("SELECT id FROM customers ORDER BY id LIMIT 1").fetchone()[0]
    with conn:
        for i in range(300):  # a history of sent notes: the outbox spans several pages
            actions.add_note(conn, cid, None, f"Sent long ago {i}: " + "ordre " * 20)
        conn.execute("UPDATE outbox SET state = 'sent'")
        for i in range(6):
            actions.add_note(conn, cid, None, f"Rescue me {i}")
        seqs = [
            r[0]
            for r in conn.execute(
                "SELECT seq FROM outbox WHERE payload LIKE '%Rescue me%' ORDER BY seq"
            )
        ]
        conn.execute(f"UPDATE outbox SET state = 'sent' WHERE seq IN ({seqs[0]}, {seqs[1]})")
        conn.execute(f"UPDATE outbox SET state = 'sending', attempts = 1 WHERE seq = {seqs[2]}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _copy(master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cache.sqlite"
    shutil.copyfile(master, path)
    return path


def truncate(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2 + 100)


def scribble(path: Path) -> None:
    """Random bytes over pages of the tickets and messages tables (the outbox untouched)."""
    rng = random.Random(11)
    size = _page_size(path)
    pages = _table_pages(path, "messages") + _table_pages(path, "tickets")
    with path.open("r+b") as fh:
        for page in rng.sample(pages, 6):
            fh.seek((page - 1) * size + rng.randrange(0, size // 2))
            fh.write(rng.randbytes(rng.randrange(64, size // 2)))


def png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))


def foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


DAMAGE = {"truncated": truncate, "overwritten": scribble, "png": png, "foreign": foreign}


@pytest.mark.parametrize("kind", DAMAGE)
def test_check_says_what_is_wrong_in_one_sentence_and_exits_1(master, tmp_path, kind, capsys):
    path = _copy(master, tmp_path)
    assert check(path).ok
    DAMAGE[kind](path)
    code = main(["check", "--db", str(path)])
    out = capsys.readouterr()
    assert code == 1
    said = out.err.strip()
    assert len(said.splitlines()) == 1 and said.endswith("."), said
    assert str(path) in said and "Traceback" not in said
    expected = {
        "truncated": "damaged",
        "overwritten": "damaged",
        "png": "not an SQLite database",
        "foreign": "not an AgentDesk cache",
    }[kind]
    assert expected in said


@pytest.mark.parametrize("kind", DAMAGE)
def test_the_start_up_check_finds_the_damage(master, tmp_path, kind):
    path = _copy(master, tmp_path)
    assert rescue.look(path) is None and rescue.deep_look(path) is None
    DAMAGE[kind](path)
    found = rescue.deep_look(path) if kind == "overwritten" else rescue.look(path)
    assert found is not None and found.rebuildable
    assert len(found.sentence.splitlines()) == 1 and str(path) in found.sentence


def test_a_cache_cut_short_is_named_so(master, tmp_path):
    path = _copy(master, tmp_path)
    truncate(path)
    found = rescue.look(path)
    assert found is not None and "cut short" in found.sentence


def test_a_newer_agentdesk_cache_is_not_offered_a_rebuild(master, tmp_path):
    path = _copy(master, tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    found = rescue.look(path)
    assert found is not None and not found.rebuildable and "newer AgentDesk" in found.sentence


@pytest.mark.parametrize("kind", DAMAGE)
def test_rebuild_keeps_the_damaged_file_and_the_unsent_outbox(master, tmp_path, kind):
    path = _copy(master, tmp_path)
    conn = sqlite3.connect(path)
    waiting = {
        r[0]: (r[1], r[2])
        for r in conn.execute("SELECT idem_key, payload, kind FROM outbox WHERE state != 'sent'")
    }
    conn.close()
    assert len(waiting) == 4  # three pending, one left 'sending'
    DAMAGE[kind](path)
    damaged_bytes = path.read_bytes()
    result = rescue.rebuild(path)
    # the damaged file is kept, byte for byte, beside the fresh cache
    assert result.damaged.parent == path.parent and ".damaged-" in result.damaged.name
    assert result.damaged.read_bytes() == damaged_bytes
    assert check(path).ok
    conn = sqlite3.connect(path)
    kept = {
        r[0]: r[1:]
        for r in conn.execute("SELECT idem_key, payload, kind, state, attempts FROM outbox")
    }
    conn.close()
    if kind in ("png", "foreign"):  # not a cache: there was no outbox to keep
        assert kept == {} and result.kept == 0
        return
    if kind == "truncated":  # the outbox's last pages went with the cut: said, and the rest kept
        assert result.problem in (
            "The outbox sits on damaged pages and cannot be read.",
            "Part of the outbox sits on damaged pages and could not be read.",
        )
        assert {k for k in kept} <= set(waiting)
        return
    assert result.problem is None
    assert result.outbox_file is not None and result.outbox_file.parent == path.parent
    assert oct(result.outbox_file.stat().st_mode & 0o777) == "0o600"
    exported = [json.loads(line) for line in result.outbox_file.read_text().splitlines()]
    assert {e["idem_key"] for e in exported} == set(waiting)
    assert all(e["type"] == "outbox" and isinstance(e["payload"], dict) for e in exported)
    # back in the fresh outbox, pending, each to be looked for in the shop before it is sent
    assert set(kept) == set(waiting)
    for key, (payload, item_kind, state, attempts) in kept.items():
        assert (json.loads(payload), item_kind) == (json.loads(waiting[key][0]), waiting[key][1])
        assert state == "pending" and attempts >= 1


def test_an_outbox_on_damaged_pages_is_saved_as_far_as_it_can_be_read(master, tmp_path):
    path = _copy(master, tmp_path)
    leaves = _table_pages(path, "outbox", "leaf")
    assert len(leaves) > 3
    size = _page_size(path)
    with path.open("r+b") as fh:  # the first leaf of the outbox's tree: old, sent items
        fh.seek((leaves[0] - 1) * size)
        fh.write(os.urandom(size))
    items, problem = rescue.salvage_outbox(path)
    keys = {i["payload"]["body"] for i in items if isinstance(i["payload"], dict)}
    assert {f"Rescue me {i}" for i in range(2, 6)} <= keys
    assert problem is None or "could not be read" in problem


def test_the_page_scan_finds_the_outbox_rows_sqlite_reads(master, tmp_path):
    """The reader for a file whose schema is gone, checked against SQLite on a whole file:
    the same rows, long payloads on overflow pages included."""
    path = _copy(master, tmp_path)
    conn = open_cache(path).conn
    cid = conn.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    with conn:
        actions.add_note(conn, cid, None, "Lang note: " + "pakken kom aldrig frem " * 900)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    conn = sqlite3.connect(path)
    expected = [
        list(r)
        for r in conn.execute(
            "SELECT seq, idem_key, kind, entity_id, payload, state, attempts, created_at, "
            "last_error FROM outbox ORDER BY seq"
        )
    ]
    conn.close()
    found, lost = rescue.scan_outbox(path)
    got = [
        [i["seq"], i["idem_key"], i["kind"], i["entity_id"], json.dumps(i["payload"]), i["state"],
         i["attempts"], i["created_at"], i["last_error"]]
        for i in found
    ]  # fmt: skip
    assert lost == 0
    assert [g[:4] + g[5:] for g in got] == [e[:4] + e[5:] for e in expected]
    assert [json.loads(g[4]) for g in got] == [json.loads(e[4]) for e in expected]


def test_an_outbox_whose_schema_is_gone_is_found_on_its_pages(master, tmp_path):
    path = _copy(master, tmp_path)
    conn = sqlite3.connect(path)
    waiting = {r[0] for r in conn.execute("SELECT idem_key FROM outbox WHERE state != 'sent'")}
    conn.close()
    with path.open("r+b") as fh:  # the schema's first page, after the file header
        fh.seek(100)
        fh.write(bytes([0xEE]) * (_page_size(path) - 100))
    assert not check(path).ok
    result = rescue.rebuild(path)
    assert result.problem is None
    assert {i["idem_key"] for i in result.items} == waiting
    assert check(path).ok
