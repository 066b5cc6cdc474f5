"""The team hub in the console (Qt: tests/hub is not in the Qt-free run): the connection dialog (TLS on by default, the password to the
keyring only) and the background hub sync bringing a colleague's note into the views."""

from __future__ import annotations

import json

import keyring
import pytest
from PySide6.QtWidgets import QDialog

from agentdesk.settings import Settings
from agentdesk.store import actions
from tests.hub.desktops import make_cache, query, sync_once, write
from tests.hub.pgserver import AGENT_PASSWORD
from tests.sync.keyring_file import FileKeyring


@pytest.fixture
def file_keyring(tmp_path):
    before = keyring.get_keyring()
    path = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(path))
    yield path
    keyring.set_keyring(before)


@pytest.fixture
def dialog(qtbot):
    from agentdesk.ui.hub_dialog import HubDialog

    d = HubDialog(Settings())
    qtbot.addWidget(d)
    return d


def test_tls_is_required_by_default_and_a_remote_hub_without_it_is_refused(dialog):
    assert dialog.tls.isChecked()
    dialog.try_connect()
    assert "Fill in the server" in dialog.status.text()
    dialog.host.setText("hub.example.com")
    dialog.user.setText("anna")
    assert "sslmode" not in dialog.dsn()  # verify-full is settled when connecting
    dialog.tls.setChecked(False)
    dialog.try_connect()
    assert "must be reached over TLS" in dialog.status.text()
    assert dialog.connect_button.isEnabled()


@pytest.mark.postgres
def test_connecting_keeps_the_password_in_the_keyring_only(dialog, qtbot, hub, file_keyring):
    hub.add_agent("a1", "Anna Berg")
    login = hub.agents["a1"]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(hub.server.port)
    dialog.database.setText(hub.dbname)
    dialog.user.setText(login)
    dialog.password.setText("wrong")
    dialog.try_connect()
    qtbot.waitUntil(lambda: "Could not connect" in dialog.status.text(), timeout=10000)
    assert "password" in dialog.status.text()
    dialog.password.setText(AGENT_PASSWORD)
    dialog.try_connect()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
    assert dialog.role == "agent"
    saved = Settings().get("sync.hub_dsn")
    assert login in saved and hub.dbname in saved and AGENT_PASSWORD not in saved
    stored = json.loads(file_keyring.read_text())
    assert stored == {
        f"AgentDesk\thub {login}@127.0.0.1:{hub.server.port}/{hub.dbname}": AGENT_PASSWORD
    }


@pytest.mark.postgres
def test_the_console_hub_sync_brings_a_colleagues_note_and_tells_the_views(
    qtbot, tmp_path, hub, file_keyring
):
    from agentdesk.hub import connection
    from agentdesk.ui.hub_sync import HubController
    from agentdesk.ui.tasks import Tasks

    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    mine = make_cache(tmp_path / "mine.sqlite")
    colleague = make_cache(tmp_path / "colleague.sqlite")
    settings = Settings()
    no_password = dsn_b.replace(f"password={AGENT_PASSWORD}", "").strip()
    connection.store_password(no_password, AGENT_PASSWORD)  # as the dialog leaves it
    settings.set("sync.hub_dsn", no_password)
    tasks = Tasks(mine)
    controller = HubController(tasks, settings)
    seen = []
    tasks.changed.connect(seen.append)
    try:
        assert controller.start()
        qtbot.waitUntil(lambda: controller.last_report is not None, timeout=20000)
        assert controller.last_report.ok, controller.last_report.as_json()
        assert controller.state == "ok"
        write(colleague, actions.add_note, "c3", "a1", "Call back after 16:00")
        assert sync_once(colleague, dsn_a)[0] == 0
        qtbot.waitUntil(lambda: any("c3" in c.customers for c in seen), timeout=15000)
        assert query(mine, "SELECT author_id, body FROM notes") == [("a1", "Call back after 16:00")]
    finally:
        controller.stop()
        tasks.close()
    assert not controller.running


def test_the_console_says_since_when_the_hub_is_unreachable(qtbot, tmp_path, monkeypatch):
    from agentdesk.ui.hub_sync import HubController
    from agentdesk.ui.tasks import Tasks

    monkeypatch.setenv("AGENTDESK_HUB_PASSWORD", "x")
    settings = Settings()
    settings.set("sync.hub_dsn", "host=127.0.0.1 port=1 dbname=hub user=anna")
    tasks = Tasks(make_cache(tmp_path / "mine.sqlite"))
    controller = HubController(tasks, settings)
    try:
        with qtbot.waitSignal(controller.state_changed, timeout=15000):
            assert controller.start()
        assert controller.state == "offline" and controller.since is not None
        assert query(
            tasks.db_path, "SELECT value IS NOT NULL FROM meta WHERE key = 'hub.offline_since'"
        ) == [(1,)]
    finally:
        controller.stop()
        tasks.close()


@pytest.mark.postgres
def test_the_console_says_who_took_the_ticket_first(qtbot, tmp_path, hub, file_keyring):
    from agentdesk.hub import connection
    from agentdesk.ui.hub_sync import HubController
    from agentdesk.ui.tasks import Tasks
    from tests.hub.desktops import ticket

    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    colleague = make_cache(tmp_path / "colleague.sqlite", ticket("t1"))
    mine = make_cache(tmp_path / "mine.sqlite")
    assert sync_once(colleague, dsn_a, "--publish-all")[0] == 0
    assert sync_once(mine, dsn_b)[0] == 0
    write(colleague, actions.assign, ["t1"], "a1")
    write(mine, actions.assign, ["t1"], "a2")
    assert sync_once(colleague, dsn_a)[0] == 0  # Anna's reaches the hub first
    settings = Settings()
    no_password = dsn_b.replace(f"password={AGENT_PASSWORD}", "").strip()
    connection.store_password(no_password, AGENT_PASSWORD)
    settings.set("sync.hub_dsn", no_password)
    tasks = Tasks(mine)
    controller = HubController(tasks, settings)
    try:
        with qtbot.waitSignal(controller.conflict, timeout=20000) as said:
            assert controller.start()
        assert said.args == ["Ticket “Where is my parcel (t1)” was already taken by Anna Berg."]
        qtbot.waitUntil(
            lambda: query(mine, "SELECT assignee_id FROM tickets WHERE id='t1'") == [("a1",)]
        )
    finally:
        controller.stop()
        tasks.close()
