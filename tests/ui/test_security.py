"""Security in the console: customers' text shows as text (no remote image, script or link
from a message loads or runs).

A cache gets a customer whose name, e-mail, ticket subjects, messages (e-mail and chat),
notes and survey comments are markup that would fetch from a local HTTP server if it
were ever rendered; every view that shows them must show the markup literally, and the
server must see no request."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser

from agentdesk.settings import Settings
from agentdesk.store.db import open_cache
from agentdesk.store.interchange import import_file


@pytest.fixture
def tracker() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP server that records every request: a remote image, style sheet or
    script from a customer's message would arrive here."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()


def payload(port: int, what: str) -> str:
    return (
        f'<img src="http://127.0.0.1:{port}/{what}.png">'
        f'<script src="http://127.0.0.1:{port}/{what}.js">alert(1)</script>'
        f'<a href="javascript:alert(1)">{what} link</a>'
        f"<b>{what} bold</b>"
        f"<style>body {{ background: url(http://127.0.0.1:{port}/{what}-bg.png) }}</style>"
    )


def _hostile(db: Path, port: int) -> None:
    at = "2026-11-19T10:00:00Z"
    rows: list[dict[str, Any]] = [
        {
            "type": "customer",
            "id": "evil",
            "name": "Mallory " + payload(port, "name"),
            "email": "mallory@example.com",
            "phone": "+4520999999",
            "locale": "en",
            "created_at": at,
        },
        {
            "type": "note",
            "id": "evil-note",
            "customer_id": "evil",
            "author_id": "agent-1",
            "created_at": at,
            "body": "Pinned " + payload(port, "note"),
            "pinned": True,
            "kind": "warning",
        },
    ]
    for n, channel in enumerate(("email", "chat")):
        tid = f"evil-{channel}"
        rows += [
            {
                "type": "ticket",
                "id": tid,
                "customer_id": "evil",
                "channel": channel,
                "category": "late_delivery",
                "subject": f"Subject {channel} " + payload(port, f"subject-{channel}"),
                "status": "open",
                "created_at": at,
                "assignee_id": "agent-1",
                "origin": "customer",
            },
            {
                "type": "message",
                "id": f"{tid}-m1",
                "ticket_id": tid,
                "author": "customer",
                "public": True,
                "created_at": f"2026-11-19T10:0{n + 1}:00Z",
                "body": f"Body {channel} " + payload(port, f"body-{channel}"),
            },
            {
                "type": "survey",
                "id": f"{tid}-s",
                "customer_id": "evil",
                "ticket_id": tid,
                "kind": "csat",
                "score": 1,
                "created_at": at,
                "comment": "Comment " + payload(port, f"survey-{channel}"),
            },
        ]
    source = db.with_suffix(".jsonl")
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    import_file(open_cache(db).conn, source)


@pytest.fixture
def hostile_window(qtbot, demo_db, tmp_path, tracker):
    from agentdesk.ui import theme
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    port, _hits = tracker
    _hostile(demo_db, port)
    install_language(QApplication.instance(), "en")
    theme.apply(QApplication.instance())
    w = MainWindow(demo_db, "en", Settings(tmp_path / "settings.json"), listen=False)
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    assert w.tasks.wait_idle()
    yield w
    w.tasks.close()


def _shown(text: str) -> str:
    """What Qt draws for a label's or a tooltip's text (rich text when it looks like it)."""
    doc = QTextDocument()
    if Qt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def _no_markup_rendered(window: Any, port: int) -> list[str]:
    """Every label in the window that holds a payload shows it literally."""
    bad = []
    marker = f'<img src="http://127.0.0.1:{port}/'
    for label in window.findChildren(QLabel):
        text = label.text()
        if "127.0.0.1" not in text and "&lt;img" not in text:
            continue
        if label.textFormat() == Qt.TextFormat.PlainText:
            continue
        if marker not in _shown(text):
            bad.append(f"{label.objectName() or type(label.parent()).__name__}: {text[:60]}")
    return bad


def test_customer_markup_shows_as_text_and_loads_nothing(qtbot, hostile_window, tracker):
    w = hostile_window
    port, hits = tracker
    marker = f'<img src="http://127.0.0.1:{port}/'
    for channel in ("email", "chat"):
        w.show_view("inbox")
        w.inbox.open_ticket(f"evil-{channel}")
        assert w.tasks.wait_idle()
        qtbot.waitUntil(lambda c=channel: c in w.inbox.conversation.title.text(), timeout=5000)
        conversation = w.inbox.conversation
        assert conversation.title.textFormat() == Qt.TextFormat.PlainText
        body = conversation.browser.toPlainText()
        assert f"{marker}body-{channel}.png" in body and "javascript:alert(1)" in body
        assert "<b>body" in body  # rich-text markup shows as written
        panel = w.inbox.customer.browser.toPlainText()
        assert f"{marker}name.png" in panel and f"{marker}note.png" in panel
        assert not _no_markup_rendered(w, port), _no_markup_rendered(w, port)
        # the queue's tooltip for the subject
        model = w.inbox.table.model()
        tips = [
            model.data(model.index(r, model.COLUMNS.index("subject")), Qt.ItemDataRole.ToolTipRole)
            for r in range(model.rowCount())
        ]
        tips = [t for t in tips if t and "127.0.0.1" in t]
        assert all(marker in _shown(t) for t in tips)
    # the customer 360 in the customers view, and Ctrl+K over the hostile words
    w.show_view("customers")
    w.customers.show_customer("evil")
    assert w.tasks.wait_idle()
    qtbot.waitUntil(lambda: "Mallory" in w.customers.panel.browser.toPlainText(), timeout=5000)
    assert f"{marker}name.png" in w.customers.panel.browser.toPlainText()
    palette = w.find()
    palette.box.setText("body email bold")
    palette.debounce.stop()
    palette.run()
    assert w.tasks.wait_idle()
    qtbot.waitUntil(lambda: palette.list.count() > 0, timeout=5000)
    tips = [palette.list.item(row).toolTip() for row in range(palette.list.count())]
    assert any("127.0.0.1" in t for t in tips), tips  # a snippet of the hostile body
    assert all(marker in _shown(t) for t in tips if "127.0.0.1" in t)
    palette.hide()
    from agentdesk.ui.safe_text import SafeBrowser

    browsers = w.findChildren(QTextBrowser)
    assert browsers and all(isinstance(b, SafeBrowser) for b in browsers)
    # no document held an image or style sheet from the payload (each would be asked for)
    assert not [u for b in browsers for u in b.refused if "127.0.0.1" in u]
    qtbot.wait(300)  # time for any request to arrive
    assert hits == []


def test_a_browser_for_customer_text_loads_no_resource_even_from_raw_markup(qtbot, tracker):
    """The second line of defence: HTML that was not escaped still fetches nothing."""
    from agentdesk.ui.safe_text import SafeBrowser, tip

    port, hits = tracker
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.resize(400, 300)
    browser.show()
    browser.setHtml(payload(port, "raw") + '<img src="file:///etc/hostname">')
    qtbot.wait(200)
    assert any("raw.png" in u for u in browser.refused)
    assert any("/etc/hostname" in u for u in browser.refused)
    assert browser.openLinks() is False and browser.openExternalLinks() is False
    assert hits == []
    text = payload(port, "tip")
    assert f'<img src="http://127.0.0.1:{port}/tip.png">' in _shown(tip(text))
    assert tip("plain words") == "plain words"
