"""Shared fixtures: real SQLite caches in temporary folders; Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_NOW = datetime(2026, 11, 20, 14, 0, tzinfo=UTC)
DEMO_CUSTOMERS = 1500


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings and caches go to a throwaway home, never the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))  # the log, crash reports
    # A private screen-pop server name: tests never talk to a console you have open.
    monkeypatch.setenv("AGENTDESK_INSTANCE", f"test-{os.getpid()}-{home.name}")


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from agentdesk.store import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    demo.build(path, DEMO_CUSTOMERS, seed=7, now=DEMO_NOW)
    from agentdesk.cli import _demo_training

    _demo_training(path, 7)
    return path


@pytest.fixture
def demo_db(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo cache, free to change."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_master, path)
    os.chmod(path, 0o600)
    return path
