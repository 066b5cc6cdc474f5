"""A desktop's sync with the team hub: push the outbox, publish, pull by change sequence.

- Push: every outbox item after the cursor ``hub.pushed_seq`` (meta) goes to ``hub_push``
  with its idempotency key, carrying the row as the cache now holds it. The hub's answers
  and the cursor are written locally in one transaction after the hub committed: a crash in
  between pushes the items again, and the hub answers them from ``hub_applied`` (nothing
  twice). The shop's outbox states are not touched; the shop engine keeps its own.
- Updates (ticket fields, pins, note edits, plan steps) carry the version this desktop last
  had from the hub (``hub_rows``); a stale one is refused by the hub, the hub's row is put
  back here and the conflict logged (sync_log, backend 'hub', level 'conflict') with who
  won: "already taken by Anna".
- Publish: rows made here without an outbox item (surveys, role-plays, imported tickets)
  and not yet known to the hub go as insert-if-absent; from ``hub.since`` (the first
  connection) on, or all of them when asked.
- Pull: ``changes`` with ``seq > hub.pulled_seq``, in order, applied with the cursor in one
  transaction. A row with a change of ours still to push is left alone (the push settles
  it). References the cache lacks are filled: a customer the shop has not given us yet gets
  a placeholder ("?") the shop sync later fills in; an unknown order or goodwill action
  becomes empty.
- Watch: LISTEN ``agentdesk_changes`` for prompt pulls, the local outbox watched for prompt
  pushes, and a full pass every ``poll_s`` seconds whether or not a notice came.

All cache work goes through ``write(fn)`` like the shop engine's.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar

from agentdesk.core.timefmt import now_utc_text
from agentdesk.core.types import Changes
from agentdesk.hub import connection
from agentdesk.hub.schema import CHANNEL, TABLES
from agentdesk.store import mirror
from agentdesk.store.interchange import upsert

T = TypeVar("T")
Write = Callable[[Callable[[sqlite3.Connection], T]], T]
BACKEND = "hub"
PUSH_BATCH = 100
PULL_BATCH = 1000

# outbox kind -> what it pushes: (mode, table, which id); "ticket" = the message's ticket
PUSHES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "note": (("insert", "notes", "entity"),),
    "note_edit": (("author", "notes", "entity"),),
    "note_pin": (("cas", "notes", "entity"),),
    "message": (
        ("insert", "tickets", "ticket"),
        ("insert", "messages", "entity"),
        ("soft", "tickets", "ticket"),
    ),
    "ticket_create": (("insert", "tickets", "entity"),),
    "ticket_update": (("cas", "tickets", "entity"),),
    "call": (("insert", "calls", "entity"),),
    "plan": (("insert", "action_plans", "entity"), ("insert", "action_steps", "steps")),
    "plan_step": (("cas", "action_steps", "entity"),),
    "plan_status": (("cas", "action_plans", "entity"),),
}
# what publish offers, parents first, with the column that dates a row
PUBLISHED = (
    ("tickets", "created_at"),
    ("messages", "created_at"),
    ("notes", "created_at"),
    ("calls", "started_at"),
    ("surveys", "created_at"),
    ("action_plans", "created_at"),
    ("action_steps", None),
    ("training_sessions", "started_at"),
)
CUSTOMER_REF = ("tickets", "calls", "notes", "surveys", "action_plans")
AGENT_REFS = ("assignee_id", "author_id", "agent_id", "owner_id", "trainee_id")
# the cache's defaults, for a row written to the hub without them (by hand, say)
DEFAULTS: dict[str, dict[str, Any]] = {
    "tickets": {"priority": "normal", "origin": "customer"},
    "messages": {"public": 1},
    "notes": {"pinned": 0, "kind": "general"},
    "action_plans": {"status": "open"},
    "action_steps": {"kind": "task"},
    "agents": {"role": "agent"},
}
OPTIONAL_REFS = {
    "order_id": "orders",
    "goodwill_id": "goodwill_actions",
}


class HubOffline(Exception):
    """The hub cannot be reached now; the outbox waits."""


class HubRefused(Exception):
    """The hub refuses this desktop (password, role, schema): retrying will not help."""


@dataclass
class HubReport:
    pushed: int = 0
    replayed: int = 0
    published: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: list[str] = field(default_factory=list)  # what the CLI prints
    conflict_items: list[Conflict] = field(default_factory=list)  # what the console words
    rejected: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    offline: str | None = None
    error: str | None = None
    seconds: float = 0.0
    cursor: int = 0

    @property
    def ok(self) -> bool:
        return not (self.offline or self.error)

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "replayed": self.replayed,
            "published": self.published,
            "pulled": self.pulled,
            "applied": self.applied,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "problems": self.problems[:50],
            "offline": self.offline,
            "error": self.error,
            "cursor": self.cursor,
            "seconds": round(self.seconds, 3),
        }


# --- the cache's side --------------------------------------------------------------------


def _meta_int(conn: sqlite3.Connection, key: str) -> int:
    value = mirror.get_meta(conn, key)
    return int(value) if value else 0


def cursors(conn: sqlite3.Connection) -> tuple[int, int]:
    """(last outbox seq pushed, last hub change seq pulled)."""
    return _meta_int(conn, "hub.pushed_seq"), _meta_int(conn, "hub.pulled_seq")


def local_version(conn: sqlite3.Connection, table: str, row_id: str) -> int | None:
    row = conn.execute(
        "SELECT version FROM hub_rows WHERE tbl = ? AND id = ?", [table, row_id]
    ).fetchone()
    return None if row is None else int(row[0])


def snapshot(conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any] | None:
    cols = list(TABLES[table])
    row = conn.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    return None if row is None else dict(zip(cols, row, strict=True))


@dataclass(frozen=True)
class Push:
    key: str
    mode: str  # insert, cas, author, soft
    table: str
    row: dict[str, Any]
    base: int | None
    outbox_seq: int
    kind: str  # the outbox kind, or 'publish'


def pending_pushes(conn: sqlite3.Connection, after: int, limit: int) -> tuple[list[Push], int]:
    """The pushes for the outbox items after ``after`` (up to ``limit`` items), and the
    seq of the last item read (items with nothing for the hub are passed over)."""
    pushes: list[Push] = []
    last = after
    rows = conn.execute(
        "SELECT seq, idem_key, kind, entity_id, payload FROM outbox WHERE seq > ? "
        "ORDER BY seq LIMIT ?",
        [after, limit],
    ).fetchall()
    for seq, key, kind, entity, payload in rows:
        last = int(seq)
        for n, (mode, table, which) in enumerate(PUSHES.get(str(kind), ())):
            ids: list[str] = []
            if which == "entity":
                ids = [str(entity)]
            elif which == "ticket":
                p = json.loads(payload) if payload else {}
                tid = p.get("ticket_id")
                if tid is None:
                    found = conn.execute(
                        "SELECT ticket_id FROM messages WHERE id = ?", [entity]
                    ).fetchone()
                    tid = found[0] if found else None
                ids = [str(tid)] if tid else []
            elif which == "steps":
                ids = [
                    str(r[0])
                    for r in conn.execute(
                        "SELECT id FROM action_steps WHERE plan_id = ? ORDER BY position",
                        [entity],
                    )
                ]
            for i, row_id in enumerate(ids):
                row = snapshot(conn, table, row_id)
                if row is None:
                    continue
                pushes.append(
                    Push(
                        f"{key}:{n}:{i}",
                        mode,
                        table,
                        row,
                        local_version(conn, table, row_id),
                        last,
                        str(kind),
                    )
                )
    return pushes, last


def unpublished(
    conn: sqlite3.Connection,
    since: str | None,
    after: dict[str, str] | None = None,
    limit: int = PUSH_BATCH,
) -> list[Push]:
    """Rows made here that the hub does not know yet (from ``since`` on; None: all), in id
    order after ``after[table]`` (which it moves on), so a long publish reads each row once."""
    out: list[Push] = []
    after = {} if after is None else after
    for table, dated in PUBLISHED:
        if len(out) >= limit:
            break
        where = "t.id > ? AND NOT EXISTS (SELECT 1 FROM hub_rows h WHERE h.tbl = ? AND h.id = t.id)"
        args: list[Any] = [after.get(table, ""), table]
        if since is not None and dated is not None:
            where += f" AND t.{dated} >= ?"
            args.append(since)
        elif since is not None:  # plan steps: their plan's date
            where += " AND t.plan_id IN (SELECT id FROM action_plans WHERE created_at >= ?)"
            args.append(since)
        ids = [
            str(r[0])
            for r in conn.execute(
                f"SELECT t.id FROM {table} t WHERE {where} ORDER BY t.id LIMIT ?",
                [*args, limit - len(out)],
            )
        ]
        if ids:
            after[table] = ids[-1]
        for row_id in ids:
            row = snapshot(conn, table, row_id)
            if row is not None:
                out.append(
                    Push(f"publish:{table}:{row_id}", "insert", table, row, None, 0, "publish")
                )
    return out


def _local_role(conn: sqlite3.Connection, role: Any) -> str:
    """The hub's role as the cache can hold it (a cache that knows no trainees: agent)."""
    if role in ("agent", "lead", "trainer"):
        return str(role)
    table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'agents'").fetchone()
    return str(role) if role == "trainee" and table and "'trainee'" in table[0] else "agent"


