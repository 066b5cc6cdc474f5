"""Proactive care: parcels at risk, worst first, and one action that opens a proactive
ticket with a message drafted in the customer's language (or many, for a carrier delay)."""

from __future__ import annotations

import html
import sqlite3
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.core.proactive import CATEGORY_OF_RISK, Risk
from agentdesk.core.shipping import tracking_link
from agentdesk.core.templates import fill, first_name
from agentdesk.core.types import Changes
from agentdesk.settings import Settings
from agentdesk.store import actions, library
from agentdesk.store.proactive import at_risk
from agentdesk.ui import labels
from agentdesk.ui.safe_text import SafeBrowser
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS

Index = QModelIndex | QPersistentModelIndex
LOST_AFTER_DAYS = 7.0  # a parcel without a scan this long is written to as lost


def risk_name(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "late": QCoreApplication.translate("Proactive", "Late"),
        "stale": QCoreApplication.translate("Proactive", "No scan for days"),
        "exception": QCoreApplication.translate("Proactive", "Carrier problem"),
        "disputed": QCoreApplication.translate("Proactive", "Delivered, customer says no"),
    }.get(code, code)


def contact_name(code: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "open": QCoreApplication.translate("Proactive", "Customer already wrote"),
        "proactive": QCoreApplication.translate("Proactive", "We wrote"),
    }.get(code or "", "")


