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
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget

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


# --- roles ----------------------------------------------------------------------------------

SECRET_NAME = "Zebulon Quixano"  # a real customer of the cache: never in a trainee's view


def _window_as(qtbot, db, tmp_path, agent_id):
    from agentdesk.ui import theme
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    install_language(QApplication.instance(), "en")
    theme.apply(QApplication.instance())
    settings = Settings(tmp_path / f"settings-{agent_id}.json")
    settings.set("agent.current_id", agent_id)
    # a configured shop: a trainee's console must not start syncing customers from it
    settings.set("sync.backend", "woocommerce")
    settings.set("sync.url", "http://127.0.0.1:9")
    w = MainWindow(db, "en", settings, remember_layout=False, listen=False)
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    assert w.tasks.wait_idle()
    return w


def _visible_text(window) -> str:
    """Everything a person could read in the window now: labels, documents, lists, tables."""
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QListView

    parts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextBrowser):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for r in range(min(model.rowCount(), 200)):
                for c in range(1 if isinstance(widget, QListView) else model.columnCount()):
                    parts.append(str(model.data(model.index(r, c)) or ""))
    return "\n".join(parts)


@pytest.fixture
def team_db(demo_db):
    conn = open_cache(demo_db).conn
    with conn:
        conn.execute(
            "INSERT INTO agents(id, name, email, role) VALUES ('trainee-1', 'Tove Lærling', "
            "'tove@example.com', 'trainee')"
        )
        conn.execute(
            "INSERT INTO customers(id, name, email, created_at, updated_at) VALUES "
            "('zq', ?, 'zq@example.com', '2026-11-19T10:00:00Z', '2026-11-19T10:00:00Z')",
            [SECRET_NAME],
        )
        conn.execute(
            "INSERT INTO tickets(id, customer_id, channel, category, subject, status, "
            "created_at, assignee_id, origin) VALUES ('zq-t', 'zq', 'chat', 'lost_parcel', "
            "'Where is my parcel', 'open', '2026-11-20T09:00:00Z', NULL, 'customer')"
        )
    conn.close()
    return demo_db


def test_a_trainee_reaches_the_training_only_and_never_a_customers_data(qtbot, team_db, tmp_path):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QTabWidget

    from agentdesk.ui.main_window import VIEWS
    from agentdesk.ui.palette import CommandPalette

    w = _window_as(qtbot, team_db, tmp_path, "trainee-1")
    assert w.current_view() == "training" and w.training is not None
    assert [n for n, b in w.nav_buttons.items() if b.isVisible()] == ["training"]
    for i, name in enumerate(VIEWS):  # the rail's views, by name and by Ctrl+1..7
        w.show_view(name)
        assert w.current_view() == "training", name
        qtbot.keySequence(w, QKeySequence(f"Ctrl+{i + 1}"))
        assert w.current_view() == "training", name
    w.open_found("customer", "zq")
    w.open_found("ticket", "zq-t")
    assert w.current_view() == "training"
    assert w.find() is None and not w.findChildren(CommandPalette)  # no Ctrl+K search
    answers = []
    w.pop({"phone": "+4520000000"}, lambda ok, text: answers.append((ok, text)))
    assert answers and answers[0][0] is False and "training" in answers[0][1]
    assert w.tasks.wait_idle()
    assert w._customers is None and w._proactive is None and w._plans is None
    from agentdesk.ui.settings_dialog import SettingsDialog

    settings_dialog = SettingsDialog(w.settings, w)  # who they are is not theirs to change
    assert not settings_dialog.fields["agent.current_id"].isEnabled()
    settings_dialog.deleteLater()
    assert not w.sync.timer.isActive() and not w.sync.running
    # the training itself: their own history only, no team table, no library editor
    view = w.training
    tabs = view.findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names == ["Role-play", "Progress"], names
    assert [view.trainee.itemText(i) for i in range(view.trainee.count())] == ["Tove Lærling"]
    assert [view.person.itemText(i) for i in range(view.person.count())] == ["Tove Lærling"]
    view.begin.click()
    assert w.tasks.wait_idle()
    qtbot.wait(100)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert w.tasks.wait_idle()
        shown = _visible_text(w)
        assert SECRET_NAME not in shown and "zq@example.com" not in shown
    w.sync.stop()
    w.tasks.close()


def _agent_rows(view) -> list[str]:
    return [view.agents.item(r, 0).text() for r in range(view.agents.rowCount())]


