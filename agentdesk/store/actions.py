"""What an agent does, as writes: each records the change and its outbox item in one
transaction (run it on the single writer) and returns the Changes the views react to.

Rows created here get a local UUID; the outbox item carries an idempotency key so the sync
engine can read back before retrying and never send a reply or note twice.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

from agentdesk.core.timefmt import now_utc_text
from agentdesk.core.types import Changes, NoteKind, TicketStatus
from agentdesk.store.errors import UserError

MAX_BODY = 100_000


def _new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def enqueue(conn: sqlite3.Connection, kind: str, entity_id: str, payload: dict[str, Any]) -> str:
    """Queue a change for the shop/hub; returns its idempotency key."""
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
    return Changes(tickets=frozenset({ticket_id}), customers=frozenset({customer}))


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


@dataclass(frozen=True)
class StatusChange:
    """What a status change replaced, so it can be undone exactly."""

    previous: tuple[tuple[str, str, str | None], ...]  # (ticket id, status, solved_at)
    changes: Changes


def set_status(conn: sqlite3.Connection, ticket_ids: list[str], status: str) -> StatusChange:
    TicketStatus(status)
    if not ticket_ids:
        raise UserError("Select at least one ticket.")
    marks = ",".join("?" * len(ticket_ids))
    before = conn.execute(
        f"SELECT id, status, solved_at, customer_id FROM tickets WHERE id IN ({marks})", ticket_ids
    ).fetchall()
    at = now_utc_text()
    solved = status in ("solved", "closed")
    for tid, old, solved_at, _customer in before:
        if old == status:
            continue
        new_solved = (solved_at or at) if solved else None
        conn.execute(
            "UPDATE tickets SET status = ?, solved_at = ?, updated_at = ? WHERE id = ?",
            [status, new_solved, at, tid],
        )
        enqueue(conn, "ticket_status", tid, {"status": status})
    return StatusChange(
        previous=tuple((r[0], r[1], r[2]) for r in before if r[1] != status),
        changes=Changes(
            tickets=frozenset(r[0] for r in before), customers=frozenset(r[3] for r in before)
        ),
    )


def undo_status(conn: sqlite3.Connection, change: StatusChange) -> Changes:
    at = now_utc_text()
    for tid, status, solved_at in change.previous:
        conn.execute(
            "UPDATE tickets SET status = ?, solved_at = ?, updated_at = ? WHERE id = ?",
            [status, solved_at, at, tid],
        )
        enqueue(conn, "ticket_status", tid, {"status": status})
    return change.changes


def assign(conn: sqlite3.Connection, ticket_ids: list[str], agent_id: str | None) -> Changes:
    if (
        agent_id is not None
        and conn.execute("SELECT 1 FROM agents WHERE id = ?", [agent_id]).fetchone() is None
    ):
        raise UserError("That agent does not exist.")
    at = now_utc_text()
    for tid in ticket_ids:
        conn.execute(
            "UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE id = ?", [agent_id, at, tid]
        )
        enqueue(conn, "ticket_assign", tid, {"assignee_id": agent_id})
    return Changes(tickets=frozenset(ticket_ids))


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
