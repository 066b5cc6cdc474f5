"""KPI maths (DESIGN §6), Qt- and SQL-free: periods in a time zone, medians, rates.

Periods are local calendar dates: `A..B` covers A 00:00 up to, not including, (B + 1 day)
00:00 in the zone, so a day may last 23 or 25 hours. Durations are true elapsed seconds.
Rates are percentages rounded half-up to one decimal; a KPI with nothing to count is None.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import numpy.typing as npt

# Durations are kept as sorted float64 arrays: a 90-day period of a big shop holds a few
# hundred thousand of them, which numpy sorts and merges ten times faster than lists, at a
# quarter of the memory.
Durations = npt.NDArray[np.float64]


def durations(values: Iterable[float] | bytes = ()) -> Durations:
    """Sorted durations from any values, or from packed little-endian doubles."""
    if isinstance(values, bytes):
        return np.sort(np.frombuffer(values, dtype="<f8")).astype(np.float64, copy=False)
    return np.sort(np.fromiter(values, dtype=np.float64))


def merged(parts: Sequence[Durations]) -> Durations:
    """The sorted union of several sorted duration arrays."""
    if not parts:
        return np.empty(0, dtype=np.float64)
    return np.sort(np.concatenate(parts))


HEADLINE_KEYS: tuple[str, ...] = (  # the eight figures a lead reads first, in order
    "tickets_created",
    "tickets_solved",
    "first_response_median_s",
    "resolution_median_s",
    "one_touch_pct",
    "repeat_contact_pct",
    "csat_pct",
    "nps",
)
KPI_KEYS: tuple[str, ...] = (
    *HEADLINE_KEYS,
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
    return median_sorted(sorted(values))


def _number(value: Fraction) -> float | int:
    if value.denominator == 1:
        return int(value)
    return float(value)


def _round1(value: Fraction) -> float:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return float(exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


@lru_cache(maxsize=1 << 16)  # the same day counts come back on every refresh
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


# A kpi_ticket row as the store reads it: created_at, solved_at, channel, assignee_id,
# category, origin, first_response_s, resolution_s, touches, repeat.
FactRow = tuple[str, str | None, str, str | None, str, str, float | None, float | None, int, int]


class DayTally:
    """The counts of one local day of the period."""

    __slots__ = ("categories", "contacts", "created", "one_touch", "proactive", "repeats", "solved")

    def __init__(self) -> None:
        self.created = 0
        self.solved = 0
        self.contacts = 0
        self.repeats = 0
        self.one_touch = 0
        self.proactive = 0  # created by the team before the customer wrote
        self.categories: Counter[str] = Counter()


MEDIAN_SERIES = ("first_response_median_s", "resolution_median_s")
# the duration list behind each median KPI
MEDIAN_VALUES = {"first_response_median_s": "first_response", "resolution_median_s": "resolution"}


class AgentTally:
    """One breakdown row's counts and sorted durations (the tickets of one assignee)."""

    __slots__ = (
        "contacts",
        "created",
        "csat",
        "csat_good",
        "first_response",
        "one_touch",
        "repeats",
        "resolution",
        "solved",
    )

    def __init__(self) -> None:
        self.created = 0
        self.contacts = 0
        self.repeats = 0
        self.solved = 0
        self.one_touch = 0
        self.csat = 0
        self.csat_good = 0
        self.first_response: Durations = durations()
        self.resolution: Durations = durations()

    def __bool__(self) -> bool:
        return bool(self.created or self.solved or self.csat)


TICKET_SERIES = (
    "tickets_created",
    "tickets_solved",
    *MEDIAN_SERIES,
    "one_touch_pct",
    "repeat_contact_pct",
)
SURVEY_SERIES = ("csat_pct", "nps")


