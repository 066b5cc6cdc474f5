import re
import sqlite3
import unicodedata
from collections import Counter

import pytest

from agentdesk.store import demo
from agentdesk.store.check import check
from agentdesk.store.errors import UserError
from agentdesk.store.schema import FTS_TABLES
from tests.conftest import DEMO_CUSTOMERS, DEMO_NOW
from tests.store.test_interchange import dump

ARABIC = re.compile(r"[\u0600-\u06FF]")


@pytest.fixture(scope="module")
def conn(demo_master):
    c = sqlite3.connect(demo_master)
    yield c
    c.close()


def test_same_seed_gives_the_same_cache(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    demo.build(a, 120, seed=3, now=DEMO_NOW)
    demo.build(b, 120, seed=3, now=DEMO_NOW)
    ca, cb = sqlite3.connect(a), sqlite3.connect(b)
    assert dump(ca) == dump(cb)
    demo.build(tmp_path / "c.sqlite", 120, seed=4, now=DEMO_NOW)
    assert dump(sqlite3.connect(tmp_path / "c.sqlite")) != dump(ca)


def test_generating_in_a_second_process_gives_the_same_cache(tmp_path):
    from agentdesk.store.db import open_cache

    caches = []
    for parallel in (False, True):
        db = open_cache(tmp_path / f"{parallel}.sqlite", create=True)
        stats = demo.generate(db.conn, 150, seed=5, now=DEMO_NOW, parallel=parallel)
        caches.append((stats, dump(db.conn), search_rows(db.conn)))
    assert caches[0] == caches[1]
    assert caches[0][0].customers == 150 and caches[0][2]


def search_rows(conn):
    """The search index's rows (contentless: rowids of what a few common prefixes find)."""
    return sorted(
        (fts, rowid)
        for fts in FTS_TABLES.values()
        for (rowid,) in conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH 'a* OR e* OR 1*'")
    )


def test_demo_cache_is_healthy(demo_master):
    report = check(demo_master)
    assert report.ok, report.problems
    assert report.counts["customers"] == DEMO_CUSTOMERS


def test_five_markets_with_their_own_script_phone_and_currency(conn):
    by_locale = dict(conn.execute("SELECT locale, count(*) FROM customers GROUP BY locale"))
    assert set(by_locale) == {"da", "en", "ar", "id", "vi"}
    arabic = [n for (n,) in conn.execute("SELECT name FROM customers WHERE locale='ar'")]
    assert all(ARABIC.search(n) for n in arabic)
    vietnamese = [n for (n,) in conn.execute("SELECT name FROM customers WHERE locale='vi'")]
    marked = [n for n in vietnamese if unicodedata.normalize("NFD", n) != n]
    assert len(marked) > len(vietnamese) * 0.6
    prefixes = {"da": "+45", "en": "+44", "ar": "+20", "id": "+62", "vi": "+84"}
    for locale, prefix in prefixes.items():
        phones = [
            p for (p,) in conn.execute("SELECT phone FROM customers WHERE locale=?", [locale])
        ]
        assert all(p.startswith(prefix) for p in phones)
    currency = dict(
        conn.execute(
            "SELECT c.locale, o.currency FROM orders o "
            "JOIN customers c ON c.id = o.customer_id GROUP BY c.locale"
        )
    )
    assert currency == {"da": "DKK", "en": "GBP", "ar": "EGP", "id": "IDR", "vi": "VND"}


def test_messages_are_in_the_customers_language(conn):
    rows = conn.execute(
        "SELECT m.body FROM messages m JOIN tickets t ON t.id = m.ticket_id "
        "JOIN customers c ON c.id = t.customer_id WHERE c.locale = 'ar' "
        "AND m.author = 'customer'"
    ).fetchall()
    assert rows and all(ARABIC.search(b) for (b,) in rows)
    vi = conn.execute(
        "SELECT m.body FROM messages m JOIN tickets t ON t.id = m.ticket_id "
        "JOIN customers c ON c.id = t.customer_id WHERE c.locale = 'vi' "
        "LIMIT 50"
    ).fetchall()
    assert all(unicodedata.normalize("NFD", b) != b for (b,) in vi)
    assert not conn.execute("SELECT count(*) FROM messages WHERE body LIKE '%{%'").fetchone()[0]


def test_tickets_on_every_channel_mostly_about_logistics(conn):
    channels = {c for (c,) in conn.execute("SELECT DISTINCT channel FROM tickets")}
    assert channels == {"phone", "chat", "email", "social", "portal"}
    cats = Counter(dict(conn.execute("SELECT category, count(*) FROM tickets GROUP BY category")))
    assert set(cats) == set(demo.CATEGORIES)
    logistics = sum(cats[c] for c in ("late_delivery", "lost_parcel", "wrong_item", "damaged"))
    assert logistics > sum(cats.values()) / 2


def test_shipments_include_late_lost_and_damaged(conn):
    late = conn.execute("SELECT count(*) FROM shipments WHERE delivered_at > promised_at")
    assert late.fetchone()[0] > 0
    lost = conn.execute(
        f"SELECT count(*) FROM shipments WHERE delivered_at IS NULL AND "
        f"promised_at < '{DEMO_NOW:%Y-%m-%d}'"
    ).fetchone()[0]
    assert lost > 0
    damaged = conn.execute("SELECT count(*) FROM shipment_events WHERE status = 'damaged'")
    assert damaged.fetchone()[0] > 0


def test_busy_hours_peak_in_the_customers_daytime(conn):
    hours = Counter()
    offset = {"da": 1, "en": 0, "ar": 2, "id": 7, "vi": 7}
    for created, locale in conn.execute(
        "SELECT t.created_at, c.locale FROM tickets t JOIN customers c ON c.id = t.customer_id"
    ):
        hours[(int(created[11:13]) + offset[locale]) % 24] += 1
    day = sum(hours[h] for h in range(9, 18))
    night = sum(hours[h] for h in range(0, 6))
    assert day > night * 5


def test_some_customers_come_back_with_the_same_problem(conn):
    repeats = conn.execute(
        "SELECT count(*) FROM tickets a JOIN tickets b ON a.customer_id = b.customer_id "
        "AND a.category = b.category AND b.created_at > a.created_at "
        "AND julianday(b.created_at) - julianday(a.created_at) <= 7"
    ).fetchone()[0]
    assert repeats > 0


def test_team_notes_surveys_and_open_work(conn):
    roles = dict(conn.execute("SELECT role, count(*) FROM agents GROUP BY role"))
    assert roles["agent"] >= 8 and roles["lead"] >= 1 and roles["trainer"] >= 1
    kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM notes WHERE pinned = 1")}
    assert {"personalization", "preference", "warning"} <= kinds
    assert conn.execute("SELECT count(*) FROM messages WHERE public = 0").fetchone()[0] > 0
    surveys = dict(conn.execute("SELECT kind, count(*) FROM surveys GROUP BY kind"))
    assert surveys["csat"] > 0 and surveys["nps"] > 0
    open_now = conn.execute("SELECT count(*) FROM tickets WHERE status IN ('open','pending')")
    assert open_now.fetchone()[0] > 5
    assert (
        conn.execute(
            "SELECT count(*) FROM tickets WHERE created_at > ?",
            [DEMO_NOW.strftime("%Y-%m-%dT%H:%M:%SZ")],
        ).fetchone()[0]
        == 0
    )


def test_refuses_to_overwrite_and_absurd_sizes(tmp_path, demo_master):
    with pytest.raises(UserError, match="already exists"):
        demo.build(demo_master, 10, seed=1)
    with pytest.raises(UserError, match="between 1 and"):
        demo.build(tmp_path / "x.sqlite", 10**9, seed=1)
    assert not (tmp_path / "x.sqlite").exists()
