"""WooCommerce (REST API v3, ``/wp-json/wc/v3``) as a shop back end.

Auth is HTTP Basic with a consumer key and secret (read/write), over HTTPS.

Reading
- orders: ``orderby=modified&order=asc``, ``modified_after`` with ``dates_are_gmt=true``
  (WooCommerce 5.8+). ``modified_after`` is strict and WooCommerce keeps whole seconds,
  so ``since`` is asked as "after the second before". MySQL gives orders of the same
  second in no fixed order, and differently from one offset to the next, so offsets are
  not trusted inside one second: the engine's follow-up for "a whole page in one
  instant" (same ``since``, ``skip`` > 0) reads that second's orders in id order, then
  goes on after it. Number = the order's number, status = its status word, total and
  unit prices (with tax) as decimal strings, the customer 0 of a guest order as None.
  Shipments come from the Shipment Tracking extension's ``_wc_shipment_tracking_items``
  (WooCommerce itself has none): carrier, number, date shipped, state "shipped".
- customers: WooCommerce has no ``modified_after`` and no ``orderby=modified`` for
  customers. The connector reads every customer's id and ``date_modified_gmt``
  (``_fields``, 100 a request) once per listing, sorts them, and fetches the pages' full
  records with ``include``. A page's ``updated_at`` is the one seen in that sweep, so a
  customer changed during the listing is simply read again by the next sync. Billing
  and shipping addresses become the two addresses; phone is the billing phone; locale
  is unknown (None).
- Walks in id order (sweeps, id lists) use ``offset`` with a few records of overlap and
  step back when records before them were deleted, so none is skipped.

Notes. Order notes (``/orders/{id}/notes``) are the notes of orders; a note does not
change its order's ``date_modified`` (WooCommerce stores it as a comment without saving
the order), so ``notes(since, full=False)`` finds the new notes of orders that changed for
another reason, and only the periodic full pass (one request per order: every order's
notes the first time, then those of orders changed in the ``notes_days`` before it) finds
a note written in the shop on an order that did not otherwise change.
WooCommerce has no notes on customers: AgentDesk's go into the customer's ``meta_data``
under ``agentdesk_note_<key>`` (body, times, public), which is idempotent by key, visible
to plugins and the REST API but not on the admin's user page.

Outbox: a note or an internal message is a private order note; a public reply is a
customer note, which WooCommerce e-mails to the customer, so its marker is an HTML
comment (``<!-- [agentdesk:…] -->``) that the HTML mail and the admin do not show. Order
notes cannot be edited in WooCommerce: an edit deletes the note and adds the new text as
a new note (new remote id, the edit's marker, today's date). A refund is recorded with
``api_refund: false`` (WooCommerce does not pay it out: the money goes back through the
payment provider by hand, so it is never 'confirmed'), the marker in its reason, after
checking it is not more than what is left to refund: WooCommerce answers a too-large
refund with HTTP 500, which would otherwise look transient. A voucher is a single-use
fixed-cart coupon with a code derived from the key (``ad-`` and ten hex digits;
WooCommerce lower-cases codes and takes any case at checkout), restricted to the order's
billing e-mail. A reship is a private order note.
"""

from __future__ import annotations

import builtins
import contextlib
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from agentdesk.core.timefmt import parse_rfc3339, seconds_text
from agentdesk.sync.answers import answers, bad
from agentdesk.sync.http import Http, RateLimiter, RetryPolicy
from agentdesk.sync.protocol import (
    SHOP_KINDS,
    OutboxItem,
    Page,
    Record,
    Rejected,
    Sent,
    Transient,
    split_marker,
    with_marker,
)
from agentdesk.sync.retrying import money, stamp, utc, whole_second, write

API = "/wp-json/wc/v3"
PER_PAGE = 100  # WooCommerce's maximum
OVERLAP = 5  # records read again at each step of a walk, to notice deletions before it
NOTE_META = "agentdesk_note_"
TRACKING_META = "_wc_shipment_tracking_items"
COMMENT_MARKER = re.compile(r"\s*<!--\s*\[agentdesk:([0-9a-f]{32})\]\s*-->\s*$")
SECOND = timedelta(seconds=1)


