"""The first frame comes before slow work: the queue's query, the other views, the listener.

Deterministic, not timed: the queue's query waits on an event that only the window's first
paint sets. A window that ran the query (or waited for it) before painting would never paint
in time.
"""

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread

from agentdesk.settings import Settings
from agentdesk.store import queries


class _FirstPaint(QObject):
    def __init__(self, window, painted):
        super().__init__(window)
        self.window, self.painted, self.seen = window, painted, None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            w = self.window
            self.seen = {
                "rows": w.inbox.model.rowCount(),
                "ticket": w.inbox.current_ticket,
                "built": [v for v in ("_customers", "_proactive", "_plans") if getattr(w, v)],
                "listening": w.pop_server is not None,
                "writing": w.tasks._writer is not None,  # the starter library's write
                "panes": w.inbox._conversation is not None,  # they show the ticket: later
            }
            self.painted.set()
        return False


def test_first_frame_does_not_wait_for_the_queue_or_the_other_views(
    qtbot, demo_db, tmp_path, monkeypatch
):
    from agentdesk.ui.main_window import MainWindow

    painted = threading.Event()
    waited = {}
    real = queries.queue_ids

    def slow_queue_ids(*args, **kwargs):
        waited["for_paint"] = painted.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(queries, "queue_ids", slow_queue_ids)
    monkeypatch.setenv("AGENTDESK_INSTANCE", f"startup-test-{id(tmp_path)}")
    w = MainWindow(demo_db, "en", Settings(tmp_path / "s.json"), remember_layout=False)
    qtbot.addWidget(w)
    watch = _FirstPaint(w, painted)
    w.installEventFilter(watch)
    w.resize(1400, 880)
    w.show()
    qtbot.waitUntil(lambda: watch.seen is not None, timeout=5000)
    # The first frame: the shell and the inbox, the queue on its way.
    assert watch.seen == {
        "rows": 0,
        "ticket": None,
        "built": [],
        "listening": False,
        "writing": False,
        "panes": False,
    }
    assert w.tasks.wait_idle()
    assert waited == {"for_paint": True}
    # Right after it: the queue, its first ticket with the customer, the other views, pops.
    assert w.inbox.model.rowCount() > 0
    assert w.inbox.current_ticket is not None
    assert w.inbox.customer.customer is not None
    assert w._customers is not None and w._proactive is not None and w._plans is not None
    assert w.pop_server is not None and w.pop_server.listening
    w.show_view("customers")
    assert w.current_view() == "customers"
    w.close()


def _settle(ms=300):
    for _ in range(ms // 10):
        QCoreApplication.processEvents()
        QThread.msleep(10)


def test_held_results_and_later_calls_wait_for_release(qtbot, demo_db):
    from agentdesk.ui.tasks import Tasks

    tasks = Tasks(demo_db)
    try:
        tasks.hold()
        ran, got, order = threading.Event(), [], []

        def work(conn):
            ran.set()
            return conn.execute("SELECT 6 * 7").fetchone()[0]

        tasks.query(work, lambda r: (got.append(r), order.append("result")))
        tasks.later(lambda: order.append("later"))
        assert ran.wait(10)
        _settle()
        assert got == [] and order == []  # finished, but held
        assert not tasks.wait_idle(200)  # still pending while held
        tasks.release()
        assert got == [42]
        assert tasks.wait_idle()
        assert order == ["result", "later"]  # results first, then the later calls
    finally:
        tasks.close()
