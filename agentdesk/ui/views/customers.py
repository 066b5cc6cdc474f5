"""Customers: find anyone (name, e-mail, phone in any format, order number) and see their 360."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.types import Changes, SearchKind
from agentdesk.store import queries
from agentdesk.store.search import search
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.views.customer360 import Customer360


def _customer_of(conn: sqlite3.Connection, kind: SearchKind, ident: str) -> str | None:
    sql = {
        SearchKind.CUSTOMER: "SELECT id FROM customers WHERE id = ?",
        SearchKind.ORDER: "SELECT customer_id FROM orders WHERE id = ?",
        SearchKind.TICKET: "SELECT customer_id FROM tickets WHERE id = ?",
        SearchKind.NOTE: "SELECT customer_id FROM notes WHERE id = ?",
        SearchKind.MESSAGE: "SELECT t.customer_id FROM messages m JOIN tickets t "
        "ON t.id = m.ticket_id WHERE m.id = ?",
    }[kind]
    row = conn.execute(sql, [ident]).fetchone()
    return None if row is None else str(row[0])


class CustomersView(QWidget):
    def __init__(
        self, tasks: Tasks, agent_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search name, e-mail, phone, order number, ticket or note")
        )
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Customers found"))
        self.results.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.panel = Customer360(tasks, agent_id, self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        lv.addWidget(self.search)
        lv.addWidget(self.hint)
        lv.addWidget(self.results, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(120)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._open_first)
        self.results.currentItemChanged.connect(self._selected)
        tasks.changed.connect(self.on_changes)
        self.run_search()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        text = self.search.text().strip()

        def load(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            if not text:
                return queries.recent_customers(conn, 60)
            found: dict[str, dict[str, Any]] = {}
            for hit in search(conn, text, 60):
                cid = _customer_of(conn, hit.kind, hit.id)
                if cid and cid not in found:
                    row = conn.execute(
                        "SELECT id, name, email, phone, locale FROM customers WHERE id = ?", [cid]
                    ).fetchone()
                    found[cid] = dict(
                        zip(("id", "name", "email", "phone", "locale"), row, strict=True)
                    )
                    found[cid]["why"] = hit.title if hit.kind != SearchKind.CUSTOMER else ""
            return list(found.values())

        self.tasks.query(
            load, self.tasks.latest(f"search-{id(self)}", lambda rows: self._show(text, rows))
        )

    def _show(self, text: str, rows: list[dict[str, Any]]) -> None:
        self.results.clear()
        for r in rows:
            line = r["name"] + "\n" + " · ".join(x for x in (r["email"], r["phone"]) if x)
            if r.get("why"):
                line += "\n" + r["why"]
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.results.addItem(item)
        if not text:
            self.hint.setText(self.tr("Customers with the most recent tickets."))
        elif rows:
            self.hint.setText(self.tr("%n customer(s) found.", "", len(rows)))
        else:
            self.hint.setText(
                self.tr(
                    "No customer matches “%1”. Try part of a name, an e-mail, "
                    "a phone number or an order number."
                ).replace("%1", text)
            )
        if rows:
            self.results.setCurrentRow(0)
        else:
            self.tasks.latest(
                f"customer-{id(self)}", self.panel.show_customer
            )  # drop any in flight
            self.panel.show_customer(None)

    def _open_first(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _selected(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.show_customer(item.data(Qt.ItemDataRole.UserRole))

    def show_customer(self, customer_id: str, start_call: bool = False) -> None:
        now = datetime.now(UTC)

        def shown(customer: dict[str, Any] | None) -> None:
            self.panel.show_customer(customer)
            if start_call and customer is not None:
                self.panel.start_call()  # a screen pop from the phone starts the call log

        self.tasks.query(
            lambda conn: queries.customer_360(conn, customer_id, now),
            self.tasks.latest(f"customer-{id(self)}", shown),
        )

    def on_changes(self, changes: Changes) -> None:
        shown = self.panel.customer
        if shown and (changes.everything or shown["id"] in changes.customers):
            self.show_customer(shown["id"])
