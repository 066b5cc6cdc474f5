"""A small synchronous client of Vendure's Admin API for tests: set up a shop and inspect it.

Used by the sync tests to build a shop (customers, placed and paid orders, fulfillments, notes,
refunds, promotions) and to check what the sync engine wrote back. One ``httpx.Client`` per
client; ``seed()`` sends its mutations in batches (several aliased mutations in one GraphQL
document, which Vendure runs one after another). Money is in minor units (DKK, 25 % tax).

What Vendure 3.7.3 (SQLite, better-sqlite3) does, checked against the running server; the
facts marked [pinned] are asserted by tests/sync/test_vendure_harness.py.

(a) Refunding part of a settled order (v3: by amount, per payment)::

      mutation($i: RefundOrderInput!) { refundOrder(input: $i) {
        ... on Refund { id total reason state method transactionId paymentId createdAt }
        ... on ErrorResult { errorCode message } } }
      $i = {paymentId: "1", amount: 1500, reason: "Bent lid", shipping: 0, adjustment: 0}

    ``amount`` (since 2.2) is the refund; ``lines``/``shipping``/``adjustment`` are deprecated, BUT
    3.7.3 stores shipping and adjustment in NOT NULL columns: leave them out and the call fails
    with "SqliteError: NOT NULL constraint failed: refund.shipping" (then ``.adjustment``). Pass
    both as 0. The refund comes back in state ``Pending`` (the dummy/manual handler has no
    createRefund); ``settleRefund(input: {id, transactionId})`` makes it ``Settled``. More than the
    remaining amount gives ``REFUND_AMOUNT_ERROR`` (with maximumRefundable). Read back with
    ``order(id) { payments { id amount state refunds { id total reason state } } }``; works.
    The order's state stays PaymentSettled and its updatedAt does not change (see (d)); the
    history gets ORDER_REFUND_TRANSITION {refundId, from, to, reason} only when it settles.

(b) A coupon with a fixed order discount: works::

      createPromotion(input: {enabled: true, couponCode: "SORRY-50", conditions: [],
        actions: [{code: "order_fixed_discount", arguments: [{name: "discount", value: "5000"}]}],
        translations: [{languageCode: en, name: "Sorry 50", description: ""}]})
        { ... on Promotion { id couponCode } ... on ErrorResult { errorCode message } }
      promotions(options: {filter: {couponCode: {eq: "SORRY-50"}}}) { items { id couponCode } }

    The discount is net of tax like the prices here: 5000 shows on the order as ``discounts
    [{description: "Sorry 50", amountWithTax: -6250}]`` (5000 + 25 %) and in ``couponCodes``.
    Applying it to a draft: ``applyCouponCodeToDraftOrder(orderId, couponCode)``.

(c) ``updateOrderNote(input: {noteId, note, isPublic})`` and ``updateCustomerNote(input:
    {noteId, note})`` both work and return the HistoryEntry: same id, new ``data.note``, its
    ``updatedAt`` changes, ``createdAt`` stays. The note id comes from the history (the add
    mutations return the Order/Customer, not the entry). ``deleteOrderNote(id)`` /
    ``deleteCustomerNote(id)`` remove the entry without a trace (no tombstone).

(d) [pinned] An order's ``updatedAt`` does NOT change when a note is added or edited, a
    fulfillment is added or transitioned (even though the order's state moves to Shipped or
    Delivered!), or a refund is created or settled. It did change on cancelOrder. The
    fulfillment's own ``updatedAt``, the refund's and the history entries' ``createdAt`` do
    change. A customer's ``updatedAt`` does not change with a customer note either; it changes
    with an updateCustomer that changes a field (one that changes nothing leaves it). So an
    incremental order sync by updatedAt alone misses shipping and refunds: also read the
    history (ORDER_FULFILLMENT, ORDER_FULFILLMENT_TRANSITION, ORDER_REFUND_TRANSITION, ORDER_NOTE)
    or re-read open orders.

(e) [pinned] ``createdAt``/``updatedAt`` are stored as 'YYYY-MM-DD HH:MM:SS' text (whole seconds;
    the API shows ``...:41.000Z``; only orderPlacedAt and customer history entries' createdAt
    carry milliseconds). Filters compare the stored text with the argument formatted as
    'YYYY-MM-DD HH:MM:SS.SSS', so: ``after: T`` is strict (an entity stamped exactly T is not
    returned; ``after: T - 1 ms`` returns it); ``before: T`` is inclusive; ``eq: T`` and
    ``between: {start: T, end: T}`` never match a whole-second stamp. ``take`` is capped at 1000
    ("Cannot take more than 1000 results from a list query"); page with ``skip``.
    Sorting by several keys: graphql-js rebuilds the input object in the *schema's* field order,
    so ``sort: {updatedAt: ASC, id: ASC}`` runs as ORDER BY id, updatedAt (CustomerSortParameter
    and OrderSortParameter list id before createdAt and updatedAt): it sorts by id only.
    ``sort: {updatedAt: ASC}`` alone sorts by updatedAt; ties (many per second) came back in id
    order, which is not promised. So page ``sort: {updatedAt: ASC}, filter: {updatedAt: {after:
    cursor - overlap}}`` with skip, and dedupe by (id, updatedAt).
    Draft orders are in the ``orders`` list too (state "Draft", active false, orderPlacedAt
    null): filter ``state: {notEq: "Draft"}`` or ``orderPlacedAt: {isNull: false}``.
    Order lines come back in no fixed order in list queries.

(f) No query lists history entries across orders or customers (no ``history``/``historyEntries``
    root field; the Query root has none), and ``OrderFilterParameter``/``CustomerFilterParameter``
    have no history fields. Per entity, ``history(options: {filter: {type: {eq: ORDER_NOTE},
    createdAt: {after: X}}, sort: {createdAt: ASC}})`` filters (also by ``updatedAt``, to catch
    edited notes). That field also works nested in a list, so one request reads a page of up
    to 1000 orders with their new entries::

      orders(options: {take: 100, skip: 0}) { items { id history(options: {filter:
        {createdAt: {after: X}}}) { items { id type createdAt updatedAt data } } } }

    (100 orders with nested history: ~0.05 s here.) It still visits every order.

(g) ``order { fulfillments { id state method trackingCode createdAt updatedAt nextStates
    lines { orderLineId quantity } } }``: ``method`` is the carrier given to the
    manual-fulfillment handler (its arguments are ``method`` and ``trackingCode``, both strings;
    it is the only handler). States: Created → Pending (at once, inside addFulfillmentToOrder,
    so the result is already Pending), Pending → Shipped | Delivered | Cancelled, Shipped →
    Delivered | Cancelled, Delivered → Cancelled, Cancelled final; other moves give
    FULFILLMENT_STATE_TRANSITION_ERROR. When all lines are shipped/delivered the order moves to
    Shipped/Delivered (else PartiallyShipped/PartiallyDelivered). There is no mutation to change
    method or trackingCode afterwards. History: ORDER_FULFILLMENT {fulfillmentId} and
    ORDER_FULFILLMENT_TRANSITION {fulfillmentId, from, to} (no carrier or tracking code).
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from agentdesk.core.text import fold
from agentdesk.store import demo_people as P

# --- selections -------------------------------------------------------------------------------

ERROR = "... on ErrorResult { __typename errorCode message }"
CUSTOMER = "id createdAt updatedAt title firstName lastName emailAddress phoneNumber"
FULFILLMENT = (
    "id state method trackingCode createdAt updatedAt nextStates lines { orderLineId quantity }"
)
REFUND = "id createdAt updatedAt total reason state method transactionId paymentId"
PAYMENT = f"id createdAt updatedAt method amount state transactionId refunds {{ {REFUND} }}"
ORDER = f"""id code state active createdAt updatedAt orderPlacedAt currencyCode
  subTotal subTotalWithTax shipping shippingWithTax total totalWithTax totalQuantity couponCodes
  customer {{ id firstName lastName emailAddress }}
  lines {{ id quantity unitPriceWithTax linePriceWithTax productVariant {{ id sku name }} }}
  shippingAddress {{ fullName streetLine1 city postalCode countryCode phoneNumber }}
  discounts {{ description amountWithTax }}
  fulfillments {{ {FULFILLMENT} }}
  payments {{ {PAYMENT} }}"""
HISTORY = "id type createdAt updatedAt isPublic data administrator { id }"
PROMOTION = (
    "id createdAt updatedAt name enabled couponCode startsAt endsAt "
    "actions { code args { name value } } conditions { code args { name value } }"
)
VARIANT = "id sku name price priceWithTax currencyCode stockOnHand product { id name slug }"
MAX_TAKE = 1000  # Vendure's default cap for list queries (apiOptions.adminListQueryLimit)


class VendureAdminError(RuntimeError):
    """A GraphQL error or an ErrorResult (``errorCode``) from the Admin API."""

    def __init__(self, message: str, payload: Any = None) -> None:
        super().__init__(message)
        self.payload = payload


def _checked(value: Any, what: str) -> Any:
    if isinstance(value, dict) and "errorCode" in value:
        raise VendureAdminError(f"{what}: {value['errorCode']}: {value.get('message')}", value)
    if value is None:
        raise VendureAdminError(f"{what}: no result")
    return value


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


class _Batch:
    """Several mutations in one GraphQL document, run by Vendure one after another."""

    def __init__(self) -> None:
        self.types: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self.fields: list[str] = []

    def var(self, type_: str, value: Any) -> str:
        name = f"v{len(self.values)}"
        self.types[name], self.values[name] = type_, value
        return "$" + name

    def add(self, alias: str, call: str, selection: str) -> None:
        self.fields.append(f"{alias}: {call} {{ {selection} }}")

    def __len__(self) -> int:
        return len(self.fields)

    def document(self) -> str:
        head = ", ".join(f"${n}: {t}" for n, t in self.types.items())
        return f"mutation{f'({head})' if head else ''} {{\n" + "\n".join(self.fields) + "\n}"


class AdminClient:
    """Admin API client over one ``httpx.Client`` (keep-alive), authenticated with a bearer token."""

    def __init__(
        self,
        url: str,
        username: str = "superadmin",
        password: str = "superadmin",
        *,
        timeout: float = 30.0,
    ) -> None:
        self.url = url.rstrip("/")
        self.endpoint = f"{self.url}/admin-api"
        self.username, self.password = username, password
        self.token: str | None = None
        self.requests = 0
        self._http = httpx.Client(timeout=timeout)
        self._shipping_method_id: str | None = None

    # --- plumbing ------------------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> AdminClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def gql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """Runs one GraphQL document; raises VendureAdminError on GraphQL errors."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        r = self._http.post(
            self.endpoint, json={"query": query, "variables": variables or {}}, headers=headers
        )
        self.requests += 1
        try:
            body = r.json()
        except ValueError as e:
            raise VendureAdminError(f"HTTP {r.status_code}: {r.text[:500]}") from e
        if body.get("errors"):
            msgs = "; ".join(e.get("message", "?") for e in body["errors"])
            raise VendureAdminError(f"GraphQL: {msgs}", body)
        if r.status_code != 200 or body.get("data") is None:
            raise VendureAdminError(f"HTTP {r.status_code}: {r.text[:500]}", body)
        return body["data"]

    def _run(self, batch: _Batch) -> dict[str, Any]:
        data = self.gql(batch.document(), batch.values)
        for alias, value in data.items():
            _checked(value, alias)
        return data

    def login(self) -> str:
        """Logs the superadmin in; the bearer token comes in the ``vendure-auth-token`` header."""
        self.token = None
        q = """mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
            ... on CurrentUser { id identifier } ... on ErrorResult { errorCode message } } }"""
        r = self._http.post(
            self.endpoint, json={"query": q, "variables": {"u": self.username, "p": self.password}}
        )
        self.requests += 1
        body = r.json()
        if body.get("errors"):
            raise VendureAdminError(f"login: {body['errors']}", body)
        _checked(body["data"]["login"], "login")
        token = r.headers.get("vendure-auth-token")
        if not token:
            raise VendureAdminError("login: no vendure-auth-token header in the answer")
        self.token = token
        return token

    # --- customers -----------------------------------------------------------------------------
    def create_customer(
        self, first: str, last: str, email: str, phone: str | None = None
    ) -> dict[str, Any]:
        q = f"""mutation($i: CreateCustomerInput!) {{ createCustomer(input: $i) {{
            ... on Customer {{ {CUSTOMER} }} {ERROR} }} }}"""
        i = {"firstName": first, "lastName": last, "emailAddress": email, "phoneNumber": phone}
        return _checked(self.gql(q, {"i": i})["createCustomer"], "createCustomer")

    def update_customer(self, customer_id: str, **fields: Any) -> dict[str, Any]:
        """``fields`` in either spelling: first_name=... or firstName=..."""
        q = f"""mutation($i: UpdateCustomerInput!) {{ updateCustomer(input: $i) {{
            ... on Customer {{ {CUSTOMER} }} {ERROR} }} }}"""
        i = {"id": customer_id, **{_camel(k): v for k, v in fields.items()}}
        return _checked(self.gql(q, {"i": i})["updateCustomer"], "updateCustomer")

    def delete_customer(self, customer_id: str) -> dict[str, Any]:
        q = "mutation($id: ID!) { deleteCustomer(id: $id) { result message } }"
        r = self.gql(q, {"id": customer_id})["deleteCustomer"]
        if r["result"] != "DELETED":
            raise VendureAdminError(f"deleteCustomer {customer_id}: {r}", r)
        return r

    def customer(self, customer_id: str) -> dict[str, Any] | None:
        q = f"""query($id: ID!) {{ customer(id: $id) {{ {CUSTOMER}
            addresses {{ id fullName streetLine1 city postalCode country {{ code }} phoneNumber }}
            orders(options: {{take: 100}}) {{ totalItems items {{ id code state }} }} }} }}"""
        return self.gql(q, {"id": customer_id})["customer"]

    def customers(
        self,
        *,
        updated_after: str | None = None,
        take: int = 100,
        skip: int = 0,
        sort: dict[str, str] | None = None,
        filter: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One page: {"items": [...], "totalItems": n}, by default sorted by id.

        ``updated_after`` adds the filter ``updatedAt: {after: ...}`` (strict, see (e))."""
        options = _list_options(updated_after, take, skip, sort, filter)
        q = f"""query($o: CustomerListOptions) {{ customers(options: $o) {{
            totalItems items {{ {CUSTOMER} }} }} }}"""
        return self.gql(q, {"o": options})["customers"]

    def all_customers(self, **kw: Any) -> list[dict[str, Any]]:
        return _all_pages(self.customers, **kw)

    def add_customer_note(self, customer_id: str, note: str, *, public: bool = False) -> None:
        q = """mutation($i: AddNoteToCustomerInput!) { addNoteToCustomer(input: $i) { id } }"""
        self.gql(q, {"i": {"id": customer_id, "note": note, "isPublic": public}})

    def update_customer_note(self, note_id: str, note: str) -> dict[str, Any]:
        q = f"""mutation($i: UpdateCustomerNoteInput!) {{ updateCustomerNote(input: $i) {{
            {HISTORY} }} }}"""
        return self.gql(q, {"i": {"noteId": note_id, "note": note}})["updateCustomerNote"]

    def delete_customer_note(self, note_id: str) -> dict[str, Any]:
        q = "mutation($id: ID!) { deleteCustomerNote(id: $id) { result message } }"
        return self.gql(q, {"id": note_id})["deleteCustomerNote"]

    def customer_history(
        self, customer_id: str, *, filter: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """All history entries of a customer, oldest first (notes are type CUSTOMER_NOTE)."""
        q = f"""query($id: ID!, $o: HistoryEntryListOptions) {{ customer(id: $id) {{
            history(options: $o) {{ totalItems items {{ {HISTORY} }} }} }} }}"""
        return self._history(q, customer_id, "customer", filter)

    def _history(
        self, q: str, entity_id: str, key: str, filter: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        while True:
            o: dict[str, Any] = {
                "take": MAX_TAKE,
                "skip": len(out),
                "sort": {"createdAt": "ASC", "id": "ASC"},
            }
            if filter:
                o["filter"] = filter
            entity = self.gql(q, {"id": entity_id, "o": o})[key]
            if entity is None:
                raise VendureAdminError(f"{key} {entity_id} not found")
            page = entity["history"]
            out += page["items"]
            if not page["items"] or len(out) >= page["totalItems"]:
                return out

    # --- orders --------------------------------------------------------------------------------
    def variants(self) -> list[dict[str, Any]]:
        q = f"""query {{ productVariants(options: {{take: {MAX_TAKE}, sort: {{id: ASC}}}}) {{
            items {{ {VARIANT} }} }} }}"""
        return self.gql(q)["productVariants"]["items"]

    def shipping_method_id(self) -> str:
        if self._shipping_method_id is None:
            q = "query { shippingMethods(options: {take: 10, sort: {id: ASC}}) { items { id code } } }"
            items = self.gql(q)["shippingMethods"]["items"]
            if not items:
                raise VendureAdminError("the shop has no shipping method")
            self._shipping_method_id = items[0]["id"]
        return self._shipping_method_id

    def create_order(
        self,
        customer_id: str,
        lines: Sequence[tuple[str | int, int]],
        address: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A placed and paid order (state PaymentSettled), made as a draft order by the admin.

        ``lines`` are (variant id, quantity); ``address`` a CreateAddressInput (streetLine1 and
        countryCode required), used for shipping and billing. Returns the order (ORDER fields).
        """
        return self.create_orders([(customer_id, lines, address)])[0]

    def create_orders(
        self,
        specs: Sequence[tuple[str, Sequence[tuple[str | int, int]], dict[str, Any] | None]],
        *,
        chunk: int = 10,
    ) -> list[dict[str, Any]]:
        """Many placed orders in few requests: one for the drafts, one per ``chunk`` orders."""
        out: list[dict[str, Any]] = []
        for start in range(0, len(specs), chunk):
            part = specs[start : start + chunk]
            drafts = _Batch()
            for n in range(len(part)):
                drafts.add(f"d{n}", "createDraftOrder", "id")
            ids = [d["id"] for d in self._run(drafts).values()]
            b = _Batch()
            sm = b.var("ID!", self.shipping_method_id())
            for n, (oid, (customer_id, lines, address)) in enumerate(zip(ids, part, strict=True)):
                o = b.var("ID!", oid)
                for k, (variant_id, qty) in enumerate(lines):
                    item = b.var(
                        "AddItemToDraftOrderInput!",
                        {"productVariantId": str(variant_id), "quantity": qty},
                    )
                    b.add(f"o{n}l{k}", f"addItemToDraftOrder(orderId: {o}, input: {item})", ERROR)
                b.add(
                    f"o{n}c",
                    f"setCustomerForDraftOrder(orderId: {o}, customerId: "
                    f"{b.var('ID!', customer_id)})",
                    ERROR,
                )
                addr = b.var(
                    "CreateAddressInput!", address or {"streetLine1": "-", "countryCode": "DK"}
                )
                b.add(f"o{n}s", f"setDraftOrderShippingAddress(orderId: {o}, input: {addr})", "id")
                b.add(f"o{n}b", f"setDraftOrderBillingAddress(orderId: {o}, input: {addr})", "id")
                b.add(
                    f"o{n}m",
                    f"setDraftOrderShippingMethod(orderId: {o}, shippingMethodId: {sm})",
                    ERROR,
                )
                b.add(
                    f"o{n}t",
                    f'transitionOrderToState(id: {o}, state: "ArrangingPayment")',
                    f"... on Order {{ state }} {ERROR}",
                )
                pay = b.var(
                    "ManualPaymentInput!",
                    {
                        "orderId": oid,
                        "method": "manual",
                        "transactionId": f"seed-{oid}",
                        "metadata": {},
                    },
                )
                b.add(
                    f"o{n}p",
                    f"addManualPaymentToOrder(input: {pay})",
                    f"... on Order {{ {ORDER} }} {ERROR}",
                )
            data = self._run(b)
            out += [data[f"o{n}p"] for n in range(len(part))]
        return out

    def order(self, order_id: str) -> dict[str, Any] | None:
        """The order with lines, fulfillments, payments and their refunds, discounts."""
        q = f"query($id: ID!) {{ order(id: $id) {{ {ORDER} }} }}"
        return self.gql(q, {"id": order_id})["order"]

    def orders(
        self,
        *,
        updated_after: str | None = None,
        take: int = 100,
        skip: int = 0,
        sort: dict[str, str] | None = None,
        filter: dict[str, Any] | None = None,
        selection: str = ORDER,
    ) -> dict[str, Any]:
        """One page: {"items": [...], "totalItems": n}, by default sorted by id.

        ``updated_after`` adds the filter ``updatedAt: {after: ...}`` (strict, see (e))."""
        options = _list_options(updated_after, take, skip, sort, filter)
        q = f"""query($o: OrderListOptions) {{ orders(options: $o) {{
            totalItems items {{ {selection} }} }} }}"""
        return self.gql(q, {"o": options})["orders"]

    def all_orders(self, **kw: Any) -> list[dict[str, Any]]:
        return _all_pages(self.orders, **kw)

    def add_fulfillment(
        self,
        order_id: str,
        carrier: str,
        tracking: str,
        lines: Sequence[tuple[str, int]] | None = None,
    ) -> dict[str, Any]:
        """Fulfils ``lines`` (order line id, quantity; default: every line in full) with the
        ``manual-fulfillment`` handler. The new fulfillment is in state Pending."""
        if lines is None:
            order = self.order(order_id)
            if order is None:
                raise VendureAdminError(f"order {order_id} not found")
            lines = [(line["id"], line["quantity"]) for line in order["lines"]]
        b = _Batch()
        b.add("f", f"addFulfillmentToOrder(input: {_fulfil_input(b, lines, carrier, tracking)})",
              f"... on Fulfillment {{ {FULFILLMENT} }} {ERROR}")  # fmt: skip
        return self._run(b)["f"]

    def transition_fulfillment(self, fulfillment_id: str, state: str) -> dict[str, Any]:
        """Pending → Shipped → Delivered (or → Cancelled)."""
        q = f"""mutation($id: ID!, $s: String!) {{ transitionFulfillmentToState(id: $id, state: $s) {{
            ... on Fulfillment {{ {FULFILLMENT} }} {ERROR} }} }}"""
        r = self.gql(q, {"id": fulfillment_id, "s": state})["transitionFulfillmentToState"]
        return _checked(r, f"fulfillment {fulfillment_id} → {state}")

    def add_order_note(self, order_id: str, note: str, *, public: bool = False) -> None:
        q = "mutation($i: AddNoteToOrderInput!) { addNoteToOrder(input: $i) { id } }"
        self.gql(q, {"i": {"id": order_id, "note": note, "isPublic": public}})

    def update_order_note(
        self, note_id: str, note: str, *, public: bool | None = None
    ) -> dict[str, Any]:
        q = f"mutation($i: UpdateOrderNoteInput!) {{ updateOrderNote(input: $i) {{ {HISTORY} }} }}"
        i: dict[str, Any] = {"noteId": note_id, "note": note}
        if public is not None:
            i["isPublic"] = public
        return self.gql(q, {"i": i})["updateOrderNote"]

    def delete_order_note(self, note_id: str) -> dict[str, Any]:
        q = "mutation($id: ID!) { deleteOrderNote(id: $id) { result message } }"
        return self.gql(q, {"id": note_id})["deleteOrderNote"]

    def order_history(
        self, order_id: str, *, filter: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """All history entries of an order, oldest first (notes are type ORDER_NOTE)."""
        q = f"""query($id: ID!, $o: HistoryEntryListOptions) {{ order(id: $id) {{
            history(options: $o) {{ totalItems items {{ {HISTORY} }} }} }} }}"""
        return self._history(q, order_id, "order", filter)

    def refund(
        self,
        order_id: str,
        amount: int,
        reason: str | None = None,
        *,
        payment_id: str | None = None,
        settle: bool = True,
    ) -> dict[str, Any]:
        """Refunds ``amount`` (minor units) of a settled payment (default: the order's first).

        With the dummy/manual payment handler the refund is created Pending; ``settle`` settles
        it (settleRefund) as the shop's staff would after paying the money back.
        """
        if payment_id is None:
            order = self.order(order_id)
            if order is None or not order["payments"]:
                raise VendureAdminError(f"order {order_id} has no payment to refund")
            payment_id = order["payments"][0]["id"]
        q = f"""mutation($i: RefundOrderInput!) {{ refundOrder(input: $i) {{
            ... on Refund {{ {REFUND} }} {ERROR} }} }}"""
        # shipping and adjustment are deprecated, but 3.7.3 saves them into NOT NULL columns:
        # without them the refund fails with "NOT NULL constraint failed: refund.shipping".
        i = {
            "paymentId": payment_id,
            "amount": amount,
            "reason": reason,
            "shipping": 0,
            "adjustment": 0,
        }
        refund = _checked(self.gql(q, {"i": i})["refundOrder"], f"refund order {order_id}")
        if settle and refund["state"] == "Pending":
            q = f"""mutation($i: SettleRefundInput!) {{ settleRefund(input: $i) {{
                ... on Refund {{ {REFUND} }} {ERROR} }} }}"""
            i = {"id": refund["id"], "transactionId": f"refund-{refund['id']}"}
            refund = _checked(self.gql(q, {"i": i})["settleRefund"], "settleRefund")
        return refund

    # --- promotions ----------------------------------------------------------------------------
    def create_promotion(
        self, name: str, coupon_code: str, discount: int, *, enabled: bool = True
    ) -> dict[str, Any]:
        """A coupon giving a fixed discount off the order (``discount`` in minor units)."""
        q = f"""mutation($i: CreatePromotionInput!) {{ createPromotion(input: $i) {{
            ... on Promotion {{ {PROMOTION} }} {ERROR} }} }}"""
        i = {
            "enabled": enabled,
            "couponCode": coupon_code,
            "conditions": [],
            "actions": [
                {
                    "code": "order_fixed_discount",
                    "arguments": [{"name": "discount", "value": str(discount)}],
                }
            ],
            "translations": [{"languageCode": "en", "name": name, "description": ""}],
        }
        return _checked(self.gql(q, {"i": i})["createPromotion"], "createPromotion")

    def promotions(self, coupon_code: str | None = None) -> list[dict[str, Any]]:
        """All promotions, or those with exactly this coupon code."""
        o: dict[str, Any] = {"take": MAX_TAKE, "sort": {"id": "ASC"}}
        if coupon_code is not None:
            o["filter"] = {"couponCode": {"eq": coupon_code}}
        q = f"""query($o: PromotionListOptions) {{ promotions(options: $o) {{
            items {{ {PROMOTION} }} }} }}"""
        return self.gql(q, {"o": o})["promotions"]["items"]

    # --- seeding -------------------------------------------------------------------------------
    def seed(
        self,
        customers: int = 20,
        orders_per_customer: int | tuple[int, int] = 2,
        seed: int = 1,
        *,
        fulfilled_share: float = 0.8,
        chunk: int = 25,
    ) -> SeedSummary:
        """A shop with real-looking customers of five markets and their orders.

        Customers: Danish, English, Egyptian (Arabic script), Indonesian and Vietnamese names
        (the shares of ``demo_people.MARKETS``), most with a phone number. Each gets
        ``orders_per_customer`` orders (an int, or a (min, max) range) of 1–3 lines, placed and
        paid; about ``fulfilled_share`` of them fulfilled with a market carrier and tracking code,
        of which some are shipped and some delivered. Some orders and customers get notes.
        Mutations go in batches of ``chunk`` per request. Same ``seed`` → same names and orders
        (e-mail addresses carry the seed, so seeding twice with different seeds does not clash).
        """
        t0 = time.monotonic()
        requests0 = self.requests
        rng = random.Random(seed)
        people = _People(rng)
        variants = [v["id"] for v in self.variants()]
        summary = SeedSummary()

        made: list[SeededCustomer] = []
        for start in range(0, customers, chunk):
            b = _Batch()
            part: list[SeededCustomer] = []
            for n in range(start, min(customers, start + chunk)):
                c = people.customer(seed, n)
                part.append(c)
                i = {
                    "firstName": c.first_name,
                    "lastName": c.last_name,
                    "emailAddress": c.email,
                    "phoneNumber": c.phone,
                }
                b.add(
                    f"c{n}",
                    f"createCustomer(input: {b.var('CreateCustomerInput!', i)})",
                    f"... on Customer {{ id }} {ERROR}",
                )
            data = self._run(b)
            for n, c in enumerate(part, start):
                c.id = data[f"c{n}"]["id"]
            made += part
        summary.customers = made
        summary.stage_seconds["customers"] = time.monotonic() - t0

        specs: list[tuple[str, list[tuple[str, int]], dict[str, Any]]] = []
        owners: list[SeededCustomer] = []
        lo, hi = (
            orders_per_customer
            if isinstance(orders_per_customer, tuple)
            else (orders_per_customer, orders_per_customer)
        )
        for c in made:
            for _ in range(rng.randint(lo, hi)):
                picked = rng.sample(variants, rng.randint(1, min(3, len(variants))))
                lines = [(v, rng.choice((1, 1, 1, 2, 2, 3))) for v in picked]
                specs.append((c.id, lines, c.address))
                owners.append(c)
        placed = self.create_orders(specs, chunk=max(1, chunk // 3))
        for o, c in zip(placed, owners, strict=True):
            summary.orders.append(
                SeededOrder(
                    id=o["id"],
                    code=o["code"],
                    customer_id=c.id,
                    market=c.market,
                    total_with_tax=o["totalWithTax"],
                    lines=[(line["id"], line["quantity"]) for line in o["lines"]],
                )
            )

        summary.stage_seconds["orders"] = (
            time.monotonic() - t0 - sum(summary.stage_seconds.values())
        )
        to_fulfil = [o for o in summary.orders if rng.random() < fulfilled_share]
        for start in range(0, len(to_fulfil), chunk):
            b = _Batch()
            part_o = to_fulfil[start : start + chunk]
            for n, o in enumerate(part_o):
                o.carrier = rng.choice(P.MARKETS[o.market].carriers)
                o.tracking = _tracking_code(rng, o.carrier, P.MARKETS[o.market].country)
                b.add(
                    f"f{n}",
                    f"addFulfillmentToOrder(input: {_fulfil_input(b, o.lines, o.carrier, o.tracking)})",
                    f"... on Fulfillment {{ id state }} {ERROR}",
                )
            data = self._run(b)
            for n, o in enumerate(part_o):
                o.fulfillment_id, o.fulfillment_state = data[f"f{n}"]["id"], data[f"f{n}"]["state"]

        moves: list[tuple[SeededOrder, str]] = []
        for o in to_fulfil:
            x = rng.random()
            if x < 0.3:
                moves.append((o, "Shipped"))
            elif x < 0.6:
                moves += [(o, "Shipped"), (o, "Delivered")]
        for start in range(0, len(moves), chunk):
            b = _Batch()
            part_m = moves[start : start + chunk]
            for n, (o, state) in enumerate(part_m):
                b.add(
                    f"t{n}",
                    f"transitionFulfillmentToState(id: {b.var('ID!', o.fulfillment_id)}, "
                    f"state: {b.var('String!', state)})",
                    f"... on Fulfillment {{ state }} {ERROR}",
                )
            data = self._run(b)
            for n, (o, _state) in enumerate(part_m):
                o.fulfillment_state = data[f"t{n}"]["state"]

        summary.stage_seconds["fulfilments"] = (
            time.monotonic() - t0 - sum(summary.stage_seconds.values())
        )
        notes: list[tuple[str, str, str]] = []  # (mutation, id, text)
        for o in summary.orders:
            if rng.random() < 0.3:
                notes.append(("addNoteToOrder", o.id, _note(rng, "order", o.market)))
        for c in made:
            if rng.random() < 0.25:
                notes.append(("addNoteToCustomer", c.id, _note(rng, "customer", c.market)))
        for start in range(0, len(notes), chunk):
            b = _Batch()
            for n, (mutation, eid, text) in enumerate(notes[start : start + chunk]):
                kind = (
                    "AddNoteToOrderInput!"
                    if mutation == "addNoteToOrder"
                    else "AddNoteToCustomerInput!"
                )
                i = b.var(kind, {"id": eid, "note": text, "isPublic": False})
                b.add(f"n{n}", f"{mutation}(input: {i})", "id")
            self._run(b)
        summary.order_notes = [(eid, t) for m, eid, t in notes if m == "addNoteToOrder"]
        summary.customer_notes = [(eid, t) for m, eid, t in notes if m == "addNoteToCustomer"]
        summary.seconds = time.monotonic() - t0
        summary.stage_seconds["notes"] = summary.seconds - sum(summary.stage_seconds.values())
        summary.requests = self.requests - requests0
        return summary


def _fulfil_input(b: _Batch, lines: Iterable[tuple[str, int]], carrier: str, tracking: str) -> str:
    return b.var(
        "FulfillOrderInput!",
        {
            "lines": [{"orderLineId": lid, "quantity": q} for lid, q in lines],
            "handler": {
                "code": "manual-fulfillment",
                "arguments": [
                    {"name": "method", "value": carrier},
                    {"name": "trackingCode", "value": tracking},
                ],
            },
        },
    )


def _list_options(
    updated_after: str | None,
    take: int,
    skip: int,
    sort: dict[str, str] | None,
    filter: dict[str, Any] | None,
) -> dict[str, Any]:
    o: dict[str, Any] = {
        "take": take,
        "skip": skip,
        "sort": sort or {"id": "ASC"},  # stable paging; see (e) on sorting by several keys
    }
    f = dict(filter or {})
    if updated_after is not None:
        f["updatedAt"] = {"after": updated_after}
    if f:
        o["filter"] = f
    return o


def _all_pages(fetch: Any, **kw: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    kw.setdefault("take", 100)
    while True:
        page = fetch(skip=len(out), **kw)
        out += page["items"]
        if not page["items"] or len(out) >= page["totalItems"]:
            return out


# --- seed data ---------------------------------------------------------------------------------


@dataclass
class SeededCustomer:
    market: str  # language code of demo_people.MARKETS: da, en, ar, id, vi
    first_name: str
    last_name: str
    email: str
    phone: str | None
    address: dict[str, Any]
    id: str = ""


@dataclass
class SeededOrder:
    id: str
    code: str
    customer_id: str
    market: str
    total_with_tax: int
    lines: list[tuple[str, int]]  # (order line id, quantity)
    carrier: str | None = None
    tracking: str | None = None
    fulfillment_id: str | None = None
    fulfillment_state: str | None = None  # None (not fulfilled), Pending, Shipped, Delivered


@dataclass
class SeedSummary:
    customers: list[SeededCustomer] = field(default_factory=list)
    orders: list[SeededOrder] = field(default_factory=list)
    order_notes: list[tuple[str, str]] = field(default_factory=list)  # (order id, text)
    customer_notes: list[tuple[str, str]] = field(default_factory=list)  # (customer id, text)
    seconds: float = 0.0
    requests: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def customer_ids(self) -> list[str]:
        return [c.id for c in self.customers]

    @property
    def order_ids(self) -> list[str]:
        return [o.id for o in self.orders]

    def counts(self) -> dict[str, int]:
        states = [o.fulfillment_state for o in self.orders]
        return {
            "customers": len(self.customers),
            "orders": len(self.orders),
            "fulfilled": sum(s is not None for s in states),
            "pending": states.count("Pending"),
            "shipped": states.count("Shipped"),
            "delivered": states.count("Delivered"),
            "order_notes": len(self.order_notes),
            "customer_notes": len(self.customer_notes),
        }

    def describe(self) -> str:
        c = self.counts()
        st = self.stage_seconds
        rates = ""
        if st.get("customers") and st.get("orders"):
            rates = (
                f"; customers {c['customers'] / st['customers']:.0f}/s, orders placed "
                f"{c['orders'] / st['orders']:.1f}/s, whole seed "
                f"{(c['customers'] + c['orders']) / self.seconds:.1f} customers+orders/s"
            )
        return (
            f"seeded {c['customers']} customers and {c['orders']} orders ({c['fulfilled']} fulfilled: "
            f"{c['pending']} pending, {c['shipped']} shipped, {c['delivered']} delivered; "
            f"{c['order_notes']} order notes, {c['customer_notes']} customer notes) in "
            f"{self.seconds:.1f} s in {self.requests} requests{rates}"
        )


_POSTCODE = {"da": "{:04d}", "en": "SW{} 1AA", "ar": "{:05d}", "id": "{:05d}", "vi": "{:06d}"}


class _People:
    """Names, phones and addresses per market, the way demo.py makes them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.markets = list(P.MARKETS.values())
        self.weights = [m.share for m in self.markets]
        self.pools: dict[str, dict[str, list[str]]] = {}

    def _pool(self, lang: str) -> dict[str, list[str]]:
        if lang not in self.pools:
            from faker import Faker  # slow import: only for the Faker markets

            m = P.MARKETS[lang]
            fk = Faker(m.faker_locale)
            fk.seed_instance(self.rng.randrange(1 << 30))
            self.pools[lang] = {
                "first": sorted({fk.first_name() for _ in range(200)}),
                "last": sorted({fk.last_name() for _ in range(150)}),
                "street": sorted({fk.street_name() for _ in range(60)}),
                "city": sorted({fk.city() for _ in range(40)}),
            }
        return self.pools[lang]

    def customer(self, seed: int, n: int) -> SeededCustomer:
        r = self.rng
        # The first five cover every market, so any seed of five or more has all of them.
        m = self.markets[n] if n < len(self.markets) else r.choices(self.markets, self.weights)[0]
        lang = m.language
        if lang == "ar":
            first, first_l = r.choice(P.AR_MALE if r.random() < 0.5 else P.AR_FEMALE)
            last, last_l = r.choice(P.AR_FAMILY)
            local = f"{first_l}.{last_l}"
            street, city = r.choice(P.AR_STREETS), r.choice(P.AR_CITIES)
        elif lang == "vi":
            male = r.random() < 0.5
            last = r.choice(P.VI_FAMILY)
            middle = r.choice(P.VI_MIDDLE_MALE if male else P.VI_MIDDLE_FEMALE)
            given = r.choice(P.VI_GIVEN_MALE if male else P.VI_GIVEN_FEMALE)
            first = f"{middle} {given}"  # Vietnamese: family name first in speech, here lastName
            local = fold(f"{given}.{last}").replace(" ", "")
            street, city = r.choice(P.VI_STREETS), r.choice(P.VI_CITIES)
        else:
            pool = self._pool(lang)
            first, last = r.choice(pool["first"]), r.choice(pool["last"])
            local = fold(f"{first}.{last}").replace(" ", "").replace("'", "")
            street, city = r.choice(pool["street"]), r.choice(pool["city"])
        phone = None
        if r.random() < 0.9:
            tail = "".join(str(r.randrange(10)) if ch == "#" else ch for ch in m.phone_shape)
            phone = r.choice(m.phone_prefixes) + tail
        email = f"{local}.{seed}x{n}@{r.choice(m.email_domains)}"
        full = f"{last} {first}" if lang == "vi" else f"{first} {last}"
        address = {
            "fullName": full,
            "streetLine1": f"{street} {r.randint(1, 120)}",
            "city": city,
            "postalCode": _POSTCODE[lang].format(r.randrange(1, 9999)),
            "countryCode": m.country,
            "phoneNumber": phone,
        }
        return SeededCustomer(lang, first, last, email, phone, address)


def _tracking_code(rng: random.Random, carrier: str, country: str) -> str:
    letters = "".join(ch for ch in fold(carrier).upper() if ch.isalpha())[:2].ljust(2, "X")
    return f"{letters}{rng.randrange(10**8, 10**9)}{country}"


_NOTES = {
    "order": {
        "en": ["Customer asked to leave the parcel with a neighbour.", "Gift wrap requested."],
        "da": ["Kunden ønsker pakken leveret til pakkeshop.", "Ring før levering."],
        "ar": ["العميل يطلب التوصيل بعد الساعة الخامسة.", "يرجى الاتصال قبل التوصيل."],
        "id": ["Pelanggan minta dikirim ke kantor.", "Mohon telepon sebelum pengiriman."],
        "vi": ["Khách hẹn giao hàng sau 17 giờ.", "Gọi điện trước khi giao."],
    },
    "customer": {
        "en": ["Prefers e-mail over phone.", "VIP: long-standing customer."],
        "da": ["Foretrækker e-mail frem for telefon.", "Stamkunde siden 2019."],
        "ar": ["يفضل التواصل عبر واتساب.", "عميل مميز منذ سنوات."],
        "id": ["Lebih suka dihubungi lewat WhatsApp.", "Pelanggan setia."],
        "vi": ["Thích liên hệ qua Zalo.", "Khách hàng thân thiết."],
    },
}


def _note(rng: random.Random, kind: str, market: str) -> str:
    return rng.choice(_NOTES[kind][market] + _NOTES[kind]["en"])