def _begin(conn: sqlite3.Connection) -> None:
    """Take the cache's write lock now, so what is read (what waits to be pushed) holds
    until the writes that depend on it commit (the console writes from another process)."""
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")


def _set_version(conn: sqlite3.Connection, table: str, row_id: str, version: int) -> None:
    conn.execute(
        "INSERT INTO hub_rows(tbl, id, version) VALUES (?, ?, ?) "
        "ON CONFLICT(tbl, id) DO UPDATE SET version = excluded.version",
        [table, row_id, version],
    )


def _exists(conn: sqlite3.Connection, table: str, row_id: Any) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def apply_row(
    conn: sqlite3.Connection,
    table: str,
    data: dict[str, Any],
    pending: set[str] | None = None,
    problems: list[str] | None = None,
    own: bool = False,
) -> Changes:
    """One row as the hub has it, into the cache (when newer than what the cache has). A
    row in ``pending`` (a change of ours still to push) is left as it is; when the hub's
    row is ``own`` (our push, taken), its version becomes the base of the next push."""
    row_id = str(data.get("id"))
    version = int(data.get("version") or 1)
    known = local_version(conn, table, row_id)
    if known is not None and known > version:
        return Changes()
    if pending is not None and row_id in pending:
        if own:
            _set_version(conn, table, row_id, version)
        return Changes()  # ours waits to be pushed: the push settles it
    fields = {c: data.get(c) for c in TABLES[table]}
    for col, default in DEFAULTS.get(table, {}).items():
        if fields.get(col) is None:
            fields[col] = default
    if table == "agents":
        fields["role"] = _local_role(conn, fields.get("role"))
        fields["name"] = fields.get("name") or row_id
    for ref in AGENT_REFS:
        agent = fields.get(ref)
        if agent and table != "agents" and not _exists(conn, "agents", agent):
            conn.execute(
                "INSERT INTO agents(id, name, role) VALUES (?, ?, 'agent')", [agent, agent]
            )
    if table in CUSTOMER_REF and fields.get("customer_id"):
        customer = fields["customer_id"]
        if not _exists(conn, "customers", customer):
            conn.execute("INSERT INTO customers(id, name) VALUES (?, '?')", [customer])
    for ref, target in OPTIONAL_REFS.items():
        if fields.get(ref) and not _exists(conn, target, fields[ref]):
            fields[ref] = None
    if (
        table in ("calls", "surveys", "action_plans")
        and fields.get("ticket_id")
        and not _exists(conn, "tickets", fields["ticket_id"])
    ):
        fields["ticket_id"] = None
    missing = None
    if table == "messages" and not _exists(conn, "tickets", fields.get("ticket_id")):
        missing = f"message {row_id}: its ticket {fields.get('ticket_id')} is not here"
    elif table == "action_steps" and not _exists(conn, "action_plans", fields.get("plan_id")):
        missing = f"plan step {row_id}: its plan is not here"
    elif table == "training_sessions" and not _exists(
        conn, "training_scenarios", fields.get("scenario_id")
    ):
        missing = f"role-play {row_id}: scenario {fields.get('scenario_id')} is not here"
    if missing:
        if problems is not None:
            problems.append(missing)
        return Changes()
    wrote = upsert(conn, table, fields)
    _set_version(conn, table, row_id, version)
    if not wrote:
        return Changes()
    return _changes_of(conn, table, fields)


