"""What an agent does, as writes: each records the change and its outbox item in one
transaction (run it on the single writer) and returns the Changes the views react to.

Rows created here get a local UUID; the outbox item carries an idempotency key so the sync
engine can read back before retrying and never send a reply or note twice.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from agentdesk.core.money import MoneyError, parse_amount, refund_left
from agentdesk.core.timefmt import now_utc_text
from agentdesk.core.types import Changes, JourneyStage, NoteKind, Priority, TicketStatus
from agentdesk.store.errors import UserError

MAX_BODY = 100_000


def _new_id(prefix: str) -> str:
    import uuid  # with it comes `platform`: loaded at the first write, not at start

    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def enqueue(conn: sqlite3.Connection, kind: str, entity_id: str, payload: dict[str, Any]) -> str:
    """Queue a change for the shop/hub; returns its idempotency key."""
    import uuid

    key = uuid.uuid4().hex
    conn.execute(
        "INSERT INTO outbox(idem_key, kind, entity_id, payload, created_at) VALUES (?,?,?,?,?)",
        [key, kind, entity_id, json.dumps(payload, ensure_ascii=False), now_utc_text()],
    )
    return key


def _clean(body: str) -> str:
    text = body.strip()
    if not text:
        raise UserError("Write something first: the text is empty.")
    if len(text) > MAX_BODY:
        raise UserError(f"The text is too long ({len(text):,} characters, at most {MAX_BODY:,}).")
    return text


def _ticket_customer(conn: sqlite3.Connection, ticket_id: str) -> str:
    row = conn.execute("SELECT customer_id FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    if row is None:
        raise UserError(f"Ticket {ticket_id} no longer exists.")
    return str(row[0])


def reply(
    conn: sqlite3.Connection, ticket_id: str, agent_id: str | None, body: str, public: bool = True
) -> Changes:
    """A public reply or an internal note on a ticket, saved now and queued for sending."""
    text = _clean(body)
    customer = _ticket_customer(conn, ticket_id)
    mid = _new_id("msg")
    at = now_utc_text()
    conn.execute(
        "INSERT INTO messages(id, ticket_id, author, author_id, public, created_at, body) "
        "VALUES (?, ?, 'agent', ?, ?, ?, ?)",
        [mid, ticket_id, agent_id, int(public), at, text],
    )
    if public:
        # Answering a ticket that waited on us moves it to pending (waiting on the customer).
        conn.execute(
            "UPDATE tickets SET status = 'pending', updated_at = ? WHERE id = ? AND status = 'open'",
            [at, ticket_id],
        )
    enqueue(conn, "message", mid, {"ticket_id": ticket_id, "public": public, "body": text})
    conn.execute("DELETE FROM drafts WHERE ticket_id = ?", [ticket_id])  # it has been sent
    return Changes(tickets=frozenset({ticket_id}), customers=frozenset({customer}))


def save_draft(conn: sqlite3.Connection, ticket_id: str, body: str, public: bool = True) -> Changes:
    """Keep what is being written on a ticket (an empty text drops the draft)."""
    if len(body) > MAX_BODY:
        raise UserError(f"The text is too long ({len(body):,} characters, at most {MAX_BODY:,}).")
    if not body.strip():
        conn.execute("DELETE FROM drafts WHERE ticket_id = ?", [ticket_id])
    else:
        conn.execute(
            "INSERT INTO drafts(ticket_id, body, public, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(ticket_id) DO UPDATE SET body = excluded.body, "
            "public = excluded.public, updated_at = excluded.updated_at",
            [ticket_id, body, int(public), now_utc_text()],
        )
    return Changes()  # nothing anyone else shows


@dataclass(frozen=True)
class ProactiveDraft:
    """One proactive ticket to open: the parcel, and the message drafted for it."""

    shipment_id: str
    subject: str
    body: str
    category: str = "late_delivery"
    channel: str = "email"


def create_proactive(
    conn: sqlite3.Connection, agent_id: str | None, drafts: list[ProactiveDraft]
) -> tuple[list[str], Changes]:
    """Open proactive tickets (origin=proactive) for parcels at risk, each with its message
    waiting as a draft for the agent to review and send. Returns the new ticket ids."""
    if not drafts:
        raise UserError("Choose at least one parcel.")
    at = now_utc_text()
    ids, customers = [], set()
    for d in drafts:
        subject = d.subject.strip()[:300] or "—"
        row = conn.execute(
            "SELECT o.id, o.customer_id FROM shipments s JOIN orders o ON o.id = s.order_id "
            "WHERE s.id = ?",
            [d.shipment_id],
        ).fetchone()
        if row is None:
            raise UserError("That parcel no longer exists.")
        order_id, customer = row
        tid = _new_id("tkt")
        conn.execute(
            "INSERT INTO tickets(id, customer_id, order_id, channel, category, subject, status, "
            "priority, assignee_id, origin, journey_stage, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'open', 'high', ?, 'proactive', 'delivery', ?, ?)",
            [tid, customer, order_id, d.channel, d.category, subject, agent_id, at, at],
        )
        save_draft(conn, tid, d.body)
        enqueue(
            conn,
            "ticket_create",
            tid,
            {
                "customer_id": customer,
                "order_id": order_id,
                "channel": d.channel,
                "category": d.category,
                "subject": subject,
                "origin": "proactive",
            },
        )
        ids.append(tid)
        customers.add(str(customer))
    return ids, Changes(tickets=frozenset(ids), customers=frozenset(customers))


def add_note(
    conn: sqlite3.Connection,
    customer_id: str,
    author_id: str | None,
    body: str,
    kind: str = NoteKind.GENERAL.value,
    pinned: bool = False,
    order_id: str | None = None,
) -> Changes:
    text = _clean(body)
    NoteKind(kind)
    nid = _new_id("note")
    conn.execute(
        "INSERT INTO notes(id, customer_id, order_id, author_id, created_at, body, pinned, kind) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [nid, customer_id, order_id, author_id, now_utc_text(), text, int(pinned), kind],
    )
    enqueue(
        conn,
        "note",
        nid,
        {
            "customer_id": customer_id,
            "order_id": order_id,
            "body": text,
            "kind": kind,
            "pinned": pinned,
        },
    )
    return Changes(customers=frozenset({customer_id}), notes=frozenset({nid}))


def set_pinned(conn: sqlite3.Connection, note_id: str, pinned: bool) -> Changes:
    row = conn.execute("SELECT customer_id FROM notes WHERE id = ?", [note_id]).fetchone()
    if row is None:
        raise UserError("That note no longer exists.")
    conn.execute(
        "UPDATE notes SET pinned = ?, updated_at = ? WHERE id = ?",
        [int(pinned), now_utc_text(), note_id],
    )
    enqueue(conn, "note_pin", note_id, {"pinned": pinned})
    return Changes(customers=frozenset({str(row[0])}), notes=frozenset({note_id}))


# The ticket fields an agent sets from the console, and what each accepts.
TICKET_FIELDS = ("status", "priority", "category", "assignee_id", "journey_stage")
MAX_CATEGORY = 60


@dataclass(frozen=True)
class TicketChange:
    """What a change to tickets replaced, so it can be undone exactly."""

    # (ticket id, ((column, old value), ...)); only tickets that really changed
    previous: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]
    fields: tuple[str, ...]
    changes: Changes


def _check_ticket_values(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    unknown = set(values) - set(TICKET_FIELDS)
    if unknown:
        raise UserError(f"A ticket has no field called {sorted(unknown)[0]}.")
    if "status" in values:
        TicketStatus(values["status"])
    if "priority" in values:
        Priority(values["priority"])
    if "journey_stage" in values and values["journey_stage"] is not None:
        JourneyStage(values["journey_stage"])
    if "category" in values:
        cat = values["category"]
        if not isinstance(cat, str) or not cat.strip() or len(cat) > MAX_CATEGORY:
            raise UserError("A category is a short name, such as late_delivery.")
    agent = values.get("assignee_id")
    if agent is not None and (
        conn.execute("SELECT 1 FROM agents WHERE id = ?", [agent]).fetchone() is None
    ):
        raise UserError("That agent does not exist.")


def update_tickets(conn: sqlite3.Connection, ticket_ids: list[str], **values: Any) -> TicketChange:
    """Set status, priority, category, assignee or journey stage on tickets, queued for sync.

    Solving or closing stamps `solved_at` (kept if it was solved before); reopening clears it.
    """
    if not ticket_ids:
        raise UserError("Select at least one ticket.")
    if not values:
        raise UserError("Nothing to change.")
    _check_ticket_values(conn, values)
    columns = list(values)
    marks = ",".join("?" * len(ticket_ids))
    before = conn.execute(
        f"SELECT id, customer_id, solved_at, {', '.join(columns)} FROM tickets "
        f"WHERE id IN ({marks})",
        ticket_ids,
    ).fetchall()
    if not before:
        raise UserError("Those tickets no longer exist.")
    at = now_utc_text()
    previous = []
    for row in before:
        tid, solved_at, old = row[0], row[2], dict(zip(columns, row[3:], strict=True))
        new = {c: v for c, v in values.items() if old[c] != v}
        if not new:
            continue
        saved = dict(old)
        if "status" in new:
            saved["solved_at"] = solved_at
            new["solved_at"] = (solved_at or at) if new["status"] in ("solved", "closed") else None
        sets = ", ".join(f"{c} = ?" for c in new)
        conn.execute(
            f"UPDATE tickets SET {sets}, updated_at = ? WHERE id = ?", [*new.values(), at, tid]
        )
        payload = {c: v for c, v in new.items() if c != "solved_at"}
        enqueue(conn, "ticket_update", tid, payload)
        previous.append((tid, tuple((c, saved[c]) for c in new)))
    return TicketChange(
        previous=tuple(previous),
        fields=tuple(columns),
        changes=Changes(
            tickets=frozenset(r[0] for r in before), customers=frozenset(r[1] for r in before)
        ),
    )


def undo_tickets(conn: sqlite3.Connection, change: TicketChange) -> Changes:
    """Put back exactly what `change` replaced (and tell the shop)."""
    at = now_utc_text()
    for tid, old in change.previous:
        sets = ", ".join(f"{c} = ?" for c, _ in old)
        conn.execute(
            f"UPDATE tickets SET {sets}, updated_at = ? WHERE id = ?",
            [*(v for _, v in old), at, tid],
        )
        enqueue(conn, "ticket_update", tid, {c: v for c, v in old if c != "solved_at"})
    return change.changes


def set_status(conn: sqlite3.Connection, ticket_ids: list[str], status: str) -> TicketChange:
    return update_tickets(conn, ticket_ids, status=status)


def undo_status(conn: sqlite3.Connection, change: TicketChange) -> Changes:
    return undo_tickets(conn, change)


def assign(conn: sqlite3.Connection, ticket_ids: list[str], agent_id: str | None) -> Changes:
    return update_tickets(conn, ticket_ids, assignee_id=agent_id).changes


CALL_OUTCOMES = ("resolved", "follow_up", "no_answer", "escalated")


def log_call(
    conn: sqlite3.Connection,
    customer_id: str,
    agent_id: str | None,
    started_at: str,
    ended_at: str,
    outcome: str,
    summary: str = "",
    ticket_id: str | None = None,
    follow_up_at: str | None = None,
) -> Changes:
    """A finished phone call: when, how it ended, what was said, what was promised."""
    if outcome not in CALL_OUTCOMES:
        raise UserError(f"Unknown call outcome {outcome!r}.")
    if ended_at < started_at:
        raise UserError("A call cannot end before it started.")
    cid = _new_id("call")
    conn.execute(
        "INSERT INTO calls(id, customer_id, ticket_id, agent_id, started_at, ended_at, outcome, "
        "summary, follow_up_at) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            cid,
            customer_id,
            ticket_id,
            agent_id,
            started_at,
            ended_at,
            outcome,
            summary.strip()[:MAX_BODY] or None,
            follow_up_at,
        ],
    )
    enqueue(
        conn,
        "call",
        cid,
        {
            "customer_id": customer_id,
            "ticket_id": ticket_id,
            "outcome": outcome,
            "follow_up_at": follow_up_at,
        },
    )
    tickets = frozenset({ticket_id}) if ticket_id else frozenset()
    return Changes(customers=frozenset({customer_id}), tickets=tickets)


def edit_note(
    conn: sqlite3.Connection, note_id: str, agent_id: str | None, body: str, kind: str | None = None
) -> Changes:
    """An author corrects their own note; colleagues' notes are theirs to change."""
    text = _clean(body)
    row = conn.execute(
        "SELECT customer_id, author_id, kind FROM notes WHERE id = ?", [note_id]
    ).fetchone()
    if row is None:
        raise UserError("That note no longer exists.")
    if row[1] is None or row[1] != agent_id:
        raise UserError("Only the colleague who wrote a note can edit it.")
    new_kind = NoteKind(kind or row[2]).value
    at = now_utc_text()
    conn.execute(
        "UPDATE notes SET body = ?, kind = ?, edited_at = ?, updated_at = ? WHERE id = ?",
        [text, new_kind, at, at, note_id],
    )
    enqueue(conn, "note_edit", note_id, {"body": text, "kind": new_kind})
    return Changes(customers=frozenset({str(row[0])}), notes=frozenset({note_id}))


