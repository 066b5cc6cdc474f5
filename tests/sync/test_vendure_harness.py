"""The Vendure test back end itself: seeding, the admin client, restarts, and the API facts
that the sync engine relies on (see the docstring of tests/sync/vendure_admin.py)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from tests.sync.conftest import VendureShop
from tests.sync.vendure_admin import SeedSummary, VendureAdminError

pytestmark = pytest.mark.vendure

ARABIC = re.compile(r"[\u0600-\u06FF]")
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
ORDER_STATE_FOR = {None: "PaymentSettled", "Pending": "PaymentSettled"}
ORDER_STATE_FOR |= {"Shipped": "Shipped", "Delivered": "Delivered"}


@pytest.fixture(scope="module")
def seeded(make_vendure: Callable[..., VendureShop]) -> tuple[VendureShop, SeedSummary]:
    shop = make_vendure("vendure-seeded")
    summary = shop.admin.seed(customers=15, orders_per_customer=(1, 3), seed=3)
    print(summary.describe())
    return shop, summary


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def _next_second() -> None:
    """Waits until the wall clock enters a new second: Vendure's updatedAt has whole seconds,
    so only then can a change of it be seen. Deterministic, at most one second."""
    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(max(0.0, start + 1 - time.time()) + 0.01)


def test_seeded_customers_come_back_as_created(seeded: tuple[VendureShop, SeedSummary]) -> None:
    shop, summary = seeded
    assert {c.market for c in summary.customers} == {"da", "en", "ar", "id", "vi"}
    listed = {c["id"]: c for c in shop.admin.all_customers()}
    assert set(summary.customer_ids) <= set(listed)
    for c in summary.customers:
        got = listed[c.id]
        assert (got["firstName"], got["lastName"]) == (c.first_name, c.last_name)
        assert (got["emailAddress"], got["phoneNumber"]) == (c.email, c.phone)
    arabic = next(c for c in summary.customers if c.market == "ar")
    vietnamese = next(c for c in summary.customers if c.market == "vi")
    assert ARABIC.search(arabic.first_name + arabic.last_name)
    assert VIETNAMESE.search(vietnamese.first_name + vietnamese.last_name)
    # a filter on a non-Latin name finds the customer
    found = shop.admin.customers(filter={"lastName": {"eq": arabic.last_name}})["items"]
    assert arabic.id in {c["id"] for c in found}
    assert sum(c.phone is not None for c in summary.customers) >= len(summary.customers) // 2


def test_seeded_orders_and_fulfillments_come_back(
    seeded: tuple[VendureShop, SeedSummary],
) -> None:
    shop, summary = seeded
    counts = summary.counts()
    assert counts["orders"] >= counts["customers"]
    assert 0 < counts["fulfilled"] < counts["orders"]
    assert counts["pending"] and counts["shipped"] and counts["delivered"]
    listed = {o["id"]: o for o in shop.admin.all_orders()}
    for seeded_order in summary.orders:
        o = listed[seeded_order.id]
        assert o["code"] == seeded_order.code
        assert o["customer"]["id"] == seeded_order.customer_id
        assert o["totalWithTax"] == seeded_order.total_with_tax
        assert sorted((line["id"], line["quantity"]) for line in o["lines"]) == sorted(
            seeded_order.lines
        )
        assert 1 <= len(o["lines"]) <= 3
        assert o["currencyCode"] == "DKK"
        (payment,) = o["payments"]
        assert (payment["state"], payment["amount"]) == ("Settled", o["totalWithTax"])
        assert o["state"] == ORDER_STATE_FOR[seeded_order.fulfillment_state]
        if seeded_order.fulfillment_id is None:
            assert o["fulfillments"] == []
            continue
        (f,) = o["fulfillments"]
        assert f["id"] == seeded_order.fulfillment_id
        assert (f["state"], f["method"], f["trackingCode"]) == (
            seeded_order.fulfillment_state,
            seeded_order.carrier,
            seeded_order.tracking,
        )
        assert sum(line["quantity"] for line in f["lines"]) == o["totalQuantity"]
    shipping_names = {o["shippingAddress"]["fullName"] for o in listed.values()}
    assert any(ARABIC.search(n) for n in shipping_names)


def test_seeded_notes_come_back(seeded: tuple[VendureShop, SeedSummary]) -> None:
    shop, summary = seeded
    assert summary.order_notes and summary.customer_notes
    for order_id, text in summary.order_notes:
        notes = [e for e in shop.admin.order_history(order_id) if e["type"] == "ORDER_NOTE"]
        assert [e["data"]["note"] for e in notes] == [text]
        assert notes[0]["isPublic"] is False
    for customer_id, text in summary.customer_notes:
        history = shop.admin.customer_history(customer_id)
        notes = [e["data"]["note"] for e in history if e["type"] == "CUSTOMER_NOTE"]
        assert notes == [text]


def test_admin_client_round_trips(seeded: tuple[VendureShop, SeedSummary]) -> None:
    admin = seeded[0].admin
    c = admin.create_customer("Thị Ánh", "Nguyễn", "anh.nguyen@example.vn", "+84 90 123 45 67")
    assert (c["firstName"], c["lastName"], c["phoneNumber"]) == (
        "Thị Ánh",
        "Nguyễn",
        "+84 90 123 45 67",
    )
    c = admin.update_customer(c["id"], first_name="Thị Ánh Tuyết", phoneNumber="+84 91 000 00 00")
    assert (c["firstName"], c["phoneNumber"]) == ("Thị Ánh Tuyết", "+84 91 000 00 00")
    with pytest.raises(VendureAdminError, match="EMAIL_ADDRESS_CONFLICT"):
        admin.create_customer("X", "Y", "anh.nguyen@example.vn")

    variants = {v["sku"]: v for v in admin.variants()}
    assert "فانوس نحاسي" in {v["product"]["name"] for v in variants.values()}
    lantern = variants["EG-LAN-1"]
    order = admin.create_order(
        c["id"], [(lantern["id"], 2)], {"streetLine1": "Lê Lợi 5", "countryCode": "VN"}
    )
    assert order["state"] == "PaymentSettled"
    (line,) = order["lines"]
    assert (line["productVariant"]["sku"], line["quantity"]) == ("EG-LAN-1", 2)
    assert order["totalWithTax"] == line["linePriceWithTax"] + order["shippingWithTax"]

    f = admin.add_fulfillment(order["id"], "Viettel Post", "VT123456789VN")
    assert (f["state"], f["method"], f["trackingCode"]) == (
        "Pending",
        "Viettel Post",
        "VT123456789VN",
    )
    assert admin.transition_fulfillment(f["id"], "Shipped")["state"] == "Shipped"
    assert admin.transition_fulfillment(f["id"], "Delivered")["state"] == "Delivered"
    with pytest.raises(VendureAdminError, match="FULFILLMENT_STATE_TRANSITION_ERROR"):
        admin.transition_fulfillment(f["id"], "Shipped")

    admin.add_order_note(order["id"], "Khách hẹn giao sau 17 giờ")
    (note,) = [e for e in admin.order_history(order["id"]) if e["type"] == "ORDER_NOTE"]
    edited = admin.update_order_note(note["id"], "Khách hẹn giao sau 18 giờ")
    assert (edited["id"], edited["data"]["note"]) == (note["id"], "Khách hẹn giao sau 18 giờ")
    admin.add_customer_note(c["id"], "Thích liên hệ qua Zalo")
    (cnote,) = [e for e in admin.customer_history(c["id"]) if e["type"] == "CUSTOMER_NOTE"]
    assert admin.update_customer_note(cnote["id"], "Zalo")["data"]["note"] == "Zalo"

    refund = admin.refund(order["id"], 1500, "Bent lid")
    assert (refund["total"], refund["reason"], refund["state"]) == (1500, "Bent lid", "Settled")
    (payment,) = admin.order(order["id"])["payments"]
    assert [(r["id"], r["total"], r["state"]) for r in payment["refunds"]] == [
        (refund["id"], 1500, "Settled")
    ]
    with pytest.raises(VendureAdminError, match="REFUND_AMOUNT_ERROR"):
        admin.refund(order["id"], order["totalWithTax"], "too much")

    promo = admin.create_promotion("Sorry for the wait", "SORRY-25", 2500)
    assert [p["id"] for p in admin.promotions("SORRY-25")] == [promo["id"]]
    assert admin.promotions("NO-SUCH-CODE") == []

    assert admin.delete_customer(c["id"])["result"] == "DELETED"
    assert admin.customer(c["id"]) is None


def test_stop_and_start_keep_the_data(vendure: VendureShop) -> None:
    admin, server = vendure.admin, vendure.server
    c = admin.create_customer("محمد", "عبد الرحمن", "mohamed.abdelrahman@example.eg")
    variant = admin.variants()[0]["id"]
    order = admin.create_order(c["id"], [(variant, 1)], {"streetLine1": "x", "countryCode": "EG"})
    admin.add_order_note(order["id"], "يرجى الاتصال قبل التوصيل")
    port, db = server.port, server.db

    server.stop()
    assert not server.running
    with pytest.raises(httpx.TransportError):
        admin.customer(c["id"])
    server.start()
    assert (server.port, server.db) == (port, db)
    # the same bearer token still works: sessions live in the DB
    assert admin.customer(c["id"])["lastName"] == "عبد الرحمن"
    notes = [
        e["data"]["note"] for e in admin.order_history(order["id"]) if e["type"] == "ORDER_NOTE"
    ]
    assert notes == ["يرجى الاتصال قبل التوصيل"]

    server.kill()  # as a crash would: committed data survives
    server.start()
    assert admin.order(order["id"])["code"] == order["code"]
    assert vendure.url == f"http://127.0.0.1:{port}" and vendure.token == admin.token


def test_fresh_vendure_is_an_empty_shop(fresh_vendure: VendureShop) -> None:
    admin = fresh_vendure.admin
    assert admin.customers()["totalItems"] == 0
    assert admin.orders()["totalItems"] == 0
    assert admin.promotions() == []
    skus = {v["sku"] for v in admin.variants()}
    assert {"MUG-1", "KAF-2", "VN-TEA-1", "EG-LAN-1", "APR-S", "APR-M", "APR-L"} <= skus
    r = httpx.post(
        fresh_vendure.admin_api,
        json={"query": "{ activeAdministrator { emailAddress } }"},
        headers={"Authorization": f"Bearer {fresh_vendure.token}"},
    )
    assert r.json()["data"]["activeAdministrator"] is not None


def test_api_facts_the_sync_relies_on(fresh_vendure: VendureShop) -> None:
    """Pins the facts of the vendure_admin docstring, (d) and (e): if an upgrade changes them,
    this fails and the sync engine's assumptions need a look."""
    admin = fresh_vendure.admin
    made = [admin.create_customer(f"Kunde{i}", "Jensen", f"k{i}@example.dk") for i in range(4)]
    stamps = {c["updatedAt"] for c in made}
    # (e) whole seconds, and a list filter `after` is strict
    assert all(s.endswith(".000Z") for s in stamps)
    t = min(stamps)
    ids = {c["id"] for c in made}
    assert {c["id"] for c in admin.all_customers(updated_after=t)} == {
        c["id"] for c in made if c["updatedAt"] > t
    }
    just_before = _iso(_parse(t) - timedelta(milliseconds=1))
    assert {c["id"] for c in admin.all_customers(updated_after=just_before)} == ids
    # (e) `before` is inclusive (SQLite compares '…:41' with '…:41.000' as text), eq never matches
    created_at = made[0]["createdAt"]
    before = admin.customers(filter={"createdAt": {"before": created_at}})["items"]
    assert made[0]["id"] in {c["id"] for c in before}
    assert admin.customers(filter={"createdAt": {"eq": created_at}})["totalItems"] == 0
    # (d) an order's updatedAt changes with none of: a note, a fulfillment, its transitions
    order = admin.create_order(made[0]["id"], [(admin.variants()[0]["id"], 1)], None)
    _next_second()
    admin.add_order_note(order["id"], "note")
    f = admin.add_fulfillment(order["id"], "GLS", "GL1DK")
    admin.transition_fulfillment(f["id"], "Shipped")
    refund = admin.refund(order["id"], 100, "fact check")
    _next_second()
    after = admin.order(order["id"])
    assert after["state"] == "Shipped"
    assert after["updatedAt"] == order["updatedAt"]
    # ... but the fulfillment's own updatedAt and the history entries' createdAt do
    assert after["fulfillments"][0]["updatedAt"] > order["updatedAt"]
    assert refund["updatedAt"] > order["updatedAt"]
    history = admin.order_history(order["id"], filter={"createdAt": {"after": order["updatedAt"]}})
    types = [e["type"] for e in history]
    assert {"ORDER_NOTE", "ORDER_FULFILLMENT", "ORDER_FULFILLMENT_TRANSITION"} <= set(types)
    assert "ORDER_REFUND_TRANSITION" in types
    # a customer note does not change the customer's updatedAt either; an edit of a field does
    admin.add_customer_note(made[0]["id"], "note")
    assert admin.customer(made[0]["id"])["updatedAt"] == made[0]["updatedAt"]
    assert (
        admin.update_customer(made[0]["id"], phone_number="+45 20 00 00 00")["updatedAt"]
        > (made[0]["updatedAt"])
    )
    # (e) several sort keys apply in the schema's field order (id first), not in the order given:
    # made[0] has the lowest id and now the latest updatedAt, yet comes last here
    by_both = admin.customers(sort={"updatedAt": "DESC", "id": "DESC"})["items"]
    assert [c["id"] for c in by_both] == sorted((c["id"] for c in by_both), key=int, reverse=True)
    assert by_both[-1]["id"] == made[0]["id"]
    by_updated = admin.customers(sort={"updatedAt": "DESC"})["items"]
    assert by_updated[0]["id"] == made[0]["id"]
