"""The console reports crashes from its first line on, though the log machinery loads only
after the first frame (agentdesk.ui.app)."""

from __future__ import annotations

import sys
import threading

import pytest

from agentdesk import logs, paths
from agentdesk.ui import app as ui_app


@pytest.fixture
def hooks():
    kept = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = kept
    ui_app._early.clear()
    logs.shutdown()


def _crash(token: str) -> None:
    try:
        raise RuntimeError(f"boom with Bearer {token}")
    except RuntimeError as e:
        sys.excepthook(type(e), e, e.__traceback__)


def test_a_crash_before_the_first_frame_leaves_a_report(hooks, capsys):
    ui_app._report_crashes()
    assert not paths.log_dir().exists() or not list(paths.log_dir().glob("crash-*"))
    _crash("abcdef123456")
    reports = list(paths.log_dir().glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text()
    assert "RuntimeError" in text and "abcdef123456" not in text  # redacted
    assert "a report is in" in capsys.readouterr().err


def test_after_the_first_frame_the_log_and_the_full_handler_take_over(hooks):
    ui_app._report_crashes()
    early = sys.excepthook
    ui_app._log_to_file()
    assert sys.excepthook is not early  # the full handler, installed once
    assert (paths.log_dir() / logs.LOG_NAME).exists()
    _crash("xyz987654321")
    worker = threading.Thread(target=lambda: 1 / 0, name="worker")
    worker.start()
    worker.join()
    assert len(list(paths.log_dir().glob("crash-*.txt"))) == 2  # main thread and worker
