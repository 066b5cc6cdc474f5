"""The console as an agent uses it: real widgets on a real demo cache."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agentdesk.core.text import fold
from agentdesk.core.types import Changes
from agentdesk.ui.main_window import VIEWS


def test_rail_switches_between_every_view(window, qtbot):
    for name in VIEWS:
        qtbot.mouseClick(window.nav_buttons[name], Qt.MouseButton.LeftButton)
        assert window.current_view() == name
        assert window.nav_buttons[name].isChecked()


def test_status_bar_shows_cache_and_sync_state(window):
    assert "customers" in window.cache_label.text()
    assert "1500" in window.cache_label.text().replace(",", "").replace(".", "")
    assert "not connected" in window.sync_label.text()


def test_inbox_lists_open_tickets_and_opens_one_with_its_customer(window, qtbot):
    inbox = window.inbox
    window.show_view("inbox")
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    model = inbox.model
    assert model.rowCount() > 0
    assert inbox.tabs.tabText(2).startswith("All open")
    statuses = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert statuses <= {"Open", "Pending"}
    inbox.select(1)
    assert window.tasks.wait_idle()
    ticket = inbox.current_ticket
    assert ticket is not None
    assert inbox.conversation.title.text() == ticket["subject"]
    assert ticket["messages"][0]["body"][:20] in inbox.conversation.browser.toPlainText()
    assert ticket["customer"] in inbox.customer.plain_text()


def test_keyboard_moves_through_the_queue(window, qtbot):
    inbox = window.inbox
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    inbox.select(0)
    inbox.table.setFocus()
    qtbot.waitActive(window)
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    assert inbox.table.currentIndex().row() == 1
    qtbot.keyClick(inbox.table, Qt.Key.Key_K)
    assert inbox.table.currentIndex().row() == 0


def test_filters_narrow_the_queue_and_empty_state_explains(window):
    inbox = window.inbox
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    total = inbox.model.rowCount()
    inbox.channel.setCurrentIndex(inbox.channel.findData("chat"))
    assert window.tasks.wait_idle()
    chats = inbox.model.rowCount()
    assert 0 < chats < total
    shown = {inbox.model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole) for r in range(chats)}
    assert shown == {"Chat"}  # the channel icon's name, for the mouse and screen readers
    assert not inbox.model.index(0, 1).data(Qt.ItemDataRole.DecorationRole).isNull()
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("proactive"))
    assert window.tasks.wait_idle()
    assert inbox.model.rowCount() == 0
    assert inbox.empty.isVisible() and "Clear" in inbox.empty.text()


def test_sla_timer_colours_overdue_tickets(window):
    inbox = window.inbox
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    tones = [inbox.model.sla(inbox.model.row(r))[1] for r in range(inbox.model.rowCount())]
    assert "bad" in tones  # the demo's "now" is in the past: some SLAs have run out
    first = inbox.model.index(tones.index("bad"), 0)
    assert first.data().startswith("-")
    assert first.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_ctrl_k_finds_a_vietnamese_customer_typed_without_diacritics(window, qtbot):
    name = window.conn.execute("SELECT name FROM customers WHERE locale='vi' LIMIT 1").fetchone()[0]
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette
    assert palette is not None and palette.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is palette.box, timeout=3000)
    qtbot.keyClicks(palette.box, fold(name))
    qtbot.waitUntil(lambda: palette.list.count() > 0, timeout=5000)
    first = palette.list.item(0).text()
    assert first.startswith("Customer · ") and name in first
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    panel = window.customers.panel
    qtbot.waitUntil(
        lambda: panel.customer is not None and panel.customer["name"] == name, timeout=5000
    )
    assert window.current_view() == "customers"
    assert not palette.isVisible()
    assert name in panel.plain_text()
    assert "Orders" in panel.plain_text()


def test_customer_search_without_match_says_what_to_try(window, qtbot):
    window.show_view("customers")
    window.customers.search.setText("zzqqxx")
    qtbot.waitUntil(lambda: "No customer matches" in window.customers.hint.text(), timeout=5000)
    assert window.customers.panel.empty.isVisible()


def test_writes_go_through_the_writer_and_views_hear_about_them(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    shown = window.customers.panel.customer
    assert shown is not None
    cid = shown["id"]

    def rename(conn):
        conn.execute("UPDATE customers SET name = 'Renamed Person' WHERE id = ?", [cid])
        return Changes(customers=frozenset({cid}))

    with qtbot.waitSignal(window.tasks.changed, timeout=5000) as blocker:
        window.tasks.change(rename)
    assert blocker.args[0].customers == {cid}
    qtbot.waitUntil(lambda: "Renamed Person" in window.customers.panel.plain_text(), timeout=5000)


def test_arabic_mirrors_the_layout(qtbot, demo_db, tmp_path):
    from agentdesk.settings import Settings
    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    install_language(app, "ar")
    try:
        w = MainWindow(demo_db, "ar", Settings(tmp_path / "s.json"))
        qtbot.addWidget(w)
        w.show()
        assert w.tasks.wait_idle()
        assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rail = w.nav_buttons["inbox"].parentWidget()
        assert rail.mapTo(w, rail.rect().topLeft()).x() > w.width() / 2
        w.tasks.close()
    finally:
        install_language(app, "en")


def test_message_direction_follows_its_text_not_the_window():
    from agentdesk.ui.labels import text_direction

    assert text_direction("Halo kak, ukuran keranjang?") == "ltr"
    assert text_direction("  123 السلام عليكم") == "rtl"
    assert text_direction("#1042 Nguyễn") == "ltr"


def test_f1_lists_the_shortcuts(window, qtbot, monkeypatch):
    from agentdesk.ui.shortcuts import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    grid = shown[0].grid
    keys = [grid.item(r, 0).text() for r in range(grid.rowCount())]
    assert "Ctrl+K" in keys and "Ctrl+Enter" in keys and "Ctrl+Z" in keys


def test_sla_amber_point_follows_the_setting(qtbot, demo_db, tmp_path):
    from datetime import UTC, datetime, timedelta

    from agentdesk.settings import Settings
    from agentdesk.ui.main_window import MainWindow

    settings = Settings(tmp_path / "s.json")
    settings.set("sla.warn_fraction", 0.5)
    w = MainWindow(demo_db, "en", settings, remember_layout=False, listen=False)
    qtbot.addWidget(w)
    model = w.inbox.model
    assert model.warn_fraction == 0.5
    model.now = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    row = {
        "status": "open",
        "first_response_at": None,
        "created_at": "2026-11-20T11:00:00Z",
        "sla_due_at": "2026-11-20T13:00:00Z",
    }
    assert model.sla(row)[1] is None  # half the time left: not amber at 0.5
    model.now += timedelta(minutes=20)  # 40 of 120 minutes left
    assert model.sla(row)[1] == "warn"  # amber at 0.5; the old fixed 0.75 would not be yet
    model.now += timedelta(hours=1)
    assert model.sla(row)[1] == "bad"
    w.tasks.wait_idle()
    w.tasks.close()


def test_windows_belong_to_the_installed_desktop_entry(qapp):
    """Wayland docks find the icon and name through the desktop file the app names."""
    from pathlib import Path

    from agentdesk.ui.app import DESKTOP_ID, make_app

    app = make_app("en")
    assert app.desktopFileName() == DESKTOP_ID
    packaging = Path(__file__).resolve().parents[2] / "packaging"
    assert (packaging / f"{DESKTOP_ID}.desktop").is_file()
