"""KPIs straight from the tickets, messages and surveys (DESIGN §6): the reference the
dashboard's fast path is checked against, and what `agentdesk kpi` prints.

Filters keep tickets (assignee, channel, category); messages and surveys count only when
their ticket is kept, and surveys without a ticket drop out under any filter. The earlier
ticket that makes a repeat contact may be any ticket of the customer, kept or not.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from agentdesk.core import kpi as K


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

    survey_join, survey_kept = "", ""
    if filters:
        survey_join = " JOIN tickets t ON t.id = s.ticket_id"
        survey_kept = kept
    scores: dict[str, list[int]] = {"csat": [], "nps": []}
    for kind, score in conn.execute(
        f"SELECT s.kind, s.score FROM surveys s{survey_join} "
        f"WHERE {_in('s.created_at')}{survey_kept}",
        [lo, hi, *(kargs if filters else [])],
    ):
        scores[kind].append(int(score))
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


def _whole_hour_offsets(period: K.Period) -> bool:
    """Does the zone keep whole-hour offsets through the period (so a UTC hour is one local
    hour)? Checked every day, which catches DST and historical changes alike."""
    day = period.start
    while day <= period.end:
        offset = day.astimezone(period.tz).utcoffset() or timedelta(0)
        if offset.total_seconds() % 3600:
            return False
        day += timedelta(days=1)
    return True


def busiest_hours(
    conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters()
) -> list[list[int]]:
    """7x24 counts of public customer messages, Monday..Sunday by local hour."""
    width = 13 if _whole_hour_offsets(period) else 16  # group by UTC hour, else by minute
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
