"""The inbox: queues of tickets (lazy, id-based), the conversation, and the customer 360."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.types import Category, Changes, Channel, TicketStatus
from agentdesk.store import queries
from agentdesk.ui import icons, labels
from agentdesk.ui.safe_text import tip
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS

if TYPE_CHECKING:  # loaded with the panes and the first write, after the first frame
    from agentdesk.store import actions
    from agentdesk.ui.views.conversation import Conversation
    from agentdesk.ui.views.customer360 import Customer360

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
        self._names: dict[str, str] | None = None  # the header's, in the UI's language

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
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if self._names is None:  # asked hundreds of times while the table is laid out
            self._names = {
                "sla": self.tr("SLA"),
                "channel": self.tr("Channel"),
                "customer": self.tr("Customer"),
                "subject": self.tr("Subject"),
                "category": self.tr("Category"),
                "status": self.tr("Status"),
                "assignee": self.tr("Assignee"),
                "age": self.tr("Age"),
            }
        name = self._names[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column == "channel" else name  # an icon column: the tooltip names it
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return name
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
                return None  # the icon says it; the tooltip and screen readers get the word
            if col == "subject" and t["priority"] in ("high", "urgent"):
                return f"{labels.priority(t['priority'])} · {t['subject']}"
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
        if role == Qt.ItemDataRole.DecorationRole and col == "channel":
            return icons.channel(t["channel"])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == "channel":
                return labels.channel(t["channel"])
            if col == "subject":
                return tip(t["subject"]) if role == Qt.ItemDataRole.ToolTipRole else t["subject"]
        if role == Qt.ItemDataRole.ToolTipRole and col == "sla":
            return self.tr("First response due %1").replace("%1", labels.when(t["sla_due_at"]))
        if role == Qt.ItemDataRole.UserRole:
            return t["id"]
        return None


class InboxView(QWidget):
    message = Signal(str)  # a short confirmation for the status bar
    plan_requested = Signal(object, object)  # customer, ticket: open a recovery plan

    QUEUE_ORDER = ("mine", "unassigned", "open", "proactive", "solved_today")

    def __init__(
        self,
        tasks: Tasks,
        conn: sqlite3.Connection,
        agent: dict[str, Any] | None,
        warn_fraction: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.agent_id = agent["id"] if agent else None
        self.queue = "open" if self.agent_id is None else "mine"
        self.model = QueueModel(conn, warn_fraction)
        # Made in their final parents (moving a built widget tree costs as much again).
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        self.tabs = QTabBar(left)
        self.tabs.setAccessibleName(self.tr("Queues"))
        for q in self.QUEUE_ORDER:
            self.tabs.addTab(self.queue_name(q))
        self.tabs.currentChanged.connect(self._queue_changed)
        self.channel = QComboBox(left)
        self.channel.setAccessibleName(self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), None)
        for ch in Channel:
            self.channel.addItem(icons.channel(ch.value), labels.channel(ch.value), ch.value)
        self.category = QComboBox(left)
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), None)
        for cat in Category:
            self.category.addItem(labels.category(cat.value), cat.value)
        self.status = QComboBox(left)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("Any status"), None)
        for st in TicketStatus:
            self.status.addItem(labels.status(st.value), st.value)
        for combo in (self.channel, self.category, self.status):
            combo.currentIndexChanged.connect(self.reload)
        self.table = QTableView(left)
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
        # at least as wide as the column's name in this language (bold, with the sort arrow)
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for col, width in enumerate((60, 34, 120, 200, 110, 62, 92, 40)):
            name = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(col, max(width, metrics.horizontalAdvance(name) + 26))
        header.setSectionResizeMode(
            QueueModel.COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch
        )
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setToolTip(self.tr("Click a column to sort by it; click again to reverse"))
        header.sortIndicatorChanged.connect(lambda _c, _o: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count = QLabel(left)
        self.count.setObjectName("Muted")
        self.empty = QLabel(left)
        self.empty.setObjectName("Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        # The conversation and the customer 360 show the current ticket, which comes with
        # the queue after the first frame: they are built then (or when first wanted).
        self._agent_name = agent["name"] if agent else ""
        self._conversation: Conversation | None = None
        self._customer: Customer360 | None = None
        self._panes = (QWidget(self.splitter), QWidget(self.splitter))

        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        bar = QHBoxLayout()
        bar.addWidget(self.channel)
        bar.addWidget(self.category)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.count)
        lv.addWidget(self.tabs)
        lv.addLayout(bar)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty, 1)
        self.splitter.addWidget(left)
        for pane in self._panes:
            self.splitter.addWidget(pane)
        self.splitter.setSizes([620, 480, 360])
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
            sc.activated.connect(lambda: self.conversation.composer.setFocus())
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo),
            (QKeySequence("Ctrl+Shift+M"), self.assign_to_me),
            (QKeySequence("Ctrl+Shift+S"), lambda: self.update_fields({"status": "solved"})),
        ):
            sc = QShortcut(keys, self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.model.tick)
        self.timer.start(30_000)
        tasks.changed.connect(self.on_changes)
        self.last_change: actions.TicketChange | None = None
        self.current_ticket: dict[str, Any] | None = None
        self.pinned_ticket: str | None = None  # opened from search, maybe not in this queue
        tasks.query(queries.agents, lambda rows: self.conversation.set_agents(rows, self.agent_id))
        tasks.later(self._build_panes)
        start = self.QUEUE_ORDER.index(self.queue)
        if self.tabs.currentIndex() == start:
            self._queue_changed(start)
        else:
            self.tabs.setCurrentIndex(start)

    def _build_panes(self) -> None:
        if self._conversation is not None:
            return
        from agentdesk.ui.views.conversation import Conversation
        from agentdesk.ui.views.customer360 import Customer360

        for pane in self._panes:
            layout = QVBoxLayout(pane)
            layout.setContentsMargins(0, 0, 0, 0)
        conversation = Conversation(self.tasks, self._panes[0])
        conversation.agent_name = self._agent_name
        conversation.message.connect(self.message)
        conversation.send_requested.connect(self.send_reply)
        conversation.fields_requested.connect(self.update_fields)
        customer = Customer360(self.tasks, self.agent_id, self._panes[1])
        customer.message.connect(self.message)
        customer.plan_requested.connect(lambda c: self.plan_requested.emit(c, self.current_ticket))
        for pane, view in zip(self._panes, (conversation, customer), strict=True):
            pane.layout().addWidget(view)
            pane.setFocusProxy(view)
        self._conversation, self._customer = conversation, customer

    @property
    def conversation(self) -> Conversation:
        self._build_panes()
        assert self._conversation is not None
        return self._conversation

    @property
    def customer(self) -> Customer360:
        self._build_panes()
        assert self._customer is not None
        return self._customer

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

    def sort_key(self) -> tuple[str, bool]:
        header = self.table.horizontalHeader()
        column = QueueModel.COLUMNS[max(0, header.sortIndicatorSection())]
        return column, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def reload(self) -> None:
        queue, agent = self.queue, self.agent_id
        channel, category = self.channel.currentData(), self.category.currentData()
        status = self.status.currentData()
        sort, descending = self.sort_key()
        now = datetime.now(UTC)

        def load(conn: sqlite3.Connection) -> tuple[list[str], dict[str, int]]:
            ids = queries.queue_ids(
                conn, queue, agent, channel, category, sort, now, descending, status
            )
            return ids, queries.queue_counts(conn, agent, now)

        self.tasks.query(load, self.tasks.latest(f"queue-{id(self)}", self._loaded))

    def _loaded(self, result: tuple[list[str], dict[str, int]]) -> None:
        ids, counts = result
        for i, q in enumerate(self.QUEUE_ORDER):
            self.tabs.setTabText(i, f"{self.queue_name(q)}  {labels.number(counts[q])}")
        current = self.table.currentIndex()
        keep_id = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        keep_row = current.row()
        selected = set(self.selected_ids(fallback=False))
        self.model.set_ids(ids)
        if keep_id is not None and ids:
            # Stay on the same ticket; if it left this queue, on the one that took its place.
            self.select(ids.index(keep_id) if keep_id in ids else min(keep_row, len(ids) - 1))
            if len(selected) > 1:
                self._reselect(selected)
        self.count.setText(self.tr("%n ticket(s)", "", len(ids)))
        has = bool(ids)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            filtered = any(c.currentData() for c in (self.channel, self.category, self.status))
            self.empty.setText(
                self.tr("No tickets match these filters. Clear them to see more.")
                if filtered
                else self.tr("Nothing waiting here. Well done.")
            )
            if self.pinned_ticket is None:
                self._show_detail((None, None))
        elif not self.table.currentIndex().isValid() and self.pinned_ticket is None:
            self.select(0)

    def _reselect(self, ticket_ids: set[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last = len(QueueModel.COLUMNS) - 1
        for r, tid in enumerate(self.model.ids):
            if tid in ticket_ids:
                selection.select(self.model.index(r, 0), self.model.index(r, last))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

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

    def open_ticket(self, ticket_id: str) -> None:
        """Show a ticket found elsewhere (search, a link), whether or not this queue has it."""
        if ticket_id in self.model.ids:
            self.pinned_ticket = None
            self.select(self.model.ids.index(ticket_id))
            return
        self.pinned_ticket = ticket_id
        self.table.selectionModel().clear()  # no current row: a reload must not jump away
        self._load_detail(ticket_id)

    def _selection_changed(self, *_args: Any) -> None:
        self.conversation.set_selected(len(self.selected_ids()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tid = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if tid is None:
            if self.pinned_ticket is None:
                self.tasks.latest(f"detail-{id(self)}", self._show_detail)  # drop any in flight
                self._show_detail((None, None))
            return
        self.pinned_ticket = None
        self._load_detail(tid)

    def _load_detail(self, tid: str) -> None:
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
        self.conversation.set_selected(len(self.selected_ids()))
        self.customer.show_customer(customer)

    def on_changes(self, changes: Changes) -> None:
        shown = self.current_ticket
        if changes.everything or changes.tickets:
            self.model.refresh_rows(changes.tickets)
            self.reload()  # a ticket may have joined or left this queue
            if shown and (changes.everything or shown["id"] in changes.tickets):
                self._load_detail(shown["id"])
        elif shown and shown["customer_id"] in changes.customers:
            self._load_detail(shown["id"])

    def selected_ids(self, fallback: bool = True) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [self.model.ids[r] for r in rows if 0 <= r < len(self.model.ids)]
        if not ids and fallback and self.current_ticket:
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
        from agentdesk.store import actions

        self.tasks.change(lambda conn: actions.reply(conn, ticket_id, agent, text, public), done)

    def update_fields(self, values: dict[str, Any]) -> None:
        """Set status, priority, category, assignee or stage on the selected tickets."""
        ids = self.selected_ids()
        if not ids:
            return
        from agentdesk.store import actions

        result: list[actions.TicketChange] = []

        def write(conn: sqlite3.Connection) -> Changes:
            result.append(actions.update_tickets(conn, ids, **values))
            return result[0].changes

        def done(_changes: Changes) -> None:
            self.last_change = result[0]
            self.message.emit(self._describe(values, len(ids)))

        def failed(_message: str) -> None:
            if self.current_ticket is not None:  # put the combos back to what is saved
                self.conversation.show_ticket(self.current_ticket)

        self.tasks.change(write, done, failed)

    def _describe(self, values: dict[str, Any], count: int) -> str:
        name, value = next(iter(values.items()))
        shown = {
            "status": labels.status,
            "priority": labels.priority,
            "category": labels.category,
            "journey_stage": labels.journey_stage,
        }.get(name)
        if name == "assignee_id":
            combo = self.conversation.assignee
            text = combo.itemText(max(0, combo.findData(value)))
        else:
            text = shown(value) if shown else str(value)
        return self.tr("%n ticket(s) set to %1. Undo with Ctrl+Z.", "", count).replace("%1", text)

    def assign_to_me(self) -> None:
        if self.agent_id is not None:
            self.update_fields({"assignee_id": self.agent_id})

    def undo(self) -> None:
        change = self.last_change
        if change is None:
            self.message.emit(self.tr("Nothing to undo."))
            return
        self.last_change = None
        from agentdesk.store import actions

        self.tasks.change(
            lambda conn: actions.undo_tickets(conn, change),
            lambda _c: self.message.emit(self.tr("Change undone.")),
        )
