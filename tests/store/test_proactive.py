"""The proactive queue on a hand-built cache: which parcels, in which order, and who is in touch."""

import json
from datetime import UTC, datetime

import pytest

from agentdesk.store import actions
from agentdesk.store.db import open_cache
from agentdesk.store.interchange import import_lines
from agentdesk.store.proactive import at_risk

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def parcel(n, promised, events, delivered=None, customer="c1", total="100.00", currency="DKK"):
    order = {
        "type": "order",
        "id": f"o{n}",
        "number": f"10{n}",
        "customer_id": customer,
        "created_at": "2026-03-01T09:00:00Z",
        "status": "shipped",
        "total": total,
        "currency": currency,
        "lines": [{"sku": "MUG", "name": "Krus", "qty": 1, "unit_price": total}],
    }
    ship = {
        "type": "shipment",
        "id": f"s{n}",
        "order_id": f"o{n}",
        "carrier": "PostNord",
        "tracking": f"PN{n}",
        "promised_at": promised,
        "events": [{"at": at, "status": st, "location": "Aarhus"} for at, st in events],
    }
    if delivered:
        ship["delivered_at"] = delivered
    return [order, ship]


def ticket(
    tid, order, created, category="late_delivery", origin="customer", status="open", customer="c1"
):
    return {
        "type": "ticket",
        "id": tid,
        "customer_id": customer,
        "order_id": order,
        "channel": "email",
        "category": category,
        "subject": "s",
        "status": status,
        "created_at": created,
        "origin": origin,
    }


@pytest.fixture
def conn(tmp_path):
    c = open_cache(tmp_path / "p.sqlite", create=True).conn
    rows = [
        {"type": "agent", "id": "a1", "name": "Sara", "role": "agent"},
        {
            "type": "customer",
            "id": "c1",
            "name": "Mette Kjær",
            "locale": "da",
            "created_at": "2025-01-01T00:00:00Z",
        },
        {
            "type": "customer",
            "id": "c2",
            "name": "Siti Rahma",
            "locale": "id",
            "created_at": "2025-01-01T00:00:00Z",
        },
        *parcel(1, "2026-03-12T16:00:00Z", [("2026-03-09T08:00:00Z", "in_transit")]),  # fine
        *parcel(2, "2026-03-08T16:00:00Z", [("2026-03-09T20:00:00Z", "at_hub")]),  # late
        *parcel(3, "2026-03-13T16:00:00Z", [("2026-03-05T08:00:00Z", "in_transit")]),  # stale
        *parcel(
            4,
            "2026-03-11T16:00:00Z",
            [("2026-03-09T08:00:00Z", "in_transit"), ("2026-03-10T07:00:00Z", "address_problem")],
        ),
        *parcel(
            5,
            "2026-03-06T16:00:00Z",
            [("2026-03-06T09:00:00Z", "delivered")],
            delivered="2026-03-06T09:00:00Z",
            customer="c2",
            total="300000",
            currency="IDR",
        ),
        ticket("claim", "o5", "2026-03-07T10:00:00Z", "lost_parcel", customer="c2"),  # disputed
        *parcel(6, "2026-01-02T16:00:00Z", [("2026-01-01T08:00:00Z", "in_transit")]),  # too old
        *parcel(7, "2026-03-08T16:00:00Z", [("2026-03-09T20:00:00Z", "at_hub")]),  # late, but
        ticket("asked", "o7", "2026-03-09T10:00:00Z"),  # the customer already wrote
        *parcel(8, "2026-03-08T16:00:00Z", [("2026-03-09T20:00:00Z", "at_hub")]),  # late, but
        ticket("sent", "o8", "2026-03-09T23:00:00Z", origin="proactive", status="pending"),
    ]
    import_lines(c, [json.dumps(r) for r in rows])
    yield c
    c.close()


def test_the_queue_lists_each_risk_worst_first_and_leaves_out_what_is_handled(conn):
    found = at_risk(conn, NOW)
    assert [(r["order_number"], r["risk"]) for r in found] == [
        ("105", "disputed"),
        ("104", "exception"),
        ("103", "stale"),
        ("102", "late"),
    ]
    disputed = found[0]
    assert disputed["customer"] == "Siti Rahma" and disputed["contact"] == "open"
    assert found[1]["last_scan"] == ("2026-03-10T07:00:00Z", "address_problem")
    assert [r["priority"] for r in found] == sorted((r["priority"] for r in found), reverse=True)


def test_parcels_already_in_touch_can_be_shown_with_who_is_talking(conn):
    found = {r["order_number"]: r["contact"] for r in at_risk(conn, NOW, include_contacted=True)}
    assert found["107"] == "open" and found["108"] == "proactive" and found["102"] is None


def test_an_earlier_complaint_moves_a_parcel_up(conn):
    before = {r["order_number"]: r["priority"] for r in at_risk(conn, NOW)}
    with conn:
        conn.execute(
            "INSERT INTO tickets(id, customer_id, channel, category, subject, status, created_at) "
            "VALUES ('old', 'c1', 'chat', 'damaged', 's', 'solved', '2026-02-20T10:00:00Z')"
        )
    after = {r["order_number"]: r["priority"] for r in at_risk(conn, NOW)}
    assert after["102"] > before["102"] and after["105"] == before["105"]


def test_opening_a_proactive_ticket_drafts_its_message_and_takes_it_off_the_queue(conn):
    draft = actions.ProactiveDraft("s2", "Din ordre 102 er forsinket", "Hej Mette …")
    with conn:
        ids, changes = actions.create_proactive(conn, "a1", [draft])
    assert changes.tickets == set(ids)
    tid = ids[0]
    row = conn.execute(
        "SELECT origin, status, assignee_id, order_id, category FROM tickets WHERE id = ?", [tid]
    ).fetchone()
    assert row == ("proactive", "open", "a1", "o2", "late_delivery")
    assert conn.execute("SELECT body FROM drafts WHERE ticket_id = ?", [tid]).fetchone() == (
        "Hej Mette …",
    )
    assert conn.execute("SELECT kind FROM outbox WHERE entity_id = ?", [tid]).fetchone() == (
        "ticket_create",
    )
    assert "102" not in {r["order_number"] for r in at_risk(conn, NOW)}
    with conn:
        actions.reply(conn, tid, "a1", "Hej Mette, din pakke …")
    assert conn.execute("SELECT count(*) FROM drafts WHERE ticket_id = ?", [tid]).fetchone()[0] == 0
