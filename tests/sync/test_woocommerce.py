"""The WooCommerce connector against a local fake of the REST API v3 (Qt-free)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.protocol import AuthError, Record, Rejected, Transient
from agentdesk.sync.woocommerce import WooConnector
from tests.sync.fakes import Request
from tests.sync.fakes.drive import deliver, item, pages, pull
from tests.sync.fakes.woocommerce import API, WooShop

FAST = RetryPolicy(attempts=6, initial=0.01, cap=0.05, jitter=0.01)


def key() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def shop() -> Iterator[WooShop]:
    with WooShop() as s:
        yield s


def connect(shop: WooShop, secret: str | None = None, timeout: float = 2.0) -> WooConnector:
    return WooConnector(
        shop.url, shop.key, secret or shop.secret, policy=FAST, timeout=timeout, rate=0
    )


@pytest.fixture
def conn(shop: WooShop) -> Iterator[WooConnector]:
    c = connect(shop)
    yield c
    c.close()


def populate(shop: WooShop, customers: int = 60, orders: int = 250) -> tuple[list[int], list[int]]:
    """Customers and orders, many changed in the same second (as an import or a busy shop)."""
    cs, os = [], []
    for i in range(customers):
        cs.append(shop.add_customer(f"Kunde{i}", "Jensen", phone=f"+4520{i:06d}"))
        if i % 4 == 0:
            shop.tick()
    for i in range(orders):
        os.append(shop.add_order(cs[i % customers], [("TEA-1", "Tea", 1 + i % 3, "49.50")]))
        if i % 3 == 0:
            shop.add_tracking(os[-1], number=f"PN{i:08d}")
        if i % 7 == 0:
            shop.tick()
    return cs, os


def ids(records: list[Record]) -> list[str]:
    return [r.remote_id for r in records]


def strs(values: list[int]) -> list[str]:
    return sorted(str(v) for v in values)


# --- listing -------------------------------------------------------------------------------------


def test_full_listing_returns_every_record_once(shop: WooShop, conn: WooConnector) -> None:
    cs, os = populate(shop)
    customers = pull(conn, "customers")
    orders = pull(conn, "orders")
    assert sorted(ids(customers)) == strs(cs)
    assert sorted(ids(orders)) == strs(os)
    assert [(r.updated_at, r.remote_id) for r in orders] == sorted(
        (r.updated_at, r.remote_id) for r in orders
    )
    o = {r.remote_id: r.data for r in orders}[str(os[1])]
    assert o == {
        "number": str(os[1]),
        "customer_remote_id": str(cs[1]),
        "created_at": o["created_at"],
        "status": "processing",
        "total": "99.00",
        "currency": "DKK",
        "lines": [{"sku": "TEA-1", "name": "Tea", "qty": 2, "unit_price": "49.50"}],
        "shipments": [],
    }
    tracked = {r.remote_id: r.data for r in orders}[str(os[3])]["shipments"]
    assert [(s["carrier"], s["tracking"], s["state"]) for s in tracked] == [
        ("postnord", "PN00000003", "shipped")
    ]
    c = {r.remote_id: r.data for r in customers}[str(cs[0])]
    assert c["name"] == "Kunde0 Jensen" and c["phone"] == "+4520000000"
    assert [a["kind"] for a in c["addresses"]] == ["shipping", "billing"]


def test_orders_of_one_second_are_read_whole_although_mysql_orders_them_at_random(
    shop: WooShop, conn: WooConnector
) -> None:
    c = shop.add_customer()
    same = [shop.add_order(c) for _ in range(260)]  # one import, one second
    shop.tick()
    later = [shop.add_order(c) for _ in range(30)]
    # what the fake reproduces: offset pages over equal sort values skip and repeat
    naive: list[int] = []
    for page in range(1, 4):
        r = httpx.get(
            f"{shop.url}{API}/orders",
            params={"orderby": "modified", "order": "asc", "per_page": 100, "page": page},
            auth=(shop.key, shop.secret),
        )
        naive += [o["id"] for o in r.json()]
    assert len(set(naive)) < len(naive)
    # the connector asks that second's orders in id order instead
    assert sorted(ids(pull(conn, "orders"))) == strs(same + later)
    assert sorted(ids(pages(conn, "orders", since="2026-03-01T10:00:00Z"))) == strs(same + later)


def test_incremental_listing_since(shop: WooShop, conn: WooConnector) -> None:
    cs, os = populate(shop)
    pull(conn, "orders")
    pull(conn, "customers")
    shop.tick(60)
    since = shop.now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    shop.update_order(os[3], status="completed")
    shop.add_tracking(os[10], number="PN-NEW")
    shop.tick()
    new = shop.add_order(cs[1])
    shop.update_customer(cs[2], first_name="Karen")
    orders = pull(conn, "orders", since=since)
    assert sorted(ids(orders)) == strs([os[3], os[10], new])
    customers = pull(conn, "customers", since=since)  # no modified_after for customers
    assert ids(customers) == [str(cs[2])] and customers[0].data["name"] == "Karen Jensen"
    assert pull(conn, "customers", since=shop.tick(5).strftime("%Y-%m-%dT%H:%M:%SZ")) == []


def test_a_since_with_a_fraction_and_the_site_time_zone(shop: WooShop, conn: WooConnector) -> None:
    c = shop.add_customer()
    o = shop.add_order(c)  # 10:00:00 UTC, 11:00:00 in the shop's own time zone
    record = conn.list("orders", "2026-03-01T09:59:59.999Z", 0, 10).items
    assert ids(record) == [str(o)] and record[0].updated_at == "2026-03-01T10:00:00Z"
    assert conn.list("orders", "2026-03-01T10:00:00.001Z", 0, 10).items == []
    assert ids(conn.list("customers", "2026-03-01T10:00:00Z", 0, 10).items) == [str(c)]


def test_ids_miss_nothing_while_orders_are_deleted_during_the_walk(
    shop: WooShop, conn: WooConnector
) -> None:
    _, os = populate(shop, customers=5, orders=450)
    gone = os[20:35]

    def delete_early_ones(r: Request) -> bool:  # when the walk asks its third page
        if r.query.get("offset") == ["190"] and os[20] in shop.orders:
            for n in gone:
                shop.delete_order(n)
        return False

    shop.fail("status", times=99, path="/orders", match=delete_early_ones)
    seen = list(conn.ids("orders"))
    assert os[20] not in shop.orders  # 15 orders the walk had passed went away under it
    # offsets moved 15 places back: nothing after them was skipped, nothing came twice
    assert sorted(seen) == strs(os)


def test_refresh_and_per_page_cap(shop: WooShop, conn: WooConnector) -> None:
    _, os = populate(shop, customers=5, orders=150)
    # more than WooCommerce's 100 a request: filled from several exact slices
    assert ids(conn.list("orders", None, 0, 130).items) == ids(pull(conn, "orders"))[:130]
    assert len(conn.list("customers", None, 0, 500).items) == 5
    fresh = conn.refresh("orders", [str(o) for o in os[:120]])
    assert sorted(ids(fresh)) == strs(os[:120])
    assert shop.count("400") == 0


def test_wrong_key_is_an_auth_error(shop: WooShop) -> None:
    populate(shop, customers=2, orders=2)
    c = connect(shop, secret="cs_wrong")
    with pytest.raises(AuthError):
        c.list("orders", None, 0, 10)
    assert shop.count("401") == 1


# --- faults --------------------------------------------------------------------------------------

FAULTS = [
    ("status", {"status": 429, "retry_after": 0.02}),
    ("status", {"status": 500}),
    ("status", {"status": 502}),
    ("status", {"status": 503}),
    ("stall", {"seconds": 1.0}),
    ("truncate", {}),
    ("cut", {}),
    ("reset", {}),
]


@pytest.mark.parametrize(("kind", "options"), FAULTS, ids=[f"{k}-{o}" for k, o in FAULTS])
def test_listing_survives_faults(
    shop: WooShop, conn: WooConnector, kind: str, options: dict[str, float]
) -> None:
    populate(shop, customers=30, orders=120)
    clean_orders = [(r.remote_id, r.data) for r in pull(conn, "orders")]
    clean_customers = [(r.remote_id, r.data) for r in pull(conn, "customers")]
    shop.fail(kind, times=2, path="/orders", **options)
    shop.fail(kind, times=2, path="/customers", **options)
    again = connect(shop, timeout=0.3)
    assert [(r.remote_id, r.data) for r in pull(again, "orders")] == clean_orders
    assert [(r.remote_id, r.data) for r in pull(again, "customers")] == clean_customers
    assert again.http.retries >= 4
    assert all(f.times == 0 for f in shop.faults)


# --- writes: exactly once --------------------------------------------------------------------------

LOST = ["drop", "cut", "truncate"]


@pytest.mark.parametrize("lost", LOST)
def test_an_order_note_is_added_once_when_the_answer_is_lost(
    shop: WooShop, conn: WooConnector, lost: str
) -> None:
    o = shop.add_order(shop.add_customer())
    k = key()
    shop.fail(lost, method="POST", path="/notes")
    sent, tries = deliver(conn, item("note", {"body": "Called: late"}, key=k, order=str(o)))
    assert tries == 2
    notes = shop.notes_of(o)
    assert [n["note"] for n in notes] == [f"Called: late\n\n[agentdesk:{k}]"]
    assert sent.remote_id == str(notes[0]["id"]) and notes[0]["customer_note"] is False
    assert notes[0]["author"] == shop.api_user


@pytest.mark.parametrize("lost", LOST)
def test_a_reply_is_emailed_once_when_the_answer_is_lost(
    shop: WooShop, conn: WooConnector, lost: str
) -> None:
    o = shop.add_order(shop.add_customer())
    k = key()
    shop.fail(lost, method="POST", path="/notes")
    deliver(conn, item("message", {"body": "Sorry!", "public": True}, key=k, order=str(o)))
    assert shop.emails == [{"order": o, "note": f"Sorry!\n<!-- [agentdesk:{k}] -->"}]
    back = [r for page in conn.notes(None, True) for r in page.items]
    assert [(r.data["body"], r.data["public"], r.data["ref"]) for r in back] == [
        ("Sorry!", True, k)
    ]


def test_a_write_is_not_repeated_by_the_http_client_unless_refused_before_any_work(
    shop: WooShop, conn: WooConnector
) -> None:
    o = shop.add_order(shop.add_customer())
    shop.fail("reset", method="POST", path="/notes")
    with pytest.raises(Transient):
        conn.send(item("note", {"body": "x"}, key=key(), order=str(o)))
    shop.fail("status", method="POST", path="/notes", status=503, retry_after=0.01)
    conn.send(item("note", {"body": "y"}, key=key(), order=str(o)))
    assert [n["note"].split("\n")[0] for n in shop.notes_of(o)] == ["y"]


@pytest.mark.parametrize("lost", LOST)
def test_a_customer_note_is_kept_once(shop: WooShop, conn: WooConnector, lost: str) -> None:
    c = shop.add_customer()
    k = key()
    shop.fail(lost, method="PUT", path="/customers")
    sent, _ = deliver(conn, item("note", {"body": "VIP"}, key=k, customer=str(c)))
    meta = [m for m in shop.customers[c]["meta"] if m["key"].startswith("agentdesk_note_")]
    assert [(m["key"], m["value"]["body"]) for m in meta] == [(f"agentdesk_note_{k}", "VIP")]
    edit = item(
        "note_edit", {"body": "VIP, SMS"}, key=key(), customer=str(c), target=sent.remote_id
    )
    deliver(conn, edit)
    notes = pull(conn, "notes")
    assert [(r.remote_id, r.data["body"], r.data["ref"]) for r in notes] == [
        (sent.remote_id, "VIP, SMS", k)
    ]


def test_an_order_note_edit_replaces_the_note(shop: WooShop, conn: WooConnector) -> None:
    o = shop.add_order(shop.add_customer())
    sent = conn.send(item("note", {"body": "first"}, key=key(), order=str(o)))
    k = key()
    edit = item(
        "note_edit", {"body": "second"}, key=k, order=str(o), target=sent.remote_id, parent="order"
    )
    shop.fail("drop", method="POST", path="/notes")
    new, tries = deliver(conn, edit)
    assert tries == 2
    assert [n["note"] for n in shop.notes_of(o)] == [f"second\n\n[agentdesk:{k}]"]
    assert new.remote_id != sent.remote_id


@pytest.mark.parametrize("lost", LOST)
def test_a_refund_is_made_once_when_the_answer_is_lost(
    shop: WooShop, conn: WooConnector, lost: str
) -> None:
    o = shop.add_order(shop.add_customer(), [("A", "Tea", 2, "50.00")])
    k = key()
    shop.fail(lost, method="POST", path="/refunds")
    refund = item(
        "goodwill",
        {"kind": "refund", "amount": "25.5", "currency": "DKK", "reason": "late"},
        key=k,
        order=str(o),
    )
    sent, tries = deliver(conn, refund)
    assert tries == 2
    made = shop.refunds_of(o)
    assert [(r["amount"], r["reason"]) for r in made] == [("25.50", f"late\n\n[agentdesk:{k}]")]
    assert sent.remote_id == str(made[0]["id"]) and sent.confirmed is False  # not paid out


def test_a_refund_larger_than_what_is_left_is_rejected_before_it_is_sent(
    shop: WooShop, conn: WooConnector
) -> None:
    o = shop.add_order(shop.add_customer(), [("A", "Tea", 1, "100.00")])
    first = {"kind": "refund", "amount": "60.00", "currency": "DKK", "reason": "a"}
    conn.send(item("goodwill", first, key=key(), order=str(o)))
    with pytest.raises(Rejected, match="larger than what is left"):
        conn.send(item("goodwill", {**first, "amount": "40.01"}, key=key(), order=str(o)))
    assert len(shop.refunds_of(o)) == 1
    assert shop.count("500") == 0  # WooCommerce would have answered 500, "transient"
    assert shop.orders[o]["status"] == "processing"


@pytest.mark.parametrize("lost", LOST)
def test_a_voucher_is_made_once_when_the_answer_is_lost(
    shop: WooShop, conn: WooConnector, lost: str
) -> None:
    c = shop.add_customer(email="mette@example.dk")
    o = shop.add_order(c)
    k = key()
    shop.fail(lost, method="POST", path="/coupons")
    voucher = item(
        "goodwill",
        {"kind": "voucher", "amount": "50", "currency": "DKK", "reason": "sorry"},
        key=k,
        order=str(o),
        customer=str(c),
    )
    sent, _ = deliver(conn, voucher)
    assert len(shop.coupons) == 1
    made = next(iter(shop.coupons.values()))
    assert made["code"] == "ad-" + k[:10] and sent.extra["coupon"] == made["code"].upper()
    assert made["amount"] == "50.00" and made["email_restrictions"] == ["mette@example.dk"]
    assert conn.send(voucher).remote_id == sent.remote_id  # the code exists: found
    assert len(shop.coupons) == 1


def test_reship_is_a_private_order_note(shop: WooShop, conn: WooConnector) -> None:
    o = shop.add_order(shop.add_customer())
    conn.send(item("goodwill", {"kind": "reship", "reason": "lost"}, key=key(), order=str(o)))
    assert shop.notes_of(o)[0]["note"].startswith("Reship approved: lost")
    assert shop.emails == []


# --- notes written in the shop ---------------------------------------------------------------------


def test_a_note_on_an_unchanged_order_waits_for_the_full_pass(
    shop: WooShop, conn: WooConnector
) -> None:
    c = shop.add_customer()
    quiet, busy = shop.add_order(c), shop.add_order(c)
    shop.tick(3600)
    since = shop.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    shop.tick()
    shop.add_note(quiet, "Customer phoned", author="Jane Admin")
    shop.add_note(busy, "Order status changed from Processing to Completed.")
    shop.update_order(busy, status="completed")
    incremental = [r for page in conn.notes(since, False) for r in page.items]
    assert [(r.data["parent_remote_id"], r.data["body"]) for r in incremental] == [
        (str(busy), "Order status changed from Processing to Completed.")
    ]
    assert incremental[0].data["author"] == "WooCommerce" and incremental[0].data["ref"] is None
    full = [r for page in conn.notes(since, True) for r in page.items]
    assert sorted((r.data["parent_remote_id"], r.data["author"]) for r in full) == sorted(
        [(str(quiet), "Jane Admin"), (str(busy), "WooCommerce")]
    )
    assert all(r.updated_at >= since for r in full)
    assert conn.list("notes", since, 0, 10).total == 1
    assert set(conn.ids("notes")) == {r.remote_id for r in full}


def test_times_are_utc_whatever_the_shop_time_zone() -> None:
    with WooShop(tz=timedelta(hours=-5)) as other:
        o = other.add_order(other.add_customer())
        c = connect(other)
        record = c.list("orders", None, 0, 5).items[0]
        assert record.remote_id == str(o) and record.updated_at == "2026-03-01T10:00:00Z"
        assert record.data["created_at"] == "2026-03-01T10:00:00Z"


def test_a_later_full_pass_reads_the_notes_of_the_last_months_orders_only(
    shop: WooShop,
) -> None:
    """A request per order: on a big shop the hourly full pass keeps to orders changed in
    the notes_days before it; the first pass (no since) reads them all."""
    c = shop.add_customer()
    old = shop.add_order(c, at=shop.now - timedelta(days=200))
    recent = shop.add_order(c, at=shop.now - timedelta(days=30))
    shop.add_note(old, "Old order: customer phoned")
    shop.add_note(recent, "Recent order: customer phoned")
    shop.tick()
    since = shop.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    shop.tick()

    def bodies(conn: WooConnector, since: str | None) -> set[str]:
        return {r.data["body"] for page in conn.notes(since, True) for r in page.items}

    wide = WooConnector(shop.url, shop.key, shop.secret, policy=FAST, rate=0, notes_days=None)
    narrow = WooConnector(shop.url, shop.key, shop.secret, policy=FAST, rate=0, notes_days=120)
    try:
        shop.requests.clear()
        assert bodies(narrow, since) == set()  # both notes are older than since
        asked = [s.path for s in shop.requests if s.path.endswith("/notes")]
        assert asked == [f"{API}/orders/{recent}/notes"]
        assert bodies(narrow, None) >= {
            "Old order: customer phoned",
            "Recent order: customer phoned",
        }
        assert len([s for s in shop.requests if s.path.endswith("/notes")]) == 3
        shop.add_note(old, "Customer phoned again")
        shop.add_note(recent, "Customer phoned again, recent")
        assert bodies(narrow, since) == {"Customer phoned again, recent"}
        assert bodies(wide, since) == {"Customer phoned again", "Customer phoned again, recent"}
    finally:
        wide.close()
        narrow.close()
