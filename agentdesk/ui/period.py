"""Choosing a period: presets (today, last 7/30/90 days, this or last month) or custom dates,
counted in the dashboard's time zone (a setting; this computer's by default)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from agentdesk.core import kpi as K
from agentdesk.settings import Settings

PRESETS = ("today", "7", "30", "90", "this_month", "last_month", "custom")


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, settings: Settings, preset: str = "30", parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Period"))
        names = (
            self.tr("Today"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("Custom…"),
        )
        for code, text in zip(PRESETS, names, strict=True):
            self.preset.addItem(text, code)
        self.preset.setCurrentIndex(PRESETS.index(preset))
        today = QDate.currentDate()
        self.first = QDateEdit(today, self)
        self.last = QDateEdit(today, self)
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.dateChanged.connect(self._custom_dates)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(self.last)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self._preset_changed()

    def _preset_changed(self) -> None:
        code = self.preset.currentData()
        today = QDate.currentDate()
        first, last = today, today
        if code in ("7", "30", "90"):
            first = today.addDays(1 - int(code))
        elif code == "this_month":
            first = QDate(today.year(), today.month(), 1)
        elif code == "last_month":
            start = QDate(today.year(), today.month(), 1).addMonths(-1)
            first, last = start, start.addDays(start.daysInMonth() - 1)
        custom = code == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            for edit, value in ((self.first, first), (self.last, last)):
                edit.blockSignals(True)
                edit.setDate(value)
                edit.blockSignals(False)
        self.changed.emit()

    def _custom_dates(self) -> None:
        if self.preset.currentData() == "custom":
            self.changed.emit()

    def set_period(self, first: date, last: date) -> None:
        """Show a custom period (tests and links use this)."""
        self.blockSignals(True)
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        self.blockSignals(False)
        self.changed.emit()

    def period(self) -> K.Period:
        a, b = self.first.date(), self.last.date()
        first = date(a.year(), a.month(), a.day())
        last = max(first, date(b.year(), b.month(), b.day()))
        try:
            return K.period(first, last, self.settings.get("kpi.time_zone") or system_zone())
        except K.PeriodError:  # a zone this machine does not know: count in UTC
            return K.period(first, last, "UTC")


def system_zone() -> str:
    """The IANA name of this machine's zone ("UTC" when it cannot be told)."""
    import os

    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        return tz
    try:
        parts = Path("/etc/localtime").resolve().parts
        if "zoneinfo" in parts:
            return "/".join(parts[parts.index("zoneinfo") + 1 :])
    except OSError:
        pass
    return "UTC"
