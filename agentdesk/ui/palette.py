"""Ctrl+K: one box over the window that finds customers, orders, tickets and notes as you
type, keyboard only (arrows move, Enter opens, Escape closes)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.types import SearchHit, SearchKind
from agentdesk.store.search import search_with_snippets
from agentdesk.ui.safe_text import tip
from agentdesk.ui.tasks import Tasks

LIMIT = 30


def kind_label(kind: SearchKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        SearchKind.CUSTOMER: QCoreApplication.translate("Palette", "Customer"),
        SearchKind.ORDER: QCoreApplication.translate("Palette", "Order"),
        SearchKind.TICKET: QCoreApplication.translate("Palette", "Ticket"),
        SearchKind.MESSAGE: QCoreApplication.translate("Palette", "Message"),
        SearchKind.NOTE: QCoreApplication.translate("Palette", "Note"),
    }[kind]


def _target(conn: sqlite3.Connection, hit: SearchHit) -> tuple[str, str] | None:
    """Where a hit opens: ("ticket", id) for tickets and messages, else ("customer", id)."""
    if hit.kind == SearchKind.TICKET:
        return "ticket", hit.id
    if hit.kind == SearchKind.MESSAGE:
        row = conn.execute("SELECT ticket_id FROM messages WHERE id = ?", [hit.id]).fetchone()
        return None if row is None else ("ticket", str(row[0]))
    sql = {
        SearchKind.CUSTOMER: "SELECT id FROM customers WHERE id = ?",
        SearchKind.ORDER: "SELECT customer_id FROM orders WHERE id = ?",
        SearchKind.NOTE: "SELECT customer_id FROM notes WHERE id = ?",
    }[hit.kind]
    row = conn.execute(sql, [hit.id]).fetchone()
    return None if row is None else ("customer", str(row[0]))


class CommandPalette(QDialog):
    """`opened(kind, id)` fires with "customer" or "ticket" when the agent picks a hit."""

    opened = Signal(str, str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Find"))
        self.setObjectName("Palette")
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(
            self.tr("Name, e-mail, phone, order number, ticket subject or note…")
        )
        self.box.setAccessibleName(self.tr("Find anything"))
        self.box.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matches"))
        self.list.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.hits: list[SearchHit] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(60)
        self.debounce.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.debounce.start())
        self.box.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self.choose())
        self.resize(640, 420)
        self._show_hint()

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            self.move(geo.x() + (geo.width() - self.width()) // 2, geo.y() + 80)
        self.box.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and page keys in the box move through the matches; Enter opens one."""
        if not (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return super().eventFilter(watched, event)
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 8,
            Qt.Key.Key_PageUp: -8,
        }
        key = event.key()
        if key in steps:
            if self.list.count():
                row = self.list.currentRow() + steps[Qt.Key(key)]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.debounce.isActive():  # typed faster than the search: run it now
                self.debounce.stop()
                self.run(then_choose=True)
            else:
                self.choose()
            return True
        return super().eventFilter(watched, event)

    def _show_hint(self) -> None:
        self.hint.setText(
            self.tr("Type to find a customer, an order, a ticket or a note. Enter opens it.")
        )

    def run(self, then_choose: bool = False) -> None:
        text = self.box.text().strip()
        if not text:
            self.hits = []
            self.list.clear()
            self._show_hint()
            return

        def load(conn: sqlite3.Connection) -> list[SearchHit]:
            return search_with_snippets(conn, text, LIMIT)

        def shown(hits: list[SearchHit]) -> None:
            self._show(text, hits)
            if then_choose:
                self.choose()

        self.tasks.query(load, self.tasks.latest(f"palette-{id(self)}", shown))

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.list.clear()
        for h in hits:
            line = f"{kind_label(h.kind)} · {h.title}"
            if h.snippet:
                line += f"\n{h.snippet}"
            item = QListWidgetItem(line)
            item.setToolTip(tip(h.snippet))  # customers' words: shown, never as markup
            self.list.addItem(item)
        if hits:
            self.hint.setText(
                self.tr("%n match(es). Enter opens the highlighted one.", "", len(hits))
            )
            self.list.setCurrentRow(0)
        else:
            self.hint.setText(
                self.tr(
                    "Nothing matches “%1”. Try part of a name, a phone number or an order number."
                ).replace("%1", text)
            )

    def choose(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.hits):
            return
        hit = self.hits[row]

        def go(target: tuple[str, str] | None) -> None:
            if target is not None:
                self.opened.emit(*target)
                self.accept()

        self.tasks.query(lambda conn: _target(conn, hit), go)
