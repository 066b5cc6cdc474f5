"""The log file and crash reports, with secrets kept out of both.

- ``setup()``: a rotating log (``agentdesk.log``, 1 MB x 3) in the user's log folder
  (``paths.log_dir()``), the folder 0700 and every file 0600 whatever the umask.
- ``install_crash_handler()``: an uncaught exception, on the main thread or any other, is
  written to ``crash-<time>.txt`` beside the log (the traceback with each frame's local
  variables left out: they hold tokens and customers' data) and logged.
- Every line is redacted: ``Authorization``/token headers, ``Bearer``/``Basic`` credentials,
  ``token=``/``consumer_secret=``-style pairs, user:password in URLs, and any value given
  to ``secret()`` (credentials.get hands over each token it returns).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from agentdesk import paths

MASK = "[redacted]"
LOG_NAME = "agentdesk.log"
_secrets: set[str] = set()
_lock = threading.Lock()

_PATTERNS = (
    # header lines and pairs: Authorization: Bearer x, X-Shopify-Access-Token: x
    re.compile(
        r"(?i)((?:proxy-)?authorization|x-shopify-access-token|vendure-auth-token|cookie"
        r"|set-cookie)(['\"]?\s*[:=,]\s*['\"]?(?:(?:bearer|basic)\s+)?)([^\s'\",;}]+)"
    ),
    re.compile(r"\b([Bb]earer|BEARER)(\s+)([A-Za-z0-9._~+/=-]{6,})"),
    re.compile(r"\b(Basic|BASIC)(\s+)([A-Za-z0-9+/]{8,}={0,2})"),
    # query and form pairs, JSON keys: token=..., "password": "...", consumer_secret=...
    re.compile(
        r"(?i)([\"']?\b(?:access_?token|token|password|passwd|secret|api_?key|consumer_key"
        r"|consumer_secret|client_secret)[\"']?)(\s*[:=]\s*[\"']?)([^\s&\"',;}]+)"
    ),
    # user:password@ in a URL
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://)([^\s/@:]+:)([^\s/@]+)(?=@)"),
)


def secret(value: str | None) -> None:
    """Never write ``value`` to a log or a crash report (nor either half of a key:secret)."""
    if not value:
        return
    with _lock:
        for part in (value, *value.split(":")):
            if len(part) >= 4:
                _secrets.add(part)


def redact(text: str) -> str:
    """``text`` with every known secret and everything that looks like a credential masked."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every file (the live one and the rolled ones) is 0600."""

    def _open(self) -> Any:
        return paths.open_private(Path(self.baseFilename), "a", encoding=self.encoding)


_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_handler: logging.Handler | None = None


def setup(level: int | str | None = None, directory: Path | None = None) -> Path | None:
    """Log AgentDesk's and its HTTP client's messages to the rotating file; returns its path
    (None when the log folder cannot be written: the work goes on without a log file).
    ``level`` (or ``AGENTDESK_LOG_LEVEL``): INFO by default. Calling it again moves the log."""
    global _handler
    try:
        folder = paths.private_dir(directory or paths.log_dir())
        path = folder / LOG_NAME
        handler = PrivateRotatingHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as e:
        sys.stderr.write(f"agentdesk: No log file ({e.strerror or e}).\n")
        return None
    chosen = level or os.environ.get("AGENTDESK_LOG_LEVEL", "").upper() or logging.INFO
    if isinstance(chosen, str):
        chosen = logging.getLevelName(chosen)
        if not isinstance(chosen, int):
            chosen = logging.INFO
    handler.setFormatter(RedactingFormatter(_FORMAT))
    for name in ("agentdesk", "httpx", "httpcore"):
        logger = logging.getLogger(name)
        if _handler is not None:
            logger.removeHandler(_handler)
        logger.addHandler(handler)
        logger.setLevel(chosen)
    if _handler is not None:
        _handler.close()
    _handler = handler
    return path


def shutdown() -> None:
    """Close the log file (tests; the end of the process)."""
    global _handler
    if _handler is None:
        return
    for name in ("agentdesk", "httpx", "httpcore"):
        logging.getLogger(name).removeHandler(_handler)
    _handler.close()
    _handler = None


def crash_report(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    directory: Path | None = None,
    thread: str | None = None,
) -> Path:
    """Write one crash report (redacted, 0600) and return its path."""
    from agentdesk import __version__

    now = datetime.now(UTC)
    folder = paths.private_dir(directory or paths.log_dir())
    path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}-{now.microsecond:06d}.txt"
    lines = [
        f"AgentDesk {__version__} crashed at {now.isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {sys.platform}; thread {thread or 'main'}",
        "",
        # format_exception never prints frames' locals; only the code and the message
        *traceback.format_exception(kind, error, tb),
    ]
    with paths.open_private(path, "w", encoding="utf-8") as fh:
        fh.write(redact("\n".join(line.rstrip("\n") for line in lines)) + "\n")
    return path


_log = logging.getLogger("agentdesk.crash")


def install_crash_handler(
    directory: Path | None = None, notify: Callable[[Path, BaseException], None] | None = None
) -> None:
    """Uncaught exceptions (any thread) become a crash report and a log line; ``notify``
    (the console's message box) hears of each. Ctrl+C stays a plain interrupt."""
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        _report(kind, error, tb, None)

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        _report(args.exc_type, args.exc_value, args.exc_traceback, args.thread)

    def _report(
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
        thread: threading.Thread | None,
    ) -> None:
        try:
            path = crash_report(kind, error, tb, directory, thread.name if thread else None)
        except OSError as e:  # no room, no folder: at least say so
            sys.stderr.write(redact(f"agentdesk: could not write a crash report ({e}).\n"))
            return
        _log.error("uncaught %s: crash report %s", kind.__name__, path)
        sys.stderr.write(f"agentdesk: Something went wrong; a report is in {path}.\n")
        if notify is not None:
            try:
                notify(path, error)
            except Exception:  # the report is written; the notice is a courtesy
                _log.exception("could not show the crash notice")

    sys.excepthook = handle
    threading.excepthook = handle_thread