class RiskModel(QAbstractTableModel):
    COLUMNS = ("priority", "risk", "customer", "order", "carrier", "promised", "scan", "contact")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "priority": self.tr("Urgency"),
            "risk": self.tr("What is wrong"),
            "customer": self.tr("Customer"),
            "order": self.tr("Order"),
            "carrier": self.tr("Carrier"),
            "promised": self.tr("Promised"),
            "scan": self.tr("Last scan"),
            "contact": self.tr("In touch"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "priority":
                return labels.number(r["priority"], 0)
            if col == "risk":
                days = labels.number(r["days"], 1)
                return (
                    self.tr("%1 · %2 days").replace("%1", risk_name(r["risk"])).replace("%2", days)
                )
            if col == "customer":
                extra = []
                if r["complaints"]:
                    extra.append(self.tr("complained before"))
                return r["customer"] + (f" ({', '.join(extra)})" if extra else "")
            if col == "order":
                return f"#{labels.order_number(r['order_number'])} · {labels.money(r['total'], r['currency'])}"
            if col == "carrier":
                return f"{r['carrier']} {r['tracking']}"
            if col == "promised":
                return labels.day(r["promised_at"])
            if col == "scan":
                scan = r.get("last_scan")
                return f"{labels.scan(scan[1])}, {labels.when(scan[0])}" if scan else "—"
            if col == "contact":
                return contact_name(r["contact"])
        if role == Qt.ItemDataRole.ForegroundRole and col == "risk":
            return QBrush(
                QColor(COLORS["bad" if r["risk"] in ("disputed", "exception") else "warn"])
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == "customer":
            return self.tr("Lifetime spend about %1 €").replace("%1", labels.number(r["ltv_eur"]))
        return None


class ProactiveView(QWidget):
    message = Signal(str)
    open_ticket = Signal(str)

    def __init__(
        self,
        tasks: Tasks,
        settings: Settings,
        agent: dict[str, Any] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks, self.settings, self.agent = tasks, settings, agent
        self.all_rows: list[dict[str, Any]] = []
        self.model = RiskModel()
        self.title = QLabel(self.tr("Parcels at risk"), self)
        self.title.setObjectName("PaneTitle")
        self.risk = QComboBox(self)
        self.risk.setAccessibleName(self.tr("What is wrong"))
        self.risk.addItem(self.tr("Every risk"), None)
        for code in Risk:
            self.risk.addItem(risk_name(code.value), code.value)
        self.carrier = QComboBox(self)
        self.carrier.setAccessibleName(self.tr("Carrier"))
        self.carrier.addItem(self.tr("All carriers"), None)
        self.contacted = QCheckBox(self.tr("Show parcels already in touch"), self)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.create = QPushButton(self.tr("Write to the customer"), self)
        self.create.setToolTip(
            self.tr(
                "Open a proactive ticket for each selected parcel, its message drafted in the "
                "customer's language (Ctrl+Enter)"
            )
        )
        self.create.clicked.connect(self.create_tickets)
        self.select_carrier = QPushButton(self.tr("Select all of this carrier"), self)
        self.select_carrier.clicked.connect(self.select_same_carrier)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Parcels at risk"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((64, 190, 190, 150, 170, 90, 190, 140)):
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.create_tickets())
        self.preview = SafeBrowser(self)
        self.preview.setAccessibleName(self.tr("Message to the customer"))
        self.empty = QLabel(self)
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.risk)
        bar.addWidget(self.carrier)
        bar.addWidget(self.contacted)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.select_carrier)
        bar.addWidget(self.create)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([900, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        for combo in (self.risk, self.carrier):
            combo.currentIndexChanged.connect(self._refilter)
        self.contacted.toggled.connect(self.reload)
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(keys), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.create_tickets)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(400)
        self.debounce.timeout.connect(self.reload)
        tasks.changed.connect(self._refresh_soon)  # a method: gone with the view
        self.now: datetime | None = None  # tests and screenshots pin the present
        self.reload()

    def _refresh_soon(self, _changes: object) -> None:
        self.debounce.start()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        now = self.now or datetime.now(UTC)
        thresholds = self.settings.proactive_thresholds()
        horizon = self.settings.get("proactive.horizon_days")
        contacted = self.contacted.isChecked()
        self.count.setText(self.tr("Working…"))
        self.tasks.query(
            lambda conn: at_risk(conn, now, thresholds, horizon, contacted),
            self.tasks.latest(f"risk-{id(self)}", self._loaded),
        )

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.all_rows = rows
        carriers = sorted({r["carrier"] for r in rows if r["carrier"]})
        keep = self.carrier.currentData()
        self.carrier.blockSignals(True)
        self.carrier.clear()
        self.carrier.addItem(self.tr("All carriers"), None)
        for name in carriers:
            n = sum(1 for r in rows if r["carrier"] == name)
            self.carrier.addItem(f"{name} ({labels.number(n)})", name)
        self.carrier.setCurrentIndex(max(0, self.carrier.findData(keep)))
        self.carrier.blockSignals(False)
        self._refilter()

    def _refilter(self) -> None:
        risk, carrier = self.risk.currentData(), self.carrier.currentData()
        rows = [
            r
            for r in self.all_rows
            if (risk is None or r["risk"] == risk) and (carrier is None or r["carrier"] == carrier)
        ]
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n parcel(s) at risk", "", len(rows)))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No parcel at risk matches these filters.")
            if self.all_rows
            else self.tr(
                "No parcels at risk right now: every parcel is on time and moving, or someone "
                "is already in touch."
            )
        )
        if rows:
            self.table.selectRow(0)
        else:
            self.preview.clear()

    # --- drafting -----------------------------------------------------------------------
    def selected_rows(self) -> list[dict[str, Any]]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]

    def select_same_carrier(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        carrier = chosen[0]["carrier"]
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for r, row in enumerate(self.model.rows):
            if row["carrier"] == carrier:
                selection.select(self.model.index(r, 0), self.model.index(r, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def draft(self, row: dict[str, Any]) -> tuple[str, str, str]:
        """(language, subject, body) of the first message to this customer."""
        lang = (row.get("locale") or "en").split("_")[0]
        lang = lang if lang in i18n.LANGUAGES else "en"
        templates = library.proactive_messages(lang)
        key = row["risk"]
        if key == "stale" and row["days"] >= LOST_AFTER_DAYS:
            key = "lost"  # no scan for a week: say so, and send a new one
        template = (
            templates.get(key)
            or templates.get("late")
            or {
                "subject": "#{order_number}",
                "body": "{first_name}",
            }
        )
        promised = None
        if row.get("promised_at"):
            moment = labels.parse_ts(row["promised_at"]).toLocalTime().date()
            promised = QLocale(lang).toString(moment, QLocale.FormatType.LongFormat)
        values = {
            "first_name": first_name(row["customer"], lang),
            "customer_name": row["customer"],
            "order_number": row["order_number"],
            "carrier": row["carrier"],
            "tracking_number": row["tracking"],
            "tracking_link": tracking_link(row["carrier"], row["tracking"]),
            "promised_date": promised,
            "agent_name": (self.agent or {}).get("name"),
        }
        return lang, fill(template["subject"], values).text, fill(template["body"], values).text

    def _selected(self, *_args: Any) -> None:
        chosen = self.selected_rows()
        if not chosen:
            self.preview.clear()
            return
        row = chosen[0]
        lang, subject, body = self.draft(row)
        direction = "rtl" if i18n.is_rtl(lang) else "ltr"
        more = ""
        if len(chosen) > 1:
            more = html.escape(
                self.tr(
                    "and %n more parcel(s), each in its customer's language", "", len(chosen) - 1
                )
            )
        note = html.escape(
            self.tr("Drafted for %1; you review it before it goes.").replace("%1", row["customer"])
        )
        self.preview.setHtml(
            f'<p style="color:{COLORS["muted"]};">{note} {more}</p>'
            f'<h3 dir="{direction}">{html.escape(subject)}</h3>'
            f'<div dir="{direction}">{html.escape(body).replace(chr(10), "<br/>")}</div>'
        )

    def create_tickets(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        drafts = []
        for row in chosen:
            _lang, subject, body = self.draft(row)
            drafts.append(
                actions.ProactiveDraft(
                    row["shipment_id"],
                    subject,
                    body,
                    CATEGORY_OF_RISK[Risk(row["risk"])],
                )
            )
        agent = (self.agent or {}).get("id")
        made: list[str] = []

        def write(conn: sqlite3.Connection) -> Changes:
            ids, changes = actions.create_proactive(conn, agent, drafts)
            made.extend(ids)
            return changes

        def done(_changes: Changes) -> None:
            self.message.emit(
                self.tr(
                    "%n proactive ticket(s) opened; each message waits as a draft to review "
                    "and send.",
                    "",
                    len(made),
                )
            )
            if len(made) == 1:
                self.open_ticket.emit(made[0])

        self.tasks.change(write, done)
