"""KPI maths (DESIGN §6), Qt- and SQL-free: periods in a time zone, medians, rates.

Periods are local calendar dates: `A..B` covers A 00:00 up to, not including, (B + 1 day)
00:00 in the zone, so a day may last 23 or 25 hours. Durations are true elapsed seconds.
Rates are percentages rounded half-up to one decimal; a KPI with nothing to count is None.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KPI_KEYS: tuple[str, ...] = (
    "tickets_created",
    "tickets_solved",
    "first_response_median_s",
    "resolution_median_s",
    "one_touch_pct",
    "repeat_contact_pct",
    "csat_pct",
    "nps",
    "busiest_hours",
    "top_categories",
    "csat_responses",
    "nps_responses",
)
REPEAT_WINDOW = timedelta(hours=168)


class PeriodError(ValueError):
    pass


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PeriodError(
            f"{name!r} is not a time zone; use an IANA name such as Europe/Copenhagen."
        ) from None


@dataclass(frozen=True)
class Period:
    first: date
    last: date
    tz: ZoneInfo
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC, exclusive

    @property
    def start_key(self) -> str:
        return bound_text(self.start)

    @property
    def end_key(self) -> str:
        return bound_text(self.end)

    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one (for "change" figures)."""
        length = timedelta(days=self.days())
        return period(self.first - length, self.first - timedelta(days=1), self.tz.key)


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of `day` in `tz`, in UTC. Where clocks jump over midnight, the
    missing 00:00 is read with the old offset, which is the instant of the jump: the day's
    real first moment."""
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def period(first: date, last: date, tz_name: str = "UTC") -> Period:
    if last < first:
        raise PeriodError(f"The period ends ({last}) before it starts ({first}).")
    if (last - first).days > 366 * 20:
        raise PeriodError("A period can cover at most twenty years.")
    tz = zone(tz_name)
    return Period(
        first, last, tz, local_midnight(first, tz), local_midnight(last + timedelta(days=1), tz)
    )


def bound_text(moment: datetime) -> str:
    """A UTC instant as 'YYYY-MM-DDTHH:MM:SS' (no 'Z'): compared as text against stored
    'YYYY-MM-DDTHH:MM:SS[.ffffff]Z' values, it puts every stored instant on the right side,
    fractions of a second included."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def sort_text(moment: datetime) -> str:
    """An instant the way stored timestamps read once their 'Z' is stripped, so that text
    order is time order to the microsecond."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%f" if utc.microsecond else "%Y-%m-%dT%H:%M:%S")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def seconds_between(start: str, end: str) -> float:
    return (parse_utc(end) - parse_utc(start)).total_seconds()


def median(values: Sequence[float]) -> float | int | None:
    """The middle value; an even count averages the two middle ones."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return _number(Fraction(ordered[mid]))
    return _number((Fraction(ordered[mid - 1]) + Fraction(ordered[mid])) / 2)


def _number(value: Fraction) -> float | int:
    if value.denominator == 1:
        return int(value)
    return float(value)


def _round1(value: Fraction) -> float:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def pct(part: int, whole: int) -> float | None:
    """`part` of `whole` as a percentage with one decimal (half up); None when whole is 0."""
    if whole <= 0:
        return None
    return _round1(Fraction(100 * part, whole))


def nps(scores: Iterable[int]) -> float | None:
    """% of promoters (9-10) minus % of detractors (0-6), one decimal."""
    values = list(scores)
    if not values:
        return None
    promoters = sum(1 for s in values if s >= 9)
    detractors = sum(1 for s in values if s <= 6)
    return _round1(Fraction(100 * (promoters - detractors), len(values)))


def local_slot(moment: datetime, tz: ZoneInfo) -> tuple[int, int]:
    """(weekday Monday=0, hour) of an instant on the local clock."""
    local = moment.astimezone(tz)
    return local.weekday(), local.hour


def empty_hours() -> list[list[int]]:
    return [[0] * 24 for _ in range(7)]


def top(counts: dict[str, int]) -> list[list[str | int]]:
    """[[category, count], ...]: count descending, then name ascending."""
    return [[k, v] for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
