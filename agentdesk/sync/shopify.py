"""Shopify (GraphQL Admin API) as a shop back end.

One endpoint, ``POST /admin/api/<version>/graphql.json``, with the app's token in
``X-Shopify-Access-Token``. The token needs read_customers, read_orders (and
read_all_orders for orders older than 60 days), write_customers and write_orders for
notes, write_orders for refunds and write_discounts for vouchers.

Reading
- customers (name, email, phone, locale, addresses: Shopify has no billing/shipping kind
  on a customer's addresses, so they are all 'shipping') and
  orders (name "#1001" as the number, displayFulfillmentStatus lower-cased as the status,
  or "cancelled"; the shop-currency total; lines with their original unit price;
  one shipment per fulfillment with its first tracking company and number, state =
  its displayStatus lower-cased, e.g. in_transit, delivered, failure, canceled).
- ``list`` pages with ``sortKey: UPDATED_AT`` and ``query: "updated_at:>='…'"``. Shopify
  pages by opaque cursor, not by offset: each listing in progress keeps its endCursor,
  so the ``skip`` that continues where the last page ended costs one request; any other
  ``skip`` walks from the listing's start. A page is filled from several requests when
  the query cost allows fewer records per request than ``take``.
- ``bulk(resource)`` is for the first import of a big shop: one bulkOperationRunQuery,
  polled until done, its JSONL downloaded (without the token) and read in two passes, as
  Shopify does not promise that a parent's line comes before its children's. The records
  come in no particular order; ``bulk_started_at`` says from when on changes may be
  missing, which is where the incremental listing takes over.

Cost-based rate limit: every answer reports the bucket (``extensions.cost.throttleStatus``)
and what the query cost. Before each request the connector waits until the bucket, as it
refills at ``restoreRate``, holds the query's requested cost (learned per query from the
answers), so the bucket does not run dry. A THROTTLED answer (HTTP 200 without data, or
HTTP 429) is retried after the time the bucket needs; other clients of the same app (the
team's other desktops share the token and the bucket) are why that still happens.

Notes. Shopify has one ``note`` text per order and per customer (shown to staff, on the
order page and packing slips; never to the customer) and timeline comments, which the
Admin API can read (``events``, CommentEvent) but has no mutation to write, and which do
not change their order's updatedAt (not read here yet: it would take an events query per
order in the full pass). So notes from AgentDesk are blocks appended to that note text,
each a header line, the text and the idempotency marker::

    AgentDesk · note · 2026-03-01 10:15:07 UTC
    The parcel was left with a neighbour.

    [agentdesk:0f3c…]

The ``notes`` resource reads every changed order's and customer's note: each block is a
note (remote id ``<owner gid>/notes/<key>``, ``ref`` its key), and the text around the
blocks, written in Shopify, is one note of the owner (``<owner gid>/note``, no ref, its
created_at the owner's). A note's updated_at is its owner's, since changing the note
changes the owner: unlike WooCommerce and Vendure, the incremental listing finds notes
written in the shop. An edit rewrites the block's text in place (same key, same remote id).
'message' items are blocks too, labelled "reply to the customer" (public) or "internal
note": Shopify has no way to send a message to a customer, so a reply is recorded for the
staff, not delivered. Writing the note is read-modify-write (``orderUpdate`` and
``customerUpdate`` take the whole text): a colleague saving the same note in the admin at
the same moment can undo one of the two; the connector checks its block is in the text
Shopify answers with.

Goodwill: a refund is ``refundCreate`` against the order's successful sale/capture
transactions (on the same gateway), the marker in the refund's note, found again through
``order.refunds``; confirmed when its transactions succeeded. A voucher is a single-use
basic code discount of that amount off the entire order for the order's customer, its
code derived from the key (``AD-`` and ten hex digits), found with
``codeDiscountNodeByCode``. A reship is a "reship" block in the order's note.
"""

from __future__ import annotations

import builtins
import json
import re
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from agentdesk.sync.answers import answers
from agentdesk.sync.http import Http, RetryAfter, RetryPolicy
from agentdesk.sync.protocol import (
    SHOP_KINDS,
    AuthError,
    OutboxItem,
    Page,
    Record,
    Rejected,
    Sent,
    Transient,
    with_marker,
)
from agentdesk.sync.retrying import call, download, money, stamp, utc, whole_second

API_VERSION = "2025-01"
TOKEN_HEADER = "X-Shopify-Access-Token"
MAX_FIRST = 250

ADDRESSES = 10
LINES = 10
FULFILLMENTS = 5
TRACKING = 3

CUSTOMER_FIELDS = f"""id firstName lastName displayName email phone locale createdAt updatedAt
  addresses(first: {ADDRESSES}) {{ id address1 address2 city zip countryCodeV2 }}"""
LINE_FIELDS = "sku name quantity originalUnitPriceSet { shopMoney { amount } }"
FULFILLMENT_FIELDS = f"""id status displayStatus createdAt updatedAt inTransitAt deliveredAt
  trackingInfo(first: {TRACKING}) {{ company number }}"""
ORDER_FIELDS = f"""id name email createdAt updatedAt cancelledAt displayFulfillmentStatus currencyCode
  customer {{ id }} totalPriceSet {{ shopMoney {{ amount currencyCode }} }}
  lineItems(first: {LINES}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {LINE_FIELDS} }} }}
  fulfillments(first: {FULFILLMENTS}) {{ {FULFILLMENT_FIELDS} }}"""
