"""Agent writes on a real demo cache: saved at once, queued once in the outbox, undoable."""

import json
import sqlite3

import pytest

from agentdesk.store import actions, queries
from agentdesk.store.db import open_cache
from agentdesk.store.errors import UserError


@pytest.fixture
def conn(demo_db):
    c = open_cache(demo_db).conn
    yield c
    c.close()


def open_ticket(conn):
    return conn.execute(
        "SELECT id, customer_id FROM tickets WHERE status = 'open' ORDER BY created_at DESC LIMIT 1"
    ).fetchone()


def test_reply_is_saved_queued_once_and_moves_ticket_to_pending(conn):
    tid, customer = open_ticket(conn)
    with conn:
        changes = actions.reply(conn, tid, "agent-1", "  Hej! Din pakke er på vej.  ")
    assert changes.tickets == {tid} and changes.customers == {customer}
    mid, body, public = conn.execute(
        "SELECT id, body, public FROM messages WHERE ticket_id = ? ORDER BY rowid DESC LIMIT 1",
        [tid],
    ).fetchone()
    assert body == "Hej! Din pakke er på vej." and public == 1
    assert conn.execute("SELECT status FROM tickets WHERE id = ?", [tid]).fetchone()[0] == "pending"
    items = conn.execute(
        "SELECT kind, state, payload FROM outbox WHERE entity_id = ?", [mid]
    ).fetchall()
    assert len(items) == 1 and items[0][:2] == ("message", "pending")
    assert json.loads(items[0][2])["ticket_id"] == tid
    assert queries.pending_outbox(conn, [mid]) == {mid: "pending"}


def test_internal_note_keeps_status_and_is_private(conn):
    tid, _ = open_ticket(conn)
    with conn:
        actions.reply(conn, tid, "agent-1", "Ringede til GLS, de undersøger.", public=False)
    assert conn.execute("SELECT status FROM tickets WHERE id = ?", [tid]).fetchone()[0] == "open"
    assert (
        conn.execute(
            "SELECT public FROM messages WHERE ticket_id = ? ORDER BY rowid DESC", [tid]
        ).fetchone()[0]
        == 0
    )


def test_empty_or_huge_text_is_refused_and_nothing_is_written(conn):
    tid, _ = open_ticket(conn)
    before = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    for text in ("   ", "x" * (actions.MAX_BODY + 1)):
        with pytest.raises(UserError), conn:
            actions.reply(conn, tid, "agent-1", text)
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before


def test_note_is_searchable_and_can_be_pinned(conn):
    from agentdesk.store.search import search

    customer = conn.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    with conn:
        actions.add_note(
            conn, customer, "agent-1", "Kunden foretrækker afhentning i butikken", kind="preference"
        )
    hit = search(conn, "afhentning")[0]
    assert hit.kind.value == "note"
    with conn:
        actions.set_pinned(conn, hit.id, True)
    assert conn.execute("SELECT pinned FROM notes WHERE id = ?", [hit.id]).fetchone()[0] == 1
    kinds = [
        k
        for (k,) in conn.execute(
            "SELECT kind FROM outbox WHERE entity_id = ? ORDER BY seq", [hit.id]
        )
    ]
    assert kinds == ["note", "note_pin"]


def test_status_change_sets_solved_time_and_undo_restores_exactly(conn):
    tids = [
        t
        for (t,) in conn.execute(
            "SELECT id FROM tickets WHERE status IN ('open','pending') LIMIT 3"
        )
    ]
    before = conn.execute(
        f"SELECT id, status, solved_at FROM tickets WHERE id IN ({','.join('?' * 3)}) ORDER BY id",
        tids,
    ).fetchall()
    with conn:
        change = actions.set_status(conn, tids, "solved")
    rows = conn.execute(
        f"SELECT status, solved_at FROM tickets WHERE id IN ({','.join('?' * 3)})", tids
    ).fetchall()
    assert all(s == "solved" and at for s, at in rows)
    with conn:
        actions.undo_status(conn, change)
    after = conn.execute(
        f"SELECT id, status, solved_at FROM tickets WHERE id IN ({','.join('?' * 3)}) ORDER BY id",
        tids,
    ).fetchall()
    assert after == before


