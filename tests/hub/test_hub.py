"""The team hub against a real PostgreSQL: desktops (separate caches, separate processes)
share notes, replies and tickets; assignment races have one winner; an offline desktop
catches up; the lead's KPIs cover everyone's work; row-level security."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import psycopg
import pytest

from agentdesk.cli import main
from agentdesk.hub.sync import HubSync
from agentdesk.store import actions
from agentdesk.store.db import open_connection
from tests.hub.conftest import Hub
from tests.hub.desktops import (
    make_cache,
    query,
    start,
    stop,
    sync_cmd,
    sync_once,
    ticket,
    wait_for,
    watch,
    write,
)

pytestmark = pytest.mark.postgres


def hub_rows(hub: Hub, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with psycopg.connect(hub.owner_dsn, autocommit=True) as c:
        return [tuple(r) for r in c.execute(sql, args).fetchall()]


def test_hub_init_creates_then_finds_it_up_to_date(pg_server, capsys):
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS hub_init_test WITH (FORCE)")
        admin.execute("CREATE DATABASE hub_init_test")
    dsn = pg_server.dsn("hub_init_test")
    try:
        assert main(["hub", "init", "--dsn", dsn]) == 0
        assert "version 1 (was 0)" in capsys.readouterr().out
        assert main(["hub", "init", "--dsn", dsn]) == 0
        assert "up to date (schema 1)" in capsys.readouterr().out
        with psycopg.connect(dsn, autocommit=True) as c:
            tables = {
                r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")
            }
        assert {"tickets", "messages", "calls", "notes", "surveys", "action_plans",
                "action_steps", "training_sessions", "agents", "changes", "hub_meta"} <= tables  # fmt: skip
        # a login that cannot be a database role: one sentence, exit 2
        assert main(["hub", "add-agent", "--dsn", dsn, "--id", "x1", "--name", "X",
                     "--role", "agent", "--login", "Robert'); DROP"]) == 2  # fmt: skip
        assert "cannot be a database role" in capsys.readouterr().err
    finally:
        with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS hub_init_test WITH (FORCE)")


def test_hub_cli_errors_are_one_sentence(tmp_path, pg_server, capsys):
    db = make_cache(tmp_path / "a.sqlite")
    assert main(["hub", "sync", "--db", str(db), "--once", "--dsn", "host=hub.example.com dbname=x sslmode=disable"]) == 2  # fmt: skip
    assert "must be reached over TLS" in capsys.readouterr().err
    assert main(["hub", "sync", "--db", str(db), "--once", "--dsn", "host=127.0.0.1 port=1 dbname=x user=y"]) == 1  # fmt: skip
    out = capsys.readouterr()
    assert "unreachable" in out.out and "Traceback" not in out.err
    # a database that is no hub
    assert main(["hub", "sync", "--db", str(db), "--once", "--dsn", pg_server.dsn()]) == 1
    assert "not an AgentDesk hub yet" in capsys.readouterr().err


def test_notes_and_replies_propagate_between_two_desktop_processes(tmp_path, hub):
    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    a = make_cache(tmp_path / "a.sqlite", ticket("t1"))
    b = make_cache(tmp_path / "b.sqlite")  # B has never seen the ticket
    procs = [watch(a, dsn_a), watch(b, dsn_b)]
    try:
        saved = time.monotonic()
        write(a, actions.add_note, "c1", "a1", "Prefers a text message to a call")
        got = wait_for(lambda: query(b, "SELECT author_id, body FROM notes WHERE customer_id='c1'"))
        latency = time.monotonic() - saved
        assert got == [("a1", "Prefers a text message to a call")]
        assert latency < 3.0, latency  # NOTIFY, not the 30 s poll

        write(a, actions.reply, "t1", "a1", "The parcel is with PostNord; it comes tomorrow.")
        wait_for(lambda: query(b, "SELECT 1 FROM messages WHERE ticket_id='t1' AND author='agent'"))
        assert query(b, "SELECT subject, status FROM tickets WHERE id='t1'") == [
            ("Where is my parcel (t1)", "pending")
        ]
        write(b, actions.reply, "t1", "a2", "Internal: I called the depot.", public=False)
        wait_for(lambda: query(a, "SELECT 1 FROM messages WHERE author_id='a2'"))
    finally:
        outs = [stop(p) for p in procs]
    for _out, err in outs:
        assert "Traceback" not in err, err
    # each once in the hub and in both caches
    assert hub_rows(hub, "SELECT count(*) FROM notes") == [(1,)]
    assert hub_rows(hub, "SELECT count(*) FROM messages WHERE author = 'agent'") == [(2,)]
    for db in (a, b):
        assert query(db, "SELECT count(*) FROM notes") == [(1,)]
        assert query(db, "SELECT count(*) FROM messages WHERE author='agent'") == [(2,)]


def test_simultaneous_assignment_has_one_winner_and_the_loser_sees_who(tmp_path, hub):
    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    a = make_cache(tmp_path / "a.sqlite", ticket("t1"))
    b = make_cache(tmp_path / "b.sqlite")
    assert sync_once(a, dsn_a, "--publish-all")[0] == 0
    assert sync_once(b, dsn_b)[0] == 0
    assert query(b, "SELECT assignee_id FROM tickets WHERE id='t1'") == [(None,)]
    # both take the ticket before either desktop has heard of the other's
    write(a, actions.assign, ["t1"], "a1")
    write(b, actions.assign, ["t1"], "a2")
    procs = start(sync_cmd(a, dsn_a, "--once", "--json"), sync_cmd(b, dsn_b, "--once", "--json"))
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    reports = [json.loads(out.splitlines()[-1]) for out, _ in outs]
    [(winner, version)] = hub_rows(hub, "SELECT assignee_id, version FROM tickets WHERE id='t1'")
    assert winner in ("a1", "a2") and version == 2
    lost = 1 if winner == "a1" else 0
    name = "Anna Berg" if winner == "a1" else "Bo Dahl"
    assert reports[lost]["conflicts"] == [
        f"Ticket “Where is my parcel (t1)” was already taken by {name}."
    ]
    assert reports[1 - lost]["conflicts"] == []
    loser = (a, b)[lost]
    assert query(loser, "SELECT assignee_id FROM tickets WHERE id='t1'") == [(winner,)]
    assert query(
        loser, "SELECT message FROM sync_log WHERE backend='hub' AND level='conflict'"
    ) == [(reports[lost]["conflicts"][0],)]
    # the winner's next pass changes nothing; both caches agree
    sync_once((a, b)[1 - lost], (dsn_a, dsn_b)[1 - lost])
    for db in (a, b):
        assert query(db, "SELECT assignee_id FROM tickets WHERE id='t1'") == [(winner,)]


def test_a_stale_edit_is_refused_with_a_clear_message(tmp_path, hub):
    """The same agent on two desktops edits one note: the first edit wins, the second is
    refused as stale and the hub's text comes back."""
    dsn = hub.add_agent("a1", "Anna Berg")
    one, two = make_cache(tmp_path / "one.sqlite"), make_cache(tmp_path / "two.sqlite")
    write(one, actions.add_note, "c1", "a1", "First text")
    assert sync_once(one, dsn)[0] == 0 and sync_once(two, dsn)[0] == 0
    [(nid,)] = query(two, "SELECT id FROM notes")
    write(one, actions.edit_note, nid, "a1", "Edited on desktop one")
    write(two, actions.edit_note, nid, "a1", "Edited on desktop two")
    assert sync_once(one, dsn)[1][-1]["conflicts"] == []
    code, reports, _ = sync_once(two, dsn)
    assert code == 0
    assert reports[-1]["conflicts"] == [
        "The note was changed first by Anna Berg; your change was not applied."
    ]
    assert query(two, "SELECT body FROM notes") == [("Edited on desktop one",)]
    assert hub_rows(hub, "SELECT body, version FROM notes") == [("Edited on desktop one", 2)]


