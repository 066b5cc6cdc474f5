"""The cache's copy of what a shop back end holds, written page by page by the sync.

The shop is authoritative for customers, orders and shipments. Rows from a shop get a
local id made of the back end, the kind and the shop's id ("vendure:order:42"), keep the
shop's id in ``remote_id`` and the shop's ``updated_at``. Every record goes through the
same validation as an import, and a row is written only when a value differs, so
re-reading an overlap window or a whole page after a crash changes nothing.

Sync cursors and the outbox's states live here too, so a page and its cursor, or a sent
item and its remote id, are written in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from agentdesk.core.locales import language_for
from agentdesk.core.timefmt import (
    TimestampError,
    normalise,
    now_utc_text,
    parse_rfc3339,
    to_utc_text,
)
from agentdesk.core.types import Changes
from agentdesk.store.interchange import FieldError, parse_record, replace_children, upsert

# A shop's fulfillment states, as the scan codes the console understands.
SCAN_OF_STATE = {
    "pending": "label_created",
    "created": "label_created",
    "shipped": "in_transit",
    "in_transit": "in_transit",
    "partially_shipped": "in_transit",
    "delivered": "delivered",
    "cancelled": "exception",
    "failure": "exception",
    # Shopify's fulfillment status and display status words
    "open": "label_created",
    "label_printed": "label_created",
    "label_purchased": "label_created",
    "confirmed": "label_created",
    "submitted": "label_created",
    "fulfilled": "in_transit",
    "marked_as_fulfilled": "in_transit",
    "picked_up": "picked_up",
    "out_for_delivery": "out_for_delivery",
    "ready_for_pickup": "out_for_delivery",
    "attempted_delivery": "exception",
    "not_delivered": "exception",
    "canceled": "exception",
    "error": "exception",
}


def local_id(backend: str, kind: str, remote_id: str) -> str:
    return f"{backend}:{kind}:{remote_id}"


@dataclass
class Applied:
    written: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    missing_customers: set[str] = field(default_factory=set)
    changes: Changes = field(default_factory=Changes)

    def add(self, other: Applied) -> None:
        self.written += other.written
        self.unchanged += other.unchanged
        self.problems += other.problems
        self.missing_customers |= other.missing_customers
        self.changes = self.changes.merge(other.changes)


Row = tuple[str, str, dict[str, Any]]  # (remote id, updated_at, normalised data)


def _stamp(conn: sqlite3.Connection, table: str, row_id: str, remote: str, updated: str) -> bool:
    cur = conn.execute(
        f"UPDATE {table} SET remote_id = ?, updated_at = ? WHERE id = ? "
        "AND (remote_id IS NOT ? OR updated_at IS NOT ?)",
        [remote, updated, row_id, remote, updated],
    )
    return cur.rowcount > 0


def _ts(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return normalise(value)
    except TimestampError:
        return None


def apply_customers(conn: sqlite3.Connection, backend: str, rows: Iterable[Row]) -> Applied:
    out = Applied()
    touched: set[str] = set()
    for remote, updated, d in rows:
        cid = local_id(backend, "customer", remote)
        addresses = d.get("addresses") or []
        country = next((a.get("country") for a in addresses if a.get("country")), None)
        try:
            _, fields = parse_record(
                {
                    "type": "customer",
                    "id": cid,
                    "name": d.get("name") or "?",
                    "email": d.get("email"),
                    "phone": d.get("phone"),
                    "locale": d.get("locale") or language_for(country, d.get("phone")),
                    "created_at": d.get("created_at"),
                }
            )
        except FieldError as e:
            out.problems.append(f"customer {remote}: {e}")
            continue
        wrote = upsert(conn, "customers", fields)
        wrote = _stamp(conn, "customers", cid, remote, _ts(updated) or updated) or wrote
        keep = []
        for a in addresses:
            aid = local_id(backend, "address", str(a["remote_id"]))
            keep.append(aid)
            wrote = (
                upsert(
                    conn,
                    "addresses",
                    {
                        "id": aid,
                        "customer_id": cid,
                        "kind": a.get("kind") or "shipping",
                        "line1": a.get("line1"),
                        "line2": a.get("line2"),
                        "city": a.get("city"),
                        "postcode": a.get("postcode"),
                        "country": a.get("country"),
                        "remote_id": str(a["remote_id"]),
                    },
                )
                or wrote
            )
        marks = ",".join("?" for _ in keep)
        gone = conn.execute(
            f"DELETE FROM addresses WHERE customer_id = ? AND id LIKE ? "
            f"{'AND id NOT IN (' + marks + ')' if keep else ''}",
            [cid, f"{backend}:address:%", *keep],
        ).rowcount
        if wrote or gone:
            out.written += 1
            touched.add(cid)
        else:
            out.unchanged += 1
    out.changes = Changes(customers=frozenset(touched))
    return out


def _events(
    conn: sqlite3.Connection, sid: str, scan: str | None, at: str | None
) -> list[dict[str, Any]]:
    current = [
        {"at": r[0], "status": r[1], "location": r[2]}
        for r in conn.execute(
            "SELECT at, status, location FROM shipment_events WHERE shipment_id = ? "
            "ORDER BY position",
            [sid],
        )
    ]
    if scan and at and (not current or current[-1]["status"] != scan):
        if scan == "in_transit" and not current:
            current.append({"at": at, "status": "label_created", "location": None})
        current.append({"at": at, "status": scan, "location": None})
    return current


def _guest(conn: sqlite3.Connection, backend: str, order: dict[str, Any]) -> str | None:
    """The customer behind a guest checkout: one per e-mail address (else per phone), made
    from the order's contact details; None when the order names no way to reach anyone."""
    g = order.get("guest") or {}
    email = str(g.get("email") or "").strip() or None
    phone = str(g.get("phone") or "").strip() or None
    key = email.lower() if email else phone
    if not key:
        return None
    cid = local_id(backend, "guest", key)
    known = conn.execute("SELECT created_at FROM customers WHERE id = ?", [cid]).fetchone()
    _, fields = parse_record(
        {
            "type": "customer",
            "id": cid,
            "name": str(g.get("name") or "").strip() or email or phone,
            "email": email,
            "phone": phone,
            "locale": language_for(g.get("country"), phone),
            "created_at": known[0] if known else order.get("created_at"),
        }
    )
    upsert(conn, "customers", fields)
    return cid


