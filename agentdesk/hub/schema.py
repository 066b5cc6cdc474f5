"""The team hub's schema in PostgreSQL: forward-only migrations, roles, row-level security.

The hub holds the support side only (agents, tickets, messages, calls, notes, surveys,
action plans and steps, training sessions); customers, orders and parcels stay with the
shop. Each table has the columns of the desktop cache's table of the same name (timestamps
kept as the cache's RFC 3339 text, so a row goes round exactly), plus ``version`` (1 on
insert, +1 on each accepted update), ``hub_by`` (the agent whose push wrote it) and
``hub_at``.

Change sequence: a trigger on every table writes the new row into ``changes`` with a
``seq`` from an identity column and sends NOTIFY ``agentdesk_changes`` (delivered at
commit). Before it takes a ``seq`` it takes one transaction-level advisory lock, held to the
end of the transaction: writers of changes commit one at a time, in ``seq`` order, so a
reader never sees seq N+1 committed while N is still in flight (the gap problem), and
pulling ``seq > cursor`` never skips anything. Gaps from rolled-back transactions never fill
in, which is harmless.

Writes: desktops' roles may only SELECT; they write through ``hub_push()`` (SECURITY
DEFINER), which is idempotent on the outbox item's key (``hub_applied``), enforces who may
write what, and does the compare-and-set on ``version`` for updates.

Access: every agent logs in with their own database role (``agents.db_role``), member of
``agentdesk_member``. Policies: trainers and trainees see no customer-bearing rows
(tickets, messages, calls, notes, surveys, plans, steps); training sessions are seen by
their trainee, trainers and leads; per-agent performance (``agent_performance``) by leads
only.
"""

from __future__ import annotations

import re
from typing import Any

# column name -> SQL type, in the order of the desktop cache's tables
TABLES: dict[str, dict[str, str]] = {
    "agents": {"id": "text", "name": "text", "email": "text", "role": "text"},
    "tickets": {
        "id": "text",
        "customer_id": "text",
        "order_id": "text",
        "channel": "text",
        "category": "text",
        "subject": "text",
        "status": "text",
        "priority": "text",
        "assignee_id": "text",
        "origin": "text",
        "journey_stage": "text",
        "created_at": "text",
        "first_response_at": "text",
        "solved_at": "text",
        "sla_due_at": "text",
        "updated_at": "text",
    },
    "messages": {
        "id": "text",
        "ticket_id": "text",
        "author": "text",
        "author_id": "text",
        "public": "integer",
        "created_at": "text",
        "body": "text",
        "updated_at": "text",
    },
    "calls": {
        "id": "text",
        "customer_id": "text",
        "ticket_id": "text",
        "agent_id": "text",
        "started_at": "text",
        "ended_at": "text",
        "outcome": "text",
        "summary": "text",
        "follow_up_at": "text",
        "updated_at": "text",
    },
    "notes": {
        "id": "text",
        "customer_id": "text",
        "order_id": "text",
        "author_id": "text",
        "created_at": "text",
        "body": "text",
        "pinned": "integer",
        "kind": "text",
        "edited_at": "text",
        "updated_at": "text",
    },
    "surveys": {
        "id": "text",
        "customer_id": "text",
        "ticket_id": "text",
        "kind": "text",
        "score": "integer",
        "created_at": "text",
        "comment": "text",
    },
    "action_plans": {
        "id": "text",
        "customer_id": "text",
        "ticket_id": "text",
        "goal": "text",
        "owner_id": "text",
        "due_at": "text",
        "status": "text",
        "outcome": "text",
        "created_at": "text",
        "template": "text",
        "cause": "text",
        "order_id": "text",
        "updated_at": "text",
    },
    "action_steps": {
        "id": "text",
        "plan_id": "text",
        "position": "integer",
        "title": "text",
        "kind": "text",
        "owner_id": "text",
        "due_at": "text",
        "done_at": "text",
        "amount": "text",
        "currency": "text",
        "goodwill_id": "text",
        "updated_at": "text",
    },
    "training_sessions": {
        "id": "text",
        "scenario_id": "text",
        "trainee_id": "text",
        "language": "text",
        "started_at": "text",
        "ended_at": "text",
        "outcome": "text",
        "total_score": "double precision",
    },
}
# Rows about customers: out of reach of trainers and trainees.
CUSTOMER_TABLES = (
    "tickets",
    "messages",
    "calls",
    "notes",
    "surveys",
    "action_plans",
    "action_steps",
)
ROLES = ("agent", "lead", "trainer", "trainee")
MEMBER = "agentdesk_member"
CHANNEL = "agentdesk_changes"
LOCK_KEY = 0x4144_4855_42  # the advisory lock every change writer takes ("ADHUB")


