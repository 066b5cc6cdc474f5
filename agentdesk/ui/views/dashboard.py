"""The team lead's dashboard: KPI tiles, trends, busiest hours, top complaints, response
times, the per-agent table; filters, drill-down to the tickets behind any figure, export.

Figures come from the KPI rollups (store.kpi.load) in the background and follow every write
through the change log (store.kpi.follow), so the view stays live without rescanning.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agentdesk import paths
from agentdesk.core import kpi as K
from agentdesk.core.types import Category, Channel
from agentdesk.settings import BY_NAME, Settings
from agentdesk.store import kpi as S
from agentdesk.store import queries
from agentdesk.ui import labels
from agentdesk.ui.period import PeriodPicker
from agentdesk.ui.tasks import Tasks
from agentdesk.ui.theme import COLORS, alpha

TILES = K.HEADLINE_KEYS
# Which way is better: +1 up, -1 down, 0 neither.
BETTER = {
    "tickets_created": 0,
    "tickets_solved": 1,
    "first_response_median_s": -1,
    "resolution_median_s": -1,
    "one_touch_pct": 1,
    "repeat_contact_pct": -1,
    "csat_pct": 1,
    "nps": 1,
}
DURATION_KEYS = ("first_response_median_s", "resolution_median_s")
PCT_KEYS = ("one_touch_pct", "repeat_contact_pct", "csat_pct")

pg.setConfigOptions(antialias=True, background=None, foreground=COLORS["muted"])


def kpi_title(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "tickets_created": QCoreApplication.translate("Dashboard", "Tickets created"),
        "tickets_solved": QCoreApplication.translate("Dashboard", "Tickets solved"),
        "first_response_median_s": QCoreApplication.translate("Dashboard", "First reply (median)"),
        "resolution_median_s": QCoreApplication.translate("Dashboard", "Resolution (median)"),
        "one_touch_pct": QCoreApplication.translate("Dashboard", "Solved in one reply"),
        "repeat_contact_pct": QCoreApplication.translate("Dashboard", "Came back, same problem"),
        "csat_pct": QCoreApplication.translate("Dashboard", "CSAT"),
        "nps": QCoreApplication.translate("Dashboard", "NPS"),
    }[key]


def kpi_value(key: str, value: Any) -> str:
    if key in DURATION_KEYS:
        return labels.span(value)
    if key in PCT_KEYS:
        return labels.percent(value)
    if key == "nps":
        return labels.number(value, 1, signed=True)
    return labels.number(value)


# --- what one background job hands to the GUI ---------------------------------------------


@dataclass
class Snapshot:
    period: K.Period
    filters: S.Filters
    result: dict[str, Any]
    previous: dict[str, Any]
    size: str  # trend granularity: day, week, month
    spans: list[tuple[int, int]]
    trend: dict[str, list[Any]]
    previous_trend: dict[str, list[Any]]
    sparks: dict[str, list[Any]]
    counts: dict[str, Any]
    histograms: dict[str, list[int]]
    agents: list[dict[str, Any]] = field(default_factory=list)
    agent_names: dict[str, str] = field(default_factory=dict)


def snapshot(
    conn: sqlite3.Connection, state: K.KpiState, previous: K.KpiState, agent_names: dict[str, str]
) -> Snapshot:
    period = state.period
    filters: S.Filters = state.filters or S.Filters()
    size = K.bucket_size(period)
    trend_keys = ("tickets_created", "tickets_solved", "first_response_median_s")
    result = state.result()
    days = state.days
    return Snapshot(
        period=period,
        filters=filters,
        result=result,
        previous=previous.result(),
        size=size,
        spans=K.buckets(period, size),
        trend={k: S.trend(conn, state, k, size) for k in trend_keys},
        previous_trend={k: S.trend(conn, previous, k, size) for k in trend_keys[:2]},
        sparks={k: S.series(conn, state, k) for k in (*K.TICKET_SERIES, *K.SURVEY_SERIES)},
        counts={
            "csat": list(state.csat),
            "nps": list(state.nps),
            "one_touch": (sum(d.one_touch for d in days), sum(d.solved for d in days)),
            "proactive": sum(d.proactive for d in days),
            "repeats": (sum(d.repeats for d in days), sum(d.contacts for d in days)),
            "first_response": len(state.first_response),
            "resolution": len(state.resolution),
        },
        histograms={
            "first_response": K.histogram(state.first_response, K.DURATION_EDGES),
            "resolution": K.histogram(state.resolution, K.DURATION_EDGES),
        },
        agents=S.breakdown(conn, period, filters, "agent", state),
        agent_names=agent_names,
    )


class DashboardModel(QObject):
    """Owns the KPI states; runs one background job at a time, so a state is never read
    and changed at once; the newest request wins."""

    ready = Signal(object)  # Snapshot

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.state: K.KpiState | None = None
        self.previous: K.KpiState | None = None
        self.wanted: tuple[K.Period, S.Filters] | None = None
        self.running = False
        self.again = False
        self.agent_names: dict[str, str] = {}

    def show(self, period: K.Period, filters: S.Filters) -> None:
        self.wanted = (period, filters)
        self.state = self.previous = None
        self._run()

    def changed(self) -> None:
        if self.wanted is not None:
            self._run()

    def _run(self) -> None:
        if self.running:
            self.again = True
            return
        assert self.wanted is not None
        period, filters = self.wanted
        state, previous, names = self.state, self.previous, self.agent_names

        def job(conn: sqlite3.Connection) -> tuple[K.KpiState, K.KpiState, Snapshot]:
            nonlocal names
            if not names:
                names = {a["id"]: a["name"] for a in queries.agents(conn)}
            if state is None or previous is None:
                now, before = (
                    S.load(conn, period, filters),
                    S.load(conn, period.previous(), filters),
                )
            else:
                now, before = S.follow(conn, state), S.follow(conn, previous)
            return now, before, snapshot(conn, now, before, names)

        def done(out: tuple[K.KpiState, K.KpiState, Snapshot]) -> None:
            self.running = False
            now, before, snap = out
            if self.wanted == (period, filters):
                self.state, self.previous = now, before
                self.agent_names = snap.agent_names
                self.ready.emit(snap)
            if self.again:
                self.again = False
                self._run()

        def failed(_message: str) -> None:
            self.running = False

        self.running = True
        self.tasks.query(job, done, failed)


# --- small widgets ------------------------------------------------------------------------


class Sparkline(QWidget):
    """A tiny line of a series; gaps where a day has no value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float | None] = []
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: list[Any]) -> None:
        self.values = [None if v is None else float(v) for v in values]
        self.update()

    def paintEvent(self, _event: Any) -> None:
        points = [v for v in self.values if v is not None]
        if len(points) < 2:
            return
        lo, hi = min(points), max(points)
        spread = (hi - lo) or 1.0
        w, h = self.width() - 2, self.height() - 4
        n = len(self.values)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        path = QPainterPath()
        started = False
        for i, v in enumerate(self.values):
            if v is None:
                started = False
                continue
            x = 1 + w * i / max(1, n - 1)
            x = self.width() - x if rtl else x
            y = 2 + h - h * (v - lo) / spread
            if started:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
                started = True
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(COLORS["accent"]), 1.6))
        painter.drawPath(path)


