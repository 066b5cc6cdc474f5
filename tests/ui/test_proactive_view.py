"""Proactive care through the widgets: parcels at risk, a proactive ticket with its drafted
message, in the queue and the outbox; a whole carrier delay at once."""

from PySide6.QtCore import Qt


def proactive(window):
    window.show_view("proactive")
    view = window.proactive
    view.reload()
    assert window.tasks.wait_idle()
    assert view.model.rowCount() > 0, "the demo must have parcels at risk"
    return view


def test_write_to_one_customer_opens_a_proactive_ticket_with_the_message_drafted(window, qtbot):
    view = proactive(window)
    row = view.model.rows[0]
    view.table.selectRow(0)
    preview = view.preview.toPlainText()
    assert row["order_number"] in preview
    qtbot.mouseClick(view.create, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert "1 proactive ticket opened" in window.statusBar().currentMessage()
    ticket = window.conn.execute(
        "SELECT id, origin, order_id, status FROM tickets WHERE origin = 'proactive' "
        "ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert ticket[1:] == ("proactive", row["order_id"], "open")
    assert window.conn.execute(
        "SELECT kind FROM outbox WHERE entity_id = ?", [ticket[0]]
    ).fetchone() == ("ticket_create",)
    # the console shows it, with the drafted message waiting in the composer
    assert window.current_view() == "inbox"
    inbox = window.inbox
    assert inbox.current_ticket["id"] == ticket[0]
    draft = inbox.conversation.composer.toPlainText()
    assert row["order_number"] in draft and "{" not in draft
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("proactive"))
    assert window.tasks.wait_idle()
    assert ticket[0] in inbox.model.ids
    # and the parcel has left the proactive list: someone is in touch
    view.reload()
    assert window.tasks.wait_idle()
    assert row["shipment_id"] not in {r["shipment_id"] for r in view.model.rows}


def test_a_whole_carrier_delay_at_once(window, qtbot):
    view = proactive(window)
    carrier = view.model.rows[0]["carrier"]
    view.table.selectRow(0)
    view.select_same_carrier()
    chosen = view.selected_rows()
    assert len(chosen) == sum(1 for r in view.model.rows if r["carrier"] == carrier)
    assert all(r["carrier"] == carrier for r in chosen)
    before = window.conn.execute(
        "SELECT count(*) FROM tickets WHERE origin = 'proactive'"
    ).fetchone()
    view.create_tickets()
    assert window.tasks.wait_idle()
    after = window.conn.execute(
        "SELECT count(*) FROM tickets WHERE origin = 'proactive'"
    ).fetchone()
    assert after[0] - before[0] == len(chosen)
    drafts = window.conn.execute(
        "SELECT count(*) FROM drafts d JOIN tickets t ON t.id = d.ticket_id "
        "WHERE t.origin = 'proactive'"
    ).fetchone()[0]
    assert drafts >= len(chosen)


def test_filters_and_the_empty_state(window):
    view = proactive(window)
    view.risk.setCurrentIndex(view.risk.findData("stale"))
    assert all(r["risk"] == "stale" for r in view.model.rows)
    view.carrier.setCurrentIndex(view.carrier.count() - 1)
    view.risk.setCurrentIndex(view.risk.findData("exception"))
    if not view.model.rows:
        assert view.empty.isVisible() and "No parcel" in view.empty.text()
