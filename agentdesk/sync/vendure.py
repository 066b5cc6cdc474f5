"""Vendure (GraphQL Admin API) as a shop back end.

Mapping:
- customers and their addresses; orders that have been placed (not carts or drafts) with
  lines, prices including tax, and fulfillments (carrier = the fulfillment's method,
  tracking code, state pending/shipped/delivered/cancelled).
- notes are history entries of type CUSTOMER_NOTE and ORDER_NOTE. Vendure has no list of
  history entries across the shop and a note does not change its order's or customer's
  ``updatedAt``, so ``notes(since, full=False)`` reads the notes of the orders and
  customers that changed since ``since``, and ``full=True`` (the engine's periodic sweep)
  reads every order's and customer's notes newer than ``since``.
- outbox: a note goes on the order (or the customer) as a private note; a reply goes as
  a public note; a refund is ``refundOrder`` on the order's settled payment; a voucher is
  a single-use promotion with a coupon code; a reship is a private order note the
  warehouse acts on. Vendure keeps no client id, so the idempotency key rides in the text
  (notes, the refund's reason, the promotion's description) and ``find`` looks for it.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from agentdesk.sync.answers import answers
from agentdesk.sync.http import Http, RateLimiter, RetryPolicy
from agentdesk.sync.protocol import (
    SHOP_KINDS,
    AuthError,
    OutboxItem,
    Page,
    Record,
    Rejected,
    Sent,
    Transient,
    split_marker,
    with_marker,
)

MAX_TAKE = 100  # Vendure's default cap is 1000; 100 keeps answers small and steady

CUSTOMER_FIELDS = """id createdAt updatedAt firstName lastName emailAddress phoneNumber
  addresses { id streetLine1 streetLine2 city postalCode country { code }
              defaultShippingAddress defaultBillingAddress }"""
ORDER_FIELDS = """id code createdAt updatedAt orderPlacedAt state currencyCode totalWithTax
  customer { id }
  lines { id quantity unitPriceWithTax productVariant { sku name } }
  fulfillments { id createdAt updatedAt state method trackingCode }"""
NOTE_FIELDS = "id createdAt updatedAt type isPublic data administrator { firstName lastName }"


def _money(minor: int | None) -> str:
    return str((Decimal(minor or 0) / 100).quantize(Decimal("0.01")))


def _minor(amount: str) -> int:
    return int((Decimal(amount) * 100).quantize(Decimal("1")))


def _before(ts: str) -> str:
    """A moment just before ``ts``: Vendure's ``after`` is strict and we want ``>=``."""
    t = datetime.fromisoformat(ts.replace("Z", "+00:00")) - timedelta(milliseconds=1)
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _norm(ts: str | None) -> str | None:
    if not ts:
        return None
    t = datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def login(url: str, username: str, password: str, policy: RetryPolicy | None = None) -> str:
    """A bearer token for the admin API (what the connection dialog stores in the keyring)."""
    http = Http(url, policy=policy or RetryPolicy(attempts=2))
    try:
        response = http.client.post(
            "/admin-api",
            json={
                "query": "mutation($u: String!, $p: String!) { login(username: $u, password: $p)"
                " { __typename ... on ErrorResult { message } } }",
                "variables": {"u": username, "p": password},
            },
        )
        data = response.json()
        result = (data.get("data") or {}).get("login") or {}
        token = response.headers.get("vendure-auth-token")
        if result.get("__typename") != "CurrentUser" or not token:
            raise AuthError(result.get("message") or "Vendure did not accept that user name.")
        return str(token)
    except (ValueError, KeyError) as e:
        raise Transient(f"Vendure's answer to the login was not understood ({e})") from e
    finally:
        http.close()


