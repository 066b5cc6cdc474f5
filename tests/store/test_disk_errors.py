"""A full disk and failing writes: the writer refuses the one write in a plain sentence,
keeps everything saved before, and works again once the disk does.

Three real failures, none a mock: the cache capped with PRAGMA max_page_count (SQLite's
own "database or disk is full"), the -wal file's descriptor pointed at /dev/full (the
kernel's ENOSPC) or at a read-only descriptor (EBADF: SQLite's disk I/O error), and, for
the command line, a process whose file-size limit (RLIMIT_FSIZE) the write goes past.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from agentdesk.store import actions
from agentdesk.store.check import check
from agentdesk.store.db import open_cache
from agentdesk.store.writer import SENTENCES, WriteFailed, Writer


@pytest.fixture
def cache(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "c.sqlite"
    db = open_cache(path, create=True)
    with db.conn:
        db.conn.execute(
            "INSERT INTO customers(id, name, email, created_at, updated_at) "
            "VALUES ('cus-1', 'Mette Kjær', 'mette@example.com', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z')"
        )
    db.conn.close()
    return path, "cus-1"


def _notes(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM notes ORDER BY created_at, rowid")]
    finally:
        conn.close()


def _cap(conn: sqlite3.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


@contextmanager
def wal_pointed_at(path: Path, target: int):
    """Every descriptor this process holds on the cache's -wal file now writes to `target`
    (then back): the disk fails under SQLite's feet, for this file only."""
    wal = f"{path}-wal"
    fds = []
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}") == wal:
                fds.append(int(name))
        except OSError:
            continue
    assert fds, "the writer has the -wal file open"
    saved = {fd: os.dup(fd) for fd in fds}
    try:
        for fd in fds:
            os.dup2(target, fd)
        yield
    finally:
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)
        os.close(target)


def test_a_full_cache_refuses_the_write_in_one_sentence_and_keeps_what_was_saved(cache):
    path, cid = cache
    w = Writer(path)
    try:
        w.submit(lambda c: actions.add_note(c, cid, None, "Saved before the disk filled")).result()
        w.submit(_cap).result()
        with pytest.raises(WriteFailed) as caught:
            w.submit(lambda c: actions.add_note(c, cid, None, "x" * 90_000)).result()
        assert caught.value.kind == "full"
        assert str(caught.value) == SENTENCES["full"]
        assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
        # the writer goes on: a small change fits, and so does the big one once there is room
        w.submit(lambda c: c.execute("PRAGMA max_page_count = 1073741823")).result()
        w.submit(lambda c: actions.add_note(c, cid, None, "x" * 90_000)).result()
    finally:
        w.close()
    assert _notes(path) == ["Saved before the disk filled", "x" * 90_000]
    assert check(path).ok


@pytest.mark.parametrize(
    ("target", "kind"),
    [
        (lambda wal: os.open("/dev/full", os.O_WRONLY), "full"),
        (lambda wal: os.open(wal, os.O_RDONLY), "io"),
    ],
    ids=["enospc", "eio"],
)
def test_a_failing_disk_refuses_the_write_and_the_writer_recovers(cache, target, kind):
    path, cid = cache
    w = Writer(path)
    try:
        w.submit(lambda c: actions.add_note(c, cid, None, "Saved first")).result()
        with wal_pointed_at(path, target(f"{path}-wal")):
            with pytest.raises(WriteFailed) as caught:
                w.submit(lambda c: actions.add_note(c, cid, None, "Lost to the disk")).result()
            assert caught.value.kind == kind
        w.submit(lambda c: actions.add_note(c, cid, None, "Saved after")).result()
    finally:
        w.close()
    assert _notes(path) == ["Saved first", "Saved after"]
    assert check(path).ok


def _limited(limit: int):
    def before() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return before


def test_the_command_line_says_a_disk_error_in_one_sentence_and_the_cache_stays_whole(
    cache, tmp_path
):
    path, cid = cache
    body = "Leveret til naboen. " * 40
    lines = [
        json.dumps(
            {
                "type": "note",
                "id": f"n-{i}",
                "customer_id": cid,
                "author_id": None,
                "created_at": "2026-02-01T10:00:00Z",
                "body": body,
                "pinned": False,
                "kind": "general",
            }
        )
        for i in range(400)
    ]
    big = tmp_path / "notes.jsonl"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _notes(path)
    limit = max(path.stat().st_size, 64 * 1024)  # the -wal file may not grow past this
    run = subprocess.run(
        [sys.executable, "-m", "agentdesk", "import", "--db", str(path), str(big)],
        capture_output=True,
        text=True,
        preexec_fn=_limited(limit),
        timeout=60,
    )
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip() in (
        f"agentdesk: {SENTENCES['io']}",
        f"agentdesk: {SENTENCES['full']}",
    )
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert _notes(path) == before
    assert check(path).ok
    # with room again the same import goes through
    ok = subprocess.run(
        [sys.executable, "-m", "agentdesk", "import", "--db", str(path), str(big)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert len(_notes(path)) == 400
