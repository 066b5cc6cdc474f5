"""The agent console's flows, driven through the real widgets on a real demo cache."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from agentdesk.store import actions


def in_open_queue(window):
    inbox = window.inbox
    window.show_view("inbox")
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    return inbox


def show_ticket(window, ticket_id):
    window.inbox.open_ticket(ticket_id)
    assert window.tasks.wait_idle()
    assert window.inbox.current_ticket["id"] == ticket_id
    return window.inbox


def write(window, fn):
    window.tasks.change(fn)
    assert window.tasks.wait_idle()


def test_priority_for_two_selected_tickets_then_ctrl_z_restores_both(window, qtbot):
    inbox = in_open_queue(window)
    ids = inbox.model.ids[:2]
    before = window.conn.execute(
        "SELECT id, priority FROM tickets WHERE id IN (?, ?) ORDER BY id", ids
    ).fetchall()
    inbox.select(0)
    qtbot.keyClick(inbox.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.tasks.wait_idle()
    assert inbox.selected_ids() == ids
    assert "2 selected" in inbox.conversation.selection_note.text()
    combo = inbox.conversation.priority
    combo.setCurrentIndex(combo.findData("urgent"))
    combo.activated.emit(combo.currentIndex())
    assert window.tasks.wait_idle()
    rows = window.conn.execute("SELECT priority FROM tickets WHERE id IN (?, ?)", ids).fetchall()
    assert rows == [("urgent",), ("urgent",)]
    assert "2 tickets set to Urgent" in window.statusBar().currentMessage()
    assert "Urgent · " in inbox.model.index(0, 3).data()  # the queue shows it at once
    qtbot.waitActive(window)
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.tasks.wait_idle()
    after = window.conn.execute(
        "SELECT id, priority FROM tickets WHERE id IN (?, ?) ORDER BY id", ids
    ).fetchall()
    assert after == before


def test_assign_to_me_with_the_keyboard_moves_the_ticket_into_mine(window, qtbot):
    inbox = window.inbox
    window.show_view("inbox")
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("unassigned"))
    assert window.tasks.wait_idle()
    ticket = inbox.model.ids[0]
    inbox.select(0)
    assert window.tasks.wait_idle()
    qtbot.waitActive(window)
    inbox.table.setFocus()
    mine_before = inbox.tabs.tabText(0)
    qtbot.keyClick(
        inbox.table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.tasks.wait_idle()
    owner = window.conn.execute("SELECT assignee_id FROM tickets WHERE id = ?", [ticket])
    assert owner.fetchone()[0] == window.agent["id"]
    assert ticket not in inbox.model.ids  # it left "Unassigned"
    assert inbox.tabs.tabText(0) != mine_before  # and "Mine" counts it


def test_clicking_a_column_header_sorts_the_queue_and_again_reverses(window, qtbot):
    inbox = in_open_queue(window)
    header = inbox.table.horizontalHeader()
    column = inbox.model.COLUMNS.index("customer")
    header.sectionClicked.emit(column)
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert window.tasks.wait_idle()
    names = [inbox.model.index(r, column).data() for r in range(inbox.model.rowCount())]
    assert names == sorted(names) and len(set(names)) > 1
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert window.tasks.wait_idle()
    names = [inbox.model.index(r, column).data() for r in range(inbox.model.rowCount())]
    assert names == sorted(names, reverse=True)


def test_status_filter_keeps_only_that_status(window, qtbot):
    inbox = in_open_queue(window)
    everything = inbox.model.rowCount()
    inbox.status.setCurrentIndex(inbox.status.findData("pending"))
    assert window.tasks.wait_idle()
    column = inbox.model.COLUMNS.index("status")
    shown = {inbox.model.index(r, column).data() for r in range(inbox.model.rowCount())}
    assert shown == {"Pending"} and inbox.model.rowCount() < everything


def _block_x(browser, text):
    doc = browser.document()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        if text in block.text():
            return layout.blockBoundingRect(block).x()
        block = block.next()
    raise AssertionError(f"{text!r} is not shown")


def test_a_chat_ticket_reads_as_a_chat(window, qtbot):
    tid = window.conn.execute(
        "SELECT t.id FROM tickets t WHERE channel = 'chat' AND EXISTS (SELECT 1 FROM messages m "
        "WHERE m.ticket_id = t.id AND m.author = 'agent' AND m.public = 1) LIMIT 1"
    ).fetchone()[0]
    inbox = show_ticket(window, tid)
    messages = inbox.current_ticket["messages"]
    customer = next(m for m in messages if m["author"] == "customer")["body"][:30]
    agent = next(m for m in messages if m["author"] == "agent" and m["public"])["body"][:30]
    browser = inbox.conversation.browser
    # customer on the left, the team on the right (mirrored in Arabic)
    assert _block_x(browser, agent) > _block_x(browser, customer) + 50


def test_ctrl_k_opens_a_ticket_even_when_it_is_not_in_the_queue(window, qtbot):
    tid, subject = window.conn.execute(
        "SELECT id, subject FROM tickets WHERE status = 'solved' ORDER BY created_at DESC LIMIT 1"
    ).fetchone()
    palette = window.find()
    palette.box.setText(subject)  # QTest types ASCII only; the subject may be Arabic
    qtbot.waitUntil(lambda: palette.list.count() > 0, timeout=5000)
    row = next(i for i, h in enumerate(palette.hits) if h.id == tid)
    palette.list.setCurrentRow(row)
    qtbot.keyClick(palette.box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.inbox.current_ticket is not None and window.inbox.current_ticket["id"] == tid
        ),
        timeout=5000,
    )
    assert window.current_view() == "inbox"
    assert window.inbox.conversation.title.text() == subject


def test_contacts_copy_on_click_and_the_customers_clock_is_shown(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    customer = panel.customer
    assert "local time" in panel.plain_text()
    panel.browser.anchorClicked.emit(QUrl("copy:" + customer["email"]))
    assert QApplication.clipboard().text() == customer["email"]
    assert customer["email"] in window.statusBar().currentMessage()


def test_a_reply_with_an_unfilled_placeholder_is_not_sent(window, qtbot):
    inbox = in_open_queue(window)
    inbox.select(0)
    assert window.tasks.wait_idle()
    conv = inbox.conversation
    conv.composer.setPlainText("Your parcel {tracking_link} is on its way")
    qtbot.mouseClick(conv.send, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert (
        window.conn.execute("SELECT count(*) FROM outbox WHERE kind='message'").fetchone()[0] == 0
    )
    assert "{tracking_link}" in window.statusBar().currentMessage()
    assert conv.composer.textCursor().selectedText() == "{tracking_link}"


def test_propose_a_refund_and_follow_its_state(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    order = next(o for o in panel.customer["orders"] if o["status"] == "delivered")
    panel.browser.anchorClicked.emit(QUrl(f"goodwill:{order['id']}"))
    dialog = panel.goodwill
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("refund"))
    assert dialog.amount.maximum() == float(order["total"])
    assert not dialog.ok.isEnabled()  # a reason is required
    dialog.amount.setValue(10)
    qtbot.keyClicks(dialog.reason, "Parcel arrived two weeks late")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.tasks.wait_idle()
    gid, amount, state = window.conn.execute(
        "SELECT id, amount, state FROM goodwill_actions WHERE order_id = ?", [order["id"]]
    ).fetchone()
    assert (amount, state) == ("10.00", "queued")
    assert window.conn.execute(
        "SELECT kind, state FROM outbox WHERE entity_id = ?", [gid]
    ).fetchone() == ("goodwill", "pending")
    qtbot.waitUntil(lambda: "Queued for the shop" in panel.plain_text(), timeout=5000)
    assert "Refund queued" in window.statusBar().currentMessage()
    write(window, lambda conn: actions.mark_goodwill(conn, gid, "failed", "Payment gateway down"))
    qtbot.waitUntil(lambda: "Failed: Payment gateway down" in panel.plain_text(), timeout=5000)
    write(window, lambda conn: actions.mark_goodwill(conn, gid, "confirmed", remote_id="r-1"))
    qtbot.waitUntil(lambda: "Confirmed by the shop" in panel.plain_text(), timeout=5000)


def test_edit_your_own_note_but_not_a_colleagues(window, qtbot):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    panel = window.customers.panel
    cid = panel.customer["id"]
    me = window.agent["id"]
    write(window, lambda conn: actions.add_note(conn, cid, "agent-9", "Colleague's note"))
    write(window, lambda conn: actions.add_note(conn, cid, me, "Call after 15"))
    qtbot.waitUntil(lambda: "Call after 15" in panel.plain_text(), timeout=5000)
    mine = next(n for n in panel.customer["notes"] if n["body"] == "Call after 15")
    theirs = next(n for n in panel.customer["notes"] if n["body"] == "Colleague's note")
    html = panel.browser.toHtml()
    assert f"edit:{mine['id']}" in html and f"edit:{theirs['id']}" not in html
    panel.browser.anchorClicked.emit(QUrl(f"edit:{mine['id']}"))
    assert panel.note.toPlainText() == "Call after 15"
    assert panel.note_save.text() == "Save changes"
    panel.note.setPlainText("Call after 16, never before")
    qtbot.mouseClick(panel.note_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Call after 16, never before" in panel.plain_text(), timeout=5000)
    assert "Call after 15" not in panel.plain_text() and "edited" in panel.plain_text()
    assert panel.note_save.text() == "Save note" and panel.note.toPlainText() == ""
    assert (
        window.conn.execute(
            "SELECT count(*) FROM outbox WHERE kind = 'note_edit' AND entity_id = ?", [mine["id"]]
        ).fetchone()[0]
        == 1
    )


def _late_ticket_with_parcel(window):
    return window.conn.execute(
        "SELECT t.id, c.name, c.locale, o.number, s.carrier FROM tickets t "
        "JOIN customers c ON c.id = t.customer_id JOIN orders o ON o.id = t.order_id "
        "JOIN shipments s ON s.order_id = o.id WHERE t.category = 'late_delivery' "
        "AND c.locale = 'da' ORDER BY t.created_at DESC LIMIT 1"
    ).fetchone()


def test_insert_a_canned_response_with_its_placeholders_filled_then_send_it(window, qtbot):
    tid, name, _locale, number, carrier = _late_ticket_with_parcel(window)
    inbox = show_ticket(window, tid)
    conv = inbox.conversation
    qtbot.waitActive(window)
    conv.composer.setFocus()
    qtbot.keyClick(
        conv.composer,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    picker = conv.picker
    assert picker is not None and picker.isVisible()
    assert picker.current_language() == "da"  # the customer's language, not the agent's
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=5000)
    assert picker.rows[0]["category"] == "late_delivery"  # this ticket's kind first
    wanted = next(i for i, r in enumerate(picker.rows) if r["key"] == "late-apology-tracking")
    for _ in range(wanted):
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # arrows move through the list
    assert picker.list.currentRow() == wanted
    preview = picker.preview.toPlainText()
    assert name.split()[0] in preview and number in preview
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible(), timeout=3000)
    text = conv.composer.toPlainText()
    assert text.startswith(f"Hej {name.split()[0]}")
    assert number in text and carrier in text and window.agent["name"] in text
    assert "{" not in text  # every placeholder had a value on this ticket
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is conv.composer, timeout=3000)
    qtbot.keyClick(conv.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: conv.composer.toPlainText() == "", timeout=5000)
    assert window.tasks.wait_idle()
    assert "waiting to send" in conv.browser.toPlainText()
    sent = window.conn.execute(
        "SELECT m.body, o.state FROM messages m JOIN outbox o ON o.entity_id = m.id "
        "WHERE m.ticket_id = ? AND o.kind = 'message'",
        [tid],
    ).fetchone()
    assert sent == (text.strip(), "pending")


def test_typing_in_the_picker_finds_a_response_and_another_language_can_be_chosen(window, qtbot):
    tid = _late_ticket_with_parcel(window)[0]
    conv = show_ticket(window, tid).conversation
    conv.pick_canned()
    picker = conv.picker
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=5000)
    everything = picker.list.count()
    picker.language.setCurrentIndex(picker.language.findData("en"))
    qtbot.keyClicks(picker.search, "photos")
    qtbot.waitUntil(lambda: 0 < picker.list.count() < everything, timeout=5000)
    assert all(r["language"] == "en" for r in picker.rows)
    assert "photo" in picker.preview.toPlainText().lower()
    picker.reject()


def test_link_a_knowledge_base_article(window, qtbot):
    tid = _late_ticket_with_parcel(window)[0]
    conv = show_ticket(window, tid).conversation
    conv.pick_article()
    picker = conv.picker
    qtbot.waitUntil(lambda: picker.list.count() > 0, timeout=5000)
    picker.search.setText("retur")
    qtbot.waitUntil(lambda: picker.rows and picker.rows[0]["key"] == "returns", timeout=5000)
    qtbot.mouseClick(picker.insert, Qt.MouseButton.LeftButton)
    assert "https://help.example.com/da/returns" in conv.composer.toPlainText()


def test_a_half_written_reply_survives_switching_tickets_and_a_restart(window, qtbot, tmp_path):
    inbox = in_open_queue(window)
    inbox.select(0)
    assert window.tasks.wait_idle()
    first = inbox.current_ticket["id"]
    conv = inbox.conversation
    conv.composer.setPlainText("I have asked the carrier and will")
    inbox.select(1)  # to another ticket: the draft is kept, not lost
    assert window.tasks.wait_idle()
    assert conv.composer.toPlainText() == ""
    inbox.select(0)
    assert window.tasks.wait_idle()
    assert conv.composer.toPlainText() == "I have asked the carrier and will"
    conv.composer.setPlainText("I have asked the carrier and will call you")
    qtbot.waitUntil(
        lambda: (
            window.conn.execute("SELECT body FROM drafts WHERE ticket_id = ?", [first]).fetchone()
            == ("I have asked the carrier and will call you",)
        ),
        timeout=3000,
    )
    from agentdesk.settings import Settings
    from agentdesk.ui.main_window import MainWindow

    again = MainWindow(
        window.db_path, "en", Settings(tmp_path / "s2.json"), listen=False, remember_layout=False
    )
    qtbot.addWidget(again)
    again.inbox.open_ticket(first)
    assert again.tasks.wait_idle()
    assert again.inbox.conversation.composer.toPlainText().endswith("will call you")
    again.tasks.close()
