"""Forward-only migrations. Migration N brings a cache from user_version N-1 to N.

Never edit a migration that has shipped: add a new one. Each runs in one transaction.
The search index is one contentless FTS5 table per kind (search_fts_customer, _order,
_ticket, _message, _note; since v10) whose rowid is the source row's, read newest-first with
an early stop. (Up to v9 it was one table, search_fts, whose rowid encoded the kind: kind
code * 2**40 + source rowid. A prefix with no prefix index ("penge"*) has its matching
terms' rows merged in full by FTS5 for every statement, so each kind's statement merged all
five kinds' rows.) Triggers keep them current; they call ad_fold()/ad_phone(), which every
connection registers.
"""

from __future__ import annotations

from agentdesk.store import kpi_schema

KIND_CODES = {"customer": 1, "order": 2, "ticket": 3, "message": 4, "note": 5}
KIND_SHIFT = 40  # rowid = code << 40 | source rowid
KIND_TABLES = {
    "customer": "customers",
    "order": "orders",
    "ticket": "tickets",
    "message": "messages",
    "note": "notes",
}

# What each kind puts in the index, as an SQL expression over the row ("r.").
INDEXED_TEXT = {
    "customer": "ad_fold(coalesce(r.name,'') || ' ' || coalesce(r.email,'')) "
    "|| ' ' || ad_phone(r.phone)",
    "order": "ad_fold(coalesce(r.number,''))",
    "ticket": "ad_fold(coalesce(r.subject,''))",
    "message": "ad_fold(coalesce(r.body,''))",
    "note": "ad_fold(coalesce(r.body,''))",
}
INDEXED_COLUMNS = {
    "customer": "name, email, phone",
    "order": "number",
    "ticket": "subject",
    "message": "body",
    "note": "body",
}


def _fts_triggers() -> str:
    parts = []
    for kind, table in KIND_TABLES.items():
        code = KIND_CODES[kind]
        new = INDEXED_TEXT[kind].replace("r.", "new.")
        old = INDEXED_TEXT[kind].replace("r.", "old.")
        parts.append(
            f"""
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO search_fts(rowid, text) VALUES (({code} << {KIND_SHIFT}) + new.rowid, {new});
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', ({code} << {KIND_SHIFT}) + old.rowid, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {INDEXED_COLUMNS[kind]} ON {table} BEGIN
  INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', ({code} << {KIND_SHIFT}) + old.rowid, {old});
  INSERT INTO search_fts(rowid, text) VALUES (({code} << {KIND_SHIFT}) + new.rowid, {new});
END;"""
        )
    return "\n".join(parts)


