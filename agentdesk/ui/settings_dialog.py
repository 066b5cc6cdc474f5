"""The settings dialog, built from the one table of declared settings (agentdesk.settings):
every setting gets the field its type asks for, its translated description as the label,
and the limits it declares. Nothing here lists settings by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk import i18n
from agentdesk.settings import DECLARED, Setting, Settings, SettingsError, validate

GROUPS = ("ui", "agent", "sla", "kpi", "survey", "proactive", "training", "shop", "sync")


def group_name(group: str) -> str:
    return {
        "ui": QCoreApplication.translate("SettingsDialog", "Appearance"),
        "agent": QCoreApplication.translate("SettingsDialog", "You"),
        "sla": QCoreApplication.translate("SettingsDialog", "Response targets"),
        "kpi": QCoreApplication.translate("SettingsDialog", "Dashboard"),
        "survey": QCoreApplication.translate("SettingsDialog", "Surveys"),
        "proactive": QCoreApplication.translate("SettingsDialog", "Proactive care"),
        "training": QCoreApplication.translate("SettingsDialog", "Training"),
        "shop": QCoreApplication.translate("SettingsDialog", "Shop"),
        "sync": QCoreApplication.translate("SettingsDialog", "Sync"),
    }.get(group, group)


def choice_name(setting: Setting, value: Any) -> str:
    if setting.name == "ui.language":
        return i18n.LANGUAGES.get(
            value, QCoreApplication.translate("SettingsDialog", "Follow the system")
        )
    return {
        "system": QCoreApplication.translate("SettingsDialog", "Follow the system"),
        "light": QCoreApplication.translate("SettingsDialog", "Light"),
        "dark": QCoreApplication.translate("SettingsDialog", "Dark"),
        "high_contrast": QCoreApplication.translate("SettingsDialog", "High contrast"),
        "vendure": "Vendure",
        "shopify": "Shopify",
        "woocommerce": "WooCommerce",
    }.get(str(value), str(value) or QCoreApplication.translate("SettingsDialog", "None"))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.fields: dict[str, QWidget] = {}
        tabs = QTabWidget(self)
        forms: dict[str, QFormLayout] = {}
        for setting in DECLARED:
            group = setting.name.split(".")[0]
            if group not in forms:
                page = QWidget()
                forms[group] = QFormLayout(page)
                forms[group].setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
                scroll = QScrollArea()
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
                scroll.setWidgetResizable(True)
                scroll.setWidget(page)
                tabs.addTab(scroll, group_name(group))
            field = self._field(setting)
            self.fields[setting.name] = field
            label = QLabel(self._label(setting))
            label.setWordWrap(True)
            label.setBuddy(field)
            field.setAccessibleName(label.text())
            field.setToolTip(setting.name)
            if setting.name == "agent.current_id" and getattr(parent, "trainee", False):
                field.setEnabled(False)  # a trainee does not become someone else here
            forms[group].addRow(label, field)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setObjectName("Error")
        self.note = QLabel(self.tr("A new language or theme shows as soon as you save."), self)
        self.note.setObjectName("Muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.tabs = tabs
        self.resize(720, 520)

    def _label(self, setting: Setting) -> str:
        text = QCoreApplication.translate("Settings", setting.description)
        parts = setting.name.split(".")
        if parts[0] == "survey":  # one per language: say which
            text = f"{i18n.LANGUAGES.get(parts[-1], parts[-1])}: {text}"
        return text

    def _field(self, setting: Setting) -> QWidget:
        value = self.settings.get(setting.name)
        if setting.choices is not None:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(choice_name(setting, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.type is bool:
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(int(setting.minimum or 0), int(setting.maximum or 2**31 - 1))
            spin.setValue(int(value))
            spin.setGroupSeparatorShown(True)
            return spin
        if setting.type is float:
            dspin = QDoubleSpinBox()
            dspin.setDecimals(2)
            dspin.setSingleStep(0.05)
            dspin.setRange(setting.minimum or 0.0, setting.maximum or 1e9)
            dspin.setValue(float(value))
            return dspin
        edit = QLineEdit(str(value))
        direction = Qt.LayoutDirection.RightToLeft if i18n.is_rtl(setting.name[-2:]) else None
        if direction is not None and setting.name.startswith("survey."):
            edit.setLayoutDirection(direction)  # Arabic survey texts read right to left
        return edit

    def value_of(self, name: str) -> Any:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox | QDoubleSpinBox):
            return field.value()
        assert isinstance(field, QLineEdit)
        return field.text().strip()

    def save(self) -> None:
        """Check everything first; save only when all of it is valid."""
        changed = {}
        for setting in DECLARED:
            value = self.value_of(setting.name)
            if value != self.settings.get(setting.name):
                changed[setting.name] = value
        try:
            for name, value in changed.items():
                validate(name, value)
        except SettingsError as exc:
            self.error.setText(str(exc))
            return
        for name, value in changed.items():
            self.settings.set(name, value)
        self.accept()
