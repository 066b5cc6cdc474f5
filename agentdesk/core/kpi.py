"""KPI maths (DESIGN §6), Qt- and SQL-free: periods in a time zone, medians, rates.

Periods are local calendar dates: `A..B` covers A 00:00 up to, not including, (B + 1 day)
00:00 in the zone, so a day may last 23 or 25 hours. Durations are true elapsed seconds.
Rates are percentages rounded half-up to one decimal; a KPI with nothing to count is None.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, NamedTuple
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


class Fact(NamedTuple):
    """One ticket's part in the KPIs of a period (a row of the kpi_ticket rollup)."""

    ticket_id: str
    created_day: int | None  # index of the local day it was created on, if in the period
    solved_day: int | None  # index of the local day it was solved on, if in the period
    channel: str
    assignee_id: str | None
    category: str
    origin: str
    first_response_s: float | None
    resolution_s: float | None
    touches: int
    repeat: bool

    @property
    def contact(self) -> bool:
        """Counts for first response and repeat contact: a customer wrote in."""
        return self.created_day is not None and self.origin == "customer"


class Tally:
    """Running sums behind the ticket KPIs; facts come and go one at a time."""

    def __init__(self) -> None:
        self.created = 0
        self.solved = 0
        self.first_response: list[float] = []  # kept sorted
        self.resolution: list[float] = []  # kept sorted
        self.one_touch = 0
        self.contacts = 0
        self.repeats = 0
        self.categories: Counter[str] = Counter()

    def add(self, f: Fact, sign: int = 1) -> None:
        if f.created_day is not None:
            self.created += sign
            self.categories[f.category] += sign
            if not self.categories[f.category]:
                del self.categories[f.category]
            if f.contact:
                self.contacts += sign
                self.repeats += sign * f.repeat
                if f.first_response_s is not None:
                    _sorted_change(self.first_response, f.first_response_s, sign)
        if f.solved_day is not None:
            self.solved += sign
            self.one_touch += sign * (f.touches == 1)
            if f.resolution_s is not None:
                _sorted_change(self.resolution, f.resolution_s, sign)


def _sorted_change(values: list[float], value: float, sign: int) -> None:
    if sign > 0:
        bisect.insort(values, value)
    else:
        del values[bisect.bisect_left(values, value)]


class KpiState:
    """Everything the KPIs of one period and filter need, updated fact by fact, so a new
    ticket costs a few list operations instead of a rescan."""

    def __init__(self, span: Period, filters: Any = None) -> None:
        self.period = span
        self.filters = filters  # what the store kept tickets by; opaque here
        self.facts: dict[str, Fact] = {}
        self.tally = Tally()
        self.daily = [Tally() for _ in range(span.days())]
        self.grid = empty_hours()
        self.csat: list[int] = []
        self.nps: list[int] = []
        self.watermarks: dict[str, int] = {}

    def put(self, ticket_id: str, fact: Fact | None) -> None:
        """Replace what this ticket contributes (None: it no longer counts)."""
        old = self.facts.pop(ticket_id, None)
        if old is not None:
            self._apply(old, -1)
        if fact is not None and (fact.created_day is not None or fact.solved_day is not None):
            self.facts[ticket_id] = fact
            self._apply(fact, 1)

    def _apply(self, f: Fact, sign: int) -> None:
        self.tally.add(f, sign)
        if f.created_day is not None:
            self.daily[f.created_day].add(f._replace(solved_day=None), sign)
        if f.solved_day is not None:
            self.daily[f.solved_day].add(f._replace(created_day=None), sign)

    def add_messages(self, slots: Iterable[tuple[int, int]]) -> None:
        for weekday, hour in slots:
            self.grid[weekday][hour] += 1

    def add_surveys(self, rows: Iterable[tuple[str, int]]) -> None:
        for kind, score in rows:
            (self.csat if kind == "csat" else self.nps).append(score)

    def result(self) -> dict[str, Any]:
        t = self.tally
        return {
            "tickets_created": t.created,
            "tickets_solved": t.solved,
            "first_response_median_s": median(t.first_response),
            "resolution_median_s": median(t.resolution),
            "one_touch_pct": pct(t.one_touch, t.solved),
            "repeat_contact_pct": pct(t.repeats, t.contacts),
            "csat_pct": pct(sum(1 for s in self.csat if s >= 4), len(self.csat)),
            "nps": nps(self.nps),
            "busiest_hours": [list(row) for row in self.grid],
            "top_categories": top(dict(t.categories)),
            "csat_responses": len(self.csat),
            "nps_responses": len(self.nps),
        }

    def series(self, key: str) -> list[float | int | None]:
        """One value a day over the period for a ticket KPI (for trends and sparklines)."""
        return [_tally_value(day, key) for day in self.daily]


def _tally_value(t: Tally, key: str) -> float | int | None:
    if key == "tickets_created":
        return t.created
    if key == "tickets_solved":
        return t.solved
    if key == "first_response_median_s":
        return median(t.first_response)
    if key == "resolution_median_s":
        return median(t.resolution)
    if key == "one_touch_pct":
        return pct(t.one_touch, t.solved)
    if key == "repeat_contact_pct":
        return pct(t.repeats, t.contacts)
    raise KeyError(key)


TICKET_SERIES = (
    "tickets_created",
    "tickets_solved",
    "first_response_median_s",
    "resolution_median_s",
    "one_touch_pct",
    "repeat_contact_pct",
)


def day_map(span: Period) -> tuple[int, dict[str, int]]:
    """(key width, {UTC text prefix: local day index}) for mapping stored timestamps to local
    days by a dict lookup: whole hours when the zone's offset stays in whole hours through
    the period, else minutes."""
    step, width = (timedelta(hours=1), 13) if whole_hours(span) else (timedelta(minutes=1), 16)
    out: dict[str, int] = {}
    moment = span.start
    while moment < span.end:
        local = moment.astimezone(span.tz).date()
        out[moment.strftime("%Y-%m-%dT%H:%M:%S")[:width]] = (local - span.first).days
        moment += step
    return width, out


def whole_hours(span: Period) -> bool:
    """Does the zone keep a whole-hour offset through the period?"""
    moment = span.start
    while moment <= span.end:
        offset = moment.astimezone(span.tz).utcoffset() or timedelta(0)
        if offset.total_seconds() % 3600:
            return False
        moment += timedelta(hours=6)
    return True
