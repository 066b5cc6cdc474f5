"""The team hub's background sync for the console: ``HubSync.watch`` on its own Python thread
(psycopg imported there, after the window is up), writing through the app's single writer.
Its change notifications are merged and passed to the views a few times a second; a
conflict ("already taken by Anna") and the hub's state go to the status bar."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from agentdesk.core.types import Changes
from agentdesk.settings import Settings
from agentdesk.ui.tasks import Tasks

log = logging.getLogger("agentdesk.hub")


class HubController(QObject):
    report = Signal(object)  # hub.sync.HubReport after each pass
    conflict = Signal(str)  # one sentence per refused change
    state_changed = Signal()  # state, since or error changed
    _changes = Signal(object)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.settings = tasks, settings
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.last_report: Any = None
        self.state = ""  # "", "ok", "offline", "error"
        self.since: str | None = None  # offline since (UTC, ISO 8601)
        self.error = ""
        self._pending = Changes()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(250)
        self._flush.timeout.connect(self._emit_changes)
        self._changes.connect(self._collect)

    def configured(self) -> bool:
        return bool(self.settings.get("sync.hub_dsn"))

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self) -> bool:
        """Watch the hub (when one is configured) until stop()."""
        if self.running or not self.configured():
            return False
        self.stop_event = threading.Event()
        dsn = str(self.settings.get("sync.hub_dsn"))
        self.thread = threading.Thread(
            target=self._run, args=(dsn, self.stop_event), name="agentdesk-hub", daemon=True
        )
        self.thread.start()
        return True

    def restart(self) -> None:
        self.stop()
        self.start()

    def stop(self, timeout: float = 10.0) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(timeout)
            self.thread = None
        self.state, self.since, self.error = "", None, ""

    def _write(self, fn: Any) -> Any:
        return self.tasks.writer.submit(fn).result()

    def _passed(self, r: Any) -> None:
        from datetime import UTC, datetime

        self.last_report = r
        for item in r.conflict_items:
            self.conflict.emit(self.describe(item))
        before = (self.state, self.since, self.error)
        if r.offline:
            self.state, self.error = "offline", str(r.offline)
            if self.since is None:
                self.since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif r.error:
            self.state, self.since, self.error = "error", None, str(r.error)
        else:
            self.state, self.since, self.error = "ok", None, ""
        self.report.emit(r)
        if (self.state, self.since, self.error) != before:
            self.state_changed.emit()

    def describe(self, c: Any) -> str:
        """A hub.sync.Conflict in the console's language."""
        if c.what == "taken":
            text = self.tr("Ticket “%1” was already taken by %2.")
        elif c.what == "ticket":
            text = self.tr("Ticket “%1” was changed first by %2; your change was not applied.")
        elif c.what == "note":
            text = self.tr("The note was changed first by %2; your change was not applied.")
        else:
            text = self.tr("A colleague's change came first (%2); yours was not applied.")
        return text.replace("%1", c.subject).replace("%2", c.who)

    def _run(self, dsn: str, stop: threading.Event) -> None:
        from agentdesk.hub.sync import HubSync

        try:
            hub = HubSync(
                dsn, self._write, on_changes=self._changes.emit, on_report=self._passed, stop=stop
            )
            hub.watch()
        except Exception as e:  # a bug must not kill the app: report it like any failure
            log.exception("hub sync failed")
            self.conflict.emit(f"{type(e).__name__}: {e}")

    @Slot(object)
    def _collect(self, changes: Changes) -> None:
        self._pending = self._pending.merge(changes)
        if not self._flush.isActive():
            self._flush.start()

    def _emit_changes(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.tasks.changed.emit(changes)
