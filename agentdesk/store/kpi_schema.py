"""The KPI rollups (schema v4), kept current by triggers so the dashboard never rescans raw
rows (DESIGN §6, issue 6).

- kpi_ticket: one row of facts per ticket: first response, resolution, public agent replies
  ("touches") and whether it is a repeat contact.
- kpi_log: every change of a kpi_ticket row, old and new, so an open dashboard applies just
  the difference. It keeps the last 100,000 changes; a dashboard further behind reloads.
- kpi_hourly: counts per UTC hour, overall ('all') and by channel, category and agent:
  tickets created, contacts, repeats, solved, one-touch, public customer messages, CSAT and
  NPS responses with their good scores, promoters and detractors;
- kpi_hourly_values: the first-reply and resolution times themselves, per UTC hour and the
  same dims, as sorted packed doubles, so a period's medians are read as a few thousand
  blobs instead of a row per ticket.

The SQL functions ad_seconds, ad_bound, ad_sort and the ad_vals_* ones are Python, registered
on every connection (store/db.py).
"""

from __future__ import annotations

FACT_FIELDS = (
    "created_at",
    "solved_at",
    "channel",
    "assignee_id",
    "category",
    "origin",
    "first_response_s",
    "resolution_s",
    "touches",
    "repeat",
)
DIMS = ("all", "channel", "category", "agent")
TICKET_METRICS = ("created", "contacts", "repeats", "proactive", "solved", "one_touch")
SURVEY_METRICS = ("csat", "csat_good", "nps", "promoters", "detractors")

TABLES = """
CREATE TABLE kpi_ticket (
  ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  customer_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  solved_at TEXT,
  channel TEXT NOT NULL,
  assignee_id TEXT,
  category TEXT NOT NULL,
  origin TEXT NOT NULL,
  first_response_s REAL,
  resolution_s REAL,
  touches INTEGER NOT NULL,
  repeat INTEGER NOT NULL
);
-- Covering indexes: a period's facts are read in index order, never row by row.
CREATE INDEX kpi_ticket_created ON kpi_ticket(created_at, channel, assignee_id, category,
  origin, repeat, first_response_s);
CREATE INDEX kpi_ticket_solved ON kpi_ticket(solved_at, channel, assignee_id, category,
  touches, resolution_s) WHERE solved_at IS NOT NULL;
CREATE TABLE kpi_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  ticket_id TEXT NOT NULL,
{columns}
);
CREATE TABLE kpi_hourly (
  dim TEXT NOT NULL,    -- 'all', 'channel', 'category' or 'agent'
  value TEXT NOT NULL,  -- '' for 'all' and for unassigned tickets
  hour TEXT NOT NULL,   -- UTC 'YYYY-MM-DDTHH'
  metric TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (dim, value, hour, metric)
) WITHOUT ROWID;
CREATE TABLE kpi_hourly_values (
  dim TEXT NOT NULL,
  value TEXT NOT NULL,
  hour TEXT NOT NULL,
  metric TEXT NOT NULL, -- 'first_response' (by created hour) or 'resolution' (by solved hour)
  vals BLOB NOT NULL,   -- sorted little-endian doubles
  PRIMARY KEY (dim, value, hour, metric)
) WITHOUT ROWID;
CREATE VIEW kpi_dims AS
  SELECT id AS ticket_id, 'all' AS dim, '' AS value FROM tickets
  UNION ALL SELECT id, 'channel', channel FROM tickets
  UNION ALL SELECT id, 'category', category FROM tickets
  UNION ALL SELECT id, 'agent', coalesce(assignee_id, '') FROM tickets;
CREATE VIEW kpi_ticket_source AS
SELECT t.id AS ticket_id, t.customer_id, t.created_at, t.solved_at, t.channel, t.assignee_id,
  t.category, t.origin,
  ad_seconds(t.created_at, (SELECT min(rtrim(m.created_at, 'Z')) FROM messages m
    WHERE m.ticket_id = t.id AND m.author = 'agent' AND m.public = 1)) AS first_response_s,
  ad_seconds(t.created_at, t.solved_at) AS resolution_s,
  (SELECT count(*) FROM messages m
    WHERE m.ticket_id = t.id AND m.author = 'agent' AND m.public = 1) AS touches,
  EXISTS (SELECT 1 FROM tickets o WHERE o.customer_id = t.customer_id
    AND o.category = t.category AND o.id != t.id
    AND o.created_at >= ad_bound(t.created_at, -604800)
    AND rtrim(o.created_at, 'Z') >= ad_sort(t.created_at, -604800)
    AND rtrim(o.created_at, 'Z') < rtrim(t.created_at, 'Z')) AS repeat
FROM tickets t;
""".replace(
    "{columns}",
    ",\n".join(f"  {age}_{f} ANY" for age in ("old", "new") for f in FACT_FIELDS),
)

