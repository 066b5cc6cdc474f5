"""`agentdesk pop` from a second process brings the running console to that customer."""

import os
import subprocess
import sys

from agentdesk.ui.pop import send


def pop_process(*args):
    return subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "pop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def customer_with_phone(window):
    return window.conn.execute(
        "SELECT id, name, phone FROM customers WHERE locale = 'vi' LIMIT 1"
    ).fetchone()


def test_pop_by_phone_from_another_process(window, qtbot):
    cid, name, phone = customer_with_phone(window)
    assert window.pop_server.listening
    window.show_view("inbox")
    proc = pop_process("--phone", phone.replace(" ", ""))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert phone.replace(" ", "") in out
    assert window.current_view() == "customers"
    qtbot.waitUntil(lambda: (window.customers.panel.customer or {}).get("id") == cid, timeout=5000)
    assert name in window.customers.panel.plain_text()
    call = window.customers.panel.call  # a call from the phone starts the call log
    assert call is not None and call.isVisible() and name in call.windowTitle()


def test_pop_by_order_number_and_unknown_caller(window, qtbot):
    number, cid = window.conn.execute("SELECT number, customer_id FROM orders LIMIT 1").fetchone()
    proc = pop_process("--order", f"#{number}")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    assert proc.returncode == 0
    qtbot.waitUntil(lambda: (window.customers.panel.customer or {}).get("id") == cid, timeout=5000)
    proc = pop_process("--phone", "+1 555 010 9999")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    out, _ = proc.communicate()
    assert proc.returncode == 1 and "No customer matches" in out
    assert window.customers.search.text() == "+1 555 010 9999"


def test_garbage_on_the_socket_does_not_disturb_the_console(window, qtbot):
    from PySide6.QtNetwork import QLocalSocket

    from agentdesk.ui.pop import server_name

    s = QLocalSocket()
    s.connectToServer(server_name())
    assert s.waitForConnected(1000)
    s.write(b"\x00\xffnot json at all\n")
    s.flush()
    qtbot.waitUntil(
        lambda: s.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=3000
    )
    assert window.isVisible()
    assert window.pop_server.listening


def test_pop_starts_a_console_when_none_runs(demo_db, qtbot):
    import sqlite3

    assert send({"phone": "+4521345678"}) is None  # nobody listening yet
    (email,) = sqlite3.connect(demo_db).execute("SELECT email FROM customers LIMIT 1").fetchone()
    proc = pop_process("--email", email, "--db", str(demo_db))
    try:
        answer = None
        for _ in range(100):  # the new console needs a moment to start listening
            answer = send({"email": email})
            if answer is not None or proc.poll() is not None:
                break
            qtbot.wait(100)
        assert proc.poll() is None, proc.communicate()
        assert answer == {"ok": True, "message": f"Incoming contact: {email}"}
    finally:
        proc.terminate()
        proc.wait(10)
