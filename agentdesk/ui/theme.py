"""Light, dark and high-contrast palettes, defined once. Colour carries meaning only with
text beside it.

`apply(app, choice)` resolves the `ui.theme` setting ("system" follows the platform's
colour scheme and its contrast preference), fills `COLORS` in place (views read it when
they build) and sets the Qt palette and the style sheet. Font sizes in the style sheet are
relative to the application font, so text follows the system's font size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "window": "#f6f7f9",
    "base": "#ffffff",
    "alt": "#f1f3f6",
    "button": "#eef0f4",
    "text": "#1d2430",
    "muted": "#5d6778",
    "accent": "#2f6fde",
    "on_accent": "#ffffff",
    "focus": "#2f6fde",
    "rail": "#1f2a3a",
    "rail_text": "#d7deea",
    "rail_hover": "#2c3a50",
    "rail_focus": "#ffffff",
    "border": "#d9dee6",
    "ok": "#1d7a46",
    "warn": "#b26a00",
    "bad": "#c0342b",
    "ok_bg": "#e3f4ea",
    "warn_bg": "#fff1d6",
    "bad_bg": "#fde4e1",
    "internal_bg": "#fff8db",
    "agent_bg": "#e8f0fe",
    "customer_bg": "#f1f3f6",
}
DARK = {
    "window": "#1b1f26",
    "base": "#232831",
    "alt": "#2b313b",
    "button": "#2f3540",
    "text": "#e6e9ef",
    "muted": "#a7b0bf",
    "accent": "#6ea1ff",
    "on_accent": "#0b1220",
    "focus": "#8fb6ff",
    "rail": "#12161c",
    "rail_text": "#d7deea",
    "rail_hover": "#252d3a",
    "rail_focus": "#ffffff",
    "border": "#3d4552",
    "ok": "#5cc98a",
    "warn": "#f0b45a",
    "bad": "#ff7b72",
    "ok_bg": "#1e3a2b",
    "warn_bg": "#3e3120",
    "bad_bg": "#47231f",
    "internal_bg": "#3b3620",
    "agent_bg": "#213250",
    "customer_bg": "#2b313b",
}
HIGH_CONTRAST = {
    "window": "#000000",
    "base": "#000000",
    "alt": "#141414",
    "button": "#000000",
    "text": "#ffffff",
    "muted": "#e6e6e6",
    "accent": "#ffd400",
    "on_accent": "#000000",
    "focus": "#00e5ff",
    "rail": "#000000",
    "rail_text": "#ffffff",
    "rail_hover": "#333333",
    "rail_focus": "#00e5ff",
    "border": "#ffffff",
    "ok": "#7dff9b",
    "warn": "#ffd400",
    "bad": "#ff8080",
    "ok_bg": "#00320f",
    "warn_bg": "#332a00",
    "bad_bg": "#3d0000",
    "internal_bg": "#2e2900",
    "agent_bg": "#001a40",
    "customer_bg": "#141414",
}
THEMES = {"light": LIGHT, "dark": DARK, "high_contrast": HIGH_CONTRAST}
COLORS = dict(LIGHT)
current = "light"


def resolve(choice: str, scheme: Qt.ColorScheme | None = None) -> str:
    """The theme a `ui.theme` value stands for; "system" asks the platform (or takes the
    colour scheme it just announced)."""
    if choice in THEMES:
        return choice
    hints = QGuiApplication.styleHints()
    contrast = getattr(hints, "accessibility", None)  # Qt 6.10: the contrast preference
    if contrast is not None:
        preference = contrast().contrastPreference()
        if preference == Qt.ContrastPreference.HighContrast:
            return "high_contrast"
    scheme = hints.colorScheme() if scheme is None else scheme
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def palette(c: dict[str, str]) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "window"),
        (roles.WindowText, "text"),
        (roles.Base, "base"),
        (roles.AlternateBase, "alt"),
        (roles.Text, "text"),
        (roles.Button, "button"),
        (roles.ButtonText, "text"),
        (roles.ToolTipBase, "base"),
        (roles.ToolTipText, "text"),
        (roles.Highlight, "accent"),
        (roles.HighlightedText, "on_accent"),
        (roles.PlaceholderText, "muted"),
        (roles.Link, "accent"),
        (roles.LinkVisited, "accent"),
        (roles.BrightText, "bad"),
    ):
        pal.setColor(role, QColor(c[key]))
    window = QColor(c["window"])
    dark = window.lightness() < 128
    pal.setColor(roles.Light, window.lighter(160 if dark else 120))
    pal.setColor(roles.Midlight, window.lighter(130 if dark else 110))
    pal.setColor(roles.Mid, QColor(c["border"]))
    pal.setColor(roles.Dark, window.darker(160 if dark else 140))
    pal.setColor(roles.Shadow, QColor("#000000"))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    return pal


def apply(app: QApplication, choice: str = "light", scheme: Qt.ColorScheme | None = None) -> str:
    """Apply a theme ("system", "light", "dark" or "high_contrast"); returns the one used."""
    global current
    current = resolve(choice, scheme)
    COLORS.clear()
    COLORS.update(THEMES[current])
    app.setStyle("Fusion")
    c = COLORS
    app.setPalette(palette(c))
    base = app.font().pointSizeF()
    if base <= 0:  # a font set in pixels: Qt reports -1
        base = 10.0
    pt = {"title": base * 1.5, "value": base * 2.0, "empty": base * 1.2}
    thick = 3 if current == "high_contrast" else 2
    app.setStyleSheet(
        f"""
        #NavRail {{ background: {c["rail"]}; border: none; }}
        #NavRail QToolButton {{ color: {c["rail_text"]}; background: transparent;
            border: {thick}px solid transparent; padding: 8px 4px; margin: 2px 4px;
            border-radius: 6px; font-weight: 600; }}
        #NavRail QToolButton:checked {{ background: {c["accent"]}; color: {c["on_accent"]}; }}
        #NavRail QToolButton:hover:!checked {{ background: {c["rail_hover"]}; }}
        #NavRail QToolButton:focus {{ border: {thick}px solid {c["rail_focus"]}; }}
        #Brand {{ color: {c["rail_text"]}; font-weight: 700; padding: 12px 4px; }}
        QTableView {{ gridline-color: transparent; border: 1px solid {c["border"]};
            selection-background-color: {c["accent"]}; selection-color: {c["on_accent"]}; }}
        QTableView:focus, QListWidget:focus, QTreeView:focus, QTextEdit:focus,
        QPlainTextEdit:focus, QTextBrowser:focus {{ border: {thick}px solid {c["focus"]}; }}
        QHeaderView::section {{ background: {c["alt"]}; border: none;
            border-bottom: 1px solid {c["border"]}; padding: 4px 6px; color: {c["muted"]};
            font-weight: 600; }}
        #PaneTitle {{ font-size: {pt["title"]:.1f}pt; font-weight: 700; }}
        #Muted {{ color: {c["muted"]}; }}
        #TileValue {{ font-size: {pt["value"]:.1f}pt; font-weight: 700; }}
        #Error {{ color: {c["bad"]}; }}
        #Card {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 8px; }}
        #Card:focus {{ border: {thick}px solid {c["focus"]}; }}
        #Empty {{ color: {c["muted"]}; font-size: {pt["empty"]:.1f}pt; }}
        QStatusBar {{ background: {c["alt"]}; border-top: 1px solid {c["border"]}; }}
        QTabBar::tab {{ padding: 5px 9px; }}
        QTabBar::tab:focus {{ border: {thick}px solid {c["focus"]}; }}
        QListWidget {{ border: 1px solid {c["border"]}; }}
        QListWidget::item {{ padding: 6px 8px; border-bottom: 1px solid {c["border"]}; }}
        QListWidget::item:selected {{ background: {c["accent"]}; color: {c["on_accent"]}; }}
        QToolTip {{ color: {c["text"]}; background: {c["base"]}; border: 1px solid {c["border"]}; }}
    """
        + (_HIGH_CONTRAST_FRAMES.format(**c) if current == "high_contrast" else "")
        + (_CHECK_BOXES.format(**c) if current != "light" else "")
    )
    return current


# Fusion draws frames a shade off the window colour, which is nothing on black: every
# field, button and box gets a white frame instead.
_HIGH_CONTRAST_FRAMES = """
    QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QPushButton,
    QListWidget, QTableView, QTreeView {{ border: 1px solid {border}; padding: 2px 4px; }}
    QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
    QComboBox:focus, QPushButton:focus, QListWidget:focus, QTableView:focus,
    QTreeView:focus {{ border: 3px solid {focus}; }}
    QPushButton:disabled, QComboBox:disabled {{ color: {muted}; border-style: dashed; }}
    QCheckBox:focus {{ border: 3px solid {focus}; }}
    QToolButton {{ border: 1px solid {border}; }}
    QTabBar::tab {{ border: 1px solid {border}; }}
    QTabBar::tab:selected {{ background: {accent}; color: {on_accent}; }}
"""
# Fusion frames a check box a shade darker than the window: lost on a dark one.
_CHECK_BOXES = """
    QCheckBox::indicator {{ width: 12px; height: 12px; border: 1px solid {muted};
        border-radius: 2px; background: {base}; }}
    QCheckBox::indicator:checked {{ background: {accent}; border-color: {accent}; }}
"""


def alpha(colour: str, opacity: int) -> QColor:
    """A palette colour with an alpha (0-255), for tints behind text."""
    c = QColor(colour)
    c.setAlpha(opacity)
    return c