def apply_orders(
    conn: sqlite3.Connection, backend: str, rows: Iterable[Row], promise_days: int = 3
) -> Applied:
    out = Applied()
    touched: set[str] = set()
    for remote, updated, d in rows:
        cust_remote = str(d.get("customer_remote_id") or "")
        if cust_remote:
            cid = local_id(backend, "customer", cust_remote)
            if conn.execute("SELECT 1 FROM customers WHERE id = ?", [cid]).fetchone() is None:
                out.missing_customers.add(cust_remote)
                continue
        else:
            try:
                guest = _guest(conn, backend, d)
            except FieldError as e:
                out.problems.append(f"order {remote}: {e}")
                continue
            if guest is None:
                out.problems.append(f"order {remote}: it has no customer and no contact")
                continue
            cid = guest
        oid = local_id(backend, "order", remote)
        try:
            _, fields = parse_record(
                {
                    "type": "order",
                    "id": oid,
                    "number": d.get("number"),
                    "customer_id": cid,
                    "created_at": d.get("created_at"),
                    "status": d.get("status") or "unknown",
                    "total": d.get("total"),
                    "currency": d.get("currency"),
                    "lines": d.get("lines") or [],
                }
            )
            shipments = []
            for s in d.get("shipments") or []:
                sid = local_id(backend, "shipment", str(s["remote_id"]))
                shipped = _ts(s.get("shipped_at"))
                old = conn.execute(
                    "SELECT promised_at FROM shipments WHERE id = ?", [sid]
                ).fetchone()
                promised = old[0] if old and old[0] else None
                if promised is None and shipped:
                    promised = to_utc_text(
                        parse_rfc3339(shipped) + timedelta(days=max(0, promise_days))
                    )
                state = str(s.get("state") or "").lower()
                _, sf = parse_record(
                    {
                        "type": "shipment",
                        "id": sid,
                        "order_id": oid,
                        "carrier": s.get("carrier"),
                        "tracking": s.get("tracking"),
                        "promised_at": promised,
                        "delivered_at": _ts(s.get("delivered_at")),
                    }
                )
                scan = SCAN_OF_STATE.get(state)
                at = _ts(s.get("updated_at")) or shipped
                shipments.append((sid, str(s["remote_id"]), _ts(s.get("updated_at")), sf, scan, at))
        except (FieldError, TimestampError) as e:
            out.problems.append(f"order {remote}: {e}")
            continue
        lines = fields.pop("lines") or []
        wrote = upsert(conn, "orders", fields)
        wrote = replace_children(conn, "order_lines", "order_id", oid, lines) or wrote
        wrote = _stamp(conn, "orders", oid, remote, _ts(updated) or updated) or wrote
        keep = []
        for sid, sremote, supdated, sf, scan, at in shipments:
            keep.append(sid)
            sf.pop("events", None)
            wrote = upsert(conn, "shipments", sf) or wrote
            wrote = _stamp(conn, "shipments", sid, sremote, supdated or at or "") or wrote
            events = _events(conn, sid, scan, at)
            wrote = replace_children(conn, "shipment_events", "shipment_id", sid, events) or wrote
        marks = ",".join("?" for _ in keep)
        gone = conn.execute(
            f"DELETE FROM shipments WHERE order_id = ? AND id LIKE ? "
            f"{'AND id NOT IN (' + marks + ')' if keep else ''}",
            [oid, f"{backend}:shipment:%", *keep],
        ).rowcount
        if wrote or gone:
            out.written += 1
            touched.add(cid)
        else:
            out.unchanged += 1
    out.changes = Changes(customers=frozenset(touched))
    return out