def _tables_sql() -> str:
    parts = []
    for table, cols in TABLES.items():
        body = ",\n  ".join(
            f"{c} {t} PRIMARY KEY" if c == "id" else f"{c} {t}" for c, t in cols.items()
        )
        parts.append(
            f"CREATE TABLE {table} (\n  {body},\n"
            "  version bigint NOT NULL DEFAULT 1,\n  hub_by text,\n"
            "  hub_at timestamptz NOT NULL DEFAULT now()\n);\n"
            f"CREATE TRIGGER {table}_changes AFTER INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION hub_log_change();\n"
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\n"
        )
    cols_rows = ",\n".join(
        f"('{t}', '{', '.join(c for c in cols if c != 'id')}')" for t, cols in TABLES.items()
    )
    parts.append(f"INSERT INTO hub_tables(tbl, cols) VALUES\n{cols_rows};\n")
    return "".join(parts)


def _policies_sql() -> str:
    staff = "(SELECT hub_role()) IN ('agent', 'lead')"
    parts = [
        "CREATE POLICY agents_read ON agents FOR SELECT USING ((SELECT hub_role()) IS NOT NULL);"
    ]
    for table in CUSTOMER_TABLES:
        parts.append(f"CREATE POLICY {table}_read ON {table} FOR SELECT USING ({staff});")
    parts.append(
        "CREATE POLICY training_sessions_read ON training_sessions FOR SELECT USING ("
        "(SELECT hub_role()) IN ('lead', 'trainer') OR trainee_id = (SELECT hub_agent()));"
    )
    in_customer = ", ".join(f"'{t}'" for t in CUSTOMER_TABLES)
    parts.append(
        "CREATE POLICY changes_read ON changes FOR SELECT USING (CASE "
        "WHEN tbl = 'agents' THEN (SELECT hub_role()) IS NOT NULL "
        "WHEN tbl = 'training_sessions' THEN (SELECT hub_role()) IN ('lead', 'trainer') "
        "OR data->>'trainee_id' = (SELECT hub_agent()) "
        f"WHEN tbl IN ({in_customer}) THEN {staff} ELSE false END);"
    )
    return "\n".join(parts) + "\n"


