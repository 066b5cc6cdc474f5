"""The fuzz targets: each takes one generated input and checks the contract for it (no crash,
no hang, a clear error). Shared by the property tests (``tests/fuzz/test_*``, bounded
``max_examples``) and the time-boxed fuzzing run (``python -m tests.fuzz.run --seconds N``).

- ``import``: JSON Lines, whole or nothing, one sentence with a line number;
- ``search``: any query through the app's search (and its snippets), bounded in time;
- ``scenario``: a scenario file (the shipped ones, mutated, or any JSON): a Scenario that can
  be played through, or ScenarioError in one sentence;
- ``settings``: a settings file (garbage, wrong types, cut off): defaults with a warning;
- ``parsers``: each back end's normalisers fed mutated or random JSON: a record the cache
  takes, or BadAnswer.
"""

from __future__ import annotations

import copy
import json
import logging
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from agentdesk.settings import DECLARED, Settings
from agentdesk.store.db import open_cache
from agentdesk.store.errors import UserError
from agentdesk.store.interchange import import_lines
from agentdesk.store.search import search, search_with_snippets
from agentdesk.training.scenarios import Band, ScenarioError, default_folder, parse_scenario
from tests.store.sample import SAMPLE
from tests.store.test_hostile_queries import HOSTILE
from tests.store.test_import_hypothesis import GOOD, lines_strategy
from tests.sync.test_parsers_hypothesis import JSON, PARSERS, _mutated, _paths, parse_or_refuse

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)


def one_sentence(text: str) -> None:
    assert text and "\n" not in text and "Traceback" not in text, text
    assert len(text) < 600, text[:600]


# --- shared state (one cache per process) ------------------------------------------------------


class _Caches:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="agentdesk-fuzz-"))
        self._search: sqlite3.Connection | None = None
        self._import: sqlite3.Connection | None = None

    def search(self) -> sqlite3.Connection:
        if self._search is None:
            self._search = open_cache(self.folder / "search.sqlite", create=True).conn
            import_lines(self._search, SAMPLE.splitlines())
        return self._search

    def importing(self) -> sqlite3.Connection:
        if self._import is None:
            self._import = open_cache(self.folder / "import.sqlite", create=True).conn
            import_lines(self._import, [json.dumps(g) for g in GOOD])
        return self._import


CACHES = _Caches()
IMPORT_TABLES = ["customers", "orders", "order_lines", "tickets", "messages", "notes", "surveys"]


# --- import --------------------------------------------------------------------------------------


def check_import(lines: list[str]) -> None:
    conn = CACHES.importing()
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in IMPORT_TABLES}
    try:
        import_lines(conn, lines)
    except UserError as e:
        one_sentence(str(e))
        assert str(e).startswith(("Line ", "A ")), str(e)
        after = {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in IMPORT_TABLES
        }
        assert after == before
        return
    after = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in IMPORT_TABLES}
    import_lines(conn, lines)  # the same file again changes nothing (a file naming one id
    # twice writes it twice each time, and ends the same)
    again = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in IMPORT_TABLES}
    assert again == after


# --- search --------------------------------------------------------------------------------------


def check_search(query: str) -> None:
    conn = CACHES.search()
    started = time.perf_counter()
    assert len(search(conn, query, limit=5)) <= 5
    assert len(search_with_snippets(conn, query, limit=5)) <= 5
    assert time.perf_counter() - started < 5.0


# --- scenarios -----------------------------------------------------------------------------------


def shipped_scenarios() -> list[tuple[str, Any]]:
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(default_folder().glob("*.json"))
    ]


SHIPPED = shipped_scenarios()


def check_scenario(name: str, text: str) -> None:
    try:
        s = parse_scenario(text, name)
    except ScenarioError as e:
        one_sentence(str(e))
        return
    # a scenario that loads can be played through in every language, by every band
    for language in s.languages:
        t = s.text(language)
        for path in s.paths():
            for node in path:
                t.line(node)
                t.model_answer(node)
    for band in Band:
        node = s.start
        for _ in range(len(s.nodes) + 1):
            if node.is_end:
                break
            node = s.next(node.id, band)
        assert node.is_end, f"{name}: the {band} path does not end"


@st.composite
def scenario_texts(draw: st.DrawFn) -> tuple[str, str]:
    name, data = draw(st.sampled_from(SHIPPED))
    how = draw(st.sampled_from(["mutate", "mutate", "mutate", "json", "text", "cut"]))
    if how == "json":
        return name, json.dumps(draw(JSON))
    if how == "text":
        return name, draw(st.text(max_size=200))
    if how == "cut":
        whole = json.dumps(data, ensure_ascii=False)
        return name, whole[: draw(st.integers(0, len(whole)))]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(_paths(data))))
        drop = bool(path) and draw(st.booleans())
        data = _mutated(data, path, "drop" if drop else "replace", None if drop else draw(JSON))
    return name, json.dumps(data, ensure_ascii=False)


# --- settings ------------------------------------------------------------------------------------


def check_settings(raw: bytes) -> None:
    logging.getLogger("agentdesk.settings").setLevel(logging.ERROR)  # its warnings: ``ignored``
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        s = Settings(path)
        for setting in DECLARED:  # every value is a valid one: saved, or the default
            value = s.get(setting.name)
            assert isinstance(value, setting.type), setting.name
        for why in s.ignored:
            one_sentence(why)
        s.save()  # and what it kept can be written back and read again alike
        again = Settings(path)
        assert again.ignored == []
        assert all(again.get(d.name) == s.get(d.name) for d in DECLARED)


@st.composite
def settings_files(draw: st.DrawFn) -> bytes:
    names = [d.name for d in DECLARED]
    how = draw(st.sampled_from(["values", "values", "values", "json", "bytes", "cut"]))
    if how == "bytes":
        return draw(st.binary(max_size=300))
    if how == "json":
        return json.dumps(draw(JSON)).encode()
    good = {d.name: d.default for d in DECLARED}
    picked = draw(st.lists(st.sampled_from(names), max_size=6))
    for name in picked:
        good[name] = draw(SCALARS | JSON)
    text = json.dumps(good, ensure_ascii=False, allow_nan=True).encode()
    if how == "cut":
        return text[: draw(st.integers(0, len(text)))]
    return text


# --- back-end parsers ----------------------------------------------------------------------------


def check_parser(index: int, value: Any) -> None:
    _, parse, _ = PARSERS[index]
    parse_or_refuse(parse, value)


@st.composite
def parser_inputs(draw: st.DrawFn) -> tuple[int, Any]:
    index = draw(st.integers(0, len(PARSERS) - 1))
    sample = copy.deepcopy(PARSERS[index][2])
    if draw(st.integers(0, 4)) == 0:
        return index, draw(JSON)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(_paths(sample))))
        drop = bool(path) and draw(st.booleans())
        sample = _mutated(sample, path, "drop" if drop else "replace", None if drop else draw(JSON))
    return index, sample


# --- the list the runner walks -------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]


TARGETS = [
    Target("import", lines_strategy(), check_import),
    Target("search", HOSTILE, check_search),
    Target("scenario", scenario_texts(), lambda x: check_scenario(*x)),
    Target("settings", settings_files(), check_settings),
    Target("parsers", parser_inputs(), lambda x: check_parser(*x)),
]


def by_name() -> Iterator[tuple[str, Target]]:
    return ((t.name, t) for t in TARGETS)
