"""Every parser of a shop's answers, fed random and mutated JSON (hypothesis): it makes a
record of the protocol's shape or raises the sync layer's own error (BadAnswer, with one
line saying what), never a KeyError or TypeError; and what it makes goes into a real cache
without an error. The samples are what the back ends send (Vendure's and Shopify's GraphQL
nodes, WooCommerce's REST records), mutated one path at a time, or any JSON at all."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agentdesk.store import mirror
from agentdesk.store.db import open_cache
from agentdesk.sync import shopify, woocommerce
from agentdesk.sync.answers import BadAnswer
from agentdesk.sync.protocol import Record, SyncError
from agentdesk.sync.vendure import VendureConnector

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        ["", "0", "-1", "1e999", "NaN", "Infinity", "2026-13-45T25:61:00Z", "\x00", "٣٤٥"]
    )
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)

WOO_ORDER: dict[str, Any] = {
    "id": 101,
    "number": "101",
    "status": "processing",
    "currency": "DKK",
    "date_created_gmt": "2026-03-01T10:00:00",
    "date_modified_gmt": "2026-03-01T10:05:00",
    "total": "174.50",
    "customer_id": 7,
    "billing": {"first_name": "Mette", "last_name": "Kjær", "email": "m@example.dk"},
    "line_items": [
        {
            "sku": "TEA-1",
            "name": "Tea",
            "quantity": 2,
            "subtotal": "139.60",
            "subtotal_tax": "34.90",
        }
    ],
    "meta_data": [
        {
            "key": "_wc_shipment_tracking_items",
            "value": [
                {
                    "tracking_id": "a1",
                    "tracking_provider": "postnord",
                    "tracking_number": "PN1",
                    "date_shipped": "1772359200",
                }
            ],
        }
    ],
}
WOO_CUSTOMER: dict[str, Any] = {
    "id": 7,
    "email": "m@example.dk",
    "first_name": "Mette",
    "last_name": "Kjær",
    "username": "mette",
    "date_created_gmt": "2026-01-01T08:00:00",
    "date_modified_gmt": "2026-02-01T08:00:00",
    "billing": {
        "address_1": "Nørregade 1",
        "city": "København",
        "postcode": "1165",
        "country": "dk",
        "phone": "+4521000000",
    },
    "shipping": {
        "address_1": "Nørregade 1",
        "city": "København",
        "postcode": "1165",
        "country": "DK",
    },
    "meta_data": [
        {
            "key": "agentdesk_note_" + "a" * 32,
            "value": {
                "body": "Call after 16",
                "created_at": "2026-02-01T08:00:00Z",
                "updated_at": "2026-02-01T08:00:00Z",
                "public": False,
            },
        }
    ],
}
WOO_NOTE: dict[str, Any] = {
    "id": 55,
    "note": "Parcel is with the neighbour\n\n[agentdesk:" + "b" * 32 + "]",
    "author": "Sofie",
    "date_created_gmt": "2026-03-02T09:15:00",
    "customer_note": False,
}
SHOPIFY_ORDER: dict[str, Any] = {
    "id": "gid://shopify/Order/1",
    "name": "#1001",
    "email": "m@example.dk",
    "createdAt": "2026-03-01T10:00:00Z",
    "updatedAt": "2026-03-01T10:05:00Z",
    "cancelledAt": None,
    "displayFulfillmentStatus": "FULFILLED",
    "currencyCode": "DKK",
    "customer": {"id": "gid://shopify/Customer/7"},
    "totalPriceSet": {"shopMoney": {"amount": "174.5", "currencyCode": "DKK"}},
    "lineItems": {
        "pageInfo": {"hasNextPage": False, "endCursor": None},
        "nodes": [
            {
                "sku": "TEA-1",
                "name": "Tea",
                "quantity": 2,
                "originalUnitPriceSet": {"shopMoney": {"amount": "87.25"}},
            }
        ],
    },
    "fulfillments": [
        {
            "id": "gid://shopify/Fulfillment/3",
            "status": "SUCCESS",
            "displayStatus": "IN_TRANSIT",
            "createdAt": "2026-03-01T12:00:00Z",
            "updatedAt": "2026-03-02T08:00:00Z",
            "inTransitAt": "2026-03-01T13:00:00Z",
            "deliveredAt": None,
            "trackingInfo": [{"company": "PostNord", "number": "PN1"}],
        }
    ],
}
SHOPIFY_CUSTOMER: dict[str, Any] = {
    "id": "gid://shopify/Customer/7",
    "firstName": "Mette",
    "lastName": "Kjær",
    "displayName": "Mette Kjær",
    "email": "m@example.dk",
    "phone": "+4521000000",
    "locale": "da",
    "createdAt": "2026-01-01T08:00:00Z",
    "updatedAt": "2026-02-01T08:00:00Z",
    "addresses": [
        {
            "id": "gid://shopify/MailingAddress/9",
            "address1": "Nørregade 1",
            "address2": None,
            "city": "København",
            "zip": "1165",
            "countryCodeV2": "DK",
        }
    ],
}
SHOPIFY_OWNER: dict[str, Any] = {
    "id": "gid://shopify/Order/1",
    "createdAt": "2026-03-01T10:00:00Z",
    "updatedAt": "2026-03-01T10:05:00Z",
    "note": "VIP\n\nAgentDesk · note · 2026-03-01 10:00:00 UTC\nCall after 16\n[agentdesk:"
    + "c" * 32
    + "]",
}
VENDURE_ORDER: dict[str, Any] = {
    "id": "12",
    "code": "AB12CD",
    "createdAt": "2026-03-01T10:00:00.000Z",
    "updatedAt": "2026-03-01T10:05:00.123Z",
    "orderPlacedAt": "2026-03-01T10:01:00.000Z",
    "state": "PaymentSettled",
    "currencyCode": "EUR",
    "totalWithTax": 17450,
    "customer": {"id": "3"},
    "lines": [
        {
            "id": "1",
            "quantity": 2,
            "unitPriceWithTax": 8725,
            "productVariant": {"sku": "TEA-1", "name": "Tea"},
        }
    ],
    "fulfillments": [
        {
            "id": "4",
            "createdAt": "2026-03-01T12:00:00.000Z",
            "updatedAt": "2026-03-02T08:00:00.000Z",
            "state": "Shipped",
            "method": "PostNord",
            "trackingCode": "PN1",
        }
    ],
}
VENDURE_CUSTOMER: dict[str, Any] = {
    "id": "3",
    "createdAt": "2026-01-01T08:00:00.000Z",
    "updatedAt": "2026-02-01T08:00:00.000Z",
    "firstName": "Mette",
    "lastName": "Kjær",
    "emailAddress": "m@example.dk",
    "phoneNumber": "+4521000000",
    "addresses": [
        {
            "id": "5",
            "streetLine1": "Nørregade 1",
            "streetLine2": None,
            "city": "København",
            "postalCode": "1165",
            "country": {"code": "dk"},
            "defaultShippingAddress": True,
            "defaultBillingAddress": True,
        }
    ],
}
VENDURE_NOTE: dict[str, Any] = {
    "id": "77",
    "createdAt": "2026-03-02T09:15:00.000Z",
    "updatedAt": "2026-03-02T09:15:00.000Z",
    "type": "ORDER_NOTE",
    "isPublic": False,
    "data": {"note": "Parcel is with the neighbour"},
    "administrator": {"firstName": "Sofie", "lastName": "Holm"},
}


def _records(value: Record | list[Record]) -> list[Record]:
    return value if isinstance(value, list) else [value]


# (name, parser, sample): each parser takes one decoded JSON object of the shop's answer
PARSERS: list[tuple[str, Callable[[Any], Any], dict[str, Any]]] = [
    ("woo-order", woocommerce._order, WOO_ORDER),
    ("woo-customer", woocommerce._customer, WOO_CUSTOMER),
    ("woo-note", lambda n: woocommerce._note(101, n), WOO_NOTE),
    ("woo-customer-notes", woocommerce._customer_notes, WOO_CUSTOMER),
    ("shopify-order", shopify._order, SHOPIFY_ORDER),
    ("shopify-customer", shopify._customer, SHOPIFY_CUSTOMER),
    ("shopify-notes", lambda o: shopify._owner_notes("order", o), SHOPIFY_OWNER),
    ("vendure-order", VendureConnector._order, VENDURE_ORDER),
    ("vendure-customer", VendureConnector._customer, VENDURE_CUSTOMER),
    ("vendure-note", lambda e: VendureConnector._note("order", "12", e), VENDURE_NOTE),
]
IDS = [p[0] for p in PARSERS]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    c = open_cache(Path(tmp_path_factory.mktemp("parsers")) / "c.sqlite", create=True).conn
    yield c
    c.close()


def into_cache(conn: sqlite3.Connection, backend: str, records: list[Record]) -> None:
    """What the engine does with the records; rolled back, so each example starts alike."""
    rows = [(r.remote_id, r.updated_at, r.data) for r in records]
    try:
        with conn:
            mirror.apply_customers(
                conn,
                backend,
                [
                    (
                        r,
                        "2026-01-01T00:00:00Z",
                        {
                            "name": "Placeholder",
                            "email": None,
                            "phone": None,
                            "locale": None,
                            "created_at": None,
                            "addresses": [],
                        },
                    )
                    for r in ("7", "3", "gid://shopify/Customer/7")
                ],
            )
            by = records[0].resource if records else None
            if by == "customers":
                mirror.apply_customers(conn, backend, rows)
            elif by == "orders":
                mirror.apply_orders(conn, backend, rows)
            elif by == "notes":
                mirror.apply_notes(conn, backend, rows)
            raise _Undo()
    except _Undo:
        pass


class _Undo(Exception):
    pass


def parse_or_refuse(parse: Callable[[Any], Any], value: Any) -> list[Record] | None:
    """The parser's records, or None when it refused the answer as it must: BadAnswer
    with one short line."""
    try:
        return _records(parse(value))
    except SyncError as e:
        assert isinstance(e, BadAnswer), e
        text = str(e)
        assert text and "\n" not in text and len(text) < 300, text
        return None


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield at
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*at, i))


def _mutated(sample: dict[str, Any], path: tuple[Any, ...], how: str, new: Any) -> Any:
    out = copy.deepcopy(sample)
    if not path:
        return new
    parent = out
    for k in path[:-1]:
        parent = parent[k]
    if how == "drop":
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return out


@pytest.mark.parametrize(("name", "parse", "sample"), PARSERS, ids=IDS)
def test_each_sample_parses_into_the_cache(
    conn: sqlite3.Connection, name: str, parse: Callable[[Any], Any], sample: dict[str, Any]
) -> None:
    records = parse_or_refuse(parse, copy.deepcopy(sample))
    assert records, name  # the real shape is read, so the mutations below start from it
    into_cache(conn, name.split("-")[0], records)


@pytest.mark.parametrize(("name", "parse", "sample"), PARSERS, ids=IDS)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_a_mutated_answer_is_read_or_refused_never_crashes(
    conn: sqlite3.Connection,
    name: str,
    parse: Callable[[Any], Any],
    sample: dict[str, Any],
    data: st.DataObject,
) -> None:
    paths = list(_paths(sample))
    path = data.draw(st.sampled_from(paths), label="path")
    how = data.draw(st.sampled_from(["drop", "replace"]) if path else st.just("replace"))
    new = data.draw(JSON, label="value") if how == "replace" else None
    records = parse_or_refuse(parse, _mutated(sample, path, how, new))
    if records:
        into_cache(conn, name.split("-")[0], records)


@pytest.mark.parametrize(("name", "parse", "sample"), PARSERS, ids=IDS)
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(value=JSON)
@example(value=[])
@example(value={"id": {"nested": 1}, "updatedAt": 5, "date_modified_gmt": 5})
def test_any_json_is_read_or_refused(
    conn: sqlite3.Connection, name: str, parse: Callable[[Any], Any], sample: Any, value: Any
) -> None:
    records = parse_or_refuse(parse, value)
    if records:
        into_cache(conn, name.split("-")[0], records)


# answers that crashed before the parsers were guarded (found by the tests above)
REGRESSIONS: list[tuple[str, tuple[Any, ...], Any]] = [
    ("woo-customer-notes", (), None),  # AttributeError: 'NoneType' has no 'get'
    ("woo-customer", ("billing", "address_1"), {"a": 1}),  # sqlite: type dict not supported
    ("shopify-customer", ("addresses", 0, "city"), [1]),  # the same, through an address
    ("vendure-customer", ("addresses", 0, "postalCode"), 5),
    ("woo-order", (), {"id": 5}),
    (
        "woo-note",
        ("date_created_gmt",),
        None,
    ),  # with the id below: a line break in the words  # no updated_at at all: the engine's cursor broke
    ("vendure-order", ("updatedAt",), 1764633600),  # AttributeError on a number
    ("shopify-order", ("lineItems", "nodes", 0, "quantity"), "two"),  # ValueError
    ("woo-order", ("total",), {"amount": "1"}),  # decimal.InvalidOperation
]


@pytest.mark.parametrize(("name", "path", "value"), REGRESSIONS)
def test_answers_that_once_crashed_are_refused(
    conn: sqlite3.Connection, name: str, path: tuple[Any, ...], value: Any
) -> None:
    parse, sample = {n: (p, s) for n, p, s in PARSERS}[name]
    assert parse_or_refuse(parse, _mutated(sample, path, "replace", value)) is None


def test_a_refusal_quoting_the_shop_stays_on_one_line() -> None:
    """Found by the fuzzing run: an id with a line break broke the sentence in two."""
    note = {"id": "0\n", "note": "Parcel is with the neighbour", "customer_note": False}
    assert parse_or_refuse(lambda n: woocommerce._note(101, n), note) is None
