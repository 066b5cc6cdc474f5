"""Read queries behind the console's views. Plain dicts out; every query uses an index."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from agentdesk.core.phones import time_zone
from agentdesk.core.shipping import parcel_state
from agentdesk.core.timefmt import to_utc_text
from agentdesk.core.types import SHOP_KINDS

QUEUES = ("mine", "unassigned", "open", "proactive", "solved_today")
OPEN = "t.status IN ('open','pending')"
# Queue orderings by column (ascending); "age" ascending means oldest first.
SORTS = {
    "sla": "coalesce(t.sla_due_at, t.created_at)",
    "channel": "t.channel",
    "customer": "(SELECT c.name FROM customers c WHERE c.id = t.customer_id)",
    "subject": "t.subject",
    "category": "t.category",
    "status": "t.status",
    "priority": "CASE t.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 "
    "ELSE 3 END",
    "assignee": "(SELECT a.name FROM agents a WHERE a.id = t.assignee_id)",
    "age": "t.created_at",
}


def _rows(conn: sqlite3.Connection, sql: str, args: Any = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def current_agent(conn: sqlite3.Connection, configured: str = "") -> dict[str, Any] | None:
    wanted = configured or meta(conn, "current_agent") or ""
    found = _rows(conn, "SELECT id, name, role FROM agents WHERE id = ?", [wanted])
    if not found:
        found = _rows(
            conn, "SELECT id, name, role FROM agents WHERE role = 'agent' ORDER BY rowid LIMIT 1"
        )
    return found[0] if found else None


def _queue_where(
    queue: str,
    agent_id: str | None,
    channel: str | None,
    category: str | None,
    now: datetime | None,
    status: str | None = None,
) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if queue == "mine":
        where += [OPEN, "t.assignee_id = ?"]
        args.append(agent_id or "")
    elif queue == "unassigned":
        where += [OPEN, "t.assignee_id IS NULL"]
    elif queue == "open":
        where.append(OPEN)
    elif queue == "proactive":
        where += [OPEN, "t.origin = 'proactive'"]
    elif queue == "solved_today":
        start = (now or datetime.now(UTC)).astimezone(UTC).replace(hour=0, minute=0, second=0)
        where.append("t.solved_at >= ?")
        args.append(to_utc_text(start.replace(microsecond=0)))
    else:
        raise ValueError(f"unknown queue {queue!r}")
    if channel:
        where.append("t.channel = ?")
        args.append(channel)
    if category:
        where.append("t.category = ?")
        args.append(category)
    if status:
        where.append("t.status = ?")
        args.append(status)
    return " AND ".join(where), args


def queue_ids(
    conn: sqlite3.Connection,
    queue: str,
    agent_id: str | None = None,
    channel: str | None = None,
    category: str | None = None,
    sort: str = "sla",
    now: datetime | None = None,
    descending: bool = False,
    status: str | None = None,
) -> list[str]:
    """Ticket ids of a queue, in display order; rows are fetched later by range.

    Ties keep arrival order, so a re-sort never shuffles equal rows.
    """
    where, args = _queue_where(queue, agent_id, channel, category, now, status)
    way = " DESC" if descending else ""
    order = f"{SORTS[sort]}{way}, t.created_at{way}, t.rowid{way}"
    sql = f"SELECT t.id FROM tickets t WHERE {where} ORDER BY {order}"
    return [r[0] for r in conn.execute(sql, args)]


def queue_counts(conn: sqlite3.Connection, agent_id: str | None, now: datetime) -> dict[str, int]:
    counts = {}
    for q in QUEUES:
        where, args = _queue_where(q, agent_id, None, None, now)
        counts[q] = int(
            conn.execute(f"SELECT count(*) FROM tickets t WHERE {where}", args).fetchone()[0]
        )
    return counts


def ticket_rows(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Display rows for these ticket ids (one indexed lookup per block)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = _rows(
        conn,
        f"""SELECT t.id, t.channel, t.subject, t.category, t.status, t.priority, t.created_at,
                   t.sla_due_at, t.first_response_at, t.origin, t.customer_id, t.assignee_id,
                   t.journey_stage, t.journey_suggested, t.solved_at, c.name AS customer,
                   c.locale,
                   a.name AS assignee
            FROM tickets t JOIN customers c ON c.id = t.customer_id
            LEFT JOIN agents a ON a.id = t.assignee_id
            WHERE t.id IN ({marks})""",
        ids,
    )
    return {r["id"]: r for r in rows}


def ticket_detail(conn: sqlite3.Connection, ticket_id: str) -> dict[str, Any] | None:
    found = ticket_rows(conn, [ticket_id])
    if not found:
        return None
    ticket = found[ticket_id]
    ticket["messages"] = _rows(
        conn,
        """SELECT m.id, m.author, m.public, m.created_at, m.body, a.name AS agent
           FROM messages m LEFT JOIN agents a ON a.id = m.author_id
           WHERE m.ticket_id = ? ORDER BY m.created_at, m.rowid""",
        [ticket_id],
    )
    waiting = pending_outbox(conn, [m["id"] for m in ticket["messages"]])
    for m in ticket["messages"]:
        m["sync"] = waiting.get(m["id"])
    ticket["order"] = _rows(
        conn,
        "SELECT o.id, o.number, o.total, o.currency, s.carrier, s.tracking, s.promised_at "
        "FROM tickets t JOIN orders o ON o.id = t.order_id "
        "LEFT JOIN shipments s ON s.order_id = o.id WHERE t.id = ? LIMIT 1",
        [ticket_id],
    )
    draft = conn.execute(
        "SELECT body, public FROM drafts WHERE ticket_id = ?", [ticket_id]
    ).fetchone()
    ticket["draft"] = None if draft is None else {"body": draft[0], "public": bool(draft[1])}
    return ticket


def agents(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Everyone a ticket can be assigned to, by name (not trainers, nor trainees: their
    console shows no tickets)."""
    return _rows(
        conn,
        "SELECT id, name, role FROM agents WHERE role NOT IN ('trainer', 'trainee') ORDER BY name",
    )


