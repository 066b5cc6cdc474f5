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
