"""Language, layout direction, locale formats and themes change while the console runs."""

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from agentdesk.ui import labels, theme
from agentdesk.ui.app import install_language

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def back_to_english():
    yield
    app = QApplication.instance()
    install_language(app, "en")
    theme.apply(app)


def open_ticket(window, row=2):
    window.show_view("inbox")
    window.inbox.tabs.setCurrentIndex(window.inbox.QUEUE_ORDER.index("open"))
    assert window.tasks.wait_idle()
    window.inbox.select(row)
    assert window.tasks.wait_idle()
    return window.inbox.current_ticket["id"]


def test_language_switches_at_runtime_and_keeps_the_agents_place(window, back_to_english):
    inbox = window.inbox
    inbox.channel.setCurrentIndex(inbox.channel.findData("email"))
    ticket = open_ticket(window, 1)
    window.inbox.conversation.composer.setPlainText("Half a reply, not sent yet")
    assert window.nav_buttons["customers"].text() == "Customers"
    assert window.inbox.layoutDirection() == LTR

    window.set_language("da")
    assert window.nav_buttons["customers"].text() == "Kunder"
    assert window.settings_button.text() == "Indstillinger"
    assert window.inbox.tabs.tabText(inbox.QUEUE_ORDER.index("open")) != "All open"
    assert window.inbox.layoutDirection() == LTR
    assert window.current_view() == "inbox"
    assert window.inbox.tabs.currentIndex() == inbox.QUEUE_ORDER.index("open")
    assert window.inbox.channel.currentData() == "email"
    assert window.inbox.current_ticket["id"] == ticket
    assert window.inbox.conversation.composer.toPlainText() == "Half a reply, not sent yet"

    window.set_language("ar")
    assert window.nav_buttons["customers"].text() == "العملاء"
    assert QApplication.layoutDirection() == RTL
    assert window.inbox.layoutDirection() == RTL
    assert window.nav_buttons["inbox"].layoutDirection() == RTL
    assert window.inbox.current_ticket["id"] == ticket
    assert window.inbox.conversation.composer.toPlainText() == "Half a reply, not sent yet"

    window.show_view("dashboard")
    assert window.tasks.wait_idle()
    plot = window.dashboard.trend.getPlotItem()
    assert plot.getAxis("right").isVisible() and not plot.getAxis("left").isVisible()
    assert plot.getViewBox().xInverted()  # time runs from right to left

    window.set_language("en")
    assert window.current_view() == "dashboard"  # the view the agent was on
    plot = window.dashboard.trend.getPlotItem()
    assert plot.getAxis("left").isVisible() and not plot.getAxis("right").isVisible()
    assert not plot.getViewBox().xInverted()
    assert window.nav_buttons["customers"].text() == "Customers"
    assert window.inbox.layoutDirection() == LTR
    assert window.inbox.current_ticket["id"] == ticket


def test_the_settings_dialog_switches_the_language_at_once(window, qtbot, back_to_english):
    def choose_danish():
        dialog = QApplication.activeModalWidget()
        combo = dialog.fields["ui.language"]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData("da"))
        dialog.save()

    QTimer.singleShot(0, choose_danish)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.get("ui.language") == "da"
    assert window.language == "da"
    assert window.nav_buttons["dashboard"].text() == "Dashboard"  # same word in Danish
    assert window.nav_buttons["training"].text() != "Training"
    assert window.nav_buttons["customers"].text() == "Kunder"

    def follow_the_system():
        dialog = QApplication.activeModalWidget()
        combo = dialog.fields["ui.language"]
        combo.setCurrentIndex(combo.findData(""))
        dialog.save()

    QTimer.singleShot(0, follow_the_system)
    window.show_settings()
    assert window.settings.get("ui.language") == ""
    assert window.language == "en"  # the test machine's locale is not one we translate


def test_numbers_money_and_dates_follow_the_chosen_language(window, back_to_english):
    window.show_view("customers")
    assert window.tasks.wait_idle()
    customer = window.customers.panel.customer
    order = next(o for o in customer["orders"] if float(o["total"]) >= 100)
    total = float(order["total"])
    for lang in ("da", "ar", "vi", "en"):
        window.set_language(lang)
        loc = QLocale(lang)
        panel = window.customers.panel
        assert panel.customer["id"] == customer["id"]  # still the same customer
        text = panel.plain_text()
        assert loc.toString(total, "f", 2) in text, (lang, loc.toString(total, "f", 2))
        status = window.cache_label.text()
        assert loc.toString(1500) in status, (lang, status)
    window.set_language("ar")
    text = window.customers.panel.plain_text()
    assert "٫" in text and any("٠" <= ch <= "٩" for ch in text)  # Arabic digits and comma
    arabic_number = "".join(chr(0x660 + int(d)) for d in order["number"])
    assert f"#{arabic_number}" in text and f"#{order['number']}" not in text
    open_ticket(window)
    count = window.inbox.count.text()  # "%n ticket(s)": the plural forms use %Ln
    assert any("٠" <= ch <= "٩" for ch in count), count
    assert not any(ch.isascii() and ch.isdigit() for ch in count), count
    message = window.inbox.current_ticket["messages"][0]
    shown = labels.when(message["created_at"])
    assert shown in window.inbox.conversation.browser.toPlainText()
    assert any("٠" <= ch <= "٩" for ch in shown)  # the date in Arabic digits


def colour_of(widget, role=QPalette.ColorRole.Window):
    return QWidget.palette(widget).color(role)  # MainWindow.palette is the Ctrl+K box


def test_theme_switch_changes_the_palette_and_the_charts(window, back_to_english):
    window.show_view("dashboard")
    assert window.tasks.wait_idle()
    assert colour_of(window).lightness() > 200
    assert window.dashboard.trend.backgroundBrush().color().lightness() > 200

    window.set_theme("dark")
    assert theme.current == "dark"
    assert colour_of(window).lightness() < 60
    assert colour_of(window.inbox.table, QPalette.ColorRole.Text).lightness() > 200
    assert window.current_view() == "dashboard"
    chart = window.dashboard.trend
    assert chart.backgroundBrush().color().lightness() < 60
    pixel = chart.grab().toImage().pixelColor(3, 3)
    assert pixel.lightness() < 60
    axis = chart.getPlotItem().getAxis("left")
    assert axis.pen().color().lightness() > 120  # axis text readable on the dark chart

    window.set_theme("high_contrast")
    assert colour_of(window).name() == "#000000"
    assert colour_of(window, QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert window.dashboard.trend.backgroundBrush().color().name() == "#000000"

    window.set_theme("light")
    assert colour_of(window).lightness() > 200
    assert window.dashboard.trend.backgroundBrush().color().lightness() > 200


def test_system_theme_follows_the_platforms_colour_scheme(window, back_to_english):
    window.settings.set("ui.theme", "system")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current == "dark" and colour_of(window).lightness() < 60
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current == "light" and colour_of(window).lightness() > 200
    window.settings.set("ui.theme", "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # an explicit choice stays
    assert theme.current == "light"


def test_text_sizes_follow_the_system_font(window, back_to_english):
    app = QApplication.instance()
    original = app.font()
    try:
        sizes = []
        for points in (9.0, 14.0):
            font = app.font()
            font.setPointSizeF(points)
            app.setFont(font)
            window.set_theme("light")
            window.show_view("plans")
            title = next(
                w for w in window.plans.findChildren(QLabel) if w.objectName() == "PaneTitle"
            )
            title.ensurePolished()
            sizes.append(title.font().pointSizeF())
        assert sizes[1] > sizes[0] * 1.4, sizes
    finally:
        app.setFont(original)
