"""What every shop connector offers the sync engine, and the records it hands over.

A connector speaks one back end's API and nothing else: it lists records changed since
a time, lists all ids for deletion sweeps, and applies outbox items. The engine owns
cursors, transactions, the outbox's states and progress, so connectors stay small and
the guarantees (nothing lost, nothing sent twice) are proven once.

Normalised records (``Record.data``), by resource:

customers
    name, email, phone (E.164 or as the shop has it, may be None), locale (may be None),
    created_at, addresses: [{remote_id, kind ('shipping'|'billing'), line1, line2, city,
    postcode, country (ISO 3166 alpha-2)}]
orders
    number, customer_remote_id, created_at, status (the shop's word, lower case),
    total (decimal string, major units, e.g. "174.50"), currency (ISO 4217),
    lines: [{sku, name, qty, unit_price (decimal string)}],
    shipments: [{remote_id, carrier, tracking, shipped_at, delivered_at, state,
    updated_at}] (state is the shop's word, lower case; times may be None)
notes
    parent ('customer'|'order'), parent_remote_id, body (the marker stripped),
    created_at, public (bool), author (display name or None), ref (the idempotency
    key found in the note's marker, or None for notes written in the shop)

Times are UTC ISO 8601 strings ending in ``Z`` (``2026-03-01T10:15:00.000Z`` or without
the fraction). ``Record.updated_at`` orders the stream together with ``remote_id``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from agentdesk.core.types import SHOP_KINDS as SHOP_KINDS  # re-exported for connectors

RESOURCES = ("customers", "orders", "notes")


MARKER = re.compile(r"\s*\[agentdesk:([0-9a-f]{32})\]\s*$")


def with_marker(body: str, key: str) -> str:
    """The text as sent to a shop that has no field for a client id: the idempotency key
    rides at the end, so a retry can find what an earlier try already made."""
    return f"{body}\n\n[agentdesk:{key}]"


def split_marker(text: str) -> tuple[str, str | None]:
    """(the text without the marker, the key or None)."""
    m = MARKER.search(text or "")
    if not m:
        return text or "", None
    return text[: m.start()], m.group(1)


@dataclass(frozen=True)
class Record:
    resource: str
    remote_id: str
    updated_at: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Page:
    items: list[Record]
    total: int | None = None  # how many match the query in all, when the API says


@dataclass(frozen=True)
class OutboxItem:
    """One outbox row with the remote ids it refers to, resolved by the engine.

    kind 'note': payload {customer_id, order_id, body, kind, pinned}; the note goes on
    the order when ``order_remote`` is set, else on the customer.
    kind 'note_edit': payload {body, kind}; ``target_remote`` is the note's remote id and
    ``parent``/``customer_remote``/``order_remote`` say where it lives.
    kind 'message': payload {ticket_id, public, body}: a reply (public) or an internal
    note on the ticket's order (``order_remote``) or else on its customer.
    kind 'goodwill': payload {order_id, kind ('refund'|'reship'|'voucher'), amount
    (decimal string or None), currency, reason}; ``order_remote`` is set.
    """

    seq: int
    key: str
    kind: str
    entity_id: str
    payload: dict[str, Any]
    attempts: int
    customer_remote: str | None = None
    order_remote: str | None = None
    target_remote: str | None = None
    parent: str | None = None


@dataclass(frozen=True)
class Sent:
    remote_id: str
    confirmed: bool = False  # the shop reports the action as done (a settled refund)
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. {"coupon": "AD-7F3K"}


class SyncError(Exception):
    """Base of what a connector raises."""


class Transient(SyncError):
    """Try again later: the back end is down, slow, throttled or answered garbage."""


class Rejected(SyncError):
    """The back end refused the change for good (validation, not allowed, gone)."""


class AuthError(SyncError):
    """The token is missing, wrong or lacks a permission."""


class Connector(Protocol):
    name: str
    kinds: frozenset[str]  # the outbox kinds it applies (a subset of SHOP_KINDS)

    def list(self, resource: str, since: str | None, skip: int, take: int) -> Page:
        """Records with updated_at >= since (all when None), ascending by
        (updated_at, remote_id), the page after ``skip`` of them."""
        ...

    def ids(self, resource: str) -> Iterator[str]:
        """Every remote id that exists now (for deletion sweeps)."""
        ...

    def find(self, item: OutboxItem) -> Sent | None:
        """What an earlier try of this item made in the shop, if anything (by its key)."""
        ...

    def send(self, item: OutboxItem) -> Sent:
        """Apply the item once. Raises Transient, Rejected or AuthError."""
        ...

    def close(self) -> None: ...
