"""The sync engine: sends the outbox, then pulls what changed in the shop, page by page.

Guarantees, and how:
- Nothing pulled is skipped. Each resource is read in (updated_at, id) order from its
  cursor minus an overlap window; a page and the cursor after it are written in one
  transaction, so a crash resumes at the page it was on. The next page starts at the
  last page's newest ``updated_at`` (not at an offset that rows changing mid-sync could
  shift) and the rows already seen at that instant are dropped.
- Nothing is sent twice. An item is marked 'sending' (and its try counted) before it is
  sent; an item found in that state, or tried before, is first looked for in the shop by
  its idempotency key, and only sent when it is not there.
- A back end that is down or throttling is not an error: the run stops, says since when
  the shop is unreachable, and the outbox keeps its items for the next run.

All database work goes through ``write(fn)``, which runs ``fn(conn)`` in a transaction
(the app's single writer thread, or a plain connection on the command line) and returns
its result; the engine itself holds no connection and runs on any thread.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from agentdesk.core.types import Changes
from agentdesk.store import mirror
from agentdesk.store.mirror import OutboxRow
from agentdesk.sync.answers import bad
from agentdesk.sync.protocol import (
    AuthError,
    Connector,
    OutboxItem,
    Page,
    Record,
    Rejected,
    Sent,
    Transient,
)

T = TypeVar("T")
BULK_CHUNK = 500  # records of an export written in one transaction
Write = Callable[[Callable[[sqlite3.Connection], T]], T]

PULLED = ("customers", "orders")


class Cancelled(Exception):
    """The user stopped the sync; what was written so far stays, and the next run resumes."""


@dataclass
class Progress:
    phase: str  # 'sending', 'customers', 'orders', 'parcels', 'notes', 'sweep'
    done: int
    total: int | None
    rate: float  # items per second in this phase
    eta_s: float | None

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


@dataclass
class Report:
    pulled: dict[str, int] = field(default_factory=dict)
    written: int = 0
    sent: int = 0
    failed: int = 0
    held: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    requests: int = 0
    retries: int = 0
    cancelled: bool = False
    offline: str | None = None  # why the shop could not be reached
    error: str | None = None  # why the sync cannot work at all (a refused token)
    swept: bool = False
    deleted: int = 0

    @property
    def ok(self) -> bool:
        return not (self.offline or self.error or self.cancelled)


def _shift(ts: str, seconds: float) -> str:
    t = datetime.fromisoformat(ts.replace("Z", "+00:00")) + timedelta(seconds=seconds)
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _later(a: str | None, b: str) -> bool:
    """b is after a (timestamps from one back end, compared as instants)."""
    if a is None:
        return True
    return datetime.fromisoformat(b.replace("Z", "+00:00")) > datetime.fromisoformat(
        a.replace("Z", "+00:00")
    )


def _same(a: str | None, b: str) -> bool:
    """The same instant (the cache and a connector may write it differently)."""
    if not a:
        return False
    try:
        return not _later(a, b) and not _later(b, a)
    except ValueError:
        return False


def _rows(records: Iterable[Record]) -> list[mirror.Row]:
    return [(r.remote_id, r.updated_at, r.data) for r in records]


class Engine:
    def __init__(
        self,
        connector: Connector,
        write: Write[Any],
        *,
        take: int = 100,
        overlap_s: float = 5.0,
        promise_days: int = 3,
        sweep_every_s: float = 3600.0,
        parcels_days: int = 60,
        unshipped_days: int = 14,
        bulk_over: int = 5000,
        on_progress: Callable[[Progress], None] | None = None,
        on_changes: Callable[[Changes], None] | None = None,
        cancel: threading.Event | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self.c = connector
        self.backend = connector.name
        self.write = write
        self.take = take
        self.overlap_s = overlap_s
        self.promise_days = promise_days
        self.sweep_every_s = sweep_every_s
        self.parcels_days = parcels_days
        self.unshipped_days = unshipped_days
        self.bulk_over = bulk_over
        self.on_progress = on_progress
        self.on_changes = on_changes
        self.cancel = cancel or threading.Event()
        self.clock = clock
        self.report = Report()
        self._fresh_orders: set[str] = set()  # read in this run: no need to read them again

    # --- the run ------------------------------------------------------------------------

    def run(self, sweep: bool | None = None) -> Report:
        """One sync: push, pull, re-read parcels on their way, notes, and (when due or asked
        for) the sweeps for deleted records and notes written in the shop."""
        started = time.perf_counter()
        self.report = r = Report()
        self._fresh_orders.clear()
        try:
            self.push()
            for resource in PULLED:
                self.pull(resource)
            self.parcels()
            due = self._sweep_due() if sweep is None else sweep
            self.notes(full=due)
            if due:
                self.sweep()
            self.push()  # what agents wrote while we were pulling
            self.confirm()
            self._state(offline=None, error=None)
        except Cancelled:
            r.cancelled = True
        except Transient as e:
            r.offline = str(e)
            self._state(offline=str(e), error=None)
        except AuthError as e:
            r.error = str(e)
            self._state(offline=None, error=str(e))
        finally:
            http = getattr(self.c, "http", None)
            if http is not None:
                r.requests, r.retries = http.requests, http.retries
            r.seconds = time.perf_counter() - started
            self._log(r)
        return r

    def _check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()

    def _progress(self, phase: str, done: int, total: int | None, since: float) -> None:
        if self.on_progress is None:
            return
        spent = max(1e-6, time.perf_counter() - since)
        rate = done / spent
        eta = (total - done) / rate if total and rate > 0 and total >= done else None
        self.on_progress(Progress(phase, done, total, rate, eta))

    def _changed(self, changes: Changes) -> None:
        if changes and self.on_changes is not None:
            self.on_changes(changes)

    # --- pull ---------------------------------------------------------------------------

    def pull(self, resource: str, bulk: bool = True, counted: int = 0) -> int:
        """Everything of ``resource`` changed since its cursor; returns how many came.

        The next page is asked for while this one is written (its position is known from
        this page alone), so the shop and the cache work at the same time."""
        ts, _last = self.write(lambda c: mirror.cursor(c, self.backend, resource))
        since = _shift(ts, -self.overlap_s) if ts else None
        boundary, seen_at, skip = since, set[str](), 0
        done, total, started = 0, None, time.perf_counter()
        take = self._page_size()
        # ``counted``: what an export already brought, so progress goes on from there
        with ThreadPoolExecutor(1, thread_name_prefix="sync-page") as ahead:
            coming: Future[Page] | None = ahead.submit(self.c.list, resource, since, skip, take)
            while coming is not None:
                self._check()
                page = self._sane(coming.result(), resource, since, skip, take)
                coming = None
                if total is None:
                    total = None if page.total is None else counted + page.total
                    if ts is None and bulk and self._bulk_pays(page):
                        n = self._bulk(resource, page.total)
                        self.report.pulled[resource] = n
                        return n + self.pull(resource, bulk=False, counted=n)  # changes meanwhile
                fresh = [
                    x
                    for x in page.items
                    if not (x.updated_at == boundary and x.remote_id in seen_at)
                ]
                if len(page.items) >= take:
                    last_ts = page.items[-1].updated_at
                    at_last = {x.remote_id for x in page.items if x.updated_at == last_ts}
                    if last_ts == boundary:  # a whole page changed in the same instant
                        seen_at |= at_last
                        skip = len(seen_at)
                    else:
                        boundary, since, seen_at, skip = last_ts, last_ts, at_last, 0
                    coming = ahead.submit(self.c.list, resource, since, skip, take)
                if fresh:
                    self._apply_page(resource, fresh, coming)
                done += len(fresh)
                self._progress(resource, counted + done, total, started)
        self.report.pulled[resource] = self.report.pulled.get(resource, 0) + done
        return done

    def _sane(self, page: Page, resource: str, since: str | None, skip: int, take: int) -> Page:
        """The page in (updated_at, id) order (a shop may answer it reversed). A page with a
        record from before ``since`` answers another question (a stale page served again, a
        cache mixing listings up): it is asked for again, and after three such answers the
        run stops as offline ("answered with data AgentDesk cannot read")."""
        for attempt in range(3):
            items = sorted(page.items, key=lambda x: (x.updated_at, x.remote_id))
            if since is None or not items or not _later(items[0].updated_at, since):
                return page if items == page.items else Page(items, page.total)
            if attempt < 2:
                page = self.c.list(resource, since, skip, take)
        raise bad(self.backend, f"a page of {resource} from before the time asked for")

    def _bulk_pays(self, page: Page) -> bool:
        """A first import of a large shop goes faster as one export (Shopify's bulk
        operations) than page by page."""
        return (
            callable(getattr(self.c, "bulk", None))
            and page.total is not None
            and page.total > self.bulk_over
            and len(page.items) > 0
        )

    def _bulk(self, resource: str, total: int | None) -> int:
        """Every record of ``resource`` from the shop's export, applied in chunks. The
        records come in no order, so the cursor moves only at the end: to when the export
        began, from where the listing reads what changed since. Cancelled, it starts over
        (writing the same rows again changes nothing)."""
        done, started, chunk = 0, time.perf_counter(), list[Record]()
        self._progress(resource, 0, total, started)
        for record in self.c.bulk(resource):  # type: ignore[attr-defined]
            self._check()
            chunk.append(record)
            if len(chunk) >= BULK_CHUNK:
                self._apply_page(resource, chunk, move_cursor=False)
                done += len(chunk)
                chunk = []
                self._progress(resource, done, total, started)
        if chunk:
            self._apply_page(resource, chunk, move_cursor=False)
            done += len(chunk)
        self._progress(resource, done, total, started)
        begun = getattr(self.c, "bulk_started_at", None)
        if isinstance(begun, str) and begun:
            self.write(lambda c: mirror.set_cursor(c, self.backend, resource, begun, ""))
        return done

    def _page_size(self) -> int:
        """A page no larger than the shop gives: a shorter page means the end."""
        cap = getattr(self.c, "max_take", None)
        return max(1, min(self.take, cap)) if isinstance(cap, int) else max(1, self.take)

    def _apply_page(
        self,
        resource: str,
        records: list[Record],
        coming: Future[Page] | None = None,
        move_cursor: bool = True,
    ) -> None:
        newest = max(records, key=lambda x: (x.updated_at, x.remote_id)) if move_cursor else None
        if resource == "orders":
            self._fresh_orders.update(x.remote_id for x in records)
        applied = self.write(lambda c: self._apply(c, resource, records, newest))
        if applied.missing_customers and resource == "orders":
            # customers made after the customers pass: fetch them and try those orders again
            # (once the page on its way is in: a connector answers one call at a time)
            if coming is not None:
                wait([coming])
            refresh = getattr(self.c, "refresh", None)
            customers = refresh("customers", sorted(applied.missing_customers)) if refresh else []
            waiting = [
                x for x in records if x.data.get("customer_remote_id") in applied.missing_customers
            ]

            def again(c: sqlite3.Connection) -> mirror.Applied:
                out = mirror.apply_customers(c, self.backend, _rows(customers))
                out.add(mirror.apply_orders(c, self.backend, _rows(waiting), self.promise_days))
                return out

            second = self.write(again)
            applied.add(second)
            for remote in second.missing_customers:
                self.report.problems.append(f"order of customer {remote}: the customer is gone")
        self.report.written += applied.written
        self.report.problems += applied.problems
        self._changed(applied.changes)

    def _apply(
        self, c: sqlite3.Connection, resource: str, records: list[Record], newest: Record | None
    ) -> mirror.Applied:
        if resource == "customers":
            out = mirror.apply_customers(c, self.backend, _rows(records))
        else:
            out = mirror.apply_orders(c, self.backend, _rows(records), self.promise_days)
        if newest is None:
            return out
        ts, last = mirror.cursor(c, self.backend, resource)
        if _later(ts, newest.updated_at) or (
            ts == newest.updated_at and (last or "") < newest.remote_id
        ):
            mirror.set_cursor(c, self.backend, resource, newest.updated_at, newest.remote_id)
        return out

    def parcels(self) -> None:
        """Orders with a parcel on its way, read again: a fulfillment's progress does not
        always change its order's updated_at."""
        refresh = getattr(self.c, "refresh", None)
        if refresh is None:
            return
        now = self.clock()
        since = (now - timedelta(days=self.parcels_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        unshipped = (now - timedelta(days=self.unshipped_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
        ids = [
            i
            for i in self.write(
                lambda c: mirror.open_shipment_orders(c, self.backend, since, unshipped)
            )
            if i not in self._fresh_orders
        ]
        started = time.perf_counter()
        for i in range(0, len(ids), self.take):
            self._check()
            rows = _rows(refresh("orders", ids[i : i + self.take]))
            applied = self.write(
                lambda c, rows=rows: mirror.apply_orders(  # type: ignore[misc]
                    c, self.backend, rows, self.promise_days
                )
            )
            self.report.written += applied.written
            self._changed(applied.changes)
            self._progress("parcels", min(len(ids), i + self.take), len(ids), started)

    def notes(self, full: bool) -> None:
        """Notes written in the shop. Incremental runs read the notes of what changed; a
        full pass (the periodic sweep) reads every note newer than the last full pass."""
        stream = getattr(self.c, "notes", None)
        ts, _ = self.write(lambda c: mirror.cursor(c, self.backend, "notes"))
        since = _shift(ts, -3600) if ts else None
        newest = ts
        done, started = 0, time.perf_counter()
        pages = stream(since, full) if stream is not None else self._list_pages("notes", since)
        for page in pages:
            self._check()
            if not page.items:
                continue
            rows = _rows(page.items)
            applied = self.write(
                lambda c, rows=rows: mirror.apply_notes(c, self.backend, rows)  # type: ignore[misc]
            )
            self.report.written += applied.written
            self.report.problems += applied.problems
            self._changed(applied.changes)
            for x in page.items:
                if _later(newest, x.updated_at):
                    newest = x.updated_at
            done += len(page.items)
            self._progress("notes", done, None, started)
        if full and newest and newest != ts:
            final = newest
            self.write(lambda c: mirror.set_cursor(c, self.backend, "notes", final, ""))

    def _list_pages(self, resource: str, since: str | None) -> Iterable[Any]:
        skip, take = 0, self._page_size()
        while True:
            page = self.c.list(resource, since, skip, take)
            yield page
            skip += len(page.items)
            if len(page.items) < take:
                return

    def _sweep_due(self) -> bool:
        last = self.write(lambda c: mirror.last_sweep(c, self.backend, "customers"))
        if last is None:
            return True
        then = datetime.fromisoformat(last.replace("Z", "+00:00"))
        return (self.clock() - then).total_seconds() >= self.sweep_every_s

    def sweep(self) -> None:
        """Customers and orders the shop no longer has are marked as deleted here."""
        at = self.clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        for resource in PULLED:
            self._check()
            self._sweep_one(resource, at)
        self.report.swept = True

    def _sweep_one(self, resource: str, at: str) -> None:
        stamps = getattr(self.c, "stamps", None)
        remote_at: dict[str, str] = dict(stamps(resource)) if callable(stamps) else {}
        remote = set(remote_at) if callable(stamps) else set(self.c.ids(resource))
        local = self.write(lambda c: mirror.remote_ids(c, self.backend, resource))
        gone = [lid for rid, lid in local.items() if rid not in remote]
        if gone:
            changes = self.write(lambda c: mirror.mark_deleted(c, self.backend, resource, gone))
            self.report.deleted += len(gone)
            self._changed(changes)
        if remote_at:
            self._catch_up(resource, remote_at)
        self.write(lambda c: mirror.set_sweep(c, self.backend, resource, at))

    def _catch_up(self, resource: str, remote_at: dict[str, str]) -> None:
        """Records whose updated_at in the shop is not the one the cache has, read again: a
        shop restored from a backup can give a record new content and an updated_at from
        before the cursor, which no incremental listing shows."""
        refresh = getattr(self.c, "refresh", None)
        if refresh is None:
            return
        local = self.write(lambda c: mirror.remote_stamps(c, self.backend, resource))
        stale = sorted(
            rid
            for rid, at in remote_at.items()
            if rid in local and at and not _same(local[rid], at) and rid not in self._fresh_orders
        )
        for i in range(0, len(stale), self.take):
            self._check()
            records = refresh(resource, stale[i : i + self.take])
            if records:
                self._apply_page(resource, list(records), move_cursor=False)

    # --- push ---------------------------------------------------------------------------

    def push(self) -> None:
        kinds = self.c.kinds
        self.report.held += self.write(lambda c: mirror.hold_others(c, kinds))
        started, done = time.perf_counter(), 0
        tried: set[int] = set()  # an item whose subject is not here yet stays due: once a run
        while True:
            rows = [
                r
                for r in self.write(lambda c: mirror.outbox_due(c, kinds, 50 + len(tried)))
                if r.seq not in tried
            ]
            if not rows:
                return
            for row in rows:
                tried.add(row.seq)
                self._check()
                self._send(row)
                done += 1
                self._progress("sending", done, None, started)

    def confirm(self) -> None:
        """Refunds the shop took as pending: has it settled them since?"""
        for row in self.write(lambda c: mirror.unconfirmed_goodwill(c, self.backend)):
            self._check()
            item = self.write(lambda c, row=row: self._resolve(c, row))  # type: ignore[misc]
            if item is None:
                continue
            found = self.c.find(item)
            if found is not None and found.confirmed:
                changes = self.write(
                    lambda c, row=row: mirror.confirm_goodwill(c, row)  # type: ignore[misc]
                )
                self._changed(changes)

    def _send(self, row: OutboxRow) -> None:
        item = self.write(lambda c: self._resolve(c, row))
        if item is None:
            self.report.held += 1
            return
        self.write(lambda c: mirror.mark_sending(c, row.seq))
        try:
            sent: Sent | None = None
            if row.state == "sending" or row.attempts > 0:
                sent = self.c.find(item)  # an earlier try may have got through
            if sent is None:
                sent = self.c.send(item)
        except Rejected as e:
            why = str(e)
            changes = self.write(lambda c: mirror.mark_failed(c, row, why))
            self.report.failed += 1
            self._changed(changes)
            return
        except Transient as e:
            why = str(e)
            self.write(lambda c: mirror.mark_retry(c, row.seq, why))
            raise
        done = sent
        changes = self.write(
            lambda c: mirror.mark_sent(c, row, done.remote_id, done.confirmed, done.extra)
        )
        self.report.sent += 1
        self._changed(changes)

    def _resolve(self, c: sqlite3.Connection, row: OutboxRow) -> OutboxItem | None:
        """The item with the shop ids it refers to; None (and the item held) when what it
        is about is not in this shop (a customer from an import or the demo)."""
        p = row.payload
        prefix = f"{self.backend}:%"

        def remote(table: str, local: Any) -> str | None:
            if not local:
                return None
            found = c.execute(
                f"SELECT remote_id FROM {table} WHERE id = ? AND id LIKE ?", [local, prefix]
            ).fetchone()
            return str(found[0]) if found and found[0] else None

        customer = order = target = parent = None
        if row.kind == "note":
            customer, order = (
                remote("customers", p.get("customer_id")),
                remote("orders", p.get("order_id")),
            )
        elif row.kind == "note_edit":
            found = c.execute(
                "SELECT customer_id, order_id, remote_id FROM notes WHERE id = ?", [row.entity_id]
            ).fetchone()
            if found:
                customer, order = remote("customers", found[0]), remote("orders", found[1])
                target = found[2]
                if target is None and str(row.entity_id).startswith(f"{self.backend}:note:"):
                    target = str(row.entity_id).rsplit(":", 1)[1]
                parent = "order" if found[1] else "customer"
        elif row.kind == "message":
            found = c.execute(
                "SELECT t.customer_id, t.order_id FROM tickets t WHERE t.id = ?",
                [p.get("ticket_id")],
            ).fetchone()
            if found:
                customer, order = remote("customers", found[0]), remote("orders", found[1])
        elif row.kind == "goodwill":
            order = remote("orders", p.get("order_id"))
            if order:
                found = c.execute(
                    "SELECT customer_id FROM orders WHERE id = ?", [p.get("order_id")]
                ).fetchone()
                customer = remote("customers", found[0]) if found else None
        if customer is None and order is None:
            if self._absent(c, row):  # a rebuilt cache before the pull brings it: next time
                return None
            c.execute(
                "UPDATE outbox SET state = 'held', last_error = ? WHERE seq = ?",
                ["not in the shop: kept here", row.seq],
            )
            return None
        return OutboxItem(
            row.seq,
            row.key,
            row.kind,
            row.entity_id,
            p,
            row.attempts,
            customer_remote=customer,
            order_remote=order,
            target_remote=target,
            parent=parent,
        )

    @staticmethod
    def _absent(c: sqlite3.Connection, row: OutboxRow) -> bool:
        """The item's subject is not in this cache at all (an outbox kept by a rebuild, whose
        customers and orders come with the pull): it stays pending instead of held."""
        p = row.payload
        table, local = {
            "note": ("customers", p.get("customer_id")),
            "note_edit": ("notes", row.entity_id),
            "message": ("tickets", p.get("ticket_id")),
            "goodwill": ("orders", p.get("order_id")),
        }.get(row.kind, ("", None))
        return (
            bool(local) and not c.execute(f"SELECT 1 FROM {table} WHERE id = ?", [local]).fetchone()
        )

    # --- state --------------------------------------------------------------------------

    def _state(self, offline: str | None, error: str | None) -> None:
        now = self.clock().strftime("%Y-%m-%dT%H:%M:%SZ")

        def save(c: sqlite3.Connection) -> None:
            mirror.set_meta(c, "sync.backend", self.backend)
            if offline is None and error is None:
                mirror.set_meta(c, "sync.last_ok_at", now)
                mirror.set_meta(c, "sync.offline_since", None)
                mirror.set_meta(c, "sync.error", None)
            elif offline is not None:
                if mirror.get_meta(c, "sync.offline_since") is None:
                    mirror.set_meta(c, "sync.offline_since", now)
                mirror.set_meta(c, "sync.error", offline)
            else:
                mirror.set_meta(c, "sync.error", error)

        self.write(save)

    def _log(self, r: Report) -> None:
        if r.cancelled:
            level, text = "warn", "sync cancelled"
        elif r.offline:
            level, text = "warn", f"shop unreachable: {r.offline}"
        elif r.error:
            level, text = "error", r.error
        else:
            level = "info"
            text = (
                f"pulled {sum(r.pulled.values())}, wrote {r.written}, sent {r.sent}, "
                f"failed {r.failed} in {r.seconds:.1f} s"
            )
        items = sum(r.pulled.values()) + r.sent
        with contextlib.suppress(sqlite3.Error):
            self.write(lambda c: mirror.log(c, self.backend, level, text, items))
