"""Working a ticket through the real widgets: reply, internal note, status with undo, notes."""

from datetime import timedelta

from PySide6.QtCore import Qt


def open_first_open_ticket(window, qtbot):
    inbox = window.inbox
    window.show_view("inbox")
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    inbox.table.setFocus()
    qtbot.waitActive(window)
    inbox.select(0)
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)  # keyboard: next ticket
    assert window.tasks.wait_idle()
    assert inbox.current_ticket is not None
    return inbox


def outbox(window, entity_kind):
    return window.conn.execute(
        "SELECT kind, state, entity_id FROM outbox WHERE kind = ? ORDER BY seq", [entity_kind]
    ).fetchall()


def test_reply_with_ctrl_enter_is_saved_at_once_and_shown_pending(window, qtbot):
    inbox = open_first_open_ticket(window, qtbot)
    ticket_id = inbox.current_ticket["id"]
    composer = inbox.conversation.composer
    composer.setFocus()
    qtbot.keyClicks(composer, "Thanks for waiting - your parcel left the hub today.")
    qtbot.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.toPlainText() == "", timeout=5000)
    assert window.tasks.wait_idle()
    text = inbox.conversation.browser.toPlainText()
    assert "your parcel left the hub today" in text
    assert "waiting to send" in text
    items = outbox(window, "message")
    assert len(items) == 1 and items[0][1] == "pending"
    status = window.conn.execute("SELECT status FROM tickets WHERE id = ?", [ticket_id])
    assert status.fetchone()[0] in ("pending", "solved", "closed")
    assert "Reply saved" in window.statusBar().currentMessage()