OWNER_FIELDS = "id createdAt updatedAt note"

# Requested cost of one node, as Shopify counts it (objects 1, lists and connections times
# their size): the first guess of a page's cost, until an answer says what it really is.
NODE_COST = {"customers": 1 + ADDRESSES, "orders": 56, "owners": 1}
PAGE_CAP = {"customers": 75, "orders": 15, "owners": MAX_FIRST}

BULK_FIELDS = {
    "customers": """id firstName lastName displayName email phone locale createdAt updatedAt
      addresses { id address1 address2 city zip countryCodeV2 }""",
    "orders": f"""id name email createdAt updatedAt cancelledAt displayFulfillmentStatus currencyCode
      customer {{ id }} totalPriceSet {{ shopMoney {{ amount currencyCode }} }}
      fulfillments {{ id status displayStatus createdAt updatedAt inTransitAt deliveredAt
        trackingInfo {{ company number }} }}
      lineItems {{ edges {{ node {{ id {LINE_FIELDS} }} }} }}""",
    "owners": OWNER_FIELDS,
}
BULK_DONE = {"COMPLETED"}
BULK_FAILED = {"FAILED", "CANCELED", "CANCELING", "EXPIRED"}

LABEL_NOTE = "note"
LABEL_REPLY = "reply to the customer"
LABEL_INTERNAL = "internal note"
LABEL_RESHIP = "reship"
BLOCK = re.compile(
    r"^AgentDesk · (?P<label>[^\n·]+?) · (?P<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC[ \t]*\n"
    r"(?P<body>.*?)\[agentdesk:(?P<key>[0-9a-f]{32})\][ \t]*$",
    re.M | re.S,
)


class _TooCostly(Rejected):
    """The query asked for more than Shopify's single-query limit (MAX_COST_EXCEEDED)."""


# --- the cost bucket ---------------------------------------------------------------------------


class CostBucket:
    """Our picture of Shopify's leaky bucket, from the last answer's throttleStatus."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.clock, self.sleep = clock, sleep
        self.maximum: float | None = None
        self.available = 0.0
        self.rate = 0.0
        self.at = clock()
        self.costs: dict[str, float] = {}  # requested cost by query
        self.waited = 0.0  # seconds spent waiting for points
        self.lock = threading.Lock()

    def level(self) -> float:
        if self.maximum is None:
            return float("inf")
        return min(self.maximum, self.available + (self.clock() - self.at) * self.rate)

    def cost(self, key: str, guess: float) -> float:
        return self.costs.get(key, guess)

    def seconds_for(self, cost: float) -> float | None:
        """How long until the bucket holds ``cost`` points (None: we do not know the rate)."""
        if self.maximum is None or self.rate <= 0:
            return None
        return max(0.0, (min(cost, self.maximum) - self.level()) / self.rate)

    def wait(self, cost: float) -> None:
        """Sleep until the bucket holds ``cost`` points, then count them as spent."""
        with self.lock:
            pause = self.seconds_for(cost)
            if pause is None:
                return
            if pause > 0:
                self.sleep(pause)
                self.waited += pause
            self.available = self.level() - min(cost, self.maximum or cost)
            self.at = self.clock()

    def update(self, key: str, extensions: Any) -> None:
        cost = (extensions or {}).get("cost") if isinstance(extensions, dict) else None
        if not isinstance(cost, dict):
            return
        with self.lock:
            if isinstance(cost.get("requestedQueryCost"), int | float):
                self.costs[key] = float(cost["requestedQueryCost"])
            status = cost.get("throttleStatus")
            if isinstance(status, dict):
                try:
                    self.maximum = float(status["maximumAvailable"])
                    self.available = float(status["currentlyAvailable"])
                    self.rate = float(status["restoreRate"])
                    self.at = self.clock()
                except (KeyError, TypeError, ValueError):
                    pass

    def drained(self) -> None:
        """A 429 without a body to read: assume the bucket is empty."""
        with self.lock:
            if self.maximum is not None:
                self.available = 0.0
                self.at = self.clock()


# --- notes in Shopify's note text ------------------------------------------------------------


@dataclass
class Block:
    key: str
    label: str
    at: str
    body: str


def blocks(text: str | None) -> tuple[builtins.list[Block], str]:
    """The AgentDesk blocks in a note text, and the text around them (written in Shopify)."""
    found, rest, pos = [], [], 0
    source = text or ""
    for m in BLOCK.finditer(source):
        rest.append(source[pos : m.start()])
        pos = m.end()
        at = m["at"].replace(" ", "T") + "Z"
        found.append(Block(m["key"], m["label"].strip(), at, m["body"].strip()))
    rest.append(source[pos:])
    return found, "\n\n".join(p.strip() for p in rest if p.strip())


def block_text(label: str, at: datetime, body: str, key: str) -> str:
    return f"AgentDesk · {label} · {at.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC\n" + with_marker(
        body.strip(), key
    )


def replace_block(text: str, key: str, body: str) -> str | None:
    """The note text with block ``key``'s text replaced (None when it is not there)."""
    for m in BLOCK.finditer(text):
        if m["key"] == key:
            at = datetime.fromisoformat(m["at"].replace(" ", "T")).replace(tzinfo=UTC)
            new = block_text(m["label"].strip(), at, body, key)
            return text[: m.start()] + new + text[m.end() :]
    return None


