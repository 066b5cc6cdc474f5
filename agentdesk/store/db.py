"""Opening the cache: file checks, pragmas, SQL functions, migrations.

One connection per thread: call `open_cache` (or `open_connection`) in the thread that
uses the result. `open_connection` gives the plain sqlite3 connection without loading
sqlite-utils (and its plugin scan), which the console's start does not need.
"""

from __future__ import annotations

import bisect
import os
import sqlite3
from array import array
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from agentdesk.core.phones import search_tokens
from agentdesk.core.text import fold
from agentdesk.store.errors import CacheError
from agentdesk.store.schema import LATEST, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's triggers call; every connection must have them."""
    conn.create_function("ad_fold", 1, _sql_fold, deterministic=True)
    conn.create_function("ad_phone", 1, _sql_phone, deterministic=True)
    conn.create_function("ad_seconds", 2, _sql_seconds, deterministic=True)
    conn.create_function("ad_bound", 2, _sql_bound, deterministic=True)
    conn.create_function("ad_sort", 2, _sql_sort, deterministic=True)
    conn.create_function("ad_stage", 2, _sql_stage, deterministic=True)
    conn.create_function("ad_vals", 3, _sql_vals, deterministic=True)
    conn.create_aggregate("ad_vals_pack", 1, _ValsPack)
    conn.create_function("ad_vals_shift", 3, _sql_vals_shift, deterministic=True)
    conn.create_aggregate("ad_vals_join", 1, _ValsJoin)


def _sql_vals(blob: object, value: object, sign: object) -> bytes:
    """A sorted blob of doubles with `value` added (sign 1) or one occurrence removed (-1)."""
    values = array("d")
    if isinstance(blob, bytes):
        values.frombytes(blob)
    if isinstance(value, int | float):
        v = float(value)
        if sign == 1:
            values.insert(bisect.bisect_right(values, v), v)
        else:
            i = bisect.bisect_left(values, v)
            if i < len(values) and values[i] == v:
                del values[i]
    return values.tobytes()


def _sql_vals_shift(blob: object, old: object, new: object) -> bytes:
    """A sorted blob of doubles, less the values of `old` and plus those of `new` (both
    sorted blobs, or NULL): what an hour's change of values does to its day's blob."""
    values = array("d")
    if isinstance(blob, bytes):
        values.frombytes(blob)
    gone, came = array("d"), array("d")
    if isinstance(old, bytes):
        gone.frombytes(old)
    if isinstance(new, bytes):
        came.frombytes(new)
    # the two differ in a value or two: walk them together, keeping what is not in both
    i = j = 0
    removed, added = [], []
    while i < len(gone) and j < len(came):
        if gone[i] == came[j]:
            i += 1
            j += 1
        elif gone[i] < came[j]:
            removed.append(gone[i])
            i += 1
        else:
            added.append(came[j])
            j += 1
    removed += gone[i:]
    added += came[j:]
    for v in removed:
        k = bisect.bisect_left(values, v)
        if k < len(values) and values[k] == v:
            del values[k]
    for v in added:
        values.insert(bisect.bisect_right(values, v), v)
    return values.tobytes()


class _ValsJoin:
    """Aggregate: one sorted blob of all the group's sorted blobs."""

    def __init__(self) -> None:
        self.values = array("d")

    def step(self, blob: object) -> None:
        if isinstance(blob, bytes):
            self.values.frombytes(blob)

    def finalize(self) -> bytes:
        return array("d", sorted(self.values)).tobytes()


class _ValsPack:
    """Aggregate: the sorted blob of a group's values (for rebuilding kpi_hourly_values)."""

    def __init__(self) -> None:
        self.values: list[float] = []

    def step(self, value: object) -> None:
        if isinstance(value, int | float):
            self.values.append(float(value))

    def finalize(self) -> bytes:
        return array("d", sorted(self.values)).tobytes()


