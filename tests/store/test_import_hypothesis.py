"""`import` fed hostile lines (hypothesis): random JSON, records with random field values and
types, huge strings, NUL, mixed scripts, bad timestamps and bad money. Every file either
imports cleanly or fails with one sentence naming its line, and a failed import writes
nothing at all."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agentdesk.store.db import open_cache
from agentdesk.store.errors import UserError
from agentdesk.store.interchange import import_file, import_lines

GOOD: list[dict[str, Any]] = [
    {"type": "agent", "id": "a1", "name": "Sofie", "email": "s@shop.dk", "role": "agent"},
    {
        "type": "customer",
        "id": "c1",
        "name": "Mette Kjær",
        "email": "m@example.dk",
        "phone": "+4521000000",
        "locale": "da",
        "created_at": "2026-01-01T08:00:00Z",
    },
    {
        "type": "order",
        "id": "o1",
        "number": "1042",
        "customer_id": "c1",
        "created_at": "2026-03-01T10:00:00+01:00",
        "status": "processing",
        "total": "174.50",
        "currency": "DKK",
        "lines": [{"sku": "TEA", "name": "Tea", "qty": 2, "unit_price": "87.25"}],
    },
    {
        "type": "shipment",
        "id": "s1",
        "order_id": "o1",
        "carrier": "postnord",
        "tracking": "PN1",
        "promised_at": "2026-03-04T10:00:00Z",
        "events": [{"at": "2026-03-01T12:00:00Z", "status": "in_transit", "location": "Aarhus"}],
    },
    {
        "type": "ticket",
        "id": "t1",
        "customer_id": "c1",
        "order_id": "o1",
        "channel": "chat",
        "category": "late_delivery",
        "subject": "Where is my parcel?",
        "status": "open",
        "created_at": "2026-03-05T09:00:00Z",
        "assignee_id": "a1",
        "origin": "customer",
    },
    {
        "type": "message",
        "id": "m1",
        "ticket_id": "t1",
        "author": "customer",
        "public": True,
        "created_at": "2026-03-05T09:00:00Z",
        "body": "Hej, hvor er min pakke?",
    },
    {
        "type": "note",
        "id": "n1",
        "customer_id": "c1",
        "author_id": "a1",
        "created_at": "2026-03-05T09:10:00Z",
        "body": "Prefers SMS",
        "pinned": True,
        "kind": "preference",
    },
    {
        "type": "survey",
        "id": "v1",
        "customer_id": "c1",
        "ticket_id": "t1",
        "kind": "csat",
        "score": 4,
        "created_at": "2026-03-06T09:00:00Z",
        "comment": "Fast",
    },
]

HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "a\x00b",
            "Nguyễn Văn An",
            "مرحبا بالعالم",
            "e\u0301\u0301\u0301",
            "\u202eevil",
            "\ud7ff\U0001f600",
            "x" * 250_000,
            "'; DROP TABLE customers; --",
            "2026-02-30T10:00:00Z",
            "2026-03-01 10:00",
            "1e309",
            "-0",
            "NaN",
            "12,50",
            "١٢٣",
        ]
    ),
)
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | HOSTILE_TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
RAW = st.sampled_from(
    [
        "{",
        "[1, 2",
        '{"type": "customer", "id": "c9", "name": "x", "name": "y"}',
        '{"type": "survey", "id": "v9", "customer_id": "c1", "kind": "nps", "score": '
        + "9" * 5000
        + ', "created_at": "2026-03-06T09:00:00Z"}',
        "[" * 100_000,
        '{"type": "customer", "id": "c9", "name": NaN}',
        '{"type": "customer", "id": "c9", "name": "\\ud800"}',
        "\ufeff" + json.dumps(GOOD[1]),
        "null",
        "12",
    ]
)


def lines_strategy() -> st.SearchStrategy[list[str]]:
    record = st.builds(
        lambda base, field, value, drop: _mutate(base, field, value, drop),
        st.sampled_from(GOOD),
        st.text(max_size=12) | st.sampled_from(sorted({k for g in GOOD for k in g})),
        VALUES,
        st.booleans(),
    )
    line = st.one_of(
        st.sampled_from([json.dumps(g, ensure_ascii=False) for g in GOOD]),
        record.map(lambda r: json.dumps(r, ensure_ascii=False)),
        VALUES.map(json.dumps),
        RAW,
    )
    return st.lists(line, min_size=1, max_size=8)


def _mutate(base: dict[str, Any], field: str, value: Any, drop: bool) -> dict[str, Any]:
    out = dict(base)
    if drop:
        out.pop(field, None)
    else:
        out[field] = value
    return out


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = Path(tmp_path_factory.mktemp("import")) / "c.sqlite"
    c = open_cache(path, create=True).conn
    import_lines(c, [json.dumps(g) for g in GOOD])
    yield c
    c.close()


TABLES = [
    "agents",
    "customers",
    "orders",
    "order_lines",
    "shipments",
    "shipment_events",
    "tickets",
    "messages",
    "notes",
    "surveys",
]


def dump(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def one_sentence(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text, text
    assert text.endswith("."), text
    assert len(text) < 400, text[:400]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.large_base_example,
    ],
)
@given(lines=lines_strategy())
@example(
    lines=[
        '{"type": "survey", "id": "v9", "customer_id": "c1", "kind": "nps", "score": '
        + "9" * 5000
        + ', "created_at": "2026-03-06T09:00:00Z"}'
    ]
)
@example(lines=["[" * 100_000])
@example(lines=['{"type": [], "id": "a1", "name": "Sofie", "role": "agent"}'])  # unhashable
@example(lines=['{"type": "customer", "id": "c9", "name": "\\ud800"}'])  # SQLite: no UTF-8
@example(lines=[json.dumps({**GOOD[2], "total": "1e999999"})])
@example(lines=[json.dumps({**GOOD[2], "lines": [{"name": "x", "qty": 1, "unit_price": "NaN"}]})])
def test_an_import_is_whole_or_nothing_with_a_line_number(
    conn: sqlite3.Connection, lines: list[str]
) -> None:
    before = dump(conn)
    try:
        import_lines(conn, lines)
    except UserError as e:
        text = str(e)
        one_sentence(text)
        assert text.startswith(("Line ", "A ")), text
        assert not conn.in_transaction
        assert dump(conn) == before  # nothing written
        return
    # a clean import: importing the same lines again changes nothing
    after = dump(conn)
    again = import_lines(conn, lines)
    assert dump(conn) == after
    ids = [json.loads(x).get("id") for x in lines if x.strip()]
    if len(set(map(str, ids))) == len(ids):  # (a file naming an id twice writes it twice)
        assert again.written == 0
    # and the cache is as it was for the next example
    conn.execute("BEGIN")
    for t in reversed(TABLES):
        conn.execute(f"DELETE FROM {t}")
    conn.execute("COMMIT")
    import_lines(conn, [json.dumps(g) for g in GOOD])


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    raw=st.binary(max_size=200)
    | st.sampled_from(
        [b"\xff\xfe\x00\x00", b'{"type": "customer", "id": "c\xc3", "name": "x"}\n', b"\x00" * 50]
    )
)
def test_bytes_that_are_not_text_are_refused_in_a_sentence(
    conn: sqlite3.Connection, tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = Path(tmp_path_factory.mktemp("raw")) / "in.jsonl"
    path.write_bytes(raw)
    before = dump(conn)
    try:
        import_file(conn, path)
    except UserError as e:
        one_sentence(str(e))
        assert dump(conn) == before
