"""The dashboard's fast path (rollups kept by triggers, then followed change by change) must
give exactly what the direct computation gives, on random data and random edits."""

import itertools
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agentdesk.core import kpi as K
from agentdesk.store import actions
from agentdesk.store import kpi as S
from agentdesk.store.db import open_cache
from agentdesk.store.interchange import import_lines

T0 = datetime(2026, 3, 20, tzinfo=UTC)  # the spring clock change in Europe is inside
CUSTOMERS = ("c1", "c2", "c3")
AGENTS = ("a1", "a2")
CATEGORIES = ("late_delivery", "refund", "damaged")
CHANNELS = ("email", "chat", "phone")
ZONES = ("UTC", "Europe/Copenhagen", "America/New_York", "Asia/Kolkata", "Europe/London")


def stamp(seconds: float) -> str:
    moment = T0 + timedelta(seconds=seconds)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return text + (moment.strftime(".%f") if moment.microsecond else "") + "Z"


seconds = st.one_of(
    st.integers(0, 20 * 86400).map(float),
    st.floats(0, 20 * 86400, allow_nan=False).map(lambda x: round(x, 3)),
)
tickets = st.lists(
    st.tuples(
        st.sampled_from(CUSTOMERS),
        st.sampled_from(CATEGORIES),
        st.sampled_from(CHANNELS),
        st.sampled_from((*AGENTS, None)),
        st.sampled_from(("customer", "customer", "proactive")),
        seconds,
        st.one_of(st.none(), st.integers(60, 6 * 86400)),
        st.lists(
            st.tuples(
                st.sampled_from(("customer", "agent", "agent", "system")),
                st.booleans(),
                st.integers(0, 3 * 86400),
            ),
            max_size=4,
        ),
    ),
    max_size=25,
)
surveys = st.lists(
    st.tuples(
        st.sampled_from(("csat", "nps")),
        st.integers(0, 10),
        seconds,
        st.one_of(st.none(), st.integers(0, 24)),
    ),
    max_size=8,
)


def records(ticket_rows, survey_rows):
    out = [
        *({"type": "agent", "id": a, "name": a, "role": "agent"} for a in AGENTS),
        *(
            {"type": "customer", "id": c, "name": c, "created_at": "2026-01-01T00:00:00Z"}
            for c in CUSTOMERS
        ),
    ]
    mid = itertools.count()
    for i, (customer, category, channel, agent, origin, at, solve, msgs) in enumerate(ticket_rows):
        row = {
            "type": "ticket",
            "id": f"t{i}",
            "customer_id": customer,
            "channel": channel,
            "category": category,
            "subject": "s",
            "status": "solved" if solve else "open",
            "created_at": stamp(at),
            "origin": origin,
        }
        if agent:
            row["assignee_id"] = agent
        if solve:
            row["solved_at"] = stamp(at + solve)
        out.append(row)
        for author, public, after in msgs:
            out.append(
                {
                    "type": "message",
                    "id": f"m{next(mid)}",
                    "ticket_id": f"t{i}",
                    "author": author,
                    "public": public,
                    "created_at": stamp(at + after),
                    "body": "x",
                    **({"author_id": "a1"} if author == "agent" else {}),
                }
            )
    for j, (kind, score, at, ticket) in enumerate(survey_rows):
        row = {
            "type": "survey",
            "id": f"s{j}",
            "customer_id": "c1",
            "kind": kind,
            "score": min(score, 5) if kind == "csat" else score,
            "created_at": stamp(at),
        }
        if kind == "csat" and row["score"] < 1:
            row["score"] = 1
        if ticket is not None and ticket < len(ticket_rows):
            row["ticket_id"] = f"t{ticket}"
        out.append(row)
    return out


filters = st.builds(
    S.Filters,
    agent_id=st.sampled_from((None, *AGENTS)),
    channel=st.sampled_from((None, *CHANNELS)),
    category=st.sampled_from((None, None, *CATEGORIES)),
)
periods = st.tuples(st.integers(0, 18), st.integers(0, 6), st.sampled_from(ZONES))


def span(p):
    first = T0.date() + timedelta(days=p[0])
    return K.period(first, first + timedelta(days=p[1]), p[2])


def fresh(tmp_path_factory, rows):
    conn = open_cache(tmp_path_factory.mktemp("r") / "c.sqlite", create=True).conn
    import_lines(conn, [json.dumps(r) for r in rows])
    return conn


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys, periods, filters)
def test_rollups_agree_with_the_direct_computation(tmp_path_factory, t, s, p, f):
    conn = fresh(tmp_path_factory, records(t, s))
    assert S.load(conn, span(p), f).result() == S.compute(conn, span(p), f)
    conn.close()