def test_internal_note_is_marked_and_does_not_reach_the_customer(window, qtbot):
    inbox = open_first_open_ticket(window, qtbot)
    conv = inbox.conversation
    conv.internal.setChecked(True)
    assert conv.send.text() == "Add internal note"
    conv.composer.setPlainText("Checked with the carrier: stuck at the hub.")
    qtbot.mouseClick(conv.send, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert "Internal note" in conv.browser.toPlainText()
    public = window.conn.execute(
        "SELECT public FROM messages WHERE body = 'Checked with the carrier: stuck at the hub.'"
    ).fetchone()[0]
    assert public == 0


def test_empty_reply_sends_nothing(window, qtbot):
    inbox = open_first_open_ticket(window, qtbot)
    inbox.conversation.composer.setPlainText("   ")
    qtbot.mouseClick(inbox.conversation.send, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert outbox(window, "message") == []


def test_solve_then_undo_with_ctrl_z(window, qtbot):
    inbox = open_first_open_ticket(window, qtbot)
    ticket_id = inbox.current_ticket["id"]
    before = window.conn.execute(
        "SELECT status, solved_at FROM tickets WHERE id = ?", [ticket_id]
    ).fetchone()
    combo = inbox.conversation.status
    combo.setCurrentIndex(combo.findData("solved"))
    combo.activated.emit(combo.currentIndex())
    assert window.tasks.wait_idle()
    assert (
        window.conn.execute("SELECT status FROM tickets WHERE id = ?", [ticket_id]).fetchone()[0]
        == "solved"
    )
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.tasks.wait_idle()
    after = window.conn.execute(
        "SELECT status, solved_at FROM tickets WHERE id = ?", [ticket_id]
    ).fetchone()
    assert after == before


def test_add_and_pin_a_note_from_the_360(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    cid = panel.customer["id"]
    panel.note.setPlainText("Prefers a call after 16:00")
    panel.note_kind.setCurrentIndex(panel.note_kind.findData("preference"))
    qtbot.mouseClick(panel.note_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Prefers a call after 16:00" in panel.plain_text(), timeout=5000)
    assert panel.note.toPlainText() == ""
    note_id, pinned = window.conn.execute(
        "SELECT id, pinned FROM notes WHERE customer_id = ? AND body = ?",
        [cid, "Prefers a call after 16:00"],
    ).fetchone()
    assert pinned == 0
    assert "waiting to send" in panel.plain_text()
    from PySide6.QtCore import QUrl

    panel.browser.anchorClicked.emit(QUrl(f"pin:{note_id}"))
    assert window.tasks.wait_idle()
    qtbot.waitUntil(lambda: "★ Preference" in panel.plain_text(), timeout=5000)
    assert window.conn.execute("SELECT pinned FROM notes WHERE id = ?", [note_id]).fetchone()[0]


def test_timeline_interleaves_history_and_filters_by_kind(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    everything = panel.plain_text()
    assert "Timeline" in everything and "Parcel of #" in everything
    panel.timeline_kind.setCurrentIndex(panel.timeline_kind.findData("scan"))
    timeline = panel.plain_text().split("Timeline", 1)[1]
    lines = [line for line in timeline.splitlines() if line.strip()]
    assert lines and all("Parcel of #" in line for line in lines)
    panel.timeline_kind.setCurrentIndex(panel.timeline_kind.findData("call"))
    timeline = panel.plain_text().split("Timeline", 1)[1]
    assert "Parcel of #" not in timeline


def test_log_a_call_from_a_ticket_with_timer_notes_and_follow_up(window, qtbot):
    inbox = open_first_open_ticket(window, qtbot)
    ticket_id = inbox.current_ticket["id"]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = inbox.customer.call
    assert dialog is not None and dialog.isVisible()
    assert dialog.clock.text().startswith("☎ 0:0")
    dialog.started -= timedelta(minutes=3)
    dialog._tick()
    assert dialog.clock.text().startswith("☎ 3:")  # the timer shows the running call
    qtbot.keyClicks(dialog.notes, "Customer will check with the neighbour")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("follow_up"))
    assert dialog.follow_up.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.tasks.wait_idle()
    row = window.conn.execute(
        "SELECT outcome, summary, follow_up_at, started_at < ended_at FROM calls "
        "WHERE ticket_id = ? AND summary IS NOT NULL",
        [ticket_id],
    ).fetchone()
    assert row[0] == "follow_up" and row[1] == "Customer will check with the neighbour"
    assert row[2] and row[3] == 1
    assert window.conn.execute("SELECT count(*) FROM outbox WHERE kind = 'call'").fetchone()[0] == 1
    qtbot.waitUntil(lambda: "Follow-up needed" in inbox.customer.plain_text(), timeout=5000)


def test_closing_the_call_window_saves_the_notes(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    dialog = window.customers.panel.start_call()
    dialog.notes.setPlainText("Asked about the invoice")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.tasks.wait_idle()
    assert (
        window.conn.execute(
            "SELECT count(*) FROM calls WHERE summary = 'Asked about the invoice'"
        ).fetchone()[0]
        == 1
    )


def test_repeat_contact_is_marked_and_a_first_contact_is_not(window, qtbot):
    repeat_sql = (
        "EXISTS (SELECT 1 FROM tickets a WHERE a.customer_id = b.customer_id "
        "AND a.category = b.category AND a.created_at < b.created_at "
        "AND julianday(b.created_at) - julianday(a.created_at) <= 7)"
    )
    repeat = window.conn.execute(
        f"SELECT id FROM tickets b WHERE status IN ('open','pending') AND {repeat_sql}"
    ).fetchone()[0]
    first = window.conn.execute(
        f"SELECT id FROM tickets b WHERE status IN ('open','pending') AND NOT {repeat_sql}"
    ).fetchone()[0]
    inbox = window.inbox
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    for ticket_id, marked in ((repeat, True), (first, False)):
        inbox.select(inbox.model.ids.index(ticket_id))
        assert window.tasks.wait_idle()
        assert inbox.current_ticket["id"] == ticket_id
        assert ("Same problem again" in inbox.conversation.meta.text()) is marked


def test_a_failed_call_save_keeps_the_window_and_notes(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    dialog = window.customers.panel.start_call()
    dialog.notes.setPlainText("Customer asked for a manager")
    dialog.agent_id = "no-such-agent"  # the write breaks a foreign key and rolls back
    with qtbot.waitSignal(window.tasks.failed, timeout=5000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert dialog.isVisible() and dialog.save.isEnabled()
    assert dialog.notes.toPlainText() == "Customer asked for a manager"
    # another, unrelated failure must not touch this dialog's button state
    dialog.save.setEnabled(False)
    window.tasks.change(lambda conn: conn.execute("SELECT * FROM no_such_table"))
    assert window.tasks.wait_idle()
    assert not dialog.save.isEnabled()
    dialog._done = True
    dialog.close()