V1 = """
CREATE TABLE agents (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent','lead','trainer')),
  remote_id TEXT, updated_at TEXT
);
CREATE TABLE customers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  locale TEXT,
  created_at TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX customers_email ON customers(email);
CREATE TABLE addresses (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'shipping',
  line1 TEXT, line2 TEXT, city TEXT, postcode TEXT, country TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX addresses_customer ON addresses(customer_id);
CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  total TEXT NOT NULL,
  currency TEXT NOT NULL,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX orders_customer ON orders(customer_id, created_at);
CREATE INDEX orders_number ON orders(number);
CREATE TABLE order_lines (
  order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  sku TEXT, name TEXT NOT NULL, qty INTEGER NOT NULL, unit_price TEXT NOT NULL,
  PRIMARY KEY (order_id, position)
);
CREATE TABLE shipments (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  carrier TEXT, tracking TEXT,
  promised_at TEXT, delivered_at TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX shipments_order ON shipments(order_id);
CREATE INDEX shipments_open ON shipments(promised_at) WHERE delivered_at IS NULL;
CREATE TABLE shipment_events (
  shipment_id TEXT NOT NULL REFERENCES shipments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  at TEXT NOT NULL, status TEXT NOT NULL, location TEXT,
  PRIMARY KEY (shipment_id, position)
);
CREATE TABLE tickets (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  order_id TEXT REFERENCES orders(id),
  channel TEXT NOT NULL CHECK (channel IN ('phone','chat','email','social','portal')),
  category TEXT NOT NULL,
  subject TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open','pending','solved','closed')),
  priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low','normal','high','urgent')),
  assignee_id TEXT REFERENCES agents(id),
  origin TEXT NOT NULL DEFAULT 'customer' CHECK (origin IN ('customer','agent','proactive')),
  journey_stage TEXT CHECK (journey_stage IS NULL OR journey_stage IN
    ('browse','checkout','payment','delivery','returns','after_sales')),
  created_at TEXT NOT NULL,
  first_response_at TEXT,
  solved_at TEXT,
  sla_due_at TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX tickets_customer ON tickets(customer_id, category, created_at);
CREATE INDEX tickets_status ON tickets(status, created_at);
CREATE INDEX tickets_assignee ON tickets(assignee_id, status);
CREATE INDEX tickets_created ON tickets(created_at);
CREATE INDEX tickets_solved ON tickets(solved_at) WHERE solved_at IS NOT NULL;
CREATE TABLE messages (
  id TEXT PRIMARY KEY,
  ticket_id TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
  author TEXT NOT NULL CHECK (author IN ('customer','agent','system')),
  author_id TEXT REFERENCES agents(id),
  public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0,1)),
  created_at TEXT NOT NULL,
  body TEXT NOT NULL,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX messages_ticket ON messages(ticket_id, created_at);
CREATE INDEX messages_created ON messages(created_at);
CREATE TABLE calls (
  id TEXT PRIMARY KEY,
  customer_id TEXT REFERENCES customers(id),
  ticket_id TEXT REFERENCES tickets(id),
  agent_id TEXT REFERENCES agents(id),
  started_at TEXT NOT NULL, ended_at TEXT,
  outcome TEXT, summary TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX calls_customer ON calls(customer_id, started_at);
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  order_id TEXT REFERENCES orders(id),
  author_id TEXT REFERENCES agents(id),
  created_at TEXT NOT NULL,
  body TEXT NOT NULL,
  pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0,1)),
  kind TEXT NOT NULL DEFAULT 'general'
    CHECK (kind IN ('personalization','warning','preference','general')),
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX notes_customer ON notes(customer_id, pinned, created_at);
CREATE TABLE surveys (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  ticket_id TEXT REFERENCES tickets(id),
  kind TEXT NOT NULL CHECK (kind IN ('csat','nps')),
  score INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  comment TEXT,
  CHECK ((kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'nps' AND score BETWEEN 0 AND 10))
);
CREATE INDEX surveys_customer ON surveys(customer_id, created_at);
CREATE INDEX surveys_created ON surveys(kind, created_at);
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  order_id TEXT REFERENCES orders(id),
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  created_at TEXT NOT NULL, body TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE TABLE action_plans (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  ticket_id TEXT REFERENCES tickets(id),
  goal TEXT NOT NULL,
  owner_id TEXT REFERENCES agents(id),
  due_at TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('bought_again','not_bought','pending')),
  created_at TEXT NOT NULL,
  remote_id TEXT, updated_at TEXT
);
CREATE TABLE action_steps (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'task'
    CHECK (kind IN ('task','call','refund','reship','voucher','offer')),
  owner_id TEXT REFERENCES agents(id),
  due_at TEXT, done_at TEXT,
  amount TEXT, currency TEXT,
  remote_id TEXT, updated_at TEXT
);
CREATE TABLE canned_responses (
  id TEXT PRIMARY KEY, language TEXT NOT NULL, category TEXT,
  title TEXT NOT NULL, body TEXT NOT NULL, updated_at TEXT
);
CREATE TABLE kb_articles (
  id TEXT PRIMARY KEY, language TEXT NOT NULL,
  title TEXT NOT NULL, body TEXT NOT NULL, tags TEXT, updated_at TEXT
);
CREATE TABLE training_scenarios (
  id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT
);
CREATE TABLE training_sessions (
  id TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL REFERENCES training_scenarios(id),
  trainee_id TEXT REFERENCES agents(id),
  language TEXT, started_at TEXT NOT NULL, ended_at TEXT,
  outcome TEXT, total_score REAL
);
CREATE TABLE training_turns (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  speaker TEXT NOT NULL CHECK (speaker IN ('customer','trainee')),
  node TEXT, body TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE training_scores (
  turn_id TEXT NOT NULL REFERENCES training_turns(id) ON DELETE CASCADE,
  criterion TEXT NOT NULL,
  score REAL NOT NULL, weight REAL NOT NULL, explanation TEXT,
  PRIMARY KEY (turn_id, criterion)
);
CREATE TABLE kpi_daily (
  day TEXT NOT NULL,
  channel TEXT NOT NULL,
  assignee_id TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT '',
  metric TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 0,
  total REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (day, channel, assignee_id, category, metric)
);
CREATE TABLE sync_cursors (
  backend TEXT NOT NULL, resource TEXT NOT NULL,
  updated_at TEXT, last_id TEXT, last_sweep_at TEXT,
  PRIMARY KEY (backend, resource)
);
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  idem_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  entity_id TEXT,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','sending','sent','failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, sent_at TEXT, remote_id TEXT, last_error TEXT
);
CREATE INDEX outbox_pending ON outbox(state, seq);
CREATE TABLE sync_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL, backend TEXT, level TEXT NOT NULL, message TEXT NOT NULL, items INTEGER
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE VIRTUAL TABLE search_fts USING fts5(
  text, content='', tokenize="unicode61 remove_diacritics 2", prefix='2 3 4'
);
""" + _fts_triggers()