def apply_notes(conn: sqlite3.Connection, backend: str, rows: Iterable[Row]) -> Applied:
    """Notes written in the shop become notes here; our own notes and replies that come
    back (their marker names an outbox item) only learn their remote id."""
    out = Applied()
    touched: set[str] = set()
    notes: set[str] = set()
    for remote, updated, d in rows:
        ref = d.get("ref")
        if ref:
            row = conn.execute(
                "SELECT kind, entity_id FROM outbox WHERE idem_key = ?", [ref]
            ).fetchone()
            if row is not None:
                # our own note, reply, edit or reship note, back from the shop
                table = {"note": "notes", "message": "messages"}.get(str(row[0]))
                if table:
                    conn.execute(
                        f"UPDATE {table} SET remote_id = ? WHERE id = ? AND remote_id IS NULL",
                        [remote, row[1]],
                    )
                out.unchanged += 1
                continue
        parent = d.get("parent")
        parent_remote = str(d.get("parent_remote_id") or "")
        order_id = None
        if parent == "order":
            order_id = local_id(backend, "order", parent_remote)
            found = conn.execute(
                "SELECT customer_id FROM orders WHERE id = ?", [order_id]
            ).fetchone()
            if found is None:
                out.problems.append(f"note {remote}: its order {parent_remote} is not here yet")
                continue
            cid = str(found[0])
        else:
            cid = local_id(backend, "customer", parent_remote)
            if conn.execute("SELECT 1 FROM customers WHERE id = ?", [cid]).fetchone() is None:
                out.missing_customers.add(parent_remote)
                continue
        body = str(d.get("body") or "").strip()
        if not body:
            continue
        if conn.execute(
            "SELECT 1 FROM notes WHERE remote_id = ? AND id NOT LIKE ?",
            [remote, f"{backend}:note:%"],
        ).fetchone():
            out.unchanged += 1  # one of ours, already known by its remote id
            continue
        nid = local_id(backend, "note", remote)
        author = d.get("author")
        try:
            _, fields = parse_record(
                {
                    "type": "note",
                    "id": nid,
                    "customer_id": cid,
                    "order_id": order_id,
                    "created_at": d.get("created_at") or updated,
                    "body": f"{body}\n— {author}" if author else body,
                    "kind": "general",
                }
            )
        except FieldError as e:
            out.problems.append(f"note {remote}: {e}")
            continue
        old = conn.execute("SELECT pinned, kind FROM notes WHERE id = ?", [nid]).fetchone()
        if old is not None:  # pins and kinds are set here, the shop does not know them
            fields["pinned"], fields["kind"] = old[0], old[1]
        wrote = upsert(conn, "notes", fields)
        wrote = _stamp(conn, "notes", nid, remote, _ts(updated) or updated) or wrote
        if wrote:
            out.written += 1
            touched.add(cid)
            notes.add(nid)
        else:
            out.unchanged += 1
    out.changes = Changes(customers=frozenset(touched), notes=frozenset(notes))
    return out


