"""Canned responses and knowledge-base articles, found as you type and inserted in one key."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.core.templates import fill
from agentdesk.store import library
from agentdesk.ui import a11y, labels
from agentdesk.ui.safe_text import SafeBrowser
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS

Values = Callable[[str], dict[str, str | None]]  # language -> placeholder values


class LibraryPicker(QDialog):
    """kind 'canned': a response with its placeholders filled; kind 'kb': an article's link
    or text. `chosen(text, missing placeholders)` fires when the agent inserts one."""

    chosen = Signal(str, object)

    def __init__(
        self,
        tasks: Tasks,
        kind: str,
        language: str,
        category: str | None,
        values: Values,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.kind, self.category, self.values = tasks, kind, category, values
        canned = kind == "canned"
        self.setWindowTitle(self.tr("Canned responses") if canned else self.tr("Knowledge base"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Find a response: type a word of its title or text")
            if canned
            else self.tr("Find an article: type a word of its title or text")
        )
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the text"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        at = self.language.findData(language)
        self.language.setCurrentIndex(at if at >= 0 else 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Responses") if canned else self.tr("Articles"))
        self.preview = SafeBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        self.empty = QLabel(self)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.insert = QPushButton(self.tr("Insert") if canned else self.tr("Insert link"), self)
        self.insert.setDefault(True)
        self.insert.clicked.connect(lambda: self._choose(link=not canned))
        self.insert_text = QPushButton(self.tr("Insert text"), self)
        self.insert_text.setVisible(not canned)
        self.insert_text.clicked.connect(lambda: self._choose(link=False))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.language)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.preview, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.insert_text)
        buttons.addWidget(self.insert)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.rows: list[dict[str, Any]] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(80)
        self.debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.language.currentIndexChanged.connect(self.reload)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _i: self._choose(link=not canned))
        self.search.installEventFilter(self)
        self.resize(820, 460)
        a11y.prepare(self)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the results; Enter inserts."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def reload(self) -> None:
        query, lang, category = self.search.text(), self.current_language(), self.category
        fallback = QLocale().name().split("_")[0]  # the agent's own language
        if self.kind == "canned":

            def load(conn: sqlite3.Connection) -> list[dict[str, Any]]:
                return library.canned(conn, lang, query, category, fallback)
        else:

            def load(conn: sqlite3.Connection) -> list[dict[str, Any]]:
                return library.articles(conn, lang, query, fallback)

        self.tasks.query(load, self.tasks.latest(f"library-{id(self)}", self._loaded))

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(r["title"])
            if self.kind == "canned" and r.get("category"):
                item.setToolTip(labels.category(r["category"]))
            self.list.addItem(item)
        self.empty.setText(
            ""
            if rows
            else self.tr("Nothing matches. Try another word, or another language.")
            if self.search.text().strip()
            else self.tr("The library is empty in this language.")
        )
        self.insert.setEnabled(bool(rows))
        self.insert_text.setEnabled(bool(rows))
        if rows:
            self.list.setCurrentRow(0)
        else:
            self.preview.clear()

    def _text(self, row: dict[str, Any], link: bool) -> tuple[str, tuple[str, ...]]:
        if self.kind == "canned":
            filled = fill(row["body"], self.values(row["language"]))
            return filled.text, filled.missing
        if link and row.get("url"):
            return f"{row['title']}: {row['url']}", ()
        return row["body"], ()

    def _show_preview(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            self.preview.clear()
            return
        row = self.rows[index]
        text, missing = self._text(row, link=False)
        markup = html.escape(text).replace("\n", "<br/>")
        for name in missing:
            token = html.escape("{" + name + "}")
            markup = markup.replace(
                token, f'<span style="background:{COLORS["warn_bg"]};">{token}</span>'
            )
        note = ""
        if missing:
            note = (
                f'<p style="color:{COLORS["warn"]};">'
                + html.escape(self.tr("You fill in: %1").replace("%1", ", ".join(missing)))
                + "</p>"
            )
        direction = labels.text_direction(text)
        self.preview.setHtml(
            f'<h3 dir="{direction}">{html.escape(row["title"])}</h3>'
            f'<div dir="{direction}">{markup}</div>{note}'
        )
        if self.kind == "kb":
            self.insert.setEnabled(bool(row.get("url")))
            self.insert.setToolTip(
                "" if row.get("url") else self.tr("This article has no web address yet.")
            )

    def _choose(self, link: bool) -> None:
        index = self.list.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        if link and not row.get("url"):
            return
        text, missing = self._text(row, link)
        self.chosen.emit(text, missing)
        self.accept()
