"""Recovery action plans: win back a customer after a bad experience.

A plan has a goal, steps with an owner and a due date, and usually one goodwill step (refund,
reship, voucher) that goes to the shop through the outbox like any goodwill action. Its outcome
is read from the synced orders: did the customer order again within 30 (and 90) days of the
plan, and how did they rate us next."""

from __future__ import annotations

import sqlite3
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from agentdesk.core.kpi import parse_utc, pct
from agentdesk.core.money import rough_eur
from agentdesk.core.timefmt import now_utc_text, to_utc_text
from agentdesk.core.types import Changes
from agentdesk.store import actions
from agentdesk.store.errors import UserError

STEP_KINDS = ("task", "call", "refund", "reship", "voucher", "offer")
GOODWILL = ("refund", "reship", "voucher")
# What went wrong, by plan template (the cause a report groups by).
CAUSE_OF_TEMPLATE = {
    "late_parcel": "late_delivery",
    "lost_parcel": "lost_parcel",
    "wrong_item": "wrong_item",
    "damaged_item": "damaged",
    "refund_delay": "refund",
}


@dataclass(frozen=True)
class Step:
    title: str
    kind: str = "task"
    due_at: str | None = None
    owner_id: str | None = None
    amount: str | None = None  # for refund and voucher steps, in the order's currency


def create_plan(
    conn: sqlite3.Connection,
    customer_id: str,
    goal: str,
    steps: list[Step],
    owner_id: str | None,
    ticket_id: str | None = None,
    order_id: str | None = None,
    template: str | None = None,
    cause: str | None = None,
    due_at: str | None = None,
) -> tuple[str, Changes]:
    """Save a plan and its steps; a goodwill step queues its refund, reship or voucher."""
    text = goal.strip()
    if not text:
        raise UserError("Give the plan a goal: what winning this customer back means.")
    if not steps:
        raise UserError("A plan needs at least one step.")
    if conn.execute("SELECT 1 FROM customers WHERE id = ?", [customer_id]).fetchone() is None:
        raise UserError("That customer no longer exists.")
    if order_id is None:  # a goodwill gesture needs an order: the customer's latest
        row = conn.execute(
            "SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 1",
            [customer_id],
        ).fetchone()
        order_id = None if row is None else str(row[0])
    for step in steps:
        if step.kind not in STEP_KINDS:
            raise UserError(f"Unknown kind of step {step.kind!r}.")
        if not step.title.strip():
            raise UserError("Every step needs a title.")
        if step.kind in GOODWILL and order_id is None:
            raise UserError(
                "A refund, reship or voucher needs an order, and this customer has none."
            )
    pid = f"plan-{uuid.uuid4().hex[:16]}"
    at = now_utc_text()
    conn.execute(
        "INSERT INTO action_plans(id, customer_id, ticket_id, goal, owner_id, due_at, status, "
        "created_at, template, cause, order_id, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)",
        [
            pid,
            customer_id,
            ticket_id,
            text,
            owner_id,
            due_at,
            at,
            template,
            cause or CAUSE_OF_TEMPLATE.get(template or ""),
            order_id,
            at,
        ],
    )
    currency = None
    if order_id is not None:
        currency = conn.execute("SELECT currency FROM orders WHERE id = ?", [order_id]).fetchone()[
            0
        ]
    for position, step in enumerate(steps):
        goodwill_id = None
        if step.kind in GOODWILL:
            assert order_id is not None
            goodwill_id, _ = actions.record_goodwill(
                conn, order_id, step.owner_id or owner_id, step.kind, text, step.amount, ticket_id
            )
        conn.execute(
            "INSERT INTO action_steps(id, plan_id, position, title, kind, owner_id, due_at, "
            "amount, currency, goodwill_id, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                f"step-{uuid.uuid4().hex[:16]}",
                pid,
                position,
                step.title.strip(),
                step.kind,
                step.owner_id or owner_id,
                step.due_at,
                step.amount if step.kind in ("refund", "voucher") else None,
                currency if step.kind in GOODWILL else None,
                goodwill_id,
                at,
            ],
        )
    actions.enqueue(conn, "plan", pid, {"customer_id": customer_id, "goal": text})
    tickets = frozenset({ticket_id}) if ticket_id else frozenset()
    return pid, Changes(customers=frozenset({customer_id}), tickets=tickets)


