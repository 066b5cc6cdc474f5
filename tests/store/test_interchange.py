import io
import json

import pytest

from agentdesk.store.db import open_cache
from agentdesk.store.interchange import ImportError_, export_to, import_file, import_lines
from tests.store.sample import SAMPLE


def dump(conn):
    """Every row of every content table, for before/after comparisons."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_fts%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}


@pytest.fixture
def cache(tmp_path):
    return open_cache(tmp_path / "c.sqlite", create=True).conn


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "sample.jsonl"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_import_writes_every_type_and_normalises_time_to_utc(cache, sample_file):
    result = import_file(cache, sample_file)
    assert result.written == 13 and result.unchanged == 0
    created = cache.execute("SELECT created_at FROM customers WHERE id='c1'").fetchone()[0]
    assert created == "2026-01-02T03:00:00Z"
    lines = cache.execute("SELECT sku, qty, unit_price FROM order_lines").fetchall()
    assert lines == [("MUG-1", 2, "174.50")]
    assert cache.execute("SELECT pinned, kind FROM notes").fetchone() == (1, "preference")
    # a public agent message sets the ticket's first response
    assert (
        cache.execute("SELECT first_response_at FROM tickets").fetchone()[0]
        == "2026-02-06T09:10:00Z"
    )


def test_importing_twice_changes_nothing(cache, sample_file):
    import_file(cache, sample_file)
    before = dump(cache)
    changes_before = cache.total_changes
    again = import_file(cache, sample_file)
    assert again.written == 0 and again.unchanged == 13
    assert dump(cache) == before
    assert cache.total_changes == changes_before


def test_export_then_import_round_trips(cache, sample_file, tmp_path):
    import_file(cache, sample_file)
    out = io.StringIO()
    export_to(cache, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["type"] for r in records][:2] == ["agent", "agent"]
    assert next(r for r in records if r["type"] == "order")["lines"][0]["unit_price"] == "174.50"
    other = open_cache(tmp_path / "other.sqlite", create=True).conn
    import_lines(other, out.getvalue().splitlines())
    assert dump(other) == dump(cache)


def test_upsert_updates_changed_values_and_replaces_lines(cache, sample_file):
    import_file(cache, sample_file)
    changed = SAMPLE.replace('"name":"Mette Kjær"', '"name":"Mette Kjær Holm"').replace(
        '"qty":2', '"qty":3'
    )
    result = import_lines(cache, changed.splitlines())
    assert result.written == 2
    assert (
        cache.execute("SELECT name FROM customers WHERE id='c2'").fetchone()[0] == "Mette Kjær Holm"
    )
    assert cache.execute("SELECT qty FROM order_lines").fetchall() == [(3,)]


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"type":"customer","id":"c9"', "not valid JSON"),
        ('{"type":"spaceship","id":"x"}', 'unknown "type"'),
        ('{"type":"customer","name":"No Id"}', '"id" is missing'),
        ('{"type":"customer","id":"c9","name":42}', '"name" must be a string'),
        (
            '{"type":"ticket","id":"t9","customer_id":"c1","channel":"fax","category":"x",'
            '"subject":"s","status":"open","created_at":"2026-01-01T00:00:00Z"}',
            '"channel"',
        ),
        (
            '{"type":"message","id":"m9","ticket_id":"t1","author":"agent","public":"yes",'
            '"created_at":"2026-01-01T00:00:00Z","body":"x"}',
            '"public" must be true or false',
        ),
        (
            '{"type":"survey","id":"v9","customer_id":"c1","kind":"csat","score":9,'
            '"created_at":"2026-01-01T00:00:00Z"}',
            "between 1 and 5",
        ),
        (
            '{"type":"order","id":"o9","number":"9","customer_id":"c1","created_at":"yesterday",'
            '"status":"x","total":"1","currency":"DKK"}',
            "RFC 3339",
        ),
        (
            '{"type":"order","id":"o9","number":"9","customer_id":"c1",'
            '"created_at":"2026-01-01T00:00:00","status":"x","total":"1","currency":"DKK"}',
            "time zone",
        ),
        (
            '{"type":"order","id":"o9","number":"9","customer_id":"c1",'
            '"created_at":"2026-01-01T00:00:00Z","status":"x","total":12.5,"currency":"DKK"}',
            "decimal string",
        ),
        (
            '{"type":"order","id":"o9","number":"9","customer_id":"c1",'
            '"created_at":"2026-01-01T00:00:00Z","status":"x","total":"1e400","currency":"DKK"}',
            "sensible amount",
        ),
        ('{"type":"customer","id":"c9","name":"' + "x" * 2000 + '"}', "too long"),
        ("[1, 2, 3]", "not a JSON object"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_a_bad_line_aborts_the_whole_import_and_names_its_line(
    cache, sample_file, bad_line, message
):
    import_file(cache, sample_file)
    before = dump(cache)
    lines = [*SAMPLE.replace("Mette Kjær", "Changed Name").splitlines()[:5], bad_line]
    with pytest.raises(ImportError_) as err:
        import_lines(cache, lines)
    assert "Line 6" in str(err.value) and message in str(err.value)
    assert dump(cache) == before


def test_reference_to_a_missing_row_names_the_line(cache):
    lines = SAMPLE.splitlines()
    lines.insert(
        3,
        '{"type":"note","id":"n9","customer_id":"ghost","created_at":'
        '"2026-01-01T00:00:00Z","body":"x"}',
    )
    with pytest.raises(ImportError_, match=r"Line 4 refers to customer_id 'ghost'"):
        import_lines(cache, lines)
    assert cache.execute("SELECT count(*) FROM customers").fetchone()[0] == 0


def test_children_may_come_before_their_parents_in_the_file(cache):
    lines = SAMPLE.splitlines()
    assert import_lines(cache, list(reversed(lines))).written == 13


def test_invalid_utf8_is_reported_with_its_line(cache, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(SAMPLE.splitlines()[0].encode() + b"\n" + b'{"type":"\xff"}\n')
    with pytest.raises(ImportError_, match="Line 2 is not valid UTF-8"):
        import_file(cache, path)
