"""`agentdesk import` / `export`: the JSON Lines interchange format of DESIGN §5.

Import upserts by id, runs in one transaction (a bad line aborts it with its line number and
nothing is written) and writes only rows that differ, so importing a file twice changes
nothing. Export writes the same format in dependency order, so export-then-import round-trips.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from agentdesk.core.money import MoneyError, parse_amount
from agentdesk.core.timefmt import TimestampError, normalise
from agentdesk.core.types import Author, Channel, NoteKind, Origin, Role, SurveyKind, TicketStatus
from agentdesk.paths import open_private
from agentdesk.store.errors import UserError

MAX_LINE_BYTES = 4 * 1024 * 1024
MAX_TEXT = 200_000
MAX_ID = 200
MAX_ITEMS = 10_000


class ImportError_(UserError):
    """A line that cannot be imported; the message names the line."""


class FieldError(ValueError):
    pass


_SURROGATE = re.compile("[\ud800-\udfff]")


# --- field parsers -------------------------------------------------------------------------

Parser = Callable[[Any], Any]


def _text(limit: int) -> Parser:
    def parse(v: Any) -> str:
        if not isinstance(v, str):
            raise FieldError(f"must be a string, not {type(v).__name__}")
        if len(v) > limit:
            raise FieldError(f"is too long ({len(v)} characters, at most {limit})")
        if "\x00" in v:
            raise FieldError("contains a NUL character")
        if _SURROGATE.search(v):  # "\ud800" in JSON: no UTF-8 for it, SQLite cannot store it
            raise FieldError("contains a broken character (a lone UTF-16 surrogate)")
        return v

    return parse


def _ident(v: Any) -> str:
    s = _text(MAX_ID)(v)
    if not s.strip():
        raise FieldError("is empty")
    return s


def _ts(v: Any) -> str:
    if not isinstance(v, str):
        raise FieldError("must be an RFC 3339 timestamp string")
    try:
        return normalise(v)
    except TimestampError as exc:
        raise FieldError(str(exc)) from exc


def _bool(v: Any) -> int:
    if not isinstance(v, bool):
        raise FieldError("must be true or false")
    return int(v)


def _int(lo: int, hi: int) -> Parser:
    def parse(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise FieldError("must be a whole number")
        if not lo <= v <= hi:
            raise FieldError(f"must be between {lo} and {hi}")
        return v

    return parse


def _money(v: Any) -> str:
    try:
        parse_amount(v)
    except MoneyError as exc:
        raise FieldError(str(exc)) from exc
    return str(v)


def _currency(v: Any) -> str:
    s = _text(3)(v)
    if len(s) != 3 or not s.isalpha() or not s.isupper():
        raise FieldError("must be a three-letter currency code such as DKK")
    return s


def _enum(values: Iterable[str]) -> Parser:
    allowed = tuple(values)

    def parse(v: Any) -> str:
        if v not in allowed:
            raise FieldError(f"must be one of {', '.join(allowed)}")
        return str(v)

    return parse


def _list_of(spec: dict[str, tuple[Parser, bool]]) -> Parser:
    def parse(v: Any) -> list[dict[str, Any]]:
        if not isinstance(v, list):
            raise FieldError("must be a list")
        if len(v) > MAX_ITEMS:
            raise FieldError(f"has too many items (at most {MAX_ITEMS})")
        out = []
        for i, item in enumerate(v, 1):
            if not isinstance(item, dict):
                raise FieldError(f"item {i} must be an object")
            try:
                out.append(_parse_fields(item, spec))
            except FieldError as exc:
                raise FieldError(f"item {i}: {exc}") from exc
        return out

    return parse


REQ, OPT = True, False
TEXT = _text(MAX_TEXT)
SHORT = _text(1000)


def _opt(parser: Parser) -> Parser:
    return lambda v: None if v is None else parser(v)


SPECS: dict[str, dict[str, tuple[Parser, bool]]] = {
    "agent": {
        "id": (_ident, REQ),
        "name": (SHORT, REQ),
        "email": (_opt(SHORT), OPT),
        "role": (_enum(Role), REQ),
    },
    "customer": {
        "id": (_ident, REQ),
        "name": (SHORT, REQ),
        "email": (_opt(SHORT), OPT),
        "phone": (_opt(_text(64)), OPT),
        "locale": (_opt(_text(35)), OPT),
        "created_at": (_opt(_ts), OPT),
    },
    "note": {
        "id": (_ident, REQ),
        "customer_id": (_ident, REQ),
        "order_id": (_opt(_ident), OPT),
        "author_id": (_opt(_ident), OPT),
        "created_at": (_ts, REQ),
        "body": (TEXT, REQ),
        "pinned": (_bool, OPT),
        "kind": (_enum(NoteKind), OPT),
    },
    "order": {
        "id": (_ident, REQ),
        "number": (_text(64), REQ),
        "customer_id": (_ident, REQ),
        "created_at": (_ts, REQ),
        "status": (_text(64), REQ),
        "total": (_money, REQ),
        "currency": (_currency, REQ),
        "lines": (
            _list_of(
                {
                    "sku": (_opt(_text(64)), OPT),
                    "name": (SHORT, REQ),
                    "qty": (_int(1, 1_000_000), REQ),
                    "unit_price": (_money, REQ),
                }
            ),
            OPT,
        ),
    },
    "shipment": {
        "id": (_ident, REQ),
        "order_id": (_ident, REQ),
        "carrier": (_opt(SHORT), OPT),
        "tracking": (_opt(_text(128)), OPT),
        "promised_at": (_opt(_ts), OPT),
        "delivered_at": (_opt(_ts), OPT),
        "events": (
            _list_of(
                {"at": (_ts, REQ), "status": (_text(200), REQ), "location": (_opt(SHORT), OPT)}
            ),
            OPT,
        ),
    },
    "ticket": {
        "id": (_ident, REQ),
        "customer_id": (_ident, REQ),
        "order_id": (_opt(_ident), OPT),
        "channel": (_enum(Channel), REQ),
        "category": (_text(64), REQ),
        "subject": (SHORT, REQ),
        "status": (_enum(TicketStatus), REQ),
        "created_at": (_ts, REQ),
        "solved_at": (_opt(_ts), OPT),
        "assignee_id": (_opt(_ident), OPT),
        "origin": (_enum(Origin), OPT),
    },
    "message": {
        "id": (_ident, REQ),
        "ticket_id": (_ident, REQ),
        "author": (_enum(Author), REQ),
        "author_id": (_opt(_ident), OPT),
        "public": (_bool, REQ),
        "created_at": (_ts, REQ),
        "body": (TEXT, REQ),
    },
    "survey": {
        "id": (_ident, REQ),
        "customer_id": (_ident, REQ),
        "ticket_id": (_opt(_ident), OPT),
        "kind": (_enum(SurveyKind), REQ),
        "score": (_int(0, 10), REQ),
        "created_at": (_ts, REQ),
        "comment": (_opt(TEXT), OPT),
    },
}

DEFAULTS: dict[str, dict[str, Any]] = {
    "note": {"pinned": 0, "kind": "general"},
    "ticket": {"origin": "customer"},
}

TABLE_OF = {
    "agent": "agents",
    "customer": "customers",
    "note": "notes",
    "order": "orders",
    "shipment": "shipments",
    "ticket": "tickets",
    "message": "messages",
    "survey": "surveys",
}
# Export order: parents before children.
EXPORT_ORDER = ["agent", "customer", "order", "shipment", "ticket", "message", "note", "survey"]


def _parse_fields(obj: dict[str, Any], spec: dict[str, tuple[Parser, bool]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, (parser, required) in spec.items():
        if name not in obj or obj[name] is None:
            if required:
                raise FieldError(f'"{name}" is missing')
            out[name] = None
            continue
        try:
            out[name] = parser(obj[name])
        except FieldError as exc:
            raise FieldError(f'"{name}" {exc}') from exc
    return out


def parse_record(obj: Any) -> tuple[str, dict[str, Any]]:
    """Validate one decoded JSON value; returns (type, fields)."""
    if not isinstance(obj, dict):
        raise FieldError("is not a JSON object")
    kind = obj.get("type")
    if not isinstance(kind, str) or kind not in SPECS:  # a list there was unhashable
        raise FieldError(f'has unknown "type" {kind!r} (expected one of {", ".join(SPECS)})')
    fields = _parse_fields(obj, SPECS[kind])
    for key, value in DEFAULTS.get(kind, {}).items():
        if fields.get(key) is None:
            fields[key] = value
    if kind == "survey":
        top = 5 if fields["kind"] == "csat" else 10
        low = 1 if fields["kind"] == "csat" else 0
        if not low <= fields["score"] <= top:
            raise FieldError(
                f'"score" must be between {low} and {top} for a {fields["kind"]} survey'
            )
    return kind, fields


# --- writing ---------------------------------------------------------------------------------


def upsert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> bool:
    """Insert or update by id, touching the row only when a value differs. True if written."""
    cols = list(row)
    placeholders = ", ".join("?" for _ in cols)
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    differs = " OR ".join(f"{c} IS NOT excluded.{c}" for c in cols if c != "id")
    cur = conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({placeholders}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates} WHERE {differs}",
        [row[c] for c in cols],
    )
    return cur.rowcount > 0


def replace_children(
    conn: sqlite3.Connection,
    table: str,
    parent_col: str,
    parent_id: str,
    rows: list[dict[str, Any]],
) -> bool:
    cols = [c for c in rows[0] if c != "position"] if rows else []
    current = conn.execute(
        f"SELECT {', '.join(cols) or '1'} FROM {table} WHERE {parent_col} = ? ORDER BY position",
        [parent_id],
    ).fetchall()
    wanted = [tuple(r[c] for c in cols) for r in rows]
    if [tuple(r) for r in current] == wanted and (rows or not current):
        return False
    conn.execute(f"DELETE FROM {table} WHERE {parent_col} = ?", [parent_id])
    for pos, r in enumerate(rows):
        conn.execute(
            f"INSERT INTO {table} ({parent_col}, position, {', '.join(cols)}) "
            f"VALUES (?, ?, {', '.join('?' for _ in cols)})",
            [parent_id, pos, *(r[c] for c in cols)],
        )
    return True


@dataclass
class ImportResult:
    lines: int = 0
    written: int = 0
    unchanged: int = 0
    by_type: dict[str, int] | None = None


def _write(conn: sqlite3.Connection, kind: str, fields: dict[str, Any]) -> bool:
    table = TABLE_OF[kind]
    if kind == "order":
        lines = fields.pop("lines") or []
        wrote = upsert(conn, table, fields)
        return replace_children(conn, "order_lines", "order_id", fields["id"], lines) or wrote
    if kind == "shipment":
        events = fields.pop("events") or []
        wrote = upsert(conn, table, fields)
        return (
            replace_children(conn, "shipment_events", "shipment_id", fields["id"], events) or wrote
        )
    return upsert(conn, table, fields)


def import_lines(conn: sqlite3.Connection, lines: Iterable[str]) -> ImportResult:
    """Import JSON Lines atomically. Raises ImportError_ naming the first bad line."""
    result = ImportResult(by_type={})
    seen: dict[tuple[str, str], int] = {}
    assert result.by_type is not None
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for number, raw in enumerate(lines, 1):
            result.lines = number
            if len(raw) > MAX_LINE_BYTES:
                raise ImportError_(f"Line {number} is too long (over {MAX_LINE_BYTES} bytes).")
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError) as exc:  # ValueError: a 5,000-digit number
                msg = (
                    exc.msg
                    if isinstance(exc, json.JSONDecodeError)
                    else "a number too long"
                    if isinstance(exc, ValueError)
                    else "nested too deeply"
                )
                raise ImportError_(f"Line {number} is not valid JSON ({msg}).") from None
            try:
                kind, fields = parse_record(obj)
            except FieldError as exc:
                raise ImportError_(f"Line {number}: the record {_said(exc)}.") from None
            seen[(TABLE_OF[kind], fields["id"])] = number
            try:
                wrote = _write(conn, kind, fields)
            except sqlite3.IntegrityError as exc:
                raise ImportError_(
                    f"Line {number} breaks a rule of the cache ({_said(exc)})."
                ) from None
            result.written += wrote
            result.unchanged += not wrote
            result.by_type[kind] = result.by_type.get(kind, 0) + 1
        _check_references(conn, seen)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite rolls back by itself after a full disk or I/O error
            conn.execute("ROLLBACK")
        raise
    return result


def _said(exc: Exception, limit: int = 200) -> str:
    """An error's words on one line and not too long: they may quote the line's own value
    (a 200,000-character name, a text with line breaks)."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(exc))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_references(conn: sqlite3.Connection, seen: dict[tuple[str, str], int]) -> None:
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        row = conn.execute(f"SELECT * FROM {table} WHERE rowid = ?", [rowid]).fetchone()
        names = [d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
        record = dict(zip(names, row, strict=True)) if row else {}
        line = seen.get((table, str(record.get("id"))))
        missing = next(
            (
                f"{k} {v!r}"
                for k, v in record.items()
                if k.endswith("_id") and v is not None and _missing(conn, k, v)
            ),
            f"a {parent} row",
        )
        where = f"Line {line}" if line else f"A {table} row already in the cache"
        raise ImportError_(
            f"{where} refers to {missing}, which is neither in the file nor the cache."
        )


_PARENT_OF = {
    "customer_id": "customers",
    "order_id": "orders",
    "ticket_id": "tickets",
    "author_id": "agents",
    "assignee_id": "agents",
}


def _missing(conn: sqlite3.Connection, column: str, value: object) -> bool:
    parent = _PARENT_OF.get(column)
    if parent is None:
        return False
    return conn.execute(f"SELECT 1 FROM {parent} WHERE id = ?", [value]).fetchone() is None


def _read_lines(path: Path) -> Iterator[str]:
    with path.open("rb") as fh:
        for number, raw in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), 1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ImportError_(f"Line {number} is not valid UTF-8 text.") from None


