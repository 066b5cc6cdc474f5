"""A screen whose feature has not landed yet: says plainly what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QWidget(self)
        column.setMaximumWidth(600)
        heading = QLabel(title, column)
        heading.setObjectName("PaneTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body = QLabel(text, column)
        self.body.setObjectName("Empty")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        cv = QVBoxLayout(column)
        cv.addWidget(heading)
        cv.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