V1 = (
    """
CREATE TABLE hub_tables (tbl text PRIMARY KEY, cols text NOT NULL);
CREATE TABLE changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tbl text NOT NULL,
  row_id text NOT NULL,
  version bigint NOT NULL,
  data jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
CREATE TABLE hub_applied (
  idem_key text PRIMARY KEY,
  agent_id text,
  result jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION hub_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(LOCK_KEY);
  INSERT INTO changes(tbl, row_id, version, data)
  VALUES (TG_TABLE_NAME, NEW.id, NEW.version, to_jsonb(NEW));
  PERFORM pg_notify('CHANNEL', TG_TABLE_NAME);
  RETURN NULL;
END $$;
""".replace("LOCK_KEY", str(LOCK_KEY)).replace("CHANNEL", CHANNEL)
    + _tables_sql()
    + """
ALTER TABLE agents ADD COLUMN db_role text UNIQUE;
ALTER TABLE agents ADD CONSTRAINT agents_role CHECK (role IN ('agent','lead','trainer','trainee'));
CREATE INDEX tickets_assignee ON tickets(assignee_id, status);
CREATE INDEX messages_ticket ON messages(ticket_id);
CREATE INDEX notes_customer ON notes(customer_id);

-- who is calling: the agent behind the database role of this session
CREATE FUNCTION hub_agent() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
  SELECT id FROM agents WHERE db_role = session_user
$$;
CREATE FUNCTION hub_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
  SELECT role FROM agents WHERE db_role = session_user
$$;

CREATE FUNCTION hub_push(p_key text, p_mode text, p_tbl text, p_row jsonb, p_base bigint)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
  v_cols text;
  v_res jsonb;
  v_cur jsonb;
  v_me text := hub_agent();
  v_role text := hub_role();
  v_id text := p_row->>'id';
  v_name text;
  v_new jsonb;
  v_mode text := p_mode;
BEGIN
  SELECT result INTO v_res FROM hub_applied WHERE idem_key = p_key;
  IF FOUND THEN
    RETURN v_res || '{"replayed": true}';
  END IF;
  IF v_role IS NULL THEN
    RAISE EXCEPTION 'The database role % is not an agent of this hub.', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT cols INTO v_cols FROM hub_tables WHERE tbl = p_tbl;
  IF NOT FOUND OR p_tbl = 'agents' OR v_id IS NULL THEN
    RAISE EXCEPTION 'The hub does not take % rows.', p_tbl USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_role IN ('trainer', 'trainee') AND p_tbl <> 'training_sessions' THEN
    v_res := jsonb_build_object('ok', false, 'reason', 'forbidden',
      'message', 'Trainers and trainees cannot change customer data.');
  ELSIF p_tbl = 'training_sessions' AND v_role NOT IN ('lead', 'trainer')
      AND p_row->>'trainee_id' IS DISTINCT FROM v_me THEN
    v_res := jsonb_build_object('ok', false, 'reason', 'forbidden',
      'message', 'Only trainers and leads record role-plays for someone else.');
  ELSE
    -- messages, calls, surveys and role-plays are only ever added
    IF p_tbl IN ('messages', 'calls', 'surveys', 'training_sessions') THEN
      v_mode := 'insert';
    END IF;
    EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE id = $1 FOR UPDATE', p_tbl)
      INTO v_cur USING v_id;
    IF v_cur IS NOT NULL THEN  -- the row as this push would leave it
      EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record(NULL::%I, $1) r', p_tbl)
        INTO v_new USING v_cur || p_row;
    END IF;
    IF v_cur IS NULL THEN
      EXECUTE format('INSERT INTO %1$I (id, %2$s, version, hub_by) '
        'SELECT id, %2$s, 1, $2 FROM jsonb_populate_record(NULL::%1$I, $1) '
        'RETURNING to_jsonb(%1$I.*)', p_tbl, v_cols) INTO v_cur USING p_row, v_me;
      v_res := jsonb_build_object('ok', true, 'row', v_cur);
    ELSIF v_mode = 'insert' THEN
      v_res := jsonb_build_object('ok', true, 'existed', true, 'row', v_cur);
    ELSIF v_new = v_cur THEN  -- nothing to change: no new version
      v_res := jsonb_build_object('ok', true, 'unchanged', true, 'row', v_cur);
    ELSIF p_tbl = 'notes' AND v_cur->>'author_id' IS DISTINCT FROM v_me
        AND (v_new->>'body' IS DISTINCT FROM v_cur->>'body'
             OR v_new->>'kind' IS DISTINCT FROM v_cur->>'kind') THEN
      v_res := jsonb_build_object('ok', false, 'reason', 'not_author', 'row', v_cur,
        'message', 'Only the colleague who wrote a note can edit it.');
    ELSIF p_base IS NULL OR (v_cur->>'version')::bigint <> p_base THEN
      SELECT name INTO v_name FROM agents WHERE id = v_cur->>'hub_by';
      v_res := jsonb_build_object('ok', false, 'reason', 'stale', 'row', v_cur,
        'by', v_cur->>'hub_by', 'by_name', coalesce(v_name, v_cur->>'hub_by'));
    ELSE
      EXECUTE format('UPDATE %1$I t SET (%2$s) = (SELECT %2$s FROM '
        'jsonb_populate_record(NULL::%1$I, $1)), version = t.version + 1, hub_by = $2, '
        'hub_at = now() WHERE id = $3 RETURNING to_jsonb(t.*)', p_tbl, v_cols)
        INTO v_cur USING p_row, v_me, v_id;
      v_res := jsonb_build_object('ok', true, 'row', v_cur);
    END IF;
  END IF;
  INSERT INTO hub_applied(idem_key, agent_id, result) VALUES (p_key, v_me, v_res);
  RETURN v_res;
END $$;

-- per-agent performance: leads only
CREATE VIEW agent_performance AS
SELECT a.id AS agent_id, a.name,
  (SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id) AS tickets,
  (SELECT count(*) FROM tickets t WHERE t.assignee_id = a.id
     AND t.status IN ('solved', 'closed')) AS solved,
  (SELECT count(*) FROM messages m WHERE m.author_id = a.id AND m.author = 'agent'
     AND m.public = 1) AS replies,
  (SELECT round(avg(s.score)::numeric, 2) FROM surveys s JOIN tickets t ON t.id = s.ticket_id
     WHERE t.assignee_id = a.id AND s.kind = 'csat') AS csat_avg,
  (SELECT round(avg(x.total_score)::numeric, 1) FROM training_sessions x
     WHERE x.trainee_id = a.id) AS training_avg
FROM agents a
WHERE (SELECT hub_role()) = 'lead';
"""
    + _policies_sql()
)

