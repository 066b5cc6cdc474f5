"""A slow query or a slow write never freezes input: the GUI keeps taking keystrokes.

Deterministic, not timed: the background work waits on an event that the test only sets
after the GUI has handled typing. Work run on the GUI thread would never see the typing.
"""

import threading

from agentdesk.core.types import Changes


def test_typing_continues_while_a_slow_query_and_a_slow_write_run(window, qtbot):
    release = threading.Event()
    seen_by_worker = {}

    def slow_query(conn):
        seen_by_worker["query"] = release.wait(10)
        return conn.execute("SELECT count(*) FROM customers").fetchone()[0]

    def slow_write(conn):
        seen_by_worker["write"] = release.wait(10)
        return Changes()

    answers = []
    window.tasks.query(slow_query, answers.append)
    window.tasks.change(slow_write)
    window.find()
    qtbot.waitActive(window)
    search = window.customers.search
    qtbot.keyClicks(search, "still typing")
    assert search.text() == "still typing"  # input was handled while both jobs waited
    assert answers == []
    release.set()
    qtbot.waitUntil(lambda: answers != [], timeout=10_000)
    assert window.tasks.wait_idle()
    assert seen_by_worker == {"query": True, "write": True}
    assert answers[0] > 0


def test_the_started_console_is_left_out_of_full_garbage_collections(qtbot, demo_db, tmp_path):
    # a full pass walks every tracked object while holding the GIL: on the started
    # console's heap, tens of milliseconds of frozen window during a sync
    import gc

    from agentdesk.settings import Settings
    from agentdesk.ui.main_window import MainWindow

    gc.unfreeze()  # (what earlier tests froze)
    w = MainWindow(demo_db, "en", Settings(tmp_path / "settings.json"))
    qtbot.addWidget(w)
    w.show()
    assert w.tasks.wait_idle()
    assert gc.get_freeze_count() > 10_000
    w.tasks.close()