MIGRATIONS: list[str] = [V1]
LATEST = len(MIGRATIONS)

TABLES = [
    "agents",
    "customers",
    "addresses",
    "orders",
    "order_lines",
    "shipments",
    "shipment_events",
    "tickets",
    "messages",
    "calls",
    "notes",
    "surveys",
    "reviews",
    "action_plans",
    "action_steps",
    "canned_responses",
    "kb_articles",
    "training_scenarios",
    "training_sessions",
    "training_turns",
    "training_scores",
    "kpi_daily",
    "sync_cursors",
    "outbox",
    "sync_log",
    "meta",
    "search_fts",
]

# A public agent reply sets the ticket's first response time (the earliest one wins).
V1_FIRST_RESPONSE = """
CREATE TRIGGER messages_first_response AFTER INSERT ON messages
WHEN new.author = 'agent' AND new.public = 1 BEGIN
  UPDATE tickets SET first_response_at = new.created_at
  WHERE id = new.ticket_id AND (first_response_at IS NULL OR first_response_at > new.created_at);
END;
"""
MIGRATIONS[0] = V1 + V1_FIRST_RESPONSE

# v2: calls carry the follow-up the agent promised on the phone.
MIGRATIONS.append("ALTER TABLE calls ADD COLUMN follow_up_at TEXT;")
LATEST = len(MIGRATIONS)

# v3: the starter library groups translations of one canned response or article under a key;
# goodwill actions (refund, reship, voucher) proposed from an order, with the state the shop
# reports back; notes remember when their author last edited them.
MIGRATIONS.append(
    """
ALTER TABLE canned_responses ADD COLUMN key TEXT;
ALTER TABLE kb_articles ADD COLUMN key TEXT;
ALTER TABLE kb_articles ADD COLUMN url TEXT;
CREATE INDEX canned_language ON canned_responses(language, key);
CREATE INDEX kb_language ON kb_articles(language, key);
ALTER TABLE notes ADD COLUMN edited_at TEXT;
CREATE TABLE goodwill_actions (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  order_id TEXT NOT NULL REFERENCES orders(id),
  ticket_id TEXT REFERENCES tickets(id),
  author_id TEXT REFERENCES agents(id),
  kind TEXT NOT NULL CHECK (kind IN ('refund','reship','voucher')),
  amount TEXT,
  currency TEXT,
  reason TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','sent','confirmed','failed')),
  error TEXT,
  created_at TEXT NOT NULL,
  remote_id TEXT, updated_at TEXT
);
CREATE INDEX goodwill_order ON goodwill_actions(order_id, created_at);
CREATE INDEX goodwill_customer ON goodwill_actions(customer_id, created_at);
"""
)
TABLES.append("goodwill_actions")
LATEST = len(MIGRATIONS)

