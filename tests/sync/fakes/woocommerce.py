"""A fake WooCommerce shop: the REST API v3 (``/wp-json/wc/v3``), as far as AgentDesk uses it.

What it reproduces (checked against WooCommerce's controllers):
- HTTP Basic with the consumer key and secret (or ``consumer_key``/``consumer_secret`` in
  the query, as over HTTPS), 401 ``woocommerce_rest_authentication_error`` otherwise;
- lists with ``page``/``per_page`` (default 10, at most 100, else 400
  ``rest_invalid_param``), ``offset``, ``include``/``exclude``, ``order``, ``orderby`` (for
  orders: date, id, include, title, slug, modified; for customers only id, include, name,
  registered_date), ``_fields``, and ``X-WP-Total``/``X-WP-TotalPages``;
- orders' ``after``/``before``/``modified_after``/``modified_before``, strict (not
  inclusive) as WP_Date_Query makes them, against the local or (``dates_are_gmt``) the
  GMT column; customers ignore these parameters, as WooCommerce's do;
- MySQL's order among equal sort values: orders that share a ``date_modified`` second
  come in an order that changes with the page asked for (ORDER BY without a unique
  tiebreak), so offset paging over them can skip or repeat; orderby=date has WC's
  ``date ID`` tiebreak;
- dates as WordPress gives them: ``date_created`` in the site's time zone (``tz``) and
  ``date_created_gmt`` in UTC, both without an offset, whole seconds;
- order notes (``GET/POST /orders/{id}/notes``, ``DELETE …?force=true``, 501 without
  force): a note does not change its order's ``date_modified``; a customer note is
  e-mailed (recorded in ``emails``);
- refunds (``/orders/{id}/refunds``): ``api_refund`` true (the default) fails with 500 on
  the fake's gateway (bank transfer), an amount above what is left fails with 500
  ``woocommerce_rest_cannot_create_order_refund`` "Invalid refund amount." (WooCommerce's
  status for it), a refund changes the order (``date_modified``, ``refunds``, status
  refunded when all is refunded);
- coupons: codes lower-cased and unique (400 ``woocommerce_rest_coupon_code_already_exists``),
  ``GET /coupons?code=``; customers' ``meta_data`` updated by key with PUT;
- shipments as the WooCommerce Shipment Tracking extension stores them, in the order's
  ``_wc_shipment_tracking_items`` meta.

What it does not: products, taxes, HPOS/legacy differences, OAuth 1.0a over plain HTTP,
webhooks, most validation, and the full set of fields.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from tests.sync.fakes import FakeServer, Request, Response

API = "/wp-json/wc/v3"
ORDER_ORDERBY = ("date", "id", "include", "title", "slug", "modified")
CUSTOMER_ORDERBY = ("id", "include", "name", "registered_date")


def _err(status: int, code: str, message: str, data: Any = None) -> Response:
    return Response(
        status,
        {
            "code": code,
            "message": message,
            "data": data if data is not None else {"status": status},
        },
    )


def _parse_when(value: str) -> datetime:
    """A date-time parameter: an offset is honoured, a bare time is taken as it is."""
    text = value.strip().replace("Z", "+00:00")
    at = datetime.fromisoformat(text)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at


def _sorted_around(
    rows: list[dict[str, Any]], key: Any, start: int, size: int, desc: bool
) -> list[dict[str, Any]]:
    """sorted(rows, key=key, reverse=desc) for key = (modified, an md5 tie) as far as the
    page [start, start + size) can tell: the rows by second, and only the seconds the page
    reaches in tie order (an md5 for every row of a big shop made each page slow)."""
    rows = sorted(rows, key=lambda x: x["modified"], reverse=desc)
    a, b = start, min(len(rows), start + size)
    if a >= b:
        return rows
    while a > 0 and rows[a - 1]["modified"] == rows[a]["modified"]:
        a -= 1
    while b < len(rows) and rows[b]["modified"] == rows[b - 1]["modified"]:
        b += 1
    rows[a:b] = sorted(rows[a:b], key=key, reverse=desc)
    return rows


class WooShop(FakeServer):
    def __init__(
        self,
        key: str = "ck_fake",
        secret: str = "cs_fake",
        *,
        tz: timedelta = timedelta(hours=1),
        currency: str = "DKK",
        now: datetime | None = None,
    ):
        super().__init__()
        self.key, self.secret, self.tz, self.currency = key, secret, tz, currency
        self.now = (now or datetime(2026, 3, 1, 10, 0, tzinfo=UTC)).replace(microsecond=0)
        self.customers: dict[int, dict[str, Any]] = {}
        self.orders: dict[int, dict[str, Any]] = {}
        self.notes: dict[int, dict[str, Any]] = {}
        self.refunds: dict[int, dict[str, Any]] = {}
        self.coupons: dict[int, dict[str, Any]] = {}
        self.emails: list[dict[str, Any]] = []  # customer notes sent to customers
        self.api_user = "Support Desk"  # the user the API keys belong to
        self._posts = itertools.count(100)  # orders, refunds and coupons share post ids
        self._users = itertools.count(2)
        self._comments = itertools.count(1)
        self._meta = itertools.count(1)
        self._items = itertools.count(1)

    # --- the shop, for tests ---------------------------------------------------------------

    def tick(self, seconds: float = 1) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def _at(self, at: datetime | None) -> datetime:
        return (at or self.now).astimezone(UTC).replace(microsecond=0, tzinfo=None)

    def add_customer(
        self,
        first_name: str = "Mette",
        last_name: str = "Kjær",
        *,
        email: str | None = None,
        phone: str = "",
        city: str = "Aarhus",
        role: str = "customer",
        at: datetime | None = None,
    ) -> int:
        with self.lock:
            n = next(self._users)
            when = self._at(at)
            address = {
                "first_name": first_name,
                "last_name": last_name,
                "company": "",
                "address_1": "Vestergade 1" if city else "",
                "address_2": "",
                "city": city,
                "state": "",
                "postcode": "8000" if city else "",
                "country": "DK" if city else "",
            }
            self.customers[n] = {
                "id": n,
                "email": email or f"c{n}@example.com",
                "first_name": first_name,
                "last_name": last_name,
                "username": f"user{n}",
                "role": role,
                "created": when,
                "modified": when,
                "billing": {**address, "email": email or f"c{n}@example.com", "phone": phone},
                "shipping": {**address, "phone": ""},
                "meta": [],
            }
            return n

    def update_customer(self, n: int, at: datetime | None = None, **fields: Any) -> None:
        with self.lock:
            self.customers[n].update(fields)
            self.customers[n]["modified"] = self._at(at)

    def delete_customer(self, n: int) -> None:
        with self.lock:
            del self.customers[n]

    def add_order(
        self,
        customer: int = 0,
        lines: list[tuple[str, str, int, str]] | None = None,
        *,
        status: str = "processing",
        currency: str | None = None,
        at: datetime | None = None,
    ) -> int:
        with self.lock:
            n = next(self._posts)
            when = self._at(at)
            items = []
            for sku, name, qty, price in lines or [("SKU-1", "Tea", 2, "87.25")]:
                subtotal = Decimal(price) * qty
                items.append(
                    {
                        "id": next(self._items),
                        "name": name,
                        "product_id": 10,
                        "variation_id": 0,
                        "quantity": qty,
                        "tax_class": "",
                        "subtotal": f"{subtotal:.2f}",
                        "subtotal_tax": "0.00",
                        "total": f"{subtotal:.2f}",
                        "total_tax": "0.00",
                        "taxes": [],
                        "meta_data": [],
                        "sku": sku,
                        "price": float(price),
                    }
                )
            total = sum((Decimal(i["total"]) for i in items), Decimal(0))
            c = self.customers.get(customer)
            self.orders[n] = {
                "id": n,
                "status": status,
                "currency": currency or self.currency,
                "customer_id": customer,
                "created": when,
                "modified": when,
                "billing": dict(c["billing"]) if c else {"email": "guest@example.com"},
                "shipping": dict(c["shipping"]) if c else {},
                "line_items": items,
                "total": f"{total:.2f}",
                "meta": [],
                "refunds": [],
                "trash": False,
            }
            return n

    def update_order(self, n: int, at: datetime | None = None, **fields: Any) -> None:
        with self.lock:
            self.orders[n].update(fields)
            self.orders[n]["modified"] = self._at(at)

    def delete_order(self, n: int) -> None:
        with self.lock:
            del self.orders[n]
            for nid in [k for k, v in self.notes.items() if v["order_id"] == n]:
                del self.notes[nid]

    def add_tracking(
        self,
        n: int,
        provider: str = "PostNord",
        number: str = "00370712345678",
        at: datetime | None = None,
    ) -> None:
        """What the Shipment Tracking extension stores (it saves the order)."""
        with self.lock:
            o = self.orders[n]
            when = self._at(at)
            meta = next((m for m in o["meta"] if m["key"] == "_wc_shipment_tracking_items"), None)
            if meta is None:
                meta = {"id": next(self._meta), "key": "_wc_shipment_tracking_items", "value": []}
                o["meta"].append(meta)
            meta["value"].append(
                {
                    "tracking_provider": provider.lower(),
                    "custom_tracking_provider": "",
                    "custom_tracking_link": "",
                    "tracking_number": number,
                    "date_shipped": str(int(when.replace(tzinfo=UTC).timestamp())),
                    "tracking_id": hashlib.md5(f"{n}{number}".encode()).hexdigest(),
                }
            )
            o["modified"] = when

    def add_note(
        self,
        order: int,
        text: str,
        *,
        customer_note: bool = False,
        author: str = "system",
        at: datetime | None = None,
    ) -> int:
        """A note written in the shop (it leaves the order's date_modified alone)."""
        with self.lock:
            if order not in self.orders:
                raise KeyError(order)
            n = next(self._comments)
            self.notes[n] = {
                "id": n,
                "order_id": order,
                "author": author,
                "date": self._at(at),
                "note": text,
                "customer_note": customer_note,
            }
            if customer_note:
                self.emails.append({"order": order, "note": text})
            return n

    def notes_of(self, order: int) -> list[dict[str, Any]]:
        with self.lock:
            return [self._note_view(x) for x in self.notes.values() if x["order_id"] == order]

    def refunds_of(self, order: int) -> list[dict[str, Any]]:
        with self.lock:
            return [self._refund_view(self.refunds[r]) for r in self.orders[order]["refunds"]]

    # --- views -----------------------------------------------------------------------------

    def _dates(self, name: str, at: datetime | None) -> dict[str, str | None]:
        if at is None:
            return {f"date_{name}": None, f"date_{name}_gmt": None}
        return {
            f"date_{name}": (at + self.tz).strftime("%Y-%m-%dT%H:%M:%S"),
            f"date_{name}_gmt": at.strftime("%Y-%m-%dT%H:%M:%S"),
        }

    def _customer_view(self, c: dict[str, Any], paying: set[int] | None = None) -> dict[str, Any]:
        """`paying`: the ids of customers with an order, when a list has worked them out."""
        if paying is None:
            paying = (
                {c["id"]}
                if any(o["customer_id"] == c["id"] for o in self.orders.values())
                else set()
            )
        return {
            "id": c["id"],
            **self._dates("created", c["created"]),
            **self._dates("modified", c["modified"]),
            "email": c["email"],
            "first_name": c["first_name"],
            "last_name": c["last_name"],
            "role": c["role"],
            "username": c["username"],
            "billing": dict(c["billing"]),
            "shipping": dict(c["shipping"]),
            "is_paying_customer": c["id"] in paying,
            "avatar_url": "https://secure.gravatar.com/avatar/?s=96&d=mm&r=g",
            "meta_data": [dict(m) for m in c["meta"]],
            "_links": {"self": [{"href": f"{self.url}{API}/customers/{c['id']}"}]},
        }

    def _order_view(self, o: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": o["id"],
            "parent_id": 0,
            "status": o["status"],
            "currency": o["currency"],
            "version": "9.4.0",
            "prices_include_tax": False,
            **self._dates("created", o["created"]),
            **self._dates("modified", o["modified"]),
            "discount_total": "0.00",
            "discount_tax": "0.00",
            "shipping_total": "0.00",
            "shipping_tax": "0.00",
            "cart_tax": "0.00",
            "total": o["total"],
            "total_tax": "0.00",
            "customer_id": o["customer_id"],
            "order_key": f"wc_order_{o['id']}",
            "billing": dict(o["billing"]),
            "shipping": dict(o["shipping"]),
            "payment_method": "bacs",
            "payment_method_title": "Direct bank transfer",
            "transaction_id": "",
            "created_via": "checkout",
            "customer_note": "",
            **self._dates("completed", None),
            **self._dates("paid", o["created"]),
            "number": str(o["id"]),
            "meta_data": [dict(m) for m in o["meta"]],
            "line_items": [dict(i) for i in o["line_items"]],
            "tax_lines": [],
            "shipping_lines": [],
            "fee_lines": [],
            "coupon_lines": [],
            "refunds": [
                {
                    "id": r,
                    "reason": self.refunds[r]["reason"],
                    "total": f"-{Decimal(self.refunds[r]['amount']):.2f}",
                }
                for r in reversed(o["refunds"])
            ],
            "currency_symbol": "kr.",
            "_links": {"self": [{"href": f"{self.url}{API}/orders/{o['id']}"}]},
        }

    def _note_view(self, x: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": x["id"],
            "author": x["author"],
            **self._dates("created", x["date"]),
            "note": x["note"],
            "customer_note": x["customer_note"],
        }

    def _refund_view(self, r: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": r["id"],
            **self._dates("created", r["date"]),
            "amount": f"{Decimal(r['amount']):.2f}",
            "reason": r["reason"],
            "refunded_by": 1,
            "refunded_payment": False,
            "meta_data": [],
            "line_items": [],
        }

    def _coupon_view(self, c: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": c["id"],
            "code": c["code"],
            "amount": c["amount"],
            **self._dates("created", c["date"]),
            **self._dates("modified", c["date"]),
            "discount_type": c["discount_type"],
            "description": c["description"],
            "usage_count": 0,
            "individual_use": c["individual_use"],
            "usage_limit": c["usage_limit"],
            "usage_limit_per_user": c["usage_limit_per_user"],
            "email_restrictions": list(c["email_restrictions"]),
            "meta_data": [],
        }

    # --- HTTP ------------------------------------------------------------------------------

    def _authorised(self, r: Request) -> bool:
        auth = r.headers.get("authorization", "")
        if auth.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
            except ValueError:
                return False
            return user == self.key and password == self.secret
        return r.arg("consumer_key") == self.key and r.arg("consumer_secret") == self.secret

    def handle(self, r: Request) -> Response:
        if not r.path.startswith(API + "/"):
            return _err(
                404, "rest_no_route", "No route was found matching the URL and request method."
            )
        if not self._authorised(r):
            if r.headers.get("authorization") or r.arg("consumer_key"):
                return _err(
                    401, "woocommerce_rest_authentication_error", "Consumer key is invalid."
                )
            return _err(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
        path = r.path[len(API) :]
        routes = [
            (r"/customers", "customers"),
            (r"/customers/(\d+)", "customer"),
            (r"/orders", "orders"),
            (r"/orders/(\d+)", "order"),
            (r"/orders/(\d+)/notes", "notes"),
            (r"/orders/(\d+)/notes/(\d+)", "note"),
            (r"/orders/(\d+)/refunds", "refunds"),
            (r"/coupons", "coupons"),
        ]
        for pattern, name in routes:
            m = re.fullmatch(pattern, path)
            if m:
                method = getattr(self, f"_{name}_{r.method.lower()}", None)
                if method is None:
                    break
                return method(r, *(int(g) for g in m.groups()))  # type: ignore[no-any-return]
        return _err(404, "rest_no_route", "No route was found matching the URL and request method.")

    # lists

    def _page(
        self,
        r: Request,
        rows: list[dict[str, Any]],
        view: Any,
        orderby: str,
        allowed: tuple[str, ...],
    ) -> Response:
        try:
            per_page = int(r.arg("per_page", "10") or 10)
            page = int(r.arg("page", "1") or 1)
            offset = int(r.arg("offset")) if r.arg("offset") else None
        except ValueError:
            return _err(400, "rest_invalid_param", "Invalid parameter(s): per_page")
        if not 1 <= per_page <= 100:
            return _err(
                400,
                "rest_invalid_param",
                "Invalid parameter(s): per_page",
                {
                    "status": 400,
                    "params": {
                        "per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"
                    },
                },
            )
        if orderby not in allowed:
            return _err(
                400,
                "rest_invalid_param",
                "Invalid parameter(s): orderby",
                {
                    "status": 400,
                    "params": {"orderby": f"orderby is not one of {', '.join(allowed)}."},
                },
            )
        include = [int(x) for x in (r.arg("include") or "").split(",") if x.strip()]
        exclude = {int(x) for x in (r.arg("exclude") or "").split(",") if x.strip()}
        if include:
            rows = [x for x in rows if x["id"] in include]
        rows = [x for x in rows if x["id"] not in exclude]
        desc = (r.arg("order") or "asc") == "desc"
        start = offset if offset is not None else (page - 1) * per_page
        seed = f"{start}:{per_page}"

        def key(x: dict[str, Any]) -> Any:
            if orderby == "id":
                return (x["id"],)
            if orderby == "include":
                return (include.index(x["id"]) if include else x["id"],)
            if orderby == "modified":
                # no unique tiebreak: MySQL orders equal values as the plan happens to
                tie = hashlib.md5(f"{seed}:{x['id']}".encode()).hexdigest()
                return (x["modified"], tie)
            if orderby in ("date", "registered_date"):
                return (x["created"], x["id"])
            return (f"{x.get('last_name', '')} {x.get('first_name', '')}", x["id"])

        if orderby == "modified":
            rows = _sorted_around(rows, key, start, per_page, desc)
        else:
            rows = sorted(rows, key=key, reverse=desc)
        total = len(rows)
        chunk = rows[start : start + per_page]
        pages = -(-total // per_page) if total else 0
        body = [self._fields(view(x), r.arg("_fields")) for x in chunk]
        return Response(200, body, {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})

    @staticmethod
    def _fields(obj: dict[str, Any], fields: str | None) -> dict[str, Any]:
        if not fields:
            return obj
        wanted = {f.strip().split(".")[0] for f in fields.split(",") if f.strip()}
        return {k: v for k, v in obj.items() if k in wanted}

    def _customers_get(self, r: Request) -> Response:
        role = r.arg("role") or "customer"
        rows = [c for c in self.customers.values() if role == "all" or c["role"] == role]
        email = r.arg("email")
        if email:
            rows = [c for c in rows if c["email"].lower() == email.lower()]
        # modified_after and friends are not customer parameters: WordPress ignores them
        paying = {o["customer_id"] for o in self.orders.values()}  # once a page, not a row
        return self._page(
            r,
            rows,
            lambda c: self._customer_view(c, paying),
            r.arg("orderby") or "name",
            CUSTOMER_ORDERBY,
        )

    def _dated(self, r: Request, rows: list[dict[str, Any]]) -> list[dict[str, Any]] | Response:
        gmt = (r.arg("dates_are_gmt") or "").lower() in ("1", "true")
        shift = timedelta(0) if gmt else self.tz
        for param, field, after in (
            ("after", "created", True),
            ("before", "created", False),
            ("modified_after", "modified", True),
            ("modified_before", "modified", False),
        ):
            value = r.arg(param)
            if not value:
                continue
            try:
                bound = _parse_when(value)
            except ValueError:
                return _err(400, "rest_invalid_param", f"Invalid parameter(s): {param}")
            if after:
                rows = [x for x in rows if x[field] + shift > bound]
            else:
                rows = [x for x in rows if x[field] + shift < bound]
        return rows

    def _orders_get(self, r: Request) -> Response:
        statuses = (r.arg("status") or "any").split(",")
        rows = [
            o
            for o in self.orders.values()
            if ("any" in statuses and not o["trash"]) or o["status"] in statuses
        ]
        customer = r.arg("customer")
        if customer:
            rows = [o for o in rows if str(o["customer_id"]) == customer]
        dated = self._dated(r, rows)
        if isinstance(dated, Response):
            return dated
        r.query.setdefault("order", ["desc"])
        return self._page(r, dated, self._order_view, r.arg("orderby") or "date", ORDER_ORDERBY)

    # single records

    def _customer_get(self, r: Request, n: int) -> Response:
        c = self.customers.get(n)
        if c is None:
            return _err(404, "woocommerce_rest_invalid_id", "Invalid resource ID.")
        return Response(200, self._fields(self._customer_view(c), r.arg("_fields")))

    def _customer_put(self, r: Request, n: int) -> Response:
        c = self.customers.get(n)
        if c is None:
            return _err(404, "woocommerce_rest_invalid_id", "Invalid resource ID.")
        body = r.json() or {}
        for k in ("first_name", "last_name", "email"):
            if k in body:
                c[k] = body[k]
        for m in body.get("meta_data") or []:
            found = next((x for x in c["meta"] if x["key"] == m["key"]), None)
            if found is None:
                c["meta"].append({"id": next(self._meta), "key": m["key"], "value": m.get("value")})
            else:
                found["value"] = m.get("value")
        c["modified"] = self._at(None)
        return Response(200, self._customer_view(c))

    _customer_post = _customer_put

    def _order_get(self, r: Request, n: int) -> Response:
        o = self.orders.get(n)
        if o is None:
            return _err(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return Response(200, self._fields(self._order_view(o), r.arg("_fields")))

    def _notes_get(self, r: Request, n: int) -> Response:
        if n not in self.orders:
            return _err(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        kind = r.arg("type") or "any"
        notes = [x for x in self.notes.values() if x["order_id"] == n]
        if kind == "customer":
            notes = [x for x in notes if x["customer_note"]]
        elif kind == "internal":
            notes = [x for x in notes if not x["customer_note"]]
        notes.sort(key=lambda x: (x["date"], x["id"]), reverse=True)
        return Response(200, [self._note_view(x) for x in notes])

    def _notes_post(self, r: Request, n: int) -> Response:
        if n not in self.orders:
            return _err(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        body = r.json() or {}
        if not body.get("note"):
            return _err(400, "rest_missing_callback_param", "Missing parameter(s): note")
        author = self.api_user if body.get("added_by_user") else "system"
        nid = self.add_note(
            n, str(body["note"]), customer_note=bool(body.get("customer_note")), author=author
        )
        return Response(201, self._note_view(self.notes[nid]))

    def _note_get(self, r: Request, n: int, nid: int) -> Response:
        x = self.notes.get(nid)
        if x is None or x["order_id"] != n:
            return _err(404, "woocommerce_rest_invalid_id", "Invalid resource ID.")
        return Response(200, self._note_view(x))

    def _note_delete(self, r: Request, n: int, nid: int) -> Response:
        x = self.notes.get(nid)
        if x is None or x["order_id"] != n:
            return _err(404, "woocommerce_rest_invalid_id", "Invalid resource ID.")
        if (r.arg("force") or "").lower() not in ("1", "true"):
            return _err(
                501, "woocommerce_rest_trash_not_supported", "Resource does not support trashing."
            )
        view = self._note_view(x)
        del self.notes[nid]
        return Response(200, view)

    def _refunds_get(self, r: Request, n: int) -> Response:
        o = self.orders.get(n)
        if o is None:
            return _err(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        return Response(200, [self._refund_view(self.refunds[x]) for x in reversed(o["refunds"])])

    def _refunds_post(self, r: Request, n: int) -> Response:
        o = self.orders.get(n)
        if o is None:
            return _err(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
        body = r.json() or {}
        try:
            amount = Decimal(str(body.get("amount") or "0"))
        except ArithmeticError:
            amount = Decimal(-1)
        if body.get("api_refund", True) is not False:
            return _err(
                500,
                "woocommerce_rest_cannot_create_order_refund",
                "The payment gateway for this order does not support automatic refunds.",
                500,
            )
        done = sum((Decimal(self.refunds[x]["amount"]) for x in o["refunds"]), Decimal(0))
        left = Decimal(o["total"]) - done
        if amount <= 0 or amount > left:
            return _err(
                500, "woocommerce_rest_cannot_create_order_refund", "Invalid refund amount.", 500
            )
        rid = next(self._posts)
        self.refunds[rid] = {
            "id": rid,
            "order_id": n,
            "amount": str(amount),
            "reason": str(body.get("reason") or ""),
            "date": self._at(None),
        }
        o["refunds"].append(rid)
        o["modified"] = self._at(None)
        if amount == left:
            o["status"] = "refunded"
        return Response(201, self._refund_view(self.refunds[rid]))

    def _coupons_get(self, r: Request) -> Response:
        rows = list(self.coupons.values())
        code = r.arg("code")
        if code:
            rows = [c for c in rows if c["code"] == code.strip().lower()]
        r.query.setdefault("orderby", ["id"])
        return self._page(r, rows, self._coupon_view, "id", ("id",))

    def _coupons_post(self, r: Request) -> Response:
        body = r.json() or {}
        code = str(body.get("code") or "").strip().lower()
        if not code:
            return _err(
                400, "woocommerce_rest_empty_coupon_code", "The coupon code cannot be empty."
            )
        if any(c["code"] == code for c in self.coupons.values()):
            return _err(
                400, "woocommerce_rest_coupon_code_already_exists", "The coupon code already exists"
            )
        n = next(self._posts)
        self.coupons[n] = {
            "id": n,
            "code": code,
            "amount": f"{Decimal(str(body.get('amount') or '0')):.2f}",
            "date": self._at(None),
            "discount_type": body.get("discount_type") or "fixed_cart",
            "description": body.get("description") or "",
            "individual_use": bool(body.get("individual_use")),
            "usage_limit": body.get("usage_limit"),
            "usage_limit_per_user": body.get("usage_limit_per_user"),
            "email_restrictions": list(body.get("email_restrictions") or []),
        }
        return Response(201, self._coupon_view(self.coupons[n]))
