import threading

import pytest

from agentdesk.core.types import Changes
from agentdesk.store.db import open_cache


@pytest.fixture
def tasks(qtbot, tmp_path):
    from agentdesk.ui.tasks import Tasks

    path = tmp_path / "c.sqlite"
    open_cache(path, create=True).conn.close()
    t = Tasks(path)
    yield t
    t.close()


def test_queries_run_off_the_gui_thread_and_answer_on_it(tasks, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work(conn):
        seen["worker"] = threading.get_ident()
        return conn.execute("SELECT 41 + 1").fetchone()[0]

    with qtbot.waitCallback() as cb:
        tasks.query(work, cb)
    assert cb.args == [42]
    assert seen["worker"] != gui


def test_changes_are_written_once_in_order_and_broadcast(tasks, qtbot):
    def add(n):
        def fn(conn):
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", [f"test-{n}", str(n)])
            return Changes(notes=frozenset({f"test-{n}"}))

        return fn

    received = []
    tasks.changed.connect(received.append)
    for n in range(20):
        tasks.change(add(n))
    assert tasks.wait_idle()
    assert len(received) == 20
    conn = open_cache(tasks.db_path).conn
    assert conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'test-%'").fetchone()[0] == 20


def test_a_failing_write_rolls_back_and_reports(tasks, qtbot):
    def bad(conn):
        conn.execute("INSERT INTO meta(key, value) VALUES ('half', 'done')")
        raise ValueError("disk on fire")

    with qtbot.waitSignal(tasks.failed, timeout=5000) as blocker:
        tasks.change(bad)
    assert "disk on fire" in blocker.args[0]
    conn = open_cache(tasks.db_path).conn
    assert conn.execute("SELECT count(*) FROM meta WHERE key = 'half'").fetchone()[0] == 0
