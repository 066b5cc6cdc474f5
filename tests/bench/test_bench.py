"""The benchmark script on a tiny cache, so it cannot rot: every figure is measured for
real (a few hundred customers and orders) and lands in the JSON and the table. About a
minute; the figures themselves are not judged here (too small to mean anything)."""

from __future__ import annotations

import json
import math

import pytest

from tests.bench import run as bench

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return tmp_path_factory.mktemp("bench-data")


@pytest.fixture(scope="module")
def results(data):
    return bench.run(bench.TINY, data=data)


def test_every_figure_is_measured(results):
    missing = [k for k in bench.FIGURES if k not in results]
    assert not missing
    for key in bench.FIGURES:
        value = results[key]
        assert isinstance(value, float) and math.isfinite(value) and value > 0, (key, value)
    assert results["_data"]["customers"] == bench.TINY.customers
    assert results["sync_orders_per_s"] * results["_sync_s"][0] == pytest.approx(bench.TINY.orders)


def test_the_json_has_exactly_the_issue_keys(results, capsys, monkeypatch):
    monkeypatch.setattr(bench, "run", lambda plan, only=None: results)
    assert bench.main(["--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == set(bench.FIGURES)


def test_the_table_marks_what_misses_its_target(results):
    text = bench.table({**results, "rss_mb": 301.0, "search_p95_ms": 19.9}, bench.TINY)
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if "|" in line}
    assert "MISSED" in rows["rss_mb"] and "MISSED" not in rows["search_p95_ms"]


def test_the_search_baseline_runs_the_statements_search_issues(data, results):
    from agentdesk.store.db import open_cache
    from agentdesk.store.search import search

    db, about = bench.demo_cache(bench.TINY.customers, data)
    assert about == results["_data"]  # built once, then reused
    conn = open_cache(db).conn
    queries = bench.search_queries(conn, 30)
    assert len(set(queries)) > 20
    recorder = bench._Recorder(conn)
    hits = search(recorder, queries[0])  # type: ignore[arg-type]
    assert hits and recorder.calls
    assert all(" MATCH " in sql and "search_fts_" in sql for sql, _ in recorder.calls)


def test_the_data_key_follows_the_generator(tmp_path, monkeypatch):
    key = bench.data_key(500)
    assert key == bench.data_key(500) and key != bench.data_key(501)
    (tmp_path / "agentdesk/store").mkdir(parents=True)
    (tmp_path / "agentdesk/store/demo.py").write_text("changed")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    assert bench.data_key(500) != key