@dataclass
class _Sweep:
    """Every customer's (updated_at, id), sorted, as one walk saw them."""

    taken: float
    since: str
    keys: builtins.list[tuple[str, str]]


class WooConnector:
    name = "woocommerce"
    kinds = SHOP_KINDS

    def __init__(
        self,
        url: str,
        key: str,
        secret: str,
        *,
        http: Http | None = None,
        policy: RetryPolicy | None = None,
        timeout: float = 30.0,
        rate: float = 20.0,
        on_retry: Callable[[str], None] | None = None,
        sweep_ttl: float = 600.0,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        notes_days: int | None = 120,
    ):
        self.http = http or Http(
            url,
            auth=(key, secret),
            policy=policy,
            timeout=timeout,
            limiter=RateLimiter(rate, burst=max(1, int(rate))) if rate > 0 else None,
            on_retry=on_retry,
        )
        self.clock = clock
        self.sweep_ttl = sweep_ttl
        # A full pass after the first reads the notes of orders changed in these many days
        # before its start (a request per order; WooCommerce has no listing of all notes)
        self.notes_days = notes_days
        self._sweep: _Sweep | None = None
        self._notes_cache: tuple[str | None, builtins.list[Record]] | None = None

    def close(self) -> None:
        self.http.close()

    def get(self, path: str, **params: Any) -> tuple[Any, httpx.Headers]:
        return self.http.request(
            "GET", API + path, params={k: v for k, v in params.items() if v is not None}
        )

    def _items(self, path: str, **params: Any) -> tuple[builtins.list[dict[str, Any]], int | None]:
        body, headers = self.get(path, **params)
        if not isinstance(body, builtins.list):
            raise Transient(f"WooCommerce answered {path} with something that is not a list.")
        total = headers.get("X-WP-Total")
        return body, int(total) if total and total.isdigit() else None

    def _one(self, path: str, **params: Any) -> dict[str, Any]:
        body, _ = self.get(path, **params)
        if not isinstance(body, dict):
            raise Transient(f"WooCommerce answered {path} with something that is not a record.")
        return body

    def walk(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every record of a list in id order, each once, while others are added or deleted."""
        last, offset = 0, 0
        while True:
            items, _ = self._items(
                path, **params, orderby="id", order="asc", per_page=PER_PAGE, offset=offset or None
            )
            if offset and (not items or int(items[0]["id"]) > last):
                offset = max(0, offset - PER_PAGE)  # records before us went away: step back
                continue
            yield from (x for x in items if int(x["id"]) > last)
            if len(items) < PER_PAGE:
                return
            last = max(last, int(items[-1]["id"]))
            offset += len(items) - OVERLAP

    # --- pull ------------------------------------------------------------------------------

    @answers("WooCommerce")
    def list(self, resource: str, since: str | None, skip: int, take: int) -> Page:
        take = max(1, take)
        if resource == "orders":  # exact slices of at most 100, so they add up
            out: builtins.list[Record] = []
            total = None
            while len(out) < take:
                want = min(PER_PAGE, take - len(out))
                page = self._orders(since, skip + len(out), want)
                out += page.items
                total = page.total if total is None else total
                if len(page.items) < want:
                    break
            return Page(out, total)
        if resource == "customers":
            return self._customers(since, skip, take)
        if resource == "notes":
            return self._list_notes(since, skip, take)
        raise ValueError(f"WooCommerce has no resource {resource!r}")

    def _orders(self, since: str | None, skip: int, take: int) -> Page:
        """Orders ``skip`` to ``skip + take`` in (updated_at, id) order. WooCommerce sorts by
        date_modified only, and MySQL puts equal values in any order, a different one for
        each offset; so the page's first and last seconds are read whole, in id order, and
        the page is cut from them where the exact order puts it."""
        after = _wp(whole_second(since) - SECOND) if since else None
        items, total = self._items(
            "/orders",
            orderby="modified",
            order="asc",
            dates_are_gmt="true",
            modified_after=after,
            per_page=take,
            offset=skip or None,
        )
        page = sorted(map(_order, items), key=_key)
        if not page:
            return Page([], total)
        first, last = page[0].updated_at, page[-1].updated_at
        full = len(items) == take  # else the page runs to the end and its last second is whole
        if skip:  # where the first second starts: the orders from since up to it come before
            _, counted = self._items(
                "/orders",
                dates_are_gmt="true",
                modified_after=after,
                modified_before=_wp(parse_rfc3339(first)),
                per_page=1,
                _fields="id",
            )
            if counted is None:
                raise Transient("WooCommerce did not say how many orders there are (X-WP-Total).")
            head = self._second(first)[max(0, skip - counted) :]
        else:  # the first second is whole: all of it sorts before the later ones
            head = [r for r in page if r.updated_at == first]
        if first == last:
            if not skip and full:
                head = self._second(first)
            return Page(head[:take], total)
        middle = [r for r in page if first < r.updated_at < last]
        tail = self._second(last) if full else [r for r in page if r.updated_at == last]
        return Page((head + middle + tail)[:take], total)

    def _second(self, at: str) -> builtins.list[Record]:
        """Every order whose date_modified is the second ``at``, in id order."""
        moment = parse_rfc3339(at)
        rows = self.walk(
            "/orders",
            {
                "modified_after": _wp(moment - SECOND),
                "modified_before": _wp(moment + SECOND),
                "dates_are_gmt": "true",
            },
        )
        out = sorted(map(_order, rows), key=_key)
        if any(r.updated_at != at for r in out):  # the answer to another second's question
            raise bad("WooCommerce", f"orders outside the second {at} asked for")
        return out

    def _customers(self, since: str | None, skip: int, take: int) -> Page:
        start = stamp(whole_second(since)) if since else ""
        keys = [k for k in self._customer_keys(start) if k[0] >= start]
        window = keys[skip:]
        records: builtins.list[Record] = []
        i = 0
        while len(records) < take and i < len(window):
            chunk = window[i : i + min(PER_PAGE, take - len(records))]
            i += len(chunk)
            items, _ = self._items(
                "/customers",
                include=",".join(rid for _, rid in chunk),
                per_page=len(chunk),
                orderby="include",
            )
            found = {str(c["id"]): c for c in items}
            records += [_customer(found[rid], at) for at, rid in chunk if rid in found]
        if len(records) < take:
            self._sweep = None  # the end of this listing: the next one sweeps again
        return Page(records, len(keys))

    def _customer_keys(self, start: str) -> builtins.list[tuple[str, str]]:
        sweep = self._sweep
        now = time.monotonic()
        if sweep is None or now - sweep.taken > self.sweep_ttl or start < sweep.since:
            rows = self.walk("/customers", {"_fields": "id,date_created_gmt,date_modified_gmt"})
            keys = sorted(
                (
                    utc(c.get("date_modified_gmt") or c.get("date_created_gmt"), True) or "",
                    str(c["id"]),
                )
                for c in rows
            )
            sweep = self._sweep = _Sweep(now, start, keys)
        sweep.since = start
        return sweep.keys

    @answers("WooCommerce")
    def refresh(self, resource: str, remote_ids: builtins.list[str]) -> builtins.list[Record]:
        """The current state of these records (parcels on their way, a missing customer)."""
        out: builtins.list[Record] = []
        for i in range(0, len(remote_ids), PER_PAGE):
            chunk = ",".join(remote_ids[i : i + PER_PAGE])
            if resource == "orders":
                items, _ = self._items("/orders", include=chunk, per_page=PER_PAGE)
                out += [_order(o) for o in items]
            elif resource == "customers":
                items, _ = self._items("/customers", include=chunk, per_page=PER_PAGE, role="all")
                out += [_customer(c) for c in items]
            else:
                raise ValueError(f"WooCommerce has no resource {resource!r}")
        return out

    @answers("WooCommerce")
    def ids(self, resource: str) -> Iterator[str]:
        if resource == "orders":
            yield from (str(o["id"]) for o in self.walk("/orders", {"_fields": "id"}))
        elif resource == "customers":
            rows = self.walk("/customers", {"_fields": "id", "role": "all"})
            yield from (str(c["id"]) for c in rows)
        elif resource == "notes":
            for page in self.notes(None, True):
                yield from (r.remote_id for r in page.items)
        else:
            raise ValueError(f"WooCommerce has no resource {resource!r}")

    @answers("WooCommerce")
    def stamps(self, resource: str) -> Iterator[tuple[str, str]]:
        """(remote id, updated_at) of every record now, for the sweep's comparison."""
        fields = {"_fields": "id,date_created_gmt,date_modified_gmt"}
        if resource == "orders":
            rows = self.walk("/orders", fields)
        elif resource == "customers":
            rows = self.walk("/customers", {**fields, "role": "all"})
        else:
            raise ValueError(f"WooCommerce has no resource {resource!r}")
        for x in rows:
            at = utc(x.get("date_modified_gmt") or x.get("date_created_gmt"), True)
            yield str(x["id"]), at or ""

    @answers("WooCommerce")
    def notes(self, since: str | None, full: bool) -> Iterator[Page]:
        """Pages of notes newer than ``since``: of the orders changed since then, or when
        ``full`` (a request per order) of every order, or after the first full pass of
        those changed in the ``notes_days`` before ``since``; and AgentDesk's customer notes.
        A note does not change its order's date_modified, so only a full pass finds one
        written in the shop on an order that did not change otherwise."""
        start = stamp(whole_second(since)) if since else ""
        params: dict[str, Any] = {"_fields": "id"}
        if since and (not full or self.notes_days is not None):
            back = SECOND if not full else timedelta(days=self.notes_days or 0)
            params.update(modified_after=_wp(whole_second(since) - back), dates_are_gmt="true")
        batch: builtins.list[Record] = []
        for o in self.walk("/orders", params):
            try:
                notes, _ = self._items(f"/orders/{o['id']}/notes")
            except Rejected:
                continue  # the order went away since the walk saw it
            batch += [r for r in (_note(o["id"], n) for n in notes) if r.updated_at >= start]
            if len(batch) >= PER_PAGE:
                yield Page(batch, None)
                batch = []
        rows = self.walk("/customers", {"_fields": "id,date_modified_gmt,meta_data", "role": "all"})
        for c in rows:
            if since and not full and (utc(c.get("date_modified_gmt"), True) or "") < start:
                continue
            batch += [r for r in _customer_notes(c) if r.updated_at >= start]
            if len(batch) >= PER_PAGE:
                yield Page(batch, None)
                batch = []
        yield Page(batch, None)

    def _list_notes(self, since: str | None, skip: int, take: int) -> Page:
        if skip == 0 or self._notes_cache is None or self._notes_cache[0] != since:
            found = [r for page in self.notes(since, False) for r in page.items]
            found.sort(key=_key)
            self._notes_cache = (since, found)
        everything = self._notes_cache[1]
        return Page(everything[skip : skip + take], len(everything))

    # --- push ------------------------------------------------------------------------------

    @answers("WooCommerce")
    def find(self, item: OutboxItem) -> Sent | None:
        p = item.payload
        if item.kind == "goodwill" and p.get("kind") == "voucher":
            code = _coupon(item.key)
            found, _ = self._items("/coupons", code=code)
            if found:
                return Sent(str(found[0]["id"]), True, {"coupon": str(found[0]["code"]).upper()})
            return None
        if item.kind == "goodwill" and p.get("kind") == "refund":
            refunds, _ = self._items(f"/orders/{self._order(item)}/refunds")
            for r in refunds:
                if split_marker(str(r.get("reason") or ""))[1] == item.key:
                    return Sent(str(r["id"]), bool(r.get("refunded_payment")))
            return None
        if item.kind == "note_edit" and (item.target_remote or "").startswith("customer/"):
            customer, key = _customer_note_target(item.target_remote or "")
            value = _meta_note(self._one(f"/customers/{customer}"), key)
            if value and str(value.get("body")) == str(p.get("body") or "").strip():
                return Sent(item.target_remote or "")
            return None
        if item.order_remote:
            notes, _ = self._items(f"/orders/{item.order_remote}/notes")
            for n in notes:
                if _unmark(str(n.get("note") or ""))[1] == item.key:
                    return Sent(str(n["id"]))
            return None
        owner = item.customer_remote
        if owner and _meta_note(self._one(f"/customers/{owner}"), item.key):
            return Sent(_customer_note_id(owner, item.key))
        return None

    def send(self, item: OutboxItem) -> Sent:
        p = item.payload
        if item.kind in ("note", "message"):
            public = item.kind == "message" and bool(p.get("public"))
            body = str(p["body"]).strip()
            if item.order_remote:
                return self._add_note(item.order_remote, body, item.key, public)
            if item.customer_remote:
                return self._customer_note(item.customer_remote, item.key, body, public)
            raise Rejected("This customer is not in the shop, so the note stays here.")
        if item.kind == "note_edit":
            return self._edit(item)
        if item.kind == "goodwill":
            kind = p.get("kind")
            if kind == "refund":
                return self._refund(item)
            if kind == "voucher":
                return self._voucher(item)
            if kind == "reship":
                reason = str(p.get("reason") or "").strip()
                text = f"Reship approved: {reason}" if reason else "Reship approved."
                return self._add_note(self._order(item), text, item.key, False)
        raise Rejected(f"WooCommerce cannot take a {item.kind!r} change.")

    @staticmethod
    def _order(item: OutboxItem) -> str:
        if not item.order_remote:
            raise Rejected("This order is not in the shop.")
        return item.order_remote

    def _add_note(self, order: str, body: str, key: str, public: bool) -> Sent:
        text = f"{body}\n<!-- [agentdesk:{key}] -->" if public else with_marker(body, key)
        note = write(
            self.http,
            "POST",
            f"{API}/orders/{order}/notes",
            json={"note": text, "customer_note": public, "added_by_user": True},
        )
        if not isinstance(note, dict) or "id" not in note:
            raise Transient("WooCommerce took the note but did not show it back.")
        return Sent(str(note["id"]))

    def _customer_note(self, customer: str, key: str, body: str, public: bool) -> Sent:
        """A note in the customer's meta_data: a PUT by key, so repeating it is harmless."""
        old = _meta_note(self._one(f"/customers/{customer}"), key) or {}
        now = stamp(self.clock())
        value = {
            "body": body,
            "created_at": old.get("created_at") or now,
            "updated_at": now,
            "public": bool(old.get("public", public)),
        }
        self.http.request(
            "PUT",
            f"{API}/customers/{customer}",
            json={"meta_data": [{"key": NOTE_META + key, "value": value}]},
        )
        return Sent(_customer_note_id(customer, key))

    def _edit(self, item: OutboxItem) -> Sent:
        target = item.target_remote
        body = str(item.payload.get("body") or "").strip()
        if not target:
            raise Rejected("The note has not reached the shop, so its edit cannot either.")
        if target.startswith("customer/"):
            customer, key = _customer_note_target(target)
            if _meta_note(self._one(f"/customers/{customer}"), key) is None:
                raise Rejected("The note is no longer in the shop (someone removed it there).")
            return self._customer_note(customer, key, body, False)
        order = self._order(item)
        # WooCommerce cannot edit an order note: replace it. Rejected (404): gone already,
        # by an earlier try or someone in the shop.
        with contextlib.suppress(Rejected):
            path = f"{API}/orders/{order}/notes/{target}"
            write(self.http, "DELETE", path, params={"force": "true"})
        return self._add_note(order, body, item.key, False)

    def _refund(self, item: OutboxItem) -> Sent:
        order_id = self._order(item)
        p = item.payload
        order = self._one(f"/orders/{order_id}")
        currency = str(order.get("currency") or "")
        if p.get("currency") and str(p["currency"]).upper() != currency.upper():
            raise Rejected(f"The order is in {currency}, the refund in {p['currency']}.")
        amount = _amount(p.get("amount"))
        done = sum(
            (-Decimal(str(r.get("total") or "0")) for r in order.get("refunds") or []), Decimal(0)
        )
        left = Decimal(str(order.get("total") or "0")) - done
        if amount > left:
            raise Rejected(
                f"The refund ({money(amount, currency)} {currency}) is larger than what is left "
                f"to refund of the order ({money(left, currency)})."
            )
        reason = str(p.get("reason") or "Goodwill")
        refund = write(
            self.http,
            "POST",
            f"{API}/orders/{order_id}/refunds",
            json={
                "amount": money(amount, currency),
                "reason": with_marker(reason, item.key),
                "api_refund": False,
            },
        )
        if not isinstance(refund, dict) or "id" not in refund:
            raise Transient("WooCommerce took the refund but did not show it back.")
        return Sent(str(refund["id"]), bool(refund.get("refunded_payment")))

    def _voucher(self, item: OutboxItem) -> Sent:
        p = item.payload
        amount = _amount(p.get("amount"))
        email = None
        if item.order_remote:
            email = (self._one(f"/orders/{item.order_remote}").get("billing") or {}).get("email")
        code = _coupon(item.key)
        body = {
            "code": code,
            "discount_type": "fixed_cart",
            "amount": money(amount, p.get("currency")),
            "individual_use": False,
            "usage_limit": 1,
            "usage_limit_per_user": 1,
            "email_restrictions": [email] if email else [],
            "description": with_marker(str(p.get("reason") or "Goodwill"), item.key),
        }
        try:
            coupon = write(self.http, "POST", f"{API}/coupons", json=body)
        except Rejected as e:
            if "already_exists" not in str(e):
                raise
            found = self.find(item)  # an earlier try made it
            if found is None:
                raise
            return found
        if not isinstance(coupon, dict) or "id" not in coupon:
            raise Transient("WooCommerce took the coupon but did not show it back.")
        return Sent(str(coupon["id"]), True, {"coupon": str(coupon.get("code") or code).upper()})


# --- normalising ---------------------------------------------------------------------------------


def _key(r: Record) -> tuple[str, str]:
    return (r.updated_at, r.remote_id)


def _wp(moment: datetime) -> str:
    """A GMT date-time parameter as WordPress reads it with dates_are_gmt."""
    return seconds_text(moment.astimezone(UTC))


@answers("WooCommerce", check=True)
def _customer(c: dict[str, Any], updated_at: str | None = None) -> Record:
    addresses = []
    for kind in ("shipping", "billing"):
        a = c.get(kind) or {}
        if not any(a.get(f) for f in ("address_1", "city", "postcode")):
            continue
        addresses.append(
            {
                "remote_id": f"{c['id']}/{kind}",
                "kind": kind,
                "line1": a.get("address_1") or None,
                "line2": a.get("address_2") or None,
                "city": a.get("city") or None,
                "postcode": a.get("postcode") or None,
                "country": (a.get("country") or "").upper() or None,
            }
        )
    billing = c.get("billing") or {}
    name = " ".join(p for p in (c.get("first_name"), c.get("last_name")) if p).strip()
    if not name:
        name = " ".join(p for p in (billing.get("first_name"), billing.get("last_name")) if p)
    created = utc(c.get("date_created_gmt"), True)
    return Record(
        "customers",
        str(c["id"]),
        updated_at or utc(c.get("date_modified_gmt"), True) or created or "",
        {
            "name": name.strip() or str(c.get("username") or c.get("email") or c["id"]),
            "email": c.get("email") or billing.get("email") or None,
            "phone": billing.get("phone") or (c.get("shipping") or {}).get("phone") or None,
            "locale": None,
            "created_at": created,
            "addresses": addresses,
        },
    )


@answers("WooCommerce", check=True)
def _order(o: dict[str, Any]) -> Record:
    currency = str(o.get("currency") or "")
    lines = []
    for li in o.get("line_items") or []:
        qty = int(li.get("quantity") or 0)
        if qty <= 0:
            continue
        paid = Decimal(str(li.get("subtotal") or "0")) + Decimal(str(li.get("subtotal_tax") or "0"))
        lines.append(
            {
                "sku": li.get("sku") or None,
                "name": li.get("name") or "?",
                "qty": qty,
                "unit_price": money(paid / qty, currency),
            }
        )
    shipments = []
    for meta in o.get("meta_data") or []:
        if meta.get("key") != TRACKING_META or not isinstance(meta.get("value"), builtins.list):
            continue
        for t in meta["value"]:
            shipped = _unix(t.get("date_shipped"))
            shipments.append(
                {
                    "remote_id": f"{o['id']}/{t.get('tracking_id') or t.get('tracking_number')}",
                    "carrier": t.get("custom_tracking_provider")
                    or t.get("tracking_provider")
                    or None,
                    "tracking": t.get("tracking_number") or None,
                    "shipped_at": shipped,
                    "delivered_at": None,
                    "state": "shipped",
                    "updated_at": shipped,
                }
            )
    created = utc(o.get("date_created_gmt"), True)
    return Record(
        "orders",
        str(o["id"]),
        utc(o.get("date_modified_gmt"), True) or created or "",
        {
            "number": str(o.get("number") or o["id"]),
            "customer_remote_id": str(o["customer_id"]) if o.get("customer_id") else None,
            **({} if o.get("customer_id") else {"guest": _guest(o.get("billing") or {})}),
            "created_at": created,
            "status": str(o.get("status") or "").lower(),
            "total": money(str(o.get("total") or "0"), currency),
            "currency": currency,
            "lines": lines,
            "shipments": shipments,
        },
    )


def _guest(billing: dict[str, Any]) -> dict[str, Any]:
    """Who placed a guest order: WooCommerce keeps only the order's billing details."""
    name = " ".join(p for p in (billing.get("first_name"), billing.get("last_name")) if p)
    return {
        "name": name.strip() or None,
        "email": billing.get("email") or None,
        "phone": billing.get("phone") or None,
        "country": billing.get("country") or None,
    }


@answers("WooCommerce", check=True)
def _note(order_id: Any, n: dict[str, Any]) -> Record:
    body, ref = _unmark(str(n.get("note") or ""))
    author = str(n.get("author") or "")
    created = utc(n.get("date_created_gmt"), True) or ""
    return Record(
        "notes",
        str(n["id"]),
        created,
        {
            "parent": "order",
            "parent_remote_id": str(order_id),
            "body": body.strip(),
            "created_at": created,
            "public": bool(n.get("customer_note")),
            "author": "WooCommerce" if author in ("", "system") else author,
            "ref": ref,
        },
    )


@answers("WooCommerce", check=True)
def _customer_notes(c: dict[str, Any]) -> builtins.list[Record]:
    out = []
    for meta in c.get("meta_data") or []:
        key = str(meta.get("key") or "")
        value = meta.get("value")
        if not key.startswith(NOTE_META) or not isinstance(value, dict):
            continue
        ref = key[len(NOTE_META) :]
        updated = utc(str(value.get("updated_at") or value.get("created_at") or "")) or ""
        out.append(
            Record(
                "notes",
                _customer_note_id(str(c["id"]), ref),
                updated,
                {
                    "parent": "customer",
                    "parent_remote_id": str(c["id"]),
                    "body": str(value.get("body") or ""),
                    "created_at": utc(str(value.get("created_at") or "")) or updated,
                    "public": bool(value.get("public")),
                    "author": None,
                    "ref": ref,
                },
            )
        )
    return out


def _meta_note(customer: dict[str, Any], key: str) -> dict[str, Any] | None:
    for meta in customer.get("meta_data") or []:
        if meta.get("key") == NOTE_META + key and isinstance(meta.get("value"), dict):
            value: dict[str, Any] = meta["value"]
            return value
    return None


def _customer_note_id(customer: str, key: str) -> str:
    return f"customer/{customer}/{key}"


def _customer_note_target(target: str) -> tuple[str, str]:
    _, customer, key = target.split("/", 2)
    return customer, key


def _unmark(text: str) -> tuple[str, str | None]:
    body, key = split_marker(text)
    if key:
        return body, key
    m = COMMENT_MARKER.search(text)
    return (text[: m.start()], m.group(1)) if m else (text, None)


def _unix(value: Any) -> str | None:
    try:
        return stamp(datetime.fromtimestamp(int(str(value)), UTC)) if value else None
    except (ValueError, OverflowError):
        return None


def _amount(value: Any) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation as e:
        raise Rejected(f"{value!r} is not an amount.") from e
    if not amount.is_finite() or amount <= 0:
        raise Rejected("The amount must be above zero.")
    return amount


def _coupon(key: str) -> str:
    """The voucher's code (WooCommerce keeps codes in lower case)."""
    return "ad-" + key[:10]