def test_an_offline_desktop_keeps_working_and_catches_up_without_loss_or_duplicates(tmp_path, hub):
    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    a, b = make_cache(tmp_path / "a.sqlite"), make_cache(tmp_path / "b.sqlite")
    assert sync_once(a, dsn_a)[0] == 0 and sync_once(b, dsn_b)[0] == 0
    dead = dsn_b.replace(f"port={hub.server.port}", "port=1")
    for n in range(3):
        write(b, actions.add_note, "c2", "a2", f"Offline note {n}")
        code, reports, _ = sync_once(b, dead)
        assert code == 1 and reports[-1]["offline"]
    for n in range(2):
        write(a, actions.add_note, "c1", "a1", f"Online note {n}")
    assert sync_once(a, dsn_a)[0] == 0
    assert query(b, "SELECT count(*) FROM notes") == [(3,)]  # still working meanwhile
    assert query(b, "SELECT value IS NOT NULL FROM meta WHERE key='hub.offline_since'") == [(1,)]
    # back: B sends its three and gets A's two
    code, reports, _ = sync_once(b, dsn_b)
    assert code == 0 and reports[-1]["pushed"] == 3
    assert sync_once(a, dsn_a)[0] == 0
    assert hub_rows(hub, "SELECT count(*) FROM notes") == [(5,)]
    for db in (a, b):
        assert query(db, "SELECT count(*), count(DISTINCT body) FROM notes") == [(5, 5)]
    # a crash between the hub's commit and the cache's cursor: everything is sent again,
    # and the hub answers from what it already took
    write(
        b,
        lambda c: c.execute(
            "UPDATE meta SET value='0' WHERE key IN ('hub.pushed_seq', 'hub.pulled_seq')"
        ),
    )
    code, reports, _ = sync_once(b, dsn_b)
    assert code == 0 and reports[-1]["replayed"] == 3
    assert hub_rows(hub, "SELECT count(*) FROM notes") == [(5,)]
    assert query(b, "SELECT count(*) FROM notes") == [(5,)]