def set_step_done(conn: sqlite3.Connection, step_id: str, done: bool) -> Changes:
    row = conn.execute(
        "SELECT p.customer_id FROM action_steps s JOIN action_plans p ON p.id = s.plan_id "
        "WHERE s.id = ?",
        [step_id],
    ).fetchone()
    if row is None:
        raise UserError("That step no longer exists.")
    at = now_utc_text()
    conn.execute(
        "UPDATE action_steps SET done_at = ?, updated_at = ? WHERE id = ?",
        [at if done else None, at, step_id],
    )
    actions.enqueue(conn, "plan_step", step_id, {"done": done})
    return Changes(customers=frozenset({str(row[0])}))


def set_plan_status(conn: sqlite3.Connection, plan_id: str, status: str) -> Changes:
    if status not in ("open", "done", "cancelled"):
        raise UserError(f"Unknown plan status {status!r}.")
    row = conn.execute("SELECT customer_id FROM action_plans WHERE id = ?", [plan_id]).fetchone()
    if row is None:
        raise UserError("That plan no longer exists.")
    conn.execute(
        "UPDATE action_plans SET status = ?, updated_at = ? WHERE id = ?",
        [status, now_utc_text(), plan_id],
    )
    actions.enqueue(conn, "plan_status", plan_id, {"status": status})
    return Changes(customers=frozenset({str(row[0])}))


def outcome(plan_created: str, orders_after: list[str], now: datetime, days: int) -> str:
    """ "yes" if the customer ordered within `days` of the plan (orders after it only), "no"
    once that window has passed without one, else "waiting"."""
    start = parse_utc(plan_created)
    end = start + timedelta(days=days)
    if any(start < parse_utc(at) <= end for at in orders_after):
        return "yes"
    return "no" if now >= end else "waiting"


