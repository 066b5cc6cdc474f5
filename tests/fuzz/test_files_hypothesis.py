"""Scenario and settings files fed garbage (hypothesis, bounded): a scenario loads and plays
through, or is refused in one sentence; a settings file of any content starts the app on
valid values (the defaults where the file is bad) with a warning, and is written back whole.
The time-boxed fuzzing run (``python -m tests.fuzz.run``) drives the same targets longer."""

from __future__ import annotations

import json
import logging

import pytest
from hypothesis import HealthCheck, example, given, settings

from agentdesk.settings import Settings
from tests.fuzz.targets import (
    SHIPPED,
    check_scenario,
    check_settings,
    scenario_texts,
    settings_files,
)

BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@BOUNDED
@given(case=scenario_texts())
@example(case=("lost-parcel", "[" * 100_000))  # RecursionError escaped the loader
@example(case=("lost-parcel", '{"id": 1e400}'))
@example(case=("lost-parcel", '{"id": ' + "9" * 5000 + "}"))  # ValueError: int digits limit
def test_a_scenario_file_loads_and_plays_or_is_refused_in_a_sentence(case: tuple[str, str]) -> None:
    check_scenario(*case)


def test_the_shipped_scenarios_are_what_the_mutations_start_from() -> None:
    assert len(SHIPPED) >= 5
    for name, data in SHIPPED:
        check_scenario(name, json.dumps(data, ensure_ascii=False))


@BOUNDED
@given(raw=settings_files())
@example(raw=b"[" * 100_000)  # RecursionError at start-up
@example(raw=b'{"sla.email_minutes": NaN}')  # NaN passed every bound
@example(raw=b'{"sla.email_minutes": Infinity}')
@example(raw=b"\xff\xfe{}")
@example(raw=b'{"ui.language": "da", "sla.chat_minutes": ')
def test_a_settings_file_of_any_content_falls_back_to_defaults(raw: bytes) -> None:
    check_settings(raw)


def test_a_bad_settings_file_is_reported(
    tmp_path: pytest.TempPathFactory, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"  # type: ignore[operator]
    path.write_text('{"sla.email_minutes": "soon", "ui.language": "da"', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="agentdesk.settings"):
        s = Settings(path)
    assert s.ignored and "defaults" in s.ignored[0]
    assert any("not a settings file" in r.getMessage() for r in caplog.records)
    path.write_text('{"sla.email_minutes": "soon", "ui.language": "da"}', encoding="utf-8")
    s = Settings(path)
    assert s.get("ui.language") == "da" and len(s.ignored) == 1
    assert "sla.email_minutes" in s.ignored[0]
