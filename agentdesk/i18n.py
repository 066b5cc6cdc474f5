"""Languages AgentDesk ships, and which one to use. Qt translators load in agentdesk.ui."""

from __future__ import annotations

import locale
import os

LANGUAGES: dict[str, str] = {
    "en": "English",
    "da": "Dansk",
    "ar": "العربية",
    "id": "Bahasa Indonesia",
    "vi": "Tiếng Việt",
}
RTL = frozenset({"ar"})


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    try:
        code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    except ValueError:
        code = "en"
    return code if code in LANGUAGES else "en"


def choose(requested: str | None) -> str:
    """The language to use: the requested one if shipped, else the system's, else English."""
    if requested:
        code = requested.replace("-", "_").split("_")[0].lower()
        if code not in LANGUAGES:
            raise ValueError(
                f"AgentDesk does not speak {requested!r}; choose one of {', '.join(LANGUAGES)}."
            )
        return code
    return system_language()


def is_rtl(language: str) -> bool:
    return language in RTL