# --- cursors ---------------------------------------------------------------------------------


def cursor(conn: sqlite3.Connection, backend: str, resource: str) -> tuple[str | None, str | None]:
    row = conn.execute(
        "SELECT updated_at, last_id FROM sync_cursors WHERE backend = ? AND resource = ?",
        [backend, resource],
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def set_cursor(
    conn: sqlite3.Connection, backend: str, resource: str, updated_at: str, last_id: str
) -> None:
    conn.execute(
        "INSERT INTO sync_cursors(backend, resource, updated_at, last_id) VALUES (?,?,?,?) "
        "ON CONFLICT(backend, resource) DO UPDATE SET updated_at = excluded.updated_at, "
        "last_id = excluded.last_id",
        [backend, resource, updated_at, last_id],
    )


def last_sweep(conn: sqlite3.Connection, backend: str, resource: str) -> str | None:
    row = conn.execute(
        "SELECT last_sweep_at FROM sync_cursors WHERE backend = ? AND resource = ?",
        [backend, resource],
    ).fetchone()
    return row[0] if row else None


def set_sweep(conn: sqlite3.Connection, backend: str, resource: str, at: str) -> None:
    conn.execute(
        "INSERT INTO sync_cursors(backend, resource, last_sweep_at) VALUES (?,?,?) "
        "ON CONFLICT(backend, resource) DO UPDATE SET last_sweep_at = excluded.last_sweep_at",
        [backend, resource, at],
    )


def remote_ids(conn: sqlite3.Connection, backend: str, table: str) -> dict[str, str]:
    """remote id -> local id of the rows this back end gave us."""
    return {
        str(r[0]): str(r[1])
        for r in conn.execute(
            f"SELECT remote_id, id FROM {table} WHERE id LIKE ? AND remote_id IS NOT NULL",
            [f"{backend}:%"],
        )
    }


def remote_stamps(conn: sqlite3.Connection, backend: str, table: str) -> dict[str, str | None]:
    """remote id -> the updated_at the cache has of the rows this back end gave us."""
    return {
        str(r[0]): r[1]
        for r in conn.execute(
            f"SELECT remote_id, updated_at FROM {table} WHERE id LIKE ? AND remote_id IS NOT NULL",
            [f"{backend}:%"],
        )
    }


def open_shipment_orders(
    conn: sqlite3.Connection, backend: str, since: str, unshipped_since: str | None = None
) -> list[str]:
    """Remote ids of this back end's orders whose shipping may have moved without the
    order changing: a parcel not yet delivered (shipped after ``since``), or a paid order
    with no parcel yet (placed after ``unshipped_since``)."""
    prefix = f"{backend}:%"
    rows = conn.execute(
        "SELECT DISTINCT o.remote_id FROM shipments s JOIN orders o ON o.id = s.order_id "
        "WHERE s.delivered_at IS NULL AND s.id LIKE ? AND o.remote_id IS NOT NULL "
        "AND o.created_at >= ?",
        [prefix, since],
    ).fetchall()
    if unshipped_since:
        rows += conn.execute(
            "SELECT o.remote_id FROM orders o WHERE o.id LIKE ? AND o.remote_id IS NOT NULL "
            "AND o.created_at >= ? AND o.deleted_at IS NULL "
            "AND o.status IN ('paymentsettled', 'paymentauthorized', 'partiallyshipped', "
            "'processing', 'paid', 'unfulfilled') "
            "AND NOT EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = o.id)",
            [prefix, unshipped_since],
        ).fetchall()
    return sorted({str(r[0]) for r in rows})


def mark_deleted(
    conn: sqlite3.Connection, backend: str, table: str, local_ids: Iterable[str]
) -> Changes:
    """Rows the shop no longer has. Shipments and shop notes go; customers and orders stay
    (tickets and notes point at them) but are marked as deleted in the shop."""
    ids = list(local_ids)
    customers: set[str] = set()
    at = now_utc_text()
    for i in ids:
        if table == "customers":
            if conn.execute(
                "UPDATE customers SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", [at, i]
            ).rowcount:
                customers.add(i)
        elif table == "orders":
            row = conn.execute(
                "UPDATE orders SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL "
                "RETURNING customer_id",
                [at, i],
            ).fetchone()
            if row:
                customers.add(str(row[0]))
    return Changes(customers=frozenset(customers))


# --- the outbox --------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    seq: int
    key: str
    kind: str
    entity_id: str
    payload: dict[str, Any]
    state: str
    attempts: int


def outbox_due(conn: sqlite3.Connection, kinds: Iterable[str], limit: int = 200) -> list[OutboxRow]:
    """Items to send, oldest first: pending ones and any left 'sending' by a crash."""
    wanted = sorted(kinds)
    marks = ",".join("?" for _ in wanted)
    return [
        OutboxRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])
        for r in conn.execute(
            f"SELECT seq, idem_key, kind, entity_id, payload, state, attempts FROM outbox "
            f"WHERE state IN ('pending','sending') AND kind IN ({marks}) ORDER BY seq LIMIT ?",
            [*wanted, limit],
        )
    ]


