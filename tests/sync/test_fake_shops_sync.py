"""The whole engine against the local fakes of Shopify and WooCommerce, into a real cache:
a full sync brings every customer, order and parcel (guest checkouts included), survives
every fault the fakes can give, and a note written here reaches the shop once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agentdesk.store import actions, mirror
from agentdesk.store.check import check
from agentdesk.store.db import open_cache
from agentdesk.sync.engine import Engine
from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.shopify import ShopifyConnector
from agentdesk.sync.woocommerce import WooConnector
from tests.sync.fakes.shopify import ShopifyShop
from tests.sync.fakes.woocommerce import WooShop

FAST = RetryPolicy(attempts=6, initial=0.01, cap=0.05, jitter=0.01)


@dataclass
class Shop:
    name: str
    fake: Any
    connector: Callable[[], Any]
    customers: int
    orders: list[str]
    guest_email: str


def woo(fake: WooShop) -> Shop:
    cs = [fake.add_customer(f"Kunde{i}", "Jensen", phone=f"+4520{i:06d}") for i in range(12)]
    orders = []
    for i in range(45):
        o = fake.add_order(cs[i % len(cs)])
        if i % 3 == 0:
            fake.add_tracking(o, number=f"PN{i:08d}")
        if i % 4 == 0:
            fake.tick()
        orders.append(str(o))
    orders += [str(fake.add_order(0)), str(fake.add_order(0))]  # two guest checkouts
    return Shop(
        "woocommerce",
        fake,
        lambda: WooConnector(fake.url, fake.key, fake.secret, policy=FAST, timeout=2, rate=0),
        len(cs),
        orders,
        "guest@example.com",
    )


def shopify(fake: ShopifyShop) -> Shop:
    cs = [fake.add_customer(f"Kunde{i}", "Jensen", phone=f"+4520{i:06d}") for i in range(12)]
    orders = []
    for i in range(45):
        o = fake.add_order(cs[i % len(cs)])
        if i % 3 == 0:
            fake.add_fulfillment(o, number=f"PN{i:08d}", display="OUT_FOR_DELIVERY")
        if i % 4 == 0:
            fake.tick()
        orders.append(o)
    for _ in range(2):  # two guest checkouts by the same person
        o = fake.add_order(None)
        fake.update_order(o, email="Gaest@Example.com")
        orders.append(o)
    return Shop(
        "shopify",
        fake,
        lambda: ShopifyConnector(fake.url, fake.token, policy=FAST, timeout=2, bulk_poll=0.001),
        len(cs),
        orders,
        "Gaest@Example.com",
    )


@pytest.fixture(params=["woocommerce", "shopify"])
def shop(request: pytest.FixtureRequest) -> Iterator[Shop]:
    if request.param == "woocommerce":
        with WooShop() as fake:
            yield woo(fake)
    else:
        with ShopifyShop(maximum=20000, restore_rate=2000) as fake:  # a big bucket: fast tests
            yield shopify(fake)


def cache(tmp_path: Path) -> tuple[Any, Callable[..., Any]]:
    conn = open_cache(tmp_path / "c.sqlite", create=True).conn

    def write(fn: Callable[[Any], Any]) -> Any:
        with conn:
            return fn(conn)

    return conn, write


def sync(shop: Shop, write: Callable[..., Any], sweep: bool | None = None, **kw: Any) -> Any:
    c = shop.connector()
    kw.setdefault("take", 10)
    try:
        return Engine(c, write, **kw).run(sweep=sweep)
    finally:
        c.close()


def count(conn: Any, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def test_a_full_sync_brings_every_customer_order_and_parcel_guests_included(
    shop: Shop, tmp_path: Path
) -> None:
    conn, write = cache(tmp_path)
    report = sync(shop, write)
    assert report.ok, report
    assert report.problems == []
    assert count(conn, "SELECT count(*) FROM orders") == len(shop.orders)
    remote = {r[0] for r in conn.execute("SELECT remote_id FROM orders")}
    assert remote == set(shop.orders)
    assert count(conn, "SELECT count(*) FROM shipments") == 15
    # the two guest orders belong to one customer, found by the e-mail they gave
    guests = conn.execute(
        "SELECT c.email, count(o.id) FROM customers c JOIN orders o ON o.customer_id = c.id "
        "WHERE c.id LIKE ? GROUP BY c.id",
        [f"{shop.name}:guest:%"],
    ).fetchall()
    assert guests == [(shop.guest_email, 2)]
    assert count(conn, "SELECT count(*) FROM customers") == shop.customers + 1
    if shop.name == "shopify":  # the carrier's word reaches the parcel's timeline
        scans = {r[0] for r in conn.execute("SELECT status FROM shipment_events")}
        assert "out_for_delivery" in scans
    # the guest is not taken for a customer the shop deleted
    again = sync(shop, write, sweep=True)
    assert again.ok and again.deleted == 0
    conn.close()
    assert check(tmp_path / "c.sqlite").ok


FAULTS: list[tuple[str, dict[str, Any]]] = [
    ("status", {"status": 500}),
    ("status", {"status": 503, "retry_after": 0.05}),
    ("status", {"status": 429, "retry_after": 0.05}),
    ("truncate", {}),
    ("cut", {}),
    ("reset", {}),
    ("stall", {"seconds": 2.5}),
]


@pytest.mark.parametrize(("kind", "options"), FAULTS, ids=[f"{k}-{o}" for k, o in FAULTS])
def test_a_sync_survives_each_fault_with_nothing_lost(
    shop: Shop, tmp_path: Path, kind: str, options: dict[str, Any]
) -> None:
    conn, write = cache(tmp_path)
    fault = shop.fake.fail(kind, times=2, **options)
    report = sync(shop, write)
    assert report.ok, report
    assert fault.times == 0 and report.retries >= 2
    assert {r[0] for r in conn.execute("SELECT remote_id FROM orders")} == set(shop.orders)
    assert count(conn, "SELECT count(*) FROM shipments") == 15


def test_a_note_written_here_reaches_the_shop_once_though_the_answer_is_lost(
    shop: Shop, tmp_path: Path
) -> None:
    conn, write = cache(tmp_path)
    assert sync(shop, write).ok
    order = mirror.local_id(shop.name, "order", shop.orders[0])
    customer = conn.execute("SELECT customer_id FROM orders WHERE id = ?", [order]).fetchone()[0]
    write(
        lambda c: actions.add_note(
            c, customer, None, "Ringede: pakken står hos naboen", order_id=order
        )
    )
    shop.fake.fail("drop", times=1, method="POST")  # the shop takes it, the answer is lost
    first = sync(shop, write)
    assert first.offline or first.sent == 1, first
    second = sync(shop, write)
    assert second.ok, second
    assert count(conn, "SELECT count(*) FROM outbox WHERE state != 'sent'") == 0
    if shop.name == "woocommerce":
        texts = [n["note"] for n in shop.fake.notes_of(int(shop.orders[0]))]
    else:
        texts = shop.fake.note_of(shop.orders[0]).split("\n")
    assert sum("pakken står hos naboen" in t for t in texts) == 1
    # the note came back from the shop as our own, not as a second note
    assert count(conn, "SELECT count(*) FROM notes") == 1


def test_an_edited_note_is_the_one_note_in_the_shop_and_here(shop: Shop, tmp_path: Path) -> None:
    """WooCommerce cannot edit an order note: the edit replaces it, under a new id, which
    the cache must learn, or the next read of the shop's notes brings the old id back."""
    conn, write = cache(tmp_path)
    assert sync(shop, write).ok
    order = mirror.local_id(shop.name, "order", shop.orders[1])
    customer = conn.execute("SELECT customer_id FROM orders WHERE id = ?", [order]).fetchone()[0]
    write(lambda c: c.execute("INSERT INTO agents(id, name) VALUES ('a1', 'Sofie')"))
    write(lambda c: actions.add_note(c, customer, "a1", "Wants a call after 16", order_id=order))
    assert sync(shop, write).ok
    nid, first = conn.execute("SELECT id, remote_id FROM notes").fetchone()
    write(lambda c: actions.edit_note(c, nid, "a1", "Wants a call after 17"))
    assert sync(shop, write, sweep=True).ok
    assert sync(shop, write, sweep=True).ok
    assert conn.execute("SELECT body FROM notes").fetchall() == [("Wants a call after 17",)]
    if shop.name == "woocommerce":
        remote = [n for n in shop.fake.notes_of(int(shop.orders[1])) if "Wants a call" in n["note"]]
        assert len(remote) == 1 and "after 17" in remote[0]["note"]
        (now,) = conn.execute("SELECT remote_id FROM notes").fetchone()
        assert now == str(remote[0]["id"]) != first
    else:
        text = shop.fake.note_of(shop.orders[1])
        assert "after 17" in text and "after 16" not in text


