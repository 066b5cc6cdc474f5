"""Canned-response placeholders: what they are called and how they are filled.

A template says `{first_name}`, `{order_number}` and so on. `fill` replaces each known
placeholder that has a value; one without a value stays in the text as it was written, so the
agent sees exactly what is left to fill before sending. Unknown braces are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS: tuple[str, ...] = (
    "first_name",
    "customer_name",
    "order_number",
    "carrier",
    "tracking_number",
    "tracking_link",
    "promised_date",
    "agent_name",
)
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # placeholders left in the text, in order of appearance


def placeholders_in(template: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for name in _FIELD.findall(template):
        if name in PLACEHOLDERS:
            seen.setdefault(name)
    return tuple(seen)


def fill(template: str, values: Mapping[str, str | None]) -> Filled:
    missing: dict[str, None] = {}

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        value = values.get(name)
        if not value:
            missing.setdefault(name)
            return match.group(0)
        return value

    return Filled(_FIELD.sub(one, template), tuple(missing))


def first_name(full_name: str, language: str | None) -> str:
    """The name a support agent greets the customer by.

    Vietnamese names are written family name first and people are addressed by the given
    name, the last word ("Nguyễn Thị Hạnh" -> "Hạnh"); elsewhere the first word.
    """
    words = full_name.split()
    if not words:
        return ""
    return words[-1] if (language or "").startswith("vi") else words[0]