def came_back(ticket: dict[str, Any], tickets: list[dict[str, Any]], days: int = 7) -> bool:
    """Did the customer open another ticket of this category in the `days` before this one?

    `tickets` are all of that customer's tickets (as `customer_360` lists them).
    """
    since = to_utc_text(
        datetime.fromisoformat(ticket["created_at"].replace("Z", "+00:00")) - timedelta(days=days)
    )
    return any(
        o["id"] != ticket["id"]
        and o["category"] == ticket["category"]
        and since <= o["created_at"] < ticket["created_at"]
        for o in tickets
    )


def customer_360(
    conn: sqlite3.Connection, customer_id: str, now: datetime
) -> dict[str, Any] | None:
    found = _rows(conn, "SELECT * FROM customers WHERE id = ?", [customer_id])
    if not found:
        return None
    c = found[0]
    c["address"] = next(
        iter(
            _rows(
                conn,
                "SELECT line1, city, postcode, country FROM addresses WHERE customer_id = ? "
                "LIMIT 1",
                [customer_id],
            )
        ),
        None,
    )
    c["notes"] = _rows(
        conn,
        """SELECT n.id, n.kind, n.pinned, n.body, n.created_at, n.edited_at, n.author_id,
                  n.order_id, a.name AS author
           FROM notes n LEFT JOIN agents a ON a.id = n.author_id
           WHERE n.customer_id = ? ORDER BY n.pinned DESC, n.created_at DESC""",
        [customer_id],
    )
    waiting = pending_outbox(conn, [n["id"] for n in c["notes"]])
    for n in c["notes"]:
        n["sync"] = waiting.get(n["id"])
    orders = _rows(
        conn,
        "SELECT id, number, created_at, status, total, currency FROM orders "
        "WHERE customer_id = ? ORDER BY created_at DESC",
        [customer_id],
    )
    order_ids = [o["id"] for o in orders]
    marks = ",".join("?" * len(order_ids))
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    shipments: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if order_ids:
        for line in _rows(
            conn,
            f"SELECT * FROM order_lines WHERE order_id IN ({marks}) ORDER BY position",
            order_ids,
        ):
            lines[line["order_id"]].append(line)
        ships = _rows(conn, f"SELECT * FROM shipments WHERE order_id IN ({marks})", order_ids)
        ship_ids = [s["id"] for s in ships]
        events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if ship_ids:
            smarks = ",".join("?" * len(ship_ids))
            for e in _rows(
                conn,
                f"SELECT * FROM shipment_events WHERE shipment_id IN ({smarks}) ORDER BY position",
                ship_ids,
            ):
                events[e["shipment_id"]].append(e)
        for s in ships:
            evs = events[s["id"]]
            s["events"] = evs
            s["last_scan"] = evs[-1] if evs else None
            s["state"] = parcel_state(
                s["promised_at"],
                s["delivered_at"],
                [e["status"] for e in evs],
                evs[-1]["at"] if evs else None,
                now,
            ).value
            shipments[s["order_id"]].append(s)
    goodwill: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in _rows(
        conn,
        "SELECT g.id, g.order_id, g.kind, g.amount, g.currency, g.reason, g.state, g.error, "
        "g.created_at, a.name AS author FROM goodwill_actions g "
        "LEFT JOIN agents a ON a.id = g.author_id WHERE g.customer_id = ? "
        "ORDER BY g.created_at DESC, g.rowid DESC",
        [customer_id],
    ):
        goodwill[g["order_id"]].append(g)
    ltv: dict[str, Decimal] = defaultdict(Decimal)
    for o in orders:
        o["lines"] = lines[o["id"]]
        o["shipments"] = shipments[o["id"]]
        o["goodwill"] = goodwill[o["id"]]
        if o["status"] not in ("cancelled", "refunded"):
            ltv[o["currency"]] += Decimal(o["total"])
    c["orders"] = orders
    c["lifetime_value"] = {cur: str(v) for cur, v in ltv.items()}
    c["order_count"] = len(orders)
    c["time_zone"] = time_zone(c.get("phone"))
    c["tickets"] = _rows(
        conn,
        "SELECT id, channel, category, subject, status, created_at, solved_at "
        "FROM tickets WHERE customer_id = ? ORDER BY created_at DESC",
        [customer_id],
    )
    ticket_ids = [t["id"] for t in c["tickets"]]
    tmarks = ",".join("?" * len(ticket_ids))
    c["messages"] = (
        _rows(
            conn,
            f"SELECT id, ticket_id, author, public, created_at, body FROM messages "
            f"WHERE ticket_id IN ({tmarks}) ORDER BY created_at DESC",
            ticket_ids,
        )
        if ticket_ids
        else []
    )
    c["calls"] = _rows(
        conn,
        "SELECT id, ticket_id, started_at, ended_at, outcome, summary, follow_up_at FROM calls "
        "WHERE customer_id = ? ORDER BY started_at DESC",
        [customer_id],
    )
    c["surveys"] = _rows(
        conn,
        "SELECT id, kind, score, created_at, comment FROM surveys "
        "WHERE customer_id = ? ORDER BY created_at DESC",
        [customer_id],
    )
    week_ago = to_utc_text((now - timedelta(days=7)).replace(microsecond=0))
    c["same_problem_again"] = sorted(
        {
            t["category"]
            for t in c["tickets"]
            if t["created_at"] >= week_ago and came_back(t, c["tickets"])
        }
    )
    c["timeline"] = timeline(c)  # here, off the GUI thread: 30 ms for 10,000 orders
    return c


