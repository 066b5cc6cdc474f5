"""Two AgentDesk processes on one cache join safely: their writes interleave (WAL, one
writer per process, a busy timeout) and none is lost; two syncs at once are not allowed
(one sync per cache, a lock the kernel drops when its process dies, kill -9 included),
so no note is sent twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from agentdesk.store import actions
from agentdesk.store.check import check
from agentdesk.store.db import open_cache
from agentdesk.store.locks import sync_lock
from agentdesk.sync.protocol import split_marker
from tests.sync.fakes.woocommerce import WooShop

WRITER = r"""
import sys
from pathlib import Path
from agentdesk.store import actions
from agentdesk.store.writer import Writer

db, tag, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
w = Writer(db)
cid = w.submit(lambda c: c.execute("SELECT id FROM customers LIMIT 1").fetchone()[0]).result()
for i in range(count):
    w.submit(lambda c: actions.add_note(c, cid, None, f"{tag} {i}")).result()
w.close()
"""


def test_two_processes_writing_one_cache_lose_nothing(demo_db, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(demo_db), tag, "150"], stderr=subprocess.PIPE
        )
        for tag in ("first", "second")
    ]
    conn = sqlite3.connect(demo_db, timeout=10)  # and a reader meanwhile, as the console is
    while any(p.poll() is None for p in procs):
        conn.execute("SELECT count(*) FROM notes").fetchone()
        time.sleep(0.01)
    for p in procs:
        assert p.wait(60) == 0, p.stderr.read().decode()  # type: ignore[union-attr]
        p.stderr.close()  # type: ignore[union-attr]
    for tag in ("first", "second"):
        bodies = [
            r[0] for r in conn.execute("SELECT body FROM notes WHERE body LIKE ?", [f"{tag} %"])
        ]
        assert sorted(bodies) == sorted(f"{tag} {i}" for i in range(150))
    conn.close()
    assert check(demo_db).ok


def _sync(db: Path, shop: WooShop) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "sync",
            "--db",
            str(db),
            "--backend",
            "woocommerce",
            "--url",
            shop.url,
            "--once",
        ],
        env={**os.environ, "AGENTDESK_TOKEN": f"{shop.key}:{shop.secret}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


LOCK_HOLDER = r"""
import sys, time
from pathlib import Path
from agentdesk.store.locks import sync_lock
with sync_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_a_second_sync_of_one_cache_is_refused_and_none_sends_twice(tmp_path):
    with WooShop() as shop:
        who = shop.add_customer("Mette", "Kjær")
        for _ in range(6):
            shop.add_order(who)
        db = tmp_path / "c.sqlite"
        open_cache(db, create=True).conn.close()
        first = _sync(db, shop)
        assert first.wait(60) == 0, first.stderr.read()  # type: ignore[union-attr]
        first.stderr.close()  # type: ignore[union-attr]
        conn = open_cache(db).conn
        orders = conn.execute("SELECT id, customer_id FROM orders").fetchall()
        with conn:
            for i, (oid, cid) in enumerate(orders):
                actions.add_note(conn, cid, None, f"Once only {i}", order_id=oid)
        conn.close()
        # while one process syncs, another is refused in one sentence
        with sync_lock(db):
            busy = _sync(db, shop)
            _, err = busy.communicate(timeout=60)
        assert busy.returncode == 1
        assert err.strip() == (
            f"agentdesk: Another AgentDesk is syncing {db} right now; this sync was not started."
        )
        # a lock holder killed with -9 leaves no lock behind
        holder = subprocess.Popen(
            [sys.executable, "-c", LOCK_HOLDER, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        holder.send_signal(signal.SIGKILL)
        holder.wait(30)
        holder.stdout.close()
        # two syncs started together: the notes reach the shop once each
        both = [_sync(db, shop), _sync(db, shop)]
        codes = [p.wait(60) for p in both]
        for p in both:
            p.stderr.close()  # type: ignore[union-attr]
        assert 0 in codes
        notes = [
            split_marker(n["note"])[0].strip()
            for o in shop.orders
            for n in shop.notes_of(o)
            if split_marker(n["note"])[1]
        ]
        assert sorted(notes) == sorted(f"Once only {i}" for i in range(len(orders)))
        assert check(db).ok
