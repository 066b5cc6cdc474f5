"""A queue of 100,000 open tickets: the model holds ids and reads only the rows on screen."""

import sqlite3

import pytest

from agentdesk.settings import Settings
from agentdesk.store import kpi

N = 100_000


@pytest.fixture
def big_db(demo_db):
    conn = sqlite3.connect(demo_db)
    from agentdesk.store.db import register_functions

    register_functions(conn)
    with conn, kpi.bulk(conn):
        conn.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO tickets(id, customer_id, channel, category, subject, status,
                                   created_at, sla_due_at)
               SELECT 'big-' || i, 'cus-' || (1 + i % 1000),
                      'email', 'late_delivery', 'Where is my parcel ' || i, 'open',
                      printf('2026-11-%02dT%02d:00:00Z', 1 + i % 19, i % 24),
                      printf('2026-11-%02dT%02d:30:00Z', 1 + i % 19, i % 24)
               FROM n""",
            [N],
        )
    conn.close()
    return demo_db


def test_scrolling_a_huge_queue_reads_only_what_is_shown(qtbot, big_db, tmp_path):
    from agentdesk.ui.main_window import MainWindow

    w = MainWindow(big_db, "en", Settings(tmp_path / "s.json"), remember_layout=False)
    qtbot.addWidget(w)
    w.resize(1400, 880)
    w.show()
    inbox = w.inbox
    inbox.tabs.setCurrentIndex(inbox.QUEUE_ORDER.index("open"))
    assert w.tasks.wait_idle(30_000)
    assert inbox.model.rowCount() > N
    bar = inbox.table.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum(), 0, bar.maximum() // 2):
        bar.setValue(value)
        qtbot.wait(20)
        # the rows on screen are real rows, read on demand
        top = inbox.table.rowAt(5)
        assert inbox.model.index(top, 2).data()
    # only a handful of 100-row blocks were ever read, not 100,000 rows
    assert len(inbox.model.cache) <= 8 * 100
    inbox.select(inbox.model.rowCount() - 1)  # End of the queue opens like any other
    assert w.tasks.wait_idle(30_000)
    assert inbox.current_ticket is not None
    w.tasks.close()