def test_a_large_shopify_shop_is_first_imported_by_bulk_export_then_by_listing(
    tmp_path: Path,
) -> None:
    with ShopifyShop(maximum=20000, restore_rate=2000) as fake:
        shop = shopify(fake)
        conn, write = cache(tmp_path)
        seen: list[Any] = []
        report = sync(shop, write, bulk_over=10, on_progress=seen.append)
        assert report.ok, report
        assert len(fake.bulk_downloads) == 2  # customers, then orders
        assert {r[0] for r in conn.execute("SELECT remote_id FROM orders")} == set(shop.orders)
        assert count(conn, "SELECT count(*) FROM shipments") == 15
        orders = [p for p in seen if p.phase == "orders"]
        # the export's progress, then the overlap re-read counted on from there, never back
        assert any(p.done == p.total == len(shop.orders) for p in orders)
        assert [p.done for p in orders] == sorted(p.done for p in orders)
        assert orders[-1].done == orders[-1].total
        # from here on the listing reads what changes, from when the export began
        fake.tick(5)
        fake.update_order(shop.orders[3], note="Customer called")
        assert sync(shop, write, bulk_over=10).ok
        assert len(fake.bulk_downloads) == 2
        n = conn.execute(
            "SELECT updated_at FROM orders WHERE remote_id = ?", [shop.orders[3]]
        ).fetchone()[0]
        assert n > conn.execute("SELECT min(updated_at) FROM orders").fetchone()[0]