def _sql_stage(category: object, text: object) -> str | None:
    from agentdesk.core.journey import suggest_stage  # at the first write, not at start

    stage = suggest_stage(
        category if isinstance(category, str) else None, text if isinstance(text, str) else ""
    )
    return None if stage is None else stage.value


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(
            value[:-1] + "+00:00" if value[-1:] == "Z" else value + "+00:00"
        )
    except ValueError:
        return None


def _sql_seconds(start: object, end: object) -> float | None:
    """Elapsed seconds from one stored timestamp to another ('Z' optional), exactly."""
    a, b = _moment(start), _moment(end)
    return None if a is None or b is None else (b - a).total_seconds()


def _sql_bound(value: object, seconds: object) -> str | None:
    moment = _moment(value)
    if moment is None or not isinstance(seconds, int | float):
        return None
    from agentdesk.core.kpi import bound_text  # at the first write, not at start

    return bound_text(moment + timedelta(seconds=seconds))


def _sql_sort(value: object, seconds: object) -> str | None:
    moment = _moment(value)
    if moment is None or not isinstance(seconds, int | float):
        return None
    from agentdesk.core.kpi import sort_text

    return sort_text(moment + timedelta(seconds=seconds))


def _sql_fold(value: object) -> str:
    return fold(value) if isinstance(value, str) else ""


def _sql_phone(value: object) -> str:
    return search_tokens(value) if isinstance(value, str) else ""


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head == SQLITE_HEADER or head == b""


def _create_private(path: Path) -> None:
    """Create the cache file readable and writable by its owner only (0600, whatever the
    umask; SQLite gives its -wal and -shm files the same mode), in a folder made 0700."""
    from agentdesk.paths import private_dir

    private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.fchmod(fd, 0o600)
    os.close(fd)


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10.0, check_same_thread=True)
    register_functions(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def open_cache(path: str | os.PathLike[str], *, create: bool = False) -> sqlite_utils.Database:
    """Open (and, when `create`, make) an AgentDesk cache, migrated to the latest schema.

    Raises CacheError with one plain sentence when the file cannot be used.
    """
    import sqlite_utils  # its import and plugin scan take a while: only where it is used

    return sqlite_utils.Database(open_connection(path, create=create))


def open_connection(path: str | os.PathLike[str], *, create: bool = False) -> sqlite3.Connection:
    """`open_cache`'s connection, without sqlite-utils: the same checks, pragmas (the
    recursive triggers sqlite-utils turns on included), SQL functions and migrations."""
    p = Path(path)
    if p.is_dir():
        raise CacheError(f"{p} is a folder, not a cache file.")
    if not p.exists():
        if not create:
            raise CacheError(f"There is no cache at {p}.")
        try:
            _create_private(p)
        except OSError as exc:
            raise CacheError(f"Cannot create a cache at {p}: {exc.strerror}.") from exc
    try:
        ok = _looks_like_sqlite(p)
    except OSError as exc:
        raise CacheError(f"Cannot read {p}: {exc.strerror}.") from exc
    if not ok:
        raise CacheError(f"{p} is not an AgentDesk cache (it is not an SQLite database).")
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(p)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, p)
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite_utils.Database sets it
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise CacheError(f"{p} is damaged or not an AgentDesk cache ({exc}).") from exc
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None = None, target: int = LATEST) -> int:
    """Apply forward-only migrations up to `target`, each in its own transaction."""
    version = schema_version(conn)
    if version > LATEST:
        raise CacheError(
            f"{path or 'This cache'} was written by a newer AgentDesk (schema {version}; "
            f"this version knows up to {LATEST}). Update AgentDesk to open it."
        )
    if version == 0:
        foreign = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if foreign:
            raise CacheError(
                f"{path or 'This file'} is an SQLite database but not an AgentDesk cache."
            )
    while version < target:
        script = MIGRATIONS[version]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version + 1};\nCOMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version += 1
    return version
