"""The console's icons: small SVGs shipped in resources/icons, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from agentdesk.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def channel(code: str) -> QIcon:
    return icon(f"channel-{code}")