def unconfirmed_goodwill(
    conn: sqlite3.Connection, backend: str, limit: int = 50
) -> list[OutboxRow]:
    """Goodwill actions the shop took but has not reported done (a refund not settled yet)."""
    return [
        OutboxRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])
        for r in conn.execute(
            "SELECT o.seq, o.idem_key, o.kind, o.entity_id, o.payload, o.state, o.attempts "
            "FROM outbox o JOIN goodwill_actions g ON g.id = o.entity_id "
            "WHERE o.kind = 'goodwill' AND o.state = 'sent' AND g.state = 'sent' "
            "AND g.order_id LIKE ? ORDER BY o.seq DESC LIMIT ?",
            [f"{backend}:%", limit],
        )
    ]


def confirm_goodwill(conn: sqlite3.Connection, row: OutboxRow) -> Changes:
    return _entity_done(conn, row, "confirmed", None, None, None)


def hold_others(conn: sqlite3.Connection, kinds: Iterable[str]) -> int:
    """Items no shop can take (ticket changes, calls, plans, pins) wait for the team hub."""
    wanted = sorted(kinds)
    marks = ",".join("?" for _ in wanted)
    return conn.execute(
        f"UPDATE outbox SET state = 'held' WHERE state = 'pending' AND kind NOT IN ({marks})",
        wanted,
    ).rowcount


