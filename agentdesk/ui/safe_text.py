"""Showing text that customers (or the shop) wrote: as plain text, never as markup.

A QLabel or a tooltip takes text that looks like HTML as rich text, so a subject such as
``<img src="https://tracker/x.png">`` or ``<a href="javascript:…">`` would be drawn, not
shown. Views build their HTML with every customer-provided value escaped; these helpers
are the second line:

- ``plain(label)``: a label that shows its text exactly as written;
- ``tip(text)``: a tooltip that shows markup literally;
- ``SafeBrowser``: a QTextBrowser that loads no resource at all (no remote or local image,
  style sheet or file, whatever the document asks for) and follows no link by itself.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tip(text: str | None) -> str:
    """``text`` for a tooltip: as it is when Qt would not take it for markup, otherwise
    escaped, line breaks kept."""
    if not text:
        return ""
    if not Qt.mightBeRichText(text) and "&" not in text:
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br/>") + "</qt>"


class SafeBrowser(QTextBrowser):
    """A text browser for documents with customer-provided text in them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # anchors are the view's to handle (anchorClicked)
        self.setOpenExternalLinks(False)
        self.refused: list[str] = []  # what documents asked to load (for tests)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        self.refused.append(url.toString())
        return None