def _kpi(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert (
        main(["kpi", "--db", str(db), "--from", "2026-11-01", "--to", "2040-12-31", "--json"]) == 0
    )
    return json.loads(capsys.readouterr().out)


def test_the_leads_kpis_over_the_hub_match_the_sum_of_the_desktops_work(tmp_path, hub, capsys):
    dsns = {x: hub.add_agent(x, n, r) for x, n, r in
            (("a1", "Anna Berg", "agent"), ("a2", "Bo Dahl", "agent"), ("lead1", "Lene Lead", "lead"))}  # fmt: skip
    survey = lambda i, t, s: {"type": "survey", "id": i, "customer_id": "c1", "ticket_id": t,  # noqa: E731
                              "kind": "csat", "score": s, "created_at": "2026-11-05T10:00:00Z"}  # fmt: skip
    a = make_cache(tmp_path / "a.sqlite", [
        *ticket("ta1", "c1", "2026-11-02T09:00:00Z"), *ticket("ta2", "c2", "2026-11-03T09:00:00Z"),
        *ticket("ta3", "c3", "2026-11-04T09:00:00Z", category="refund"), survey("va1", "ta1", 5),
    ])  # fmt: skip
    b = make_cache(tmp_path / "b.sqlite", [
        *ticket("tb1", "c2", "2026-11-02T11:00:00Z", category="damaged"),
        *ticket("tb2", "c3", "2026-11-06T08:00:00Z"), survey("vb1", "tb1", 2),
    ])  # fmt: skip
    for db, me, tids in ((a, "a1", ["ta1", "ta2", "ta3"]), (b, "a2", ["tb1", "tb2"])):
        write(db, actions.assign, tids, me)
        for t in tids:
            write(db, actions.reply, t, me, "Thank you, I am on it.")
        write(db, actions.set_status, tids[:2], "solved")
    ka, kb = _kpi(a, capsys), _kpi(b, capsys)  # each desktop's own work
    lead = make_cache(tmp_path / "lead.sqlite")
    assert sync_once(a, dsns["a1"], "--publish-all")[0] == 0
    assert sync_once(b, dsns["a2"], "--publish-all")[0] == 0
    assert sync_once(lead, dsns["lead1"])[0] == 0
    kl = _kpi(lead, capsys)
    for key in ("tickets_created", "tickets_solved", "csat_responses", "nps_responses"):
        assert kl[key] == ka[key] + kb[key], key  # type: ignore[operator]
    assert kl["tickets_created"] == 5 and kl["tickets_solved"] == 4
    assert kl["csat_pct"] == 50.0
    merged: dict[str, int] = {}
    for k in (ka, kb):
        for cat, n in k["top_categories"]:  # type: ignore[union-attr]
            merged[cat] = merged.get(cat, 0) + n
    assert dict(kl["top_categories"]) == merged  # type: ignore[arg-type]
    # the per-agent table behind the lead's dashboard
    conn = psycopg.connect(hub.dsn_for("lead1"), autocommit=True)
    with conn:
        perf = dict(conn.execute("SELECT agent_id, solved FROM agent_performance").fetchall())
    assert perf["a1"] == 2 and perf["a2"] == 2


def test_row_level_security_keeps_trainees_out_and_performance_to_leads(tmp_path, hub):
    dsns = {x: hub.add_agent(x, x.title(), r) for x, r in
            (("a1", "agent"), ("a2", "agent"), ("lead1", "lead"), ("tr1", "trainer"), ("te1", "trainee"))}  # fmt: skip
    a = make_cache(tmp_path / "a.sqlite", ticket("t1"))
    write(a, actions.add_note, "c1", "a1", "VIP customer")
    write(a, actions.reply, "t1", "a1", "On it")
    assert sync_once(a, dsns["a1"], "--publish-all")[0] == 0

    def push(who: str, table: str, row: dict[str, object]) -> dict[str, object]:
        with psycopg.connect(dsns[who], autocommit=True) as c:
            got = c.execute("SELECT hub_push(%s, 'insert', %s, %s::jsonb, NULL)",
                            [f"k-{who}-{row['id']}", table, json.dumps(row)]).fetchone()[0]  # fmt: skip
        return got  # type: ignore[no-any-return]

    session = lambda i, who: {"id": i, "scenario_id": "lost_parcel", "trainee_id": who,  # noqa: E731
                              "language": "en", "started_at": "2026-11-02T09:00:00Z", "total_score": 70.0}  # fmt: skip
    assert push("te1", "training_sessions", session("s-te1", "te1"))["ok"] is True
    assert push("a1", "training_sessions", session("s-a1", "a1"))["ok"] is True
    refused = push(
        "te1",
        "notes",
        {"id": "n-x", "customer_id": "c1", "body": "x", "created_at": "2026-11-02T09:00:00Z"},
    )
    assert refused["ok"] is False and refused["reason"] == "forbidden"
    assert push("te1", "training_sessions", session("s-fake", "a2"))["reason"] == "forbidden"

    def seen(who: str, sql: str) -> list[tuple[object, ...]]:
        with psycopg.connect(dsns[who], autocommit=True) as c:
            return [tuple(r) for r in c.execute(sql).fetchall()]

    customer = "SELECT (SELECT count(*) FROM tickets) + (SELECT count(*) FROM notes) + (SELECT count(*) FROM messages)"
    for who in ("te1", "tr1"):
        assert seen(who, customer) == [(0,)]
        tables = {r[0] for r in seen(who, "SELECT DISTINCT tbl FROM changes")}
        assert tables <= {"agents", "training_sessions"}
    assert seen("a1", customer)[0][0] >= 4  # ticket, note, two messages
    assert seen("te1", "SELECT id FROM training_sessions") == [("s-te1",)]
    assert sorted(seen("tr1", "SELECT id FROM training_sessions")) == [("s-a1",), ("s-te1",)]
    assert seen("a2", "SELECT id FROM training_sessions") == []
    for who in ("a1", "te1", "tr1"):
        assert seen(who, "SELECT * FROM agent_performance") == []
    assert len(seen("lead1", "SELECT * FROM agent_performance")) == 5
    with (
        psycopg.connect(dsns["a1"], autocommit=True) as c,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        c.execute("UPDATE tickets SET assignee_id = 'a1'")
    # a trainee's desktop gets no customer rows
    te = make_cache(tmp_path / "te.sqlite")
    assert sync_once(te, dsns["te1"])[0] == 0
    assert query(te, "SELECT count(*) FROM notes") == [(0,)]
    assert query(te, "SELECT count(*) FROM tickets") == [(0,)]


def test_a_role_that_is_no_agent_is_refused(tmp_path, hub):
    login = f"{hub.dbname}_stranger"
    with psycopg.connect(hub.owner_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'pw' IN ROLE agentdesk_member")
    hub.agents["stranger"] = login
    db = make_cache(tmp_path / "x.sqlite")
    dsn = hub.server.dsn(hub.dbname, login, "pw")
    conn = open_connection(db)

    def run(fn):  # type: ignore[no-untyped-def]
        with conn:
            return fn(conn)

    r = HubSync(dsn, run).run()
    conn.close()
    assert r.error is not None and "not an agent of this hub" in r.error
    with (
        psycopg.connect(dsn, autocommit=True) as c,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        c.execute("SELECT hub_push('k', 'insert', 'notes', '{\"id\": \"n\"}'::jsonb, NULL)")
    assert isinstance(conn, sqlite3.Connection)


def test_changes_commit_in_sequence_order_so_a_pull_never_skips_one(hub):
    """The gap problem: a later seq must never be visible while an earlier one is in flight.
    A second writer waits for the first's commit before it takes its seq."""
    import threading

    dsn = hub.add_agent("a1", "Anna Berg")

    def note(i: str) -> str:
        return json.dumps(
            {"id": i, "customer_id": "c1", "body": i, "created_at": "2026-11-02T09:00:00Z"}
        )

    first = psycopg.connect(dsn)  # in a transaction until commit
    first.execute("SELECT hub_push('k1', 'insert', 'notes', %s::jsonb, NULL)", [note("n1")])
    done = threading.Event()

    def second() -> None:
        with psycopg.connect(dsn, autocommit=True) as c:
            c.execute("SELECT hub_push('k2', 'insert', 'notes', %s::jsonb, NULL)", [note("n2")])
        done.set()

    t = threading.Thread(target=second)
    t.start()
    assert not done.wait(1.0)  # waits for the first writer
    with psycopg.connect(dsn, autocommit=True) as reader:
        seen = reader.execute("SELECT row_id FROM changes WHERE tbl = 'notes'").fetchall()
    assert seen == []  # nothing visible yet, and no later seq ahead of the first
    first.commit()
    first.close()
    t.join(10)
    assert done.is_set()
    assert hub_rows(hub, "SELECT row_id FROM changes WHERE tbl = 'notes' ORDER BY seq") == [
        ("n1",),
        ("n2",),
    ]


def test_the_hub_decides_what_a_push_may_change_whatever_the_desktop_asks(tmp_path, hub):
    dsns = {x: hub.add_agent(x, x.title(), r) for x, r in (("a1", "agent"), ("a2", "agent"), ("te1", "trainee"))}  # fmt: skip
    keys: list[str] = []

    def push(
        who: str, mode: str, table: str, row: dict[str, object], base: int | None
    ) -> dict[str, object]:
        with psycopg.connect(dsns[who], autocommit=True) as c:
            key = f"k-{len(keys)}"
            keys.append(key)
            got = c.execute("SELECT hub_push(%s, %s, %s, %s::jsonb, %s)", [key, mode, table, json.dumps(row), base]).fetchone()[0]  # fmt: skip
        return got  # type: ignore[no-any-return]

    note = {"id": "n1", "customer_id": "c1", "author_id": "a1", "body": "Mine", "kind": "general", "pinned": 0, "created_at": "2026-11-02T09:00:00Z"}  # fmt: skip
    assert push("a1", "insert", "notes", note, None)["ok"] is True
    # a colleague may pin it, not rewrite it, even asking for a plain compare-and-set
    assert push("a2", "cas", "notes", {**note, "body": "Theirs"}, 1)["reason"] == "not_author"
    assert push("a2", "cas", "notes", {**note, "pinned": 1}, 1)["ok"] is True
    # the same content again makes no new version
    again = push("a2", "cas", "notes", {**note, "pinned": 1}, 1)
    assert again["ok"] is True and again["unchanged"] is True
    assert hub_rows(hub, "SELECT body, pinned, version FROM notes") == [("Mine", 1, 2)]
    # messages are only ever added
    msg = {"id": "m1", "ticket_id": "t1", "author": "agent", "author_id": "a1", "public": 1, "created_at": "2026-11-02T09:00:00Z", "body": "Hello"}  # fmt: skip
    assert push("a1", "insert", "messages", msg, None)["ok"] is True
    assert push("a1", "cas", "messages", {**msg, "body": "Changed"}, 1)["existed"] is True
    assert hub_rows(hub, "SELECT body, version FROM messages") == [("Hello", 1)]
    # a trainee's note stays on their desktop: refused once, not offered again
    te = make_cache(
        tmp_path / "te.sqlite", [{"type": "agent", "id": "te1", "name": "Te", "role": "agent"}]
    )
    write(te, actions.add_note, "c1", "te1", "Practice note")
    code, reports, _ = sync_once(te, dsns["te1"])
    assert code == 0 and reports[-1]["rejected"] == [
        "Trainers and trainees cannot change customer data."
    ]
    code, reports, _ = sync_once(te, dsns["te1"])
    assert code == 0 and reports[-1]["rejected"] == [] and reports[-1]["published"] == 0
    assert hub_rows(hub, "SELECT count(*) FROM notes") == [(1,)]


def test_a_watching_desktop_rides_out_a_hub_restart_and_catches_up(tmp_path):
    """The hub goes down under a watching desktop (its own server here): the desktop keeps
    working, says it is offline, reconnects when the hub is back and gets what it missed."""
    from tests.hub.conftest import Hub
    from tests.hub.pgserver import close_server, start_server

    server = start_server()
    try:
        with psycopg.connect(server.dsn(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE restart_hub")
        h = Hub(server, "restart_hub")
        with psycopg.connect(h.owner_dsn, autocommit=True) as conn:
            from agentdesk.hub import schema

            schema.migrate(conn)
        dsn_a, dsn_b = h.add_agent("a1", "Anna Berg"), h.add_agent("a2", "Bo Dahl")
        a, b = make_cache(tmp_path / "a.sqlite"), make_cache(tmp_path / "b.sqlite")
        proc = watch(b, dsn_b, poll=30.0)
        try:
            server.stop()
            wait_for(
                lambda: query(b, "SELECT 1 FROM meta WHERE key = 'hub.offline_since'"), timeout=20
            )
            write(b, actions.add_note, "c2", "a2", "Written while the hub was down")
            server.start()
            write(a, actions.add_note, "c1", "a1", "Written on A after the restart")
            assert sync_once(a, dsn_a)[0] == 0
            wait_for(lambda: query(b, "SELECT 1 FROM notes WHERE author_id = 'a1'"), timeout=40)

            def a_has_bs_note() -> bool:
                assert sync_once(a, dsn_a)[0] == 0
                return bool(query(a, "SELECT 1 FROM notes WHERE author_id = 'a2'"))

            wait_for(a_has_bs_note, timeout=40, every=0.5)
        finally:
            _out, err = stop(proc)
        assert "Traceback" not in err, err
        assert query(b, "SELECT count(*) FROM meta WHERE key = 'hub.offline_since'") == [(0,)]
        with psycopg.connect(h.owner_dsn, autocommit=True) as c:
            assert c.execute("SELECT count(*) FROM notes").fetchone() == (2,)
    finally:
        close_server(server)


def test_without_notices_the_poll_still_brings_changes(tmp_path, hub):
    """NOTIFY is a shortcut, not the guarantee: a desktop that hears nothing (UNLISTEN) still
    gets a colleague's note at its next full pass."""
    import threading

    dsn_a, dsn_b = hub.add_agent("a1", "Anna Berg"), hub.add_agent("a2", "Bo Dahl")
    a, b = make_cache(tmp_path / "a.sqlite"), make_cache(tmp_path / "b.sqlite")
    stop_event = threading.Event()
    lock = threading.Lock()
    cache = sqlite3.connect(b, check_same_thread=False)
    from agentdesk.store.db import register_functions

    register_functions(cache)

    def run(fn):  # type: ignore[no-untyped-def]
        with lock, cache:
            return fn(cache)

    hub_b = HubSync(dsn_b, run, poll_s=1.0, stop=stop_event)
    assert hub_b.run().ok
    hub_b.conn.execute("UNLISTEN *")
    t = threading.Thread(target=hub_b.watch)
    t.start()
    try:
        write(a, actions.add_note, "c1", "a1", "Heard of by polling")
        assert sync_once(a, dsn_a)[0] == 0
        wait_for(lambda: query(b, "SELECT 1 FROM notes"), timeout=10)
    finally:
        stop_event.set()
        t.join(10)
        cache.close()


def test_an_edit_made_while_a_push_is_in_flight_is_neither_lost_nor_a_conflict(tmp_path, hub):
    from functools import partial

    from agentdesk.hub import sync as hubsync

    dsn = hub.add_agent("a1", "Anna Berg")
    a = make_cache(tmp_path / "a.sqlite", ticket("t1"))
    conn = open_connection(a)

    def run(fn):  # type: ignore[no-untyped-def]
        with conn:
            return fn(conn)

    h = HubSync(dsn, run, publish_all=True)
    try:
        assert h.run().ok
        run(lambda c: actions.update_tickets(c, ["t1"], priority="high"))
        pushes, last = run(
            partial(hubsync.pending_pushes, after=run(lambda c: hubsync.cursors(c)[0]), limit=100)
        )
        results = h._call(pushes)  # the hub took it ...
        run(
            lambda c: actions.update_tickets(c, ["t1"], status="pending")
        )  # ... and the agent goes on
        run(
            partial(
                hubsync.record_results,
                pushes=pushes,
                results=results,
                new_cursor=last,
                report=h.report,
            )
        )
        assert query(a, "SELECT priority, status FROM tickets WHERE id='t1'") == [
            ("high", "pending")
        ]
        r = h.run()
        assert r.ok and r.conflicts == [], r.as_json()
    finally:
        h.close()
        conn.close()
    assert hub_rows(hub, "SELECT priority, status, version FROM tickets WHERE id='t1'") == [
        ("high", "pending", 3)
    ]


def test_a_row_the_cache_cannot_hold_is_reported_and_the_pull_goes_on(tmp_path, hub):
    dsn = hub.add_agent("a1", "Anna Berg")
    with psycopg.connect(hub.owner_dsn, autocommit=True) as c:  # by hand, past every desktop
        c.execute(
            "INSERT INTO tickets(id, customer_id, channel, category, subject, status, created_at) "
            "VALUES ('bad', 'c1', 'fax', 'x', 'Sent by fax', 'open', '2026-11-02T09:00:00Z'), "
            "('good', 'c1', 'email', 'x', 'Sent by e-mail', 'open', '2026-11-02T09:00:00Z')"
        )
    a = make_cache(tmp_path / "a.sqlite")
    code, reports, _ = sync_once(a, dsn)
    assert code == 0
    assert [p.split(" (")[0] for p in reports[-1]["problems"]] == ["tickets bad"], reports[-1][
        "problems"
    ]
    assert query(a, "SELECT id FROM tickets") == [("good",)]
    assert reports[-1]["cursor"] == hub_rows(hub, "SELECT max(seq) FROM changes")[0][0]