class KpiState:
    """The KPIs of one period and filter, held as day counts and the sorted durations behind
    the medians, so that one changed ticket costs a few list operations, not a rescan."""

    def __init__(self, span: Period, filters: Any = None) -> None:
        self.period = span
        self.filters = filters  # what the store keeps tickets by; opaque here
        self.days = [DayTally() for _ in range(span.days())]
        self.first_response: Durations = durations()
        self.resolution: Durations = durations()
        self.grid = empty_hours()
        # per day: CSAT responses, CSAT of 4-5, NPS responses, promoters, detractors
        self.survey_days = [[0] * 5 for _ in range(span.days())]
        self.watermarks: dict[str, int] = {}
        # the same durations per local day (sorted), and a count of changes per day that
        # tells which cached day, week and month medians still hold
        self.day_values: dict[str, list[Durations]] = {
            name: [durations() for _ in range(span.days())] for name in MEDIAN_VALUES.values()
        }
        self.day_changes: dict[str, list[int]] = {
            name: [0] * span.days() for name in MEDIAN_VALUES.values()
        }
        self._medians: dict[tuple[str, int, int], tuple[tuple[int, ...], float | int | None]] = {}
        # per assignee (None: unassigned), filled by the store when a breakdown asks
        self.agents: dict[str | None, AgentTally] | None = None

    # --- changes ----------------------------------------------------------------------
    def day_of(self, text: str | None) -> int | None:
        """The period's day index of a stored timestamp, or None outside the period."""
        if text is None:
            return None
        moment = parse_utc(text if text.endswith("Z") else text + "Z")
        if not self.period.start <= moment < self.period.end:
            return None
        return (moment.astimezone(self.period.tz).date() - self.period.first).days

    def apply(self, row: FactRow, sign: int) -> None:
        """Add (sign 1) or take away (sign -1) one ticket's facts."""
        created_at, solved_at, _channel, agent, category, origin, frt, res, touches, rep = row
        created, solved = self.day_of(created_at), self.day_of(solved_at)
        who = None if self.agents is None else self.agents.setdefault(agent, AgentTally())
        if created is not None:
            day = self.days[created]
            day.created += sign
            day.categories[category] += sign
            if not day.categories[category]:
                del day.categories[category]
            day.proactive += sign * (origin == "proactive")
            if who is not None:
                who.created += sign
            if origin == "customer":
                day.contacts += sign
                day.repeats += sign * bool(rep)
                if who is not None:
                    who.contacts += sign
                    who.repeats += sign * bool(rep)
                if frt is not None:
                    self._duration_change("first_response", created, frt, sign)
                    if who is not None:
                        who.first_response = _sorted_change(who.first_response, frt, sign)
        if solved is not None:
            day = self.days[solved]
            day.solved += sign
            day.one_touch += sign * (touches == 1)
            if who is not None:
                who.solved += sign
                who.one_touch += sign * (touches == 1)
            if res is not None:
                self._duration_change("resolution", solved, res, sign)
                if who is not None:
                    who.resolution = _sorted_change(who.resolution, res, sign)

    def _duration_change(self, name: str, day: int, value: float, sign: int) -> None:
        if name == "first_response":
            self.first_response = _sorted_change(self.first_response, value, sign)
        else:
            self.resolution = _sorted_change(self.resolution, value, sign)
        days = self.day_values[name]
        days[day] = _sorted_change(days[day], value, sign)
        self.day_changes[name][day] += 1

    def set_durations(self, name: str, per_day: list[Durations]) -> None:
        """The sorted durations of each local day (first_response by created day, resolution
        by solved day); the period's are their merge."""
        self.day_values[name] = per_day
        if name == "first_response":
            self.first_response = merged(per_day)
        else:
            self.resolution = merged(per_day)
        self.day_changes[name] = [0] * len(per_day)
        self._medians = {k: v for k, v in self._medians.items() if k[0] != name}

    def bucket_medians(
        self, key: str, spans: Sequence[tuple[int, int]]
    ) -> list[float | int | None]:
        """A median KPI over each (first, last) span of days, from the per-day durations;
        a span none of whose days changed since it was last asked for costs nothing."""
        name = MEDIAN_VALUES[key]
        days, changes = self.day_values[name], self.day_changes[name]
        out: list[float | int | None] = []
        for first, last in spans:
            mark = tuple(changes[first : last + 1])
            cached = self._medians.get((name, first, last))
            if cached is not None and cached[0] == mark:
                out.append(cached[1])
                continue
            if first == last:
                value = median_sorted(days[first])
            else:
                value = median_sorted(merged(days[first : last + 1]))
            self._medians[(name, first, last)] = (mark, value)
            out.append(value)
        return out

    def add_messages(self, slots: Iterable[tuple[int, int]]) -> None:
        for weekday, hour in slots:
            self.grid[weekday][hour] += 1

    def add_surveys(self, rows: Iterable[tuple[str, int, str]]) -> None:
        """(kind, score, created_at) of surveys to count (those outside the period are not)."""
        for kind, score, created_at in rows:
            d = self.day_of(created_at)
            if d is None:
                continue
            day = self.survey_days[d]
            if kind == "csat":
                day[0] += 1
                day[1] += score >= 4
            else:
                day[2] += 1
                day[3] += score >= 9
                day[4] += score <= 6

    @property
    def csat(self) -> list[int]:
        """[responses, scores of 4-5] over the period."""
        return [sum(d[0] for d in self.survey_days), sum(d[1] for d in self.survey_days)]

    @property
    def nps(self) -> list[int]:
        """[responses, promoters, detractors] over the period."""
        return [sum(d[i] for d in self.survey_days) for i in (2, 3, 4)]

    # --- answers ----------------------------------------------------------------------
    def result(self) -> dict[str, Any]:
        days = self.days
        created = sum(d.created for d in days)
        solved = sum(d.solved for d in days)
        categories: Counter[str] = Counter()
        for d in days:
            categories.update(d.categories)
        n, promoters, detractors = self.nps
        return {
            "tickets_created": created,
            "tickets_solved": solved,
            "first_response_median_s": median_sorted(self.first_response),
            "resolution_median_s": median_sorted(self.resolution),
            "one_touch_pct": pct(sum(d.one_touch for d in days), solved),
            "repeat_contact_pct": pct(sum(d.repeats for d in days), sum(d.contacts for d in days)),
            "csat_pct": pct(self.csat[1], self.csat[0]),
            "nps": None if not n else _round1(Fraction(100 * (promoters - detractors), n)),
            "busiest_hours": [list(row) for row in self.grid],
            "top_categories": top(dict(categories)),
            "csat_responses": self.csat[0],
            "nps_responses": n,
        }

    def series(self, key: str) -> list[float | int | None]:
        """One value per local day of the period, for trends and sparklines."""
        if key in MEDIAN_SERIES:
            return self.bucket_medians(key, [(d, d) for d in range(len(self.days))])
        if key == "tickets_created":
            return [d.created for d in self.days]
        if key == "tickets_solved":
            return [d.solved for d in self.days]
        if key == "one_touch_pct":
            return [pct(d.one_touch, d.solved) for d in self.days]
        if key == "repeat_contact_pct":
            return [pct(d.repeats, d.contacts) for d in self.days]
        if key == "csat_pct":
            return [pct(d[1], d[0]) for d in self.survey_days]
        if key == "nps":
            return [
                None if not d[2] else _round1(Fraction(100 * (d[3] - d[4]), d[2]))
                for d in self.survey_days
            ]
        raise KeyError(key)


