"""One door for background work (after Anki's QueryOp/CollectionOp).

- `query(fn, on_done)`: run `fn(conn)` on a pool thread with that thread's own read
  connection; `on_done(result)` runs on the GUI thread.
- `change(fn, on_done)`: run `fn(conn)` on the single writer, in a transaction; its result
  (a Changes) is broadcast on `changed` so each view refreshes only what it shows.
Errors come back on the GUI thread through `failed` as one sentence.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from agentdesk.core.types import Changes
from agentdesk.store.writer import Readers, Writer


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from workers are queued to it."""

    done = Signal(object, object, object)  # (on_done, on_error), result, error


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        relay: _Relay,
        callback: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None = None,
    ):
        super().__init__()
        self.fn, self.relay, self.callbacks = fn, relay, (callback, on_error)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            self.relay.done.emit(self.callbacks, None, exc)
        else:
            self.relay.done.emit(self.callbacks, result, None)


class Tasks(QObject):
    changed = Signal(object)  # Changes
    failed = Signal(str)
    busy_changed = Signal(int)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.readers = Readers(db_path)
        self.writer = Writer(db_path)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish)
        self.pending = 0
        self._generations: dict[str, int] = {}

    def query(
        self,
        fn: Callable[[sqlite3.Connection], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """`on_error` hears only this query's failure (the status bar hears it via `failed`)."""
        self._started()
        self.pool.start(_Job(lambda: fn(self.readers.get()), self._relay, on_done, on_error))

    def change(
        self,
        fn: Callable[[sqlite3.Connection], Changes],
        on_done: Callable[[Changes], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """`on_error` hears only this write's failure (the status bar hears it via `failed`)."""
        self._started()
        future = self.writer.submit(fn)

        def after(result: Changes) -> None:
            if on_done is not None:
                on_done(result)
            if result:
                self.changed.emit(result)

        def relay(f: Future[Changes]) -> None:
            error = f.exception()
            self._relay.done.emit((after, on_error), None if error else f.result(), error)

        future.add_done_callback(relay)

    def _started(self) -> None:
        self.pending += 1
        self.busy_changed.emit(self.pending)

    @Slot(object, object, object)
    def _finish(
        self,
        callbacks: tuple[Callable[[Any], None] | None, Callable[[str], None] | None],
        result: Any,
        error: Any,
    ) -> None:
        self.pending -= 1
        self.busy_changed.emit(self.pending)
        on_done, on_error = callbacks
        if error is not None:
            message = str(error) or type(error).__name__
            self.failed.emit(message)
            if on_error is not None:
                on_error(message)
            return
        if on_done is not None:
            on_done(result)

    def latest(self, key: str, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Wrap `callback` so only the newest request under `key` is delivered.

        Two pool threads can finish out of order; an older answer (the previous ticket, the
        previous search) must never overwrite a newer one.
        """
        self._generations[key] = generation = self._generations.get(key, 0) + 1

        def deliver(result: Any) -> None:
            if self._generations.get(key) == generation:
                callback(result)

        return deliver

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For tests and screenshots: process events until no task is pending."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while self.pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(5)
        QCoreApplication.processEvents()
        return self.pending == 0

    def close(self) -> None:
        self.pool.waitForDone(5000)
        self.writer.close()
