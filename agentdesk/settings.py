"""Every setting, declared once: name, type, default and a description.

The settings dialog, validation and `agentdesk` defaults all read this table. Values the
user changes are stored as JSON in the config folder; secrets never live here (keyring).
"""

from __future__ import annotations

import json
import logging
import math
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
    kind: str = ""  # "zone": an IANA time zone; "url": a web address


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a description for translation (the UI translates it; this layer has no Qt)."""
    return text


# SLA first-response targets in minutes, by channel; "urgent" halves them, "high" takes 3/4.
_SLA = {"phone": 15, "chat": 10, "social": 120, "email": 480, "portal": 720}
_SLA_TEXT = {
    "phone": QT_TRANSLATE_NOOP("Settings", "First-response target for phone tickets, in minutes."),
    "chat": QT_TRANSLATE_NOOP("Settings", "First-response target for chats, in minutes."),
    "social": QT_TRANSLATE_NOOP(
        "Settings", "First-response target for social media messages, in minutes."
    ),
    "email": QT_TRANSLATE_NOOP("Settings", "First-response target for e-mails, in minutes."),
    "portal": QT_TRANSLATE_NOOP(
        "Settings", "First-response target for tickets from the web portal, in minutes."
    ),
}
# The shop's own survey, as its customers read it, in each language.
_SURVEY = {
    "en": (
        "How satisfied are you with the help you got?",
        "1 = very dissatisfied, 5 = very satisfied",
        "How likely are you to recommend us to a friend?",
    ),
    "da": (
        "Hvor tilfreds er du med den hjælp, du fik?",
        "1 = meget utilfreds, 5 = meget tilfreds",
        "Hvor sandsynligt er det, at du vil anbefale os til en ven?",
    ),
    "ar": (
        "ما مدى رضاك عن المساعدة التي حصلت عليها؟",
        "١ = غير راضٍ إطلاقًا، ٥ = راضٍ جدًا",
        "ما مدى احتمال أن توصي بنا لصديق؟",
    ),
    "id": (
        "Seberapa puas Anda dengan bantuan yang Anda terima?",
        "1 = sangat tidak puas, 5 = sangat puas",
        "Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman?",
    ),
    "vi": (
        "Anh/chị hài lòng đến mức nào với sự hỗ trợ vừa nhận được?",
        "1 = rất không hài lòng, 5 = rất hài lòng",
        "Khả năng anh/chị giới thiệu chúng tôi cho bạn bè là bao nhiêu?",
    ),
}
_SURVEY_TEXT = (
    QT_TRANSLATE_NOOP("Settings", "CSAT question, as customers read it in this language."),
    QT_TRANSLATE_NOOP("Settings", "What the CSAT scale's ends mean, in this language."),
    QT_TRANSLATE_NOOP("Settings", "NPS question (0-10), as customers read it in this language."),
)

DECLARED: tuple[Setting, ...] = (
    Setting(
        "ui.language",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Interface language (empty: follow the system)."),
        choices=("", "en", "da", "ar", "id", "vi"),
    ),
    Setting(
        "ui.theme",
        str,
        "system",
        QT_TRANSLATE_NOOP(
            "Settings", "Colour theme (system: follow the system's light or dark mode)."
        ),
        choices=("system", "light", "dark", "high_contrast"),
    ),
    Setting(
        "agent.current_id",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "The agent using this desktop (their queue is 'Mine')."),
    ),
    *(
        Setting(
            f"sla.{channel}_minutes",
            int,
            minutes,
            _SLA_TEXT[channel],
            minimum=1,
            maximum=60 * 24 * 14,
        )
        for channel, minutes in _SLA.items()
    ),
    Setting(
        "sla.warn_fraction",
        float,
        0.75,
        QT_TRANSLATE_NOOP("Settings", "Share of the SLA time after which the timer turns amber."),
        minimum=0.1,
        maximum=0.99,
    ),
    Setting(
        "kpi.time_zone",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings",
            "IANA time zone the dashboard counts days in, such as Europe/Copenhagen "
            "(empty: this computer's).",
        ),
        kind="zone",
    ),
    *(
        Setting(f"survey.{part}.{lang}", str, text, description)
        for lang, texts in _SURVEY.items()
        for part, text, description in zip(
            ("csat_question", "csat_scale", "nps_question"), texts, _SURVEY_TEXT, strict=True
        )
    ),
    Setting(
        "proactive.late_grace_hours",
        float,
        6.0,
        QT_TRANSLATE_NOOP(
            "Settings", "Hours after the promised time before a parcel counts as late."
        ),
        minimum=0,
        maximum=240,
    ),
    Setting(
        "proactive.stale_days",
        float,
        3.0,
        QT_TRANSLATE_NOOP(
            "Settings", "Days without a carrier scan before a parcel counts as stuck."
        ),
        minimum=0.5,
        maximum=60,
    ),
    Setting(
        "proactive.carrier_stale_days",
        str,
        "DAO=4, Egypt Post=5, VNPost=5",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Carriers that scan less often, with their own days without a scan, "
            "such as DAO=4, Egypt Post=5.",
        ),
        kind="carrier_days",
    ),
    Setting(
        "proactive.horizon_days",
        int,
        30,
        QT_TRANSLATE_NOOP(
            "Settings", "How far back the proactive queue looks for parcels, in days."
        ),
        minimum=3,
        maximum=365,
    ),
    Setting(
        "proactive.high_spender_eur",
        float,
        1500.0,
        QT_TRANSLATE_NOOP(
            "Settings",
            "Lifetime spend (in euros, roughly) from which a customer counts as a high spender.",
        ),
        minimum=0,
        maximum=1_000_000,
    ),
    *(
        Setting(
            f"training.weight_{criterion}",
            int,
            weight,
            description,
            minimum=0,
            maximum=100,
        )
        for criterion, weight, description in (
            (
                "acknowledge",
                15,
                QT_TRANSLATE_NOOP("Settings", "Training: weight of acknowledging the problem."),
            ),
            ("empathy", 15, QT_TRANSLATE_NOOP("Settings", "Training: weight of empathy wording.")),
            (
                "ownership",
                20,
                QT_TRANSLATE_NOOP("Settings", "Training: weight of taking ownership (I will…)."),
            ),
            (
                "next_step",
                20,
                QT_TRANSLATE_NOOP(
                    "Settings", "Training: weight of a concrete next step with a time."
                ),
            ),
            (
                "personalization",
                15,
                QT_TRANSLATE_NOOP(
                    "Settings", "Training: weight of using the customer's name and order."
                ),
            ),
            (
                "tone",
                10,
                QT_TRANSLATE_NOOP(
                    "Settings", "Training: weight of a kind tone (no blame, no jargon)."
                ),
            ),
            (
                "clarity",
                5,
                QT_TRANSLATE_NOOP(
                    "Settings", "Training: weight of a clear answer of the right length."
                ),
            ),
            (
                "response_time",
                10,
                QT_TRANSLATE_NOOP(
                    "Settings", "Training: weight of answering quickly in a live role-play."
                ),
            ),
        )
    ),
    Setting(
        "shop.help_url",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Address of the shop's help centre; articles link to <address>/<language>/<article>.",
        ),
        kind="url",
    ),
    Setting(
        "sync.interval_s",
        int,
        60,
        QT_TRANSLATE_NOOP("Settings", "Seconds between background syncs."),
        minimum=5,
        maximum=86400,
    ),
    Setting(
        "sync.backend",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "The shop back end to sync with (empty: work offline)."),
        choices=("", "vendure", "shopify", "woocommerce"),
    ),
    Setting(
        "sync.url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Address of the shop's API (https://…)."),
        kind="url",
    ),
    Setting(
        "sync.ca_file",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings",
            "For this shop only: a certificate authority file (PEM) to trust instead of the "
            "public ones, for a shop with its own or a self-signed certificate (empty: the "
            "public authorities). Each connection logs a warning while it is set.",
        ),
        kind="file",
    ),
    Setting(
        "sync.sweep_minutes",
        int,
        60,
        QT_TRANSLATE_NOOP(
            "Settings",
            "Minutes between full passes that find records deleted in the shop and notes "
            "written there.",
        ),
        minimum=5,
        maximum=10080,
    ),
    Setting(
        "sync.promise_days",
        int,
        3,
        QT_TRANSLATE_NOOP(
            "Settings",
            "Days from shipping to the promised delivery, for shops that do not say.",
        ),
        minimum=0,
        maximum=60,
    ),
    Setting(
        "sync.hub_dsn",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "Settings",
            "The team hub (PostgreSQL) this desktop shares tickets and notes through: "
            "host, port, database and your database user (the password is in the keyring). "
            "Empty: no hub.",
        ),
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
    if isinstance(value, float) and not math.isfinite(value):  # NaN passes every bound
        raise SettingsError(f"{name} must be a number.")
    if setting.choices is not None and value not in setting.choices:
        raise SettingsError(f"{name} must be one of {', '.join(map(str, setting.choices))}.")
    if setting.minimum is not None and value < setting.minimum:
        raise SettingsError(f"{name} must be at least {setting.minimum}.")
    if setting.maximum is not None and value > setting.maximum:
        raise SettingsError(f"{name} must be at most {setting.maximum}.")
    if setting.kind == "zone" and value:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingsError(
                f"{value} is not a time zone; use a name such as Europe/Copenhagen."
            ) from None
    if setting.kind == "carrier_days":
        from agentdesk.core.proactive import ThresholdError, parse_carrier_days

        try:
            parse_carrier_days(value)
        except ThresholdError as exc:
            raise SettingsError(str(exc)) from None
    if setting.kind == "file" and value and not Path(value).expanduser().is_file():
        raise SettingsError(f"There is no file {value}.")
    if setting.kind == "url" and value and not value.startswith(("https://", "http://")):
        raise SettingsError(f"{value} is not a web address; it starts with https://.")
    return value


class Settings:
    """Declared defaults overlaid with the user's saved values. A file that cannot be read
    and values that are not valid are ignored (the defaults stand), each with a warning in
    the log and in ``ignored``."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:  # one written by an older version or by hand: the owner's only from now on
            if self.path.stat().st_mode & 0o077:
                os.chmod(self.path, 0o600)
        except OSError:
            pass
        self.ignored: list[str] = []
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError, RecursionError) as exc:  # garbage, cut off, not UTF-8
            raw = {}
            self._ignore(
                f"{self.path} is not a settings file ({type(exc).__name__}); the defaults are used."
            )
        if not isinstance(raw, dict):
            self._ignore(f"{self.path} holds no settings; the defaults are used.")
            raw = {}
        for name, value in raw.items():
            try:
                self._values[name] = validate(name, value)
            except SettingsError as exc:
                self._ignore(f"{exc} The saved value is ignored.")

    def _ignore(self, why: str) -> None:
        why = "".join(ch if ch.isprintable() else " " for ch in why)  # it may quote the file
        why = why if len(why) <= 300 else why[:299] + "…"
        self.ignored.append(why)
        logging.getLogger(__name__).warning("%s", why)

    def get(self, name: str) -> Any:
        if name not in BY_NAME:
            raise SettingsError(f"There is no setting called {name}.")
        return self._values.get(name, BY_NAME[name].default)

    def set(self, name: str, value: Any) -> None:
        self._values[name] = validate(name, value)
        self.save()

    def save(self) -> None:
        """Written whole and swapped in; the file and its folder are the owner's only."""
        from agentdesk.paths import open_private

        tmp = self.path.with_suffix(".tmp")
        with open_private(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(self._values, indent=2, sort_keys=True))
        os.replace(tmp, self.path)

    def proactive_thresholds(self) -> Any:
        """The at-risk rules' thresholds, as core.proactive.Thresholds."""
        from agentdesk.core.proactive import Thresholds, parse_carrier_days

        return Thresholds(
            late_grace_hours=self.get("proactive.late_grace_hours"),
            stale_days=self.get("proactive.stale_days"),
            per_carrier_stale_days=parse_carrier_days(self.get("proactive.carrier_stale_days")),
            high_spender_eur=self.get("proactive.high_spender_eur"),
        )

    def sla_minutes(self, channel: str, priority: str = "normal") -> float:
        return _scaled(float(self.get(f"sla.{channel}_minutes")), priority)


def _scaled(minutes: float, priority: str) -> float:
    return minutes * {"urgent": 0.5, "high": 0.75}.get(priority, 1.0)


def default_sla_minutes(channel: str, priority: str = "normal") -> float:
    return _scaled(float(_SLA[channel]), priority)
