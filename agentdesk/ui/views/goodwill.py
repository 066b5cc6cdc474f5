"""Proposing a goodwill gesture for an order: a refund, a reship or a voucher."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.money import refund_left
from agentdesk.core.types import Changes
from agentdesk.store import actions
from agentdesk.ui import labels
from agentdesk.ui.safe_text import plain
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS

_ZERO_DECIMALS = frozenset({"VND", "IDR", "JPY", "KRW"})


class GoodwillDialog(QDialog):
    """Recorded at once and queued for the shop; the 360 then shows its state."""

    proposed = Signal(str)  # a confirmation for the status bar

    def __init__(
        self,
        tasks: Tasks,
        order: dict[str, Any],
        agent_id: str | None,
        ticket_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.order, self.agent_id, self.ticket_id = tasks, order, agent_id, ticket_id
        number = f"#{labels.order_number(order['number'])}"
        self.setWindowTitle(self.tr("Goodwill for order %1").replace("%1", number))
        total = labels.money(order["total"], order["currency"])
        self.summary = plain(
            QLabel(self.tr("Order %1 · %2").replace("%1", number).replace("%2", total), self)
        )
        self.summary.setObjectName("Muted")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What to offer"))
        for code in actions.GOODWILL_KINDS:
            self.kind.addItem(labels.goodwill_kind(code), code)
        self.amount = QDoubleSpinBox(self)
        self.amount.setAccessibleName(self.tr("Amount"))
        decimals = 0 if order["currency"] in _ZERO_DECIMALS else 2
        self.amount.setDecimals(decimals)
        self.amount.setSuffix(f" {order['currency']}")
        self.amount.setGroupSeparatorShown(True)
        self.left = refund_left(
            order["total"],
            [(g["state"], g["amount"]) for g in order.get("goodwill", []) if g["kind"] == "refund"],
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(
            self.tr("Why: for the shop and for colleagues who read this order later")
        )
        self.reason.setMaximumHeight(90)
        self.hint = QLabel(self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {COLORS['bad']};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Propose"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Offer"), self.kind)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.reason.textChanged.connect(self._validate)
        self.amount.valueChanged.connect(self._validate)
        self._kind_changed()
        self.resize(440, 320)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        total = float(Decimal(self.order["total"]))
        self.amount.setEnabled(kind != "reship")
        if kind == "refund":
            self.amount.setRange(0, float(self.left))
            self.amount.setValue(float(self.left))
            self.hint.setText(
                self.tr("At most %1 is left to refund on this order.").replace(
                    "%1", labels.money(str(self.left), self.order["currency"])
                )
            )
        elif kind == "voucher":
            self.amount.setRange(0, total * 2)
            self.amount.setValue(round(total * 0.15, self.amount.decimals()))
            self.hint.setText(self.tr("A voucher for the customer's next order."))
        else:
            self.amount.setRange(0, 0)
            self.hint.setText(self.tr("The shop sends the same items again, at no cost."))
        self._validate()

    def _validate(self) -> None:
        kind = self.kind.currentData()
        ok = bool(self.reason.toPlainText().strip()) and (
            kind == "reship" or self.amount.value() > 0
        )
        self.ok.setEnabled(ok)

    def submit(self) -> None:
        kind = self.kind.currentData()
        amount = None if kind == "reship" else f"{self.amount.value():.{self.amount.decimals()}f}"
        reason = self.reason.toPlainText()
        order_id, agent, ticket = self.order["id"], self.agent_id, self.ticket_id
        self.ok.setEnabled(False)
        self.error.clear()

        def done(_changes: Changes) -> None:
            self.proposed.emit(
                self.tr("%1 queued for the shop.").replace("%1", labels.goodwill_kind(kind))
            )
            self.accept()

        def failed(message: str) -> None:
            self.error.setText(message)  # the form stays filled in
            self._validate()

        self.tasks.change(
            lambda conn: actions.propose_goodwill(
                conn, order_id, agent, kind, reason, amount, ticket
            ),
            done,
            failed,
        )