class VendureConnector:
    name = "vendure"
    kinds = SHOP_KINDS
    max_take = MAX_TAKE  # a longer page is cut short, which would read as the end

    def __init__(
        self,
        url: str,
        token: str,
        *,
        policy: RetryPolicy | None = None,
        rate: float = 50.0,
        timeout: float = 30.0,
    ):
        self.http = Http(
            url,
            {"Authorization": f"Bearer {token}"},
            policy=policy,
            limiter=RateLimiter(rate, burst=10),
            timeout=timeout,
        )

    def close(self) -> None:
        self.http.close()

    # --- GraphQL --------------------------------------------------------------------------

    def gql(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body, _ = self.http.request(
            "POST",
            "/admin-api",
            json={"query": query, "variables": variables or {}},
            idempotent=not query.lstrip().startswith("mutation"),
        )
        if not isinstance(body, dict):
            raise Transient("Vendure answered with something that is not a GraphQL response.")
        errors = body.get("errors") or []
        if errors:
            codes = {(e.get("extensions") or {}).get("code") for e in errors}
            message = "; ".join(str(e.get("message")) for e in errors)[:300]
            if "FORBIDDEN" in codes or "UNAUTHORIZED" in codes:
                raise AuthError(f"Vendure refused the token: {message}")
            if body.get("data") is None:
                raise Rejected(f"Vendure refused the request: {message}")
        data = body.get("data")
        if not isinstance(data, dict):
            raise Transient("Vendure's answer had no data.")
        return data

    def _list(
        self, field: str, fields: str, options: dict[str, Any], options_type: str
    ) -> tuple[list[dict[str, Any]], int]:
        data = self.gql(
            f"query($o: {options_type}) {{ {field}(options: $o) {{ totalItems items {{ {fields} }} }} }}",
            {"o": options},
        )
        block = data[field]
        return list(block["items"]), int(block["totalItems"])

    # --- pull -----------------------------------------------------------------------------

    @answers("Vendure")
    def list(self, resource: str, since: str | None, skip: int, take: int) -> Page:
        take = max(1, min(take, MAX_TAKE))
        flt: dict[str, Any] = {}
        if since:
            flt["updatedAt"] = {"after": _before(since)}
        options: dict[str, Any] = {
            "skip": skip,
            "take": take,
            # one key only: graphql-js orders input fields as the schema lists them, so
            # {updatedAt, id} would sort by id first; ties within a second are deduped by
            # the engine
            "sort": {"updatedAt": "ASC"},
        }
        if resource == "customers":
            if flt:
                options["filter"] = flt
            items, total = self._list("customers", CUSTOMER_FIELDS, options, "CustomerListOptions")
            return Page([self._customer(c) for c in items], total)
        if resource == "orders":
            options["filter"] = {**flt, "orderPlacedAt": {"isNull": False}}
            items, total = self._list("orders", ORDER_FIELDS, options, "OrderListOptions")
            return Page([self._order(o) for o in items], total)
        raise ValueError(f"Vendure has no resource {resource!r}")

    @answers("Vendure")
    def refresh(self, resource: str, remote_ids: builtins.list[str]) -> builtins.list[Record]:
        """The current state of these records (orders whose parcels are on their way:
        a fulfillment's progress does not always move the order's ``updatedAt``)."""
        out: builtins.list[Record] = []
        for i in range(0, len(remote_ids), MAX_TAKE):
            chunk = remote_ids[i : i + MAX_TAKE]
            options = {"take": len(chunk), "filter": {"id": {"in": chunk}}}
            if resource == "orders":
                items, _ = self._list("orders", ORDER_FIELDS, options, "OrderListOptions")
                out += [self._order(o) for o in items]
            elif resource == "customers":
                items, _ = self._list("customers", CUSTOMER_FIELDS, options, "CustomerListOptions")
                out += [self._customer(c) for c in items]
        return out

    @answers("Vendure")
    def ids(self, resource: str) -> Iterator[str]:
        field, options_type = {
            "customers": ("customers", "CustomerListOptions"),
            "orders": ("orders", "OrderListOptions"),
        }[resource]
        skip = 0
        while True:
            options: dict[str, Any] = {"skip": skip, "take": 1000, "sort": {"id": "ASC"}}
            if resource == "orders":
                options["filter"] = {"orderPlacedAt": {"isNull": False}}
            items, total = self._list(field, "id", options, options_type)
            yield from (str(i["id"]) for i in items)
            skip += len(items)
            if not items or skip >= total:
                return

    @answers("Vendure")
    def stamps(self, resource: str) -> Iterator[tuple[str, str]]:
        """(remote id, updated_at) of every record now, for the sweep's comparison."""
        field, options_type = {
            "customers": ("customers", "CustomerListOptions"),
            "orders": ("orders", "OrderListOptions"),
        }[resource]
        skip = 0
        while True:
            options: dict[str, Any] = {"skip": skip, "take": 1000, "sort": {"id": "ASC"}}
            if resource == "orders":
                options["filter"] = {"orderPlacedAt": {"isNull": False}}
            items, total = self._list(field, "id updatedAt", options, options_type)
            yield from ((str(i["id"]), _norm(i["updatedAt"]) or "") for i in items)
            skip += len(items)
            if not items or skip >= total:
                return

    @answers("Vendure")
    def notes(self, since: str | None, full: bool) -> Iterator[Page]:
        """Pages of notes newer than ``since``: of changed orders and customers only, or
        of all of them when ``full``."""
        history: dict[str, Any] = {"take": 1000, "sort": {"createdAt": "ASC"}}
        hflt: dict[str, Any] = {}
        if since:
            hflt["updatedAt"] = {"after": _before(since)}
        for parent, field, options_type, note_type in (
            ("order", "orders", "OrderListOptions", "ORDER_NOTE"),
            ("customer", "customers", "CustomerListOptions", "CUSTOMER_NOTE"),
        ):
            hopts = {**history, "filter": {**hflt, "type": {"eq": note_type}}}
            skip = 0
            while True:
                options: dict[str, Any] = {"skip": skip, "take": MAX_TAKE, "sort": {"id": "ASC"}}
                flt: dict[str, Any] = {}
                if since and not full:
                    flt["updatedAt"] = {"after": _before(since)}
                if parent == "order":
                    flt["orderPlacedAt"] = {"isNull": False}
                if flt:
                    options["filter"] = flt
                data = self.gql(
                    f"query($o: {options_type}, $h: HistoryEntryListOptions) {{ {field}"
                    f"(options: $o) {{ totalItems items {{ id history(options: $h) "
                    f"{{ items {{ {NOTE_FIELDS} }} }} }} }} }}",
                    {"o": options, "h": hopts},
                )
                block = data[field]
                records = [
                    self._note(parent, str(item["id"]), entry)
                    for item in block["items"]
                    for entry in item["history"]["items"]
                ]
                yield Page(records, None)
                skip += len(block["items"])
                if not block["items"] or skip >= int(block["totalItems"]):
                    break

    @staticmethod
    @answers("Vendure", check=True)
    def _customer(c: dict[str, Any]) -> Record:
        addresses = []
        for a in c.get("addresses") or []:
            addresses.append(
                {
                    "remote_id": str(a["id"]),
                    "kind": "billing"
                    if a.get("defaultBillingAddress") and not a.get("defaultShippingAddress")
                    else "shipping",
                    "line1": a.get("streetLine1"),
                    "line2": a.get("streetLine2") or None,
                    "city": a.get("city"),
                    "postcode": a.get("postalCode"),
                    "country": ((a.get("country") or {}).get("code") or "").upper() or None,
                }
            )
        name = " ".join(p for p in (c.get("firstName"), c.get("lastName")) if p).strip()
        return Record(
            "customers",
            str(c["id"]),
            _norm(c["updatedAt"]) or "",
            {
                "name": name or str(c.get("emailAddress") or c["id"]),
                "email": c.get("emailAddress") or None,
                "phone": c.get("phoneNumber") or None,
                "locale": None,
                "created_at": _norm(c.get("createdAt")),
                "addresses": addresses,
            },
        )

    @staticmethod
    @answers("Vendure", check=True)
    def _order(o: dict[str, Any]) -> Record:
        lines = [
            {
                "sku": (line.get("productVariant") or {}).get("sku"),
                "name": (line.get("productVariant") or {}).get("name") or "?",
                "qty": int(line["quantity"]),
                "unit_price": _money(line.get("unitPriceWithTax")),
            }
            for line in o.get("lines") or []
            if int(line.get("quantity") or 0) > 0
        ]
        shipments = [
            {
                "remote_id": str(f["id"]),
                "carrier": f.get("method") or None,
                "tracking": f.get("trackingCode") or None,
                "shipped_at": _norm(f.get("createdAt")),
                "delivered_at": _norm(f.get("updatedAt"))
                if f.get("state") == "Delivered"
                else None,
                "state": str(f.get("state") or "").lower(),
                "updated_at": _norm(f.get("updatedAt")),
            }
            for f in o.get("fulfillments") or []
        ]
        return Record(
            "orders",
            str(o["id"]),
            _norm(o["updatedAt"]) or "",
            {
                "number": o["code"],
                "customer_remote_id": str((o.get("customer") or {}).get("id") or ""),
                "created_at": _norm(o.get("orderPlacedAt") or o.get("createdAt")),
                "status": str(o.get("state") or "").lower(),
                "total": _money(o.get("totalWithTax")),
                "currency": o.get("currencyCode") or "EUR",
                "lines": lines,
                "shipments": shipments,
            },
        )

    @staticmethod
    @answers("Vendure", check=True)
    def _note(parent: str, parent_id: str, entry: dict[str, Any]) -> Record:
        text = str((entry.get("data") or {}).get("note") or "")
        body, ref = split_marker(text)
        admin = entry.get("administrator") or {}
        author = " ".join(p for p in (admin.get("firstName"), admin.get("lastName")) if p)
        return Record(
            "notes",
            str(entry["id"]),
            _norm(entry["updatedAt"]) or "",
            {
                "parent": parent,
                "parent_remote_id": parent_id,
                "body": body.strip(),
                "created_at": _norm(entry.get("createdAt")),
                "public": bool(entry.get("isPublic")),
                "author": author or None,
                "ref": ref,
            },
        )

    # --- push -----------------------------------------------------------------------------

    @answers("Vendure")
    def find(self, item: OutboxItem) -> Sent | None:
        marker = item.key
        if item.kind == "goodwill":
            kind = item.payload.get("kind")
            if kind == "voucher":
                data = self.gql(
                    "query($c: String!) { promotions(options: {filter: {couponCode: {eq: $c}}})"
                    " { items { id couponCode } } }",
                    {"c": _coupon(item.key)},
                )
                found = data["promotions"]["items"]
                if found:
                    return Sent(str(found[0]["id"]), True, {"coupon": found[0]["couponCode"]})
                return None
            if kind == "refund":
                order = self._order_payments(item)
                for p in order.get("payments") or []:
                    for r in p.get("refunds") or []:
                        if split_marker(str(r.get("reason") or ""))[1] == marker:
                            return Sent(str(r["id"]), r.get("state") == "Settled")
                return None
        note = self._find_note(item)
        return Sent(note, False) if note else None

    def _find_note(self, item: OutboxItem) -> str | None:
        if item.kind == "note_edit":
            return None  # an edit is idempotent: sending it again changes nothing
        on_order = bool(item.order_remote)
        parent = item.order_remote if on_order else item.customer_remote
        if not parent:
            return None
        field = "order" if on_order else "customer"
        note_type = "ORDER_NOTE" if on_order else "CUSTOMER_NOTE"
        skip = 0
        while True:
            data = self.gql(
                f"query($id: ID!, $h: HistoryEntryListOptions) {{ {field}(id: $id) {{ "
                f"history(options: $h) {{ totalItems items {{ id data }} }} }} }}",
                {
                    "id": parent,
                    "h": {
                        "skip": skip,
                        "take": 1000,
                        "filter": {"type": {"eq": note_type}},
                        "sort": {"createdAt": "DESC"},
                    },
                },
            )
            if data.get(field) is None:
                return None
            block = data[field]["history"]
            for entry in block["items"]:
                if split_marker(str((entry.get("data") or {}).get("note") or ""))[1] == item.key:
                    return str(entry["id"])
            skip += len(block["items"])
            if not block["items"] or skip >= int(block["totalItems"]):
                return None

    def send(self, item: OutboxItem) -> Sent:
        p = item.payload
        if item.kind == "note":
            return self._add_note(item, str(p["body"]), public=False)
        if item.kind == "message":
            return self._add_note(item, str(p["body"]), public=bool(p.get("public")))
        if item.kind == "note_edit":
            if not item.target_remote:
                raise Rejected("The note has not reached the shop, so its edit cannot either.")
            text = with_marker(str(p["body"]), item.key)
            if item.parent == "order":
                self._result(
                    self.gql(
                        "mutation($i: UpdateOrderNoteInput!) { updateOrderNote(input: $i) { id } }",
                        {"i": {"noteId": item.target_remote, "note": text}},
                    ),
                    "updateOrderNote",
                )
            else:
                self._result(
                    self.gql(
                        "mutation($i: UpdateCustomerNoteInput!) { updateCustomerNote(input: $i)"
                        " { id } }",
                        {"i": {"noteId": item.target_remote, "note": text}},
                    ),
                    "updateCustomerNote",
                )
            return Sent(item.target_remote)
        if item.kind == "goodwill":
            kind = p.get("kind")
            if kind == "refund":
                return self._refund(item)
            if kind == "voucher":
                return self._voucher(item)
            if kind == "reship":
                reason = str(p.get("reason") or "")
                return self._add_note(item, f"Reship approved: {reason}", public=False)
        raise Rejected(f"Vendure cannot take a {item.kind!r} change.")

    def _add_note(self, item: OutboxItem, body: str, public: bool) -> Sent:
        text = with_marker(body, item.key)
        if item.order_remote:
            data = self.gql(
                "mutation($i: AddNoteToOrderInput!) { addNoteToOrder(input: $i) { id "
                "history(options: {take: 1, sort: {createdAt: DESC}, "
                'filter: {type: {eq: "ORDER_NOTE"}}}) { items { id data } } } }',
                {"i": {"id": item.order_remote, "note": text, "isPublic": public}},
            )
            entries = self._result(data, "addNoteToOrder")["history"]["items"]
        elif item.customer_remote:
            data = self.gql(
                "mutation($i: AddNoteToCustomerInput!) { addNoteToCustomer(input: $i) { id "
                "history(options: {take: 1, sort: {createdAt: DESC}, "
                'filter: {type: {eq: "CUSTOMER_NOTE"}}}) { items { id data } } } }',
                {"i": {"id": item.customer_remote, "note": text, "isPublic": public}},
            )
            entries = self._result(data, "addNoteToCustomer")["history"]["items"]
        else:
            raise Rejected("This customer is not in the shop, so the note stays here.")
        for entry in entries:
            if split_marker(str((entry.get("data") or {}).get("note") or ""))[1] == item.key:
                return Sent(str(entry["id"]))
        found = self._find_note(item)  # a colleague added a note in the same millisecond
        if found is None:
            raise Transient("Vendure took the note but did not show it back.")
        return Sent(found)

    def _order_payments(self, item: OutboxItem) -> dict[str, Any]:
        if not item.order_remote:
            raise Rejected("This order is not in the shop.")
        data = self.gql(
            "query($id: ID!) { order(id: $id) { id state currencyCode totalWithTax "
            "payments { id state amount refunds { id total reason state } } } }",
            {"id": item.order_remote},
        )
        order = data.get("order")
        if order is None:
            raise Rejected("The shop no longer has this order.")
        result: dict[str, Any] = order
        return result

    def _refund(self, item: OutboxItem) -> Sent:
        order = self._order_payments(item)
        amount = _minor(str(item.payload.get("amount") or "0"))
        payments = [p for p in order.get("payments") or [] if p.get("state") == "Settled"]
        if not payments:
            raise Rejected("The order has no settled payment to refund.")
        payment = max(payments, key=lambda p: int(p.get("amount") or 0))
        refunded = sum(
            int(r.get("total") or 0)
            for r in payment.get("refunds") or []
            if r.get("state") != "Failed"
        )
        if amount > int(payment.get("amount") or 0) - refunded:
            raise Rejected("The refund is larger than what is left of the payment.")
        reason = with_marker(str(item.payload.get("reason") or "Goodwill"), item.key)
        data = self.gql(
            "mutation($i: RefundOrderInput!) { refundOrder(input: $i) { __typename "
            "... on Refund { id state total } ... on ErrorResult { errorCode message } } }",
            {
                "i": {
                    "paymentId": payment["id"],
                    "amount": amount,
                    "reason": reason,
                    # deprecated since 2.2 but still stored NOT NULL on SQLite: give zeros
                    "lines": [],
                    "shipping": 0,
                    "adjustment": 0,
                }
            },
        )
        refund = self._result(data, "refundOrder")
        return Sent(str(refund["id"]), refund.get("state") == "Settled")

    def _voucher(self, item: OutboxItem) -> Sent:
        amount = _minor(str(item.payload.get("amount") or "0"))
        if item.order_remote:  # the agent means the price the customer pays, tax included;
            # Vendure's fixed discount is taken before tax: scale by the order's own tax
            data = self.gql(
                "query($id: ID!) { order(id: $id) { total totalWithTax } }",
                {"id": item.order_remote},
            )
            order = data.get("order") or {}
            gross, net = int(order.get("totalWithTax") or 0), int(order.get("total") or 0)
            if gross > 0 and 0 < net <= gross:
                amount = round(amount * net / gross)
        code = _coupon(item.key)
        reason = with_marker(str(item.payload.get("reason") or "Goodwill"), item.key)
        data = self.gql(
            "mutation($i: CreatePromotionInput!) { createPromotion(input: $i) { __typename "
            "... on Promotion { id couponCode } ... on ErrorResult { errorCode message } } }",
            {
                "i": {
                    "enabled": True,
                    "couponCode": code,
                    "usageLimit": 1,
                    "perCustomerUsageLimit": 1,
                    "conditions": [],
                    "actions": [
                        {
                            "code": "order_fixed_discount",
                            "arguments": [{"name": "discount", "value": str(amount)}],
                        }
                    ],
                    "translations": [
                        {
                            "languageCode": "en",
                            "name": f"Goodwill voucher {code}",
                            "description": reason,
                        }
                    ],
                }
            },
        )
        promotion = self._result(data, "createPromotion")
        return Sent(str(promotion["id"]), True, {"coupon": promotion["couponCode"]})

    @staticmethod
    def _result(data: dict[str, Any], field: str) -> dict[str, Any]:
        value = data.get(field)
        if not isinstance(value, dict):
            raise Rejected(f"Vendure gave no result for {field}.")
        if "errorCode" in value or value.get("__typename", "").endswith("Error"):
            raise Rejected(f"Vendure refused: {value.get('message') or value.get('errorCode')}")
        return value


def _coupon(key: str) -> str:
    """The voucher's code: short enough to read out on the phone, unique by its key."""
    return "AD-" + key[:10].upper()
