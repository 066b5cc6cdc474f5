"""A damaged cache rebuilt from the shop (the WooCommerce fake, over real HTTP): the notes
and the refund not yet sent reach the shop once, the one the damaged cache had sent but
not marked sent included, and the fresh cache holds the shop's customers and orders."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from agentdesk.store import actions, rescue
from agentdesk.store.check import check
from agentdesk.store.db import open_cache
from agentdesk.sync.engine import Engine
from agentdesk.sync.protocol import split_marker
from agentdesk.sync.woocommerce import WooConnector
from tests.sync.fakes.woocommerce import WooShop
from tests.sync.test_fake_shops_sync import FAST


def _sync(shop: WooShop, path: Path):
    conn = open_cache(path).conn

    def write(fn):
        with conn:
            return fn(conn)

    c = WooConnector(shop.url, shop.key, shop.secret, policy=FAST, timeout=2, rate=0)
    try:
        return Engine(c, write, take=10).run()
    finally:
        c.close()
        conn.close()


def _overwrite_pages(path: Path, table: str, count: int) -> None:
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", [table])]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    rng = random.Random(3)
    with path.open("r+b") as fh:
        for page in rng.sample(pages, min(count, len(pages))):
            fh.seek((page - 1) * size + 8)
            fh.write(rng.randbytes(size - 8))


def test_a_rebuilt_cache_sends_the_kept_outbox_once(tmp_path):
    with WooShop() as shop:
        people = [shop.add_customer(f"Kunde{i}", "Jensen") for i in range(8)]
        for i in range(30):
            shop.add_order(people[i % len(people)])
        path = tmp_path / "cache.sqlite"
        open_cache(path, create=True).conn.close()
        assert _sync(shop, path).ok
        conn = open_cache(path).conn
        orders = conn.execute("SELECT id, customer_id FROM orders ORDER BY id").fetchall()
        with conn:
            for i, (oid, cid) in enumerate(orders[:3]):
                actions.add_note(conn, cid, None, f"Kept note {i}", order_id=oid)
            actions.propose_goodwill(conn, orders[3][0], None, "refund", "Late", "2.00")
        conn.close()
        # the first note reaches the shop, then the cache breaks before it is marked sent
        assert _sync(shop, path).ok
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE outbox SET state = 'pending', attempts = 0 WHERE kind != 'note'")
            conn.execute(
                "UPDATE outbox SET state = 'pending', attempts = 0 WHERE kind = 'note' "
                "AND payload NOT LIKE '%Kept note 0%'"
            )
            conn.execute("UPDATE outbox SET state = 'sending' WHERE payload LIKE '%Kept note 0%'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        # undo the shop side of what "was never sent": only note 0 is there
        for n in list(shop.notes):
            if "Kept note 0" not in shop.notes[n]["note"]:
                del shop.notes[n]
        for o in shop.orders.values():
            for r in o["refunds"]:
                del shop.refunds[r]
            o["refunds"] = []
        _overwrite_pages(path, "orders", 3)
        assert not check(path).ok
        result = rescue.rebuild(path)
        assert result.kept == 4 and result.problem is None
        report = _sync(shop, path)
        assert report.ok and report.sent == 4, report
        notes = [
            split_marker(n["note"])[0].strip()
            for o in shop.orders
            for n in shop.notes_of(o)
            if split_marker(n["note"])[1]
        ]
        assert sorted(notes) == ["Kept note 0", "Kept note 1", "Kept note 2"]
        refunds = [r for o in shop.orders for r in shop.refunds_of(o)]
        assert [r["amount"] for r in refunds] == ["2.00"]
        assert check(path).ok
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == 30
        assert conn.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0] == 0
        conn.close()
