"""Hostile search queries and SQL injection through every filter the console and the command
line accept: FTS5 syntax, quotes, NUL, 100k-character strings, right-to-left and combining
marks never raise and return in bounded time; payloads such as ``'; DROP TABLE tickets; --``
drop nothing, find nothing extra and leak no error."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agentdesk.core.kpi import period
from agentdesk.store import kpi, queries
from agentdesk.store.db import open_cache
from agentdesk.store.interchange import import_lines
from agentdesk.store.search import search, search_with_snippets
from tests.store.sample import SAMPLE

INJECTIONS = [
    "'; DROP TABLE tickets; --",
    '"; DROP TABLE customers; --',
    "' OR 1=1 --",
    '" OR 1=1 --',
    "' OR '1'='1",
    "a1' OR assignee_id IS NOT NULL OR 'x'='",
    ") UNION SELECT id, name, email, phone, 1, 2, 3 FROM customers --",
    "x') UNION SELECT sql FROM sqlite_master --",
    "1; DELETE FROM notes",
    "email' OR 1=1) --",
    "%",
    "_",
    "*",
    "\\",
    "\x00' OR 1=1",
    "' || (SELECT group_concat(name) FROM customers) || '",
    "search_fts MATCH '*'",
    "body:x OR subject:*",
]
FTS_SYNTAX = [
    '"',
    '""',
    '"unterminated',
    "*",
    "**",
    "a*b*",
    "NEAR(",
    "NEAR(a b, 2)",
    "NEAR(a b, -1)",
    "AND",
    "OR",
    "NOT",
    "a AND OR NOT b",
    "-",
    "-mette",
    "^",
    "^mette",
    "body:x",
    "{title body}: x",
    "title:mette",
    "(",
    ")",
    "((((a))))",
    "+",
    ":",
    "\x00",
    "mette\x00kjær",
    "\u200f\u202e\u2066",
    "e\u0301\u0302\u0303\u0304\u0305" * 20,
    "مُحَمَّد\u200fNguyễn\u0301Kjær",
    "\U0001f600\U0001f4e6",
    "\ufeff",
    "\ud800",
    "x" * 100_000,
    "mette " * 20_000,
    "a:" * 50_000,
    '"' * 100_000,
]
HOSTILE = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.sampled_from('"*^-:(){}+ ,.@#\x00\u0301\u200fANDORNOTNEARmk'), max_size=60),
    st.lists(st.sampled_from(FTS_SYNTAX + INJECTIONS + ["mette", "kjær", "1042"]), max_size=6).map(
        " ".join
    ),
)


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    db = open_cache(Path(tmp_path_factory.mktemp("q")) / "c.sqlite", create=True)
    import_lines(db.conn, SAMPLE.splitlines())
    return db.conn


def schema(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def bounded(fn: Callable[[], Any], seconds: float = 5.0) -> Any:
    """fn() must come back, and well within ``seconds`` (a hang guard, not a benchmark)."""
    started = time.perf_counter()
    out = fn()
    assert time.perf_counter() - started < seconds
    return out


@pytest.mark.parametrize("query", FTS_SYNTAX + INJECTIONS, ids=repr)
def test_hostile_queries_return_in_bounded_time(conn: sqlite3.Connection, query: str) -> None:
    before = schema(conn), counts(conn)
    hits = bounded(lambda: search(conn, query, limit=10))
    assert len(hits) <= 10
    shown = bounded(lambda: search_with_snippets(conn, query, limit=10))
    assert len(shown) <= 10
    assert (schema(conn), counts(conn)) == before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=HOSTILE)
@example(query="x" * 100_000)
@example(query="\x00")
def test_any_hostile_text_is_a_safe_query(conn: sqlite3.Connection, query: str) -> None:
    hits = search_with_snippets(conn, query, limit=5)
    assert len(hits) <= 5
    for h in hits:  # a hit is a real row, not something a payload conjured up
        table = {
            "customer": "customers",
            "order": "orders",
            "ticket": "tickets",
            "message": "messages",
            "note": "notes",
        }[h.kind.value]
        assert conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [h.id]).fetchone()


def test_injection_payloads_find_nothing_extra(conn: sqlite3.Connection) -> None:
    """What a payload finds is what its plain words find: an 'OR 1=1' does not open the
    index, a UNION adds no rows."""
    for payload in INJECTIONS:
        found = [(h.kind, h.id) for h in search(conn, payload, limit=50)]
        plain = " ".join(re.findall(r"\w+", payload))
        assert found == [(h.kind, h.id) for h in search(conn, plain, limit=50)], payload
    assert search(conn, "' OR 1=1 --") == []
    assert search(conn, ") UNION SELECT id, name FROM customers --") == []


@pytest.mark.parametrize("payload", INJECTIONS, ids=repr)
def test_filters_take_payloads_as_values(conn: sqlite3.Connection, payload: str) -> None:
    before = schema(conn), counts(conn)
    now = datetime(2026, 2, 6, 12, tzinfo=UTC)
    # queue filters: a payload is a channel, category, status or agent nobody has
    for queue in ("mine", "unassigned", "open", "proactive", "solved_today"):
        assert queries.queue_ids(conn, queue, agent_id=payload, channel=payload, now=now) == []
        assert queries.queue_ids(conn, queue, agent_id=payload, category=payload, now=now) == []
        assert queries.queue_ids(conn, queue, agent_id=payload, status=payload, now=now) == []
    assert queries.queue_ids(conn, "mine", agent_id=payload, now=now) == []
    counted = queries.queue_counts(conn, payload, now)
    assert counted["mine"] == 0
    # KPI filters (the dashboard's and `agentdesk kpi --agent/--channel`)
    span = period(date(2026, 2, 1), date(2026, 2, 28), "UTC")
    for f in (
        kpi.Filters(agent_id=payload),
        kpi.Filters(channel=payload),
        kpi.Filters(category=payload),
    ):
        out = kpi.compute(conn, span, f)
        assert out["tickets_created"] == 0 and out["csat_responses"] == 0
        for by in ("agent", "channel", "category"):
            assert kpi.breakdown(conn, span, f, by) == []
    # screen-pop look-ups and the ticket and customer views by id
    assert queries.find_customer(conn, phone=payload) is None
    assert queries.find_customer(conn, email=payload) is None
    assert queries.find_customer(conn, order=payload) is None
    assert queries.ticket_detail(conn, payload) is None
    assert queries.customer_360(conn, payload, now) is None
    assert (schema(conn), counts(conn)) == before


def test_the_unfiltered_figures_are_what_the_filters_cut_from(conn: sqlite3.Connection) -> None:
    """The checks above are not empty by accident: the same calls with real values find
    the sample's rows."""
    span = period(date(2026, 2, 1), date(2026, 2, 28), "UTC")
    assert kpi.compute(conn, span, kpi.Filters(agent_id="a1"))["tickets_created"] == 1
    assert kpi.compute(conn, span, kpi.Filters(channel="email"))["tickets_created"] == 1
    now = datetime(2026, 2, 6, 12, tzinfo=UTC)
    assert queries.queue_ids(conn, "mine", agent_id="a1", now=now) == ["t1"]
    assert queries.queue_ids(conn, "open", category="late_delivery", now=now) == ["t1"]
    assert queries.find_customer(conn, email="mette@example.dk") == "c2"
    assert search(conn, "mette")