def _changes_of(conn: sqlite3.Connection, table: str, fields: dict[str, Any]) -> Changes:
    customers: set[str] = set()
    tickets: set[str] = set()
    notes: set[str] = set()
    if fields.get("customer_id"):
        customers.add(str(fields["customer_id"]))
    if table == "tickets":
        tickets.add(str(fields["id"]))
    elif table == "notes":
        notes.add(str(fields["id"]))
    elif table in ("messages", "calls", "surveys") and fields.get("ticket_id"):
        tickets.add(str(fields["ticket_id"]))
        found = conn.execute(
            "SELECT customer_id FROM tickets WHERE id = ?", [fields["ticket_id"]]
        ).fetchone()
        if found:
            customers.add(str(found[0]))
    elif table == "action_steps":
        found = conn.execute(
            "SELECT customer_id FROM action_plans WHERE id = ?", [fields.get("plan_id")]
        ).fetchone()
        if found:
            customers.add(str(found[0]))
    elif table in ("agents", "training_sessions"):
        return Changes(everything=True)
    return Changes(
        customers=frozenset(customers), tickets=frozenset(tickets), notes=frozenset(notes)
    )


def pending_entities(conn: sqlite3.Connection, after: int) -> set[str]:
    """Rows with a change of ours not pushed yet (outbox items after the push cursor)."""
    out: set[str] = set()
    for kind, entity, payload in conn.execute(
        "SELECT kind, entity_id, payload FROM outbox WHERE seq > ?", [after]
    ):
        if kind not in PUSHES or entity is None:
            continue
        out.add(str(entity))
        if kind == "message":
            tid = json.loads(payload or "{}").get("ticket_id")
            if tid:
                out.add(str(tid))
    return out