# v4: KPI rollups kept current by triggers (see kpi_schema); kpi_daily, never used, goes.
MIGRATIONS.append(kpi_schema.MIGRATION)
TABLES.remove("kpi_daily")
TABLES += ["kpi_ticket", "kpi_log", "kpi_hourly", "kpi_hourly_values"]
LATEST = len(MIGRATIONS)

# v5: proactive care, journeys, recovery plans. Drafts keep a reply being written (and the
# message a proactive ticket starts with) through a restart. journey_suggested is filled from
# the category and subject (ad_stage, a Python function) for every ticket; an agent's own
# journey_stage wins. Plans remember their template, the cause and the order; a goodwill step
# links to the goodwill action it queued.
MIGRATIONS.append(
    """
CREATE TABLE drafts (
  ticket_id TEXT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  updated_at TEXT NOT NULL
);
ALTER TABLE tickets ADD COLUMN journey_suggested TEXT;
UPDATE tickets SET journey_suggested = ad_stage(category, subject);
CREATE TRIGGER tickets_stage_ai AFTER INSERT ON tickets BEGIN
  UPDATE tickets SET journey_suggested = ad_stage(new.category, new.subject) WHERE id = new.id;
END;
CREATE TRIGGER tickets_stage_au AFTER UPDATE OF category, subject ON tickets BEGIN
  UPDATE tickets SET journey_suggested = ad_stage(new.category, new.subject) WHERE id = new.id;
END;
CREATE INDEX tickets_order ON tickets(order_id) WHERE order_id IS NOT NULL;
ALTER TABLE action_plans ADD COLUMN template TEXT;
ALTER TABLE action_plans ADD COLUMN cause TEXT;
ALTER TABLE action_plans ADD COLUMN order_id TEXT REFERENCES orders(id);
ALTER TABLE action_steps ADD COLUMN goodwill_id TEXT REFERENCES goodwill_actions(id);
CREATE INDEX action_plans_customer ON action_plans(customer_id, created_at);
CREATE INDEX action_plans_created ON action_plans(created_at);
CREATE INDEX action_steps_plan ON action_steps(plan_id, position);
CREATE INDEX action_steps_due ON action_steps(due_at) WHERE done_at IS NULL;
"""
)
TABLES.append("drafts")
LATEST = len(MIGRATIONS)

# v6: sync with a shop. The outbox gains 'held' (a change no shop can take, such as a ticket
# field or a pin, waits for the team hub instead of counting as waiting for the shop).
# Customers and orders the shop deleted stay (tickets point at them) with deleted_at set.
# A voucher sent to the shop keeps the coupon code the customer will type.
MIGRATIONS.append(
    """
CREATE TABLE outbox_v6 (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  idem_key TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  entity_id TEXT,
  payload TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending','sending','sent','failed','held')),
  attempts INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL, sent_at TEXT, remote_id TEXT, last_error TEXT
);
INSERT INTO outbox_v6 SELECT * FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v6 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(state, seq);
CREATE INDEX outbox_entity ON outbox(entity_id);
ALTER TABLE customers ADD COLUMN deleted_at TEXT;
ALTER TABLE orders ADD COLUMN deleted_at TEXT;
ALTER TABLE goodwill_actions ADD COLUMN coupon TEXT;
CREATE INDEX customers_remote ON customers(remote_id) WHERE remote_id IS NOT NULL;
CREATE INDEX orders_remote ON orders(remote_id) WHERE remote_id IS NOT NULL;
CREATE INDEX notes_remote ON notes(remote_id) WHERE remote_id IS NOT NULL;
"""
)
LATEST = len(MIGRATIONS)