edits = st.lists(
    st.one_of(
        st.tuples(st.just("reply"), st.integers(0, 24), st.booleans()),
        st.tuples(st.just("status"), st.integers(0, 24), st.sampled_from(("solved", "open"))),
        st.tuples(st.just("assign"), st.integers(0, 24), st.sampled_from((*AGENTS, None))),
        st.tuples(st.just("category"), st.integers(0, 24), st.sampled_from(CATEGORIES)),
        st.tuples(
            st.just("new"),
            st.tuples(st.sampled_from(CUSTOMERS), st.integers(0, 70)),  # who, hours ago
            st.sampled_from(CATEGORIES),
        ),
        st.tuples(st.just("write"), st.integers(0, 24), st.just(None)),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, filters, edits)
def test_following_changes_gives_what_a_fresh_computation_gives(tmp_path_factory, t, f, e):
    conn = fresh(tmp_path_factory, records(t, []))
    today = datetime.now(UTC).date()
    period = K.period(today - timedelta(days=3), today, "Europe/Copenhagen")
    state = S.load(conn, period, f)
    for n, (kind, a, b) in enumerate(e):
        ids = [r[0] for r in conn.execute("SELECT id FROM tickets ORDER BY rowid")]
        with conn:
            if kind == "new":
                conn.execute(
                    "INSERT INTO tickets(id, customer_id, channel, category, subject, status, "
                    "created_at) VALUES (?, ?, 'chat', ?, 'n', 'open', ?)",
                    [
                        f"new{n}",
                        a[0],
                        b,
                        stamp((datetime.now(UTC) - T0).total_seconds() - a[1] * 3600),
                    ],
                )
            elif not ids:
                continue
            elif kind == "reply":
                actions.reply(conn, ids[a % len(ids)], "a1", "hello", public=b)
            elif kind == "write":  # the customer writes again
                tid = ids[a % len(ids)]
                conn.execute(
                    "INSERT INTO messages(id, ticket_id, author, public, created_at, body) "
                    "VALUES (?, ?, 'customer', 1, ?, 'again')",
                    [f"w{n}", tid, stamp((datetime.now(UTC) - T0).total_seconds())],
                )
            else:
                column = {"status": "status", "assign": "assignee_id", "category": "category"}
                actions.update_tickets(conn, [ids[a % len(ids)]], **{column[kind]: b})
        state = S.follow(conn, state)
        assert state.result() == S.compute(conn, period, f), (kind, a, b)
    conn.close()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys)
def test_triggers_keep_the_rollups_equal_to_a_rebuild(tmp_path_factory, t, s):
    conn = fresh(tmp_path_factory, records(t, s))
    with conn:  # move some tickets around, as agents do
        for (tid,) in conn.execute("SELECT id FROM tickets WHERE rowid % 3 = 0").fetchall():
            actions.update_tickets(conn, [tid], assignee_id="a2", category="refund")

    def snapshot():
        return (
            conn.execute("SELECT * FROM kpi_ticket ORDER BY ticket_id").fetchall(),
            conn.execute(
                "SELECT dim, value, hour, metric, n FROM kpi_hourly WHERE n != 0 "
                "ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            conn.execute(
                "SELECT dim, value, hour, metric, vals FROM kpi_hourly_values "
                "WHERE length(vals) > 0 ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            conn.execute(
                "SELECT value, metric, day, n FROM kpi_agent_day WHERE n != 0 ORDER BY 1, 2, 3"
            ).fetchall(),
            conn.execute(
                "SELECT value, metric, day, vals FROM kpi_agent_day_values "
                "WHERE length(vals) > 0 ORDER BY 1, 2, 3"
            ).fetchall(),
            conn.execute(
                "SELECT dim, value, metric, day, n FROM kpi_day WHERE n != 0 ORDER BY 1, 2, 3, 4"
            ).fetchall(),
            conn.execute(
                "SELECT dim, value, metric, day, vals FROM kpi_day_values "
                "WHERE length(vals) > 0 ORDER BY 1, 2, 3, 4"
            ).fetchall(),
        )

    kept = snapshot()
    # the agent day rows are the agent hour rows summed by day, whatever came first
    by_day = conn.execute(
        "SELECT value, metric, substr(hour, 1, 10), sum(n) FROM kpi_hourly WHERE dim = 'agent' "
        "GROUP BY 1, 2, 3 HAVING sum(n) != 0 ORDER BY 1, 2, 3"
    ).fetchall()
    assert kept[3] == by_day
    # and so are the other dimensions' day rows
    assert (
        kept[5]
        == conn.execute(
            "SELECT dim, value, metric, substr(hour, 1, 10), sum(n) FROM kpi_hourly "
            "WHERE dim != 'agent' GROUP BY 1, 2, 3, 4 HAVING sum(n) != 0 ORDER BY 1, 2, 3, 4"
        ).fetchall()
    )
    assert {r[:4] for r in kept[6]} <= {r[:4] for r in kept[5]} | {
        (r[0], r[1], r[3], r[2][:10]) for r in kept[2] if r[0] != "agent"
    }
    with conn:
        S.rebuild(conn)
    assert snapshot() == kept
    conn.close()