@dataclass(frozen=True)
class Conflict:
    """A change of ours the hub refused because a colleague's came first."""

    what: str  # "taken" (the ticket has another assignee), "ticket", "note" or "row"
    subject: str  # the ticket's subject, or the table's name for "row"
    who: str  # the colleague: the assignee for "taken", else who wrote the hub's row

    @property
    def text(self) -> str:
        if self.what == "taken":
            return f"Ticket “{self.subject}” was already taken by {self.who}."
        if self.what == "ticket":
            return (
                f"Ticket “{self.subject}” was changed first by {self.who}; "
                "your change was not applied."
            )
        if self.what == "note":
            return f"The note was changed first by {self.who}; your change was not applied."
        return f"That {self.subject} was changed first by {self.who}."


def _conflict(conn: sqlite3.Connection, push: Push, result: dict[str, Any]) -> Conflict:
    row = result.get("row") or {}
    who = str(result.get("by_name") or result.get("by") or "a colleague")
    if push.table == "tickets":
        subject = str(row.get("subject") or push.row.get("subject") or push.row.get("id"))
        wanted = push.row.get("assignee_id")
        if wanted != row.get("assignee_id") and row.get("assignee_id"):
            owner = conn.execute(
                "SELECT name FROM agents WHERE id = ?", [row.get("assignee_id")]
            ).fetchone()
            return Conflict("taken", subject, str(owner[0] if owner else row["assignee_id"]))
        return Conflict("ticket", subject, who)
    if push.table == "notes":
        return Conflict("note", "", who)
    return Conflict("row", push.table[:-1].replace("_", " "), who)


