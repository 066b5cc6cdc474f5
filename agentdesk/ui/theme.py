"""Light and dark palettes, defined once. Colour carries meaning only with text beside it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

LIGHT = {
    "window": "#f6f7f9",
    "base": "#ffffff",
    "alt": "#f1f3f6",
    "text": "#1d2430",
    "muted": "#5d6778",
    "accent": "#2f6fde",
    "rail": "#1f2a3a",
    "rail_text": "#d7deea",
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
COLORS = dict(LIGHT)


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    c = COLORS
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(c["window"]))
    pal.setColor(QPalette.ColorRole.Base, QColor(c["base"]))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor(c["alt"]))
    pal.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(c["accent"]))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(c["muted"]))
    app.setPalette(pal)
    app.setStyleSheet(f"""
        #NavRail {{ background: {c["rail"]}; border: none; }}
        #NavRail QToolButton {{ color: {c["rail_text"]}; background: transparent; border: none;
            padding: 10px 6px; margin: 2px 4px; border-radius: 6px; font-weight: 600; }}
        #NavRail QToolButton:checked {{ background: {c["accent"]}; color: white; }}
        #NavRail QToolButton:hover:!checked {{ background: #2c3a50; }}
        #NavRail QToolButton:focus {{ outline: 2px solid {c["accent"]}; }}
        #Brand {{ color: white; font-weight: 700; padding: 12px 4px; }}
        QTableView {{ gridline-color: transparent; border: 1px solid {c["border"]};
            selection-background-color: {c["accent"]}; }}
        QHeaderView::section {{ background: {c["alt"]}; border: none;
            border-bottom: 1px solid {c["border"]}; padding: 4px 6px; color: {c["muted"]};
            font-weight: 600; }}
        #PaneTitle {{ font-size: 15pt; font-weight: 700; }}
        #Muted {{ color: {c["muted"]}; }}
        #TileValue {{ font-size: 20pt; font-weight: 700; }}
        #Error {{ color: {c["bad"]}; }}
        #Card:focus {{ border: 2px solid {c["accent"]}; }}
        #Card {{ background: {c["base"]}; border: 1px solid {c["border"]}; border-radius: 8px; }}
        #Empty {{ color: {c["muted"]}; font-size: 12pt; }}
        QStatusBar {{ background: {c["alt"]}; border-top: 1px solid {c["border"]}; }}
        QTabBar::tab {{ padding: 5px 9px; }}
        QListWidget {{ border: 1px solid {c["border"]}; }}
        QListWidget::item {{ padding: 6px 8px; border-bottom: 1px solid {c["border"]}; }}
        QListWidget::item:selected {{ background: {c["accent"]}; color: white; }}
    """)


def alpha(colour: str, opacity: int) -> QColor:
    """A palette colour with an alpha (0-255), for tints behind text."""
    c = QColor(colour)
    c.setAlpha(opacity)
    return c
