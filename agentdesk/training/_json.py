"""Reading the shipped training files: JSON with one clear sentence when a file is broken."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

MAX_PROBLEMS_SHOWN = 5


def read_json(path: Path, kind: str, error: Callable[[str], ValueError]) -> object:
    """The parsed content of `path`; `error` gets one sentence naming the file on failure."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{kind} {path.name} does not exist (looked in {path.parent}).") from None
    except UnicodeDecodeError:
        raise error(f"{kind} {path.name} is not UTF-8 text.") from None
    except OSError as exc:
        raise error(f"{kind} {path.name} cannot be read: {exc.strerror or exc}.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(
            f"{kind} {path.name} is not valid JSON: {exc.msg} at line {exc.lineno}, "
            f"column {exc.colno}."
        ) from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number; "[[[[..." too deep
        why = (
            "it is nested too deeply" if isinstance(exc, RecursionError) else "a number is too long"
        )
        raise error(f"{kind} {path.name} is not valid JSON: {why}.") from None


def invalid(kind: str, name: str, problems: list[str]) -> str:
    """One sentence listing what is wrong with a file (the first few problems)."""
    # one line however the file names things (a key "\n", a 100k-character node id)
    shown = "; ".join(_oneline(p) for p in problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
    return f"{kind} {name} is invalid: {shown}{tail}."


def _oneline(text: str, limit: int = 160) -> str:
    flat = "".join(ch if ch.isprintable() else " " for ch in text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def unknown_keys(obj: Mapping[str, object], allowed: frozenset[str], where: str) -> list[str]:
    return [f"{where} has an unknown field '{key}'" for key in obj if key not in allowed]


def text_problem(value: object, where: str) -> str | None:
    """None when `value` is a non-empty string without surrounding spaces."""
    if not isinstance(value, str) or not value.strip():
        return f"{where} must be a non-empty text"
    if value != value.strip():
        return f"{where} has spaces at its start or end"
    return None
