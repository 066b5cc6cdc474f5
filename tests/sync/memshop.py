"""A shop held in memory behind the connector protocol, with a clock the test moves and faults
it can schedule: for proving the engine's own guarantees (paging, cursors, exactly-once,
resume) over many random runs, which a real back end is too slow for. The connectors are
proven against Vendure and the Shopify/WooCommerce fakes separately."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

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

EPOCH = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def stamp(seconds: int) -> str:
    """One-second precision, as Vendure and WooCommerce have."""
    return (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class MemShop:
    now: int = 0  # seconds after EPOCH; the test moves it
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    notes: dict[str, dict[str, Any]] = field(default_factory=dict)  # remote id -> note
    refunds: list[dict[str, Any]] = field(default_factory=list)
    faults: list[Callable[[str], None]] = field(default_factory=list)  # called per request
    lose_answer: set[str] = field(default_factory=set)  # idempotency keys: apply, then fail
    between_pages: Callable[[MemShop], None] | None = None
    calls: int = 0
    next_id: int = 1000

    def _new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def put_customer(self, cid: str, name: str, country: str = "DK") -> None:
        self.customers[cid] = {
            "id": cid,
            "updated": self.now,
            "name": name,
            "email": f"{cid}@example.com",
            "country": country,
        }

    def put_order(self, oid: str, cid: str, total: str = "100.00", shipped: bool = True) -> None:
        old = self.orders.get(oid, {})
        self.orders[oid] = {
            "id": oid,
            "updated": self.now,
            "created": old.get("created", self.now),
            "customer": cid,
            "total": total,
            "number": f"#{oid}",
            "shipments": old.get("shipments")
            or ([{"id": f"f{oid}", "state": "shipped", "at": self.now}] if shipped else []),
        }

    def deliver(self, oid: str) -> None:
        """A parcel's progress that does not move the order's updated_at (as in Vendure)."""
        for s in self.orders[oid]["shipments"]:
            s["state"], s["at"] = "delivered", self.now


class MemConnector:
    name = "mem"
    kinds = SHOP_KINDS

    def __init__(self, shop: MemShop):
        self.shop = shop

    def _request(self, what: str) -> None:
        self.shop.calls += 1
        for fault in list(self.shop.faults):
            fault(what)

    def close(self) -> None:
        pass

    def _records(self, resource: str) -> list[Record]:
        if resource == "customers":
            return [self._customer(c) for c in self.shop.customers.values()]
        return [self._order(o) for o in self.shop.orders.values()]

    def list(self, resource: str, since: str | None, skip: int, take: int) -> Page:
        self._request(f"list {resource}")
        if self.shop.between_pages:
            self.shop.between_pages(self.shop)
        items = sorted(
            (r for r in self._records(resource) if since is None or r.updated_at >= since),
            key=lambda r: (r.updated_at, r.remote_id),
        )
        return Page(items[skip : skip + take], len(items))

    def refresh(self, resource: str, remote_ids: list[str]) -> list[Record]:
        self._request(f"refresh {resource}")
        wanted = set(remote_ids)
        return [r for r in self._records(resource) if r.remote_id in wanted]

    def ids(self, resource: str) -> Iterator[str]:
        self._request(f"ids {resource}")
        yield from (self.shop.customers if resource == "customers" else self.shop.orders)

    def notes(self, since: str | None, full: bool) -> Iterator[Page]:
        self._request("notes")
        items = [
            Record(
                "notes",
                nid,
                stamp(n["updated"]),
                {
                    "parent": n["parent"],
                    "parent_remote_id": n["parent_id"],
                    "body": split_marker(n["text"])[0].strip(),
                    "created_at": stamp(n["updated"]),
                    "public": n["public"],
                    "author": None,
                    "ref": split_marker(n["text"])[1],
                },
            )
            for nid, n in self.shop.notes.items()
            if since is None or stamp(n["updated"]) >= since
        ]
        yield Page(items)

    def _customer(self, c: dict[str, Any]) -> Record:
        return Record(
            "customers",
            c["id"],
            stamp(c["updated"]),
            {
                "name": c["name"],
                "email": c["email"],
                "phone": None,
                "locale": None,
                "created_at": stamp(0),
                "addresses": [
                    {
                        "remote_id": f"a{c['id']}",
                        "kind": "shipping",
                        "line1": "Street 1",
                        "line2": None,
                        "city": "Aarhus",
                        "postcode": "8000",
                        "country": c["country"],
                    }
                ],
            },
        )

    def _order(self, o: dict[str, Any]) -> Record:
        return Record(
            "orders",
            o["id"],
            stamp(o["updated"]),
            {
                "number": o["number"],
                "customer_remote_id": o["customer"],
                "created_at": stamp(o["created"]),
                "status": "paymentsettled",
                "total": o["total"],
                "currency": "DKK",
                "lines": [{"sku": "MUG-1", "name": "Mug", "qty": 1, "unit_price": o["total"]}],
                "shipments": [
                    {
                        "remote_id": s["id"],
                        "carrier": "PostNord",
                        "tracking": f"T{o['id']}",
                        "shipped_at": stamp(0),
                        "delivered_at": stamp(s["at"]) if s["state"] == "delivered" else None,
                        "state": s["state"],
                        "updated_at": stamp(s["at"]),
                    }
                    for s in o["shipments"]
                ],
            },
        )

    # --- push ---------------------------------------------------------------------------

    def find(self, item: OutboxItem) -> Sent | None:
        self._request(f"find {item.kind}")
        for nid, n in self.shop.notes.items():
            if split_marker(n["text"])[1] == item.key:
                return Sent(nid)
        for r in self.shop.refunds:
            if r["key"] == item.key:
                return Sent(r["id"], True)
        return None

    def send(self, item: OutboxItem) -> Sent:
        self._request(f"send {item.kind}")
        p = item.payload
        if item.kind == "goodwill":
            if p["kind"] != "refund":
                raise Rejected("only refunds here")
            order = self.shop.orders.get(item.order_remote or "")
            if order is None:
                raise Rejected("no such order")
            rid = self.shop._new_id()
            self.shop.refunds.append({"id": rid, "key": item.key, "amount": p["amount"]})
            result = Sent(rid, True)
        elif item.kind == "note_edit":
            note = self.shop.notes.get(item.target_remote or "")
            if note is None:
                raise Rejected("no such note")
            note["text"] = with_marker(p["body"], item.key)
            note["updated"] = self.shop.now
            result = Sent(item.target_remote or "")
        else:
            parent, pid = (
                ("order", item.order_remote)
                if item.order_remote
                else ("customer", item.customer_remote)
            )
            nid = self.shop._new_id()
            self.shop.notes[nid] = {
                "parent": parent,
                "parent_id": pid,
                "text": with_marker(p["body"], item.key),
                "public": bool(p.get("public")),
                "updated": self.shop.now,
            }
            result = Sent(nid)
        if item.key in self.shop.lose_answer:
            self.shop.lose_answer.discard(item.key)
            raise Transient("the answer was lost on the way back")
        return result


def fail_times(n: int, what: str = "", error: type[Exception] = Transient) -> Callable[[str], None]:
    """A fault: the next n requests whose description contains ``what`` fail."""
    left = [n]

    def fault(request: str) -> None:
        if what in request and left[0] > 0:
            left[0] -= 1
            raise error(f"injected fault on {request}")

    return fault