_UPSERT_FACT = (
    "ON CONFLICT(ticket_id) DO UPDATE SET customer_id = excluded.customer_id, "
    + ", ".join(f"{f} = excluded.{f}" for f in FACT_FIELDS)
)
_ADD = "ON CONFLICT(dim, value, hour, metric) DO UPDATE SET n = n + excluded.n"


def _refresh(ticket: str, when: str = "") -> str:
    return (
        f"\n  INSERT INTO kpi_ticket SELECT * FROM kpi_ticket_source "
        f"WHERE ticket_id = {ticket}{when}\n  {_UPSERT_FACT};"
    )


def _neighbours(r: str, only_new_repeats: bool) -> str:
    """Refresh the tickets whose repeat flag a ticket at (customer, category, created) can
    change: those of the week after it. A new ticket can only make them repeats, so the ones
    that already are stay as they are."""
    only = (
        "\n      AND NOT EXISTS (SELECT 1 FROM kpi_ticket k WHERE k.ticket_id = n.id AND k.repeat)"
        if only_new_repeats
        else ""
    )
    return f"""
  INSERT INTO kpi_ticket SELECT * FROM kpi_ticket_source WHERE ticket_id IN (
    SELECT n.id FROM tickets n WHERE n.customer_id = {r}.customer_id
      AND n.category = {r}.category AND n.created_at >= ad_bound({r}.created_at, -1)
      AND n.created_at < ad_bound({r}.created_at, 604801){only})
  {_UPSERT_FACT};"""


def _dims_of(r: str, ticket_column: str = "") -> str:
    """The (dim, value) rows a fact row, or the ticket of a message or survey, counts under."""
    if ticket_column:
        return (
            f"(SELECT 'all' AS dim, '' AS value UNION ALL SELECT dim, value FROM kpi_dims "
            f"WHERE ticket_id = {r}.{ticket_column} AND dim != 'all')"
        )
    return (
        f"(SELECT 'all' AS dim, '' AS value UNION ALL SELECT 'channel', {r}.channel "
        f"UNION ALL SELECT 'category', {r}.category "
        f"UNION ALL SELECT 'agent', coalesce({r}.assignee_id, ''))"
    )


def _fact_counts(r: str, sign: str) -> str:
    """A kpi_ticket row's part in the hourly counts, added (sign '') or taken away ('-')."""
    return f"""
  INSERT INTO kpi_hourly(dim, value, hour, metric, n)
    SELECT d.dim, d.value, substr(x.at, 1, 13), x.metric, {sign}x.n FROM {_dims_of(r)} d,
      (SELECT {r}.created_at AS at, 'created' AS metric, 1 AS n
       UNION ALL SELECT {r}.created_at, 'contacts', {r}.origin = 'customer'
       UNION ALL SELECT {r}.created_at, 'repeats', {r}.origin = 'customer' AND {r}.repeat
       UNION ALL SELECT {r}.created_at, 'proactive', {r}.origin = 'proactive'
       UNION ALL SELECT {r}.solved_at, 'solved', 1
       UNION ALL SELECT {r}.solved_at, 'one_touch', {r}.touches = 1) x
    WHERE x.at IS NOT NULL AND x.n != 0
  {_ADD};"""