def test_a_deleted_ticket_leaves_the_rollups(tmp_path):
    conn = open_cache(tmp_path / "d.sqlite", create=True).conn
    rows = records(
        [("c1", "refund", "chat", "a1", "customer", 0.0, None, [("customer", True, 5)])], []
    )
    import_lines(conn, [json.dumps(r) for r in rows])
    assert (
        conn.execute(
            "SELECT sum(n) FROM kpi_hourly WHERE dim = 'channel' AND metric = 'messages'"
        ).fetchone()[0]
        == 1
    )
    with conn:
        conn.execute("DELETE FROM tickets WHERE id = 't0'")
    assert conn.execute("SELECT count(*) FROM kpi_ticket").fetchone()[0] == 0
    assert conn.execute("SELECT coalesce(sum(n), 0) FROM kpi_hourly").fetchone()[0] == 0


def test_an_earlier_ticket_arriving_late_makes_the_later_one_a_repeat(tmp_path):
    conn = open_cache(tmp_path / "n.sqlite", create=True).conn
    import_lines(conn, [json.dumps(r) for r in records([], [])])
    now = datetime.now(UTC).replace(microsecond=0)
    period = K.period(now.date() - timedelta(days=2), now.date() + timedelta(days=1), "UTC")
    state = S.load(conn, period)

    def new(tid, hours_ago):
        with conn:
            conn.execute(
                "INSERT INTO tickets(id, customer_id, channel, category, subject, status, "
                "created_at) VALUES (?, 'c1', 'chat', 'refund', 's', 'open', ?)",
                [tid, (now - timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")],
            )

    new("later", 1)
    state = S.follow(conn, state)
    assert state.result()["repeat_contact_pct"] == 0.0
    new("earlier", 5)  # synced in after the other, but written before it
    state = S.follow(conn, state)
    assert state.result()["repeat_contact_pct"] == 50.0
    assert state.result() == S.compute(conn, period)


def test_the_demo_cache_has_rollups_that_agree(demo_db):
    from tests.conftest import DEMO_NOW

    conn = open_cache(demo_db).conn
    assert (
        conn.execute("SELECT count(*) FROM kpi_ticket").fetchone()[0]
        == conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
    )
    period = K.period(DEMO_NOW.date() - timedelta(days=59), DEMO_NOW.date(), "Europe/Copenhagen")
    for f in (S.Filters(), S.Filters(channel="email"), S.Filters(agent_id="agent-2")):
        fast = S.load(conn, period, f).result()
        assert fast == S.compute(conn, period, f)
        assert fast["tickets_created"] > 0
    conn.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys, periods, filters)
def test_daily_series_agree_with_the_direct_computation_day_by_day(tmp_path_factory, t, s, p, f):
    conn = fresh(tmp_path_factory, records(t, s))
    whole = span(p)
    state = S.load(conn, whole, f)
    for i, tally in enumerate(state.days):  # proactive tickets are counted apart
        day = whole.first + timedelta(days=i)
        one = K.period(day, day, whole.tz.key)
        kept, args = f.where("t")
        direct = conn.execute(
            f"SELECT count(*) FROM tickets t WHERE t.origin = 'proactive' AND t.created_at >= ? "
            f"AND t.created_at < ?{kept}",
            [one.start_key, one.end_key, *args],
        ).fetchone()[0]
        assert tally.proactive == direct
    for key in (*K.TICKET_SERIES, *K.SURVEY_SERIES):
        values = S.series(conn, state, key)
        for i, value in enumerate(values):
            day = whole.first + timedelta(days=i)
            one = S.compute(conn, K.period(day, day, whole.tz.key), f)
            assert value == one[key], (key, day)
    conn.close()


def test_a_state_that_fell_behind_the_pruned_log_reloads(tmp_path):
    conn = open_cache(tmp_path / "p.sqlite", create=True).conn
    import_lines(conn, [json.dumps(r) for r in records([], [])])
    now = datetime.now(UTC).replace(microsecond=0)
    period = K.period(now.date(), now.date(), "UTC")
    state = S.load(conn, period)
    with conn:
        conn.execute(
            "INSERT INTO tickets(id, customer_id, channel, category, subject, status, created_at)"
            " VALUES ('x', 'c1', 'chat', 'refund', 's', 'open', ?)",
            [now.strftime("%Y-%m-%dT%H:%M:%SZ")],
        )
        conn.execute("DELETE FROM kpi_log")  # as the pruning does after 100,000 changes
        conn.execute("INSERT INTO kpi_log(seq, ticket_id) VALUES (999999, 'y')")
    state = S.follow(conn, state)
    assert state.result()["tickets_created"] == 1


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys, periods)
def test_each_breakdown_row_is_the_kpis_of_that_filter(tmp_path_factory, t, s, p):
    conn = fresh(tmp_path_factory, records(t, s))
    whole = span(p)
    keys = (
        "tickets_created",
        "tickets_solved",
        "first_response_median_s",
        "resolution_median_s",
        "one_touch_pct",
        "repeat_contact_pct",
        "csat_pct",
        "csat_responses",
    )
    for by, field in (("agent", "agent_id"), ("channel", "channel"), ("category", "category")):
        for row in S.breakdown(conn, whole, S.Filters(), by):
            if row["key"] is None:
                continue  # unassigned: no filter selects it
            direct = S.compute(conn, whole, S.Filters(**{field: row["key"]}))
            assert {k: row[k] for k in keys} == {k: direct[k] for k in keys}, (by, row["key"])
    conn.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys, periods, filters)
