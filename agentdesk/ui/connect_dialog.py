"""Connect to the shop: which back end, its address and the credentials. The connection is
tried in the background before anything is saved; the token goes to the OS keyring only."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.settings import Settings

BACKENDS = (("vendure", "Vendure"), ("shopify", "Shopify"), ("woocommerce", "WooCommerce"))


def check_connection(backend: str, url: str, fields: dict[str, str]) -> str:
    """Log in if needed, read one customer, and return the token to keep. Raises with a
    sentence the dialog shows. Runs on a worker thread."""
    from agentdesk import logs
    from agentdesk.sync.connectors import make
    from agentdesk.sync.http import RetryPolicy, check_url, trust

    url = check_url(url)
    for name in ("password", "token", "key", "secret"):
        logs.secret(fields.get(name, "").strip())  # never in the log, even in an error
    trust(url, fields.get("ca_file", "").strip() or None)  # this shop's own authority, if any
    policy = RetryPolicy(attempts=2, initial=0.3, cap=1.0)
    if backend == "vendure" and fields.get("user"):
        from agentdesk.sync.vendure import login

        token = login(url, fields["user"], fields.get("password", ""), policy)
    elif backend == "woocommerce":
        token = f"{fields.get('key', '').strip()}:{fields.get('secret', '').strip()}"
    else:
        token = fields.get("token", "").strip()
    if not token or token == ":":
        raise ValueError("Give the credentials first.")
    connector = make(backend, url, token, policy)
    try:
        connector.list("customers", None, 0, 1)
    finally:
        connector.close()
    return token


class ConnectDialog(QDialog):
    checked = Signal(object, object)  # token or None, error or None (from the worker)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Connect to the shop"))
        self.setMinimumWidth(480)
        self.backend = QComboBox(self)
        for code, name in BACKENDS:
            self.backend.addItem(name, code)
        current = settings.get("sync.backend")
        if current:
            self.backend.setCurrentIndex(max(0, self.backend.findData(current)))
        self.url = QLineEdit(settings.get("sync.url"), self)
        self.url.setPlaceholderText("https://shop.example.com")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.key = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        # Off unless filled in: a PEM file of the authority that signed this shop's
        # certificate (a company CA, a self-signed shop); every connection logs a warning.
        self.ca_file = QLineEdit(settings.get("sync.ca_file"), self)
        self.ca_file.setPlaceholderText(
            self.tr("Optional: only for a shop with its own certificate")
        )
        fields = (self.url, self.user, self.password, self.token, self.key, self.secret)
        for field in (*fields, self.ca_file):
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # addresses and keys
        form = QFormLayout()
        form.addRow(self.tr("Shop system"), self.backend)
        form.addRow(self.tr("Address"), self.url)
        self.rows: dict[str, list[QWidget]] = {}
        for name, label, field in (
            ("user", self.tr("Admin user"), self.user),
            ("password", self.tr("Password"), self.password),
            ("token", self.tr("Access token"), self.token),
            ("key", self.tr("Consumer key"), self.key),
            ("secret", self.tr("Consumer secret"), self.secret),
        ):
            form.addRow(label, field)
            self.rows[name] = [field, form.labelForField(field)]
        form.addRow(self.tr("Certificate authority file (PEM)"), self.ca_file)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("Muted")
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
        self.disconnect_button.clicked.connect(self.disconnect_shop)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.backend.currentIndexChanged.connect(self._fields_for_backend)
        self.checked.connect(self._checked)
        self._fields_for_backend()

    def _fields_for_backend(self) -> None:
        code = self.backend.currentData()
        shown = {
            "vendure": {"user", "password"},
            "shopify": {"token"},
            "woocommerce": {"key", "secret"},
        }[code]
        for name, widgets in self.rows.items():
            for w in widgets:
                if w is not None:
                    w.setVisible(name in shown)
        self.hint.setText(
            {
                "vendure": self.tr(
                    "An administrator of your Vendure shop. AgentDesk keeps only the session "
                    "token, in this computer's keyring, never the password."
                ),
                "shopify": self.tr(
                    "An Admin API access token of a custom app with read access to customers "
                    "and orders, and write access to orders and discounts."
                ),
                "woocommerce": self.tr(
                    "A REST API key with read/write permission (WooCommerce ▸ Settings ▸ "
                    "Advanced ▸ REST API)."
                ),
            }[code]
        )

    def fields(self) -> dict[str, str]:
        return {
            "user": self.user.text().strip(),
            "password": self.password.text(),
            "token": self.token.text(),
            "key": self.key.text(),
            "secret": self.secret.text(),
            "ca_file": self.ca_file.text().strip(),
        }

    def try_connect(self) -> None:
        backend, url = self.backend.currentData(), self.url.text().strip()
        needed = {
            "vendure": (self.user, self.password),
            "shopify": (self.token,),
            "woocommerce": (self.key, self.secret),
        }[backend]
        if not url or any(not f.text().strip() for f in needed):
            self.status.setText(self.tr("Fill in the address and the credentials first."))
            return
        self.connect_button.setEnabled(False)
        self.status.setText(self.tr("Connecting…"))
        fields = self.fields()

        def work() -> None:
            try:
                token = check_connection(backend, url, fields)
            except Exception as e:  # shown to the user as one sentence
                self.checked.emit(None, str(e) or type(e).__name__)
            else:
                self.checked.emit(token, None)

        threading.Thread(target=work, name="agentdesk-connect", daemon=True).start()

    def _checked(self, token: Any, error: Any) -> None:
        self.connect_button.setEnabled(True)
        if error is not None:
            self.status.setText(self.tr("Could not connect: %1").replace("%1", str(error)))
            return
        from agentdesk.sync import credentials
        from agentdesk.sync.http import check_url

        backend, url = self.backend.currentData(), check_url(self.url.text())
        try:
            credentials.store(backend, url, str(token))
        except Exception as e:  # no keyring service on this machine
            self.status.setText(
                self.tr(
                    "Connected, but the token cannot be kept: this computer has no keyring "
                    "service (%1). Install one (such as GNOME Keyring) or set AGENTDESK_TOKEN."
                ).replace("%1", str(e))
            )
            return
        self.settings.set("sync.backend", backend)
        self.settings.set("sync.url", url)
        self.settings.set("sync.ca_file", self.ca_file.text().strip())  # this shop's alone
        self.accept()

    def disconnect_shop(self) -> None:
        from agentdesk.sync import credentials

        backend, url = self.settings.get("sync.backend"), self.settings.get("sync.url")
        if backend and url:
            with contextlib.suppress(Exception):  # nothing stored, or no keyring at all
                credentials.forget(backend, url)
        self.settings.set("sync.backend", "")
        self.settings.set("sync.ca_file", "")  # a custom authority belongs to that shop
        self.accept()
