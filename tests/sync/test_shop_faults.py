"""Faults from outside, against the local fakes of Shopify and WooCommerce: a bad gateway,
answers that are not JSON, JSON of the wrong shape, pages served twice or in reverse, and a
record whose updated_at goes back. After each the cache equals a cache synced from the same
shop without faults (nothing lost, nothing duplicated), and the engine reports a state
(retried, or offline with "answered with data AgentDesk cannot read") instead of raising.

How many faults each kind injected is tallied from the fakes' request logs and printed at
the end of the run (the figures the issue asks for)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agentdesk.sync.engine import Report
from tests.sync.test_fake_shops_sync import Shop, cache, count, sync
from tests.sync.test_fake_shops_sync import shop as shop  # the fixture

TALLY: Counter[str] = Counter()
TABLES = {
    "customers": "id, name, email, phone, locale, created_at, remote_id, updated_at",
    "addresses": "id, customer_id, kind, line1, line2, city, postcode, country, remote_id",
    "orders": "id, number, customer_id, created_at, status, total, currency, remote_id, updated_at",
    "order_lines": "order_id, position, sku, name, qty, unit_price",
    "shipments": "id, order_id, carrier, tracking, promised_at, delivered_at, remote_id",
    "shipment_events": "shipment_id, position, at, status, location",
    "notes": "id, customer_id, order_id, body, remote_id",
}


@pytest.fixture(scope="module", autouse=True)
def _figures(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if not TALLY:
        return
    lines = [f"  {kind:<28} {n:>4}" for kind, n in sorted(TALLY.items())]
    text = "\nfaults injected per kind (shop:kind):\n" + "\n".join(lines)
    text += f"\n  {'total':<28} {sum(TALLY.values()):>4}"
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(text)


def snapshot(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: conn.execute(f"SELECT {cols} FROM {t} ORDER BY {cols}").fetchall()
        for t, cols in TABLES.items()
    }


def reference(shop: Shop, tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The cache a faultless sync of the shop as it is now makes."""
    (tmp_path / "ref").mkdir(exist_ok=True)
    conn, write = cache(tmp_path / "ref")
    report = sync(shop, write, sweep=True)
    assert report.ok and report.problems == [], report
    return snapshot(conn)


def until_ok(shop: Shop, write: Any, runs: int = 4) -> list[Report]:
    """Sync until a run goes through; every run ends in a report (a state), none raises."""
    reports = []
    for _ in range(runs):
        r = sync(shop, write, sweep=True)
        reports.append(r)
        assert not r.error and not r.cancelled, r
        if r.ok:
            return reports
        assert r.offline, r
    raise AssertionError(f"no run went through: {reports}")


def no_duplicates(conn: Any) -> None:
    for table in ("customers", "orders", "shipments", "notes"):
        n = count(conn, f"SELECT count(*) FROM {table}")
        distinct = count(conn, f"SELECT count(DISTINCT coalesce(remote_id, id)) FROM {table}")
        assert n == distinct, table


def change(shop: Shop, order: str, word: str, at: datetime | None = None) -> None:
    """The shop changes an order (its status in WooCommerce, its note in Shopify)."""
    if shop.name == "woocommerce":
        status = {"changed": "completed", "restored": "on-hold"}[word]
        shop.fake.update_order(int(order), at=at, status=status)
    else:
        shop.fake.update_order(order, at=at, note=word)


def tally(shop: Shop, outcome: str, label: str | None = None) -> int:
    n: int = shop.fake.count(outcome)
    TALLY[f"{shop.name}:{label or outcome}"] += n
    return n


# kind, options, how many: each a request of its own that the run must get past
FAULTS: list[tuple[str, dict[str, Any], int]] = [
    ("status", {"status": 502}, 3),
    ("malformed", {}, 5),
    ("shape", {"mangle": "list"}, 2),
    ("shape", {"mangle": "object"}, 2),
    ("shape", {"mangle": "missing"}, 2),
    ("shape", {"mangle": "types"}, 2),
]


@pytest.mark.parametrize(
    ("kind", "options", "times"),
    FAULTS,
    ids=[f"{k}-{next(iter(o.values()), '')}" for k, o, _ in FAULTS],
)
def test_bad_answers_are_retried_or_reported_and_never_reach_the_cache(
    shop: Shop, tmp_path: Path, kind: str, options: dict[str, Any], times: int
) -> None:
    conn, write = cache(tmp_path)
    fault = shop.fake.fail(kind, times=times, **options)
    reports = until_ok(shop, write)
    assert fault.times == 0
    outcome = str(options["status"]) if kind == "status" else kind
    label = f"{kind}:{options['mangle']}" if kind == "shape" else outcome
    assert tally(shop, outcome, label) == times
    # a fault of the transport is retried inside the run; a well-formed answer of the
    # wrong shape stops the run as offline, in words, and the next run reads it again
    retried = sum(r.retries for r in reports)
    offline = [r.offline for r in reports if r.offline]
    assert retried + len(offline) >= 1
    for why in offline:
        assert "\n" not in why and len(why) < 300
        if kind == "shape":
            assert "cannot read" in why or "not a" in why, why
    no_duplicates(conn)
    assert snapshot(conn) == reference(shop, tmp_path)


