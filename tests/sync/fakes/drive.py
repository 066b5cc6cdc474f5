"""Driving a connector the way the sync engine does, without a database.

``pull`` is the engine's keyset loop (agentdesk.sync.engine.Engine.pull): the next page
starts at the last page's newest ``updated_at`` and drops what it already saw at that
instant; only a page that is one instant throughout goes on with ``skip``. ``pages`` is
the plain protocol loop (skip += take). ``deliver`` is the engine's send: from the second
try on it first asks ``find`` what an earlier try made.
"""

from __future__ import annotations

from dataclasses import replace

from agentdesk.sync.protocol import Connector, OutboxItem, Record, Sent, Transient


def pull(c: Connector, resource: str, since: str | None = None, take: int = 100) -> list[Record]:
    boundary, seen_at, skip = since, set[str](), 0
    out: list[Record] = []
    while True:
        page = c.list(resource, since, skip, take)
        out += [x for x in page.items if not (x.updated_at == boundary and x.remote_id in seen_at)]
        if len(page.items) < take:
            return out
        last_ts = page.items[-1].updated_at
        at_last = {x.remote_id for x in page.items if x.updated_at == last_ts}
        if last_ts == boundary:
            seen_at |= at_last
            skip = len(seen_at)
        else:
            boundary, since, seen_at, skip = last_ts, last_ts, at_last, 0


def pages(c: Connector, resource: str, since: str | None = None, take: int = 100) -> list[Record]:
    out: list[Record] = []
    skip = 0
    while True:
        page = c.list(resource, since, skip, take)
        out += page.items
        skip += len(page.items)
        if len(page.items) < take:
            return out


def deliver(c: Connector, item: OutboxItem, tries: int = 4) -> tuple[Sent, int]:
    """(what was sent, how many tries it took)."""
    for attempt in range(1, tries + 1):
        this = replace(item, attempts=attempt)
        try:
            found = c.find(this) if attempt > 1 else None
            return (found or c.send(this)), attempt
        except Transient:
            continue
    raise AssertionError(f"not delivered in {tries} tries")


def item(
    kind: str,
    payload: dict[str, object],
    *,
    key: str,
    customer: str | None = None,
    order: str | None = None,
    target: str | None = None,
    parent: str | None = None,
) -> OutboxItem:
    return OutboxItem(
        1,
        key,
        kind,
        f"local-{key[:6]}",
        payload,
        1,
        customer_remote=customer,
        order_remote=order,
        target_remote=target,
        parent=parent,
    )
