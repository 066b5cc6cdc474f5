"""Logging a phone call while it happens: a running timer, notes, outcome, follow-up date."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.timefmt import to_utc_text
from agentdesk.core.types import Changes
from agentdesk.store import actions
from agentdesk.ui import labels
from agentdesk.ui.tasks import Tasks


class CallDialog(QDialog):
    """Non-modal: the agent keeps using the console while talking."""

    saved = Signal()

    def __init__(
        self,
        tasks: Tasks,
        customer: dict[str, Any],
        agent_id: str | None,
        ticket_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.customer, self.agent_id, self.ticket_id = (
            tasks,
            customer,
            agent_id,
            ticket_id,
        )
        self.started = datetime.now(UTC).replace(microsecond=0)
        self.setWindowTitle(self.tr("Call with %1").replace("%1", customer["name"]))
        self.setModal(False)
        self.clock = QLabel(self)
        self.clock.setObjectName("PaneTitle")
        self.clock.setAccessibleName(self.tr("Call duration"))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Call notes"))
        self.notes.setPlaceholderText(self.tr("Notes while you talk…"))
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for code in actions.CALL_OUTCOMES:
            self.outcome.addItem(labels.call_outcome(code), code)
        self.follow_up = QDateEdit(QDate.currentDate().addDays(1), self)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setMinimumDate(QDate.currentDate())
        self.follow_up.setAccessibleName(self.tr("Follow-up date"))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.save = QPushButton(self.tr("End call and save"), self)
        self.save.setDefault(True)
        self.save.clicked.connect(self.finish)
        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Follow up on"), self.follow_up)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock)
        layout.addWidget(self.notes, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self._outcome_changed()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self._tick()
        self.resize(440, 360)
        self._done = False

    def elapsed_seconds(self) -> int:
        return int((datetime.now(UTC) - self.started).total_seconds())

    def _tick(self) -> None:
        s = self.elapsed_seconds()
        loc = QLocale()
        minutes = loc.toString(s // 60)
        seconds = loc.toString(s % 60).rjust(2, loc.zeroDigit())
        self.clock.setText(f"☎ {minutes}:{seconds}")

    def _outcome_changed(self) -> None:
        self.follow_up.setEnabled(self.outcome.currentData() == "follow_up")

    def finish(self) -> None:
        ended = to_utc_text(datetime.now(UTC).replace(microsecond=0))
        started = to_utc_text(self.started)
        outcome = self.outcome.currentData()
        follow = (
            self.follow_up.date().toString(Qt.DateFormat.ISODate)
            if outcome == "follow_up"
            else None
        )
        customer, agent, ticket = self.customer["id"], self.agent_id, self.ticket_id
        summary = self.notes.toPlainText()
        self.save.setEnabled(False)

        def done(_changes: Changes) -> None:
            self._done = True
            self.timer.stop()
            self.saved.emit()
            self.accept()

        self.tasks.change(
            lambda conn: actions.log_call(
                conn, customer, agent, started, ended, outcome, summary, ticket, follow
            ),
            done,
            # If the write fails, the dialog stays open with the notes: nothing is lost.
            on_error=lambda _message: self.save.setEnabled(True),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done and self.notes.toPlainText().strip():
            self.finish()  # closing the window saves the call rather than losing the notes
            event.ignore()
            return
        self.timer.stop()
        super().closeEvent(event)
