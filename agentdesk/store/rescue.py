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
    schema = True
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            schema = False
        try:
            if schema:
                for row in conn.execute(f"SELECT {_COLUMNS} FROM outbox ORDER BY seq"):
                    items[row[0]] = _item(row)
        except sqlite3.DatabaseError:
            # A damaged page in the table: read it row by row around the damage.
            problem = _by_rowid(conn, items)
    except sqlite3.DatabaseError as exc:
        problem = f"The outbox in {named} cannot be read ({exc})."
    finally:
        conn.close()
    if not schema:  # no table can be found by name: look for outbox rows on every page
        found, lost = scan_outbox(path)
        items = {i["seq"]: i for i in found}
        if lost or not items:
            problem = (
                "The outbox sits on damaged pages and cannot be read."
                if not items
                else "Part of the outbox sits on damaged pages and could not be read."
            )
    return [i for _, i in sorted(items.items()) if i["state"] != "sent"], problem


def _by_rowid(conn: sqlite3.Connection, items: dict[int, dict[str, Any]]) -> str | None:
    try:
        conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'outbox'").fetchone()
    except sqlite3.DatabaseError:  # the schema itself is damaged: no table can be found
        return None  # (the pages are scanned for outbox rows instead: scan_outbox)
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


_STATES = {"pending", "sending", "sent", "failed", "held"}
_HEX = set("0123456789abcdef")


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = buf[at + i]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    return (value << 8) | buf[at + 8], at + 9


def _column(serial: int, data: bytes, at: int) -> tuple[Any, int]:
    if serial == 0:
        return None, at
    if 1 <= serial <= 6:
        width = (1, 2, 3, 4, 6, 8)[serial - 1]
        return int.from_bytes(data[at : at + width], "big", signed=True), at + width
    if serial in (8, 9):
        return serial - 8, at
    if serial >= 13 and serial % 2:
        width = (serial - 13) // 2
        return data[at : at + width].decode("utf-8"), at + width
    raise ValueError(serial)


def scan_outbox(path: Path) -> tuple[list[dict[str, Any]], int]:
    """Outbox rows found by reading every table leaf page of the file directly, for a file
    whose schema cannot be read (SQLite's own reader then finds no table at all): a row is
    one with the outbox's ten columns, a 32-character key and a known kind and state.
    Returns the rows and how many looked like outbox rows but ran onto missing pages."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    usable = page_size - data[20]
    found: dict[int, dict[str, Any]] = {}
    lost = 0
    for start in range(0, len(data) - page_size + 1, page_size):
        head = start + (100 if start == 0 else 0)
        if data[head] != 0x0D:  # a table b-tree leaf
            continue
        cells = int.from_bytes(data[head + 3 : head + 5], "big")
        for k in range(min(cells, page_size // 4)):
            try:
                pointer = start + int.from_bytes(data[head + 8 + 2 * k : head + 10 + 2 * k], "big")
                size, at = _varint(data, pointer)
                rowid, at = _varint(data, at)
                local = size if size <= usable - 35 else _local(size, usable)
                payload = data[at : at + local]
                if local < size:  # the rest is on overflow pages
                    whole = _overflow(data, payload, size, page_size, usable, at + local)
                    if whole is None:
                        lost += _looks_like_outbox(data[at : at + local])
                        continue
                    payload = whole
                row = _record(payload)
            except (IndexError, ValueError, UnicodeDecodeError):
                continue
            if row is not None:
                found[rowid] = _item((rowid, *row[1:]))
    return [found[k] for k in sorted(found)], lost


def _local(size: int, usable: int) -> int:
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    return local if local <= usable - 35 else least


def _overflow(
    data: bytes, local: bytes, size: int, page_size: int, usable: int, at: int
) -> bytes | None:
    parts, page = [local], int.from_bytes(data[at : at + 4], "big")
    have = len(local)
    while have < size and page:
        start = (page - 1) * page_size
        if start + page_size > len(data):
            return None  # the file was cut before this page
        chunk = data[start + 4 : start + min(usable, 4 + size - have)]
        parts.append(chunk)
        have += len(chunk)
        page = int.from_bytes(data[start : start + 4], "big")
    return b"".join(parts) if have >= size else None


def _record(payload: bytes) -> tuple[Any, ...] | None:
    """The outbox columns (seq, idem_key, kind, entity_id, payload, state, attempts,
    created_at, sent_at, remote_id, last_error) of a record that is an outbox row."""
    header, at = _varint(payload, 0)
    serials = []
    while at < header:
        serial, at = _varint(payload, at)
        serials.append(serial)
    if len(serials) != 11:
        return None
    values, at = [], header
    for serial in serials:
        value, at = _column(serial, payload, at)
        values.append(value)
    key, kind, body, state, attempts = values[1], values[2], values[4], values[5], values[6]
    if not (isinstance(key, str) and len(key) == 32 and all(c in _HEX for c in key)):
        return None
    if not isinstance(kind, str) or not isinstance(body, str) or state not in _STATES:
        return None
    if not isinstance(attempts, int):
        return None
    return (values[0], key, kind, values[3], body, state, attempts, values[7], values[10])


def _looks_like_outbox(local: bytes) -> int:
    return int(b"sending" in local or b"pending" in local)