@pytest.mark.slow
def test_only_a_lead_sees_the_per_agent_table_and_its_export(qtbot, team_db, tmp_path):
    from datetime import date

    names = {
        row[0]: row[1]
        for row in open_cache(team_db).conn.execute("SELECT id, name FROM agents").fetchall()
    }
    seen = {}
    for who in ("agent-9", "agent-2", "agent-11"):  # a lead, an agent, a trainer
        w = _window_as(qtbot, team_db, tmp_path, who)
        w.show_view("dashboard")
        view = w.dashboard
        view.set_period(date(2026, 9, 1), date(2026, 11, 20))
        assert w.tasks.wait_idle()
        qtbot.waitUntil(lambda v=view: v.snap is not None, timeout=10_000)
        out = tmp_path / f"{who}.csv"
        view.export("csv", out)
        assert oct(out.stat().st_mode & 0o777) == "0o600"
        agents_in_csv = {
            line.split(",")[0] for line in out.read_text().splitlines() if line.startswith("agent:")
        }
        choices = [view.agent.itemText(i) for i in range(view.agent.count())]
        seen[who] = (_agent_rows(view), agents_in_csv, choices)
        w.sync.stop()
        w.tasks.close()
    rows, in_csv, choices = seen["agent-9"]
    assert len(rows) > 3 and len(in_csv) > 3 and len(choices) > 3  # the lead: the team
    rows, in_csv, choices = seen["agent-2"]
    assert rows == [names["agent-2"]] and in_csv == {"agent:agent-2"}
    assert choices == ["All agents", names["agent-2"]]
    rows, in_csv, choices = seen["agent-11"]  # a trainer has no tickets: no row at all
    assert rows == [] and in_csv == set() and choices == ["All agents"]


def test_a_trainer_follows_the_whole_team_in_training(qtbot, team_db, tmp_path):
    from PySide6.QtWidgets import QTabWidget

    w = _window_as(qtbot, team_db, tmp_path, "agent-11")
    w.show_view("training")
    assert w.tasks.wait_idle()
    view = w.training
    tabs = view.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Role-play",
        "Progress",
        "Team",
        "Scenarios",
    ]
    qtbot.waitUntil(lambda: view.team.rowCount() >= 1, timeout=10_000)
    assert view.trainee.count() > 5
    w.sync.stop()
    w.tasks.close()


# --- the token, through the console ---------------------------------------------------------


def test_the_console_keeps_the_shop_token_in_the_keyring_only(qtbot, tmp_path, monkeypatch):
    """Connect dialog, then a sync from the console, logging at DEBUG: the token is in the
    keyring and in no file of the cache, settings or log folders."""
    import logging

    import keyring

    from agentdesk import logs, paths
    from agentdesk.ui.app import install_language
    from agentdesk.ui.connect_dialog import ConnectDialog
    from agentdesk.ui.main_window import MainWindow
    from tests.sync.fakes.woocommerce import WooShop
    from tests.sync.keyring_file import FileKeyring
    from tests.sync.test_secrets import KEY, SECRET, TOKEN, _leaks, _user_files

    monkeypatch.delenv("AGENTDESK_TOKEN", raising=False)
    before = keyring.get_keyring()
    vault = tmp_path / "vault" / "keyring.json"
    keyring.set_keyring(FileKeyring(vault))
    try:
        logs.setup(logging.DEBUG)
        install_language(QApplication.instance(), "en")
        with WooShop(key=KEY, secret=SECRET) as shop:
            for i in range(5):
                shop.add_order(shop.add_customer(f"Kunde{i}", "Jensen"))
            db = paths.default_cache()
            open_cache(db, create=True).conn.close()
            settings = Settings()
            w = MainWindow(db, "en", settings, remember_layout=False, listen=False)
            qtbot.addWidget(w)
            w.show()
            dialog = ConnectDialog(settings, w)
            dialog.backend.setCurrentIndex(dialog.backend.findData("woocommerce"))
            dialog.url.setText(shop.url)
            dialog.key.setText(KEY)
            dialog.secret.setText(SECRET)
            with qtbot.waitSignal(dialog.accepted, timeout=15_000):
                dialog.connect_button.click()
            assert settings.get("sync.backend") == "woocommerce"
            with qtbot.waitSignal(w.sync.finished, timeout=30_000) as done:
                assert w.sync.sync_now()
            assert done.args[0].ok, done.args[0]
            assert w.tasks.wait_idle()
            w.sync.stop()
            w.tasks.close()
            w.conn.close()
        logs.shutdown()
        assert TOKEN in vault.read_text(encoding="utf-8")
        files = _user_files()
        assert {"cache.sqlite", "settings.json", "agentdesk.log"} <= {f.name for f in files}
        assert "HTTP 200" in (paths.log_dir() / "agentdesk.log").read_text(encoding="utf-8")
        assert not _leaks(files), _leaks(files)
    finally:
        logs.shutdown()
        keyring.set_keyring(before)


def test_the_console_makes_its_folders_private_whatever_the_umask():
    import os

    from agentdesk import paths
    from agentdesk.ui.app import _private_folders

    old = os.umask(0o022)
    try:
        paths.config_dir().mkdir(parents=True, mode=0o755)  # as an older version left it
        _private_folders()
    finally:
        os.umask(old)
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir()):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