def median_sorted(values: Sequence[float] | Durations) -> float | int | None:
    """The median of values already in order."""
    if not len(values):
        return None
    mid = len(values) // 2
    if len(values) % 2:
        return _number(Fraction(float(values[mid])))
    return _number((Fraction(float(values[mid - 1])) + Fraction(float(values[mid]))) / 2)


def _sorted_change(values: Durations, value: float, sign: int) -> Durations:
    """`values` with `value` put in its place (sign 1) or taken out (sign -1)."""
    at = int(np.searchsorted(values, value))
    if sign > 0:
        return np.insert(values, at, value)
    return np.delete(values, at)


@lru_cache(maxsize=16)
def offsets(span: Period) -> tuple[tuple[datetime, int], ...]:
    """[(from instant, UTC offset in seconds), ...] through the period: one entry, or one
    more for each clock change (found to the second)."""
    out: list[tuple[datetime, int]] = []

    def offset_at(moment: datetime) -> int:
        return int((moment.astimezone(span.tz).utcoffset() or timedelta(0)).total_seconds())

    moment, current = span.start, offset_at(span.start)
    out.append((moment, current))
    step = timedelta(hours=1)
    while moment < span.end:
        later = min(moment + step, span.end)
        if offset_at(later) != current:
            lo, hi = moment, later  # the change is in (lo, hi]
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(microsecond=0)
                if offset_at(mid) == current:
                    lo = mid
                else:
                    hi = mid
            current = offset_at(hi)
            out.append((hi, current))
        moment = later
    return tuple(out)


def whole_hours(span: Period) -> bool:
    """Does the zone keep a whole-hour offset through the period?"""
    return all(offset % 3600 == 0 for _, offset in offsets(span))


def buckets(span: Period, size: str) -> list[tuple[int, int]]:
    """(first, last) day indices of the period's days, weeks (of seven days from its first
    day) or calendar months, for trend charts."""
    days = span.days()
    if size == "day":
        return [(d, d) for d in range(days)]
    if size == "week":
        return [(d, min(d + 6, days - 1)) for d in range(0, days, 7)]
    if size != "month":
        raise ValueError(f"unknown bucket size {size!r}")
    out: list[tuple[int, int]] = []
    start = 0
    for d in range(1, days):
        if (span.first + timedelta(days=d)).day == 1:
            out.append((start, d - 1))
            start = d
    out.append((start, days - 1))
    return out


def bucket_size(span: Period) -> str:
    """The trend granularity that keeps a chart readable: days up to two months, weeks up
    to a year, months beyond."""
    days = span.days()
    return "day" if days <= 62 else "week" if days <= 366 else "month"


def sum_days(state: KpiState, key: str, first: int, last: int) -> float | int | None:
    """A count or rate KPI over the days first..last of a state."""
    days = state.days[first : last + 1]
    if key == "tickets_created":
        return sum(d.created for d in days)
    if key == "tickets_solved":
        return sum(d.solved for d in days)
    if key == "one_touch_pct":
        return pct(sum(d.one_touch for d in days), sum(d.solved for d in days))
    if key == "repeat_contact_pct":
        return pct(sum(d.repeats for d in days), sum(d.contacts for d in days))
    raise KeyError(key)


def histogram(values: Sequence[float] | Durations, edges: Sequence[float]) -> list[int]:
    """How many `values` fall in each [edges[i], edges[i+1]); the last bin takes the rest."""
    # a Durations array is sorted already (the state keeps it so); anything else is sorted
    ordered = values if isinstance(values, np.ndarray) else durations(values)
    inner = np.searchsorted(ordered, np.asarray(edges[1:-1], dtype=np.float64), side="left")
    cuts = [0, *(int(c) for c in inner), len(ordered)]
    return [b - a for a, b in itertools.pairwise(cuts)]


# Bins for response and resolution times, in seconds: minutes, hours, days.
DURATION_EDGES: tuple[float, ...] = (
    0,
    300,
    900,
    1800,
    3600,
    2 * 3600,
    4 * 3600,
    8 * 3600,
    86400,
    2 * 86400,
    4 * 86400,
    7 * 86400,
)
