"""Every setting, declared once: name, type, default and a description.

The settings dialog, validation and `agentdesk` defaults all read this table. Values the
user changes are stored as JSON in the config folder; secrets never live here (keyring).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agentdesk.paths import config_dir


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None


# SLA first-response targets in minutes, by channel; "urgent" halves them, "high" takes 3/4.
_SLA = {"phone": 15, "chat": 10, "social": 120, "email": 480, "portal": 720}

DECLARED: tuple[Setting, ...] = (
    Setting(
        "ui.language",
        str,
        "",
        "Interface language (empty: follow the system).",
        choices=("", "en", "da", "ar", "id", "vi"),
    ),
    Setting("ui.theme", str, "system", "Colour theme.", choices=("system", "light", "dark")),
    Setting("agent.current_id", str, "", "The agent using this desktop (queue 'Mine')."),
    *(
        Setting(
            f"sla.{channel}_minutes",
            int,
            minutes,
            f"First-response target for {channel} tickets, in minutes.",
            minimum=1,
            maximum=60 * 24 * 14,
        )
        for channel, minutes in _SLA.items()
    ),
    Setting(
        "sla.warn_fraction",
        float,
        0.75,
        "Share of the SLA time after which the timer turns amber.",
        minimum=0.1,
        maximum=0.99,
    ),
    Setting(
        "shop.help_url",
        str,
        "",
        "Address of the shop's help centre; articles link to <address>/<language>/<article>.",
    ),
    Setting(
        "sync.interval_s", int, 60, "Seconds between background syncs.", minimum=5, maximum=86400
    ),
)
BY_NAME = {s.name: s for s in DECLARED}


class SettingsError(ValueError):
    pass


def validate(name: str, value: Any) -> Any:
    setting = BY_NAME.get(name)
    if setting is None:
        raise SettingsError(f"There is no setting called {name}.")
    if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, setting.type) or isinstance(value, bool) != (setting.type is bool):
        raise SettingsError(f"{name} must be a {setting.type.__name__}.")
    if setting.choices is not None and value not in setting.choices:
        raise SettingsError(f"{name} must be one of {', '.join(map(str, setting.choices))}.")
    if setting.minimum is not None and value < setting.minimum:
        raise SettingsError(f"{name} must be at least {setting.minimum}.")
    if setting.maximum is not None and value > setting.maximum:
        raise SettingsError(f"{name} must be at most {setting.maximum}.")
    return value


class Settings:
    """Declared defaults overlaid with the user's saved values (bad saved values are ignored)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if isinstance(raw, dict):
            for name, value in raw.items():
                try:
                    self._values[name] = validate(name, value)
                except SettingsError:
                    continue

    def get(self, name: str) -> Any:
        if name not in BY_NAME:
            raise SettingsError(f"There is no setting called {name}.")
        return self._values.get(name, BY_NAME[name].default)

    def set(self, name: str, value: Any) -> None:
        self._values[name] = validate(name, value)
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def sla_minutes(self, channel: str, priority: str = "normal") -> float:
        return _scaled(float(self.get(f"sla.{channel}_minutes")), priority)


def _scaled(minutes: float, priority: str) -> float:
    return minutes * {"urgent": 0.5, "high": 0.75}.get(priority, 1.0)


def default_sla_minutes(channel: str, priority: str = "normal") -> float:
    return _scaled(float(_SLA[channel]), priority)
