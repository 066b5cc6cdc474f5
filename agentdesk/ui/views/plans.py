"""Recovery plans: win back a customer after a bad experience. Open one from a ticket or a
customer (a template fills the goal and the steps), follow its steps and reminders, and see
whether the customer bought again: the win-back rate by template and by cause."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.templates import first_name
from agentdesk.core.types import Changes
from agentdesk.store import library, plans
from agentdesk.store.plans import Step
from agentdesk.ui import a11y, labels
from agentdesk.ui.safe_text import plain
from agentdesk.ui.tasks import Tasks


def step_kind(code: str) -> str:
    return {
        "task": QCoreApplication.translate("Plans", "Task"),
        "call": QCoreApplication.translate("Plans", "Call"),
        "refund": QCoreApplication.translate("Plans", "Refund"),
        "reship": QCoreApplication.translate("Plans", "Reship"),
        "voucher": QCoreApplication.translate("Plans", "Voucher"),
        "offer": QCoreApplication.translate("Plans", "Offer"),
    }.get(code, code)


def outcome_name(code: str) -> str:
    return {
        "yes": QCoreApplication.translate("Plans", "Bought again"),
        "no": QCoreApplication.translate("Plans", "Not yet bought again"),
        "waiting": QCoreApplication.translate("Plans", "Waiting"),
    }.get(code, code)


def _ui_language() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().name().split("_")[0]


def _iso(day: QDate) -> str:
    return f"{day.toString(Qt.DateFormat.ISODate)}T09:00:00Z"


class PlanDialog(QDialog):
    """A new plan for one customer (and ticket): template, goal, steps, owner, due date."""

    saved = Signal(str)  # a confirmation for the status bar

    def __init__(
        self,
        tasks: Tasks,
        customer: dict[str, Any],
        agents: list[dict[str, Any]],
        agent_id: str | None,
        ticket: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.customer, self.agents, self.agent_id = tasks, customer, agents, agent_id
        self.ticket = ticket
        self.order = (customer.get("orders") or [None])[0]
        if ticket and ticket.get("order"):
            wanted = ticket["order"][0]["id"]
            self.order = next(
                (o for o in customer.get("orders", []) if o["id"] == wanted), self.order
            )
        self.setWindowTitle(self.tr("Recovery plan for %1").replace("%1", customer["name"]))
        self.templates = library.plan_templates(_ui_language())
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Template"))
        self.template.addItem(self.tr("Start from scratch"), None)
        for key, t in self.templates.items():
            self.template.addItem(t["title"], key)
        self.goal = QLineEdit(self)
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setPlaceholderText(self.tr("What winning this customer back means"))
        self.owner = self._owner_combo()
        self.due = QDateEdit(QDate.currentDate().addDays(14), self)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Plan due"))
        self.steps = QTableWidget(0, 5, self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Kind"), self.tr("Due"), self.tr("Owner"), self.tr("Amount")]
        )
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().hide()
        add = QPushButton(self.tr("Add step"), self)
        add.clicked.connect(lambda: self.add_step("", "task", 0))
        remove = QPushButton(self.tr("Remove step"), self)
        remove.clicked.connect(lambda: self.steps.removeRow(self.steps.currentRow()))
        self.error = QLabel(self)
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Goal"), self.goal)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Plan due"), self.due)
        if self.order is not None:
            total = labels.money(self.order["total"], self.order["currency"])
            order_text = (
                self.tr("Order #%1 · %2")
                .replace("%1", labels.order_number(self.order["number"]))
                .replace("%2", total)
            )
            form.addRow(self.tr("Order"), plain(QLabel(order_text, self)))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.steps, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        wanted = _template_for((ticket or {}).get("category"))
        at = self.template.findData(wanted)
        self.template.setCurrentIndex(at if at >= 0 else 0)
        if at <= 0:
            self._template_changed()
        self.resize(820, 480)
        a11y.prepare(self)

    def _owner_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Owner"))
        for a in self.agents:
            combo.addItem(a["name"], a["id"])
        combo.setCurrentIndex(max(0, combo.findData(self.agent_id)))
        return combo

    def _template_changed(self) -> None:
        key = self.template.currentData()
        self.steps.setRowCount(0)
        if key is None:
            self.goal.clear()
            self.add_step(self.tr("Call the customer"), "call", 0)
            return
        t = self.templates[key]
        name = first_name(self.customer["name"], _ui_language())
        self.goal.setText(t["goal"].replace("{first_name}", name))
        for step in t["steps"]:
            self.add_step(step["title"], step["kind"], step["due_days"], step.get("percent"))

    def add_step(self, title: str, kind: str, due_days: int, percent: float | None = None) -> None:
        r = self.steps.rowCount()
        self.steps.insertRow(r)
        self.steps.setItem(r, 0, QTableWidgetItem(title))
        number = QLocale().toString(r + 1)
        kinds = QComboBox()
        kinds.setAccessibleName(self.tr("Step %1: what to do").replace("%1", number))
        for code in plans.STEP_KINDS:
            kinds.addItem(step_kind(code), code)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.steps.setCellWidget(r, 1, kinds)
        due = QDateEdit(QDate.currentDate().addDays(due_days))
        due.setAccessibleName(self.tr("Step %1: due").replace("%1", number))
        due.setCalendarPopup(True)
        self.steps.setCellWidget(r, 2, due)
        owner = self._owner_combo()
        owner.setAccessibleName(self.tr("Step %1: owner").replace("%1", number))
        self.steps.setCellWidget(r, 3, owner)
        amount = QDoubleSpinBox()
        amount.setAccessibleName(self.tr("Step %1: amount").replace("%1", number))
        amount.setDecimals(2)
        amount.setMaximum(10**9)
        if self.order is not None:
            amount.setSuffix(f" {self.order['currency']}")
            if percent:
                value = Decimal(self.order["total"]) * Decimal(str(percent)) / 100
                amount.setValue(float(value.quantize(Decimal("0.01"))))
        kinds.currentIndexChanged.connect(
            lambda _i: amount.setEnabled(kinds.currentData() in ("refund", "voucher"))
        )
        amount.setEnabled(kind in ("refund", "voucher"))
        self.steps.setCellWidget(r, 4, amount)
        a11y.prepare(self.steps)

    def collected_steps(self) -> list[Step]:
        out = []
        for r in range(self.steps.rowCount()):
            item = self.steps.item(r, 0)
            kind = self.steps.cellWidget(r, 1).currentData()  # type: ignore[attr-defined]
            due = self.steps.cellWidget(r, 2).date()  # type: ignore[attr-defined]
            owner = self.steps.cellWidget(r, 3).currentData()  # type: ignore[attr-defined]
            amount = self.steps.cellWidget(r, 4).value()  # type: ignore[attr-defined]
            out.append(
                Step(
                    item.text() if item else "",
                    kind,
                    _iso(due),
                    owner,
                    f"{amount:.2f}" if kind in ("refund", "voucher") else None,
                )
            )
        return out

    def save(self) -> None:
        steps = self.collected_steps()
        customer = self.customer["id"]
        goal, owner, due = self.goal.text(), self.owner.currentData(), _iso(self.due.date())
        ticket = (self.ticket or {}).get("id")
        order = None if self.order is None else self.order["id"]
        template = self.template.currentData()
        self.save_button.setEnabled(False)

        def write(conn: sqlite3.Connection) -> Changes:
            return plans.create_plan(
                conn, customer, goal, steps, owner, ticket, order, template, due_at=due
            )[1]

        def done(_changes: Changes) -> None:
            self.saved.emit(self.tr("Recovery plan saved."))
            self.accept()

        def failed(message: str) -> None:
            self.error.setText(message)  # the form stays as it was
            self.save_button.setEnabled(True)

        self.tasks.change(write, done, failed)


def _template_for(category: str | None) -> str | None:
    return {
        "late_delivery": "late_parcel",
        "lost_parcel": "lost_parcel",
        "wrong_item": "wrong_item",
        "damaged": "damaged_item",
        "refund": "refund_delay",
    }.get(category or "")


class PlansView(QWidget):
    message = Signal(str)
    open_customer = Signal(str)
    due_changed = Signal(int)  # plan steps due for this agent (reminders)

    def __init__(self, tasks: Tasks, agent_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.agent_id = tasks, agent_id
        self.now: datetime | None = None  # a demo cache lives at the moment it was made
        self.title = QLabel(self.tr("Recovery plans"), self)
        self.title.setObjectName("PaneTitle")
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Show plans"))
        for code, text in (
            ("open", self.tr("Open plans")),
            ("done", self.tr("Done")),
            ("cancelled", self.tr("Cancelled")),
            (None, self.tr("All plans")),
        ):
            self.status.addItem(text, code)
        self.status.currentIndexChanged.connect(self.reload)
        self.reminders = QLabel(self)
        self.reminders.setObjectName("Muted")
        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Plans"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Plan"),
                self.tr("Owner"),
                self.tr("Started"),
                self.tr("Steps"),
                self.tr("30 days on"),
                self.tr("Cost"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_a: self._show_plan(row))
        self.goal = plain(QLabel(self))  # written with the customer's name in it
        self.goal.setWordWrap(True)
        self.goal.setObjectName("PaneTitle")
        self.facts = plain(QLabel(self))
        self.facts.setWordWrap(True)
        self.facts.setObjectName("Muted")
        self.step_list = QListWidget(self)
        self.step_list.setAccessibleName(self.tr("Steps (tick when done)"))
        self.step_list.itemChanged.connect(self._step_ticked)
        self.done = QPushButton(self.tr("Mark plan done"), self)
        self.cancel = QPushButton(self.tr("Cancel plan"), self)
        self.customer = QPushButton(self.tr("Open customer"), self)
        self.done.clicked.connect(lambda: self._set_status("done"))
        self.cancel.clicked.connect(lambda: self._set_status("cancelled"))
        self.customer.clicked.connect(self._open_customer)
        self.by_template = QTableWidget(0, 4, self)
        self.by_cause = QTableWidget(0, 4, self)
        for table, first in (
            (self.by_template, self.tr("Template")),
            (self.by_cause, self.tr("Cause")),
        ):
            table.setHorizontalHeaderLabels(
                [first, self.tr("Plans"), self.tr("Won back in 30 days"), self.tr("In 90 days")]
            )
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.setAccessibleName(first)
        self.empty = QLabel(
            self.tr(
                "No plans here yet. Open one from a ticket or a customer: "
                "“Recovery plan…” under the customer's details."
            ),
            self,
        )
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        detail = QWidget(self)
        dv = QVBoxLayout(detail)
        dv.addWidget(self.goal)
        dv.addWidget(self.facts)
        dv.addWidget(self.step_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.customer)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.done)
        dv.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([760, 520])
        report = QHBoxLayout()
        for heading, table in (
            (self.tr("Win-back by template"), self.by_template),
            (self.tr("Win-back by cause"), self.by_cause),
        ):
            box = QVBoxLayout()
            label = QLabel(heading, self)
            label.setObjectName("Muted")
            box.addWidget(label)
            box.addWidget(table)
            report.addLayout(box)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.reminders)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 3)
        layout.addLayout(report, 2)
        self.split = split
        self.rows: list[dict[str, Any]] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.reload)
        tasks.changed.connect(self._refresh_soon)  # a method: gone with the view
        self._filling = False
        self.reload()

    def _refresh_soon(self, _changes: object) -> None:
        self.debounce.start()

    def reload(self) -> None:
        now = self.now or datetime.now(UTC)
        status, agent = self.status.currentData(), self.agent_id

        def load(conn: sqlite3.Connection) -> tuple[Any, ...]:
            rows = plans.plans(conn, now, status)
            everything = rows if status is None else plans.plans(conn, now)
            return rows, everything, plans.due_steps(conn, agent, now)

        self.tasks.query(load, self.tasks.latest(f"plans-{id(self)}", self._loaded))

    def _loaded(self, out: tuple[Any, ...]) -> None:
        rows, everything, due = out
        keep = self.current_plan()
        self.rows = rows
        self.empty.setVisible(not rows)
        self.split.setVisible(bool(rows))
        self.reminders.setText(
            self.tr("%n step(s) due for you", "", len(due))
            if due
            else self.tr("Nothing due for you")
        )
        self.table.setRowCount(len(rows))
        for i, p in enumerate(rows):
            title = self._title(p)
            cost = labels.money(p["cost"], p["currency"]) if p["cost"] else "—"
            cells = (
                p["customer"],
                title,
                p["owner"] or "",
                labels.day(p["created_at"]),
                f"{p['steps_done']}/{len(p['steps'])}" + (" ⚠" if p["overdue"] else ""),
                outcome_name(p["bought_30"]),
                cost,
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 4 and p["overdue"]:
                    item.setToolTip(self.tr("%n step(s) overdue", "", len(p["overdue"])))
                self.table.setItem(i, j, item)
        self._report(self.by_template, plans.winback(everything, "template"), self._template_name)
        self._report(self.by_cause, plans.winback(everything, "cause"), labels.category)
        if rows:
            ids = [p["id"] for p in rows]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
            self._show_plan(self.table.currentRow())

    def _template_name(self, key: str) -> str:
        t = library.plan_templates(_ui_language()).get(key)
        return t["title"] if t else (key or self.tr("No template"))

    def _title(self, p: dict[str, Any]) -> str:
        if p["template"]:
            return self._template_name(p["template"])
        return str(p["goal"])

    def _report(self, table: QTableWidget, groups: list[dict[str, Any]], name: Any) -> None:
        table.setRowCount(len(groups))
        for i, g in enumerate(groups):
            cells = (
                name(g["key"]) if g["key"] else self.tr("Other"),
                labels.number(g["plans"]),
                labels.percent(g["winback_30_pct"]),
                labels.percent(g["winback_90_pct"]),
            )
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))

    def current_plan(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def _show_plan(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        p = self.rows[row]
        self.goal.setText(p["goal"])
        facts = [
            self.tr("Cause: %1").replace("%1", labels.category(p["cause"])) if p["cause"] else "",
            self.tr("30 days on: %1").replace("%1", outcome_name(p["bought_30"])),
            self.tr("90 days on: %1").replace("%1", outcome_name(p["bought_90"])),
        ]
        if p["next_csat"] is not None:
            facts.append(self.tr("Next CSAT: %1").replace("%1", labels.number(p["next_csat"])))
        if p["next_nps"] is not None:
            facts.append(self.tr("Next NPS: %1").replace("%1", labels.number(p["next_nps"])))
        self.facts.setText(" · ".join(f for f in facts if f))
        self._filling = True
        self.step_list.clear()
        for s in p["steps"]:
            text = f"{step_kind(s['kind'])}: {s['title']}"
            if s["due_at"]:
                text += " · " + self.tr("due %1").replace("%1", labels.day(s["due_at"]))
            if s["goodwill_state"]:
                state = labels.goodwill_state(s["goodwill_state"])
                if s["goodwill_amount"]:
                    state = labels.money(s["goodwill_amount"], s["currency"]) + " · " + state
                text += f" · {state}"
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s["done_at"] else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            self.step_list.addItem(item)
        self._filling = False
        is_open = p["status"] == "open"
        self.done.setEnabled(is_open)
        self.cancel.setEnabled(is_open)

    def _step_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        step_id = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        self.tasks.change(lambda conn: plans.set_step_done(conn, step_id, done))

    def _set_status(self, status: str) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        self.tasks.change(
            lambda conn: plans.set_plan_status(conn, plan, status),
            lambda _c: self.message.emit(self.tr("Plan updated.")),
        )

    def _open_customer(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_customer.emit(self.rows[row]["customer_id"])