def _fact_values(r: str, add: bool) -> str:
    """A kpi_ticket row's durations put into (add) or taken out of the hourly value blobs."""
    out = []
    for metric, at, value, only in (
        ("first_response", "created_at", "first_response_s", f" AND {r}.origin = 'customer'"),
        ("resolution", "solved_at", "resolution_s", ""),
    ):
        hour = f"substr({r}.{at}, 1, 13)"
        if add:
            out.append(f"""
  INSERT INTO kpi_hourly_values(dim, value, hour, metric, vals)
    SELECT d.dim, d.value, {hour}, '{metric}', ad_vals(NULL, {r}.{value}, 1)
    FROM {_dims_of(r)} d WHERE {r}.{value} IS NOT NULL{only}
  ON CONFLICT(dim, value, hour, metric) DO UPDATE SET vals = ad_vals(vals, {r}.{value}, 1);""")
        else:
            out.append(f"""
  UPDATE kpi_hourly_values SET vals = ad_vals(vals, {r}.{value}, -1)
    WHERE {r}.{value} IS NOT NULL{only} AND hour = {hour} AND metric = '{metric}'
      AND (dim, value) IN (SELECT dim, value FROM {_dims_of(r)});""")
    return "".join(out)


def _message_count(r: str, sign: str) -> str:
    return f"""
  INSERT INTO kpi_hourly(dim, value, hour, metric, n)
    SELECT d.dim, d.value, substr({r}.created_at, 1, 13), 'messages', {sign}1
    FROM {_dims_of(r, "ticket_id")} d WHERE {r}.author = 'customer' AND {r}.public = 1
  {_ADD};"""


_SURVEY_PARTS = """(SELECT {r}.kind AS metric, 1 AS n
       UNION ALL SELECT 'csat_good', {r}.kind = 'csat' AND {r}.score >= 4
       UNION ALL SELECT 'promoters', {r}.kind = 'nps' AND {r}.score >= 9
       UNION ALL SELECT 'detractors', {r}.kind = 'nps' AND {r}.score <= 6)"""


def _survey_count(r: str, sign: str) -> str:
    return f"""
  INSERT INTO kpi_hourly(dim, value, hour, metric, n)
    SELECT d.dim, d.value, substr({r}.created_at, 1, 13), x.metric, {sign}x.n
    FROM {_dims_of(r, "ticket_id")} d, {_SURVEY_PARTS.format(r=r)} x WHERE x.n != 0
  {_ADD};"""


def _move(r: str, sign: str) -> str:
    """A ticket's messages and surveys counted under its channel, category and agent:
    taken away from the old ones and added to the new when those change."""
    dims = (
        f"(SELECT 'channel' AS dim, {r}.channel AS value "
        f"UNION ALL SELECT 'category', {r}.category "
        f"UNION ALL SELECT 'agent', coalesce({r}.assignee_id, ''))"
    )
    return f"""
  INSERT INTO kpi_hourly(dim, value, hour, metric, n)
    SELECT d.dim, d.value, h.hour, h.metric, {sign}h.n FROM {dims} d,
      (SELECT substr(created_at, 1, 13) AS hour, 'messages' AS metric, count(*) AS n
         FROM messages WHERE ticket_id = {r}.id AND author = 'customer' AND public = 1
         GROUP BY 1
       UNION ALL SELECT substr(created_at, 1, 13), kind, count(*)
         FROM surveys WHERE ticket_id = {r}.id GROUP BY 1, 2
       UNION ALL SELECT substr(created_at, 1, 13), 'csat_good', count(*) FROM surveys
         WHERE ticket_id = {r}.id AND kind = 'csat' AND score >= 4 GROUP BY 1
       UNION ALL SELECT substr(created_at, 1, 13), 'promoters', count(*) FROM surveys
         WHERE ticket_id = {r}.id AND kind = 'nps' AND score >= 9 GROUP BY 1
       UNION ALL SELECT substr(created_at, 1, 13), 'detractors', count(*) FROM surveys
         WHERE ticket_id = {r}.id AND kind = 'nps' AND score <= 6 GROUP BY 1) h
    WHERE h.n != 0
  {_ADD};"""


def _log(old: str | None, new: str | None) -> str:
    cols = ", ".join(f"{age}_{f}" for age in ("old", "new") for f in FACT_FIELDS)
    vals = ", ".join(f"{row}.{f}" if row else "NULL" for row in (old, new) for f in FACT_FIELDS)
    return f"""
  INSERT INTO kpi_log(ticket_id, {cols}) VALUES ({new or old}.ticket_id, {vals});"""


