"""KPIs straight from the tickets, messages and surveys (DESIGN §6): the reference the
dashboard's fast path is checked against, and what `agentdesk kpi` prints.

Filters keep tickets (assignee, channel, category); messages and surveys count only when
their ticket is kept, and surveys without a ticket drop out under any filter. The earlier
ticket that makes a repeat contact may be any ticket of the customer, kept or not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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


# --- the fast path: rollups in, a KpiState out, kept current change by change -----------

_FACT_COLUMNS = (
    "k.ticket_id, k.created_at, k.solved_at, k.channel, k.assignee_id, k.category, k.origin, "
    "k.first_response_s, k.resolution_s, k.touches, k.repeat"
)


def _facts(
    conn: sqlite3.Connection, period: K.Period, filters: Filters, where: str, args: list[Any]
) -> list[K.Fact]:
    width, days = K.day_map(period)
    kept, kargs = filters.where("k")
    out = []
    for (
        tid,
        created,
        solved,
        channel,
        agent,
        category,
        origin,
        frt,
        res,
        touches,
        rep,
    ) in conn.execute(
        f"SELECT {_FACT_COLUMNS} FROM kpi_ticket k WHERE {where}{kept}", [*args, *kargs]
    ):
        out.append(
            K.Fact(
                tid,
                days.get(created[:width]),
                days.get(solved[:width]) if solved else None,
                channel,
                agent,
                category,
                origin,
                frt,
                res,
                touches,
                bool(rep),
            )
        )
    return out


def _grid(conn: sqlite3.Connection, period: K.Period, filters: Filters) -> list[list[int]]:
    chosen = [
        (dim, value)
        for dim, value in (
            ("agent", filters.agent_id),
            ("channel", filters.channel),
            ("category", filters.category),
        )
        if value is not None
    ]
    if len(chosen) > 1 or not K.whole_hours(period):
        return busiest_hours(conn, period, filters)  # few tickets, or an odd zone: count
    dim, value = chosen[0] if chosen else ("all", "")
    grid = K.empty_hours()
    for hour, n in conn.execute(
        "SELECT hour, n FROM kpi_hourly WHERE dim = ? AND value = ? AND hour >= ? AND hour < ?",
        [dim, value, period.start_key[:13], period.end_key[:13]],
    ):
        if n:
            weekday, local = K.local_slot(K.parse_utc(hour + ":00:00Z"), period.tz)
            grid[weekday][local] += n
    return grid


def load(conn: sqlite3.Connection, period: K.Period, filters: Filters = Filters()) -> K.KpiState:
    """The KPIs of a period from the rollups, ready to follow changes (see `follow`)."""
    state = K.KpiState(period, filters)
    conn.execute("BEGIN")  # one snapshot: the watermarks match what was read
    try:
        for name in ("tickets", "messages", "surveys"):
            state.watermarks[name] = (
                conn.execute(f"SELECT max(rowid) FROM {name}").fetchone()[0] or 0
            )
        lo, hi = period.start_key, period.end_key
        for fact in _facts(
            conn,
            period,
            filters,
            "((k.created_at >= ? AND k.created_at < ?) OR (k.solved_at >= ? AND k.solved_at < ?))",
            [lo, hi, lo, hi],
        ):
            state.put(fact.ticket_id, fact)
        state.grid = _grid(conn, period, filters)
        state.add_surveys(surveys(conn, period, filters))
    finally:
        conn.execute("COMMIT")
    return state


def follow(
    conn: sqlite3.Connection, state: K.KpiState, ticket_ids: frozenset[str] = frozenset()
) -> K.KpiState:
    """Bring `state` up to date after a write: the tickets named in `ticket_ids`, and the
    tickets, messages and surveys added since its watermarks (whoever wrote them).

    Unfiltered, messages and surveys are added one by one. Under a filter a ticket that moves
    to another agent or channel takes its messages and surveys with it, so those two are read
    again from the rollups (a filter keeps them small)."""
    filters: Filters = state.filters or Filters()
    period = state.period
    marks = state.watermarks
    changed = set(ticket_ids)
    conn.execute("BEGIN")
    try:
        top = {
            name: conn.execute(f"SELECT max(rowid) FROM {name}").fetchone()[0] or 0
            for name in ("tickets", "messages", "surveys")
        }
        changed.update(
            tid
            for (tid,) in conn.execute("SELECT id FROM tickets WHERE rowid > ?", [marks["tickets"]])
        )
        slots = []
        for tid, author, public, created in conn.execute(
            "SELECT ticket_id, author, public, created_at FROM messages "
            "WHERE rowid > ? AND rowid <= ?",
            [marks["messages"], top["messages"]],
        ):
            if author == "agent" and public:
                changed.add(tid)
            elif author == "customer" and public and period.start_key <= created < period.end_key:
                slots.append(K.local_slot(K.parse_utc(created), period.tz))
        ids = sorted(changed | _neighbours(conn, changed))
        facts = {f.ticket_id: f for f in _facts_for(conn, period, filters, ids)}
        for tid in ids:
            state.put(tid, facts.get(tid))
        if filters:
            state.grid = _grid(conn, period, filters)
            state.csat, state.nps = [], []
            state.add_surveys(surveys(conn, period, filters))
        else:
            state.add_messages(slots)
            state.add_surveys(surveys(conn, period, filters, after=marks["surveys"]))
        state.watermarks = top
    finally:
        conn.execute("COMMIT")
    return state


def _neighbours(conn: sqlite3.Connection, ids: set[str]) -> set[str]:
    """Tickets whose repeat-contact flag may have changed with these (same customer and
    category, within a week either side)."""
    out: set[str] = set()
    for tid in ids:
        row = conn.execute(
            "SELECT customer_id, category, created_at FROM tickets WHERE id = ?", [tid]
        ).fetchone()
        if row is None:
            continue
        customer, category, created = row
        moment = K.parse_utc(created)
        out.update(
            n
            for (n,) in conn.execute(
                "SELECT id FROM tickets WHERE customer_id = ? AND category = ? "
                "AND created_at >= ? AND created_at < ?",
                [
                    customer,
                    category,
                    K.bound_text(moment - K.REPEAT_WINDOW - timedelta(seconds=1)),
                    K.bound_text(moment + K.REPEAT_WINDOW + timedelta(seconds=1)),
                ],
            )
        )
    return out


def _facts_for(
    conn: sqlite3.Connection, period: K.Period, filters: Filters, ids: list[str]
) -> list[K.Fact]:
    out: list[K.Fact] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out += _facts(
            conn, period, filters, f"k.ticket_id IN ({','.join('?' * len(chunk))})", chunk
        )
    return out


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute the KPI rollups from the raw rows (after a bulk load, or to repair)."""
    from agentdesk.store.schema import KPI_REBUILD

    for statement in KPI_REBUILD.strip().split(";\n"):
        if statement.strip():
            conn.execute(statement)


@contextmanager
def bulk(conn: sqlite3.Connection) -> Iterator[None]:
    """For loading many rows at once: the KPI triggers rest, and the rollups are rebuilt in
    one pass at the end (far quicker than row by row). Run inside the load's transaction."""
    from agentdesk.store.schema import KPI_TRIGGERS

    for name in KPI_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        rebuild(conn)
        for name, body in KPI_TRIGGERS.items():
            conn.execute(f"CREATE TRIGGER {name} {body}")
