"""RFC 3339 timestamps: parsed strictly, stored as UTC 'YYYY-MM-DDTHH:MM:SSZ'."""

from __future__ import annotations

from datetime import UTC, datetime


class TimestampError(ValueError):
    pass


def parse_rfc3339(value: str) -> datetime:
    """An aware datetime from an RFC 3339 string; the offset is required."""
    if not isinstance(value, str) or len(value) < 19 or len(value) > 40:
        raise TimestampError(f"{value!r} is not an RFC 3339 timestamp")
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        parsed = datetime.fromisoformat(text.replace("t", "T", 1))
    except ValueError as exc:
        raise TimestampError(f"{value!r} is not an RFC 3339 timestamp") from exc
    if parsed.tzinfo is None:
        raise TimestampError(f"{value!r} has no time zone offset")
    return parsed


def seconds_text(utc: datetime) -> str:
    """'YYYY-MM-DDTHH:MM:SS' of a datetime as it is. Formatted by hand: strftime imports
    the time module on every call, which goes through Python-level import hooks where Qt
    is loaded, and this runs for every row a sync writes."""
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    )


def to_utc_text(moment: datetime) -> str:
    """The storage form: UTC, whole seconds kept, 'Z' suffix (sorts as text)."""
    utc = moment.astimezone(UTC)
    if utc.microsecond:
        return f"{seconds_text(utc)}.{utc.microsecond:06d}Z"
    return f"{seconds_text(utc)}Z"


def normalise(value: str) -> str:
    return to_utc_text(parse_rfc3339(value))


def now_utc_text() -> str:
    return to_utc_text(datetime.now(UTC).replace(microsecond=0))
