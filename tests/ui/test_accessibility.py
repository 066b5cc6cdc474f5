"""What a screen reader and a keyboard user meet: every interactive widget of every view
and dialog has a name (as Qt's accessibility layer reports it), focus is visible, and Tab
moves through the console in reading order."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from agentdesk.ui.app import install_language

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: Qt's accessible Name (accessibleName, else a
    button's text, else the buddy label's text). A combo box is the exception: on Linux
    and macOS Qt reports its current item as its Name and names it only through a label
    relation (a buddy QLabel), so for a combo that relation is what counts."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QComboBox):
        labels = iface.relations(QAccessible.RelationFlag.Label)
        return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels).strip()
    return iface.text(QAccessible.Text.Name).strip()


def is_part_of_another(widget: QWidget) -> bool:
    """Pieces Qt builds inside a widget that is itself checked (a spin box's line edit, a
    line edit's clear button, a tab bar's scroll arrows, a table's corner button)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QLineEdit):
        return True
    if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
        return True  # read with its table
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    if widget.focusProxy() is not None:
        return True  # focus goes to the proxy (a tab widget's tab bar), which is checked
    if isinstance(widget, QScrollBar):
        return True
    return type(widget).__name__ == "QAbstractButton" and isinstance(
        parent, QAbstractItemView
    )  # the corner button


def interactive(widget: QWidget) -> bool:
    if is_part_of_another(widget):
        return False
    return isinstance(widget, INTERACTIVE) or bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def unnamed(root: QWidget, where: str) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or not interactive(w):
            continue
        if isinstance(w, QTabBar):
            iface = QAccessible.queryAccessibleInterface(w)
            for i in range(w.count()):
                tab = iface.child(i)
                if tab is None or not tab.text(QAccessible.Text.Name).strip():
                    out.append(f"{where}: tab {i} of {w.objectName() or type(w).__name__}")
        if not spoken_name(w):
            parent = w.parentWidget()
            out.append(
                f"{where}: {type(w).__name__} {w.objectName()!r} in "
                f"{type(parent).__name__ if parent else None}"
            )
    return out


def walk_tabs(tabs, where):
    """Every page of a QTabWidget, each while it is shown."""
    out = []
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        out += unnamed(tabs.widget(i), f"{where}/{tabs.tabText(i)}")
    return out


@pytest.fixture(params=["en", "ar"])
def language(request):
    app = QApplication.instance()
    install_language(app, request.param)
    yield request.param
    install_language(app, "en")


def test_every_interactive_widget_of_every_view_and_dialog_has_a_name(window, qtbot, language):
    if language != "en":
        window.set_language(language)
    w = window
    missing: list[str] = []

    # inbox with a ticket open: queue, conversation, composer, customer 360
    w.show_view("inbox")
    w.inbox.tabs.setCurrentIndex(w.inbox.QUEUE_ORDER.index("open"))
    assert w.tasks.wait_idle()
    w.inbox.select(0)
    assert w.tasks.wait_idle()
    missing += unnamed(w, "inbox")
    conv = w.inbox.conversation
    for pick in (conv.pick_canned, conv.pick_article):
        pick()
        assert w.tasks.wait_idle()
        missing += unnamed(conv.picker, "library picker")
        conv.picker.close()
    panel = w.inbox.customer
    call = panel.start_call()
    missing += unnamed(call, "call dialog")
    call.hide()
    plan = w.open_plan(panel.customer, w.inbox.current_ticket)
    missing += unnamed(plan, "plan dialog")
    plan.reject()

    # customers with one shown, and a goodwill proposal from an order
    w.show_view("customers")
    assert w.tasks.wait_idle()
    missing += unnamed(w, "customers")
    order = w.customers.panel.customer["orders"][0]
    goodwill = w.customers.panel.propose_goodwill(order["id"])
    for kind in range(goodwill.kind.count()):
        goodwill.kind.setCurrentIndex(kind)
        missing += unnamed(goodwill, "goodwill dialog")
    goodwill.reject()

    # the lead's and the trainer's views
    for name in ("dashboard", "proactive", "journey", "plans", "training"):
        w.show_view(name)
        assert w.tasks.wait_idle()
        missing += unnamed(w, name)
    w.show_view("dashboard")
    w.dashboard.drill_kpi("tickets_created")
    assert w.tasks.wait_idle()
    missing += unnamed(w.dashboard.drill, "drill-down")
    w.dashboard.drill.close()
    w.show_view("plans")
    if w.plans.table.rowCount():
        w.plans.table.selectRow(0)
        assert w.tasks.wait_idle()
        missing += unnamed(w, "plans with a plan")
    w.show_view("training")
    assert w.tasks.wait_idle()
    missing += walk_tabs(w.training.tabs, "training")
    w.training.tabs.setCurrentIndex(0)
    w.training.start()
    assert w.tasks.wait_idle()
    missing += unnamed(w, "role-play")

    # dialogs of the shell
    from agentdesk.ui.connect_dialog import ConnectDialog
    from agentdesk.ui.settings_dialog import SettingsDialog
    from agentdesk.ui.shortcuts import ShortcutsDialog

    settings = SettingsDialog(w.settings, w)
    settings.show()
    missing += walk_tabs(settings.tabs, "settings")
    settings.reject()
    connect = ConnectDialog(w.settings, w)
    connect.show()
    for i in range(connect.backend.count()):
        connect.backend.setCurrentIndex(i)
        missing += unnamed(connect, f"connect dialog {connect.backend.currentData()}")
    connect.reject()
    shortcuts = ShortcutsDialog(w)
    shortcuts.show()
    missing += unnamed(shortcuts, "shortcuts")
    shortcuts.reject()
    palette = w.find()
    qtbot.keyClicks(palette.box, "an")
    qtbot.waitUntil(lambda: palette.list.count() > 0, timeout=5000)
    missing += unnamed(palette, "find")
    palette.reject()

    assert not missing, "\n".join(sorted(set(missing)))


def test_the_walk_notices_a_widget_without_a_name(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    edit = QLineEdit(root)
    layout.addWidget(QPushButton("Save", root))  # its text is its name
    layout.addWidget(edit)
    root.show()
    assert len(unnamed(root, "t")) == 1
    label = QLabel("&Reason", root)
    label.setBuddy(edit)  # a buddy label names it
    layout.addWidget(label)
    assert unnamed(root, "t") == []
    layout.addWidget(QPushButton("", root))  # an icon-only button says nothing
    combo = QComboBox(root)
    combo.addItem("E-mail")
    combo.setAccessibleName("Channel")  # not read on Linux: a combo's Name is its item
    layout.addWidget(combo)
    QApplication.processEvents()
    assert len(unnamed(root, "t")) == 2
    from agentdesk.ui import a11y

    a11y.prepare(root)
    assert len(unnamed(root, "t")) == 1
    assert spoken_name(combo) == "Channel"


def tab_through(window, qtbot, limit=400):
    """Press Tab from the first nav button until focus comes back to it. Yields each
    widget that had focus with its picture focused and after focus left it."""
    start = window.nav_buttons["inbox"]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    w = start
    for _ in range(limit):
        focused = w.grab().toImage()
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        assert after is not None, f"Tab lost the focus after {w}"
        if after is w:  # links inside a text browser: Tab walks them first
            continue
        yield w, focused, w.grab().toImage()
        if after is start:
            return
        w = after
    raise AssertionError(f"Tab never came back to the nav rail; stuck at {w}")


def pane_of(window, widget):
    """Which part of the console a widget is in, in reading order (left to right)."""
    panes = [
        window.centralWidget().findChild(QWidget, "NavRail"),
        window.inbox.splitter.widget(0),
        window.inbox.conversation,
        window.inbox.customer,
        window.statusBar(),
    ]
    for i, pane in enumerate(panes):
        if pane is widget or pane.isAncestorOf(widget):
            return i
    return None


@pytest.mark.parametrize("theme_name", ["light", "dark", "high_contrast"])
def test_keyboard_focus_is_visible_on_everything_tab_reaches(window, qtbot, theme_name):
    from agentdesk.ui import theme

    window.set_theme(theme_name)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        invisible, seen = [], 0
        for view in ("inbox", "dashboard"):
            window.show_view(view)
            if view == "inbox":
                window.inbox.tabs.setCurrentIndex(window.inbox.QUEUE_ORDER.index("open"))
                assert window.tasks.wait_idle()
                window.inbox.select(0)
            assert window.tasks.wait_idle()
            for w, focused, unfocused in tab_through(window, qtbot):
                seen += 1
                if focused == unfocused:
                    invisible.append(f"{view}: {type(w).__name__} {spoken_name(w)!r}")
        assert seen > 30
        assert not invisible, "\n".join(invisible)
    finally:
        theme.apply(QApplication.instance())


def test_tab_moves_through_the_inbox_in_reading_order(window, qtbot):
    """Rail, then the queue, the conversation, the customer, the status bar: never back."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.inbox.tabs.setCurrentIndex(window.inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    window.inbox.select(0)
    assert window.tasks.wait_idle()
    order = [pane_of(window, w) for w, _, _ in tab_through(window, qtbot)]
    assert None not in order
    assert order == sorted(order), order
    assert set(order) == {0, 1, 2, 3, 4}
    stops = [w for w, _, _ in tab_through(window, qtbot)]
    names = [spoken_name(w) for w in stops]
    queue = stops.index(window.inbox.tabs)
    assert names[queue + 1 : queue + 5] == [
        "Channel filter",
        "Category filter",
        "Status filter",
        "Tickets",
    ]
    assert names.index("Journey stage") < names.index("Conversation") < names.index("Reply")
    assert names.index("Reply") < names.index("Send reply")