_AGENT_REPLY = " AND {r}.author = 'agent' AND {r}.public = 1"
_FACT_CHANGED = " OR ".join(f"old.{f} IS NOT new.{f}" for f in FACT_FIELDS)

TRIGGERS: dict[str, str] = {
    "kpi_tickets_ai": "AFTER INSERT ON tickets BEGIN"
    + _refresh("new.id")
    + _neighbours("new", only_new_repeats=True)
    + "\nEND;",
    "kpi_tickets_au": "AFTER UPDATE OF customer_id, created_at, solved_at, channel, "
    "assignee_id, category, origin ON tickets BEGIN"
    + _refresh("new.id")
    + _neighbours("old", only_new_repeats=False)
    + _neighbours("new", only_new_repeats=False)
    + "\nEND;",
    "kpi_tickets_ad": "AFTER DELETE ON tickets BEGIN"
    + _neighbours("old", only_new_repeats=False)
    + "\nEND;",
    # A ticket's messages leave the counts while the ticket can still say its channel.
    "kpi_tickets_bd": "BEFORE DELETE ON tickets BEGIN\n"
    "  DELETE FROM messages WHERE ticket_id = old.id;\nEND;",
    "kpi_tickets_dims_au": "AFTER UPDATE OF channel, category, assignee_id ON tickets "
    "WHEN old.channel IS NOT new.channel OR old.category IS NOT new.category "
    "OR old.assignee_id IS NOT new.assignee_id BEGIN"
    + _move("old", "-")
    + _move("new", "")
    + "\nEND;",
    "kpi_messages_ai": "AFTER INSERT ON messages BEGIN"
    + _message_count("new", "")
    + _refresh("new.ticket_id", _AGENT_REPLY.format(r="new"))
    + "\nEND;",
    "kpi_messages_ad": "AFTER DELETE ON messages BEGIN"
    + _message_count("old", "-")
    + _refresh("old.ticket_id", _AGENT_REPLY.format(r="old"))
    + "\nEND;",
    "kpi_messages_au": "AFTER UPDATE OF ticket_id, author, public, created_at ON messages BEGIN"
    + _message_count("old", "-")
    + _message_count("new", "")
    + _refresh("old.ticket_id")
    + _refresh("new.ticket_id")
    + "\nEND;",
    "kpi_surveys_ai": "AFTER INSERT ON surveys BEGIN" + _survey_count("new", "") + "\nEND;",
    "kpi_surveys_ad": "AFTER DELETE ON surveys BEGIN" + _survey_count("old", "-") + "\nEND;",
    "kpi_surveys_au": "AFTER UPDATE OF kind, score, created_at, ticket_id ON surveys BEGIN"
    + _survey_count("old", "-")
    + _survey_count("new", "")
    + "\nEND;",
    "kpi_facts_ai": "AFTER INSERT ON kpi_ticket BEGIN"
    + _log(None, "new")
    + _fact_counts("new", "")
    + _fact_values("new", add=True)
    + "\nEND;",
    "kpi_facts_au": f"AFTER UPDATE ON kpi_ticket WHEN {_FACT_CHANGED} BEGIN"
    + _log("old", "new")
    + _fact_counts("old", "-")
    + _fact_counts("new", "")
    + _fact_values("old", add=False)
    + _fact_values("new", add=True)
    + "\nEND;",
    "kpi_facts_ad": "AFTER DELETE ON kpi_ticket BEGIN"
    + _log("old", None)
    + _fact_counts("old", "-")
    + _fact_values("old", add=False)
    + "\nEND;",
    "kpi_log_prune": "AFTER INSERT ON kpi_log WHEN new.seq % 1000 = 0 BEGIN\n"
    "  DELETE FROM kpi_log WHERE seq < new.seq - 100000;\nEND;",
}

_DIM_VALUE = {
    "all": "''",
    "channel": "{t}.channel",
    "category": "{t}.category",
    "agent": "coalesce({t}.assignee_id, '')",
}


