"""Sync against a real Vendure: a full sync brings every customer, order and parcel; what
changes in Vendure arrives with the next sync; notes, replies and goodwill made in AgentDesk
reach Vendure exactly once, also when the shop was down in between."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from agentdesk.store import actions, mirror
from agentdesk.store.db import open_cache
from agentdesk.sync.engine import Engine, Report
from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.protocol import split_marker
from agentdesk.sync.vendure import VendureConnector
from tests.sync.test_vendure_harness import _next_second

pytestmark = pytest.mark.vendure

FAST = RetryPolicy(attempts=2, initial=0.05, cap=0.2)


def sync(shop, db: Path, sweep: bool | None = None, policy=FAST, **kw) -> Report:
    conn = open_cache(db, create=True).conn

    def write(fn):
        with conn:
            return fn(conn)

    connector = VendureConnector(shop.url, shop.token, policy=policy, timeout=5)
    try:
        return Engine(connector, write, take=kw.pop("take", 50), **kw).run(sweep)
    finally:
        connector.close()
        conn.close()


def db_conn(db: Path):
    return open_cache(db).conn


@pytest.fixture(scope="module")
def seeded(make_vendure):
    shop = make_vendure("vendure-sync")
    summary = shop.admin.seed(customers=40, orders_per_customer=(1, 3), seed=11)
    return shop, summary


def test_a_full_sync_brings_every_customer_order_and_parcel(seeded, tmp_path):
    shop, summary = seeded
    db = tmp_path / "full.sqlite"
    report = sync(shop, db)
    assert report.ok, report
    conn = db_conn(db)
    customers = {
        r[0]: r[1:] for r in conn.execute("SELECT remote_id, name, email, locale FROM customers")
    }
    for c in summary.customers:
        name, email, _locale = customers[c.id]
        assert name == f"{c.first_name} {c.last_name}" and email == c.email
    # Arabic and Vietnamese names arrive as written
    assert any("\u0600" <= ch <= "\u06ff" for n, *_ in customers.values() for ch in n)
    orders = {
        r[0]: r[1:]
        for r in conn.execute("SELECT remote_id, number, total, customer_id FROM orders")
    }
    assert set(orders) == set(summary.order_ids)
    for o in summary.orders:
        number, total, customer = orders[o.id]
        assert number == o.code
        assert Decimal(total) == Decimal(o.total_with_tax) / 100
        assert customer == f"vendure:customer:{o.customer_id}"
    parcels = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT o.remote_id, s.carrier, s.tracking, s.delivered_at FROM shipments s "
            "JOIN orders o ON o.id = s.order_id"
        )
    }
    fulfilled = [o for o in summary.orders if o.fulfillment_id]
    assert len(parcels) == len(fulfilled) > 0
    for o in fulfilled:
        carrier, tracking, delivered = parcels[o.id]
        assert (carrier, tracking) == (o.carrier, o.tracking)
        assert (delivered is not None) == (o.fulfillment_state == "Delivered")
    lines = conn.execute("SELECT count(*) FROM order_lines").fetchone()[0]
    assert lines == sum(len(o.lines) for o in summary.orders)
    assert mirror.get_meta(conn, "sync.last_ok_at")
    conn.close()
    print(
        f"full sync of {len(summary.orders)} orders, {len(summary.customers)} customers: "
        f"{report.seconds:.2f} s, {report.requests} requests, "
        f"{len(summary.orders) / report.seconds:.0f} orders/s"
    )


def test_changes_made_in_vendure_arrive_with_the_next_sync(fresh_vendure, tmp_path):
    shop = fresh_vendure
    summary = shop.admin.seed(customers=6, orders_per_customer=1, seed=5, fulfilled_share=1.0)
    db = tmp_path / "inc.sqlite"
    assert sync(shop, db).ok
    _next_second()
    first = summary.customers[0]
    shop.admin.update_customer(first.id, last_name="Kjær-Østergaard")
    pending = next(o for o in summary.orders if o.fulfillment_state == "Pending")
    shop.admin.transition_fulfillment(pending.fulfillment_id, "Shipped")
    shop.admin.transition_fulfillment(pending.fulfillment_id, "Delivered")
    new_customer = shop.admin.create_customer("Lan", "Nguyễn Thị", "lan@example.vn", "+84901234567")
    variant = shop.admin.variants()[0]["id"]
    new_order = shop.admin.create_order(
        new_customer["id"], [(variant, 2)], {"streetLine1": "12 Lê Lợi", "countryCode": "VN"}
    )
    shop.admin.add_fulfillment(new_order["id"], "Viettel Post", "VTP123456")
    report = sync(shop, db)
    assert report.ok, report
    conn = db_conn(db)
    assert (
        conn.execute("SELECT name FROM customers WHERE remote_id = ?", [first.id]).fetchone()[0]
        == f"{first.first_name} Kjær-Østergaard"
    )
    assert conn.execute(
        "SELECT delivered_at FROM shipments WHERE remote_id = ?", [pending.fulfillment_id]
    ).fetchone()[0]
    row = conn.execute(
        "SELECT c.name, c.locale, s.carrier, s.tracking FROM orders o "
        "JOIN customers c ON c.id = o.customer_id JOIN shipments s ON s.order_id = o.id "
        "WHERE o.remote_id = ?",
        [new_order["id"]],
    ).fetchone()
    assert row == ("Lan Nguyễn Thị", "vi", "Viettel Post", "VTP123456")
    conn.close()


def _notes(shop, kind: str, ident: str) -> list[dict]:
    history = (
        shop.admin.order_history(ident) if kind == "order" else shop.admin.customer_history(ident)
    )
    return [  # the notes AgentDesk wrote carry its marker (the seed writes notes too)
        h
        for h in history
        if h["type"] in ("ORDER_NOTE", "CUSTOMER_NOTE") and split_marker(h["data"]["note"])[1]
    ]


def test_notes_replies_and_goodwill_reach_vendure_exactly_once(fresh_vendure, tmp_path):
    shop = fresh_vendure
    summary = shop.admin.seed(customers=3, orders_per_customer=1, seed=7, fulfilled_share=0)
    db = tmp_path / "push.sqlite"
    assert sync(shop, db).ok
    c0 = summary.customers[0]
    o0, o1, o2 = summary.orders[0], summary.orders[1], summary.orders[2]
    conn = db_conn(db)
    with conn:
        actions.add_note(conn, f"vendure:customer:{c0.id}", None, "Prefers a call after 16:00")
        actions.add_note(
            conn,
            f"vendure:customer:{o0.customer_id}",
            None,
            "Gift wrap",
            order_id=f"vendure:order:{o0.id}",
        )
        conn.execute(
            "INSERT INTO tickets(id, customer_id, order_id, channel, category, subject, status, "
            "created_at) VALUES ('t1', ?, ?, 'email', 'late_delivery', 'Where is it?', 'open', "
            "'2026-12-01T10:00:00Z')",
            [f"vendure:customer:{o1.customer_id}", f"vendure:order:{o1.id}"],
        )
        actions.reply(conn, "t1", None, "Your parcel left our warehouse today.", True)
        refund, _ = actions.record_goodwill(
            conn, f"vendure:order:{o1.id}", None, "refund", "Late parcel", "25.00"
        )
        voucher, _ = actions.record_goodwill(
            conn, f"vendure:order:{o2.id}", None, "voucher", "Sorry for the wait", "50.00"
        )
        actions.record_goodwill(conn, f"vendure:order:{o2.id}", None, "reship", "Lost in transit")
    conn.close()
    for _ in range(2):  # a second sync sends nothing again
        report = sync(shop, db)
        assert report.ok, report
    notes_c0 = _notes(shop, "customer", c0.id)
    assert [split_marker(n["data"]["note"])[0].strip() for n in notes_c0] == [
        "Prefers a call after 16:00"
    ]
    o0_notes = [split_marker(n["data"]["note"])[0].strip() for n in _notes(shop, "order", o0.id)]
    assert o0_notes == ["Gift wrap"]
    o1_notes = _notes(shop, "order", o1.id)
    assert [(split_marker(n["data"]["note"])[0].strip(), n["isPublic"]) for n in o1_notes] == [
        ("Your parcel left our warehouse today.", True)
    ]
    o2_notes = [split_marker(n["data"]["note"])[0].strip() for n in _notes(shop, "order", o2.id)]
    assert o2_notes == ["Reship approved: Lost in transit"]
    refunds = [r for p in shop.admin.order(o1.id)["payments"] for r in p["refunds"]]
    assert [(r["total"], r["state"]) for r in refunds] == [(2500, "Pending")]
    conn = db_conn(db)
    state = dict(conn.execute("SELECT id, state FROM goodwill_actions"))
    assert state[refund] == "sent" and state[voucher] == "confirmed"
    coupon = conn.execute("SELECT coupon FROM goodwill_actions WHERE id = ?", [voucher]).fetchone()[
        0
    ]
    promotion = shop.admin.promotions(coupon)
    assert len(promotion) == 1
    assert conn.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0] == 0
    conn.close()
    # the shop's staff pay the refund out; the next sync shows it as done
    shop.admin.gql(
        "mutation($i: SettleRefundInput!) { settleRefund(input: $i) { ... on Refund { id } } }",
        {"i": {"id": refunds[0]["id"], "transactionId": "bank-1"}},
    )
    assert sync(shop, db).ok
    conn = db_conn(db)
    assert (
        conn.execute("SELECT state FROM goodwill_actions WHERE id = ?", [refund]).fetchone()[0]
        == "confirmed"
    )
    # our own notes that come back with the shop's notes are not copied again
    assert sync(shop, db, sweep=True).ok
    assert (
        conn.execute("SELECT count(*) FROM notes WHERE id NOT LIKE 'vendure:%'").fetchone()[0] == 2
    )
    for (body,) in conn.execute("SELECT body FROM notes"):
        assert "[agentdesk:" not in body
    conn.close()


def test_notes_written_in_vendure_and_deleted_customers_arrive_with_the_full_pass(
    fresh_vendure, tmp_path
):
    shop = fresh_vendure
    summary = shop.admin.seed(customers=4, orders_per_customer=1, seed=9, fulfilled_share=0)
    db = tmp_path / "notes.sqlite"
    assert sync(shop, db).ok
    c, o = summary.customers[0], summary.orders[-1]
    shop.admin.add_customer_note(c.id, "VIP: always ships express")
    shop.admin.add_order_note(o.id, "Customer called about the colour")
    gone = summary.customers[1]
    shop.admin.delete_customer(gone.id)
    assert sync(shop, db, sweep=True).ok
    conn = db_conn(db)
    bodies = sorted(
        b.split("\n— ")[0]
        for (b,) in conn.execute("SELECT body FROM notes WHERE id LIKE 'vendure:%'")
    )
    assert "VIP: always ships express" in bodies and "Customer called about the colour" in bodies
    assert conn.execute(
        "SELECT deleted_at FROM customers WHERE remote_id = ?", [gone.id]
    ).fetchone()[0]
    conn.close()


def test_while_vendure_is_down_changes_wait_and_then_go_out_once(fresh_vendure, tmp_path):
    shop = fresh_vendure
    summary = shop.admin.seed(customers=2, orders_per_customer=1, seed=13, fulfilled_share=0)
    db = tmp_path / "offline.sqlite"
    assert sync(shop, db).ok
    shop.server.stop()
    conn = db_conn(db)
    with conn:  # the agent goes on working
        actions.add_note(conn, f"vendure:customer:{summary.customers[0].id}", None, "Offline note")
    conn.close()
    report = sync(shop, db)
    assert report.offline
    conn = db_conn(db)
    assert mirror.get_meta(conn, "sync.offline_since")
    assert conn.execute("SELECT state FROM outbox").fetchone()[0] in ("pending", "sending")
    conn.close()
    shop.server.start()
    shop.token = shop.admin.login()  # the same DB keeps sessions; a new login is harmless
    report = sync(shop, db)
    assert report.ok and report.sent == 1
    notes = _notes(shop, "customer", summary.customers[0].id)
    assert len(notes) == 1


def _agentdesk(*args, env=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "agentdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_agentdesk_sync_on_the_command_line(fresh_vendure, tmp_path, monkeypatch):
    import os

    shop = fresh_vendure
    shop.admin.seed(customers=3, orders_per_customer=1, seed=17)
    db = tmp_path / "cli.sqlite"
    env = {**os.environ, "AGENTDESK_TOKEN": shop.token}
    done = _agentdesk(
        "sync",
        "--db",
        str(db),
        "--backend",
        "vendure",
        "--url",
        shop.url,
        "--once",
        "--json",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["pulled"]["customers"] == 3 and report["offline"] is None
    bad = _agentdesk(
        "sync", "--db", str(db), "--backend", "vendure", "--url", shop.url, "--once",
        env={**env, "AGENTDESK_TOKEN": "wrong"},
    )  # fmt: skip
    assert bad.returncode == 1 and "refused" in bad.stdout + bad.stderr
    insecure = _agentdesk(
        "sync", "--db", str(db), "--backend", "vendure", "--url", "http://shop.example.com", "--once",
        env=env,
    )  # fmt: skip
    assert insecure.returncode == 2 and "https" in insecure.stderr
    assert "Traceback" not in bad.stderr + insecure.stderr