def note_id(owner: str, key: str | None = None) -> str:
    return f"{owner}/notes/{key}" if key else f"{owner}/note"


# --- listings in progress --------------------------------------------------------------------


@dataclass
class _Listing:
    resource: str
    since: str | None
    after: str | None = None  # Shopify's endCursor of the last page fetched
    more: bool = True
    started: bool = False
    buffer: deque[Record] = field(default_factory=deque)
    pos: int = 0  # records handed out so far
    total: int | None = None


class ShopifyConnector:
    name = "shopify"
    kinds = SHOP_KINDS

    def __init__(
        self,
        url: str,
        token: str,
        *,
        http: Http | None = None,
        policy: RetryPolicy | None = None,
        api_version: str = API_VERSION,
        timeout: float = 30.0,
        on_retry: Callable[[str], None] | None = None,
        bulk_poll: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        # The token goes with each GraphQL request, not as a default header: the bulk
        # results are downloaded from cloud storage through the same client.
        self.http = http or Http(url, policy=policy, timeout=timeout, on_retry=on_retry)
        self.token = token
        self.path = f"/admin/api/{api_version}/graphql.json"
        self.bucket = CostBucket(sleep=sleep)
        self.sleep = sleep
        self.clock = clock
        self.bulk_poll = bulk_poll
        self.bulk_started_at: str | None = None
        self.page_cap = dict(PAGE_CAP)
        self._listings: dict[str, _Listing] = {}
        self._notes_cache: tuple[str | None, builtins.list[Record]] | None = None

    def close(self) -> None:
        self.http.close()

    # --- GraphQL ---------------------------------------------------------------------------

    def gql(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        write: bool = False,
        cost: float = 50.0,
    ) -> dict[str, Any]:
        """``data`` of a GraphQL call, paced by the cost bucket. A write is retried only
        when Shopify refused it before doing anything (throttled, unreachable)."""
        variables = variables or {}
        key = f"{query}|{variables.get('first')}"

        def attempt() -> dict[str, Any]:
            need = self.bucket.cost(key, cost)
            self.bucket.wait(need)
            try:
                body, _ = self.http._once(
                    "POST",
                    self.path,
                    json={"query": query, "variables": variables},
                    headers={TOKEN_HEADER: self.token},
                )
            except RetryAfter as e:
                self.bucket.drained()
                waits = [w for w in (e.after, self.bucket.seconds_for(need)) if w is not None]
                raise RetryAfter(str(e), max(waits) if waits else None) from e
            if not isinstance(body, dict):
                raise Transient("Shopify answered with something that is not a GraphQL response.")
            self.bucket.update(key, body.get("extensions"))
            if body.get("data") is None and "THROTTLED" in _codes(body.get("errors")):
                need = self.bucket.cost(key, cost)
                raise RetryAfter("Shopify is throttling (THROTTLED)", self.bucket.seconds_for(need))
            return body

        body = call(self.http, attempt, idempotent=not write)
        errors = body.get("errors")
        if errors:
            codes = _codes(errors)
            message = _messages(errors)
            if "ACCESS_DENIED" in codes:
                raise AuthError(f"Shopify refused the token for this: {message}")
            if "MAX_COST_EXCEEDED" in codes:
                raise _TooCostly(f"Shopify found the query too costly: {message}")
            if "INTERNAL_SERVER_ERROR" in codes:
                raise Transient(f"Shopify had an error: {message}")
            raise Rejected(f"Shopify refused the request: {message}")
        data = body.get("data")
        if not isinstance(data, dict):
            raise Transient("Shopify's answer had no data.")
        return data

    def _mutation(
        self, query: str, variables: dict[str, Any], field: str, *, tolerate: str | None = None
    ) -> dict[str, Any]:
        data = self.gql(query, variables, write=True, cost=10)
        result = data.get(field)
        if not isinstance(result, dict):
            raise Rejected(f"Shopify gave no result for {field}.")
        errors = result.get("userErrors") or []
        if errors and not any(e.get("code") == tolerate for e in errors if tolerate):
            raise Rejected(f"Shopify refused: {_messages(errors)}")
        return result

    # --- pull ------------------------------------------------------------------------------

    @answers("Shopify")
    def list(self, resource: str, since: str | None, skip: int, take: int) -> Page:
        if resource == "notes":
            return self._list_notes(since, skip, take)
        self._check(resource)
        listing = self._listings.get(resource)
        if listing is None or listing.since != since or listing.pos > skip:
            listing = _Listing(resource, since)
            self._listings[resource] = listing
        while listing.pos < skip:  # an unexpected skip: walk there from the listing's start
            if not self._take(listing, min(skip - listing.pos, MAX_FIRST)):
                break
        items = self._take(listing, take)
        if len(items) < take:
            self._listings.pop(resource, None)  # the end: the next listing starts afresh
        return Page(items, listing.total)

    def _take(self, listing: _Listing, n: int) -> builtins.list[Record]:
        while len(listing.buffer) < n and listing.more:
            self._fetch(listing, n - len(listing.buffer))
        out = [listing.buffer.popleft() for _ in range(min(n, len(listing.buffer)))]
        listing.pos += len(out)
        return out

    def _fetch(self, listing: _Listing, want: int) -> None:
        """One more page of ``listing`` into its buffer; on a failure nothing moves, so the
        same call can be made again."""
        resource = listing.resource
        first = max(1, min(want, self.page_cap[resource]))
        fields = CUSTOMER_FIELDS if resource == "customers" else ORDER_FIELDS
        count = (
            f" {resource}Count(query: $query) {{ count precision }}" if not listing.started else ""
        )
        query = (
            "query($first: Int!, $after: String, $query: String) { "
            f"{resource}(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) "
            f"{{ pageInfo {{ hasNextPage endCursor }} nodes {{ {fields} }} }}{count} }}"
        )
        variables = {"first": first, "after": listing.after, "query": _since_query(listing.since)}
        try:
            data = self.gql(query, variables, cost=2 + first * NODE_COST[resource] + 1)
        except _TooCostly:
            if first == 1:
                raise
            self.page_cap[resource] = max(1, first // 2)  # Shopify counts higher than we do
            return
        block = data[resource]
        nodes = block.get("nodes") or []
        if not listing.started:
            counted = data.get(f"{resource}Count") or {}
            listing.total = int(counted["count"]) if "count" in counted else None
            listing.started = True
        listing.buffer.extend(self._record(resource, node) for node in nodes)
        info = block.get("pageInfo") or {}
        listing.more = bool(info.get("hasNextPage")) and bool(nodes)
        listing.after = info.get("endCursor") or listing.after

    def _record(self, resource: str, node: dict[str, Any]) -> Record:
        if resource == "customers":
            if len(node.get("addresses") or []) >= ADDRESSES:
                node["addresses"] = self._all_addresses(str(node["id"]))
            return _customer(node)
        return _order(self._complete(node))

    def _complete(self, order: dict[str, Any]) -> dict[str, Any]:
        """An order whose lines or fulfillments did not all fit in the page, read whole."""
        lines = order.get("lineItems") or {}
        info = lines.get("pageInfo") or {}
        nodes = builtins.list(lines.get("nodes") or [])
        after = info.get("endCursor")
        while info.get("hasNextPage") and after:
            data = self.gql(
                "query($id: ID!, $after: String) { order(id: $id) { lineItems(first: 100, "
                f"after: $after) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {LINE_FIELDS} }} }} }} }}",
                {"id": order["id"], "after": after},
                cost=2 + 100 * 3 + 1,
            )
            more = ((data.get("order") or {}).get("lineItems")) or {}
            nodes += more.get("nodes") or []
            info = more.get("pageInfo") or {}
            after = info.get("endCursor")
        order["lineItems"] = {"nodes": nodes}
        if len(order.get("fulfillments") or []) >= FULFILLMENTS:
            data = self.gql(
                f"query($id: ID!) {{ order(id: $id) {{ fulfillments(first: 100) {{ {FULFILLMENT_FIELDS} }} }} }}",
                {"id": order["id"]},
                cost=1 + 100 * (1 + TRACKING),
            )
            order["fulfillments"] = (data.get("order") or {}).get("fulfillments") or []
        return order

    def _all_addresses(self, customer: str) -> builtins.list[dict[str, Any]]:
        data = self.gql(
            "query($id: ID!) { customer(id: $id) { addresses(first: 250) "
            "{ id address1 address2 city zip countryCodeV2 } } }",
            {"id": customer},
            cost=251,
        )
        found: builtins.list[dict[str, Any]] = (data.get("customer") or {}).get("addresses") or []
        return found

    @answers("Shopify")
    def refresh(self, resource: str, remote_ids: builtins.list[str]) -> builtins.list[Record]:
        """The current state of these records (parcels on their way, a missing customer)."""
        self._check(resource)
        fields = CUSTOMER_FIELDS if resource == "customers" else ORDER_FIELDS
        kind = "Customer" if resource == "customers" else "Order"
        step = self.page_cap[resource]
        out: builtins.list[Record] = []
        for i in range(0, len(remote_ids), step):
            chunk = remote_ids[i : i + step]
            data = self.gql(
                f"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ ... on {kind} {{ {fields} }} }} }}",
                {"ids": chunk},
                cost=len(chunk) * NODE_COST[resource],
            )
            out += [
                self._record(resource, n)
                for n in data.get("nodes") or []
                if isinstance(n, dict) and n.get("id")
            ]
        return out

    @answers("Shopify")
    def ids(self, resource: str) -> Iterator[str]:
        if resource == "notes":
            for page in self.notes(None, True):
                yield from (r.remote_id for r in page.items)
            return
        self._check(resource)
        after: str | None = None
        while True:
            data = self.gql(
                f"query($first: Int!, $after: String) {{ {resource}(first: $first, after: $after, "
                "sortKey: ID) { pageInfo { hasNextPage endCursor } nodes { id } } }",
                {"first": MAX_FIRST, "after": after},
                cost=2 + MAX_FIRST,
            )
            block = data[resource]
            yield from (str(n["id"]) for n in block.get("nodes") or [])
            info = block.get("pageInfo") or {}
            if not info.get("hasNextPage") or not info.get("endCursor"):
                return
            after = info["endCursor"]

    @answers("Shopify")
    def stamps(self, resource: str) -> Iterator[tuple[str, str]]:
        """(remote id, updated_at) of every record now, for the sweep's comparison."""
        self._check(resource)
        after: str | None = None
        while True:
            data = self.gql(
                f"query($first: Int!, $after: String) {{ {resource}(first: $first, after: $after, "
                "sortKey: ID) { pageInfo { hasNextPage endCursor } nodes { id updatedAt } } }",
                {"first": MAX_FIRST, "after": after},
                cost=2 + MAX_FIRST,
            )
            block = data[resource]
            yield from ((str(n["id"]), utc(n.get("updatedAt")) or "") for n in block["nodes"])
            info = block.get("pageInfo") or {}
            if not info.get("hasNextPage") or not info.get("endCursor"):
                return
            after = info["endCursor"]

    @answers("Shopify")
    def notes(self, since: str | None, full: bool) -> Iterator[Page]:
        """Pages of the notes of the customers and orders changed since ``since``. Changing
        a note changes its owner's updatedAt, so ``full`` reads no more than that."""
        query = _since_query(since)
        for parent, resource in (("customer", "customers"), ("order", "orders")):
            after: str | None = None
            while True:
                data = self.gql(
                    "query($first: Int!, $after: String, $query: String) { "
                    f"{resource}(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) "
                    f"{{ pageInfo {{ hasNextPage endCursor }} nodes {{ {OWNER_FIELDS} }} }} }}",
                    {"first": MAX_FIRST, "after": after, "query": query},
                    cost=2 + MAX_FIRST,
                )
                block = data[resource]
                records = [r for n in block.get("nodes") or [] for r in _owner_notes(parent, n)]
                yield Page(records, None)
                info = block.get("pageInfo") or {}
                if not info.get("hasNextPage") or not info.get("endCursor"):
                    break
                after = info["endCursor"]

    def _list_notes(self, since: str | None, skip: int, take: int) -> Page:
        if skip == 0 or self._notes_cache is None or self._notes_cache[0] != since:
            found = [r for page in self.notes(since, False) for r in page.items]
            found.sort(key=lambda r: (r.updated_at, r.remote_id))
            self._notes_cache = (since, found)
        everything = self._notes_cache[1]
        return Page(everything[skip : skip + take], len(everything))

    @staticmethod
    def _check(resource: str) -> None:
        if resource not in ("customers", "orders"):
            raise ValueError(f"Shopify has no resource {resource!r}")

    # --- bulk ------------------------------------------------------------------------------

    @answers("Shopify")
    def bulk(self, resource: str, since: str | None = None) -> Iterator[Record]:
        """Every record of ``resource`` (changed since ``since``) through bulk operations."""
        if resource == "notes":
            jobs = [("customers", "owners", "customer"), ("orders", "owners", "order")]
        else:
            self._check(resource)
            jobs = [(resource, resource, "")]
        search = _since_query(since)
        self.bulk_started_at = None
        for root, shape, parent in jobs:
            args = f"(query: {json.dumps(search)})" if search else ""
            query = f"{{ {root}{args} {{ edges {{ node {{ {BULK_FIELDS[shape]} }} }} }} }}"
            op = self._bulk_wait(self._bulk_start(query))
            started = str(op.get("createdAt") or "")
            if started and (self.bulk_started_at is None or started < self.bulk_started_at):
                self.bulk_started_at = utc(started)
            if not op.get("url"):
                continue  # nothing matched
            with tempfile.TemporaryFile() as f:
                download(self.http, str(op["url"]), f)
                yield from self._bulk_records(shape, parent, f)

    def _bulk_start(self, query: str) -> str:
        result = self._mutation(
            "mutation($q: String!) { bulkOperationRunQuery(query: $q) { bulkOperation "
            "{ id status } userErrors { field message code } } }",
            {"q": query},
            "bulkOperationRunQuery",
            tolerate="OPERATION_IN_PROGRESS",
        )
        op = result.get("bulkOperation")
        if isinstance(op, dict) and op.get("id"):
            return str(op["id"])
        current = self._bulk_current()
        # ours, started by a try whose answer was lost, or someone else's
        if current and " ".join(str(current.get("query")).split()) == " ".join(query.split()):
            return str(current["id"])
        raise Transient("Another bulk export is running in this shop; try again when it ends.")

    def _bulk_current(self) -> dict[str, Any] | None:
        data = self.gql(
            "{ currentBulkOperation(type: QUERY) { id status errorCode createdAt completedAt "
            "objectCount url query } }",
            cost=2,
        )
        current = data.get("currentBulkOperation")
        return current if isinstance(current, dict) else None

    def _bulk_wait(self, op_id: str) -> dict[str, Any]:
        pause = self.bulk_poll
        while True:
            current = self._bulk_current()
            if current is None or current.get("id") != op_id:
                raise Transient("The shop's bulk export was replaced by another one.")
            status = str(current.get("status"))
            if status in BULK_DONE:
                return current
            if status in BULK_FAILED:
                raise Transient(
                    f"Shopify's bulk export ended {status.lower()} ({current.get('errorCode')})."
                )
            self.sleep(pause)
            pause = min(pause * 1.5, 10.0)

    def _bulk_records(self, shape: str, parent: str, f: IO[bytes]) -> Iterator[Record]:
        children: dict[str, builtins.list[dict[str, Any]]] = {}
        for obj in _jsonl(f):
            if "__parentId" in obj:
                children.setdefault(str(obj["__parentId"]), []).append(obj)
        f.seek(0)
        for obj in _jsonl(f):
            if "__parentId" in obj:
                continue
            if shape == "customers":
                yield _customer(obj)
            elif shape == "orders":
                lines = [
                    c for c in children.get(str(obj["id"]), []) if "/LineItem/" in str(c.get("id"))
                ]
                obj["lineItems"] = {"nodes": lines}
                yield _order(obj)
            else:
                yield from _owner_notes(parent, obj)

    # --- push ------------------------------------------------------------------------------

    @answers("Shopify")
    def find(self, item: OutboxItem) -> Sent | None:
        p = item.payload
        if item.kind == "goodwill" and p.get("kind") == "voucher":
            code = _coupon(item.key)
            data = self.gql(
                "query($c: String!) { codeDiscountNodeByCode(code: $c) { id } }", {"c": code}
            )
            node = data.get("codeDiscountNodeByCode")
            return Sent(str(node["id"]), True, {"coupon": code}) if node else None
        if item.kind == "goodwill" and p.get("kind") == "refund":
            for refund in self._refunds(self._order_id(item)):
                if item.key in str(refund.get("note") or ""):
                    return Sent(str(refund["id"]), _settled(refund))
            return None
        if item.kind == "note_edit":
            owner, key = self._target(item)
            text = self._note(owner)
            found = [b for b in blocks(text)[0] if b.key == key]
            if found and found[0].body == str(p.get("body") or "").strip():
                return Sent(note_id(owner, key))
            return None
        owner = self._owner(item)
        if any(b.key == item.key for b in blocks(self._note(owner))[0]):
            return Sent(note_id(owner, item.key))
        return None

    def send(self, item: OutboxItem) -> Sent:
        p = item.payload
        if item.kind == "note":
            return self._add_block(self._owner(item), LABEL_NOTE, str(p["body"]), item.key)
        if item.kind == "message":
            label = LABEL_REPLY if p.get("public") else LABEL_INTERNAL
            return self._add_block(self._owner(item), label, str(p["body"]), item.key)
        if item.kind == "note_edit":
            return self._edit_block(item)
        if item.kind == "goodwill":
            kind = p.get("kind")
            if kind == "refund":
                return self._refund(item)
            if kind == "voucher":
                return self._voucher(item)
            if kind == "reship":
                reason = str(p.get("reason") or "").strip()
                body = f"Reship approved: {reason}" if reason else "Reship approved."
                return self._add_block(self._order_id(item), LABEL_RESHIP, body, item.key)
        raise Rejected(f"Shopify cannot take a {item.kind!r} change.")

    @staticmethod
    def _owner(item: OutboxItem) -> str:
        owner = item.order_remote or item.customer_remote
        if not owner:
            raise Rejected("This customer is not in the shop, so the note stays here.")
        return owner

    @staticmethod
    def _order_id(item: OutboxItem) -> str:
        if not item.order_remote:
            raise Rejected("This order is not in the shop.")
        return item.order_remote

    @staticmethod
    def _target(item: OutboxItem) -> tuple[str, str]:
        owner, sep, key = (item.target_remote or "").rpartition("/notes/")
        if not sep or not owner:
            if (item.target_remote or "").endswith("/note"):
                raise Rejected("A note written in Shopify is edited in Shopify.")
            raise Rejected("The note has not reached the shop, so its edit cannot either.")
        return owner, key

    def _note(self, owner: str) -> str:
        field = "order" if "/Order/" in owner else "customer"
        data = self.gql(
            f"query($id: ID!) {{ {field}(id: $id) {{ id note }} }}", {"id": owner}, cost=1
        )
        found = data.get(field)
        if not isinstance(found, dict):
            raise Rejected(f"The shop no longer has this {field}.")
        return str(found.get("note") or "")

    def _set_note(self, owner: str, text: str) -> str:
        if "/Order/" in owner:
            result = self._mutation(
                "mutation($i: OrderInput!) { orderUpdate(input: $i) { order { id note } "
                "userErrors { field message } } }",
                {"i": {"id": owner, "note": text}},
                "orderUpdate",
            )
            return str((result.get("order") or {}).get("note") or "")
        result = self._mutation(
            "mutation($i: CustomerInput!) { customerUpdate(input: $i) { customer { id note } "
            "userErrors { field message } } }",
            {"i": {"id": owner, "note": text}},
            "customerUpdate",
        )
        return str((result.get("customer") or {}).get("note") or "")

    def _add_block(self, owner: str, label: str, body: str, key: str) -> Sent:
        current = self._note(owner)
        if any(b.key == key for b in blocks(current)[0]):
            return Sent(note_id(owner, key))  # an earlier try got through after all
        block = block_text(label, self.clock(), body, key)
        text = f"{current.rstrip()}\n\n{block}" if current.strip() else block
        after = self._set_note(owner, text)
        if not any(b.key == key for b in blocks(after)[0]):
            raise Transient("Shopify took the note but did not show it back.")
        return Sent(note_id(owner, key))

    def _edit_block(self, item: OutboxItem) -> Sent:
        owner, key = self._target(item)
        body = str(item.payload.get("body") or "")
        new = replace_block(self._note(owner), key, body)
        if new is None:
            raise Rejected("The note is no longer in the shop (someone removed it there).")
        after = self._set_note(owner, new)
        found = [b for b in blocks(after)[0] if b.key == key]
        if not found or found[0].body != body.strip():
            raise Transient("Shopify took the edit but did not show it back.")
        return Sent(note_id(owner, key))

    def _refunds(self, order: str) -> builtins.list[dict[str, Any]]:
        data = self.gql(
            "query($id: ID!) { order(id: $id) { id refunds(first: 50) { id note "
            "transactions(first: 5) { nodes { status } } } } }",
            {"id": order},
            cost=1 + 50 * 8,
        )
        found = data.get("order")
        if not isinstance(found, dict):
            raise Rejected("The shop no longer has this order.")
        refunds: builtins.list[dict[str, Any]] = found.get("refunds") or []
        return refunds

    def _refund(self, item: OutboxItem) -> Sent:
        order_id = self._order_id(item)
        p = item.payload
        data = self.gql(
            "query($id: ID!) { order(id: $id) { id currencyCode presentmentCurrencyCode "
            "transactions(first: 50) { id kind status gateway "
            "amountSet { shopMoney { amount currencyCode } } parentTransaction { id } } } }",
            {"id": order_id},
            cost=1 + 50 * 4,
        )
        order = data.get("order")
        if not isinstance(order, dict):
            raise Rejected("The shop no longer has this order.")
        currency = str(order.get("currencyCode") or "")
        if order.get("presentmentCurrencyCode") not in (None, currency):
            raise Rejected(
                "The order was paid in another currency than the shop's: refund it in Shopify."
            )
        if p.get("currency") and str(p["currency"]).upper() != currency:
            raise Rejected(f"The order is in {currency}, the refund in {p['currency']}.")
        try:
            amount = Decimal(str(p.get("amount")))
        except InvalidOperation as e:
            raise Rejected(f"{p.get('amount')!r} is not an amount.") from e
        if not amount.is_finite() or amount <= 0:
            raise Rejected("A refund needs an amount above zero.")
        txns = order.get("transactions") or []
        refunded: dict[str, Decimal] = {}
        for t in txns:
            parent = (t.get("parentTransaction") or {}).get("id")
            if t.get("kind") == "REFUND" and t.get("status") == "SUCCESS" and parent:
                refunded[parent] = refunded.get(parent, Decimal(0)) + _amount(t)
        left = amount
        plan = []
        for t in txns:
            if t.get("kind") not in ("SALE", "CAPTURE") or t.get("status") != "SUCCESS":
                continue
            room = _amount(t) - refunded.get(str(t["id"]), Decimal(0))
            if room <= 0 or left <= 0:
                continue
            part = min(room, left)
            left -= part
            plan.append(
                {
                    "orderId": order_id,
                    "parentId": t["id"],
                    "gateway": t.get("gateway") or "manual",
                    "kind": "REFUND",
                    "amount": money(part, currency),
                }
            )
        if left > 0:
            raise Rejected(
                f"The refund ({money(amount, currency)} {currency}) is larger than what is left "
                "to refund of the order's payments."
            )
        reason = str(p.get("reason") or "Goodwill")
        result = self._mutation(
            "mutation($i: RefundInput!) { refundCreate(input: $i) { refund { id note "
            "transactions(first: 5) { nodes { status } } } userErrors { field message } } }",
            {
                "i": {
                    "orderId": order_id,
                    "note": with_marker(reason, item.key),
                    "notify": False,
                    "transactions": plan,
                }
            },
            "refundCreate",
        )
        refund = result.get("refund")
        if not isinstance(refund, dict):
            raise Transient("Shopify took the refund but did not show it back.")
        return Sent(str(refund["id"]), _settled(refund))

    def _voucher(self, item: OutboxItem) -> Sent:
        p = item.payload
        try:
            amount = Decimal(str(p.get("amount")))
        except InvalidOperation as e:
            raise Rejected(f"{p.get('amount')!r} is not an amount.") from e
        if not amount.is_finite() or amount <= 0:
            raise Rejected("A voucher needs an amount above zero.")
        code = _coupon(item.key)
        reason = str(p.get("reason") or "").strip()
        who: dict[str, Any] = (
            {"customers": {"add": [item.customer_remote]}}
            if item.customer_remote
            else {"all": True}
        )
        result = self._mutation(
            "mutation($d: DiscountCodeBasicInput!) { discountCodeBasicCreate(basicCodeDiscount: $d) "
            "{ codeDiscountNode { id } userErrors { field message code } } }",
            {
                "d": {
                    "title": f"Goodwill {code}" + (f": {reason}" if reason else "")[:200],
                    "code": code,
                    "startsAt": stamp(self.clock()),
                    "customerSelection": who,
                    "customerGets": {
                        "value": {
                            "discountAmount": {
                                "amount": money(amount, p.get("currency")),
                                "appliesOnEachItem": False,
                            }
                        },
                        "items": {"all": True},
                    },
                    "appliesOncePerCustomer": True,
                    "usageLimit": 1,
                }
            },
            "discountCodeBasicCreate",
            tolerate="TAKEN",
        )
        node = result.get("codeDiscountNode")
        if isinstance(node, dict) and node.get("id"):
            return Sent(str(node["id"]), True, {"coupon": code})
        found = self.find(item)  # TAKEN: an earlier try made it
        if found is None:
            raise Rejected(f"The code {code} is taken by another discount.")
        return found


# --- normalising ---------------------------------------------------------------------------------


@answers("Shopify", check=True)
def _customer(c: dict[str, Any]) -> Record:
    addresses = [
        {
            "remote_id": str(a["id"]),
            "kind": "shipping",
            "line1": a.get("address1"),
            "line2": a.get("address2") or None,
            "city": a.get("city"),
            "postcode": a.get("zip"),
            "country": (a.get("countryCodeV2") or "").upper() or None,
        }
        for a in c.get("addresses") or []
        if isinstance(a, dict) and a.get("id")
    ]
    name = " ".join(p for p in (c.get("firstName"), c.get("lastName")) if p).strip()
    return Record(
        "customers",
        str(c["id"]),
        utc(c.get("updatedAt")) or "",
        {
            "name": name or c.get("displayName") or str(c.get("email") or c["id"]),
            "email": c.get("email") or None,
            "phone": c.get("phone") or None,
            "locale": c.get("locale") or None,
            "created_at": utc(c.get("createdAt")),
            "addresses": addresses,
        },
    )


@answers("Shopify", check=True)
def _order(o: dict[str, Any]) -> Record:
    total = ((o.get("totalPriceSet") or {}).get("shopMoney")) or {}
    currency = str(o.get("currencyCode") or total.get("currencyCode") or "")
    lines = [
        {
            "sku": line.get("sku") or None,
            "name": line.get("name") or "?",
            "qty": int(line.get("quantity") or 0),
            "unit_price": money(
                ((line.get("originalUnitPriceSet") or {}).get("shopMoney") or {}).get("amount")
                or "0",
                currency,
            ),
        }
        for line in (o.get("lineItems") or {}).get("nodes") or []
        if int(line.get("quantity") or 0) > 0
    ]
    shipments = []
    for f in o.get("fulfillments") or []:
        tracking = (f.get("trackingInfo") or [{}])[0] or {}
        state = str(f.get("displayStatus") or f.get("status") or "").lower()
        shipments.append(
            {
                "remote_id": str(f["id"]),
                "carrier": tracking.get("company") or None,
                "tracking": tracking.get("number") or None,
                "shipped_at": utc(f.get("inTransitAt") or f.get("createdAt")),
                "delivered_at": utc(f.get("deliveredAt")),
                "state": state,
                "updated_at": utc(f.get("updatedAt")),
            }
        )
    status = "cancelled" if o.get("cancelledAt") else str(o.get("displayFulfillmentStatus") or "")
    return Record(
        "orders",
        str(o["id"]),
        utc(o.get("updatedAt")) or "",
        {
            "number": str(o.get("name") or ""),
            "customer_remote_id": str((o.get("customer") or {}).get("id") or "") or None,
            **({} if o.get("customer") else {"guest": {"email": o.get("email")}}),
            "created_at": utc(o.get("createdAt")),
            "status": status.lower(),
            "total": money(total.get("amount") or "0", currency),
            "currency": currency,
            "lines": lines,
            "shipments": shipments,
        },
    )


@answers("Shopify", check=True)
def _owner_notes(parent: str, owner: dict[str, Any]) -> builtins.list[Record]:
    """The notes in an order's or customer's note text."""
    text = owner.get("note")
    if not text:
        return []
    gid = str(owner["id"])
    updated = utc(owner.get("updatedAt")) or ""
    found, rest = blocks(str(text))
    records = [
        Record(
            "notes",
            note_id(gid, b.key),
            updated,
            {
                "parent": parent,
                "parent_remote_id": gid,
                "body": b.body,
                "created_at": b.at,
                "public": b.label == LABEL_REPLY,
                "author": None,
                "ref": b.key,
            },
        )
        for b in found
    ]
    if rest:
        records.insert(
            0,
            Record(
                "notes",
                note_id(gid),
                updated,
                {
                    "parent": parent,
                    "parent_remote_id": gid,
                    "body": rest,
                    "created_at": utc(owner.get("createdAt")) or updated,
                    "public": False,
                    "author": None,
                    "ref": None,
                },
            ),
        )
    return records


def _since_query(since: str | None) -> str | None:
    if not since:
        return None
    return f"updated_at:>='{stamp(whole_second(since))}'"


def _amount(t: dict[str, Any]) -> Decimal:
    return Decimal(str(((t.get("amountSet") or {}).get("shopMoney") or {}).get("amount") or "0"))


def _settled(refund: dict[str, Any]) -> bool:
    statuses = [n.get("status") for n in (refund.get("transactions") or {}).get("nodes") or []]
    return bool(statuses) and all(s == "SUCCESS" for s in statuses)


def _codes(errors: Any) -> set[str]:
    if not isinstance(errors, builtins.list):
        return set()
    return {
        str((e.get("extensions") or {}).get("code"))
        for e in errors
        if isinstance(e, dict) and isinstance(e.get("extensions"), dict)
    }


def _messages(errors: Any) -> str:
    if isinstance(errors, builtins.list):
        return "; ".join(str(e.get("message") if isinstance(e, dict) else e) for e in errors)[:300]
    return str(errors)[:300]


def _jsonl(f: IO[bytes]) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise Transient(f"Line {n} of Shopify's bulk export is not JSON ({e}).") from e
        if isinstance(obj, dict):
            yield obj


def _coupon(key: str) -> str:
    """The voucher's code: short enough to read out on the phone, unique by its key."""
    return "AD-" + key[:10].upper()
