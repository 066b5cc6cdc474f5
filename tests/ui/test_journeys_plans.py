"""Journeys and recovery plans through the widgets, on the demo cache."""

from datetime import timedelta

from PySide6.QtCore import Qt, QUrl

from tests.conftest import DEMO_NOW


def test_the_journeys_view_shows_stages_and_friction_and_lists_their_tickets(window, qtbot):
    window.show_view("journey")
    view = window.journeys
    view.picker.set_period(DEMO_NOW.date() - timedelta(days=89), DEMO_NOW.date())
    assert window.tasks.wait_idle()
    assert view.matrix.rowCount() >= 4
    stages = [view.matrix.verticalHeaderItem(r).text() for r in range(view.matrix.rowCount())]
    assert "Delivery" in stages
    row = stages.index("Delivery")
    column = view.cat_columns.index("late_delivery")
    count = int(view.matrix.item(row, column).text().replace(",", ""))
    view._cell(row, column)
    assert window.tasks.wait_idle()
    assert view.drill.table.rowCount() == count
    assert view.friction.rowCount() > 0
    first = view.friction.item(0, 0).text()
    view._point(0)
    assert window.tasks.wait_idle()
    assert view.drill.heading.text() == first
    assert view.drill.table.rowCount() == int(view.friction.item(0, 1).text())


def test_open_a_recovery_plan_from_a_ticket_and_follow_it(window, qtbot):
    inbox = window.inbox
    window.show_view("inbox")
    tid = window.conn.execute(
        "SELECT id FROM tickets WHERE category = 'lost_parcel' AND order_id IS NOT NULL "
        "ORDER BY created_at DESC LIMIT 1"
    ).fetchone()[0]
    inbox.open_ticket(tid)
    assert window.tasks.wait_idle()
    assert window.agents, "agents load in the background"
    inbox.customer.browser.anchorClicked.emit(QUrl("plan:"))
    from agentdesk.ui.views.plans import PlanDialog

    dialog = window.findChildren(PlanDialog)[-1]
    assert dialog.template.currentData() == "lost_parcel"  # from the ticket's category
    steps = dialog.collected_steps()
    assert steps and any(s.kind in ("reship", "refund", "voucher") for s in steps)
    assert dialog.goal.text()
    before = window.conn.execute("SELECT count(*) FROM outbox WHERE kind = 'goodwill'").fetchone()[
        0
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.tasks.wait_idle()
    plan = window.conn.execute(
        "SELECT id, template, ticket_id, status FROM action_plans ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert plan[1:] == ("lost_parcel", tid, "open")
    assert (
        window.conn.execute("SELECT count(*) FROM outbox WHERE kind = 'goodwill'").fetchone()[0]
        == before + 1
    )
    assert "Recovery plan saved" in window.statusBar().currentMessage()
    # the Plans view lists it; ticking a step marks it done
    window.show_view("plans")
    view = window.plans
    view.reload()
    assert window.tasks.wait_idle()
    row = [p["id"] for p in view.rows].index(plan[0])
    view.table.selectRow(row)
    item = view.step_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert window.tasks.wait_idle()
    done = window.conn.execute(
        "SELECT done_at FROM action_steps WHERE plan_id = ? ORDER BY position LIMIT 1", [plan[0]]
    ).fetchone()[0]
    assert done
    qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)
    assert window.tasks.wait_idle()
    assert (
        window.conn.execute("SELECT status FROM action_plans WHERE id = ?", [plan[0]]).fetchone()[0]
        == "done"
    )


def test_the_plans_view_reports_win_back_from_the_demo(window):
    window.show_view("plans")
    view = window.plans
    view.status.setCurrentIndex(view.status.findData(None))
    assert window.tasks.wait_idle()
    assert view.table.rowCount() > 10
    assert view.by_template.rowCount() >= 4
    rates = [view.by_template.item(r, 2).text() for r in range(view.by_template.rowCount())]
    assert any(t.endswith("%") for t in rates)
