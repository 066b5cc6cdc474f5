"""The Shopify connector against a local fake of the GraphQL Admin API (Qt-free)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from agentdesk.sync.http import RetryPolicy
from agentdesk.sync.protocol import AuthError, Rejected, Transient
from agentdesk.sync.shopify import ShopifyConnector, blocks
from tests.sync.fakes.drive import deliver, item, pages, pull
from tests.sync.fakes.shopify import ShopifyShop

FAST = RetryPolicy(attempts=6, initial=0.01, cap=0.05, jitter=0.01)
GRAPHQL = "/graphql.json"


def key() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def shop() -> Iterator[ShopifyShop]:
    with ShopifyShop(maximum=2000, restore_rate=100_000) as s:
        yield s


def connect(shop: ShopifyShop, token: str | None = None, timeout: float = 2.0) -> ShopifyConnector:
    return ShopifyConnector(
        shop.url, token or shop.token, policy=FAST, timeout=timeout, bulk_poll=0.001
    )


@pytest.fixture
def conn(shop: ShopifyShop) -> Iterator[ShopifyConnector]:
    c = connect(shop)
    yield c
    c.close()


def populate(
    shop: ShopifyShop, customers: int = 60, orders: int = 200
) -> tuple[list[str], list[str]]:
    """Customers and orders, several changed in the same second (as in a real shop)."""
    cs, os = [], []
    for i in range(customers):
        cs.append(shop.add_customer(f"Kunde{i}", "Jensen", phone=f"+4520{i:06d}"))
        if i % 4 == 0:
            shop.tick()
    for i in range(orders):
        o = shop.add_order(cs[i % customers], lines=[("TEA-1", "Tea", 1 + i % 3, "49.50")])
        os.append(o)
        if i % 3 == 0:
            shop.add_fulfillment(o, number=f"PN{i:08d}")
        if i % 5 == 0:
            shop.tick()
    return cs, os


def by_id(records: list) -> dict:  # type: ignore[type-arg]
    return {r.remote_id: r for r in records}


# --- listing -------------------------------------------------------------------------------------


def test_full_listing_returns_every_record_once(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    cs, os = populate(shop)
    customers = pull(conn, "customers")
    orders = pull(conn, "orders")
    assert sorted(r.remote_id for r in customers) == sorted(cs)
    assert sorted(r.remote_id for r in orders) == sorted(os)
    # the plain skip/take loop gives the same, continuing from the kept endCursor
    assert [r.remote_id for r in pages(conn, "orders", take=40)] == [r.remote_id for r in orders]
    stamps = [r.updated_at for r in orders]
    assert stamps == sorted(stamps)
    first = by_id(orders)[os[0]].data
    assert first["number"] == "#1001"
    assert first["total"] == "49.50" and first["currency"] == "DKK"
    assert first["lines"] == [{"sku": "TEA-1", "name": "Tea", "qty": 1, "unit_price": "49.50"}]
    assert first["shipments"][0]["carrier"] == "PostNord"
    assert first["shipments"][0]["tracking"] == "PN00000000"
    assert first["shipments"][0]["state"] == "in_transit"
    assert first["customer_remote_id"] == cs[0]
    c0 = by_id(customers)[cs[0]].data
    assert c0["name"] == "Kunde0 Jensen" and c0["locale"] == "da"
    assert c0["addresses"][0]["country"] == "DK"


def test_a_page_is_filled_from_several_requests_and_reports_the_total(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    populate(shop, customers=5, orders=60)
    page = conn.list("orders", None, 0, 50)  # more than one query's worth of orders
    assert len(page.items) == 50
    assert page.total == 60
    assert conn.page_cap["orders"] < 50


def test_unexpected_skip_walks_from_the_start(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    populate(shop, customers=5, orders=80)
    everything = [r.remote_id for r in pages(conn, "orders", take=20)]
    again = conn.list("orders", None, 35, 10)  # not where the last listing ended
    assert [r.remote_id for r in again.items] == everything[35:45]
    back = conn.list("orders", None, 5, 10)  # backwards: starts again
    assert [r.remote_id for r in back.items] == everything[5:15]


def test_incremental_listing_since(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    cs, os = populate(shop)
    pull(conn, "orders")
    shop.tick(60)
    since = shop.now.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    shop.update_order(os[3], note="gift wrap")
    shop.add_fulfillment(os[10], number="PN-NEW")
    shop.tick()
    new = shop.add_order(cs[1])
    shop.update_customer(cs[2], first_name="Karen")
    orders = pull(conn, "orders", since=since)
    assert {r.remote_id for r in orders} == {os[3], os[10], new}
    assert by_id(orders)[os[10]].data["shipments"][-1]["tracking"] == "PN-NEW"
    customers = pull(conn, "customers", since=since)
    assert [r.remote_id for r in customers] == [cs[2]]
    assert customers[0].data["name"] == "Karen Jensen"


def test_long_orders_are_read_whole(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    c = shop.add_customer()
    lines = [(f"SKU-{i}", f"Item {i}", 1, "5.00") for i in range(37)]
    o = shop.add_order(c, lines=lines)
    for i in range(8):
        shop.add_fulfillment(o, number=f"T{i}")
    record = by_id(pull(conn, "orders"))[o]
    assert len(record.data["lines"]) == 37
    assert [s["tracking"] for s in record.data["shipments"]] == [f"T{i}" for i in range(8)]
    assert record.data["total"] == "185.00"


def test_ids_and_refresh(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    cs, os = populate(shop, customers=10, orders=300)
    shop.delete_order(os[7])
    assert set(conn.ids("orders")) == set(os) - {os[7]}
    assert set(conn.ids("customers")) == set(cs)
    shop.add_fulfillment(os[8], number="PN-LATE")
    fresh = conn.refresh("orders", os[8:40])
    assert len(fresh) == 32
    assert by_id(fresh)[os[8]].data["shipments"][-1]["tracking"] == "PN-LATE"


def test_a_query_too_costly_for_the_shop_gets_smaller_pages(shop: ShopifyShop) -> None:
    shop.max_query_cost = 400
    _, os = populate(shop, customers=5, orders=40)
    c = connect(shop)
    assert sorted(r.remote_id for r in pull(c, "orders")) == sorted(os)
    assert c.page_cap["orders"] < 15


def test_wrong_token_is_an_auth_error(shop: ShopifyShop) -> None:
    populate(shop, customers=2, orders=2)
    c = connect(shop, token="shpat_wrong")
    with pytest.raises(AuthError):
        c.list("customers", None, 0, 10)
    assert shop.count("401") == 1  # not retried


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
    ("throttled", {}),
    ("throttled429", {}),
]


@pytest.mark.parametrize(("kind", "options"), FAULTS, ids=[f"{k}-{o}" for k, o in FAULTS])
def test_listing_survives_faults(
    shop: ShopifyShop, conn: ShopifyConnector, kind: str, options: dict[str, float]
) -> None:
    populate(shop, customers=20, orders=90)
    clean = [(r.remote_id, r.data) for r in pull(conn, "orders")]
    shop.fail(kind, times=2, path=GRAPHQL, **options)
    later = lambda r: bool((r.json().get("variables") or {}).get("after"))  # noqa: E731
    shop.fail(kind, times=1, path=GRAPHQL, match=later, **options)
    again = connect(shop, timeout=0.3)
    assert [(r.remote_id, r.data) for r in pull(again, "orders")] == clean
    assert again.http.retries >= 3
    assert all(f.times == 0 for f in shop.faults)


# --- the cost bucket -----------------------------------------------------------------------------


def test_pacing_keeps_the_bucket_from_running_dry() -> None:
    # a small bucket; each orders page asks for ~840 points and costs ~150, so without
    # waiting the third request would be throttled. It refills 150 points in 0.3 s, slower
    # than a loaded machine answers a page, so the client must wait
    with ShopifyShop(maximum=1000, restore_rate=500) as shop:
        _, os = populate(shop, customers=10, orders=150)
        c = connect(shop)
        assert sorted(r.remote_id for r in pull(c, "orders")) == sorted(os)
        assert shop.count("throttled") == 0
        assert c.bucket.waited > 0  # it did have to wait for points


@pytest.mark.parametrize("status", [200, 429])
def test_throttled_by_another_client_is_retried_after_the_time_the_bucket_needs(
    status: int,
) -> None:
    with ShopifyShop(maximum=1000, restore_rate=4000, throttle_status=status) as shop:
        _, os = populate(shop, customers=10, orders=100)
        c = connect(shop)
        first = c.list("orders", None, 0, 30)
        shop.bucket.available = 0.0  # a colleague's desktop used the same app's bucket up
        rest = pull(c, "orders", since=first.items[-1].updated_at)
        seen = {r.remote_id for r in first.items} | {r.remote_id for r in rest}
        assert seen == set(os)
        assert shop.count("throttled") >= 1
        assert c.http.retries >= 1


# --- writes: exactly once --------------------------------------------------------------------------

LOST = ["drop", "cut", "truncate"]


@pytest.mark.parametrize("lost", LOST)
@pytest.mark.parametrize("on", ["order", "customer"])
def test_a_note_is_added_once_when_the_answer_is_lost(
    shop: ShopifyShop, conn: ShopifyConnector, lost: str, on: str
) -> None:
    c = shop.add_customer(note="Allergic to nuts")
    o = shop.add_order(c, note="Leave at the door")
    k = key()
    target = {"order": o} if on == "order" else {"customer": c}
    shop.fail(lost, path=GRAPHQL, match=lambda r: b"Update(input" in r.body)
    sent, tries = deliver(conn, item("note", {"body": "Called: parcel is late"}, key=k, **target))
    assert tries == 2
    owner = o if on == "order" else c
    found, rest = blocks(shop.note_of(owner))
    assert [(b.key, b.body, b.label) for b in found] == [(k, "Called: parcel is late", "note")]
    assert rest == ("Leave at the door" if on == "order" else "Allergic to nuts")
    assert sent.remote_id == f"{owner}/notes/{k}"
    assert shop.mutations.count("orderUpdate" if on == "order" else "customerUpdate") == 1


def test_a_write_is_not_repeated_by_the_http_client_but_a_throttled_one_is(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    o = shop.add_order(shop.add_customer())
    shop.fail("reset", path=GRAPHQL, match=lambda r: b"orderUpdate" in r.body)
    with pytest.raises(Transient):
        conn.send(item("note", {"body": "x"}, key=key(), order=o))
    assert shop.count("reset") == 1 and shop.mutations == []  # no second try in the client
    shop.fail("throttled", path=GRAPHQL, match=lambda r: b"orderUpdate" in r.body)
    conn.send(item("note", {"body": "y"}, key=key(), order=o))  # THROTTLED did nothing: retried
    assert shop.mutations == ["orderUpdate"]


def test_messages_reship_and_edits_go_into_the_note(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    c = shop.add_customer()
    o = shop.add_order(c)
    reply, internal, reship, note = key(), key(), key(), key()
    conn.send(item("message", {"body": "We are sorry!", "public": True}, key=reply, order=o))
    conn.send(item("message", {"body": "Check stock", "public": False}, key=internal, order=o))
    conn.send(item("goodwill", {"kind": "reship", "reason": "lost parcel"}, key=reship, order=o))
    sent = conn.send(item("note", {"body": "VIP"}, key=note, customer=c))
    edit = item(
        "note_edit", {"body": "VIP, prefers SMS"}, key=key(), customer=c, target=sent.remote_id
    )
    assert conn.find(edit) is None
    deliver(conn, edit)
    assert conn.find(edit) is not None
    labels = [(b.label, b.body) for b in blocks(shop.note_of(o))[0]]
    assert labels == [
        ("reply to the customer", "We are sorry!"),
        ("internal note", "Check stock"),
        ("reship", "Reship approved: lost parcel"),
    ]
    assert [b.body for b in blocks(shop.note_of(c))[0]] == ["VIP, prefers SMS"]
    notes = pull(conn, "notes")
    mine = {r.data["ref"]: r for r in notes}
    assert mine[reply].data["public"] is True and mine[internal].data["public"] is False
    assert mine[note].data["body"] == "VIP, prefers SMS"
    assert mine[note].remote_id == sent.remote_id


def test_notes_written_in_the_shop_are_found_incrementally(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    c = shop.add_customer()
    o = shop.add_order(c)
    shop.tick(30)
    since = shop.now.strftime("%Y-%m-%dT%H:%M:%SZ")
    shop.update_order(o, note="Customer called: wants it before Friday")
    found = [r for page in conn.notes(since, False) for r in page.items]
    assert [(r.remote_id, r.data["body"], r.data["ref"]) for r in found] == [
        (f"{o}/note", "Customer called: wants it before Friday", None)
    ]
    assert found[0].data["parent"] == "order" and found[0].data["parent_remote_id"] == o


def test_editing_a_note_removed_in_the_shop_is_rejected(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    c = shop.add_customer()
    sent = conn.send(item("note", {"body": "VIP"}, key=key(), customer=c))
    shop.update_customer(c, note="")
    with pytest.raises(Rejected):
        conn.send(item("note_edit", {"body": "new"}, key=key(), customer=c, target=sent.remote_id))


@pytest.mark.parametrize("lost", LOST)
def test_a_refund_is_made_once_when_the_answer_is_lost(
    shop: ShopifyShop, conn: ShopifyConnector, lost: str
) -> None:
    o = shop.add_order(shop.add_customer(), lines=[("A", "Tea", 2, "50.00")])
    k = key()
    shop.fail(lost, path=GRAPHQL, match=lambda r: b"refundCreate" in r.body)
    refund = item(
        "goodwill",
        {"kind": "refund", "amount": "25.5", "currency": "DKK", "reason": "late"},
        key=k,
        order=o,
    )
    sent, tries = deliver(conn, refund)
    assert tries == 2
    made = shop.refunds_of(o)
    assert len(made) == 1 and str(made[0]["amount"]) == "25.50"
    assert k in made[0]["note"] and sent.confirmed
    assert sent.remote_id == f"gid://shopify/Refund/{made[0]['id']}"


def test_a_refund_larger_than_what_is_left_is_rejected(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    o = shop.add_order(shop.add_customer(), lines=[("A", "Tea", 1, "100.00")])
    first = {"kind": "refund", "amount": "60.00", "currency": "DKK", "reason": "a"}
    conn.send(item("goodwill", first, key=key(), order=o))
    with pytest.raises(Rejected, match="larger than what is left"):
        conn.send(item("goodwill", {**first, "amount": "40.01"}, key=key(), order=o))
    with pytest.raises(Rejected):
        conn.send(item("goodwill", {**first, "amount": "1000"}, key=key(), order=o))
    assert len(shop.refunds_of(o)) == 1


@pytest.mark.parametrize("lost", LOST)
def test_a_voucher_is_made_once_when_the_answer_is_lost(
    shop: ShopifyShop, conn: ShopifyConnector, lost: str
) -> None:
    c = shop.add_customer()
    o = shop.add_order(c)
    k = key()
    shop.fail(lost, path=GRAPHQL, match=lambda r: b"discountCodeBasicCreate" in r.body)
    voucher = item(
        "goodwill",
        {"kind": "voucher", "amount": "50", "currency": "DKK", "reason": "sorry"},
        key=k,
        order=o,
        customer=c,
    )
    sent, _ = deliver(conn, voucher)
    assert len(shop.discounts) == 1
    made = next(iter(shop.discounts.values()))
    assert made["code"] == sent.extra["coupon"] == "AD-" + k[:10].upper()
    assert made["amount"] == "50.00" and made["customers"] == [c] and made["usage_limit"] == 1
    # sent once more without asking first (a lost mark-as-sent): the code is taken -> found
    assert conn.send(voucher).remote_id == sent.remote_id
    assert len(shop.discounts) == 1


# --- bulk ----------------------------------------------------------------------------------------


def test_bulk_import_yields_the_same_records_as_paging(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    cs, _ = populate(shop, customers=30, orders=80)
    o = shop.add_order(cs[0], lines=[(f"S{i}", f"Item {i}", 1, "1.00") for i in range(14)])
    shop.update_order(o, note="Ring twice")
    conn.send(item("note", {"body": "Called"}, key=key(), customer=cs[1]))
    for resource in ("customers", "orders", "notes"):
        paged = {r.remote_id: r.data for r in pull(conn, resource)}
        bulk = {r.remote_id: r.data for r in conn.bulk(resource)}
        assert bulk == paged, resource
    assert len(paged) == 2
    assert conn.bulk_started_at is not None
    # the file came from "cloud storage": the token did not go along
    assert shop.bulk_downloads and all(
        "x-shopify-access-token" not in h for h in shop.bulk_downloads
    )


def test_bulk_adopts_its_own_operation_when_the_start_answer_was_lost(
    shop: ShopifyShop, conn: ShopifyConnector
) -> None:
    _, os = populate(shop, customers=5, orders=20)
    shop.fail("drop", path=GRAPHQL, match=lambda r: b"bulkOperationRunQuery" in r.body)
    with pytest.raises(Transient):
        list(conn.bulk("orders"))
    records = list(conn.bulk("orders"))  # OPERATION_IN_PROGRESS: the same query, taken on
    assert sorted(r.remote_id for r in records) == sorted(os)
    assert shop.mutations.count("bulkOperationRunQuery") == 1


def test_bulk_download_faults_are_retried(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    _, os = populate(shop, customers=5, orders=20)
    shop.fail("cut", path="/bulk-results/")
    shop.fail("status", path="/bulk-results/", status=503)
    assert sorted(r.remote_id for r in conn.bulk("orders")) == sorted(os)


def test_times_have_whole_seconds_in_utc(shop: ShopifyShop, conn: ShopifyConnector) -> None:
    c = shop.add_customer()
    record = conn.list("customers", None, 0, 5).items[0]
    assert record.remote_id == c
    assert record.updated_at == "2026-03-01T10:00:00Z"
    # a since with a fraction: records at or after it, so this second is in, the next out
    assert [
        r.remote_id for r in conn.list("customers", "2026-03-01T09:59:59.999Z", 0, 5).items
    ] == [c]
    assert conn.list("customers", "2026-03-01T10:00:00.001Z", 0, 5).items == []