def import_file(conn: sqlite3.Connection, path: Path) -> ImportResult:
    if not path.exists():
        raise UserError(f"{path} does not exist.")
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a JSON Lines file.")
    try:
        return import_lines(conn, _read_lines(path))
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}.") from exc


# --- export ----------------------------------------------------------------------------------

_BOOL_FIELDS = {"pinned", "public"}


def export_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    for kind in EXPORT_ORDER:
        spec = SPECS[kind]
        cols = [c for c in spec if c not in ("lines", "events")]
        table = TABLE_OF[kind]
        cur = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid")
        for row in cur:
            rec: dict[str, Any] = {"type": kind}
            for name, value in zip(cols, row, strict=True):
                if value is None:
                    continue
                rec[name] = bool(value) if name in _BOOL_FIELDS else value
            if kind == "order":
                rec["lines"] = [
                    {
                        k: v
                        for k, v in zip(("sku", "name", "qty", "unit_price"), r, strict=True)
                        if v is not None
                    }
                    for r in conn.execute(
                        "SELECT sku, name, qty, unit_price FROM order_lines "
                        "WHERE order_id = ? ORDER BY position",
                        [rec["id"]],
                    )
                ]
            if kind == "shipment":
                rec["events"] = [
                    {
                        k: v
                        for k, v in zip(("at", "status", "location"), r, strict=True)
                        if v is not None
                    }
                    for r in conn.execute(
                        "SELECT at, status, location FROM shipment_events "
                        "WHERE shipment_id = ? ORDER BY position",
                        [rec["id"]],
                    )
                ]
            yield rec


def export_to(conn: sqlite3.Connection, out: TextIO) -> int:
    count = 0
    for rec in export_records(conn):
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def export_file(conn: sqlite3.Connection, path: Path) -> int:
    tmp = path.with_name(path.name + ".partial")
    try:
        # customers' data: readable by its owner only (0600), whatever the umask
        with open_private(tmp, "w", folders=False, encoding="utf-8", newline="\n") as fh:
            count = export_to(conn, fh)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write {path}: {exc.strerror}.") from exc
    return count