MIGRATIONS: list[str] = [V1]
LATEST = len(MIGRATIONS)

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class HubSchemaError(Exception):
    """The hub's schema cannot be used (newer than this AgentDesk, or not a hub)."""


def version(conn: Any) -> int:
    row = conn.execute("SELECT to_regclass('hub_meta') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    got = conn.execute("SELECT value FROM hub_meta WHERE key = 'schema_version'").fetchone()
    return int(got[0]) if got else 0


def migrate(conn: Any) -> tuple[int, int]:
    """Create or migrate the hub schema; returns (version before, after). Each migration runs
    in its own transaction; the member role and the grants are (re)applied every time."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY + 1])  # one init at a time
        conn.execute("CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text)")
        before = version(conn)
        if before > LATEST:
            raise HubSchemaError(
                f"This hub was made by a newer AgentDesk (hub schema {before}; this version "
                f"knows up to {LATEST}). Update AgentDesk first."
            )
        if before == 0 and conn.execute("SELECT to_regclass('tickets') IS NOT NULL").fetchone()[0]:
            raise HubSchemaError(
                "This database already has a tickets table but is no AgentDesk hub."
            )
    now = before
    while now < LATEST:
        with conn.transaction():
            conn.execute(MIGRATIONS[now])
            now += 1
            conn.execute(
                "INSERT INTO hub_meta(key, value) VALUES ('schema_version', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(now)],
            )
    with conn.transaction():
        _grants(conn)
    return before, now


def _grants(conn: Any) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [MEMBER]).fetchone()
    if not exists:
        conn.execute(f"CREATE ROLE {MEMBER} NOLOGIN")
    conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {MEMBER}")
    conn.execute("REVOKE ALL ON FUNCTION hub_push(text, text, text, jsonb, bigint) FROM PUBLIC")
    tables = ", ".join([*TABLES, "changes", "agent_performance"])
    db = conn.execute("SELECT current_database()").fetchone()[0]
    conn.execute(f'GRANT CONNECT ON DATABASE "{db}" TO {MEMBER}')
    conn.execute(f"GRANT USAGE ON SCHEMA public TO {MEMBER}")
    conn.execute(f"GRANT SELECT ON {tables} TO {MEMBER}")
    conn.execute(
        f"GRANT EXECUTE ON FUNCTION hub_push(text, text, text, jsonb, bigint), hub_agent(), "
        f"hub_role() TO {MEMBER}"
    )


def add_agent(
    conn: Any,
    agent_id: str,
    name: str,
    role: str,
    login: str,
    password: str | None,
    email: str | None = None,
) -> bool:
    """Create (or update) an agent and the database role they log in with; True if the
    role is new. Needs a connection allowed to create roles (the hub's owner)."""
    from psycopg import sql

    if role not in ROLES:
        raise ValueError(f"A hub role is one of {', '.join(ROLES)}, not {role!r}.")
    if not _ROLE_NAME.match(login):
        raise ValueError(
            f"{login!r} cannot be a database role: use lower-case letters, digits and _."
        )
    if not agent_id.strip() or not name.strip():
        raise ValueError("An agent needs an id and a name.")
    with conn.transaction():
        known = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [login]).fetchone()
        if not known:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
        if password:
            conn.execute(
                sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}").format(
                    sql.Identifier(login), sql.Literal(password)
                )
            )
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(MEMBER), sql.Identifier(login))
        )
        taken = conn.execute(
            "SELECT id FROM agents WHERE db_role = %s AND id <> %s", [login, agent_id]
        ).fetchone()
        if taken:
            raise ValueError(f"The role {login} already belongs to agent {taken[0]}.")
        conn.execute(
            "INSERT INTO agents(id, name, email, role, db_role) VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
            "role = excluded.role, db_role = excluded.db_role, version = agents.version + 1, "
            "hub_at = now()",
            [agent_id, name, email, role, login],
        )
    return not known
