"""The one database writer: every write runs on its own thread, one at a time.

Readers never wait on a writer's lock for long (WAL), and the GUI never runs a write.
`submit(fn)` queues `fn(conn)`; it runs inside a transaction and its return value (usually
a core.types.Changes) resolves the returned Future.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from agentdesk.store.db import open_connection
from agentdesk.store.errors import UserError

R = TypeVar("R")
_STOP = object()

# SQLite's primary result codes (extended codes carry them in the low byte)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26

SENTENCES = {
    "full": "The disk is full, so this change was not saved; free some space and try again "
    "(everything saved before is safe).",
    "io": "The disk reported an error, so this change was not saved; try again, and have the "
    "disk checked if it keeps happening (everything saved before is safe).",
    "readonly": "The cache file cannot be written to, so this change was not saved.",
    "busy": "The cache is busy in another program, so this change was not saved; try again.",
    "damaged": "The cache file is damaged, so this change was not saved; start AgentDesk again "
    "to rebuild it from the shop.",
}


class WriteFailed(UserError):
    """A write the disk or the file refused. Nothing of that write is in the cache; what
    was saved before is. `kind` is one of SENTENCES' keys."""

    def __init__(self, kind: str) -> None:
        super().__init__(SENTENCES[kind])
        self.kind = kind


def trouble(exc: BaseException) -> str | None:
    """What kind of disk or file trouble an sqlite3 error is (a SENTENCES key), or None for
    any other error (a constraint, a bug)."""
    if isinstance(exc, WriteFailed):
        return exc.kind
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.IntegrityError):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == _FULL:
        return "full"
    if code in (_IOERR, _CANTOPEN):
        return "io"
    if code == _READONLY:
        return "readonly"
    if code in (_BUSY, _LOCKED):
        return "busy"
    if code in (_CORRUPT, _NOTADB):
        return "damaged"
    return None


class Writer:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._queue: queue.Queue[Any] = queue.Queue()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="agentdesk-writer", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error

    def submit(self, fn: Callable[[sqlite3.Connection], R]) -> Future[R]:
        future: Future[R] = Future()
        self._queue.put((fn, future))
        return future

    def close(self, timeout: float = 10.0) -> None:
        self._queue.put(_STOP)
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            conn = open_connection(self.path, create=True)
        except BaseException as exc:  # reported to the constructor's caller
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                fn, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = _transaction(conn, fn)
                except BaseException as exc:
                    kind = trouble(exc)
                    if kind is not None and not isinstance(exc, WriteFailed):
                        failed = WriteFailed(kind)
                        failed.__cause__ = exc
                        exc = failed
                    future.set_exception(exc)
                else:
                    future.set_result(result)
        finally:
            conn.close()


def _transaction(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], R]) -> R:
    """`fn(conn)` in a transaction: committed, or rolled back whole. A rollback that fails
    too (the disk is gone) does not hide the first error; SQLite rolls back itself then."""
    try:
        result = fn(conn)
        conn.commit()
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.rollback()
        raise
    return result


class Readers:
    """One read connection per thread for background queries."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_connection(self.path)
            self._local.conn = conn
        return conn