def test_a_failed_write_leaves_no_outbox_item(conn, demo_db):
    tid, _ = open_ticket(conn)
    before = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), conn:
        actions.reply(conn, tid, "no-such-agent", "hello")
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before


def test_call_log_is_saved_with_outcome_and_follow_up(conn):
    tid, customer = open_ticket(conn)
    with conn:
        changes = actions.log_call(
            conn,
            customer,
            "agent-1",
            "2026-11-20T10:00:00Z",
            "2026-11-20T10:07:30Z",
            "follow_up",
            "Promised a callback",
            ticket_id=tid,
            follow_up_at="2026-11-22",
        )
    assert changes.customers == {customer} and changes.tickets == {tid}
    row = conn.execute(
        "SELECT outcome, summary, follow_up_at FROM calls WHERE ticket_id = ? "
        "AND summary IS NOT NULL ORDER BY rowid DESC",
        [tid],
    ).fetchone()
    assert row == ("follow_up", "Promised a callback", "2026-11-22")
    with pytest.raises(UserError), conn:
        actions.log_call(
            conn, customer, "agent-1", "2026-11-20T10:00:00Z", "2026-11-20T09:00:00Z", "resolved"
        )


def test_assign_moves_tickets_and_refuses_unknown_agents(conn):
    tids = [
        t
        for (t,) in conn.execute(
            "SELECT id FROM tickets WHERE assignee_id IS NULL AND status = 'open' LIMIT 2"
        )
    ]
    assert tids
    with conn:
        actions.assign(conn, tids, "agent-2")
    marks = ",".join("?" * len(tids))
    owners = {
        a for (a,) in conn.execute(f"SELECT assignee_id FROM tickets WHERE id IN ({marks})", tids)
    }
    assert owners == {"agent-2"}
    with pytest.raises(UserError), conn:
        actions.assign(conn, tids, "ghost")


def _open_ids(conn, n):
    return [
        t
        for (t,) in conn.execute(
            "SELECT id FROM tickets WHERE status IN ('open','pending') ORDER BY id LIMIT ?", [n]
        )
    ]


def _fields(conn, tids):
    marks = ",".join("?" * len(tids))
    return conn.execute(
        f"SELECT id, status, solved_at, priority, category, assignee_id, journey_stage "
        f"FROM tickets WHERE id IN ({marks}) ORDER BY id",
        tids,
    ).fetchall()


def test_several_fields_on_several_tickets_and_undo_puts_back_each_ones_own(conn):
    tids = _open_ids(conn, 3)
    with conn:  # make them differ, so undo must restore per ticket
        actions.update_tickets(conn, tids[:1], priority="low", journey_stage=None)
    before = _fields(conn, tids)
    with conn:
        change = actions.update_tickets(
            conn, tids, priority="urgent", category="damaged", journey_stage="returns"
        )
    assert {r[3:5] + r[6:] for r in _fields(conn, tids)} == {("urgent", "damaged", "returns")}
    updates = conn.execute(
        "SELECT count(*) FROM outbox WHERE kind = 'ticket_update' AND entity_id IN (?,?,?)", tids
    ).fetchone()[0]
    assert updates >= 3
    with conn:
        actions.undo_tickets(conn, change)
    assert _fields(conn, tids) == before


def test_reopening_a_solved_ticket_clears_its_solved_time(conn):
    tid = _open_ids(conn, 1)
    with conn:
        actions.update_tickets(conn, tid, status="solved")
        actions.update_tickets(conn, tid, status="open")
    assert _fields(conn, tid)[0][1:3] == ("open", None)