def _rebuild_counts() -> list[str]:
    out = []
    for dim in DIMS:
        value = _DIM_VALUE[dim].format(t="k")
        for metric, at, column, only in (
            ("first_response", "created_at", "first_response_s", " AND k.origin = 'customer'"),
            ("resolution", "solved_at", "resolution_s", ""),
        ):
            out.append(
                f"INSERT INTO kpi_hourly_values(dim, value, hour, metric, vals) "
                f"SELECT '{dim}', {value}, substr(k.{at}, 1, 13), '{metric}', "
                f"ad_vals_pack(k.{column}) FROM kpi_ticket k "
                f"WHERE k.{column} IS NOT NULL{only} GROUP BY 2, 3"
            )
        for metric, at, n in (
            ("created", "created_at", "count(*)"),
            ("contacts", "created_at", "sum(origin = 'customer')"),
            ("repeats", "created_at", "sum(origin = 'customer' AND repeat)"),
            ("proactive", "created_at", "sum(origin = 'proactive')"),
            ("solved", "solved_at", "count(*)"),
            ("one_touch", "solved_at", "sum(touches = 1)"),
        ):
            out.append(
                f"INSERT INTO kpi_hourly(dim, value, hour, metric, n) "
                f"SELECT '{dim}', {value}, substr(k.{at}, 1, 13), '{metric}', {n} "
                f"FROM kpi_ticket k WHERE k.{at} IS NOT NULL GROUP BY 2, 3 HAVING {n} != 0"
            )
        tvalue = _DIM_VALUE[dim].format(t="t")
        out.append(
            f"INSERT INTO kpi_hourly(dim, value, hour, metric, n) "
            f"SELECT '{dim}', {tvalue}, substr(m.created_at, 1, 13), 'messages', count(*) "
            f"FROM messages m JOIN tickets t ON t.id = m.ticket_id "
            f"WHERE m.author = 'customer' AND m.public = 1 GROUP BY 2, 3"
        )
        join = "LEFT JOIN" if dim == "all" else "JOIN"
        for metric, n in (
            ("csat", "sum(s.kind = 'csat')"),
            ("csat_good", "sum(s.kind = 'csat' AND s.score >= 4)"),
            ("nps", "sum(s.kind = 'nps')"),
            ("promoters", "sum(s.kind = 'nps' AND s.score >= 9)"),
            ("detractors", "sum(s.kind = 'nps' AND s.score <= 6)"),
        ):
            out.append(
                f"INSERT INTO kpi_hourly(dim, value, hour, metric, n) "
                f"SELECT '{dim}', {tvalue}, substr(s.created_at, 1, 13), '{metric}', {n} "
                f"FROM surveys s {join} tickets t ON t.id = s.ticket_id "
                f"GROUP BY 2, 3 HAVING {n} != 0"
            )
    return out


# Rebuilding starts a new generation: a dashboard of the old one reloads.
REBUILD: list[str] = [
    "DELETE FROM kpi_ticket",
    "DELETE FROM kpi_hourly",
    "DELETE FROM kpi_hourly_values",
    "INSERT INTO kpi_ticket SELECT * FROM kpi_ticket_source",
    *_rebuild_counts(),
    "DELETE FROM kpi_log",
    "INSERT INTO meta(key, value) VALUES ('kpi_generation', 1) "
    "ON CONFLICT(key) DO UPDATE SET value = value + 1",
]

MIGRATION = (
    "DROP TABLE kpi_daily;\n"
    + TABLES
    + "".join(f"{statement};\n" for statement in REBUILD)
    + "".join(f"CREATE TRIGGER {name} {body}\n" for name, body in TRIGGERS.items())
)