def timeline(c: dict[str, Any]) -> list[dict[str, Any]]:
    """Orders, scans, tickets, messages, calls, surveys, notes and goodwill, newest first."""
    items: list[dict[str, Any]] = []
    for o in c["orders"]:
        items.append({"kind": "order", "at": o["created_at"], "ref": o})
        for s in o["shipments"]:
            for e in s["events"]:
                items.append(
                    {
                        "kind": "scan",
                        "at": e["at"],
                        "ref": {**e, "order": o["number"], "carrier": s["carrier"]},
                    }
                )
    items += [{"kind": "ticket", "at": t["created_at"], "ref": t} for t in c["tickets"]]
    items += [{"kind": "message", "at": m["created_at"], "ref": m} for m in c["messages"]]
    items += [{"kind": "call", "at": x["started_at"], "ref": x} for x in c["calls"]]
    items += [{"kind": "survey", "at": s["created_at"], "ref": s} for s in c["surveys"]]
    items += [{"kind": "note", "at": n["created_at"], "ref": n} for n in c["notes"]]
    items += [
        {"kind": "goodwill", "at": g["created_at"], "ref": {**g, "order": o["number"]}}
        for o in c["orders"]
        for g in o.get("goodwill", [])
    ]
    items.sort(key=lambda i: i["at"], reverse=True)
    return items


