"""The console starts on a settings file of garbage, wrong types or cut off: the defaults
stand for what is bad, what is good is kept, and it says so in the log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from agentdesk.settings import Settings

FILES = [
    b"\x00\xff garbage",
    b"[" * 100_000,
    b'{"ui.language": "da", "sla.email_minutes": NaN, "ui.theme": ["dark"], "kpi.time_zone": 5',
    b'{"ui.language": "da", "sla.email_minutes": NaN, "ui.theme": ["dark"], "kpi.time_zone": 5}',
    b'"just a string"',
]


@pytest.mark.parametrize("raw", FILES, ids=["binary", "nested", "cut", "wrong-types", "string"])
def test_the_console_opens_on_a_bad_settings_file(
    qtbot: Any, demo_db: Path, tmp_path: Path, raw: bytes
) -> None:
    from agentdesk.ui.main_window import MainWindow

    path = tmp_path / "settings.json"
    path.write_bytes(raw)
    settings = Settings(path)
    assert settings.ignored  # each problem said once, in a sentence
    w = MainWindow(demo_db, "en", settings)
    qtbot.addWidget(w)
    w.show()
    assert w.tasks.wait_idle()
    assert settings.get("sla.email_minutes") == Settings(tmp_path / "none.json").get(
        "sla.email_minutes"
    )
    if raw.endswith(b"}"):
        assert settings.get("ui.language") == "da"  # the good value of a bad file is kept
    w.tasks.close()
