"""KPIs straight from the tickets, messages and surveys (DESIGN §6): the reference the
dashboard's fast path is checked against, and what `agentdesk kpi` prints.

Filters keep tickets (assignee, channel, category); messages and surveys count only when
their ticket is kept, and surveys without a ticket drop out under any filter. The earlier
ticket that makes a repeat contact may be any ticket of the customer, kept or not.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from agentdesk.core import kpi as K
from agentdesk.store import kpi_schema
from agentdesk.store.kpi_schema import FACT_FIELDS, REBUILD, TRIGGERS


@dataclass(frozen=True)
class Filters:
    agent_id: str | None = None
    channel: str | None = None
    category: str | None = None

    def __bool__(self) -> bool:
        return any((self.agent_id, self.channel, self.category))

    def where(self, alias: str = "t") -> tuple[str, list[Any]]:
        parts, args = [], []
        for column, value in (
            ("assignee_id", self.agent_id),
            ("channel", self.channel),
            ("category", self.category),
        ):
            if value is not None:
                parts.append(f"{alias}.{column} = ?")
                args.append(value)
        return "".join(f" AND {p}" for p in parts), args


def _in(column: str) -> str:
    return f"{column} >= ? AND {column} < ?"


def compute(
    conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters()
) -> dict[str, Any]:
    lo, hi = period.start_key, period.end_key
    kept, kargs = filters.where()
    out: dict[str, Any] = {}

    out["tickets_created"] = conn.execute(
        f"SELECT count(*) FROM tickets t WHERE {_in('t.created_at')}{kept}", [lo, hi, *kargs]
    ).fetchone()[0]
    out["tickets_solved"] = conn.execute(
        f"SELECT count(*) FROM tickets t WHERE {_in('t.solved_at')}{kept}", [lo, hi, *kargs]
    ).fetchone()[0]

    # rtrim(.., 'Z') makes text order agree with time order when only some values carry
    # fractions of a second ("..:00Z" would sort after "..:00.5Z").
    first = conn.execute(
        f"""SELECT t.created_at, (SELECT min(rtrim(m.created_at, 'Z')) FROM messages m
                   WHERE m.ticket_id = t.id AND m.author = 'agent' AND m.public = 1)
            FROM tickets t WHERE {_in("t.created_at")} AND t.origin = 'customer'{kept}""",
        [lo, hi, *kargs],
    ).fetchall()
    out["first_response_median_s"] = K.median(
        [K.seconds_between(c, f + "Z") for c, f in first if f is not None]
    )

    solved = conn.execute(
        f"""SELECT t.created_at, t.solved_at, (SELECT count(*) FROM messages m
                   WHERE m.ticket_id = t.id AND m.author = 'agent' AND m.public = 1)
            FROM tickets t WHERE {_in("t.solved_at")}{kept}""",
        [lo, hi, *kargs],
    ).fetchall()
    out["resolution_median_s"] = K.median([K.seconds_between(c, s) for c, s, _ in solved])
    out["one_touch_pct"] = K.pct(sum(1 for *_, n in solved if n == 1), len(solved))

    contacts = conn.execute(
        f"""SELECT t.id, t.customer_id, t.category, t.created_at FROM tickets t
            WHERE {_in("t.created_at")} AND t.origin = 'customer'{kept}""",
        [lo, hi, *kargs],
    ).fetchall()
    repeats = 0
    for tid, customer, category, created in contacts:
        moment = K.parse_utc(created)
        since = moment - K.REPEAT_WINDOW
        earlier = conn.execute(
            "SELECT 1 FROM tickets o WHERE o.customer_id = ? AND o.category = ? AND o.id != ? "
            "AND o.created_at >= ? AND rtrim(o.created_at, 'Z') >= ? "
            "AND rtrim(o.created_at, 'Z') < ? LIMIT 1",
            [
                customer,
                category,
                tid,
                K.bound_text(since),
                K.sort_text(since),
                K.sort_text(moment),
            ],
        ).fetchone()
        repeats += earlier is not None
    out["repeat_contact_pct"] = K.pct(repeats, len(contacts))

    scores: dict[str, list[int]] = {"csat": [], "nps": []}
    for kind, score in surveys(conn, period, filters):
        scores[kind].append(score)
    out["csat_pct"] = K.pct(sum(1 for s in scores["csat"] if s >= 4), len(scores["csat"]))
    out["nps"] = K.nps(scores["nps"])

    out["busiest_hours"] = busiest_hours(conn, period, filters)
    out["top_categories"] = K.top(
        dict(
            conn.execute(
                f"SELECT t.category, count(*) FROM tickets t WHERE {_in('t.created_at')}{kept} "
                "GROUP BY t.category",
                [lo, hi, *kargs],
            ).fetchall()
        )
    )
    out["csat_responses"] = len(scores["csat"])
    out["nps_responses"] = len(scores["nps"])
    return {key: out[key] for key in K.KPI_KEYS}


def busiest_hours(
    conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters()
) -> list[list[int]]:
    """7x24 counts of public customer messages, Monday..Sunday by local hour."""
    width = 13 if K.whole_hours(period) else 16  # group by UTC hour, else by minute
    join, kept, kargs = "", "", []
    if filters:
        join = " JOIN tickets t ON t.id = m.ticket_id"
        kept, kargs = filters.where()
    grid = K.empty_hours()
    for bucket, n in conn.execute(
        f"SELECT substr(m.created_at, 1, {width}), count(*) FROM messages m{join} "
        f"WHERE {_in('m.created_at')} AND m.author = 'customer' AND m.public = 1{kept} "
        "GROUP BY 1",
        [period.start_key, period.end_key, *kargs],
    ):
        text = bucket + (":00:00Z" if width == 13 else ":00Z")
        weekday, hour = K.local_slot(K.parse_utc(text), period.tz)
        grid[weekday][hour] += n
    return grid


def surveys(
    conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters(), after: int = 0
) -> list[tuple[str, int]]:
    """(kind, score) of the surveys created in the period (after rowid `after`); under a
    filter only those whose ticket is kept."""
    join, kept, kargs = "", "", []
    if filters:
        join = " JOIN tickets t ON t.id = s.ticket_id"
        kept, kargs = filters.where()
    return [
        (str(kind), int(score))
        for kind, score in conn.execute(
            f"SELECT s.kind, s.score FROM surveys s{join} "
            f"WHERE {_in('s.created_at')} AND s.rowid > ?{kept}",
            [period.start_key, period.end_key, after, *kargs],
        )
    ]


# --- the fast path: rollups in, a KpiState out, kept current from the change log ---------

_FACTS = ", ".join(f"k.{f}" for f in FACT_FIELDS)


def day_expression(period: K.Period, column: str) -> tuple[str, list[Any]]:
    """SQL for the local day index of `column` (integer seconds, so exact at midnight)."""
    spans = K.offsets(period)
    first = int(
        datetime(period.first.year, period.first.month, period.first.day, tzinfo=UTC).timestamp()
    )
    epoch = f"CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER)"
    if len(spans) == 1:
        return f"(({epoch} + ?) - ?) / 86400", [spans[0][1], first]
    cases = " ".join("WHEN " + column + " < ? THEN ?" for _ in spans[1:])
    args: list[Any] = []
    for (_, offset), (moment, _) in itertools.pairwise(spans):
        args += [K.bound_text(moment), offset]
    return f"(({epoch} + CASE {cases} ELSE ? END) - ?) / 86400", [*args, spans[-1][1], first]


_MEDIAN_SOURCE = {
    # key: (time column, value column, extra condition)
    "first_response_median_s": ("created_at", "first_response_s", " AND k.origin = 'customer'"),
    "resolution_median_s": ("solved_at", "resolution_s", ""),
}


def _grouped_medians(
    conn: sqlite3.Connection,
    period: K.Period,
    filters: Filters,
    key: str,
    group: str,
    group_args: list[Any],
    only: str = "",
    only_args: list[Any] | None = None,
) -> dict[Any, float | int | None]:
    """Medians of a duration KPI by group (an SQL expression over kpi_ticket k), computed
    by window functions inside SQLite."""
    column, value, extra = _MEDIAN_SOURCE[key]
    kept, kargs = filters.where("k")
    rows = conn.execute(
        f"""SELECT g, v FROM (
              SELECT {group} AS g, k.{value} AS v,
                     row_number() OVER (PARTITION BY {group} ORDER BY k.{value}) AS rn,
                     count(*) OVER (PARTITION BY {group}) AS c
              FROM kpi_ticket k WHERE {_in("k." + column)} AND k.{value} IS NOT NULL
              {extra}{kept}{only})
            WHERE rn IN ((c + 1) / 2, (c + 2) / 2)""",
        [
            *group_args,
            *group_args,
            *group_args,
            period.start_key,
            period.end_key,
            *kargs,
            *(only_args or []),
        ],
    ).fetchall()
    picked: dict[Any, list[float]] = {}
    for g, v in rows:
        picked.setdefault(g, []).append(v)
    return {g: K.median_sorted(sorted(vs)) for g, vs in picked.items()}


def _single_dim(filters: Filters) -> tuple[str, str] | None:
    """The kpi_hourly (dim, value) that answers for this filter, or None for two or more."""
    chosen = [
        (dim, value)
        for dim, value in (
            ("agent", filters.agent_id),
            ("channel", filters.channel),
            ("category", filters.category),
        )
        if value is not None
    ]
    if len(chosen) > 1:
        return None
    return chosen[0] if chosen else ("all", "")


@lru_cache(maxsize=16)
def _hours(period: K.Period) -> dict[str, tuple[int, int, int]]:
    """UTC hour key -> (local day index, weekday, local hour) for every hour of the period."""
    out = {}
    moment = period.start
    while moment < period.end:
        local = moment.astimezone(period.tz)
        out[moment.strftime("%Y-%m-%dT%H")] = (
            (local.date() - period.first).days,
            local.weekday(),
            local.hour,
        )
        moment += timedelta(hours=1)
    return out


@lru_cache(maxsize=16)
def _day_hours(period: K.Period) -> str:
    """JSON [[first UTC hour, next day's first hour], ...] per local day of the period (a
    whole-hour zone: every local midnight is on a UTC hour)."""
    firsts: list[str] = []
    for hour, (day, _weekday, _local) in _hours(period).items():
        if day == len(firsts):
            firsts.append(hour)
    ends = [*firsts[1:], period.end_key[:13]]
    return json.dumps([[lo, hi] for lo, hi in zip(firsts, ends, strict=True)])


@lru_cache(maxsize=16)
def _day_terms(period: K.Period) -> tuple[str, str]:
    """How each local day's counts are summed from the rollups, as two JSON lists: one entry
    a day (its index is its json_each key), the UTC day whose day row it reads, or null;
    and [day index, from hour, to hour, sign] spans of hour rows added (1) or taken away
    (-1). A local day reads the row of the UTC day it shares most hours with, less that
    day's hours outside it, plus its own hours outside that day: at UTC+1 a day row and two
    hour rows instead of 24 hour rows; where that saves nothing, only its hours."""
    days: list[str | None] = []
    spans: list[list[Any]] = []

    def hour(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H")

    for d, (lo, hi) in enumerate(json.loads(_day_hours(period))):
        start = datetime.strptime(lo, "%Y-%m-%dT%H")
        end = datetime.strptime(hi, "%Y-%m-%dT%H")
        length = int((end - start).total_seconds()) // 3600
        best: tuple[int, datetime] | None = None
        for day_start in (start.replace(hour=0), end.replace(hour=0)):
            day_end = day_start + timedelta(days=1)
            overlap = (min(end, day_end) - max(start, day_start)).total_seconds() // 3600
            if best is None or overlap > best[0]:
                best = (int(overlap), day_start)
        assert best is not None
        overlap, day_start = best
        day_end = day_start + timedelta(days=1)
        if 1 + (24 - overlap) + (length - overlap) >= length:  # no saving: the hours
            days.append(None)
            spans.append([d, lo, hi, 1])
            continue
        days.append(day_start.date().isoformat())
        for a, b, sign in (
            (start, min(end, day_start), 1),  # its hours before that UTC day
            (max(start, day_end), end, 1),  # and after it
            (day_start, min(start, day_end), -1),  # that day's hours before it
            (max(end, day_start), day_end, -1),  # and after it
        ):
            if a < b:
                spans.append([d, hour(a), hour(b), sign])
    return json.dumps(days), json.dumps(spans)


@lru_cache(maxsize=16)
def _day_split(period: K.Period) -> tuple[str, str]:
    """For the sorted durations, which cannot take hours away: the days of `_day_terms`
    that read a day row and no hour rows (local days that are UTC days), one entry a day,
    the others null; and [first UTC hour, next day's first hour] of the rest, else null."""
    days, spans = (json.loads(x) for x in _day_terms(period))
    spanned = {span[0] for span in spans}
    bounds = json.loads(_day_hours(period))
    whole = [None if d in spanned else day for d, day in enumerate(days)]
    hours = [bounds[d] if d in spanned else None for d in range(len(days))]
    return json.dumps(whole), json.dumps(hours)


def _day_rollup(dim: str, values: bool = False) -> tuple[str, str]:
    """The day rollup table of a dimension (`values`: of its durations), and the condition
    that picks the dimension in it (alias a; agents have a table of their own)."""
    suffix = "_values" if values else ""
    if dim == "agent":
        return f"kpi_agent_day{suffix}", ""
    return f"kpi_day{suffix}", " AND a.dim = ?"


def _daily(
    conn: sqlite3.Connection,
    period: K.Period,
    dim: tuple[str, str] | tuple[str, None],
    metrics: tuple[str, ...],
) -> list[tuple[int, str, str, int]]:
    """(local day, value, metric, n) summed inside SQLite: one index seek a day, metric and
    value for the days that are UTC days, one index range a day and value for the others
    (`dim` (name, None) reads every value of the dimension)."""
    marks = ",".join("?" * len(metrics))
    name, value = dim
    values = json.dumps([value] if value is not None else _dim_values(conn, name))
    days, spans = _day_terms(period)
    table, by_dim = _day_rollup(name)
    return conn.execute(
        f"""SELECT key, value, metric, sum(n) FROM (
              SELECT d.key AS key, a.value AS value, a.metric AS metric, a.n AS n
              FROM json_each(?) d CROSS JOIN json_each(?) v CROSS JOIN json_each(?) m
              CROSS JOIN {table} a ON a.value = v.value AND a.metric = m.value
                AND a.day = d.value{by_dim}
              WHERE d.type = 'text'
              UNION ALL
              SELECT json_extract(s.value, '$[0]'), v.value, h.metric,
                json_extract(s.value, '$[3]') * h.n
              FROM json_each(?) s CROSS JOIN json_each(?) v
              CROSS JOIN kpi_hourly h ON h.dim = ? AND h.value = v.value
                AND h.hour >= json_extract(s.value, '$[1]')
                AND h.hour < json_extract(s.value, '$[2]') AND h.metric IN ({marks}))
            GROUP BY 1, 2, 3 HAVING sum(n) != 0""",
        [
            days,
            values,
            json.dumps(metrics),
            *([name] if by_dim else []),
            spans,
            values,
            name,
            *metrics,
        ],
    ).fetchall()


def _hourly(
    conn: sqlite3.Connection, period: K.Period, dim: tuple[str, str], metrics: tuple[str, ...]
) -> list[tuple[str, str, int]]:
    marks = ",".join("?" * len(metrics))
    return conn.execute(
        f"SELECT hour, metric, n FROM kpi_hourly WHERE dim = ? AND value = ? AND hour >= ? "
        f"AND hour < ? AND metric IN ({marks}) AND n != 0",
        [*dim, period.start_key[:13], period.end_key[:13], *metrics],
    ).fetchall()


def _grid(conn: sqlite3.Connection, period: K.Period, filters: Filters) -> list[list[int]]:
    dim = _single_dim(filters)
    if dim is None or not K.whole_hours(period):
        return busiest_hours(conn, period, filters)  # few tickets, or an odd zone: count
    hours = _hours(period)
    grid = K.empty_hours()
    for hour, _metric, n in _hourly(conn, period, dim, ("messages",)):
        _day, weekday, local = hours[hour]
        grid[weekday][local] += n
    return grid


_SURVEY_COLUMN = {"csat": 0, "csat_good": 1, "nps": 2, "promoters": 3, "detractors": 4}


def _survey_days(conn: sqlite3.Connection, period: K.Period, filters: Filters) -> list[list[int]]:
    """Per local day: CSAT responses, CSAT of 4-5, NPS responses, promoters, detractors."""
    out = [[0] * 5 for _ in range(period.days())]
    dim = _single_dim(filters)
    if dim is not None and K.whole_hours(period):
        for d, _value, metric, n in _daily(conn, period, dim, kpi_schema.SURVEY_METRICS):
            out[d][_SURVEY_COLUMN[metric]] += n
        return out
    join, kept, kargs = "", "", []
    if filters:
        join = " JOIN tickets t ON t.id = s.ticket_id"
        kept, kargs = filters.where()
    day, dargs = day_expression(period, "s.created_at")
    for d, kind, n, good, promoters, detractors in conn.execute(
        f"SELECT {day}, s.kind, count(*), sum(s.score >= 4), sum(s.score >= 9), "
        f"sum(s.score <= 6) FROM surveys s{join} WHERE {_in('s.created_at')}{kept} GROUP BY 1, 2",
        [*dargs, period.start_key, period.end_key, *kargs],
    ):
        if kind == "csat":
            out[d][0], out[d][1] = n, good
        else:
            out[d][2], out[d][3], out[d][4] = n, promoters, detractors
    return out


def _marks(conn: sqlite3.Connection) -> dict[str, int]:
    def top(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0] or 0)

    return {
        # the last number handed out (the log may be empty after a prune or a rebuild)
        "log": top("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'kpi_log'"),
        "log_first": top("SELECT min(seq) FROM kpi_log"),
        "messages": top("SELECT max(rowid) FROM messages"),
        "surveys": top("SELECT max(rowid) FROM surveys"),
        "generation": int(
            conn.execute("SELECT value FROM meta WHERE key = 'kpi_generation'").fetchone()[0]
        ),
    }


def _counts_from_hourly(conn: sqlite3.Connection, state: K.KpiState, dim: tuple[str, str]) -> None:
    """Day counts, the surveys' with them, from kpi_hourly: a few rows an hour, whatever the
    number of tickets, summed by day inside SQLite."""
    metrics = (*kpi_schema.TICKET_METRICS, *kpi_schema.SURVEY_METRICS)
    for d, _value, metric, n in _daily(conn, state.period, dim, metrics):
        if metric in _SURVEY_COLUMN:
            state.survey_days[d][_SURVEY_COLUMN[metric]] += n
            continue
        tally = state.days[d]
        setattr(tally, metric, getattr(tally, metric) + n)
    if dim[0] == "category":
        for tally in state.days:
            if tally.created:
                tally.categories[dim[1]] = tally.created
        return
    for d, category, _metric, n in _daily(conn, state.period, ("category", None), ("created",)):
        state.days[d].categories[category] += n


def _dim_values(conn: sqlite3.Connection, dim: str) -> list[str]:
    """The values kpi_hourly has for `dim`, one index seek each."""
    return [
        v
        for (v,) in conn.execute(
            """WITH RECURSIVE v(x) AS (
                 SELECT min(value) FROM kpi_hourly WHERE dim = ?1
                 UNION ALL
                 SELECT (SELECT min(value) FROM kpi_hourly WHERE dim = ?1 AND value > x)
                 FROM v WHERE x IS NOT NULL)
               SELECT x FROM v WHERE x IS NOT NULL""",
            [dim],
        )
    ]


def _counts_from_facts(conn: sqlite3.Connection, state: K.KpiState, filters: Filters) -> None:
    """Day counts from kpi_ticket, for filters and zones the hourly counts cannot answer."""
    period = state.period
    lo, hi = period.start_key, period.end_key
    kept, kargs = filters.where("k")
    day, dargs = day_expression(period, "k.created_at")
    for d, category, n, contacts, repeats, proactive in conn.execute(
        f"SELECT {day}, k.category, count(*), sum(k.origin = 'customer'), "
        f"sum(k.origin = 'customer' AND k.repeat), sum(k.origin = 'proactive') FROM kpi_ticket k "
        f"WHERE {_in('k.created_at')}{kept} GROUP BY 1, 2",
        [*dargs, lo, hi, *kargs],
    ):
        tally = state.days[d]
        tally.created += n
        tally.contacts += contacts
        tally.repeats += repeats
        tally.proactive += proactive
        tally.categories[category] += n
    day, dargs = day_expression(period, "k.solved_at")
    for d, n, one in conn.execute(
        f"SELECT {day}, count(*), sum(k.touches = 1) FROM kpi_ticket k "
        f"WHERE {_in('k.solved_at')}{kept} GROUP BY 1",
        [*dargs, lo, hi, *kargs],
    ):
        state.days[d].solved += n
        state.days[d].one_touch += one


def _day_durations(
    conn: sqlite3.Connection, period: K.Period, filters: Filters, metric: str, hourly: bool
) -> list[K.Durations]:
    """The period's first-reply or resolution times per local day, sorted: from the hourly
    blobs when one filter (or none) is set and the zone keeps whole hours, else from the
    facts."""
    if hourly:
        dim = _single_dim(filters)
        assert dim is not None
        whole, hours = _day_split(period)
        parts: list[list[bytes]] = [[] for _ in range(period.days())]
        table, by_dim = _day_rollup(dim[0], values=True)
        for d, blob in conn.execute(
            f"""SELECT d.key, a.vals FROM json_each(?) d
                CROSS JOIN {table} a ON a.value = ? AND a.metric = ?
                  AND a.day = d.value{by_dim}
                WHERE d.type = 'text'
                UNION ALL
                SELECT d.key, h.vals FROM json_each(?) d
                CROSS JOIN kpi_hourly_values h ON h.dim = ? AND h.value = ? AND h.metric = ?
                  AND h.hour >= json_extract(d.value, '$[0]')
                  AND h.hour < json_extract(d.value, '$[1]')
                WHERE d.type = 'array'""",
            [
                whole,
                dim[1],
                metric,
                *([dim[0]] if by_dim else []),
                hours,
                *dim,
                metric,
            ],
        ):
            parts[d].append(blob)
        return [K.durations(b"".join(blobs)) for blobs in parts]
    time_column, column, extra = {
        "first_response": ("created_at", "first_response_s", " AND k.origin = 'customer'"),
        "resolution": ("solved_at", "resolution_s", ""),
    }[metric]
    kept, kargs = filters.where("k")
    day, dargs = day_expression(period, "k." + time_column)
    per_day: list[list[float]] = [[] for _ in range(period.days())]
    for d, v in conn.execute(
        f"SELECT {day}, k.{column} FROM kpi_ticket k WHERE {_in('k.' + time_column)} "
        f"AND k.{column} IS NOT NULL{extra}{kept}",
        [*dargs, period.start_key, period.end_key, *kargs],
    ):
        per_day[d].append(v)
    return [K.durations(values) for values in per_day]


def load(conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters()) -> K.KpiState:
    """The KPIs of a period from the rollups, ready to follow changes (see `follow`)."""
    state = K.KpiState(period, filters)
    dim = _single_dim(filters)
    conn.execute("BEGIN")  # one snapshot: the watermarks match what was read
    try:
        state.watermarks = _marks(conn)
        if dim is not None and dim[0] in ("all", "category") and K.whole_hours(period):
            _counts_from_hourly(conn, state, dim)  # the survey days with them
        else:
            _counts_from_facts(conn, state, filters)
            state.survey_days = _survey_days(conn, period, filters)
        hourly = dim is not None and K.whole_hours(period)
        for name in K.MEDIAN_VALUES.values():
            state.set_durations(name, _day_durations(conn, period, filters, name, hourly))
        state.grid = _grid(conn, period, filters)
    finally:
        conn.execute("COMMIT")
    return state


def series(conn: sqlite3.Connection, state: K.KpiState, key: str) -> list[float | int | None]:
    """A per-day series of `state` (the medians from its per-day durations)."""
    return state.series(key)


def trend(
    conn: sqlite3.Connection, state: K.KpiState, key: str, size: str
) -> list[float | int | None]:
    """A KPI by day, week or month over the state's period."""
    spans = K.buckets(state.period, size)
    if size == "day":
        return state.series(key)
    if key in K.MEDIAN_SERIES:
        return state.bucket_medians(key, spans)
    return [K.sum_days(state, key, first, last) for first, last in spans]


BREAKDOWNS = {"agent": "assignee_id", "channel": "channel", "category": "category"}


def breakdown(
    conn: sqlite3.Connection,
    period: K.Period,
    filters: Filters,
    by: str,
    state: K.KpiState | None = None,
) -> list[dict[str, Any]]:
    """The ticket KPIs and CSAT per agent, channel or category (one row each, busiest first).

    Given the state of the same period and filter, the per-agent rows are read into it once
    and then follow its changes (see `follow`)."""
    if (
        state is not None
        and by == "agent"
        and state.period == period
        and (state.filters or Filters()) == filters
    ):
        if state.agents is None:
            _agent_tallies(conn, state)
        if state.agents is not None:
            return _agent_rows(state.agents)
    column = BREAKDOWNS[by]
    kept, kargs = filters.where("k")
    lo, hi = period.start_key, period.end_key
    rows: dict[Any, dict[str, Any]] = {}

    def row(key: Any) -> dict[str, Any]:
        return rows.setdefault(
            key,
            {
                "created": 0,
                "contacts": 0,
                "repeats": 0,
                "solved": 0,
                "one_touch": 0,
                "csat": 0,
                "csat_good": 0,
            },
        )

    for key, n, contacts, repeats in conn.execute(
        f"SELECT k.{column}, count(*), sum(k.origin = 'customer'), "
        f"sum(k.origin = 'customer' AND k.repeat) FROM kpi_ticket k "
        f"WHERE {_in('k.created_at')}{kept} GROUP BY 1",
        [lo, hi, *kargs],
    ):
        r = row(key)
        r["created"], r["contacts"], r["repeats"] = n, contacts, repeats
    for key, n, one in conn.execute(
        f"SELECT k.{column}, count(*), sum(k.touches = 1) FROM kpi_ticket k "
        f"WHERE {_in('k.solved_at')}{kept} GROUP BY 1",
        [lo, hi, *kargs],
    ):
        r = row(key)
        r["solved"], r["one_touch"] = n, one
    tkept, targs = filters.where("t")
    for key, n, good in conn.execute(
        f"SELECT t.{column}, count(*), sum(s.score >= 4) FROM surveys s "
        f"JOIN tickets t ON t.id = s.ticket_id WHERE s.kind = 'csat' AND {_in('s.created_at')}"
        f"{tkept} GROUP BY 1",
        [lo, hi, *targs],
    ):
        r = row(key)
        r["csat"], r["csat_good"] = n, good
    medians = {
        name: _grouped_medians(conn, period, filters, name, f"k.{column}", [])
        for name in K.MEDIAN_SERIES
    }
    out = [
        {
            "key": key,
            "tickets_created": r["created"],
            "tickets_solved": r["solved"],
            "first_response_median_s": medians["first_response_median_s"].get(key),
            "resolution_median_s": medians["resolution_median_s"].get(key),
            "one_touch_pct": K.pct(r["one_touch"], r["solved"]),
            "repeat_contact_pct": K.pct(r["repeats"], r["contacts"]),
            "csat_pct": K.pct(r["csat_good"], r["csat"]),
            "csat_responses": r["csat"],
        }
        for key, r in rows.items()
    ]
    out.sort(key=lambda r: (-r["tickets_created"], str(r["key"])))
    return out


def _tally(agents: dict[str | None, K.AgentTally], agent: str | None) -> K.AgentTally:
    """The agent's tally, new when the agent has none yet."""
    tally = agents.get(agent)
    if tally is None:
        tally = agents[agent] = K.AgentTally()
    return tally


def _agent_tallies(conn: sqlite3.Connection, state: K.KpiState) -> None:
    """Fill `state.agents` from the rollups, unless the cache changed since the state was read
    (it is then left empty: a breakdown reads the rows directly until the state follows)."""
    period, filters = state.period, state.filters or Filters()
    agents: dict[str | None, K.AgentTally] = {}
    conn.execute("BEGIN")
    try:
        if _marks(conn) != state.watermarks:
            return
        dim = _single_dim(filters)
        if dim is not None and dim[0] in ("all", "agent") and K.whole_hours(period):
            _agent_tallies_rollups(conn, period, dim, agents)
        else:
            _agent_tallies_facts(conn, period, filters, agents)
        _agent_csat(conn, period, filters, agents)
    finally:
        conn.execute("COMMIT")
    state.agents = agents


_AGENT_COUNTS = ("created", "contacts", "repeats", "solved", "one_touch")


def _agent_window(period: K.Period) -> tuple[str, str, str]:
    """The period's whole UTC days [first, end) and, as JSON [[from hour, to hour], ...],
    the hours at either end outside them (a whole-hour zone)."""
    start, end = period.start.astimezone(UTC), period.end.astimezone(UTC)
    first = start.date() + timedelta(days=0 if start.hour == 0 else 1)
    last = end.date()
    if first >= last:  # not one whole UTC day: hours only
        return "", "", json.dumps([[period.start_key[:13], period.end_key[:13]]])
    edges = []
    if start.hour:
        edges.append([period.start_key[:13], f"{first.isoformat()}T00"])
    if end.hour:
        edges.append([f"{last.isoformat()}T00", period.end_key[:13]])
    return first.isoformat(), last.isoformat(), json.dumps(edges)


def _agent_counts(
    conn: sqlite3.Connection, period: K.Period, values: list[str], metrics: tuple[str, ...]
) -> list[tuple[str, str, int]]:
    """(assignee or '', metric, n) over the period: day rows, and hour rows at its ends."""
    day_lo, day_hi, edges = _agent_window(period)
    marks = ",".join("?" * len(metrics))
    return conn.execute(
        f"""SELECT value, metric, sum(n) FROM (
              SELECT a.value, a.metric, a.n FROM json_each(?) v CROSS JOIN json_each(?) m
              CROSS JOIN kpi_agent_day a ON a.value = v.value AND a.metric = m.value
                AND a.day >= ? AND a.day < ?
              UNION ALL
              SELECT h.value, h.metric, h.n FROM json_each(?) e CROSS JOIN json_each(?) v
              CROSS JOIN kpi_hourly h ON h.dim = 'agent' AND h.value = v.value
                AND h.hour >= json_extract(e.value, '$[0]')
                AND h.hour < json_extract(e.value, '$[1]') AND h.metric IN ({marks}))
            GROUP BY 1, 2 HAVING sum(n) != 0""",
        [
            json.dumps(values),
            json.dumps(metrics),
            day_lo,
            day_hi,
            edges,
            json.dumps(values),
            *metrics,
        ],
    ).fetchall()


def _agent_tallies_rollups(
    conn: sqlite3.Connection,
    period: K.Period,
    dim: tuple[str, str],
    agents: dict[str | None, K.AgentTally],
) -> None:
    """The per-assignee counts and durations from the rollups (no filter, or only an
    agent): a row per agent, metric and day, whatever the number of tickets."""
    values = [dim[1]] if dim[0] == "agent" else _dim_values(conn, "agent")
    for value, metric, n in _agent_counts(conn, period, values, _AGENT_COUNTS):
        setattr(_tally(agents, value or None), metric, n)  # '' in the rollups: unassigned
    day_lo, day_hi, edges = _agent_window(period)
    blobs: dict[tuple[str, str], list[bytes]] = {}
    for value, metric, blob in conn.execute(
        """SELECT a.value, a.metric, a.vals FROM json_each(?) v CROSS JOIN json_each(?) m
           CROSS JOIN kpi_agent_day_values a ON a.value = v.value AND a.metric = m.value
             AND a.day >= ? AND a.day < ?
           UNION ALL
           SELECT h.value, h.metric, h.vals FROM json_each(?) e CROSS JOIN json_each(?) v
           CROSS JOIN kpi_hourly_values h ON h.dim = 'agent' AND h.value = v.value
             AND h.hour >= json_extract(e.value, '$[0]')
             AND h.hour < json_extract(e.value, '$[1]')
             AND h.metric IN ('first_response', 'resolution')""",
        [
            json.dumps(values),
            json.dumps(["first_response", "resolution"]),
            day_lo,
            day_hi,
            edges,
            json.dumps(values),
        ],
    ):
        blobs.setdefault((value, metric), []).append(blob)
    for (value, metric), found in blobs.items():
        values = K.durations(b"".join(found))
        if len(values):
            setattr(_tally(agents, value or None), metric, values)


def _agent_tallies_facts(
    conn: sqlite3.Connection,
    period: K.Period,
    filters: Filters,
    agents: dict[str | None, K.AgentTally],
) -> None:
    """The per-assignee counts and durations from the facts, for filters the hourly rollups
    do not break down by agent."""
    kept, kargs = filters.where("k")
    lo, hi = period.start_key, period.end_key
    first: dict[str | None, list[float]] = {}
    resolution: dict[str | None, list[float]] = {}
    for agent, origin, repeat, value in conn.execute(
        f"SELECT k.assignee_id, k.origin, k.repeat, k.first_response_s FROM kpi_ticket k "
        f"WHERE {_in('k.created_at')}{kept}",
        [lo, hi, *kargs],
    ):
        tally = _tally(agents, agent)
        tally.created += 1
        if origin == "customer":
            tally.contacts += 1
            tally.repeats += bool(repeat)
            if value is not None:
                first.setdefault(agent, []).append(value)
    for agent, touches, value in conn.execute(
        f"SELECT k.assignee_id, k.touches, k.resolution_s FROM kpi_ticket k "
        f"WHERE {_in('k.solved_at')}{kept}",
        [lo, hi, *kargs],
    ):
        tally = _tally(agents, agent)
        tally.solved += 1
        tally.one_touch += touches == 1
        if value is not None:
            resolution.setdefault(agent, []).append(value)
    for agent, values in first.items():
        agents[agent].first_response = K.durations(values)
    for agent, values in resolution.items():
        agents[agent].resolution = K.durations(values)


def _agent_csat(
    conn: sqlite3.Connection,
    period: K.Period,
    filters: Filters,
    agents: dict[str | None, K.AgentTally],
) -> None:
    """CSAT responses and scores of 4-5 per assignee of the surveyed (kept) ticket."""
    for tally in agents.values():
        tally.csat = tally.csat_good = 0
    dim = _single_dim(filters)
    if dim is not None and dim[0] in ("all", "agent") and K.whole_hours(period):
        values = [dim[1]] if dim[0] == "agent" else _dim_values(conn, "agent")
        for value, metric, n in _agent_counts(conn, period, values, ("csat", "csat_good")):
            setattr(_tally(agents, value or None), metric, n)
        return
    tkept, targs = filters.where("t")
    for agent, n, good in conn.execute(
        f"SELECT t.assignee_id, count(*), sum(s.score >= 4) FROM surveys s "
        f"JOIN tickets t ON t.id = s.ticket_id WHERE s.kind = 'csat' AND {_in('s.created_at')}"
        f"{tkept} GROUP BY 1",
        [period.start_key, period.end_key, *targs],
    ):
        tally = _tally(agents, agent)
        tally.csat, tally.csat_good = n, good


def _agent_rows(agents: dict[str | None, K.AgentTally]) -> list[dict[str, Any]]:
    out = [
        {
            "key": key,
            "tickets_created": a.created,
            "tickets_solved": a.solved,
            "first_response_median_s": K.median_sorted(a.first_response),
            "resolution_median_s": K.median_sorted(a.resolution),
            "one_touch_pct": K.pct(a.one_touch, a.solved),
            "repeat_contact_pct": K.pct(a.repeats, a.contacts),
            "csat_pct": K.pct(a.csat_good, a.csat),
            "csat_responses": a.csat,
        }
        for key, a in agents.items()
        if a
    ]
    out.sort(key=lambda r: (-r["tickets_created"], str(r["key"])))
    return out


# --- drill-down: the tickets behind a figure ---------------------------------------------

FIGURES = (
    *K.HEADLINE_KEYS,
    "category",
    "hour",
    "agent",
    "channel",
)


def _figure_condition(
    conn: sqlite3.Connection, period: K.Period, figure: str, value: Any
) -> tuple[str, list[Any]]:
    lo, hi = period.start_key, period.end_key
    created, solved = _in("k.created_at"), _in("k.solved_at")
    simple: dict[str, tuple[str, list[Any]]] = {
        "tickets_created": (created, [lo, hi]),
        "tickets_solved": (solved, [lo, hi]),
        "resolution_median_s": (solved, [lo, hi]),
        "one_touch_pct": (f"{solved} AND k.touches = 1", [lo, hi]),
        "first_response_median_s": (
            f"{created} AND k.origin = 'customer' AND k.first_response_s IS NOT NULL",
            [lo, hi],
        ),
        "repeat_contact_pct": (f"{created} AND k.origin = 'customer' AND k.repeat", [lo, hi]),
        "category": (f"{created} AND k.category = ?", [lo, hi, value]),
        "agent": (f"{created} AND coalesce(k.assignee_id, '') = coalesce(?, '')", [lo, hi, value]),
        "channel": (f"{created} AND k.channel = ?", [lo, hi, value]),
    }
    if figure in simple:
        return simple[figure]
    if figure in ("csat_pct", "nps"):
        return (
            "k.ticket_id IN (SELECT s.ticket_id FROM surveys s WHERE s.kind = ? "
            f"AND {_in('s.created_at')})",
            ["csat" if figure == "csat_pct" else "nps", lo, hi],
        )
    if figure == "hour":  # public customer messages in that local weekday and hour
        ids = {
            tid
            for tid, at in conn.execute(
                f"SELECT m.ticket_id, m.created_at FROM messages m WHERE {_in('m.created_at')} "
                "AND m.author = 'customer' AND m.public = 1",
                [lo, hi],
            )
            if K.local_slot(K.parse_utc(at), period.tz) == tuple(value)
        }
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS drill_ids(id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM drill_ids")
        conn.executemany("INSERT INTO drill_ids VALUES (?)", [(i,) for i in ids])
        return "k.ticket_id IN (SELECT id FROM drill_ids)", []
    raise ValueError(f"unknown figure {figure!r}")


def tickets_behind(
    conn: sqlite3.Connection,
    period: K.Period,
    filters: Filters,
    figure: str,
    value: Any = None,
    limit: int = 500,
) -> tuple[int, list[dict[str, Any]]]:
    """(how many, the newest `limit`) tickets a dashboard figure counts.

    `value` narrows it: a category for "category", (weekday, hour) for "hour" (tickets with
    a public customer message in that local hour), an agent id or a channel."""
    where, args = _figure_condition(conn, period, figure, value)
    kept, kargs = filters.where("k")
    total = conn.execute(
        f"SELECT count(*) FROM kpi_ticket k WHERE {where}{kept}", [*args, *kargs]
    ).fetchone()[0]
    cur = conn.execute(
        f"""SELECT t.id, t.subject, c.name AS customer, t.channel, t.category, t.status,
                   t.created_at, t.solved_at, a.name AS assignee
            FROM kpi_ticket k JOIN tickets t ON t.id = k.ticket_id
            JOIN customers c ON c.id = t.customer_id LEFT JOIN agents a ON a.id = t.assignee_id
            WHERE {where}{kept} ORDER BY t.created_at DESC LIMIT ?""",
        [*args, *kargs, limit],
    )
    names = [d[0] for d in cur.description]
    return int(total), [dict(zip(names, r, strict=True)) for r in cur]


def _kept(filters: Filters, row: tuple[Any, ...]) -> bool:
    _c, _s, channel, agent, category, *_ = row
    return (
        (filters.agent_id is None or agent == filters.agent_id)
        and (filters.channel is None or channel == filters.channel)
        and (filters.category is None or category == filters.category)
    )


def follow(conn: sqlite3.Connection, state: K.KpiState) -> K.KpiState:
    """Bring `state` up to date with whatever was written since it was read: every changed
    ticket comes from the change log, new messages and surveys by their row ids. Returns a
    fresh load when the log no longer reaches back far enough or the rollups were rebuilt.

    Under a filter a ticket that moves to another agent or channel takes its messages and
    surveys with it, so those two are read again from the rollups (a filter keeps them small).
    """
    filters: Filters = state.filters or Filters()
    period = state.period
    marks = state.watermarks
    width = len(FACT_FIELDS)
    conn.execute("BEGIN")
    try:
        now = _marks(conn)
        if now["generation"] != marks["generation"] or (
            now["log"] > marks["log"] and now["log_first"] > marks["log"] + 1
        ):
            conn.execute("COMMIT")
            return load(conn, period, filters)
        # the per-agent CSAT is read again when surveys came or a ticket took its surveys
        # to another agent or out of (or into) the filter
        resurvey = now["surveys"] > marks["surveys"]
        for row in conn.execute("SELECT * FROM kpi_log WHERE seq > ? ORDER BY seq", [marks["log"]]):
            old, new = tuple(row[2 : 2 + width]), tuple(row[2 + width :])
            was = old[0] is not None and _kept(filters, old)
            now_kept = new[0] is not None and _kept(filters, new)
            if was:
                state.apply(old, -1)  # type: ignore[arg-type]
            if now_kept:
                state.apply(new, 1)  # type: ignore[arg-type]
            if old[0] is not None and (new[0] is None or was != now_kept or old[3] != new[3]):
                resurvey = True  # (a new ticket has no surveys yet: they name their ticket)
        if state.agents is not None and resurvey:
            _agent_csat(conn, period, filters, state.agents)
        if filters:
            state.grid = _grid(conn, period, filters)
            state.survey_days = _survey_days(conn, period, filters)
        else:
            state.add_messages(
                K.local_slot(K.parse_utc(created), period.tz)
                for (created,) in conn.execute(
                    f"SELECT created_at FROM messages WHERE rowid > ? AND rowid <= ? "
                    f"AND author = 'customer' AND public = 1 AND {_in('created_at')}",
                    [marks["messages"], now["messages"], period.start_key, period.end_key],
                )
            )
            state.add_surveys(
                conn.execute(
                    "SELECT kind, score, created_at FROM surveys WHERE rowid > ? AND rowid <= ?",
                    [marks["surveys"], now["surveys"]],
                )
            )
        state.watermarks = now
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
    return state


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute the KPI rollups from the raw rows (after a bulk load, or to repair)."""
    with bulk(conn):
        pass


@contextmanager
def bulk(conn: sqlite3.Connection) -> Iterator[None]:
    """For loading many rows at once: the KPI triggers rest, and the rollups are rebuilt in
    one pass at the end (far quicker than row by row). Run inside the load's transaction."""
    triggers = TRIGGERS | kpi_schema.AGENT_DAY_TRIGGERS | kpi_schema.DAY_TRIGGERS
    for name in triggers:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for statement in (*REBUILD, *kpi_schema.AGENT_DAY_REBUILD, *kpi_schema.DAY_REBUILD):
            conn.execute(statement)
        for name, body in triggers.items():
            conn.execute(f"CREATE TRIGGER {name} {body}")