def test_drill_down_lists_as_many_tickets_as_the_figure_counts(tmp_path_factory, t, s, p, f):
    conn = fresh(tmp_path_factory, records(t, s))
    whole = span(p)
    out = S.compute(conn, whole, f)
    assert S.tickets_behind(conn, whole, f, "tickets_created")[0] == out["tickets_created"]
    assert S.tickets_behind(conn, whole, f, "tickets_solved")[0] == out["tickets_solved"]
    for category, n in out["top_categories"]:
        total, rows = S.tickets_behind(conn, whole, f, "category", category)
        assert total == n and all(r["category"] == category for r in rows)
    for weekday in range(7):
        for hour in range(24):
            messages = out["busiest_hours"][weekday][hour]
            total, _ = S.tickets_behind(conn, whole, f, "hour", (weekday, hour))
            assert (total > 0) == (messages > 0) and total <= messages
    conn.close()


def test_weekly_and_monthly_trends_add_up(demo_db):
    from tests.conftest import DEMO_NOW

    conn = open_cache(demo_db).conn
    period = K.period(DEMO_NOW.date() - timedelta(days=120), DEMO_NOW.date(), "Europe/Copenhagen")
    state = S.load(conn, period)
    total = state.result()["tickets_created"]
    for size in ("week", "month"):
        values = S.trend(conn, state, "tickets_created", size)
        assert sum(values) == total and len(values) == len(K.buckets(period, size))
        medians = S.trend(conn, state, "resolution_median_s", size)
        first, last = K.buckets(period, size)[0]
        sub = K.period(
            period.first + timedelta(days=first),
            period.first + timedelta(days=last),
            "Europe/Copenhagen",
        )
        assert medians[0] == S.compute(conn, sub)["resolution_median_s"]
    conn.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    tickets,
    surveys,
    filters,
    st.lists(
        st.one_of(
            edits.map(lambda e: e[0]),
            st.tuples(st.just("survey"), st.integers(0, 24), st.integers(1, 5)),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_the_agent_table_and_the_daily_medians_follow_changes(tmp_path_factory, t, s, f, e):
    conn = fresh(tmp_path_factory, records(t, s))
    today = datetime.now(UTC).date()
    period = K.period(today - timedelta(days=3), today, "Europe/Copenhagen")
    state = S.load(conn, period, f)
    S.breakdown(conn, period, f, "agent", state)  # the state keeps the agents from now on
    for n, (kind, a, b) in enumerate(e):
        ids = [r[0] for r in conn.execute("SELECT id FROM tickets ORDER BY rowid")]
        with conn:
            if kind == "new":
                conn.execute(
                    "INSERT INTO tickets(id, customer_id, channel, category, subject, status, "
                    "assignee_id, created_at) VALUES (?, ?, 'chat', ?, 'n', 'open', 'a1', ?)",
                    [f"new{n}", a[0], b, stamp((datetime.now(UTC) - T0).total_seconds() - 3600)],
                )
            elif not ids:
                continue
            elif kind == "survey":
                conn.execute(
                    "INSERT INTO surveys(id, customer_id, ticket_id, kind, score, created_at) "
                    "VALUES (?, 'c1', ?, 'csat', ?, ?)",
                    [
                        f"ns{n}",
                        ids[a % len(ids)],
                        b,
                        stamp((datetime.now(UTC) - T0).total_seconds()),
                    ],
                )
            elif kind == "reply":
                actions.reply(conn, ids[a % len(ids)], "a1", "hello", public=b)
            elif kind == "write":
                continue
            else:
                column = {"status": "status", "assign": "assignee_id", "category": "category"}
                actions.update_tickets(conn, [ids[a % len(ids)]], **{column[kind]: b})
        state = S.follow(conn, state)
        direct = S.breakdown(conn, period, f, "agent")
        assert S.breakdown(conn, period, f, "agent", state) == direct, (kind, a, b)
        again = S.load(conn, period, f)
        for key in K.MEDIAN_SERIES:
            assert S.series(conn, state, key) == S.series(conn, again, key), (key, kind, a, b)
            assert S.trend(conn, state, key, "week") == S.trend(conn, again, key, "week")
    conn.close()


def test_a_breakdown_after_an_unfollowed_change_reads_the_rows_directly(tmp_path):
    conn = open_cache(tmp_path / "b.sqlite", create=True).conn
    rows = records([("c1", "refund", "chat", "a1", "customer", 0.0, 3600, [])], [])
    import_lines(conn, [json.dumps(r) for r in rows])
    period = K.period(T0.date(), T0.date() + timedelta(days=1), "UTC")
    state = S.load(conn, period)
    with conn:
        actions.update_tickets(conn, ["t0"], assignee_id="a2")
    # the cache moved on since the state was read: the state cannot take the agents yet
    assert [r["key"] for r in S.breakdown(conn, period, S.Filters(), "agent", state)] == ["a2"]
    assert state.agents is None
    state = S.follow(conn, state)
    assert [r["key"] for r in S.breakdown(conn, period, S.Filters(), "agent", state)] == ["a2"]
    assert state.agents is not None


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tickets, surveys, periods, st.sampled_from((None, *AGENTS)))
def test_the_agent_table_from_the_day_rollups_is_the_direct_one(tmp_path_factory, t, s, p, a):
    # whole UTC days from kpi_agent_day, the hours at either end from kpi_hourly: in every
    # zone (a local day starts inside a UTC day) the rows are those read from the tickets
    conn = fresh(tmp_path_factory, records(t, s))
    period, f = span(p), S.Filters(agent_id=a)
    state = S.load(conn, period, f)
    assert S.breakdown(conn, period, f, "agent", state) == S.breakdown(conn, period, f, "agent")
    assert state.agents is not None  # (read from the rollups, not the direct way)
    conn.close()


@pytest.mark.parametrize("zone", ["Europe/Copenhagen", "America/New_York", "UTC"])
def test_the_agent_table_counts_the_hours_at_either_end_of_a_local_period(tmp_path, zone):
    # a local period starts and ends inside UTC days: the tickets of its first and last
    # hours count, those an hour outside do not
    first = T0.date() + timedelta(days=2)
    period = K.period(first, first + timedelta(days=2), zone)
    start, end = period.start.astimezone(UTC), period.end.astimezone(UTC)
    moments = {
        "before": start - timedelta(minutes=30),
        "first hour": start + timedelta(minutes=30),
        "middle": start + timedelta(hours=30),
        "last hour": end - timedelta(minutes=30),
        "after": end + timedelta(minutes=30),
    }
    rows = [
        ("c1", "refund", "chat", "a1", "customer", (m - T0).total_seconds(), 600, [])
        for m in moments.values()
    ]
    conn = open_cache(tmp_path / "e.sqlite", create=True).conn
    import_lines(conn, [json.dumps(r) for r in records(rows, [])])
    state = S.load(conn, period)
    table = S.breakdown(conn, period, S.Filters(), "agent", state)
    assert state.agents is not None
    assert table == S.breakdown(conn, period, S.Filters(), "agent")
    assert [(r["key"], r["tickets_created"], r["tickets_solved"]) for r in table] == [("a1", 3, 3)]
    conn.close()
