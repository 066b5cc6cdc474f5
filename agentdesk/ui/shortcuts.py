"""The keyboard shortcuts, listed once, and the help window that shows them (F1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def table() -> list[tuple[str, str]]:
    return [
        (
            "Ctrl+K",
            QCoreApplication.translate("Shortcuts", "Find a customer, order, ticket or note"),
        ),
        (
            "Ctrl+1 … Ctrl+7",
            QCoreApplication.translate(
                "Shortcuts",
                "Go to Inbox, Customers, Dashboard, Proactive, Journeys, Plans, Training",
            ),
        ),
        ("J / K", QCoreApplication.translate("Shortcuts", "Next / previous ticket in the queue")),
        (
            "Enter",
            QCoreApplication.translate("Shortcuts", "Move from the queue to the conversation"),
        ),
        (
            "Ctrl+Enter",
            QCoreApplication.translate("Shortcuts", "Send the reply (or save the internal note)"),
        ),
        (
            "Ctrl+I",
            QCoreApplication.translate("Shortcuts", "Switch between reply and internal note"),
        ),
        (
            "Ctrl+Shift+C",
            QCoreApplication.translate(
                "Shortcuts", "Insert a canned response (placeholders filled)"
            ),
        ),
        (
            "Ctrl+Shift+A",
            QCoreApplication.translate("Shortcuts", "Link or insert a knowledge-base article"),
        ),
        (
            "Ctrl+Shift+M",
            QCoreApplication.translate("Shortcuts", "Assign the selected tickets to me"),
        ),
        (
            "Ctrl+Shift+S",
            QCoreApplication.translate("Shortcuts", "Mark the selected tickets solved"),
        ),
        (
            "Shift+↑ / Shift+↓",
            QCoreApplication.translate(
                "Shortcuts", "Select several tickets to change them together"
            ),
        ),
        (
            "Ctrl+Z",
            QCoreApplication.translate(
                "Shortcuts", "Undo the last ticket change (status, priority, assignee…)"
            ),
        ),
        ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Log a call with the shown customer")),
        ("F1", QCoreApplication.translate("Shortcuts", "Show this list")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = table()
        self.grid = QTableWidget(len(rows), 2, self)
        self.grid.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.grid.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, action) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setItem(r, 0, key_item)
            self.grid.setItem(r, 1, QTableWidgetItem(action))
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(0, 150)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(620, 360)
