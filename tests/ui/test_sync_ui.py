"""Sync in the console: it starts by itself when a shop is configured, F5 syncs now, the
status bar tells the agent where things stand, the views follow what arrives, and the event
loop keeps running while thousands of orders are written."""

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from agentdesk.settings import Settings
from agentdesk.store import actions
from agentdesk.store.db import open_cache
from tests.sync.memshop import MemConnector, MemShop, fail_times


@pytest.fixture
def shop():
    s = MemShop()
    for i in range(30):
        s.put_customer(f"c{i}", f"Kunde {i}")
        s.put_order(f"o{i}", f"c{i}")
    return s


@pytest.fixture
def synced_window(qtbot, tmp_path, shop, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from agentdesk.ui.app import install_language
    from agentdesk.ui.main_window import MainWindow

    monkeypatch.setenv("AGENTDESK_TOKEN", "t0ken")
    install_language(QApplication.instance(), "en")
    db = tmp_path / "shop.sqlite"
    open_cache(db, create=True).conn.close()
    settings = Settings(tmp_path / "settings.json")
    settings.set("sync.backend", "vendure")
    settings.set("sync.url", "https://shop.example")
    w = MainWindow(db, "en", settings, remember_layout=False, listen=False)
    w.sync.factory = lambda backend, url, token: MemConnector(shop)
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    yield w
    w.sync.stop()
    w.tasks.close()


def _wait_synced(qtbot, w, timeout=15_000):
    with qtbot.waitSignal(w.sync.finished, timeout=timeout) as done:
        pass
    assert w.tasks.wait_idle()
    return done.args[0]


def test_the_first_sync_starts_by_itself_and_fills_the_console(qtbot, synced_window):
    w = synced_window
    report = _wait_synced(qtbot, w)
    assert report.ok, report
    qtbot.waitUntil(lambda: "Up to date" in w.sync_label.text(), timeout=5000)
    assert "30 customers" in w.cache_label.text()
    w.show_view("customers")
    w.customers.search.setText("Kunde 7")
    qtbot.waitUntil(lambda: w.customers.results.count() >= 1, timeout=5000)
    assert "Kunde 7" in w.customers.results.item(0).text()


def test_f5_syncs_now_and_an_unreachable_shop_is_shown_with_waiting_changes(
    qtbot, synced_window, shop
):
    w = synced_window
    _wait_synced(qtbot, w)
    shop.faults.append(fail_times(10**6))
    w.tasks.writer.submit(
        lambda c: actions.add_note(c, "mem:customer:c1", None, "Ring after 16")
    ).result()
    w.activateWindow()
    qtbot.waitActive(w)
    qtbot.keyClick(w, Qt.Key.Key_F5)
    report = _wait_synced(qtbot, w)
    assert report.offline
    qtbot.waitUntil(lambda: "Offline since" in w.sync_label.text(), timeout=5000)
    assert "1 change waiting to be sent" in w.sync_label.text()
    shop.faults.clear()
    qtbot.keyClick(w, Qt.Key.Key_F5)
    assert _wait_synced(qtbot, w).sent == 1
    qtbot.waitUntil(lambda: "Up to date" in w.sync_label.text(), timeout=5000)
    assert "waiting" not in w.sync_label.text()
    assert [n["text"].split("\n")[0] for n in shop.notes.values()] == ["Ring after 16"]


def test_the_event_loop_keeps_running_while_a_big_sync_writes(qtbot, synced_window, shop):
    w = synced_window
    _wait_synced(qtbot, w)
    for i in range(30, 6030):
        shop.now = 10 + i // 500
        shop.put_customer(f"c{i}", f"Kunde {i}")
        shop.put_order(f"o{i}", f"c{i}")
    ticks, gaps, clock = [0], [], QElapsedTimer()
    clock.start()

    def tick():
        ticks[0] += 1
        gaps.append(clock.restart())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    progress = []
    w.sync.progress.connect(lambda p: progress.append(p))
    assert w.sync.sync_now()
    report = _wait_synced(qtbot, w, timeout=120_000)
    timer.stop()
    assert report.ok and report.pulled["orders"] >= 6000
    # the GUI thread ran its timer all along and showed progress with a total
    assert ticks[0] > 20
    assert any(p.total and p.fraction is not None for p in progress)
    print(f"longest GUI gap during a 6,000-order sync: {max(gaps)} ms, {ticks[0]} ticks")
