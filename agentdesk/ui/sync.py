"""Background sync for the console: on a schedule, on "Sync now" (F5), never on the GUI thread.

The engine runs on its own Python thread (the task pool stays free for the views' queries)
and writes through the app's single writer, waiting for each page there, so the GUI
never waits on a lock. Its change notifications are merged and passed on to the views at
most a few times a second, so a first sync of a large shop does not repaint every page.
The network code (httpx, the connectors) is imported on that thread, after the window
is up.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from agentdesk.core.types import Changes
from agentdesk.settings import Settings
from agentdesk.ui.tasks import Tasks

log = logging.getLogger("agentdesk.sync")


class SyncController(QObject):
    started = Signal()
    progress = Signal(object)  # sync.engine.Progress
    finished = Signal(object)  # sync.engine.Report, or a str: why it could not start
    _changes = Signal(object)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.cancel = threading.Event()
        self.thread: threading.Thread | None = None
        self.last_report: Any = None
        self.factory: Any = None  # (backend, url, token) -> Connector; None: the real ones
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self._pending = Changes()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(250)
        self._flush.timeout.connect(self._emit_changes)
        self._changes.connect(self._collect)

    # --- schedule -----------------------------------------------------------------------

    def configured(self) -> bool:
        return bool(self.settings.get("sync.backend") and self.settings.get("sync.url"))

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, first_in_ms: int = 1500) -> None:
        """Sync now and then every sync.interval_s, when a shop is configured."""
        self.timer.stop()
        if not self.configured():
            return
        self.timer.setInterval(int(self.settings.get("sync.interval_s")) * 1000)
        self.timer.start()
        QTimer.singleShot(first_in_ms, self.sync_now)

    def sync_now(self, sweep: bool | None = None) -> bool:
        """Start a sync unless one runs; False when none could start."""
        if self.running or not self.configured():
            return False
        self.cancel.clear()
        backend = str(self.settings.get("sync.backend"))
        url = str(self.settings.get("sync.url"))
        options = {
            "promise_days": int(self.settings.get("sync.promise_days")),
            "sweep_every_s": int(self.settings.get("sync.sweep_minutes")) * 60.0,
        }
        self.thread = threading.Thread(
            target=self._run,
            args=(backend, url, sweep, options),
            name="agentdesk-sync",
            daemon=True,
        )
        self.started.emit()
        self.thread.start()
        return True

    def stop(self, timeout: float = 10.0) -> None:
        """Stop at the next page boundary and wait for it (the window is closing)."""
        self.timer.stop()
        self.cancel.set()
        if self.thread is not None:
            self.thread.join(timeout)

    # --- the worker thread --------------------------------------------------------------

    def _write(self, fn: Any) -> Any:
        return self.tasks.writer.submit(fn).result()

    def _run(self, backend: str, url: str, sweep: bool | None, options: dict[str, Any]) -> None:
        from agentdesk.sync import credentials
        from agentdesk.sync.connectors import make
        from agentdesk.sync.engine import Engine
        from agentdesk.sync.http import TlsError, trust

        log.info("sync with %s at %s starts", backend, url)
        try:
            trust(url, self.settings.get("sync.ca_file") or None)  # this shop's own CA, if set
            token = credentials.get(backend, url)
            connector = (self.factory or make)(backend, url, token)
        except (credentials.NoToken, TlsError, ValueError) as e:
            log.warning("sync with %s at %s cannot start: %s", backend, url, e)
            self.finished.emit(str(e))
            return
        try:
            engine = Engine(
                connector,
                self._write,
                on_progress=self.progress.emit,
                on_changes=self._changes.emit,
                cancel=self.cancel,
                **options,
            )
            from agentdesk.store.locks import SyncBusy, sync_lock

            with sync_lock(self.tasks.db_path):  # one sync per cache: none sends twice
                report = engine.run(sweep)
        except SyncBusy:
            self.finished.emit(
                self.tr("Another AgentDesk is syncing this cache right now; it syncs next time.")
            )
            return
        except Exception as e:  # a bug must not kill the app: report it like any failure
            log.exception("sync with %s at %s failed", backend, url)
            self.finished.emit(f"{type(e).__name__}: {e}")
            return
        finally:
            connector.close()
        self._changes.emit(Changes())  # flush what is collected
        log.info(
            "sync with %s done: %d written, %d sent, %d failed, error %s, offline %s",
            backend,
            report.written,
            report.sent,
            report.failed,
            report.error,
            report.offline,
        )
        self.last_report = report
        self.finished.emit(report)

    # --- change notifications (GUI thread) ----------------------------------------------

    @Slot(object)
    def _collect(self, changes: Changes) -> None:
        self._pending = self._pending.merge(changes)
        if not self._flush.isActive():
            self._flush.start()

    def _emit_changes(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.tasks.changed.emit(changes)
