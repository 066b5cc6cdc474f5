"""One door for background work (after Anki's QueryOp/CollectionOp).

- `query(fn, on_done)`: run `fn(conn)` on a pool thread with that thread's own read
  connection; `on_done(result)` runs on the GUI thread.
- `change(fn, on_done)`: run `fn(conn)` on the single writer, in a transaction; its result
  (a Changes) is broadcast on `changed` so each view refreshes only what it shows.
Errors come back on the GUI thread through `failed` as one sentence; a full disk, a disk
error or a damaged file (store.writer.trouble) through `trouble` instead, with its kind.
- `hold()` ... `release()`: while the window's first frame is being made, finished work
  waits (its results are delivered, in order, on release) and `later(fn)` calls wait too,
  so the first paint never waits for a result or for work that can come after it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from agentdesk.core.types import Changes
from agentdesk.store.writer import Readers, Writer
from agentdesk.store.writer import trouble as trouble_kind


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
    trouble = Signal(str)  # a store.writer.SENTENCES key: "full", "io", "damaged", ...
    busy_changed = Signal(int)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.readers = Readers(db_path)
        self._writer: Writer | None = None  # started with the first write
        self._writer_lock = threading.Lock()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish)
        self.pending = 0
        self._generations: dict[str, int] = {}
        self._held: list[tuple[Any, Any, Any]] | None = None  # finished work kept by hold()
        self._later: list[Callable[[], None]] = []

    @property
    def writer(self) -> Writer:
        """The single writer, started on first use (not while the window is being made)."""
        with self._writer_lock:  # the sync thread writes too
            if self._writer is None:
                self._writer = Writer(self.db_path)
            return self._writer

    def hold(self) -> None:
        """Keep finished work and `later` calls until `release` (the first frame is up)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Deliver what finished while held, in order, then run the `later` calls, one per
        turn of the event loop so input and painting go on between them."""
        held, self._held = self._held, None
        for args in held or []:
            self._finish(*args)
        self._run_later()

    @property
    def holding(self) -> bool:
        return self._held is not None

    def later(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread once nothing is held, after what is queued (pending
        until it has run, so `wait_idle` waits for it)."""
        self._started()
        self._later.append(fn)
        if self._held is None and len(self._later) == 1:
            QTimer.singleShot(0, self._run_later)

    def _run_later(self) -> None:
        if not self._later or self._held is not None:
            return
        fn = self._later.pop(0)
        self.pending -= 1
        self.busy_changed.emit(self.pending)
        try:
            fn()
        except Exception as exc:  # like a failed task: said in the status bar, not a crash
            self.failed.emit(str(exc) or type(exc).__name__)
        if self._later:
            QTimer.singleShot(0, self._run_later)

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
        if self._held is not None:
            self._held.append((callbacks, result, error))
            return
        self.pending -= 1
        self.busy_changed.emit(self.pending)
        on_done, on_error = callbacks
        if error is not None:
            message = str(error) or type(error).__name__
            kind = trouble_kind(error)
            if kind is not None:
                self.trouble.emit(kind)
            else:
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
        with self._writer_lock:
            if self._writer is not None:
                self._writer.close()
