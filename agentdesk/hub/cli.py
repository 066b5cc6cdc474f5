"""`agentdesk hub ...`: init, add-agent, sync. Errors are one sentence (UserError: exit 2;
a hub that cannot be reached or refuses: exit 1)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from agentdesk.store.errors import UserError

ROLES = ("agent", "lead", "trainer", "trainee")


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    h = sub.add_parser("hub", help="the team hub on PostgreSQL: init, add agents, sync")
    hs = h.add_subparsers(dest="hub_command", parser_class=parser_class, required=True)
    dsn_help = "PostgreSQL connection string, e.g. 'host=hub.example dbname=agentdesk user=lead'"

    i = hs.add_parser("init", help="create or migrate the hub schema (as the hub's owner)")
    i.add_argument("--dsn", required=True, help=dsn_help)

    a = hs.add_parser("add-agent", help="add an agent and the database role they log in with")
    a.add_argument("--dsn", required=True, help=dsn_help + " (the hub's owner)")
    a.add_argument("--id", required=True, dest="agent_id", help="the agent's id in the caches")
    a.add_argument("--name", required=True)
    a.add_argument("--role", required=True, choices=ROLES, metavar="ROLE", help=", ".join(ROLES))
    a.add_argument("--login", required=True, help="the database role to create (lower case)")
    a.add_argument("--email")

    s = hs.add_parser("sync", help="sync a cache with the hub")
    s.add_argument("--db", type=Path, required=True)
    s.add_argument("--dsn", required=True, help=dsn_help)
    s.add_argument("--once", action="store_true", help="one pass, then exit (default: watch)")
    s.add_argument(
        "--publish-all",
        action="store_true",
        help="also offer the hub this cache's older tickets, notes, surveys and role-plays",
    )
    s.add_argument("--poll", type=float, default=10.0, help="seconds between full passes")
    s.add_argument("--json", action="store_true", help="print each pass's report as JSON")


def run(args: argparse.Namespace) -> int:
    handler = {"init": _init, "add-agent": _add_agent, "sync": _sync}[args.hub_command]
    return handler(args)


def _owner(dsn: str) -> Any:
    import psycopg

    from agentdesk.hub import connection

    try:
        return connection.connect(dsn)
    except connection.HubDsnError as e:
        raise UserError(str(e)) from None
    except psycopg.OperationalError as e:
        print(f"agentdesk: Cannot reach the hub: {connection.describe(e)}", file=sys.stderr)
        raise SystemExit(1) from None


def _init(args: argparse.Namespace) -> int:
    import psycopg

    from agentdesk.hub import connection, schema

    conn = _owner(args.dsn)
    try:
        before, after = schema.migrate(conn)
    except schema.HubSchemaError as e:
        print(f"agentdesk: {e}", file=sys.stderr)
        return 1
    except psycopg.Error as e:
        print(
            f"agentdesk: The hub schema could not be made: {connection.describe(e)}",
            file=sys.stderr,
        )
        return 1
    finally:
        conn.close()
    if before == after:
        print(f"The hub is up to date (schema {after}).")
    else:
        print(f"The hub schema is now at version {after} (was {before}).")
    return 0


def _add_agent(args: argparse.Namespace) -> int:
    import psycopg

    from agentdesk.hub import connection, schema

    password = os.environ.get("AGENTDESK_AGENT_PASSWORD")
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.login} (empty: none): ") or None
    conn = _owner(args.dsn)
    try:
        made = schema.add_agent(
            conn, args.agent_id, args.name, args.role, args.login, password, args.email
        )
    except ValueError as e:
        raise UserError(str(e)) from None
    except psycopg.Error as e:
        print(f"agentdesk: The agent could not be added: {connection.describe(e)}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    what = "added" if made else "updated"
    print(f"Agent {args.agent_id} ({args.role}) {what}; they log in as {args.login}.")
    return 0


def _sync(args: argparse.Namespace) -> int:
    import signal
    import threading

    from agentdesk.hub.connection import HubDsnError
    from agentdesk.hub.sync import HubReport, HubSync
    from agentdesk.store.db import open_connection

    conn = open_connection(args.db, create=True)
    stop = threading.Event()

    def on_signal(_signum: int, _frame: Any) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    def write(fn: Any) -> Any:
        with conn:
            return fn(conn)

    def show(r: HubReport) -> None:
        if args.json:
            print(json.dumps(r.as_json(), ensure_ascii=False), flush=True)
        elif r.offline:
            print(f"The hub is unreachable: {r.offline} Changes wait here.", flush=True)
        elif r.error:
            pass
        elif r.pushed or r.pulled or r.published or r.conflicts:
            print(
                f"Hub: sent {r.pushed}, published {r.published}, received {r.pulled} "
                f"(up to change {r.cursor}).",
                flush=True,
            )
        for text in r.conflicts:
            print(f"agentdesk: {text}", file=sys.stderr)
        for text in r.rejected:
            print(f"agentdesk: the hub refused a change: {text}", file=sys.stderr)

    try:
        hub = HubSync(
            args.dsn,
            write,
            publish_all=args.publish_all,
            poll_s=args.poll,
            on_report=show,
            stop=stop,
        )
    except HubDsnError as e:
        conn.close()
        raise UserError(str(e)) from None
    try:
        if args.once:
            r = hub.run()
        else:
            hub.watch()
            r = hub.report
    finally:
        hub.close()
        conn.close()
    if r.error:
        print(f"agentdesk: {r.error}", file=sys.stderr)
        return 1
    return 1 if r.offline and args.once else 0
