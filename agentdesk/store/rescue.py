"""A damaged cache: found at start-up, explained in one sentence, rebuilt from the shop.

- `look(path)`: the start-up check, cheap on any size of cache (the file's header against
  its size, the schema, the last page of every table's tree); `deep_look` adds SQLite's
  `quick_check` over every page (the console runs it in the background after start-up).
- `rebuild(path)`: moves the damaged file aside (kept as `<cache>.damaged-<time>`, with its
  -wal and -shm), exports the outbox items not yet sent from it to
  `<cache>.outbox-<time>.jsonl` beside it, creates a fresh cache and puts those items back
  in its outbox, to be sent by the next sync, which also refills the cache from the shop.
  Every item is first looked for in the shop by its idempotency key, so one the damaged
  file had sent but not yet marked sent is not sent twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agentdesk.store.db import SQLITE_HEADER, open_connection
from agentdesk.store.errors import CacheError
from agentdesk.store.schema import TABLES

SIDE_FILES = ("-wal", "-shm", "-journal")
_COLUMNS = "seq, idem_key, kind, entity_id, payload, state, attempts, created_at, last_error"


@dataclass(frozen=True)
class Damage:
    sentence: str  # one plain sentence for the user
    rebuildable: bool = True  # False: a newer AgentDesk's cache (update instead)


@dataclass
class Rebuilt:
    path: Path  # the fresh cache
    damaged: Path  # where the damaged file was moved
    outbox_file: Path | None  # the exported outbox items (None: none could be read)
    kept: int = 0  # items put back in the fresh outbox
    problem: str | None = None  # why the outbox could not be read, or only partly
    items: list[dict[str, Any]] = field(default_factory=list)


def look(path: Path) -> Damage | None:
    """None when the cache can be opened (or does not exist yet: it will be created)."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return None
    if path.is_dir():
        return Damage(f"{path} is a folder, not a cache file.", rebuildable=False)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return Damage(f"{path} cannot be read: {exc.strerror}.", rebuildable=False)
    if header[:16] != SQLITE_HEADER:
        return Damage(f"{path} is not an AgentDesk cache: it is not an SQLite database at all.")
    if len(header) < 100:
        return Damage(f"{path} is damaged: the file is cut short.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for, changes = header[92:96], header[24:28]
    if page_size < 512 or page_size & (page_size - 1):
        return Damage(f"{path} is damaged: its first page is garbled.")
    if valid_for == changes and pages and size < pages * page_size:
        return Damage(
            f"{path} is damaged: the file is cut short "
            f"({size:,} of {pages * page_size:,} bytes are there)."
        )
    try:
        conn = open_connection(path)
    except CacheError as exc:
        return Damage(str(exc), rebuildable="newer AgentDesk" not in str(exc))
    try:
        plain = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'%WITHOUT ROWID%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        }
        for table in TABLES:  # the first and the last pages of every table's tree
            conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
            if table in plain:
                conn.execute(f"SELECT * FROM {table} ORDER BY rowid DESC LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        return Damage(f"{path} is damaged: SQLite says “{exc}”.")
    finally:
        conn.close()
    return None


def deep_look(path: Path) -> Damage | None:
    """`look`, then every page read and checked (PRAGMA quick_check): seconds on a big cache."""
    found = look(path)
    if found is not None or not path.exists():
        return found
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        return Damage(f"{path} is damaged: SQLite says “{exc}”.")
    finally:
        conn.close()
    if result != ["ok"]:
        return Damage(f"{path} is damaged: SQLite's check found damaged pages.")
    return None


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _expected_size(path: Path) -> int:
    """The size the header says the file has (0 when it does not say)."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or header[92:96] != header[24:28]:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    return (65536 if page_size == 1 else page_size) * int.from_bytes(header[28:32], "big")


def salvage_outbox(path: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The outbox items not yet sent that can be read from a (damaged) cache file, oldest
    first, and a sentence when some or all of them could not be read. The file is only
    read; one cut short is read from a copy padded back to its size (SQLite refuses a file
    shorter than its header says, although most of its pages are there)."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                return [], None  # not a cache at all: it had no outbox
        expected = _expected_size(path)
    except OSError:
        return [], f"The outbox in {path} cannot be read."
    if expected > path.stat().st_size:
        padded = path.with_name(path.name + ".padded")
        try:
            shutil.copyfile(path, padded)
            for suffix in SIDE_FILES[:1]:
                if Path(f"{path}{suffix}").exists():
                    shutil.copyfile(f"{path}{suffix}", f"{padded}{suffix}")
            os.truncate(padded, expected)
            return _salvage(padded, path)
        except OSError:
            return [], f"The outbox in {path} cannot be read."
        finally:
            for name in (str(padded), *(f"{padded}{s}" for s in SIDE_FILES)):
                with contextlib.suppress(OSError):
                    os.unlink(name)
    return _salvage(path, path)


def _salvage(path: Path, named: Path) -> tuple[list[dict[str, Any]], str | None]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return [], f"The outbox in {named} cannot be read."
    items: dict[int, dict[str, Any]] = {}
    problem: str | None = None
    try:
        try:
            for row in conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY seq"):
                items[row[0]] = _item(row)
        except sqlite3.DatabaseError:
            # A damaged page in the table: read it row by row around the damage.
            problem = _by_rowid(conn, items)
    except sqlite3.DatabaseError as exc:
        problem = f"The outbox in {named} cannot be read ({exc})."
    finally:
        conn.close()
    return [i for _, i in sorted(items.items()) if i["state"] != "sent"], problem


def _by_rowid(conn: sqlite3.Connection, items: dict[int, dict[str, Any]]) -> str | None:
    try:
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'").fetchone()
    except sqlite3.DatabaseError:  # the schema itself is damaged: no table can be found
        return "The outbox sits on damaged pages and cannot be read."
    top = 0
    for sql in (
        "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'",
        "SELECT max(seq) FROM outbox",
    ):
        try:
            found = conn.execute(sql).fetchone()
        except sqlite3.DatabaseError:
            continue
        if found and found[0]:
            top = max(top, int(found[0]))
    top = max(top, max(items, default=0) + 10_000)
    lost = read = 0
    for seq in range(1, min(top, 2_000_000) + 1):
        if seq in items:
            continue
        try:
            row = conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE seq = ?", [seq]).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        read += 1
        if row is not None:
            items[seq] = _item(row)
    if lost and not items and not read:
        return "The outbox sits on damaged pages and cannot be read."
    if lost:
        return "Part of the outbox sits on damaged pages and could not be read."
    return None


def _item(row: tuple[Any, ...]) -> dict[str, Any]:
    try:
        payload = json.loads(row[4])
    except (TypeError, ValueError):
        payload = row[4]
    return {
        "type": "outbox",
        "seq": row[0],
        "idem_key": row[1],
        "kind": row[2],
        "entity_id": row[3],
        "payload": payload,
        "state": row[5],
        "attempts": row[6],
        "created_at": row[7],
        "last_error": row[8],
    }


def _write_private(path: Path, lines: list[str]) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
        fh.flush()
        os.fsync(fh.fileno())


def rebuild(path: Path, now: datetime | None = None) -> Rebuilt:
    """Keep the damaged file aside, export and keep its unsent outbox, start a fresh cache.

    Raises CacheError (one sentence) when the file cannot be moved or the fresh cache made;
    the damaged file is then where it was."""
    stamp = _stamp(now)
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    if damaged.exists():
        raise CacheError(f"{damaged} already exists; try again in a second.")
    try:
        path.rename(damaged)  # first the file, then its journals, under the same new name
        for suffix in SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                side.rename(f"{damaged}{suffix}")
    except OSError as exc:
        raise CacheError(f"Cannot move the damaged cache aside: {exc.strerror}.") from exc
    items, problem = salvage_outbox(damaged)
    outbox_file: Path | None = None
    if items or problem is None:
        outbox_file = path.with_name(f"{path.name}.outbox-{stamp}.jsonl")
        try:
            _write_private(outbox_file, [json.dumps(i, ensure_ascii=False) for i in items])
        except OSError as exc:
            raise CacheError(f"Cannot write {outbox_file}: {exc.strerror}.") from exc
    conn = open_connection(path, create=True)
    try:
        with conn:
            for i in items:
                state = i["state"] if i["state"] in ("held", "failed") else "pending"
                payload = i["payload"]
                conn.execute(
                    "INSERT OR IGNORE INTO outbox(idem_key, kind, entity_id, payload, state, "
                    "attempts, created_at, last_error) VALUES (?,?,?,?,?,?,?,?)",
                    [
                        i["idem_key"],
                        i["kind"],
                        i["entity_id"],
                        payload if isinstance(payload, str) else json.dumps(payload),
                        state,
                        # it may have reached the shop: look for it there before sending
                        max(int(i["attempts"] or 0), 1),
                        i["created_at"],
                        i["last_error"],
                    ],
                )
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('rebuilt_from', ?)", [str(damaged)]
            )
    finally:
        conn.close()
    return Rebuilt(path, damaged, outbox_file, len(items), problem, items)
