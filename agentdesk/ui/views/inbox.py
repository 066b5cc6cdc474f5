"""The inbox: queues of tickets (lazy, id-based), the conversation, and the customer 360."""

from __future__ import annotations

import html
import sqlite3
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.types import Category, Changes, Channel
from agentdesk.store import actions, queries
from agentdesk.ui import labels
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS
from agentdesk.ui.views.customer360 import Customer360, badge, directed

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100


class QueueModel(QAbstractTableModel):
    """Holds only ticket ids; rows are read by block when the view first shows them."""

    COLUMNS = ("sla", "channel", "customer", "subject", "category", "status", "assignee", "age")

    def __init__(self, conn: sqlite3.Connection, warn_fraction: float) -> None:
        super().__init__()
        self.conn = conn
        self.ids: list[str] = []
        self.cache: dict[str, dict[str, Any]] = {}
        self.warn_fraction = warn_fraction
        self.now = datetime.now(UTC)

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def refresh_rows(self, ticket_ids: frozenset[str]) -> None:
        for tid in ticket_ids & self.cache.keys():
            del self.cache[tid]
        rows = [i for i, tid in enumerate(self.ids) if tid in ticket_ids]
        for r in rows:
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.COLUMNS) - 1))

    def tick(self) -> None:
        self.now = datetime.now(UTC)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, 0))
            last = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self.ids) - 1, last))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row(self, r: int) -> dict[str, Any] | None:
        if not 0 <= r < len(self.ids):
            return None
        tid = self.ids[r]
        if tid not in self.cache:
            start = (r // BLOCK) * BLOCK
            block = [i for i in self.ids[start : start + BLOCK] if i not in self.cache]
            self.cache.update(queries.ticket_rows(self.conn, block))
        return self.cache.get(tid)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                "sla": self.tr("SLA"),
                "channel": self.tr("Channel"),
                "customer": self.tr("Customer"),
                "subject": self.tr("Subject"),
                "category": self.tr("Category"),
                "status": self.tr("Status"),
                "assignee": self.tr("Assignee"),
                "age": self.tr("Age"),
            }[self.COLUMNS[section]]
        return None

    def sla(self, t: dict[str, Any]) -> tuple[str, str | None]:
        """(text, tone) of the first-response timer: tone None, 'warn' or 'bad'."""
        if t["status"] not in ("open", "pending") or t["first_response_at"] or not t["sla_due_at"]:
            return ("✓" if t["first_response_at"] else "—"), None
        due = datetime.fromisoformat(t["sla_due_at"].replace("Z", "+00:00"))
        created = datetime.fromisoformat(t["created_at"].replace("Z", "+00:00"))
        left = (due - self.now).total_seconds()
        total = max(1.0, (due - created).total_seconds())
        tone = "bad" if left < 0 else "warn" if left < total * (1 - self.warn_fraction) else None
        return labels.duration(left), tone

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.row(index.row())
        if t is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "sla":
                return self.sla(t)[0]
            if col == "channel":
                return labels.channel(t["channel"])
            if col == "category":
                return labels.category(t["category"])
            if col == "status":
                return labels.status(t["status"])
            if col == "assignee":
                return t["assignee"] or self.tr("Unassigned")
            if col == "age":
                return labels.age(t["created_at"], self.now)
            return t[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "sla":
                tone = self.sla(t)[1]
                return QBrush(QColor(COLORS[tone])) if tone else None
            if col == "assignee" and not t["assignee"]:
                return QBrush(QColor(COLORS["muted"]))
        if role == Qt.ItemDataRole.BackgroundRole and col == "sla":
            tone = self.sla(t)[1]
            return QBrush(QColor(COLORS[f"{tone}_bg"])) if tone else None
        if role == Qt.ItemDataRole.ToolTipRole and col == "sla":
            return self.tr("First response due %1").replace("%1", labels.when(t["sla_due_at"]))
        if role == Qt.ItemDataRole.UserRole:
            return t["id"]
        return None


class Conversation(QWidget):
    send_requested = Signal(str, str, bool)  # ticket id, text, public
    status_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("PaneTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("Muted")
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Conversation"))
        self.empty = QLabel(
            self.tr("Select a ticket in the queue. Use j and k to move, Enter to open."), self
        )
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Ticket status"))
        for code in ("open", "pending", "solved", "closed"):
            self.status.addItem(labels.status(code), code)
        self.status.activated.connect(self._status_chosen)
        self.composer = QPlainTextEdit(self)
        self.composer.setAccessibleName(self.tr("Reply"))
        self.composer.setMaximumHeight(120)
        self.internal = QCheckBox(self.tr("Internal note"), self)
        self.internal.setToolTip(self.tr("Only colleagues see internal notes (Ctrl+I)"))
        self.internal.toggled.connect(self._mode_changed)
        self.send = QPushButton(self)
        self.send.clicked.connect(self._send)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self.composer)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self._send)
        toggle = QShortcut(QKeySequence("Ctrl+I"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.internal.toggle)
        head = QHBoxLayout()
        head.addWidget(self.meta, 1)
        head.addWidget(self.status)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.internal)
        actions_row.addStretch(1)
        actions_row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.composer)
        layout.addLayout(actions_row)
        layout.addWidget(self.empty, 1)
        self.ticket: dict[str, Any] | None = None
        self._mode_changed(False)
        self.show_ticket(None)

    def _mode_changed(self, internal: bool) -> None:
        self.send.setText(self.tr("Add internal note") if internal else self.tr("Send reply"))
        self.send.setToolTip(self.tr("Ctrl+Enter"))
        name = self.ticket["customer"] if self.ticket else ""
        self.composer.setPlaceholderText(
            self.tr("Note for colleagues only…")
            if internal
            else self.tr("Reply to %1… (Ctrl+Enter sends)").replace("%1", name)
        )

    def _send(self) -> None:
        text = self.composer.toPlainText()
        if self.ticket is None or not text.strip():
            return
        self.send_requested.emit(self.ticket["id"], text, not self.internal.isChecked())

    def _status_chosen(self, index: int) -> None:
        if self.ticket is not None and self.status.itemData(index) != self.ticket["status"]:
            self.status_requested.emit(self.status.itemData(index))

    @staticmethod
    def _sync_note(m: dict[str, Any]) -> str:
        return _sync_text(m.get("sync"))

    def sent(self) -> None:
        """The reply is saved locally: clear the composer for the next one."""
        self.composer.clear()
        self.internal.setChecked(False)

    def show_ticket(self, t: dict[str, Any] | None) -> None:
        if t is None or self.ticket is None or t["id"] != self.ticket["id"]:
            self.composer.clear()  # a draft belongs to its ticket
        self.ticket = t
        for w in (
            self.title,
            self.meta,
            self.browser,
            self.status,
            self.composer,
            self.internal,
            self.send,
        ):
            w.setVisible(t is not None)
        self.empty.setVisible(t is None)
        if t is None:
            return
        self.status.setCurrentIndex(self.status.findData(t["status"]))
        self._mode_changed(self.internal.isChecked())
        self.title.setText(t["subject"])
        bits = [
            f'<span dir="ltr">#{html.escape(t["id"])}</span>',
            labels.channel(t["channel"]),
            labels.category(t["category"]),
            labels.status(t["status"]),
        ]
        if t.get("order"):
            bits.append(self.tr("order %1").replace("%1", f"#{t['order'][0]['number']}"))
        meta = " · ".join(bits)
        if t.get("same_problem"):
            meta += " " + badge("⚠ " + self.tr("Same problem again"), "bad")
        self.meta.setText(meta)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        out = [f'<html dir="{"rtl" if rtl else "ltr"}"><body>']
        for m in t["messages"]:
            if not m["public"]:
                bg, who = (
                    COLORS["internal_bg"],
                    self.tr("Internal note · %1").replace("%1", m["agent"] or ""),
                )
            elif m["author"] == "agent":
                bg, who = COLORS["agent_bg"], m["agent"] or self.tr("Agent")
            elif m["author"] == "system":
                bg, who = COLORS["alt"], self.tr("System")
            else:
                bg, who = COLORS["customer_bg"], t["customer"]
            out.append(
                f'<table width="100%" cellpadding="8" style="margin-bottom:6px; background:{bg};">'
                f"<tr><td><b>{html.escape(labels.isolate(who))}</b> "
                f'<span style="color:{COLORS["muted"]};">{labels.when(m["created_at"])}</span>'
                f'<div dir="{labels.text_direction(m["body"])}">'
                f"{html.escape(m['body']).replace(chr(10), '<br/>')}</div>"
                f"{self._sync_note(m)}</td></tr></table>"
            )
        out.append("</body></html>")
        self.browser.setHtml(directed("".join(out), rtl))


