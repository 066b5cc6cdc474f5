"""The console when the disk fails or the cache is damaged, on real windows offscreen.

- The disk fills (or fails) while an agent saves a note or sends a reply: a message box
  and the status bar say so in one sentence, the text stays in the editor, nothing saved
  before is lost, the console keeps running and saving works again once the disk does.
  The disk is made to fail under SQLite: the writer's descriptor of the -wal file is
  pointed at /dev/full (ENOSPC) or at a read-only descriptor (an I/O error).
- A damaged cache at start-up: the dialog says what is wrong in one sentence and offers
  "Rebuild from the shop", "Open another…" and "Quit".
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from agentdesk.settings import Settings
from agentdesk.store.check import check
from agentdesk.ui import rescue as ui_rescue


def _wal_fds(path: Path) -> set[int]:
    wal, found = f"{path}-wal", set()
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}") == wal:
                found.add(int(name))
        except OSError:
            continue
    return found


@contextmanager
def failing_disk(window, target: str):
    """The writer's -wal descriptor writes to /dev/full ("full") or nowhere ("io"). A new
    writer replaces the window's, so the descriptors opened with it are the writer's."""
    from agentdesk.store.writer import Writer

    before = _wal_fds(window.db_path)
    writer = Writer(window.db_path)
    writer.submit(lambda c: c.execute("SELECT count(*) FROM notes").fetchone()).result()
    mine = _wal_fds(window.db_path) - before
    assert mine, "the writer holds its own -wal descriptor"
    with window.tasks._writer_lock:
        old, window.tasks._writer = window.tasks._writer, writer
    if old is not None:
        old.close()
    bad = (
        os.open("/dev/full", os.O_WRONLY)
        if target == "full"
        else os.open(f"{window.db_path}-wal", os.O_RDONLY)
    )
    saved = {fd: os.dup(fd) for fd in mine}
    try:
        for fd in mine:
            os.dup2(bad, fd)
        yield
    finally:
        for fd, copy in saved.items():
            os.dup2(copy, fd)
            os.close(copy)
        os.close(bad)


def _count(window, sql: str, args=()) -> int:
    conn = sqlite3.connect(window.db_path)
    try:
        return int(conn.execute(sql, args).fetchone()[0])
    finally:
        conn.close()


def _box(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "not_saved" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


@pytest.mark.parametrize("kind", ["full", "io"])
def test_a_note_the_disk_refuses_stays_in_the_editor_and_is_saved_once_later(window, qtbot, kind):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    cid = panel.customer["id"]
    notes_before = _count(window, "SELECT count(*) FROM notes")
    text = "Kunden ringer tilbage kl. 15 om den manglende pakke"
    with failing_disk(window, kind):
        panel.note.setPlainText(text)
        qtbot.mouseClick(panel.note_save, Qt.MouseButton.LeftButton)
        box = _box(qtbot)
        assert box.text() == ui_rescue.trouble_text(kind)
        assert window.statusBar().currentMessage() == ui_rescue.trouble_text(kind)
        assert panel.note.toPlainText() == text  # nothing the agent typed is lost
        assert window.isVisible()
        box.accept()
    assert _count(window, "SELECT count(*) FROM notes") == notes_before
    # the disk works again: the same click saves it, once
    qtbot.mouseClick(panel.note_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.note.toPlainText() == "", timeout=5000)
    assert window.tasks.wait_idle()
    assert _count(window, "SELECT count(*) FROM notes WHERE body = ?", [text]) == 1
    assert _count(window, "SELECT count(*) FROM notes WHERE customer_id = ?", [cid]) >= 1
    assert check(window.db_path).ok


def test_a_reply_the_disk_refuses_stays_in_the_composer(window, qtbot):
    assert window.tasks.wait_idle()
    inbox = window.inbox
    conv = inbox.conversation
    qtbot.waitUntil(lambda: conv.ticket is not None, timeout=5000)
    tid = conv.ticket["id"]
    before = _count(window, "SELECT count(*) FROM messages WHERE ticket_id = ?", [tid])
    text = "Vi har bedt fragtfirmaet undersøge sagen og vender tilbage i morgen."
    with failing_disk(window, "full"):
        conv.composer.setPlainText(text)
        inbox.send_reply(tid, text, True)
        box = _box(qtbot)
        assert conv.composer.toPlainText() == text
        box.accept()
    assert _count(window, "SELECT count(*) FROM messages WHERE ticket_id = ?", [tid]) == before
    inbox.send_reply(tid, text, True)
    qtbot.waitUntil(lambda: conv.composer.toPlainText() == "", timeout=5000)
    assert window.tasks.wait_idle()
    assert _count(window, "SELECT count(*) FROM messages WHERE ticket_id = ?", [tid]) == before + 1
    assert _count(window, "SELECT count(*) FROM outbox WHERE payload LIKE ?", [f"%{text}%"]) == 1


def _answer(qtbot, pick, *then):
    """Click through the dialogs shown next: `pick(dialog)` on the damaged-cache dialog,
    then each of `then` (a QMessageBox's button role) on the message boxes after it."""
    steps = [pick, *then]

    def step() -> None:
        for w in QApplication.topLevelWidgets():
            if not w.isVisible():
                continue
            if isinstance(w, ui_rescue.DamagedDialog) and steps and steps[0] is pick:
                seen.append(w.message.text())
                steps.pop(0)
                pick(w)
                break
            if isinstance(w, QMessageBox) and steps and steps[0] is not pick:
                seen.append(w.text())
                steps.pop(0)
                w.accept()
                break
        if steps:
            QTimer.singleShot(20, step)

    seen: list[str] = []
    QTimer.singleShot(0, step)
    return seen


def _damage(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 3)


def test_a_damaged_cache_at_start_up_is_rebuilt_keeping_the_outbox(demo_db, tmp_path, qtbot):
    conn = sqlite3.connect(demo_db)
    with conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path = tmp_path / "cache.sqlite"
    shutil.copyfile(demo_db, path)
    _damage(path)
    settings = Settings(tmp_path / "settings.json")
    seen = _answer(qtbot, lambda d: d.rebuild_button.click(), "ok")
    chosen = ui_rescue.prepare(path, settings)
    assert chosen == path
    sentence, rebuilt = seen
    assert str(path) in sentence and "cut short" in sentence and len(sentence.splitlines()) == 1
    assert "The cache was rebuilt" in rebuilt and "No shop is connected" in rebuilt
    kept = list(tmp_path.glob("cache.sqlite.damaged-*"))
    assert [k.name for k in kept if not k.name.endswith(("-wal", "-shm"))]
    assert check(path).ok


def test_quit_leaves_the_damaged_cache_as_it_was(demo_db, tmp_path, qtbot):
    path = tmp_path / "cache.sqlite"
    shutil.copyfile(demo_db, path)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    seen = _answer(qtbot, lambda d: d.quit_button.click())
    assert ui_rescue.prepare(path, Settings(tmp_path / "settings.json")) is None
    assert "not an SQLite database" in seen[0]
    assert path.read_bytes()[:4] == b"\x89PNG"
    assert not list(tmp_path.glob("cache.sqlite.damaged-*"))


def test_damage_found_while_the_console_runs_offers_the_rebuild(window, qtbot):
    """The background check (SQLite's quick_check of every page) finds pages overwritten
    under the running console: the dialog offers the rebuild, and the window closes for it."""
    path = window.db_path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [
        r[0]
        for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'training_turns' AND pagetype = 'leaf'"
        )
    ]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert pages
    with path.open("r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * size + 8)
        fh.write(b"\xa5" * (size - 8))
    seen = _answer(qtbot, lambda d: d.rebuild_button.click())
    window.guard.deep_check()
    qtbot.waitUntil(lambda: window.guard.rebuild_requested, timeout=10_000)
    assert "damaged" in seen[0] and str(path) in seen[0]
    assert not window.isVisible()