def mark_sending(conn: sqlite3.Connection, seq: int) -> None:
    conn.execute(
        "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE seq = ?", [seq]
    )


def mark_retry(conn: sqlite3.Connection, seq: int, error: str) -> None:
    """A try that failed for a passing reason: it goes again with the next sync. The state
    stays 'sending' so the next try first looks for what this one may have made."""
    conn.execute("UPDATE outbox SET last_error = ? WHERE seq = ?", [error[:500], seq])


def mark_sent(
    conn: sqlite3.Connection,
    row: OutboxRow,
    remote_id: str,
    confirmed: bool = False,
    extra: dict[str, Any] | None = None,
) -> Changes:
    conn.execute(
        "UPDATE outbox SET state = 'sent', sent_at = ?, remote_id = ?, last_error = NULL "
        "WHERE seq = ?",
        [now_utc_text(), remote_id, row.seq],
    )
    return _entity_done(conn, row, "confirmed" if confirmed else "sent", remote_id, None, extra)


def mark_failed(conn: sqlite3.Connection, row: OutboxRow, error: str) -> Changes:
    conn.execute(
        "UPDATE outbox SET state = 'failed', last_error = ? WHERE seq = ?", [error[:500], row.seq]
    )
    return _entity_done(conn, row, "failed", None, error, None)


def _entity_done(
    conn: sqlite3.Connection,
    row: OutboxRow,
    state: str,
    remote_id: str | None,
    error: str | None,
    extra: dict[str, Any] | None,
) -> Changes:
    customer: str | None = None
    tickets: frozenset[str] = frozenset()
    notes: frozenset[str] = frozenset()
    if row.kind in ("note", "note_edit"):
        # an edit may come back with a new remote id (WooCommerce replaces the note)
        if remote_id:
            conn.execute("UPDATE notes SET remote_id = ? WHERE id = ?", [remote_id, row.entity_id])
        found = conn.execute(
            "SELECT customer_id FROM notes WHERE id = ?", [row.entity_id]
        ).fetchone()
        customer = str(found[0]) if found else None
        notes = frozenset({row.entity_id})
    elif row.kind == "message":
        if remote_id:
            conn.execute(
                "UPDATE messages SET remote_id = ? WHERE id = ?", [remote_id, row.entity_id]
            )
        found = conn.execute(
            "SELECT t.id, t.customer_id FROM messages m JOIN tickets t ON t.id = m.ticket_id "
            "WHERE m.id = ?",
            [row.entity_id],
        ).fetchone()
        if found:
            tickets, customer = frozenset({str(found[0])}), str(found[1])
    elif row.kind == "goodwill":
        note = (extra or {}).get("coupon")
        conn.execute(
            "UPDATE goodwill_actions SET state = ?, error = ?, remote_id = coalesce(?, remote_id), "
            "coupon = coalesce(?, coupon), updated_at = ? WHERE id = ?",
            [state, error, remote_id, note, now_utc_text(), row.entity_id],
        )
        found = conn.execute(
            "SELECT customer_id, ticket_id FROM goodwill_actions WHERE id = ?", [row.entity_id]
        ).fetchone()
        if found:
            customer = str(found[0])
            tickets = frozenset({str(found[1])}) if found[1] else frozenset()
    return Changes(
        customers=frozenset({customer}) if customer else frozenset(), tickets=tickets, notes=notes
    )


def log(
    conn: sqlite3.Connection, backend: str, level: str, message: str, items: int | None = None
) -> None:
    conn.execute(
        "INSERT INTO sync_log(at, backend, level, message, items) VALUES (?,?,?,?,?)",
        [now_utc_text(), backend, level, message[:1000], items],
    )
    conn.execute("DELETE FROM sync_log WHERE seq <= (SELECT max(seq) - 5000 FROM sync_log)")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", [key])
    else:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