class Tile(QFrame):
    """One KPI: its value, the change against the previous period, a sparkline; the formula
    behind it on hover. Clicking it (or Enter) lists the tickets behind it."""

    activated = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("Card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(kpi_title(key), self)
        self.title.setObjectName("Muted")
        self.value = QLabel("—", self)
        self.value.setObjectName("TileValue")
        self.change = QLabel(self)
        self.change.setTextFormat(Qt.TextFormat.RichText)
        self.spark = Sparkline(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.spark)
        self.setAccessibleName(kpi_title(key))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
        else:
            super().keyPressEvent(event)

    def show_value(self, value: Any, before: Any, spark: list[Any], formula: str) -> None:
        self.value.setText(kpi_value(self.key, value))
        self.change.setText(self._change(value, before))
        self.spark.set_values(spark)
        self.setToolTip(formula)
        self.setAccessibleDescription(f"{self.value.text()}. {formula}")

    def _change(self, value: Any, before: Any) -> str:
        muted = COLORS["muted"]
        if value is None or before is None:
            nothing = self.tr("no earlier figure")
            return f'<span style="color:{muted};">{nothing}</span>'
        delta = value - before
        if not delta:
            same = self.tr("= previous period")
            return f'<span style="color:{muted};">{same}</span>'
        arrow = "▲" if delta > 0 else "▼"
        if self.key in DURATION_KEYS:
            text = ("+" if delta > 0 else "") + labels.span(delta)
        elif self.key in PCT_KEYS or self.key == "nps":
            text = self.tr("%1 pts").replace("%1", labels.number(delta, 1, signed=True))
        else:
            text = labels.number(delta, signed=True)
            if before:
                text += f" ({labels.percent(100 * delta / before)})"
        better = BETTER[self.key] * (1 if delta > 0 else -1)
        tone = "ok" if better > 0 else "bad" if better < 0 else "muted"
        versus = self.tr("vs previous period")
        return (
            f'<span style="color:{COLORS[tone]};">{arrow} {labels.isolate(text)}</span> '
            f'<span style="color:{muted};">{versus}</span>'
        )


class DrillDown(QDialog):
    """The tickets behind a figure; Enter or a double-click opens one in the console."""

    open_ticket = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.heading = QLabel(self)
        self.heading.setObjectName("PaneTitle")
        self.heading.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("Tickets behind the figure"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Created"),
                self.tr("Subject"),
                self.tr("Customer"),
                self.tr("Channel"),
                self.tr("Status"),
                self.tr("Assignee"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.table.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.ids: list[str] = []
        self.resize(860, 480)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open(self.table.currentRow())
            return True
        return super().eventFilter(watched, event)

    def show_tickets(self, heading: str, total: int, rows: list[dict[str, Any]]) -> None:
        self.setWindowTitle(heading)
        self.heading.setText(heading)
        self.count.setText(
            self.tr("%n ticket(s)", "", total)
            if total <= len(rows)
            else self.tr("The newest %1 of %2 tickets")
            .replace("%1", labels.number(len(rows)))
            .replace("%2", labels.number(total))
        )
        self.ids = [r["id"] for r in rows]
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (
                labels.when(r["created_at"]),
                r["subject"],
                r["customer"],
                labels.channel(r["channel"]),
                labels.status(r["status"]),
                r["assignee"] or self.tr("Unassigned"),
            )
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        if rows:
            self.table.selectRow(0)
        self.show()
        self.raise_()
        self.table.setFocus()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.open_ticket.emit(self.ids[row])


class _SortItem(QTableWidgetItem):
    """A table cell that sorts by its number, not its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        if a is None or b is None:
            return a is None and b is not None
        return str(self.text()) < str(other.text())


class Chart(pg.PlotWidget):
    """A chart whose title is also its accessible name, with a visible keyboard focus (a
    frame drawn over the chart: a style-sheet border would shrink the viewport under
    pyqtgraph's scene and cut off the labels at the edge)."""

    def setTitle(self, title: str | None = None, **args: Any) -> None:
        self.getPlotItem().setTitle(title, **args)
        self.setAccessibleName(title or "")

    def drawForeground(self, painter: QPainter, rect: Any) -> None:
        super().drawForeground(painter, rect)
        if self.hasFocus():
            painter.save()
            painter.resetTransform()
            painter.setPen(QPen(QColor(COLORS["focus"]), 2))
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.restore()

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


def plot_widget(
    rtl: bool = False,
    axisItems: dict[str, pg.AxisItem] | None = None,
    legend: Any = None,
) -> pg.PlotWidget:
    """A chart that mirrors as a whole in right-to-left languages.

    Qt alone would mirror only the graphics layout, which puts the value axis on
    the wrong side of its own labels and cuts them off.  Here the layout stays left
    to right and the chart itself is mirrored: time runs from right to left and the
    value axis (built by the caller with ``axis_side(rtl)``) sits on the right.
    ``legend`` is the legend's background brush, or ``True`` for the default one;
    it goes to the corner where the series end."""
    side = axis_side(rtl)
    items = {side if k == "left" else k: v for k, v in (axisItems or {}).items()}
    for name in (side, "bottom"):  # numbers in the UI's digits (Arabic-Indic in Arabic)
        items.setdefault(name, NumberAxis(name))
    pg.setConfigOptions(foreground=COLORS["muted"])  # axes and titles in the current theme
    plot = Chart(axisItems=items, background=COLORS["base"])
    for name in ("left", "right", "bottom", "top"):
        axis = plot.getPlotItem().getAxis(name)  # made before this theme, maybe
        axis.setPen(COLORS["muted"])
        axis.setTextPen(COLORS["muted"])
    plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if rtl:
        plot.showAxis("right")
        plot.hideAxis("left")
        plot.getViewBox().invertX(True)
        axis = plot.getPlotItem().getAxis("right")
        if isinstance(axis, NumberAxis):  # pyqtgraph measures Arabic digits too narrow
            widest = labels.number(8888.8, 1)
            axis.setWidth(QFontMetrics(plot.font()).horizontalAdvance(widest) + 14)
    if legend is not None:
        offset = (8, 8) if rtl else (-8, 8)
        plot.addLegend(offset=offset, **({} if legend is True else {"brush": legend}))
    return plot


def axis_side(rtl: bool) -> str:
    """Where a chart's value axis goes: on the right in right-to-left languages."""
    return "right" if rtl else "left"


class DateAxis(pg.AxisItem):
    """Bucket indices shown as the local date each bucket starts on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.first = date.today()
        self.spans: list[tuple[int, int]] = []

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        out = []
        for v in values:
            i = round(v)
            if not 0 <= i < len(self.spans) or abs(v - i) > 0.01:
                out.append("")
                continue
            day = self.first + timedelta(days=self.spans[i][0])
            out.append(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM"))
        return out

    def paint(self, p: Any, opt: Any, widget: Any) -> None:
        """Drawn straight onto the view, not recorded into a QPicture first as pyqtgraph
        does: a QPicture played back drops the spaces of right-to-left text, so Arabic
        dates read "٨نوفمبر" instead of "٨ نوفمبر"."""
        p.save()
        if self.style["tickFont"]:
            p.setFont(self.style["tickFont"])
        specs = self.generateDrawSpecs(p)
        if specs is not None:
            self.drawPicture(p, *specs)
        p.restore()


class NumberAxis(pg.AxisItem):
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [labels.number(v, 0 if spacing >= 1 else 1) for v in values]


class LabelAxis(pg.AxisItem):
    """Ticks at whole numbers with given names (weekdays, categories)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.names: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        return [(1.0, [float(i) for i in range(len(self.names))])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [self.names[int(v)] if 0 <= int(v) < len(self.names) else "" for v in values]


# --- the view -----------------------------------------------------------------------------


class DashboardView(QWidget):
    open_ticket = Signal(str)

    def __init__(
        self,
        tasks: Tasks,
        settings: Settings,
        parent: QWidget | None = None,
        viewer: dict[str, Any] | None = None,
    ) -> None:
        """``viewer``: the agent looking (queries.current_agent). Only a lead sees every
        agent's figures (the per-agent table, its export, the agent filter); anyone else
        sees their own row. None: a cache without agents, nobody to keep apart."""
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        self.viewer_id = viewer["id"] if viewer else None
        self.sees_team = viewer is None or viewer.get("role") == "lead"
        self.model = DashboardModel(tasks, self)
        self.model.ready.connect(self.show_snapshot)
        self.snap: Snapshot | None = None
        self.drill = DrillDown(self)
        self.drill.open_ticket.connect(self.open_ticket)
        self.rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self._build_filters()
        self._build_body()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self.model.changed)
        tasks.changed.connect(self._refresh_soon)  # a method: gone with the view
        tasks.query(queries.agents, self._agents_loaded)
        self.apply_filters()

    def _refresh_soon(self, _changes: object) -> None:
        self.debounce.start()

    # --- filters ----------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.picker = PeriodPicker(self.settings, "30", self)
        self.picker.changed.connect(self.apply_filters)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItem(self.tr("All channels"), None)
        for ch in Channel:
            self.channel.addItem(labels.channel(ch.value), ch.value)
        self.agent = QComboBox(self)
        self.agent.setAccessibleName(self.tr("Agent"))
        self.agent.addItem(self.tr("All agents"), None)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), None)
        for cat in Category:
            self.category.addItem(labels.category(cat.value), cat.value)
        self.export_csv = QPushButton(self.tr("Export CSV…"), self)
        self.export_png = QPushButton(self.tr("Charts as PNG…"), self)
        self.export_pdf = QPushButton(self.tr("Report as PDF…"), self)
        self.export_csv.clicked.connect(lambda: self._save("csv"))
        self.export_png.clicked.connect(lambda: self._save("png"))
        self.export_pdf.clicked.connect(lambda: self._save("pdf"))
        for combo in (self.channel, self.agent, self.category):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.status = QLabel(self)
        self.status.setObjectName("Muted")

    def _agents_loaded(self, agents: list[dict[str, Any]]) -> None:
        for a in agents:
            if self.sees_team or a["id"] == self.viewer_id:
                self.agent.addItem(a["name"], a["id"])

    def set_period(self, first: date, last: date) -> None:
        """Show a custom period (tests and links use this)."""
        self.picker.set_period(first, last)

    def current(self) -> tuple[K.Period, S.Filters]:
        return self.picker.period(), S.Filters(
            agent_id=self.agent.currentData(),
            channel=self.channel.currentData(),
            category=self.category.currentData(),
        )

    def apply_filters(self) -> None:
        if not hasattr(self, "tiles"):
            return
        period, filters = self.current()
        self.status.setText(self.tr("Working…"))
        self.model.show(period, filters)

    # --- body -------------------------------------------------------------------------
    def _build_body(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.picker)
        bar.addWidget(self.channel)
        bar.addWidget(self.agent)
        bar.addWidget(self.category)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.export_csv)
        bar.addWidget(self.export_png)
        bar.addWidget(self.export_pdf)

        self.content = QWidget(self)
        self.content.setObjectName("DashboardContent")
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: dict[str, Tile] = {}
        for i, key in enumerate(TILES):
            tile = Tile(key, self.content)
            tile.activated.connect(self.drill_kpi)
            self.tiles[key] = tile
            grid.addWidget(tile, i // 4, i % 4)

        self.charts = QWidget(self.content)
        charts = QGridLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.setSpacing(8)
        self.trend_axis = DateAxis(orientation="bottom")
        side = axis_side(self.rtl)
        self.trend = plot_widget(
            self.rtl,
            axisItems={"bottom": self.trend_axis, "left": NumberAxis(side)},
            legend=alpha(COLORS["base"], 210),
        )
        self.trend.setTitle(self.tr("Tickets created and solved"))
        self.trend.scene().sigMouseClicked.connect(self._trend_clicked)
        self.frt_axis = DateAxis(orientation="bottom")
        self.frt = plot_widget(self.rtl, axisItems={"bottom": self.frt_axis})
        self.frt.setTitle(self.tr("First reply, median (minutes)"))
        self.heat_days = LabelAxis(side)
        self.heat = plot_widget(self.rtl, axisItems={"left": self.heat_days})
        self.heat.setTitle(self.tr("Busiest hours (customer messages)"))
        self.heat_image = pg.ImageItem()
        self.heat.addItem(self.heat_image)
        self.heat.setMouseEnabled(False, False)
        self.heat.scene().sigMouseClicked.connect(self._heat_clicked)
        self.cat_axis = LabelAxis(side)
        self.cats = plot_widget(self.rtl, axisItems={"left": self.cat_axis})
        self.cats.setTitle(self.tr("Top complaint categories"))
        self.cats.setMouseEnabled(False, False)
        self.cats.scene().sigMouseClicked.connect(self._cats_clicked)
        self.dist_axis = LabelAxis("bottom")
        self.dist = plot_widget(
            self.rtl, axisItems={"bottom": self.dist_axis}, legend=alpha(COLORS["base"], 210)
        )
        self.dist.setTitle(self.tr("How long replies and resolutions take"))
        self.dist.setMouseEnabled(False, False)
        for plot in (self.trend, self.frt, self.heat, self.cats, self.dist):
            plot.setMinimumHeight(230)
            plot.setMenuEnabled(False)
            plot.hideButtons()
        charts.addWidget(self.trend, 0, 0)
        charts.addWidget(self.frt, 0, 1)
        charts.addWidget(self.heat, 1, 0)
        charts.addWidget(self.cats, 1, 1)
        charts.addWidget(self.dist, 2, 0, 1, 2)

        self.agents = QTableWidget(0, 7, self.content)
        self.agents.setAccessibleName(self.tr("Agents"))
        self.agents.setHorizontalHeaderLabels(
            [
                self.tr("Agent"),
                self.tr("Created"),
                self.tr("Solved"),
                self.tr("First reply"),
                self.tr("Resolution"),
                self.tr("One reply"),
                self.tr("CSAT"),
            ]
        )
        self.agents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agents.verticalHeader().hide()
        self.agents.setSortingEnabled(True)
        self.agents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agents.setMinimumHeight(260)
        self.agents.cellDoubleClicked.connect(self._agent_clicked)
        self.agent_sort = (1, Qt.SortOrder.DescendingOrder)
        self.agents.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, order: setattr(self, "agent_sort", (column, order))
        )
        self.agents.installEventFilter(self)

        self.empty = QLabel(self.content)
        self.empty.setObjectName("Empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(10, 6, 10, 10)
        inner.addLayout(grid)
        inner.addWidget(self.empty)
        inner.addWidget(self.charts)
        agents_title = QLabel(self.tr("Agents"), self.content)
        agents_title.setObjectName("PaneTitle")
        inner.addWidget(agents_title)
        inner.addWidget(self.agents)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tiles inside
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addLayout(bar)
        outer.addWidget(scroll, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.agents
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._agent_clicked(self.agents.currentRow(), 0)
            return True
        return super().eventFilter(watched, event)

    # --- showing ----------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        if not self.sees_team:  # one's own row only, on screen and in every export
            snap = replace(snap, agents=[r for r in snap.agents if r["key"] == self.viewer_id])
        self.snap = snap
        r, before = snap.result, snap.previous
        loc = QLocale()
        self.status.setText(
            self.tr("Updated %1").replace(
                "%1", loc.toString(datetime.now().time(), loc.FormatType.ShortFormat)
            )
        )
        for key, tile in self.tiles.items():
            spark = snap.sparks.get(key, [])
            tile.show_value(r[key], before[key], spark, self.formula(key, snap))
        nothing = not r["tickets_created"] and not r["tickets_solved"]
        self.empty.setVisible(nothing)
        self.charts.setVisible(not nothing)
        if nothing:
            filtered = any((snap.filters.agent_id, snap.filters.channel, snap.filters.category))
            self.empty.setText(
                self.tr(
                    "No tickets in this period with these filters. Clear a filter or pick a longer period."
                )
                if filtered
                else self.tr("No tickets in this period yet. Pick a longer period.")
            )
        self._draw_trend(snap)
        self._draw_frt(snap)
        self._draw_heat(snap)
        self._draw_categories(snap)
        self._draw_distribution(snap)
        self._fill_agents(snap)

    def formula(self, key: str, snap: Snapshot) -> str:
        r, c = snap.result, snap.counts
        first, last = labels.date_text(snap.period.first), labels.date_text(snap.period.last)
        value = kpi_value(key, r[key])
        if key == "tickets_created":
            text = (
                self.tr("%1 tickets created from %2 to %3.")
                .replace("%1", value)
                .replace("%2", first)
                .replace("%3", last)
            )
            proactive = self.tr("%n of them proactive: the team wrote first.", "", c["proactive"])
            return f"{text}\n{proactive}"
        if key == "tickets_solved":
            return (
                self.tr("%1 tickets solved from %2 to %3.")
                .replace("%1", value)
                .replace("%2", first)
                .replace("%3", last)
            )
        if key == "first_response_median_s":
            return self.tr(
                "Median time from a customer's ticket to the first public reply: %1, "
                "over %n ticket(s) created in the period that got one.",
                "",
                c["first_response"],
            ).replace("%1", value)
        if key == "resolution_median_s":
            return self.tr(
                "Median time from opening to solving: %1, over %n ticket(s) solved in the period.",
                "",
                c["resolution"],
            ).replace("%1", value)
        if key == "one_touch_pct":
            a, b = c["one_touch"]
            return (
                self.tr("%1 = %2 of %3 solved tickets needed exactly one public reply.")
                .replace("%1", value)
                .replace("%2", labels.number(a))
                .replace("%3", labels.number(b))
            )
        if key == "repeat_contact_pct":
            a, b = c["repeats"]
            return (
                self.tr(
                    "%1 = %2 of %3 customer contacts came back within 7 days about the same category."
                )
                .replace("%1", value)
                .replace("%2", labels.number(a))
                .replace("%3", labels.number(b))
            )
        lang = QLocale().name().split("_")[0]
        if key == "csat_pct":
            n, good = c["csat"]
            text = (
                self.tr("CSAT %1 = %2 of %3 ratings of 4-5.")
                .replace("%1", value)
                .replace("%2", labels.number(good))
                .replace("%3", labels.number(n))
            )
            return text + "\n" + self._question("csat_question", lang)
        n, promoters, detractors = c["nps"]
        if not n:
            text = self.tr("NPS: no answers in this period.")
        else:
            text = (
                self.tr("NPS %1 = %2 promoters (9-10) minus %3 detractors (0-6), of %4 answers.")
                .replace("%1", value)
                .replace("%2", labels.percent(100 * promoters / n))
                .replace("%3", labels.percent(100 * detractors / n))
                .replace("%4", labels.number(n))
            )
        return text + "\n" + self._question("nps_question", lang)

    def _question(self, part: str, lang: str) -> str:
        """The shop's own survey question (a setting), as its customers read it."""
        name = f"survey.{part}.{lang}"
        if name not in BY_NAME:
            name = f"survey.{part}.en"
        return self.tr("Asked: “%1”").replace("%1", self.settings.get(name))

    def _draw_trend(self, snap: Snapshot) -> None:
        plot = self.trend
        plot.clear()
        plot.plotItem.legend.clear()
        self.trend_axis.first, self.trend_axis.spans = snap.period.first, snap.spans
        x = np.arange(len(snap.spans), dtype=float)
        for key, colour, name in (
            ("tickets_created", COLORS["accent"], self.tr("Created")),
            ("tickets_solved", COLORS["ok"], self.tr("Solved")),
        ):
            values = np.array([v or 0 for v in snap.trend[key]], dtype=float)
            plot.plot(
                x,
                values,
                pen=pg.mkPen(colour, width=2),
                name=name,
                symbol="o",
                symbolSize=4,
                symbolBrush=colour,
                symbolPen=None,
            )
        before = snap.previous_trend["tickets_created"]
        if any(before):
            values = np.array([v or 0 for v in before[: len(x)]], dtype=float)
            plot.plot(
                x[: len(values)],
                values,
                name=self.tr("Created, previous period"),
                pen=pg.mkPen(COLORS["muted"], width=1, style=Qt.PenStyle.DashLine),
            )
        top = max(
            [v or 0 for k in ("tickets_created", "tickets_solved") for v in snap.trend[k]]
            + [v or 0 for v in before]
            + [1]
        )
        plot.setYRange(0, top * 1.45, padding=0)  # headroom: the legend sits above the lines
        plot.setXRange(-0.3, max(1, len(x) - 1) + 0.3, padding=0)

    def _draw_frt(self, snap: Snapshot) -> None:
        plot = self.frt
        plot.clear()
        self.frt_axis.first, self.frt_axis.spans = snap.period.first, snap.spans
        values = snap.trend["first_response_median_s"]
        x = np.array([i for i, v in enumerate(values) if v is not None], dtype=float)
        y = np.array([v / 60 for v in values if v is not None], dtype=float)
        if len(x):
            plot.plot(
                x,
                y,
                pen=pg.mkPen(COLORS["accent"], width=2),
                symbol="o",
                symbolSize=4,
                symbolBrush=COLORS["accent"],
                symbolPen=None,
            )
        if snap.filters.channel:
            target = self.settings.sla_minutes(snap.filters.channel)
            line = pg.InfiniteLine(
                pos=target,
                angle=0,
                pen=pg.mkPen(COLORS["bad"], width=1, style=Qt.PenStyle.DashLine),
                label=self.tr("target %1").replace("%1", labels.span(target * 60)),
                labelOpts={"position": 0.05, "color": COLORS["bad"]},
            )
            plot.addItem(line)

    def _draw_heat(self, snap: Snapshot) -> None:
        grid = np.array(snap.result["busiest_hours"], dtype=float)  # 7 x 24
        # ImageItem takes [x, y]: hours across, weekdays down (Monday at the top)
        self.heat_image.setImage(
            grid.T[:, ::-1], autoLevels=False, levels=(0, max(1.0, float(grid.max())))
        )
        lut = np.array(
            [_mix(COLORS["base"], COLORS["accent"], t / 255) for t in range(256)], dtype=np.ubyte
        )
        self.heat_image.setLookupTable(lut)
        self.heat_image.setRect(QRectF(0, -0.5, 24, 7))
        self.heat_days.names = [labels.weekday(6 - i) for i in range(7)]
        self.heat.setXRange(0, 24, padding=0)
        self.heat.setYRange(-0.5, 6.5, padding=0)
        busiest = np.unravel_index(int(grid.argmax()), grid.shape) if grid.max() else None
        tip = self.tr("Click a cell to see its tickets.")
        if busiest is not None:
            d, h = int(busiest[0]), int(busiest[1])
            tip = (
                self.tr("Busiest: %1 %2:00 with %3 messages. ")
                .replace("%1", labels.weekday(d, short=False))
                .replace("%2", labels.number(h))
                .replace("%3", labels.number(grid[d][h]))
                + tip
            )
        self.heat.setToolTip(tip)

    def _draw_categories(self, snap: Snapshot) -> None:
        plot = self.cats
        plot.clear()
        top = snap.result["top_categories"][:8]
        self.cat_axis.names = [labels.category(c) for c, _ in top][::-1]
        counts = [n for _, n in top][::-1]
        if counts:
            bars = pg.BarGraphItem(
                x0=0,
                y=np.arange(len(counts)),
                height=0.65,
                width=counts,
                brush=COLORS["accent"],
                pen=None,
            )
            plot.addItem(bars)
            plot.setYRange(-0.6, len(counts) - 0.4, padding=0)
            plot.setXRange(0, max(counts) * 1.08, padding=0)

    def _draw_distribution(self, snap: Snapshot) -> None:
        plot = self.dist
        plot.clear()
        plot.plotItem.legend.clear()
        edges = K.DURATION_EDGES
        self.dist_axis.names = [self._bin_name(i) for i in range(len(edges) - 1)]
        x = np.arange(len(edges) - 1, dtype=float)
        for offset, key, colour, name in (
            (-0.2, "first_response", COLORS["accent"], self.tr("First reply")),
            (0.2, "resolution", COLORS["ok"], self.tr("Resolution")),
        ):
            bars = pg.BarGraphItem(
                x=x + offset,
                height=snap.histograms[key],
                width=0.38,
                brush=colour,
                pen=None,
                name=name,
            )
            plot.addItem(bars)
        top = max([*snap.histograms["first_response"], *snap.histograms["resolution"], 1])
        plot.setYRange(0, top * 1.35, padding=0)  # headroom: the legend sits above the bars

    def _bin_name(self, i: int) -> str:
        edges = K.DURATION_EDGES
        if i == len(edges) - 2:
            return self.tr("%1+").replace("%1", labels.span(edges[i]))
        return self.tr("< %1").replace("%1", labels.span(edges[i + 1]))

    def _fill_agents(self, snap: Snapshot) -> None:
        table = self.agents
        table.setSortingEnabled(False)
        rows = [r for r in snap.agents if r["key"] is not None]
        table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = snap.agent_names.get(r["key"], r["key"])
            cells: list[tuple[str, Any]] = [
                (name, name),
                (labels.number(r["tickets_created"]), r["tickets_created"]),
                (labels.number(r["tickets_solved"]), r["tickets_solved"]),
                (labels.span(r["first_response_median_s"]), r["first_response_median_s"]),
                (labels.span(r["resolution_median_s"]), r["resolution_median_s"]),
                (labels.percent(r["one_touch_pct"]), r["one_touch_pct"]),
                (labels.percent(r["csat_pct"]), r["csat_pct"]),
            ]
            for j, (text, value) in enumerate(cells):
                item = _SortItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setData(Qt.ItemDataRole.UserRole + 1, r["key"])
                table.setItem(i, j, item)
        table.setSortingEnabled(True)
        table.sortItems(*self.agent_sort)  # busiest first, or as the lead sorted it

    # --- drill-down ---------------------------------------------------------------------
    def show_tickets_behind(
        self, figure: str, value: Any, heading: str, period: K.Period | None = None
    ) -> None:
        if self.snap is None:
            return
        span = period or self.snap.period
        filters = self.snap.filters
        self.tasks.query(
            lambda conn: S.tickets_behind(conn, span, filters, figure, value),
            self.tasks.latest(
                f"drill-{id(self)}", lambda out: self.drill.show_tickets(heading, *out)
            ),
        )

    def drill_kpi(self, key: str) -> None:
        self.show_tickets_behind(key, None, kpi_title(key))

    def _agent_clicked(self, row: int, _column: int) -> None:
        item = self.agents.item(row, 0)
        if item is not None:
            agent = item.data(Qt.ItemDataRole.UserRole + 1)
            self.show_tickets_behind(
                "agent", agent, self.tr("Tickets of %1").replace("%1", item.text())
            )

    def _plot_point(self, plot: pg.PlotWidget, event: Any) -> tuple[float, float] | None:
        vb = plot.getViewBox()
        pos = event.scenePos()
        if not vb.sceneBoundingRect().contains(pos):
            return None
        point = vb.mapSceneToView(pos)
        return point.x(), point.y()

    def _trend_clicked(self, event: Any) -> None:
        point = self._plot_point(self.trend, event)
        if point is None or self.snap is None:
            return
        i = round(point[0])
        if 0 <= i < len(self.snap.spans):
            first, last = self.snap.spans[i]
            start = self.snap.period.first + timedelta(days=first)
            end = self.snap.period.first + timedelta(days=last)
            sub = K.period(start, end, self.snap.period.tz.key)
            title = self.tr("Tickets created %1").replace("%1", labels.date_text(start))
            self.show_tickets_behind("tickets_created", None, title, sub)

    def heat_cell(self, weekday: int, hour: int) -> None:
        title = (
            self.tr("Customers writing on %1 at %2:00")
            .replace("%1", labels.weekday(weekday, short=False))
            .replace("%2", labels.number(hour))
        )
        self.show_tickets_behind("hour", (weekday, hour), title)

    def _heat_clicked(self, event: Any) -> None:
        point = self._plot_point(self.heat, event)
        if point is None:
            return
        hour, row = int(point[0]), round(point[1])
        if 0 <= hour < 24 and 0 <= row < 7:
            self.heat_cell(6 - row, hour)

    def category_bar(self, category: str) -> None:
        self.show_tickets_behind("category", category, labels.category(category))

    def _cats_clicked(self, event: Any) -> None:
        point = self._plot_point(self.cats, event)
        if point is None or self.snap is None:
            return
        top = self.snap.result["top_categories"][:8][::-1]
        i = round(point[1])
        if 0 <= i < len(top) and 0 <= point[0] <= top[i][1]:
            self.category_bar(top[i][0])

    # --- export -------------------------------------------------------------------------
    def _save(self, kind: str) -> None:
        if self.snap is None:
            return
        title = {
            "csv": self.tr("Export the numbers"),
            "png": self.tr("Save the charts"),
            "pdf": self.tr("Save the report"),
        }[kind]
        pattern = {"csv": "CSV (*.csv)", "png": "PNG (*.png)", "pdf": "PDF (*.pdf)"}[kind]
        name = f"agentdesk-{self.snap.period.first}-{self.snap.period.last}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if path:
            self.export(kind, Path(path))

    def export(self, kind: str, path: Path) -> None:
        """Write the current view: its numbers (CSV), its charts (PNG) or a report (PDF)."""
        if self.snap is None:
            raise RuntimeError("nothing shown yet")
        if kind == "csv":
            write_csv(self.snap, path)
        elif kind == "png":
            if not self.charts.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
        else:
            self._write_pdf(path)
        paths.make_private(path)  # the team's figures: readable by their owner only

    def _write_pdf(self, path: Path) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setResolution(120)
        writer.setTitle(self.tr("AgentDesk report"))
        painter = QPainter(writer)
        try:
            page = writer.pageLayout().paintRectPixels(writer.resolution())
            pixmap = self.content.grab()
            scale = min(page.width() / pixmap.width(), 1.0)
            height = pixmap.height() * scale
            y = 0.0
            while y < height:  # as many pages as the content needs
                painter.save()
                painter.scale(scale, scale)
                source = QRectF(0, y / scale, pixmap.width(), page.height() / scale)
                painter.drawPixmap(
                    QRectF(0, 0, pixmap.width(), page.height() / scale), pixmap, source
                )
                painter.restore()
                y += page.height()
                if y < height:
                    writer.newPage()
        finally:
            painter.end()


def write_csv(snap: Snapshot, path: Path) -> None:
    """The view's numbers, machine-readable: the same figures `agentdesk kpi --json` gives."""
    with paths.open_private(path, "w", folders=False, newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["section", "name", "value"])
        out.writerow(["period", "from", snap.period.first.isoformat()])
        out.writerow(["period", "to", snap.period.last.isoformat()])
        out.writerow(["period", "tz", snap.period.tz.key])
        for name in ("agent_id", "channel", "category"):
            out.writerow(["filter", name, getattr(snap.filters, name) or ""])
        for key in K.KPI_KEYS:
            value = snap.result[key]
            if key == "busiest_hours":
                for d, row in enumerate(value):
                    out.writerow(
                        [
                            "busiest_hours",
                            ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[d],
                            " ".join(map(str, row)),
                        ]
                    )
            elif key == "top_categories":
                for category, n in value:
                    out.writerow(["top_categories", category, n])
            else:
                out.writerow(["kpi", key, "" if value is None else value])
        for r in snap.agents:
            for key in (
                "tickets_created",
                "tickets_solved",
                "first_response_median_s",
                "resolution_median_s",
                "one_touch_pct",
                "csat_pct",
            ):
                value = r[key]
                out.writerow([f"agent:{r['key'] or ''}", key, "" if value is None else value])


def _mix(a: str, b: str, t: float) -> tuple[int, int, int, int]:
    ca, cb = QColor(a), QColor(b)
    return (
        round(ca.red() + (cb.red() - ca.red()) * t),
        round(ca.green() + (cb.green() - ca.green()) * t),
        round(ca.blue() + (cb.blue() - ca.blue()) * t),
        255,
    )