def record_results(
    conn: sqlite3.Connection,
    pushes: list[Push],
    results: list[dict[str, Any]],
    new_cursor: int | None,
    report: HubReport,
) -> Changes:
    """The hub's answers to a batch of pushes, and the push cursor, in one transaction."""
    _begin(conn)
    newer = pending_entities(conn, new_cursor if new_cursor is not None else cursors(conn)[0])
    changes = Changes()
    for push, result in zip(pushes, results, strict=True):
        row = result.get("row")
        if result.get("replayed"):
            report.replayed += 1
        if result.get("ok"):
            report.pushed += 1
        elif result.get("reason") == "stale":
            if push.mode != "soft":
                conflict = _conflict(conn, push, result)
                text = conflict.text
                report.conflict_items.append(conflict)
                report.conflicts.append(text)
                mirror.log(conn, BACKEND, "conflict", text, 1)
        else:
            text = str(result.get("message") or result.get("reason") or "refused")
            report.rejected.append(text)
            mirror.log(conn, BACKEND, "warn", f"hub refused {push.kind}: {text}", 1)
            if row is None:  # declined for good: not offered again (a later pull still applies)
                conn.execute(
                    "INSERT INTO hub_rows(tbl, id, version) VALUES (?, ?, 0) "
                    "ON CONFLICT(tbl, id) DO NOTHING",
                    [push.table, str(push.row.get("id"))],
                )
        if isinstance(row, dict):
            # the hub's row wins over ours when ours was refused; when ours was taken it is
            # the same row, now with its hub version
            later = {str(p.row.get("id")) for p in pushes if p.outbox_seq > push.outbox_seq}
            own = bool(result.get("ok"))
            got = _guarded(conn, push.table, row, later | newer, report.problems, own=own)
            changes = changes.merge(got)
    if new_cursor is not None:
        mirror.set_meta(conn, "hub.pushed_seq", str(new_cursor))
    return changes


def _guarded(
    conn: sqlite3.Connection,
    table: str,
    data: dict[str, Any],
    pending: set[str],
    problems: list[str],
    seq: int | None = None,
    own: bool = False,
) -> Changes:
    """apply_row, where a row the cache cannot hold (a value outside its checks, written to
    the hub by hand or by another version) is skipped and reported, not a stuck pull."""
    conn.execute("SAVEPOINT hub_row")
    try:
        got = apply_row(conn, table, data, pending, problems, own=own)
    except sqlite3.IntegrityError as e:
        conn.execute("ROLLBACK TO hub_row")
        conn.execute("RELEASE hub_row")
        where = f"change {seq}" if seq is not None else "the hub's answer"
        problems.append(f"{table} {data.get('id')} ({where}): {e}")
        return Changes()
    conn.execute("RELEASE hub_row")
    return got


def apply_changes(
    conn: sqlite3.Connection, batch: list[tuple[int, str, dict[str, Any]]], report: HubReport
) -> Changes:
    _begin(conn)
    pushed, _ = cursors(conn)
    pending = pending_entities(conn, pushed)
    changes = Changes()
    for seq, table, data in batch:
        if table not in TABLES:
            continue
        got = _guarded(conn, table, data, pending, report.problems, seq)
        if got:
            report.applied += 1
        changes = changes.merge(got)
    if batch:
        mirror.set_meta(conn, "hub.pulled_seq", str(batch[-1][0]))
    return changes


# --- the run -------------------------------------------------------------------------------