GOODWILL_KINDS = ("refund", "reship", "voucher")
GOODWILL_STATES = ("queued", "sent", "confirmed", "failed")
MAX_REASON = 2000


def refundable(conn: sqlite3.Connection, order_id: str) -> Decimal:
    """What is left to refund on an order: its total less refunds not failed."""
    row = conn.execute("SELECT total FROM orders WHERE id = ?", [order_id]).fetchone()
    if row is None:
        raise UserError("That order no longer exists.")
    refunds = conn.execute(
        "SELECT state, amount FROM goodwill_actions WHERE order_id = ? AND kind = 'refund'",
        [order_id],
    ).fetchall()
    return refund_left(str(row[0]), refunds)


def propose_goodwill(
    conn: sqlite3.Connection,
    order_id: str,
    agent_id: str | None,
    kind: str,
    reason: str,
    amount: str | None = None,
    ticket_id: str | None = None,
) -> Changes:
    """A refund, reship or voucher for an order: recorded now, queued for the shop."""
    return record_goodwill(conn, order_id, agent_id, kind, reason, amount, ticket_id)[1]


def record_goodwill(
    conn: sqlite3.Connection,
    order_id: str,
    agent_id: str | None,
    kind: str,
    reason: str,
    amount: str | None = None,
    ticket_id: str | None = None,
) -> tuple[str, Changes]:
    """propose_goodwill, also giving the new goodwill action's id."""
    if kind not in GOODWILL_KINDS:
        raise UserError(f"Unknown goodwill action {kind!r}.")
    why = reason.strip()
    if not why:
        raise UserError("Say why, so the shop and your colleagues understand the gesture.")
    if len(why) > MAX_REASON:
        raise UserError(f"The reason is too long (at most {MAX_REASON:,} characters).")
    row = conn.execute(
        "SELECT customer_id, currency, total FROM orders WHERE id = ?", [order_id]
    ).fetchone()
    if row is None:
        raise UserError("That order no longer exists.")
    customer, currency = str(row[0]), str(row[1])
    value: Decimal | None = None
    if kind != "reship":
        try:
            value = parse_amount(amount or "")
        except MoneyError:
            raise UserError("Give the amount as a number, such as 49.95.") from None
        if value <= 0:
            raise UserError("The amount must be more than zero.")
        if kind == "refund" and value > (left := refundable(conn, order_id)):
            raise UserError(f"At most {left} {currency} is left to refund on this order.")
        if kind == "voucher" and value > Decimal(row[2]) * 2:
            raise UserError("A voucher worth more than twice the order needs a lead's approval.")
    gid = _new_id("gw")
    at = now_utc_text()
    text_amount = None if value is None else str(value.quantize(Decimal("0.01")))
    conn.execute(
        "INSERT INTO goodwill_actions(id, customer_id, order_id, ticket_id, author_id, kind, "
        "amount, currency, reason, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [gid, customer, order_id, ticket_id, agent_id, kind, text_amount, currency, why, at],
    )
    enqueue(
        conn,
        "goodwill",
        gid,
        {
            "order_id": order_id,
            "kind": kind,
            "amount": text_amount,
            "currency": currency,
            "reason": why,
        },
    )
    tickets = frozenset({ticket_id}) if ticket_id else frozenset()
    return gid, Changes(customers=frozenset({customer}), tickets=tickets)


def mark_goodwill(
    conn: sqlite3.Connection,
    goodwill_id: str,
    state: str,
    error: str | None = None,
    remote_id: str | None = None,
) -> Changes:
    """What the shop said about a goodwill action (the sync engine calls this)."""
    if state not in GOODWILL_STATES:
        raise UserError(f"Unknown goodwill state {state!r}.")
    row = conn.execute(
        "SELECT customer_id FROM goodwill_actions WHERE id = ?", [goodwill_id]
    ).fetchone()
    if row is None:
        raise UserError("That goodwill action no longer exists.")
    conn.execute(
        "UPDATE goodwill_actions SET state = ?, error = ?, remote_id = coalesce(?, remote_id), "
        "updated_at = ? WHERE id = ?",
        [state, error if state == "failed" else None, remote_id, now_utc_text(), goodwill_id],
    )
    return Changes(customers=frozenset({str(row[0])}))
