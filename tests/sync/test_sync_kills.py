"""`agentdesk sync` killed with SIGKILL at random moments, 20 times, against a real Vendure
that keeps changing, with agents adding notes and refunds in between: the cache stays
consistent (`agentdesk check`), every note and refund reaches Vendure exactly once, and no
change in the shop is skipped."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal

import pytest

from agentdesk.store import actions
from agentdesk.store.db import open_cache
from agentdesk.sync.protocol import split_marker
from tests.sync.test_vendure_harness import _next_second

pytestmark = [pytest.mark.vendure, pytest.mark.slow]

KILLS = 20


def _sync_cmd(db, shop, page=7):
    return [
        sys.executable, "-m", "agentdesk", "sync", "--db", str(db), "--backend", "vendure",
        "--url", shop.url, "--once", "--page", str(page), "--sweep",
    ]  # fmt: skip


def _wait_for_sending(db, proc, timeout=10.0) -> bool:
    """Until the sync marks an outbox item as being sent (True), or it ends (False)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    try:
        end = time.monotonic() + timeout
        while time.monotonic() < end and proc.poll() is None:
            try:
                if conn.execute("SELECT 1 FROM outbox WHERE state = 'sending'").fetchone():
                    return True
            except sqlite3.OperationalError:
                pass
            time.sleep(0.002)
        return False
    finally:
        conn.close()


def test_killing_the_sync_at_random_loses_nothing_and_sends_nothing_twice(fresh_vendure, tmp_path):
    shop = fresh_vendure
    summary = shop.admin.seed(
        customers=24, orders_per_customer=(1, 2), seed=21, fulfilled_share=0.7
    )
    db = tmp_path / "killed.sqlite"
    open_cache(db, create=True).conn.close()
    env = {**os.environ, "AGENTDESK_TOKEN": shop.token}
    rng = random.Random(2026)
    notes_made: list[str] = []
    refunds_made = 0
    kills = finished = caught_sending = 0
    renamed: dict[str, str] = {}
    took = 1.0  # how long a sync that is not killed takes, measured on the first one
    round_ = 0
    while finished < 2:
        round_ += 1
        assert round_ < 200
        conn = open_cache(db).conn
        caught_sending += conn.execute(
            "SELECT count(*) FROM outbox WHERE state = 'sending'"
        ).fetchone()[0]
        mine = [r[0] for r in conn.execute("SELECT id FROM customers WHERE id LIKE 'vendure:%'")]
        orders = [r[0] for r in conn.execute("SELECT id FROM orders WHERE id LIKE 'vendure:%'")]
        with conn:  # agents keep working between (and during) syncs
            for _ in range(rng.randrange(0, 4)):
                if mine:
                    text = f"Note {round_}-{len(notes_made)}: called the customer"
                    actions.add_note(conn, rng.choice(mine), None, text)
                    notes_made.append(text)
            if orders and rng.random() < 0.4:
                actions.propose_goodwill(conn, rng.choice(orders), None, "refund", "Sorry", "1.00")
                refunds_made += 1
        conn.close()
        if rng.random() < 0.5:  # the shop changes too
            _next_second()
            c = rng.choice(summary.customers)
            new_last = f"{c.last_name}-{round_}"
            shop.admin.update_customer(c.id, last_name=new_last)
            renamed[c.id] = f"{c.first_name} {new_last}"
        proc = subprocess.Popen(
            _sync_cmd(db, shop), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        started = time.monotonic()
        if round_ > 1 and kills < KILLS:
            if kills % 2 and _wait_for_sending(db, proc):
                time.sleep(rng.uniform(0.0, 0.04))  # between the send and marking it sent
            else:
                time.sleep(rng.uniform(0.2, took))  # anywhere from start-up to the last write
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait(30)
        else:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
            if round_ == 1:
                took = time.monotonic() - started
            else:
                finished += 1
        check = subprocess.run(
            [sys.executable, "-m", "agentdesk", "check", "--db", str(db)],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
    assert kills == KILLS

    conn = open_cache(db).conn
    assert conn.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0] == 0
    # every note exactly once in Vendure
    in_shop = []
    for c in shop.admin.all_customers():
        for h in shop.admin.customer_history(c["id"]):
            body, key = (
                split_marker(h["data"].get("note", ""))
                if h["type"] == "CUSTOMER_NOTE"
                else ("", None)
            )
            if key:
                in_shop.append(body.strip())
    assert sorted(in_shop) == sorted(notes_made)
    refunds = [
        r
        for o in shop.admin.all_orders()
        for p in (shop.admin.order(o["id"]) or {}).get("payments", [])
        for r in p["refunds"]
        if split_marker(r.get("reason") or "")[1]
    ]
    assert len(refunds) == refunds_made
    assert all(Decimal(r["total"]) == 100 for r in refunds)
    # and nothing of the shop was skipped: every customer with its latest name, every order
    names = dict(conn.execute("SELECT remote_id, name FROM customers WHERE id LIKE 'vendure:%'"))
    for c in summary.customers:
        assert names[c.id] == renamed.get(c.id, f"{c.first_name} {c.last_name}")
    got = {r[0] for r in conn.execute("SELECT remote_id FROM orders")}
    assert got == set(summary.order_ids)
    conn.close()
    print(
        f"{kills} kills ({caught_sending} items left half-sent), {len(notes_made)} notes and "
        f"{refunds_made} refunds, each once"
    )