class HubSync:
    """Sync one cache with one hub. ``run()`` is one pass; ``watch()`` keeps it current."""

    def __init__(
        self,
        dsn: str,
        write: Write[Any],
        *,
        password: str | None = None,
        publish_all: bool = False,
        poll_s: float = 10.0,
        tick_s: float = 0.1,
        on_changes: Callable[[Changes], None] | None = None,
        on_report: Callable[[HubReport], None] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.dsn = dsn
        self.write = write
        self.password = password
        self.publish_all = publish_all
        self.poll_s = poll_s
        self.tick_s = tick_s
        self.on_changes = on_changes
        self.on_report = on_report
        self.stop = stop or threading.Event()
        self.conn: Any = None
        self.report = HubReport()
        connection.prepare(dsn, password)  # a bad DSN is refused now, not at the first sync

    # connection -------------------------------------------------------------------------

    def _connect(self) -> Any:
        import psycopg

        if self.conn is not None and not self.conn.closed:
            return self.conn
        try:
            self.conn = connection.connect(self.dsn, self.password)
        except psycopg.OperationalError as e:
            text = connection.describe(e)
            if "password" in text.lower() or "authentication" in text.lower():
                raise HubRefused(text) from None
            raise HubOffline(text) from None
        try:
            role = self.conn.execute("SELECT hub_role()").fetchone()[0]
        except psycopg.errors.UndefinedFunction:
            self.close()
            raise HubRefused(
                "That database is not an AgentDesk hub yet: run 'agentdesk hub init' first."
            ) from None
        except psycopg.Error as e:
            self.close()
            raise HubRefused(connection.describe(e)) from None
        if role is None:
            user = self.conn.info.user
            self.close()
            raise HubRefused(
                f"The database role {user} is not an agent of this hub: ask the lead to run "
                "'agentdesk hub add-agent'."
            )
        self.conn.execute(f"LISTEN {CHANNEL}")
        return self.conn

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.close()
            finally:
                self.conn = None

    def _changed(self, changes: Changes) -> None:
        if changes and self.on_changes is not None:
            self.on_changes(changes)

    # one pass -----------------------------------------------------------------------------

    def run(self, publish: bool = True) -> HubReport:
        """Push, publish (when asked), pull; errors end up in the report, not raised."""
        import psycopg

        started = time.perf_counter()
        self.report = r = HubReport()
        try:
            self._connect()
            self.push()
            if publish:
                self.publish()
            self.pull()
            self._state(None, None)
        except HubOffline as e:
            r.offline = str(e)
        except HubRefused as e:
            r.error = str(e)
        except psycopg.OperationalError as e:
            r.offline = connection.describe(e)
            self.close()
        except psycopg.Error as e:
            r.error = connection.describe(e)
            self.close()
        if r.offline or r.error:
            self._state(r.offline, r.error)
        r.seconds = time.perf_counter() - started
        r.cursor = self.write(lambda c: cursors(c)[1])
        if self.on_report is not None:
            self.on_report(r)
        return r

    def _call(self, pushes: list[Push]) -> list[dict[str, Any]]:
        """The pushes in one hub transaction. A row pushed twice in a batch (an update and
        its undo) carries, the second time, the version the first push made."""
        conn = self._connect()
        idents = [(p.table, str(p.row.get("id"))) for p in pushes]
        if len(set(idents)) == len(idents):
            return self._call_at_once(conn, pushes)
        versions: dict[tuple[str, str], int | None] = {}
        results: list[dict[str, Any]] = []
        with conn.transaction():
            for p in pushes:
                ident = (p.table, str(p.row.get("id")))
                base = versions.get(ident, p.base)
                mode = "cas" if p.mode == "soft" else p.mode
                got = conn.execute(
                    "SELECT hub_push(%s, %s, %s, %s::jsonb, %s)",
                    [p.key, mode, p.table, json.dumps(p.row), base],
                ).fetchone()[0]
                res: dict[str, Any] = got if isinstance(got, dict) else json.loads(got)
                row = res.get("row")
                if isinstance(row, dict) and row.get("version") is not None:
                    versions[ident] = int(row["version"])
                results.append(res)
        return results

    @staticmethod
    def _call_at_once(conn: Any, pushes: list[Push]) -> list[dict[str, Any]]:
        """Pushes of distinct rows in one statement: one round trip, so the change-sequence
        lock is held for the hub's own work only, not for the network."""
        if not pushes:
            return []
        with conn.transaction():
            rows = conn.execute(
                "SELECT hub_push(x.k, x.m, x.t, x.r::jsonb, x.b) FROM unnest("
                "%s::text[], %s::text[], %s::text[], %s::text[], %s::bigint[]) "
                "WITH ORDINALITY AS x(k, m, t, r, b, n) ORDER BY x.n",
                [
                    [p.key for p in pushes],
                    ["cas" if p.mode == "soft" else p.mode for p in pushes],
                    [p.table for p in pushes],
                    [json.dumps(p.row) for p in pushes],
                    [p.base for p in pushes],
                ],
            ).fetchall()
        return [r[0] if isinstance(r[0], dict) else json.loads(r[0]) for r in rows]

    def push(self) -> int:
        done = 0
        while not self.stop.is_set():
            after = self.write(lambda c: cursors(c)[0])
            pushes, last = self.write(partial(pending_pushes, after=after, limit=PUSH_BATCH))
            if last == after:
                return done
            results = self._call(pushes)
            changes = self.write(
                partial(
                    record_results,
                    pushes=pushes,
                    results=results,
                    new_cursor=last,
                    report=self.report,
                )
            )
            self._changed(changes)
            done += len(pushes)
        return done

    def publish(self) -> int:
        since = self.write(self._since)
        done = 0
        after: dict[str, str] = {}
        while not self.stop.is_set():
            pushes = self.write(partial(unpublished, since=since, after=after))
            if not pushes:
                return done
            results = self._call(pushes)
            changes = self.write(
                partial(
                    record_results,
                    pushes=pushes,
                    results=results,
                    new_cursor=None,
                    report=self.report,
                )
            )
            self.report.published += len(pushes)
            self._changed(changes)
            done += len(pushes)
        return done

    def _since(self, c: sqlite3.Connection) -> str | None:
        if self.publish_all:
            mirror.set_meta(c, "hub.since", "")
            return None
        since = mirror.get_meta(c, "hub.since")
        if since is None:
            since = now_utc_text()
            mirror.set_meta(c, "hub.since", since)
        return since or None

    def pull(self) -> int:
        conn = self._connect()
        done = 0
        while not self.stop.is_set():
            after = self.write(lambda c: cursors(c)[1])
            rows = conn.execute(
                "SELECT seq, tbl, data FROM changes WHERE seq > %s ORDER BY seq LIMIT %s",
                [after, PULL_BATCH],
            ).fetchall()
            if not rows:
                return done
            batch = [
                (int(s), str(t), d if isinstance(d, dict) else json.loads(d)) for s, t, d in rows
            ]
            changes = self.write(partial(apply_changes, batch=batch, report=self.report))
            self.report.pulled += len(batch)
            self._changed(changes)
            done += len(batch)
            if len(rows) < PULL_BATCH:
                return done
        return done

    def _state(self, offline: str | None, error: str | None) -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

        def save(c: sqlite3.Connection) -> None:
            if offline is None and error is None:
                mirror.set_meta(c, "hub.last_ok_at", now)
                mirror.set_meta(c, "hub.offline_since", None)
                mirror.set_meta(c, "hub.error", None)
            else:
                if offline is not None and mirror.get_meta(c, "hub.offline_since") is None:
                    mirror.set_meta(c, "hub.offline_since", now)
                mirror.set_meta(c, "hub.error", offline or error)

        self.write(save)

    # keep it current ----------------------------------------------------------------------

    def watch(self, max_backoff_s: float = 30.0) -> None:
        """Until ``stop`` is set: pull when the hub says something changed, push when the
        outbox grows, a full pass every ``poll_s``; offline, retry with a growing pause."""
        import psycopg

        backoff = 1.0
        r = self.run()
        last_full = time.monotonic()
        while not self.stop.is_set():
            if r.error:
                return
            if r.offline:
                self.stop.wait(backoff)
                backoff = min(max_backoff_s, backoff * 2)
                r = self.run()
                last_full = time.monotonic()
                continue
            backoff = 1.0
            try:
                notified = self._wait_notice(self.tick_s)
                outbox = self.write(
                    lambda c: int(
                        c.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]
                    )
                )
                pushed = self.write(lambda c: cursors(c)[0])
                full = time.monotonic() - last_full >= self.poll_s
                if full:
                    r = self.run()
                    last_full = time.monotonic()
                elif notified or outbox > pushed:
                    r = self.run(publish=False)
            except psycopg.OperationalError as e:
                self.close()
                r = HubReport(offline=connection.describe(e))
                self._state(r.offline, None)
        self.close()

    def _wait_notice(self, timeout: float) -> bool:
        conn = self._connect()
        got = False
        for _n in conn.notifies(timeout=timeout, stop_after=1):
            got = True
        if got:  # drain what else came at once
            for _n in conn.notifies(timeout=0.0):
                pass
        return got