# v8: per-agent day rollups. The agent table of a period reads a row per agent, metric and
# UTC day (and kpi_hourly for the hours at either end that are not a whole UTC day), where
# kpi_hourly alone would give a row per agent, metric and hour: at a ticket or two per agent
# an hour, that was as many rows as tickets. Kept from kpi_hourly(_values) by triggers, so
# every path that counts there (facts, messages, surveys, moves) counts here too.
AGENT_DAY_TABLES = """
CREATE TABLE kpi_agent_day (
  value TEXT NOT NULL,  -- the assignee, '' for unassigned
  metric TEXT NOT NULL,
  day TEXT NOT NULL,    -- UTC 'YYYY-MM-DD'
  n INTEGER NOT NULL,
  PRIMARY KEY (value, metric, day)
) WITHOUT ROWID;
CREATE TABLE kpi_agent_day_values (
  value TEXT NOT NULL,
  metric TEXT NOT NULL,
  day TEXT NOT NULL,
  vals BLOB NOT NULL,   -- sorted little-endian doubles, the day's hours merged
  PRIMARY KEY (value, metric, day)
) WITHOUT ROWID;
"""

_DAY_KEY = "value = {r}.value AND metric = {r}.metric AND day = substr({r}.hour, 1, 10)"

AGENT_DAY_TRIGGERS: dict[str, str] = {
    "kpi_agent_day_ai": "AFTER INSERT ON kpi_hourly WHEN new.dim = 'agent' BEGIN\n"
    "  INSERT INTO kpi_agent_day(value, metric, day, n) "
    "VALUES (new.value, new.metric, substr(new.hour, 1, 10), new.n)\n"
    "  ON CONFLICT(value, metric, day) DO UPDATE SET n = n + excluded.n;\nEND;",
    "kpi_agent_day_au": "AFTER UPDATE OF n ON kpi_hourly WHEN new.dim = 'agent' BEGIN\n"
    f"  UPDATE kpi_agent_day SET n = n + new.n - old.n WHERE {_DAY_KEY.format(r='new')};\nEND;",
    "kpi_agent_day_ad": "AFTER DELETE ON kpi_hourly WHEN old.dim = 'agent' BEGIN\n"
    f"  UPDATE kpi_agent_day SET n = n - old.n WHERE {_DAY_KEY.format(r='old')};\nEND;",
    "kpi_agent_vals_ai": "AFTER INSERT ON kpi_hourly_values WHEN new.dim = 'agent' BEGIN\n"
    "  INSERT INTO kpi_agent_day_values(value, metric, day, vals) "
    "VALUES (new.value, new.metric, substr(new.hour, 1, 10), new.vals)\n"
    "  ON CONFLICT(value, metric, day) DO UPDATE "
    "SET vals = ad_vals_shift(vals, NULL, excluded.vals);\nEND;",
    "kpi_agent_vals_au": "AFTER UPDATE OF vals ON kpi_hourly_values WHEN new.dim = 'agent' "
    "BEGIN\n  UPDATE kpi_agent_day_values SET vals = ad_vals_shift(vals, old.vals, new.vals) "
    f"WHERE {_DAY_KEY.format(r='new')};\nEND;",
    "kpi_agent_vals_ad": "AFTER DELETE ON kpi_hourly_values WHEN old.dim = 'agent' BEGIN\n"
    "  UPDATE kpi_agent_day_values SET vals = ad_vals_shift(vals, old.vals, NULL) "
    f"WHERE {_DAY_KEY.format(r='old')};\nEND;",
}


def _day_rebuild(table: str, columns: str, where: str) -> list[str]:
    """Refill a day rollup (`table` and `table`_values) from the hourly rows `where` picks,
    grouped by `columns` and the UTC day."""
    groups = ", ".join(str(i + 1) for i in range(columns.count(",") + 2))
    return [
        f"DELETE FROM {table}",
        f"DELETE FROM {table}_values",
        f"INSERT INTO {table}({columns}, day, n) SELECT {columns}, substr(hour, 1, 10), "
        f"sum(n) FROM kpi_hourly WHERE {where} GROUP BY {groups}",
        f"INSERT INTO {table}_values({columns}, day, vals) SELECT {columns}, "
        f"substr(hour, 1, 10), ad_vals_join(vals) FROM kpi_hourly_values WHERE {where} "
        f"GROUP BY {groups}",
    ]


AGENT_DAY_REBUILD = _day_rebuild("kpi_agent_day", "value, metric", "dim = 'agent'")


def _migration(tables: str, rebuild: list[str], triggers: dict[str, str]) -> str:
    """The script that adds a rollup: its tables, filled, then its triggers."""
    return (
        tables
        + "".join(f"{statement};\n" for statement in rebuild)
        + "".join(f"CREATE TRIGGER {name} {body}\n" for name, body in triggers.items())
    )


