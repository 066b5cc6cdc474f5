"""The customer journey: where contacts cluster by stage and category, which stages bring
customers back or leave them unhappy, and the friction points worth fixing in the shop
("late delivery with PostNord in Aarhus"). A ticket's stage is the one an agent set, else
the suggestion made from its category and subject (core.journey)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from agentdesk.core import kpi as K
from agentdesk.store.kpi import day_expression

STAGE = "coalesce(t.journey_stage, t.journey_suggested, 'unknown')"
STAGES = ("browse", "checkout", "payment", "delivery", "returns", "after_sales", "unknown")
_CITY = "(SELECT a.city FROM addresses a WHERE a.customer_id = t.customer_id LIMIT 1)"
_CARRIER = "(SELECT s.carrier FROM shipments s WHERE s.order_id = t.order_id LIMIT 1)"
_CSAT = (
    "LEFT JOIN (SELECT ticket_id, count(*) AS n, sum(score >= 4) AS good FROM surveys "
    "WHERE kind = 'csat' GROUP BY ticket_id) sv ON sv.ticket_id = t.id"
)


def stages(conn: sqlite3.Connection, period: K.Period) -> dict[str, Any]:
    """Contacts by stage and category in the period, with each stage's repeat-contact rate
    and CSAT, and contacts per stage by week (or day, or month: core.kpi.bucket_size)."""
    lo, hi = period.start_key, period.end_key
    cells: dict[str, dict[str, int]] = defaultdict(dict)
    rows: dict[str, dict[str, Any]] = {}
    for stage, category, n, repeats, csat, good in conn.execute(
        f"""SELECT {STAGE}, t.category, count(*), sum(k.repeat),
                   sum(coalesce(sv.n, 0)), sum(coalesce(sv.good, 0))
            FROM tickets t JOIN kpi_ticket k ON k.ticket_id = t.id {_CSAT}
            WHERE t.created_at >= ? AND t.created_at < ? AND t.origin = 'customer'
            GROUP BY 1, 2""",
        [lo, hi],
    ):
        cells[stage][category] = n
        r = rows.setdefault(stage, {"contacts": 0, "repeats": 0, "csat": 0, "csat_good": 0})
        r["contacts"] += n
        r["repeats"] += repeats
        r["csat"] += csat
        r["csat_good"] += good
    size = K.bucket_size(period)
    spans = K.buckets(period, size)
    bucket = [i for i, (first, last) in enumerate(spans) for _ in range(first, last + 1)]
    trend: dict[str, list[int]] = {s: [0] * len(spans) for s in rows}
    day, dargs = day_expression(period, "t.created_at")
    for d, stage, n in conn.execute(
        f"""SELECT {day}, {STAGE}, count(*) FROM tickets t
            WHERE t.created_at >= ? AND t.created_at < ? AND t.origin = 'customer'
            GROUP BY 1, 2""",
        [*dargs, lo, hi],
    ):
        trend[stage][bucket[d]] += n
    return {
        "cells": {s: dict(c) for s, c in cells.items()},
        "stages": {
            s: {
                **r,
                "repeat_pct": K.pct(r["repeats"], r["contacts"]),
                "csat_pct": K.pct(r["csat_good"], r["csat"]),
            }
            for s, r in rows.items()
        },
        "size": size,
        "spans": spans,
        "trend": trend,
    }


def friction(conn: sqlite3.Connection, period: K.Period, limit: int = 15) -> list[dict[str, Any]]:
    """The top friction points: a category with a carrier (everywhere, and in a city where
    it gathers at least three contacts), with contacts, how many came back, CSAT, and a
    weight of all three: contacts x (1 + share that came back) x (1 + share unhappy)."""
    lo, hi = period.start_key, period.end_key
    points = []
    for level, city_expr, minimum in (("carrier", "NULL", 2), ("city", _CITY, 3)):
        for category, carrier, city, n, repeats, csat, good in conn.execute(
            f"""SELECT t.category, {_CARRIER} AS carrier, {city_expr} AS city, count(*),
                       sum(k.repeat), sum(coalesce(sv.n, 0)), sum(coalesce(sv.good, 0))
                FROM tickets t JOIN kpi_ticket k ON k.ticket_id = t.id {_CSAT}
                WHERE t.created_at >= ? AND t.created_at < ? AND t.origin = 'customer'
                GROUP BY 1, 2, 3 HAVING count(*) >= ?""",
            [lo, hi, minimum],
        ):
            if level == "city" and city is None:
                continue
            unhappy = (csat - good) / csat if csat else 0.0
            points.append(
                {
                    "category": category,
                    "carrier": carrier,
                    "city": city,
                    "contacts": n,
                    "repeats": repeats,
                    "repeat_pct": K.pct(repeats, n),
                    "csat_pct": K.pct(good, csat),
                    "csat_responses": csat,
                    "score": round(n * (1 + repeats / n) * (1 + unhappy), 2),
                }
            )
    points.sort(
        key=lambda p: (
            -p["score"],
            -p["contacts"],
            str(p["category"]),
            p["city"] is not None,
            str(p["city"]),
        )
    )
    return points[:limit]


def tickets(
    conn: sqlite3.Connection,
    period: K.Period,
    stage: str | None = None,
    category: str | None = None,
    carrier: str | None = None,
    city: str | None = None,
    limit: int = 500,
) -> tuple[int, list[dict[str, Any]]]:
    """(how many, the newest `limit`) customer tickets behind a cell or a friction point."""
    where = ["t.created_at >= ?", "t.created_at < ?", "t.origin = 'customer'"]
    args: list[Any] = [period.start_key, period.end_key]
    for expr, value in (
        (STAGE, stage),
        ("t.category", category),
        (_CARRIER, carrier),
        (_CITY, city),
    ):
        if value is not None:
            where.append(f"{expr} = ?")
            args.append(value)
    sql_where = " AND ".join(where)
    total = conn.execute(f"SELECT count(*) FROM tickets t WHERE {sql_where}", args).fetchone()[0]
    cur = conn.execute(
        f"""SELECT t.id, t.subject, c.name AS customer, t.channel, t.category, t.status,
                   t.created_at, t.solved_at, a.name AS assignee
            FROM tickets t JOIN customers c ON c.id = t.customer_id
            LEFT JOIN agents a ON a.id = t.assignee_id
            WHERE {sql_where} ORDER BY t.created_at DESC LIMIT ?""",
        [*args, limit],
    )
    names = [d[0] for d in cur.description]
    return int(total), [dict(zip(names, r, strict=True)) for r in cur]