def test_a_wrong_shaped_answer_leaves_the_cache_as_it_was(shop: Shop, tmp_path: Path) -> None:
    """The first page of orders comes back with its records' ids and times missing: the
    run stops before writing any of them, and says why."""
    conn, write = cache(tmp_path)
    before = sync(shop, write, sweep=True)
    assert before.ok
    kept = snapshot(conn)
    # the shop changes, then its next answers lose their records' ids and times
    for o in shop.orders[:5]:
        change(shop, o, "changed")
    shop.fake.fail("shape", times=50, mangle="missing")
    r = sync(shop, write)
    assert r.offline and "cannot read" in r.offline, r
    tally(shop, "shape", "shape:missing")
    assert snapshot(conn) == kept
    shop.fake.faults.clear()
    assert sync(shop, write, sweep=True).ok
    assert snapshot(conn) == reference(shop, tmp_path)


@pytest.mark.parametrize("kind", ["duplicate", "reorder"])
def test_pages_served_twice_or_in_reverse_lose_and_double_nothing(
    shop: Shop, tmp_path: Path, kind: str
) -> None:
    conn, write = cache(tmp_path)
    fault = shop.fake.fail(kind, times=6)
    reports = until_ok(shop, write)
    assert fault.times == 0
    assert tally(shop, kind) == 6
    assert all(not r.error for r in reports)
    no_duplicates(conn)
    assert snapshot(conn) == reference(shop, tmp_path)


def test_every_listing_page_twice_and_reversed(shop: Shop, tmp_path: Path) -> None:
    """Worse than once: every other answer is the page before again, and the rest come
    reversed, for a whole sync."""
    conn, write = cache(tmp_path)
    shop.fake.fail("duplicate", times=1000, match=lambda r: len(shop.fake.requests) % 2 == 0)
    shop.fake.fail("reorder", times=1000)
    reports = until_ok(shop, write, runs=6)
    tally(shop, "duplicate")
    tally(shop, "reorder")
    shop.fake.faults.clear()
    assert reports[-1].ok
    no_duplicates(conn)
    assert snapshot(conn) == reference(shop, tmp_path)


def test_a_record_whose_updated_at_goes_back(shop: Shop, tmp_path: Path) -> None:
    """A shop restored from a backup, or a clock put right, gives an order an updated_at
    before the one the cache has. The order is read again while it is within the listing
    (the cache takes the shop's word), the cursor does not go back, nothing doubles."""
    conn, write = cache(tmp_path)
    assert sync(shop, write, sweep=True).ok
    (cursor_before,) = conn.execute(
        "SELECT updated_at FROM sync_cursors WHERE resource = 'orders'"
    ).fetchone()
    fake = shop.fake
    fake.tick(30)
    newest = shop.orders[-1]
    # changed now, then changed again with a time 10 s back (still after the cursor)
    change(shop, newest, "changed")
    change(shop, newest, "restored", at=fake.now - timedelta(seconds=10))
    TALLY[f"{shop.name}:updated_at back"] += 1
    r = sync(shop, write, sweep=True)
    assert r.ok, r
    (cursor_after,) = conn.execute(
        "SELECT updated_at FROM sync_cursors WHERE resource = 'orders'"
    ).fetchone()
    assert cursor_after >= cursor_before
    no_duplicates(conn)
    assert snapshot(conn) == reference(shop, tmp_path)


def test_a_record_rolled_back_behind_the_cursor_is_caught_by_the_sweep(
    shop: Shop, tmp_path: Path
) -> None:
    """The shop gives an order new content and an updated_at before the cache's cursor (a
    restore from a backup): no incremental listing shows it again. The periodic sweep
    compares every record's updated_at with the cache's and reads the ones that differ."""
    conn, write = cache(tmp_path)
    assert sync(shop, write, sweep=True).ok
    fake = shop.fake
    fake.tick(3600)
    assert sync(shop, write, sweep=False).ok  # the cursor is now well past every order
    order = shop.orders[2]
    change(shop, order, "changed", at=fake.now - timedelta(days=30))
    TALLY[f"{shop.name}:updated_at behind the cursor"] += 1
    quiet = sync(shop, write, sweep=False)
    assert quiet.ok
    r = sync(shop, write, sweep=True)
    assert r.ok and r.swept, r
    no_duplicates(conn)
    assert snapshot(conn) == reference(shop, tmp_path)
