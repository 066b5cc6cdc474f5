"""Names for assistive technology that hold on every platform.

Most widgets are named by `setAccessibleName` (or their own text, or a buddy label). A
combo box is the exception: on Linux and macOS Qt reports its current item as its Name
and names it only through a label relation, so an `accessibleName` alone is never read
there. `prepare` gives every named combo box without a label a hidden buddy label
with that name (the "visually hidden label" of the web), which follows the combo box when
a layout moves it to another parent.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)


class _HiddenLabel(QObject):
    """Keeps the hidden label beside its combo box and in step with its name."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.label = QLabel(combo.accessibleName(), combo.parentWidget())
        self.label.setObjectName("HiddenLabel")
        self.label.setBuddy(combo)
        self.label.hide()
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ParentChange:
            self.label.setParent(self.combo.parentWidget())
            self.label.hide()
        elif kind == QEvent.Type.Show:
            self.label.setText(self.combo.accessibleName())
        return False


def has_label(widget: QWidget) -> bool:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface is not None and bool(iface.relations(QAccessible.RelationFlag.Label))


def prepare(root: QWidget) -> None:
    """Make what `root` holds work for screen readers and the keyboard: each named combo
    box without a label gets a hidden one; Tab leaves tables and lists (arrows move in
    them) and text boxes (Tab is not typed), so Tab walks the window and never traps."""
    for combo in root.findChildren(QComboBox):
        if combo.accessibleName() and not has_label(combo):
            _HiddenLabel(combo)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for bar in root.findChildren(QTabBar):
        for arrow in bar.findChildren(QWidget):  # its scroll arrows: the arrow keys do that
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def tab_stops(window: QWidget, inside: QWidget) -> list[QWidget]:
    """The widgets under `inside` that Tab stops at, in the window's focus order (the
    pieces of a combo box, a spin box or a tab bar go with it)."""
    out, w = [], window.nextInFocusChain()
    while w is not window:
        parent = w.parentWidget()
        if (
            w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
            and not isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar)
            and inside.isAncestorOf(w)
        ):
            out.append(w)
        w = w.nextInFocusChain()
    return out