def plans(
    conn: sqlite3.Connection, now: datetime, status: str | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """Plans, newest first, with their steps, cost (goodwill given; a reship costs the
    order's value) and outcome."""
    where, args = ("WHERE p.status = ?", [status]) if status else ("", [])
    cur = conn.execute(
        f"""SELECT p.id, p.customer_id, c.name AS customer, c.locale, p.ticket_id, p.order_id,
                   p.goal, p.template, p.cause, p.status, p.created_at, p.due_at, p.owner_id,
                   a.name AS owner
            FROM action_plans p JOIN customers c ON c.id = p.customer_id
            LEFT JOIN agents a ON a.id = p.owner_id {where}
            ORDER BY p.created_at DESC LIMIT ?""",
        [*args, limit],
    )
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur]
    if not out:
        return out
    ids = [p["id"] for p in out]
    marks = ",".join("?" * len(ids))
    steps: dict[str, list[dict[str, Any]]] = defaultdict(list)
    scur = conn.execute(
        f"""SELECT s.id, s.plan_id, s.position, s.title, s.kind, s.due_at, s.done_at, s.amount,
                   s.currency, s.owner_id, a.name AS owner, g.state AS goodwill_state,
                   g.error AS goodwill_error,
                   CASE WHEN g.kind = 'reship' THEN o.total ELSE g.amount END AS goodwill_amount
            FROM action_steps s LEFT JOIN agents a ON a.id = s.owner_id
            LEFT JOIN goodwill_actions g ON g.id = s.goodwill_id
            LEFT JOIN orders o ON o.id = g.order_id
            WHERE s.plan_id IN ({marks}) ORDER BY s.plan_id, s.position""",
        ids,
    )
    snames = [d[0] for d in scur.description]
    for r in scur:
        step = dict(zip(snames, r, strict=True))
        steps[step["plan_id"]].append(step)
    customers = sorted({p["customer_id"] for p in out})
    cmarks = ",".join("?" * len(customers))
    orders: dict[str, list[str]] = defaultdict(list)
    for cid, created in conn.execute(
        f"SELECT customer_id, created_at FROM orders WHERE customer_id IN ({cmarks}) "
        "AND status NOT IN ('cancelled')",
        customers,
    ):
        orders[cid].append(created)
    surveys: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for cid, created, kind, score in conn.execute(
        f"SELECT customer_id, created_at, kind, score FROM surveys WHERE customer_id IN ({cmarks}) "
        "ORDER BY created_at",
        customers,
    ):
        surveys[cid].append((created, kind, score))
    for p in out:
        p["steps"] = steps[p["id"]]
        p["steps_done"] = sum(1 for s in p["steps"] if s["done_at"])
        later = [at for at in orders[p["customer_id"]] if at > p["created_at"]]
        p["bought_30"] = outcome(p["created_at"], later, now, 30)
        p["bought_90"] = outcome(p["created_at"], later, now, 90)
        after = [(k, s) for at, k, s in surveys[p["customer_id"]] if at > p["created_at"]]
        p["next_csat"] = next((s for k, s in after if k == "csat"), None)
        p["next_nps"] = next((s for k, s in after if k == "nps"), None)
        cost = Decimal(0)
        currency = None
        for s in p["steps"]:
            if s["goodwill_state"] not in (None, "failed") and s["goodwill_amount"]:
                cost += Decimal(s["goodwill_amount"])
                currency = s["currency"]
        p["cost"] = str(cost) if currency else None
        p["currency"] = currency
        p["cost_eur"] = round(rough_eur(cost, currency), 2) if currency else 0.0
        p["overdue"] = [
            s
            for s in p["steps"]
            if not s["done_at"] and s["due_at"] and s["due_at"] < to_utc_text(now)
        ]
    return out


def winback(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """Win-back rate by template or cause: of the plans whose 30-day outcome is known, the
    share whose customer ordered again (and the same for 90 days), with the cost."""
    groups: dict[str, dict[str, Any]] = {}
    for p in rows:
        if p["status"] == "cancelled":
            continue
        g = groups.setdefault(
            p[by] or "",
            {
                "key": p[by] or "",
                "plans": 0,
                "known_30": 0,
                "won_30": 0,
                "known_90": 0,
                "won_90": 0,
                "cost_eur": 0.0,
            },
        )
        g["plans"] += 1
        g["cost_eur"] += p["cost_eur"]
        for days in (30, 90):
            result = p[f"bought_{days}"]
            if result != "waiting":
                g[f"known_{days}"] += 1
                g[f"won_{days}"] += result == "yes"
    out = []
    for g in groups.values():
        g["winback_30_pct"] = pct(g["won_30"], g["known_30"])
        g["winback_90_pct"] = pct(g["won_90"], g["known_90"])
        g["cost_eur"] = round(g["cost_eur"], 2)
        out.append(g)
    out.sort(key=lambda g: (-g["plans"], g["key"]))
    return out


def due_steps(
    conn: sqlite3.Connection, agent_id: str | None, now: datetime
) -> list[dict[str, Any]]:
    """Steps of open plans due within a day (or overdue), for this agent: the reminders."""
    until = to_utc_text((now + timedelta(days=1)).replace(microsecond=0))
    cur = conn.execute(
        """SELECT s.id, s.title, s.due_at, p.id AS plan_id, c.name AS customer
           FROM action_steps s JOIN action_plans p ON p.id = s.plan_id
           JOIN customers c ON c.id = p.customer_id
           WHERE s.done_at IS NULL AND s.due_at IS NOT NULL AND s.due_at <= ?
             AND p.status = 'open' AND coalesce(s.owner_id, p.owner_id) IS ?
           ORDER BY s.due_at""",
        [until, agent_id],
    )
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]
