"""Customer journeys: where contacts cluster by stage and category, which stages bring people
back or leave them unhappy, and the friction points to fix in the shop. Every cell and point
lists its tickets."""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core.types import Category
from agentdesk.settings import Settings
from agentdesk.store import journey
from agentdesk.ui import labels
from agentdesk.ui.period import PeriodPicker
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS, alpha
from agentdesk.ui.views.dashboard import DateAxis, DrillDown, NumberAxis, axis_side, plot_widget

STAGE_COLOURS = ("#2f6fde", "#1d7a46", "#b26a00", "#c0342b", "#8a4fd8", "#0f7f8c", "#7a8494")


def stage_name(code: str) -> str:
    if code == "unknown":
        return QCoreApplication.translate("Journeys", "No stage")
    return labels.journey_stage(code)


class JourneysView(QWidget):
    open_ticket = Signal(str)

    def __init__(self, tasks: Tasks, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.picker = PeriodPicker(settings, "90", self)
        self.picker.changed.connect(self.reload)
        self.title = QLabel(self.tr("Customer journeys"), self)
        self.title.setObjectName("PaneTitle")
        self.status = QLabel(self)
        self.status.setObjectName("Muted")
        self.drill = DrillDown(self)
        self.drill.open_ticket.connect(self.open_ticket)
        self.categories = [c.value for c in Category]

        self.matrix = QTableWidget(0, 0, self)
        self.matrix.setAccessibleName(self.tr("Contacts by stage and category"))
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.cellActivated.connect(self._cell)
        self.matrix.cellDoubleClicked.connect(self._cell)
        self.trend_axis = DateAxis(orientation="bottom")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.trend = plot_widget(
            rtl,
            axisItems={"bottom": self.trend_axis, "left": NumberAxis(axis_side(rtl))},
            legend=True,
        )
        self.trend.setTitle(self.tr("Contacts per stage"))
        self.trend.setMenuEnabled(False)
        self.trend.hideButtons()
        self.trend.setMinimumHeight(220)
        self.friction = QTableWidget(0, 5, self)
        self.friction.setAccessibleName(self.tr("Friction points"))
        self.friction.setHorizontalHeaderLabels(
            [
                self.tr("Friction point"),
                self.tr("Contacts"),
                self.tr("Came back"),
                self.tr("CSAT"),
                self.tr("Weight"),
            ]
        )
        self.friction.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.friction.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.friction.verticalHeader().hide()
        self.friction.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.friction.cellActivated.connect(lambda row, _c: self._point(row))
        self.friction.cellDoubleClicked.connect(lambda row, _c: self._point(row))
        self.empty = QLabel(self)
        self.empty.setObjectName("Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addWidget(self.picker)
        bar.addStretch(1)
        bar.addWidget(self.status)
        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        matrix_title = QLabel(self.tr("Where contacts happen: stage by category"), top)
        matrix_title.setObjectName("Muted")
        tv.addWidget(matrix_title)
        tv.addWidget(self.matrix, 1)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.trend)
        fwrap = QWidget(self)
        fv = QVBoxLayout(fwrap)
        fv.setContentsMargins(0, 0, 0, 0)
        friction_title = QLabel(
            self.tr("Top friction points: what to fix in the shop (double-click for tickets)"),
            fwrap,
        )
        friction_title.setObjectName("Muted")
        fv.addWidget(friction_title)
        fv.addWidget(self.friction, 1)
        bottom.addWidget(fwrap)
        bottom.setSizes([600, 700])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([330, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self.split = split
        self.data: dict[str, Any] | None = None
        self.points: list[dict[str, Any]] = []
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(1000)
        self.debounce.timeout.connect(self.reload)
        tasks.changed.connect(self._refresh_soon)  # a method: gone with the view
        self.reload()

    def _refresh_soon(self, _changes: object) -> None:
        self.debounce.start()

    def reload(self) -> None:
        period = self.picker.period()
        self.status.setText(self.tr("Working…"))

        def load(conn: sqlite3.Connection) -> tuple[Any, Any, Any]:
            return period, journey.stages(conn, period), journey.friction(conn, period)

        self.tasks.query(load, self.tasks.latest(f"journeys-{id(self)}", self._show))

    def _show(self, out: tuple[Any, dict[str, Any], list[dict[str, Any]]]) -> None:
        period, data, points = out
        self.period, self.data, self.points = period, data, points
        self.status.setText("")
        has = bool(data["stages"])
        self.empty.setVisible(not has)
        self.split.setVisible(has)
        if not has:
            self.empty.setText(self.tr("No customer contacts in this period. Pick a longer one."))
            return
        self._fill_matrix(data)
        self._draw_trend(period, data)
        self._fill_friction(points)

    def _fill_matrix(self, data: dict[str, Any]) -> None:
        stages = [s for s in journey.STAGES if s in data["stages"]]
        cats = [c for c in self.categories if any(c in data["cells"].get(s, {}) for s in stages)]
        cats += sorted({c for s in stages for c in data["cells"].get(s, {})} - set(cats))
        self.stage_rows, self.cat_columns = stages, cats
        extra = [self.tr("All"), self.tr("Came back"), self.tr("CSAT")]
        self.matrix.setRowCount(len(stages))
        self.matrix.setColumnCount(len(cats) + len(extra))
        self.matrix.setHorizontalHeaderLabels([labels.category(c) for c in cats] + extra)
        self.matrix.setVerticalHeaderLabels([stage_name(s) for s in stages])
        peak = max((n for s in stages for n in data["cells"].get(s, {}).values()), default=1)
        for r, stage in enumerate(stages):
            row = data["cells"].get(stage, {})
            for c, cat in enumerate(cats):
                n = row.get(cat, 0)
                item = QTableWidgetItem(labels.number(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if n:
                    shade = int(40 + 160 * n / peak)
                    colour = alpha(COLORS["accent"], shade)
                    item.setBackground(colour)
                    item.setToolTip(
                        self.tr("%1 contacts: %2 at %3")
                        .replace("%1", labels.number(n))
                        .replace("%2", labels.category(cat))
                        .replace("%3", stage_name(stage))
                    )
                self.matrix.setItem(r, c, item)
            info = data["stages"][stage]
            for j, text in enumerate(
                (
                    labels.number(info["contacts"]),
                    labels.percent(info["repeat_pct"]),
                    labels.percent(info["csat_pct"]),
                )
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.matrix.setItem(r, len(cats) + j, item)
        self.matrix.resizeColumnsToContents()

    def _draw_trend(self, period: Any, data: dict[str, Any]) -> None:
        plot = self.trend
        plot.clear()
        plot.plotItem.legend.clear()
        self.trend_axis.first, self.trend_axis.spans = period.first, data["spans"]
        x = np.arange(len(data["spans"]), dtype=float)
        for i, stage in enumerate(s for s in journey.STAGES if s in data["trend"]):
            values = np.array(data["trend"][stage], dtype=float)
            plot.plot(
                x,
                values,
                name=stage_name(stage),
                pen=pg.mkPen(STAGE_COLOURS[i % len(STAGE_COLOURS)], width=2),
            )

    def _fill_friction(self, points: list[dict[str, Any]]) -> None:
        table = self.friction
        table.setRowCount(len(points))
        for i, p in enumerate(points):
            where = [labels.category(p["category"])]
            if p["carrier"]:
                where.append(self.tr("with %1").replace("%1", p["carrier"]))
            if p["city"]:
                where.append(self.tr("in %1").replace("%1", p["city"]))
            cells = (
                " ".join(where),
                labels.number(p["contacts"]),
                labels.percent(p["repeat_pct"]),
                labels.percent(p["csat_pct"]),
                labels.number(p["score"], 1),
            )
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> None:
        if self.data is None or not 0 <= row < len(self.stage_rows):
            return
        stage = self.stage_rows[row]
        category = self.cat_columns[column] if column < len(self.cat_columns) else None
        heading = stage_name(stage) + (f" · {labels.category(category)}" if category else "")
        period = self.period
        self.tasks.query(
            lambda conn: journey.tickets(conn, period, stage=stage, category=category),
            lambda out: self.drill.show_tickets(heading, *out),
        )

    def _point(self, row: int) -> None:
        if not 0 <= row < len(self.points):
            return
        p = self.points[row]
        heading = self.friction.item(row, 0).text()
        period = self.period
        self.tasks.query(
            lambda conn: journey.tickets(
                conn, period, category=p["category"], carrier=p["carrier"], city=p["city"]
            ),
            lambda out: self.drill.show_tickets(heading, *out),
        )