def _sync_text(state: str | None) -> str:
    if state is None:
        return ""
    tone = "bad" if state == "failed" else "warn"
    text = (
        QCoreApplication.translate("Conversation", "Not sent: will retry")
        if state == "failed"
        else QCoreApplication.translate("Conversation", "Saved · waiting to send")
    )
    return f"<div>{badge('⏳ ' + text, tone)}</div>"


class InboxView(QWidget):
    message = Signal(str)  # a short confirmation for the status bar

    QUEUE_ORDER = ("mine", "unassigned", "open", "proactive", "solved_today")

    def __init__(
        self,
        tasks: Tasks,
        conn: sqlite3.Connection,
        agent_id: str | None,
        warn_fraction: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_id = agent_id
        self.queue = "open" if agent_id is None else "mine"
        self.model = QueueModel(conn, warn_fraction)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Queues"))
        for q in self.QUEUE_ORDER:
            self.tabs.addTab(self.queue_name(q))
        self.tabs.currentChanged.connect(self._queue_changed)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), None)
        for ch in Channel:
            self.channel.addItem(labels.channel(ch.value), ch.value)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), None)
        for cat in Category:
            self.category.addItem(labels.category(cat.value), cat.value)
        self.channel.currentIndexChanged.connect(self.reload)
        self.category.currentIndexChanged.connect(self.reload)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((72, 66, 124, 200, 106, 68, 100, 40)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.empty = QLabel(self)
        self.empty.setObjectName("Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.conversation = Conversation(self)
        self.customer = Customer360(tasks, agent_id, self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        bar = QHBoxLayout()
        bar.addWidget(self.channel)
        bar.addWidget(self.category)
        bar.addStretch(1)
        bar.addWidget(self.count)
        lv.addWidget(self.tabs)
        lv.addLayout(bar)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.conversation)
        self.splitter.addWidget(self.customer)
        self.splitter.setSizes([760, 520, 420])
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        for key, step in (("J", 1), ("K", -1)):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(lambda step=step: self.move(step))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.conversation.browser.setFocus)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.model.tick)
        self.timer.start(30_000)
        tasks.changed.connect(self.on_changes)
        self.conversation.send_requested.connect(self.send_reply)
        self.conversation.status_requested.connect(self.set_status)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_status)
        self.last_status: actions.StatusChange | None = None
        self.current_ticket: dict[str, Any] | None = None
        start = self.QUEUE_ORDER.index(self.queue)
        if self.tabs.currentIndex() == start:
            self._queue_changed(start)
        else:
            self.tabs.setCurrentIndex(start)

    def queue_name(self, q: str) -> str:
        return {
            "mine": self.tr("Mine"),
            "unassigned": self.tr("Unassigned"),
            "open": self.tr("All open"),
            "proactive": self.tr("Proactive"),
            "solved_today": self.tr("Solved today"),
        }[q]

    def _queue_changed(self, index: int) -> None:
        self.queue = self.QUEUE_ORDER[index]
        # In "Mine" every ticket is yours: the assignee column would only take space.
        self.table.setColumnHidden(QueueModel.COLUMNS.index("assignee"), self.queue == "mine")
        self.reload()

    def reload(self) -> None:
        queue, agent = self.queue, self.agent_id
        channel, category = self.channel.currentData(), self.category.currentData()
        now = datetime.now(UTC)

        def load(conn: sqlite3.Connection) -> tuple[list[str], dict[str, int]]:
            ids = queries.queue_ids(conn, queue, agent, channel, category, now=now)
            return ids, queries.queue_counts(conn, agent, now)

        self.tasks.query(load, self.tasks.latest(f"queue-{id(self)}", self._loaded))

    def _loaded(self, result: tuple[list[str], dict[str, int]]) -> None:
        ids, counts = result
        for i, q in enumerate(self.QUEUE_ORDER):
            self.tabs.setTabText(i, f"{self.queue_name(q)}  {counts[q]}")
        current = self.table.currentIndex()
        keep_id = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        keep_row = current.row()
        self.model.set_ids(ids)
        if keep_id is not None and ids:
            # Stay on the same ticket; if it left this queue, on the one that took its place.
            self.select(ids.index(keep_id) if keep_id in ids else min(keep_row, len(ids) - 1))
        self.count.setText(self.tr("%n ticket(s)", "", len(ids)))
        has = bool(ids)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            filtered = self.channel.currentData() or self.category.currentData()
            self.empty.setText(
                self.tr("No tickets match these filters. Clear them to see more.")
                if filtered
                else self.tr("Nothing waiting here. Well done.")
            )
        elif not self.table.currentIndex().isValid():
            self.select(0)

    def select(self, row: int) -> None:
        """Make `row` the current, selected ticket (and so open it)."""
        from PySide6.QtCore import QItemSelectionModel

        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def move(self, step: int) -> None:
        row = max(0, min(self.model.rowCount() - 1, self.table.currentIndex().row() + step))
        self.select(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tid = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if tid is None:
            self.tasks.latest(f"detail-{id(self)}", self._show_detail)  # drop any in flight
            self.conversation.show_ticket(None)
            self.customer.show_customer(None)
            return
        now = datetime.now(UTC)

        def load(conn: sqlite3.Connection) -> tuple[Any, Any]:
            t = queries.ticket_detail(conn, tid)
            if t is None:
                return None, None
            customer = queries.customer_360(conn, t["customer_id"], now)
            t["same_problem"] = customer is not None and queries.came_back(t, customer["tickets"])
            return t, customer

        self.tasks.query(load, self.tasks.latest(f"detail-{id(self)}", self._show_detail))

    def _show_detail(self, result: tuple[Any, Any]) -> None:
        ticket, customer = result
        self.current_ticket = ticket
        self.customer.ticket_id = ticket["id"] if ticket else None
        self.conversation.show_ticket(ticket)
        self.customer.show_customer(customer)

    def on_changes(self, changes: Changes) -> None:
        if changes.everything or changes.tickets:
            self.model.refresh_rows(changes.tickets)
            self.reload()  # a ticket may have joined or left this queue
            shown = self.current_ticket
            if shown and shown["id"] in changes.tickets:
                self._current_changed(self.table.currentIndex(), QModelIndex())
        elif self.current_ticket and self.current_ticket["customer_id"] in changes.customers:
            self._current_changed(self.table.currentIndex(), QModelIndex())

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [self.model.ids[r] for r in rows if 0 <= r < len(self.model.ids)]
        if not ids and self.current_ticket:
            ids = [self.current_ticket["id"]]
        return ids

    def send_reply(self, ticket_id: str, text: str, public: bool) -> None:
        agent = self.agent_id

        def done(_changes: Changes) -> None:
            if self.current_ticket and self.current_ticket["id"] == ticket_id:
                self.conversation.sent()
            self.message.emit(
                self.tr("Reply saved; it is sent when the shop is reachable.")
                if public
                else self.tr("Internal note saved.")
            )

        # The composer keeps the text until the write succeeded: a failure loses nothing.
        self.tasks.change(lambda conn: actions.reply(conn, ticket_id, agent, text, public), done)

    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        result: list[actions.StatusChange] = []

        def write(conn: sqlite3.Connection) -> Changes:
            result.append(actions.set_status(conn, ids, status))
            return result[0].changes

        def done(_changes: Changes) -> None:
            self.last_status = result[0]
            self.message.emit(
                self.tr("%n ticket(s) set to %1. Undo with Ctrl+Z.", "", len(ids)).replace(
                    "%1", labels.status(status)
                )
            )

        self.tasks.change(write, done)

    def undo_status(self) -> None:
        change = self.last_status
        if change is None:
            return
        self.last_status = None
        self.tasks.change(
            lambda conn: actions.undo_status(conn, change),
            lambda _c: self.message.emit(self.tr("Status change undone.")),
        )