def recent_customers(conn: sqlite3.Connection, limit: int = 100) -> list[dict[str, Any]]:
    """Customers of the most recent tickets, newest first (uses the created_at index)."""
    seen: dict[str, dict[str, Any]] = {}
    for row in _rows(
        conn,
        "SELECT c.id, c.name, c.email, c.phone, c.locale FROM tickets t "
        "JOIN customers c ON c.id = t.customer_id "
        "ORDER BY t.created_at DESC LIMIT ?",
        [limit * 4],
    ):
        seen.setdefault(row["id"], row)
        if len(seen) >= limit:
            break
    return list(seen.values())


def cache_summary(conn: sqlite3.Connection) -> dict[str, Any]:
    def count(table: str) -> int:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    last_sync = conn.execute("SELECT max(at) FROM sync_log WHERE level = 'info'").fetchone()[0]
    kinds = sorted(SHOP_KINDS)
    marks = ",".join("?" for _ in kinds)
    waiting, failed = conn.execute(
        f"SELECT count(*) FILTER (WHERE state IN ('pending', 'sending')), "
        f"count(*) FILTER (WHERE state = 'failed') FROM outbox WHERE kind IN ({marks}) "
        "AND state IN ('pending', 'sending', 'failed')",
        kinds,
    ).fetchone()
    return {
        "customers": count("customers"),
        "open_tickets": int(
            conn.execute(f"SELECT count(*) FROM tickets t WHERE {OPEN}").fetchone()[0]
        ),
        "outbox": int(waiting),
        "failed": int(failed),
        "last_sync": last_sync,
        "last_ok": meta(conn, "sync.last_ok_at"),
        "offline_since": meta(conn, "sync.offline_since"),
        "sync_error": meta(conn, "sync.error"),
        "demo": meta(conn, "demo_seed") is not None,
    }


def pending_outbox(conn: sqlite3.Connection, entity_ids: list[str]) -> dict[str, str]:
    """entity id -> outbox state, for the entities that are not yet confirmed as sent."""
    if not entity_ids:
        return {}
    marks = ",".join("?" * len(entity_ids))
    return {
        str(e): str(s)
        for e, s in conn.execute(
            f"SELECT entity_id, state FROM outbox WHERE entity_id IN ({marks}) "
            "AND state IN ('pending', 'sending', 'failed') ORDER BY seq",
            entity_ids,
        )
    }


def find_customer(
    conn: sqlite3.Connection,
    phone: str | None = None,
    email: str | None = None,
    order: str | None = None,
) -> str | None:
    """The customer a caller, an e-mail or an order number belongs to (screen pop)."""
    from agentdesk.core.phones import search_tokens

    if order:
        row = conn.execute(
            "SELECT customer_id FROM orders WHERE number = ? LIMIT 1", [order.strip().lstrip("#")]
        ).fetchone()
        return None if row is None else str(row[0])
    if email:
        address = email.strip()
        row = conn.execute("SELECT id FROM customers WHERE email = ? LIMIT 1", [address]).fetchone()
        if row is None:
            row = conn.execute(
                "SELECT id FROM customers WHERE email = ? COLLATE NOCASE LIMIT 1", [address]
            ).fetchone()
        return None if row is None else str(row[0])
    if phone:
        digits = "".join(ch for ch in phone if ch.isdigit())
        forms = (search_tokens(phone) if phone.strip().startswith("+") else "").split()
        forms = forms[:1] or [digits.lstrip("0") or digits]  # the caller's full number
        for form in forms:
            if len(form) < 6:
                continue
            row = conn.execute(
                "SELECT rowid FROM search_fts_customer WHERE search_fts_customer MATCH ? "
                "ORDER BY rowid DESC LIMIT 1",
                [f'"{form}"'],
            ).fetchone()
            if row is not None:
                found = conn.execute(
                    "SELECT id FROM customers WHERE rowid = ?", [row[0]]
                ).fetchone()
                return None if found is None else str(found[0])
    return None
