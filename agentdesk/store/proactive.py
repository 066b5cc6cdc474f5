"""The proactive queue: parcels at risk (core.proactive's rules) with their order, customer
and whether anyone is already in touch, worst first."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from agentdesk.core import proactive as P
from agentdesk.core.money import rough_eur
from agentdesk.core.timefmt import to_utc_text

LOGISTICS = ("late_delivery", "lost_parcel", "damaged", "wrong_item")
CHUNK = 500


def _chunks(items: list[Any]) -> list[list[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def at_risk(
    conn: sqlite3.Connection,
    now: datetime,
    thresholds: P.Thresholds = P.Thresholds(),  # noqa: B008
    horizon_days: int = 30,
    include_contacted: bool = False,
) -> list[dict[str, Any]]:
    """Parcels promised (or disputed, in a ticket not yet solved) within the horizon that a
    rule flags, worst first.

    `contact` says who is already talking about it: "proactive" (we wrote after the problem
    began) or "open" (an open ticket exists); those are left out unless asked for, except
    disputes, which are an open ticket by nature."""
    since = to_utc_text((now - timedelta(days=horizon_days)).replace(microsecond=0))
    rows: dict[str, dict[str, Any]] = {}
    for r in conn.execute(
        """SELECT s.id, s.order_id, s.carrier, s.tracking, s.promised_at, s.delivered_at,
                  o.number, o.total, o.currency, o.customer_id
           FROM shipments s JOIN orders o ON o.id = s.order_id
           WHERE s.delivered_at IS NULL AND s.promised_at >= ?
             AND o.status NOT IN ('cancelled', 'refunded', 'returned')""",
        [since],
    ):
        rows[r[0]] = _row(r)
    claims: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for sid, created, category, r in (
        (x[0], x[10], x[11], x)
        for x in conn.execute(
            """SELECT s.id, s.order_id, s.carrier, s.tracking, s.promised_at, s.delivered_at,
                      o.number, o.total, o.currency, o.customer_id, t.created_at, t.category
               FROM tickets t JOIN shipments s ON s.order_id = t.order_id
               JOIN orders o ON o.id = s.order_id
               WHERE t.created_at >= ? AND t.category IN ('lost_parcel', 'late_delivery')
                 AND t.status IN ('open', 'pending')
                 AND s.delivered_at IS NOT NULL AND s.delivered_at <= t.created_at""",
            [since],
        )
    ):
        rows.setdefault(sid, _row(r[:10]))
        claims[sid].append((created, category))
    scans: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(list(rows)):
        for sid, at, status in conn.execute(
            f"SELECT shipment_id, at, status FROM shipment_events "
            f"WHERE shipment_id IN ({_marks(len(chunk))}) ORDER BY shipment_id, position",
            chunk,
        ):
            scans[sid].append((at, status))
    found = []
    for sid, row in rows.items():
        parcel = P.Parcel(
            row["promised_at"], row["delivered_at"], scans[sid], row["carrier"], claims[sid]
        )
        finding = P.assess(parcel, now, thresholds)
        if finding is not None:
            row.update(risk=finding.risk.value, since=to_utc_text(finding.since), days=finding.days)
            row["last_scan"] = scans[sid][-1] if scans[sid] else None
            row["finding"] = finding
            found.append(row)
    _add_contact(conn, found)
    _add_customer(conn, found)
    out = []
    for row in found:
        if row["contact"] and row["risk"] != "disputed" and not include_contacted:
            continue
        finding = row.pop("finding")
        row["priority"] = P.priority(
            finding,
            rough_eur(row["total"], row["currency"]),
            row["complaints"],
            row["ltv_eur"],
            thresholds,
        )
        out.append(row)
    out.sort(key=lambda r: (-r["priority"], r["since"], r["shipment_id"]))
    return out


def _row(r: Any) -> dict[str, Any]:
    return {
        "shipment_id": r[0],
        "order_id": r[1],
        "carrier": r[2],
        "tracking": r[3],
        "promised_at": r[4],
        "delivered_at": r[5],
        "order_number": r[6],
        "total": r[7],
        "currency": r[8],
        "customer_id": r[9],
    }


def _add_contact(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    by_order: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for chunk in _chunks(list({r["order_id"] for r in rows})):
        for order, origin, status, created in conn.execute(
            f"SELECT order_id, origin, status, created_at FROM tickets "
            f"WHERE order_id IN ({_marks(len(chunk))})",
            chunk,
        ):
            by_order[order].append((origin, status, created))
    for r in rows:
        contact = None
        for origin, status, created in by_order[r["order_id"]]:
            if origin == "proactive" and created >= r["since"]:
                contact = "proactive"
                break
            if status in ("open", "pending"):
                contact = "open"
        r["contact"] = contact


def _add_customer(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    people: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list({r["customer_id"] for r in rows})):
        marks = _marks(len(chunk))
        for cid, name, locale in conn.execute(
            f"SELECT id, name, locale FROM customers WHERE id IN ({marks})", chunk
        ):
            people[cid] = {"customer": name, "locale": locale, "ltv_eur": 0.0, "tickets": []}
        for cid, total, currency in conn.execute(
            f"SELECT customer_id, total, currency FROM orders WHERE customer_id IN ({marks}) "
            "AND status NOT IN ('cancelled', 'refunded')",
            chunk,
        ):
            people[cid]["ltv_eur"] += rough_eur(total, currency)
        for cid, created, category in conn.execute(
            f"SELECT customer_id, created_at, category FROM tickets "
            f"WHERE customer_id IN ({marks}) AND origin = 'customer'",
            chunk,
        ):
            people[cid]["tickets"].append((created, category))
    for r in rows:
        p = people.get(r["customer_id"], {"customer": "", "locale": None, "ltv_eur": 0.0})
        r["customer"], r["locale"] = p["customer"], p["locale"]
        r["ltv_eur"] = round(p["ltv_eur"], 2)
        window = to_utc_text(r["finding"].since - timedelta(days=90))
        r["complaints"] = sum(
            1
            for created, category in p.get("tickets", [])
            if category in LOGISTICS and window <= created < r["since"]
        )