AGENT_DAY_MIGRATION = _migration(AGENT_DAY_TABLES, AGENT_DAY_REBUILD, AGENT_DAY_TRIGGERS)


# v11: day rollups for the other dimensions ('all', channel, category). A period whose local
# days are UTC days (a zone at UTC+0 through it) reads a row per metric and day where
# kpi_hourly gives one per metric and hour: the dashboard's counts and medians of a 90-day
# period at a million tickets went from ~45k rows to ~2k. Other zones read the hours.
# Kept from kpi_hourly(_values) by the same kind of triggers as the agent days above.
DAY_TABLES = """
CREATE TABLE kpi_day (
  dim TEXT NOT NULL,    -- 'all', 'channel' or 'category' (agents: kpi_agent_day)
  value TEXT NOT NULL,
  metric TEXT NOT NULL,
  day TEXT NOT NULL,    -- UTC 'YYYY-MM-DD'
  n INTEGER NOT NULL,
  PRIMARY KEY (dim, value, metric, day)
) WITHOUT ROWID;
CREATE TABLE kpi_day_values (
  dim TEXT NOT NULL,
  value TEXT NOT NULL,
  metric TEXT NOT NULL,
  day TEXT NOT NULL,
  vals BLOB NOT NULL,   -- sorted little-endian doubles, the day's hours merged
  PRIMARY KEY (dim, value, metric, day)
) WITHOUT ROWID;
"""

_DIM_DAY_KEY = "dim = {r}.dim AND " + _DAY_KEY
_KEY = "dim, value, metric, day"

DAY_TRIGGERS: dict[str, str] = {
    "kpi_day_ai": "AFTER INSERT ON kpi_hourly WHEN new.dim != 'agent' BEGIN\n"
    f"  INSERT INTO kpi_day({_KEY}, n) "
    "VALUES (new.dim, new.value, new.metric, substr(new.hour, 1, 10), new.n)\n"
    f"  ON CONFLICT({_KEY}) DO UPDATE SET n = n + excluded.n;\nEND;",
    "kpi_day_au": "AFTER UPDATE OF n ON kpi_hourly WHEN new.dim != 'agent' BEGIN\n"
    f"  UPDATE kpi_day SET n = n + new.n - old.n WHERE {_DIM_DAY_KEY.format(r='new')};\nEND;",
    "kpi_day_ad": "AFTER DELETE ON kpi_hourly WHEN old.dim != 'agent' BEGIN\n"
    f"  UPDATE kpi_day SET n = n - old.n WHERE {_DIM_DAY_KEY.format(r='old')};\nEND;",
    "kpi_day_vals_ai": "AFTER INSERT ON kpi_hourly_values WHEN new.dim != 'agent' BEGIN\n"
    f"  INSERT INTO kpi_day_values({_KEY}, vals) "
    "VALUES (new.dim, new.value, new.metric, substr(new.hour, 1, 10), new.vals)\n"
    f"  ON CONFLICT({_KEY}) DO UPDATE "
    "SET vals = ad_vals_shift(vals, NULL, excluded.vals);\nEND;",
    "kpi_day_vals_au": "AFTER UPDATE OF vals ON kpi_hourly_values WHEN new.dim != 'agent' "
    "BEGIN\n  UPDATE kpi_day_values SET vals = ad_vals_shift(vals, old.vals, new.vals) "
    f"WHERE {_DIM_DAY_KEY.format(r='new')};\nEND;",
    "kpi_day_vals_ad": "AFTER DELETE ON kpi_hourly_values WHEN old.dim != 'agent' BEGIN\n"
    "  UPDATE kpi_day_values SET vals = ad_vals_shift(vals, old.vals, NULL) "
    f"WHERE {_DIM_DAY_KEY.format(r='old')};\nEND;",
}

DAY_REBUILD = _day_rebuild("kpi_day", "dim, value, metric", "dim != 'agent'")

DAY_MIGRATION = _migration(DAY_TABLES, DAY_REBUILD, DAY_TRIGGERS)