@pytest.mark.parametrize(
    "values",
    [
        {"priority": "whenever"},
        {"journey_stage": "moon"},
        {"category": ""},
        {"assignee_id": "ghost"},
        {"subject": "sneaky"},
        {},
    ],
)
def test_bad_ticket_changes_are_refused_and_nothing_is_queued(conn, values):
    tids = _open_ids(conn, 2)
    before = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
    with pytest.raises((UserError, ValueError)), conn:
        actions.update_tickets(conn, tids, **values)
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == before


def _order(conn):
    return conn.execute(
        "SELECT id, customer_id, total, currency FROM orders WHERE status = 'delivered' "
        "AND id NOT IN (SELECT order_id FROM goodwill_actions) LIMIT 1"
    ).fetchone()


def test_a_refund_is_recorded_queued_and_limited_to_what_is_left(conn):
    from decimal import Decimal

    oid, customer, total, currency = _order(conn)
    half = str((Decimal(total) / 2).quantize(Decimal("0.01")))
    with conn:
        changes = actions.propose_goodwill(conn, oid, "agent-1", "refund", "Arrived broken", half)
    assert changes.customers == {customer}
    row = conn.execute(
        "SELECT id, kind, amount, currency, state, reason FROM goodwill_actions WHERE order_id = ?",
        [oid],
    ).fetchone()
    assert row[1:] == ("refund", half, currency, "queued", "Arrived broken")
    item = conn.execute("SELECT kind, payload FROM outbox WHERE entity_id = ?", [row[0]]).fetchone()
    assert item[0] == "goodwill" and json.loads(item[1])["amount"] == half
    left = actions.refundable(conn, oid)
    assert left == Decimal(total) - Decimal(half)
    with pytest.raises(UserError, match="left to refund"), conn:
        actions.propose_goodwill(conn, oid, "agent-1", "refund", "Again", str(left + 1))
    # a refund the shop rejected gives the money back to the limit
    with conn:
        actions.mark_goodwill(conn, row[0], "failed", "Card expired")
    assert actions.refundable(conn, oid) == Decimal(total)
    assert conn.execute(
        "SELECT state, error FROM goodwill_actions WHERE id = ?", [row[0]]
    ).fetchone() == ("failed", "Card expired")


@pytest.mark.parametrize(
    ("kind", "reason", "amount"),
    [
        ("refund", "", "10.00"),
        ("refund", "Late", "0"),
        ("refund", "Late", "ten"),
        ("voucher", "Late", "-5"),
        ("cashback", "Late", "5"),
    ],
)
def test_goodwill_without_reason_amount_or_known_kind_is_refused(conn, kind, reason, amount):
    oid = _order(conn)[0]
    before = conn.execute("SELECT count(*) FROM goodwill_actions").fetchone()[0]
    with pytest.raises(UserError), conn:
        actions.propose_goodwill(conn, oid, "agent-1", kind, reason, amount)
    assert conn.execute("SELECT count(*) FROM goodwill_actions").fetchone()[0] == before


def test_a_reship_needs_no_amount(conn):
    oid = _order(conn)[0]
    with conn:
        actions.propose_goodwill(conn, oid, "agent-1", "reship", "Lost in transit")
    assert conn.execute(
        "SELECT kind, amount FROM goodwill_actions WHERE order_id = ?", [oid]
    ).fetchall()[-1] == ("reship", None)


def test_only_the_author_edits_a_note(conn):
    customer = conn.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]
    with conn:
        note = next(iter(actions.add_note(conn, customer, "agent-1", "Ring efter kl. 16").notes))
        actions.edit_note(conn, note, "agent-1", "Ring efter kl. 17", "preference")
    body, kind, edited = conn.execute(
        "SELECT body, kind, edited_at FROM notes WHERE id = ?", [note]
    ).fetchone()
    assert (body, kind) == ("Ring efter kl. 17", "preference") and edited
    with pytest.raises(UserError, match="Only the colleague"), conn:
        actions.edit_note(conn, note, "agent-2", "Mine now")
    assert conn.execute("SELECT body FROM notes WHERE id = ?", [note]).fetchone()[0] == (
        "Ring efter kl. 17"
    )
