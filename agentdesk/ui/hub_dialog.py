"""Connect to the team hub (PostgreSQL): host, port, database, the agent's own database role
and password, TLS required by default. The connection is tried on a worker thread before
anything is saved; the password goes to the OS keyring only, the rest to the sync.hub_dsn
setting."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agentdesk.settings import Settings


def check_hub(dsn: str, password: str) -> str:
    """Log in to the hub and ask who we are there; returns the hub role. Raises with one
    sentence. Runs on a worker thread."""
    import psycopg

    from agentdesk.hub import connection

    try:
        conn = connection.connect(dsn, password or None)
    except psycopg.Error as e:
        raise ValueError(connection.describe(e)) from None
    try:
        try:
            role = conn.execute("SELECT hub_role()").fetchone()[0]
        except psycopg.errors.UndefinedFunction:
            raise ValueError(
                "That database is not an AgentDesk hub yet: run 'agentdesk hub init' first."
            ) from None
        if role is None:
            raise ValueError(
                f"The database role {conn.info.user} is not an agent of this hub: ask the lead "
                "to run 'agentdesk hub add-agent'."
            )
        return str(role)
    finally:
        conn.close()


class HubDialog(QDialog):
    checked = Signal(object, object)  # hub role or None, error or None (from the worker)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from agentdesk.hub import connection

        self.settings = settings
        self.setWindowTitle(self.tr("Connect to the team hub"))
        self.setMinimumWidth(460)
        current = str(settings.get("sync.hub_dsn") or "")
        params = connection.parse(current) if current else {}
        self.host = QLineEdit(params.get("host", ""), self)
        self.host.setPlaceholderText("hub.example.com")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(int(params.get("port") or 5432))
        self.database = QLineEdit(params.get("dbname", "agentdesk"), self)
        self.user = QLineEdit(params.get("user", ""), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("Require an encrypted connection (TLS)"), self)
        self.tls.setChecked(params.get("sslmode") not in ("disable", "allow", "prefer"))
        for field in (self.host, self.database, self.user, self.password):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses and names
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Your database user"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.tls)
        hint = QLabel(
            self.tr(
                "Your team lead adds you to the hub and gives you your database user. The "
                "password stays in this computer's keyring."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("Muted")
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("Test and connect"), self)
        self.connect_button.setDefault(True)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.disconnect_button = buttons.addButton(
            self.tr("Disconnect"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.disconnect_button.setVisible(bool(current))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.try_connect)
        self.disconnect_button.clicked.connect(self.disconnect_hub)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.checked.connect(self._checked)
        self._dsn = ""
        self.role = ""  # the hub role, once connected

    def dsn(self) -> str:
        from agentdesk.hub import connection

        return connection.build(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            require_tls=self.tls.isChecked(),
        )

    def try_connect(self) -> None:
        from agentdesk.hub import connection

        if not (
            self.host.text().strip() and self.database.text().strip() and self.user.text().strip()
        ):
            self.status.setText(self.tr("Fill in the server, the database and your user first."))
            return
        dsn = self.dsn()
        try:
            connection.prepare(dsn)
        except ValueError as e:
            self.status.setText(self.tr("Could not connect: %1").replace("%1", str(e)))
            return
        self._dsn = dsn
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        password = self.password.text()

        def work() -> None:
            try:
                role = check_hub(dsn, password)
            except Exception as e:  # shown to the user as one sentence
                self.checked.emit(None, str(e) or type(e).__name__)
            else:
                self.checked.emit(role, None)

        threading.Thread(target=work, name="agentdesk-hub-connect", daemon=True).start()

    def _checked(self, role: Any, error: Any) -> None:
        from agentdesk.hub import connection

        self.connect_button.setEnabled(True)
        if error is not None:
            self.status.setText(self.tr("Could not connect: %1").replace("%1", str(error)))
            return
        if self.password.text():
            try:
                connection.store_password(self._dsn, self.password.text())
            except Exception as e:  # no keyring service on this machine
                self.status.setText(
                    self.tr(
                        "Connected, but the password cannot be kept: this computer has no "
                        "keyring service (%1). Install one (such as GNOME Keyring) or set "
                        "AGENTDESK_HUB_PASSWORD."
                    ).replace("%1", str(e))
                )
                return
        self.settings.set("sync.hub_dsn", self._dsn)
        self.settings.save()
        self.role = str(role)
        self.accept()

    def disconnect_hub(self) -> None:
        from agentdesk.hub import connection

        current = str(self.settings.get("sync.hub_dsn") or "")
        if current:
            connection.forget_password(current)
        self.settings.set("sync.hub_dsn", "")
        self.settings.save()
        self.accept()
