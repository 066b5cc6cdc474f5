"""Screen pop: `agentdesk pop --phone N` brings the running console to that customer.

The console listens on a QLocalServer named per user (or per AGENTDESK_INSTANCE, so tests and
several profiles do not collide). A request is one JSON line ({"phone"|"email"|"order": ...});
the answer is one JSON line ({"ok": bool, "message": str}) once the customer is on screen.
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 5000


def server_name() -> str:
    return "agentdesk-" + (os.environ.get("AGENTDESK_INSTANCE") or getpass.getuser())


def send(request: dict[str, str]) -> dict[str, Any] | None:
    """Ask a running console to pop a customer; None when no console is running."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(1000):
        return None
    socket.write((json.dumps(request) + "\n").encode())
    socket.flush()
    data = b""
    while b"\n" not in data and socket.waitForReadyRead(TIMEOUT_MS):
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        answer = json.loads(data.decode() or "null")
    except ValueError:
        answer = None
    return answer if isinstance(answer, dict) else {"ok": False, "message": ""}


class PopServer(QObject):
    """Accepts pop requests; `handler(request, reply)` shows the customer and calls reply."""

    def __init__(
        self,
        handler: Callable[[dict[str, str], Callable[[bool, str], None]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.handler = handler
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)
        self.listening = False

    def start(self) -> bool:
        """Listen, unless another console already does (then that one gets the pops)."""
        probe = QLocalSocket()
        probe.connectToServer(server_name())
        if probe.waitForConnected(300):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(server_name())  # a socket file left by a crash
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(server_name())
        return self.listening

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 4096:
                socket.abort()
            return
        line = bytes(socket.readLine(4096).data())
        try:
            request = json.loads(line.decode())
        except ValueError:
            request = None
        if not isinstance(request, dict):
            socket.abort()
            return
        wanted = {k: str(v) for k, v in request.items() if k in ("phone", "email", "order") and v}

        def reply(ok: bool, message: str) -> None:
            if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
                socket.write((json.dumps({"ok": ok, "message": message}) + "\n").encode())
                socket.flush()
                socket.disconnectFromServer()

        self.handler(wanted, reply)