# v7: the team hub. hub_rows: the hub's version of each row this cache has from (or gave to)
# the hub, the base of compare-and-set updates; cursors live in meta (hub.pushed_seq,
# hub.pulled_seq).
MIGRATIONS.append(
    """
CREATE TABLE hub_rows (
  tbl TEXT NOT NULL,
  id TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (tbl, id)
) WITHOUT ROWID;
"""
)
TABLES.append("hub_rows")
LATEST = len(MIGRATIONS)

# v8: per-agent day rollups for the dashboard's agent table (see kpi_schema).
MIGRATIONS.append(kpi_schema.AGENT_DAY_MIGRATION)
TABLES += ["kpi_agent_day", "kpi_agent_day_values"]
LATEST = len(MIGRATIONS)

# v9: role 'trainee' for agents (an agent in training: the console shows them the training
# and no customer's data). Widening a CHECK leaves every stored row valid, so the table's
# text is edited in place (SQLite's documented way for such a change: ALTER TABLE §7); the
# throwaway table bumps the schema cookie, so every connection reads the new text.
MIGRATIONS.append(
    """
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, '(''agent'',''lead'',''trainer'')',
                     '(''agent'',''lead'',''trainer'',''trainee'')')
 WHERE type = 'table' AND name = 'agents';
PRAGMA writable_schema = RESET;
PRAGMA writable_schema = OFF;
CREATE TABLE ad_schema_bump (x);
DROP TABLE ad_schema_bump;
"""
)
LATEST = len(MIGRATIONS)

# v10: one search index per kind (see the top). The same text, tokenizer and prefixes; the
# old table and its triggers go, the new ones are filled from the rows in one pass each.
FTS_TABLES = {kind: f"search_fts_{kind}" for kind in KIND_TABLES}
FTS_OPTIONS = "text, content='', tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3 4'"


def _kind_fts_triggers() -> str:
    parts = []
    for kind, table in KIND_TABLES.items():
        fts = FTS_TABLES[kind]
        new = INDEXED_TEXT[kind].replace("r.", "new.")
        old = INDEXED_TEXT[kind].replace("r.", "old.")
        parts.append(
            f"""
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
  INSERT INTO {fts}(rowid, text) VALUES (new.rowid, {new});
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
  INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.rowid, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {INDEXED_COLUMNS[kind]} ON {table} BEGIN
  INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', old.rowid, {old});
  INSERT INTO {fts}(rowid, text) VALUES (new.rowid, {new});
END;"""
        )
    return "\n".join(parts)


def fts_fill(kind: str) -> str:
    """The statement that indexes every row of a kind (an empty index: a migration, a bulk
    load)."""
    return (
        f"INSERT INTO {FTS_TABLES[kind]}(rowid, text) SELECT r.rowid, {INDEXED_TEXT[kind]} "
        f"FROM {KIND_TABLES[kind]} r"
    )


MIGRATIONS.append(
    "".join(
        f"DROP TRIGGER IF EXISTS {table}_fts_{event};\n"
        for table in KIND_TABLES.values()
        for event in ("ai", "ad", "au")
    )
    + "DROP TABLE search_fts;\n"
    + "".join(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({FTS_OPTIONS});\n"
        f"{fts_fill(kind)};\n"
        f"INSERT INTO {fts}({fts}) VALUES ('optimize');\n"
        for kind, fts in FTS_TABLES.items()
    )
    + _kind_fts_triggers()
)
TABLES.remove("search_fts")
TABLES += list(FTS_TABLES.values())
LATEST = len(MIGRATIONS)

# v11: day rollups for the dashboard's other dimensions (see kpi_schema).
MIGRATIONS.append(kpi_schema.DAY_MIGRATION)
TABLES += ["kpi_day", "kpi_day_values"]
LATEST = len(MIGRATIONS)
