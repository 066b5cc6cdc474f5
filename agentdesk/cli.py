"""The `agentdesk` command (DESIGN §7). Errors: one sentence on stderr, exit 2 for bad input."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from agentdesk import __version__, i18n
from agentdesk.store.errors import UserError

CHANNELS = ("phone", "chat", "email", "social", "portal")
BACKENDS = ("vendure", "shopify", "woocommerce")
VIEWS = ("inbox", "customer", "ticket", "dashboard", "proactive", "journey", "plans", "training")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"agentdesk: {message[0].upper()}{message[1:]}. See 'agentdesk --help'.\n")
        raise SystemExit(2)


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1440x900") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{text} is not between 200x200 and 8000x8000")
    return w, h


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def _moment(text: str) -> datetime:
    from agentdesk.core.timefmt import TimestampError, parse_rfc3339

    try:
        return parse_rfc3339(text)
    except TimestampError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an RFC 3339 timestamp") from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-02") from None


def _lang(text: str) -> str:
    try:
        return i18n.choose(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="agentdesk", description="AgentDesk: the support console for your shop.")
    p.add_argument("--version", action="version", version=f"agentdesk {__version__}")
    p.add_argument("--demo", action="store_true", help="open the console on a demo cache")
    p.add_argument("--db", type=Path, help="cache file (default: your user data folder)")
    p.add_argument("--lang", type=_lang, help="interface language: en, da, ar, id, vi")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    g = sub.add_parser("gui", help="open the console")
    g.add_argument("--db", type=Path, dest="db_sub")
    g.add_argument("--lang", type=_lang, dest="lang_sub")

    d = sub.add_parser("demo", help="write a deterministic demo cache")
    d.add_argument("--db", type=Path, required=True)
    d.add_argument("--customers", type=_positive, default=2000)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--now", type=_moment, help="the demo's present moment (default: this hour)")

    i = sub.add_parser("import", help="import a JSON Lines file (atomic, idempotent)")
    i.add_argument("--db", type=Path, required=True)
    i.add_argument("file", type=Path)

    e = sub.add_parser("export", help="export the cache as JSON Lines")
    e.add_argument("--db", type=Path, required=True)
    e.add_argument("file", type=Path)

    s = sub.add_parser("search", help="search customers, orders, tickets, messages and notes")
    s.add_argument("--db", type=Path, required=True)
    s.add_argument("query")
    s.add_argument("--limit", type=_positive, default=20)
    s.add_argument("--json", action="store_true")

    k = sub.add_parser("kpi", help="KPIs for a period (DESIGN §6)")
    k.add_argument("--db", type=Path, required=True)
    k.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    k.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    k.add_argument("--tz", default="UTC", help="IANA time zone of the dates (default UTC)")
    k.add_argument("--agent", help="only tickets assigned to this agent id")
    k.add_argument("--channel", choices=CHANNELS, metavar="CHANNEL", help=", ".join(CHANNELS))
    k.add_argument("--json", action="store_true")

    tr = sub.add_parser("train", help="empathy training: list scenarios, score a role-play")
    tsub = tr.add_subparsers(dest="train_command", parser_class=_Parser, required=True)
    tl = tsub.add_parser("list", help="the scenario library")
    tl.add_argument("--json", action="store_true")
    tl.add_argument("--db", type=Path, dest="train_db", help="include a cache's own scenarios")
    ts = tsub.add_parser("score", help="score a role-play transcript")
    ts.add_argument("--scenario", required=True)
    ts.add_argument("--transcript", type=Path, required=True)
    ts.add_argument("--json", action="store_true")
    ts.add_argument("--db", type=Path, dest="train_db", help="include a cache's own scenarios")

    sy = sub.add_parser("sync", help="pull from and push to the shop back end")
    sy.add_argument("--db", type=Path, required=True)
    sy.add_argument(
        "--backend", required=True, choices=BACKENDS, metavar="BACKEND", help=", ".join(BACKENDS)
    )
    sy.add_argument("--url", required=True, help="the shop's address, e.g. https://shop.example")
    sy.add_argument("--once", action="store_true", help="one sync, then exit")
    sy.add_argument(
        "--sweep",
        action="store_true",
        help="also look for deleted records and for every note written in the shop",
    )
    sy.add_argument("--interval", type=_positive, help="seconds between syncs (default: setting)")
    sy.add_argument("--json", action="store_true", help="print each sync's report as JSON")
    sy.add_argument("--page", type=_positive, default=100, help="records per request (default 100)")
    sy.add_argument(
        "--ca-file",
        type=Path,
        help="trust this certificate authority (PEM) for this shop instead of the public ones "
        "(default: the sync.ca_file setting when --url is the configured shop); logged",
    )

    c = sub.add_parser("check", help="check the cache's integrity and schema")
    c.add_argument("--db", type=Path, required=True)
    c.add_argument("--json", action="store_true")

    po = sub.add_parser("pop", help="bring the running console to a customer (screen pop)")
    who = po.add_mutually_exclusive_group(required=True)
    who.add_argument("--phone")
    who.add_argument("--email")
    who.add_argument("--order")
    po.add_argument("--db", type=Path, dest="db_sub", help="cache for a console started now")
    po.add_argument("--lang", type=_lang, dest="lang_sub")

    sh = sub.add_parser("screenshot", help="render a view offscreen to a PNG file")
    sh.add_argument("--db", type=Path, required=True)
    sh.add_argument(
        "--view", required=True, choices=VIEWS, metavar="VIEW", help=f"one of: {', '.join(VIEWS)}"
    )
    sh.add_argument("--out", type=Path, required=True)
    sh.add_argument("--lang", type=_lang, default="en")
    sh.add_argument("--size", type=_size, default=(1440, 900))
    sh.add_argument("--theme", choices=("light", "dark", "high_contrast"), default="light")
    sh.add_argument(
        "--json", action="store_true", help="report the file, language and translation loaded"
    )
    from agentdesk.hub.cli import add_parser as add_hub

    add_hub(sub, _Parser)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except UserError as exc:
        print(f"agentdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("agentdesk: Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"agentdesk: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    except Exception as exc:  # a full disk, a disk error, a damaged cache: one sentence
        from agentdesk.store.writer import SENTENCES, trouble

        kind = trouble(exc)
        if kind is None:
            raise
        print(f"agentdesk: {SENTENCES[kind]}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    command = args.command or "gui"
    handler = globals()[f"_cmd_{command}"]
    return int(handler(args))


def _cmd_gui(args: argparse.Namespace) -> int:
    from agentdesk import paths

    db = getattr(args, "db_sub", None) or args.db
    lang = getattr(args, "lang_sub", None) or args.lang
    if args.demo and db is None:
        db = paths.demo_cache()
        if not db.exists():
            from agentdesk.store import demo

            print("agentdesk: Preparing the demo cache (one time)…", file=sys.stderr)
            db.parent.mkdir(parents=True, exist_ok=True)
            demo.build(db, customers=3000, seed=1)
            _demo_training(db, 1)
    db = db or paths.default_cache()
    from agentdesk.store.db import open_connection
    from agentdesk.store.errors import CacheError
    from agentdesk.store.rescue import look

    damage = look(db)
    if damage is not None and not damage.rebuildable:
        raise CacheError(damage.sentence)  # nothing the console could offer: say it here
    if damage is None:
        open_connection(db, create=True).close()  # fail early, in one sentence, on a bad file
    # (a damaged cache: the console says so and offers to rebuild it from the shop)
    from agentdesk.ui.app import run

    return run(db, lang, getattr(args, "pop_request", None))


def _cmd_pop(args: argparse.Namespace) -> int:
    request = {k: v for k in ("phone", "email", "order") if (v := getattr(args, k))}
    if not any(v.strip() for v in request.values()):
        raise UserError("Give a phone number, an e-mail address or an order number.")
    from agentdesk.ui.app import make_app
    from agentdesk.ui.pop import send

    make_app(i18n.choose(getattr(args, "lang_sub", None) or args.lang))
    answer = send(request)
    if answer is None:  # no console running: start one on that customer
        args.pop_request = request
        return _cmd_gui(args)
    print(answer.get("message") or "The console did not answer.")
    return 0 if answer.get("ok") else 1


def _cmd_demo(args: argparse.Namespace) -> int:
    from agentdesk.store import demo

    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if sys.stderr.isatty() and (now - last[0] > 0.5 or done == total):
            last[0] = now
            print(f"\r{done:,}/{total:,} customers", end="", file=sys.stderr, flush=True)

    stats = demo.build(args.db, args.customers, args.seed, args.now, progress)
    _demo_training(args.db, args.seed)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    took = time.perf_counter() - started
    print(
        f"Wrote {stats.customers:,} customers, {stats.orders:,} orders, "
        f"{stats.tickets:,} tickets and {stats.messages:,} messages to {args.db} "
        f"in {took:.1f} s."
    )
    return 0


def _demo_training(path: Path, seed: int) -> None:
    """The demo's trainees and their role-plays (the training layer sits above the store)."""
    from agentdesk.store import queries
    from agentdesk.training.demo import add_sessions

    conn = _open(path).conn
    now = datetime.fromisoformat((queries.meta(conn, "demo_now") or "").replace("Z", "+00:00"))
    with conn:
        add_sessions(conn, now, seed)
    conn.close()


def _open(path: Path) -> Any:
    from agentdesk.store.db import open_cache

    return open_cache(path, create=False)


def _cmd_import(args: argparse.Namespace) -> int:
    from agentdesk.store.db import open_cache
    from agentdesk.store.interchange import import_file

    if not args.file.exists():
        raise UserError(f"{args.file} does not exist.")
    db = open_cache(args.db, create=True)
    result = import_file(db.conn, args.file)
    print(
        f"Imported {result.lines:,} lines: {result.written:,} written, "
        f"{result.unchanged:,} already up to date."
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from agentdesk.store.interchange import export_file

    count = export_file(_open(args.db).conn, args.file)
    print(f"Exported {count:,} records to {args.file}.")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from agentdesk.store.search import search_with_snippets

    hits = search_with_snippets(_open(args.db).conn, args.query, args.limit)
    if args.json:
        out = [
            {
                "kind": h.kind.value,
                "id": h.id,
                "title": h.title,
                "snippet": h.snippet,
                "score": h.score,
            }
            for h in hits
        ]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    elif not hits:
        print("No matches.")
    else:
        for h in hits:
            print(f"{h.kind.value:9} {h.id:14} {h.title}  —  {h.snippet}")
    return 0


def _cmd_kpi(args: argparse.Namespace) -> int:
    from agentdesk.core.kpi import PeriodError, period
    from agentdesk.store.kpi import Filters, compute

    try:
        span = period(args.first, args.last, args.tz)
    except PeriodError as exc:
        raise UserError(str(exc)) from None
    conn = _open(args.db).conn
    if (
        args.agent
        and not conn.execute("SELECT 1 FROM agents WHERE id = ?", [args.agent]).fetchone()
    ):
        raise UserError(f"There is no agent {args.agent!r} in this cache.")
    result = compute(conn, span, Filters(agent_id=args.agent, channel=args.channel))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    for key, value in result.items():
        if key == "busiest_hours":
            day, hour = max(
                ((d, h) for d in range(7) for h in range(24)), key=lambda dh: value[dh[0]][dh[1]]
            )
            days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
            busiest = f"{days[day]} {hour:02d}:00 ({value[day][hour]} messages)"
            print(f"{'busiest_hour':26} {busiest if value[day][hour] else '-'}")
        elif key == "top_categories":
            shown = ", ".join(f"{c} {n}" for c, n in value[:5]) or "-"
            print(f"{key:26} {shown}")
        else:
            print(f"{key:26} {'-' if value is None else value}")
    return 0


def _scenarios(args: argparse.Namespace) -> dict[str, Any]:
    from agentdesk.training.scenarios import ScenarioError, load_library

    try:
        found: dict[str, Any] = load_library()
    except ScenarioError as exc:
        raise UserError(str(exc)) from None
    if getattr(args, "train_db", None):
        from agentdesk.training.history import library

        found |= library(_open(args.train_db).conn)
    return found


def _cmd_train(args: argparse.Namespace) -> int:
    scenarios = _scenarios(args)
    if args.train_command == "list":
        rows = [
            {
                "id": s.id,
                "category": s.category.value,
                "difficulty": s.difficulty,
                "tags": list(s.tags),
                "languages": list(s.languages),
                "titles": {lang: s.text(lang).title for lang in s.languages},
            }
            for s in scenarios.values()
        ]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for r in rows:
                print(
                    f"{r['id']:22} {r['category']:16} {'*' * r['difficulty']:3} {r['titles']['en']}"
                )
        return 0
    return _train_score(args, scenarios)


def _train_score(args: argparse.Namespace, scenarios: dict[str, Any]) -> int:
    from agentdesk.training.scoring import explain, play

    scenario = scenarios.get(args.scenario)
    if scenario is None:
        raise UserError(f"There is no scenario {args.scenario!r}; see 'agentdesk train list'.")
    if not args.transcript.exists():
        raise UserError(f"{args.transcript} does not exist.")
    try:
        data = json.loads(args.transcript.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise UserError(f"{args.transcript} is not a JSON transcript.") from None
    turns = data.get("turns") if isinstance(data, dict) else None
    language = data.get("language", "en") if isinstance(data, dict) else "en"
    if not isinstance(turns, list) or not all(
        isinstance(t, dict)
        and t.get("role") in ("customer", "agent")
        and isinstance(t.get("text"), str)
        for t in turns
    ):
        raise UserError(
            'The transcript needs "turns": a list of {"role": "customer" or "agent", "text": ...}.'
        )
    if language not in scenario.languages:
        raise UserError(
            f"Scenario {scenario.id} has no {language!r}; it has {', '.join(scenario.languages)}."
        )
    if data.get("scenario") not in (None, scenario.id):
        raise UserError(f"The transcript is for {data['scenario']!r}, not {scenario.id!r}.")
    answers = [t["text"] for t in turns if t["role"] == "agent"]
    if not answers:
        raise UserError("The transcript has no agent turns to score.")
    session = play(scenario, language, answers)
    out = {
        "scenario": scenario.id,
        "language": language,
        "total": session.total,
        "passed": session.passed,
        "outcome": session.outcome.value if session.outcome else None,
        "path": list(session.path),
        "criteria": session.criteria(),
        "turns": [
            {
                "turn": i + 1,
                "node": t.node,
                "text": t.answer,
                "score": round(100 * t.result.score, 1),
                "band": t.result.band.value,
                "criteria": [
                    {
                        "criterion": c.criterion,
                        "points": c.points,
                        "max": c.weight,
                        "reason": c.reason,
                        "words": list(c.words),
                        "feedback": explain(c),
                    }
                    for c in t.result.criteria
                ],
            }
            for i, t in enumerate(session.turns)
        ],
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        print(
            f"{scenario.id} ({language}): {session.total} / 100, {out['outcome'] or 'unfinished'}"
        )
        for t in out["turns"]:
            print(f"  answer {t['turn']}: {t['score']} ({t['band']})")
            for c in t["criteria"]:
                print(f"    {c['points']:>5}/{c['max']:<4} {c['feedback']}")
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    """Sync with a shop: once, or every interval until interrupted (SIGINT/SIGTERM finish
    the page in hand; the next start resumes from there)."""
    import signal
    import threading

    from agentdesk import logs
    from agentdesk.settings import Settings
    from agentdesk.sync import credentials
    from agentdesk.sync.connectors import make
    from agentdesk.sync.engine import Engine, Progress
    from agentdesk.sync.http import check_url, trust

    try:
        url = check_url(args.url)
    except ValueError as e:
        raise UserError(str(e)) from None
    settings = Settings()
    ca_file = args.ca_file or (
        settings.get("sync.ca_file") if url == settings.get("sync.url").rstrip("/") else None
    )
    try:
        trust(url, ca_file)  # TlsError is a ValueError: one sentence
    except ValueError as e:
        raise UserError(str(e)) from None
    try:
        token = credentials.get(args.backend, url)
    except credentials.NoToken as e:
        raise UserError(str(e)) from None
    logs.setup()  # the user's log folder, secrets redacted; AGENTDESK_LOG_LEVEL=DEBUG for more
    interval = args.interval or settings.get("sync.interval_s")
    from agentdesk.store.db import open_cache

    conn = open_cache(args.db, create=True).conn  # a first sync fills a new cache
    cancel = threading.Event()

    def stop(_signum: int, _frame: Any) -> None:
        cancel.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    tty = sys.stderr.isatty()

    def write(fn: Any) -> Any:
        with conn:
            return fn(conn)

    def show(p: Progress) -> None:
        if not tty:
            return
        part = f"{p.fraction:4.0%} " if p.fraction is not None else ""
        total = f"/{p.total:,}" if p.total else ""
        eta = f" · {p.eta_s:.0f} s left" if p.eta_s is not None and p.fraction else ""
        line = f"Syncing {p.phase}: {part}{p.done:,}{total} · {p.rate:,.0f}/s{eta}"
        sys.stderr.write("\r\033[K" + line)
        sys.stderr.flush()

    try:
        connector = make(args.backend, url, token)
    except ValueError as e:
        raise UserError(str(e)) from None
    code = 0
    try:
        while True:
            engine = Engine(
                connector,
                write,
                take=args.page,
                promise_days=settings.get("sync.promise_days"),
                sweep_every_s=settings.get("sync.sweep_minutes") * 60.0,
                on_progress=show,
                cancel=cancel,
            )
            from agentdesk.store.locks import SyncBusy, sync_lock

            try:
                with sync_lock(args.db):  # one sync per cache: none sends an item twice
                    r = engine.run(sweep=True if args.sweep else None)
            except SyncBusy as busy:
                print(f"agentdesk: {busy}", file=sys.stderr)
                code = 1
                if args.once or cancel.wait(interval):
                    break
                continue
            if tty:
                sys.stderr.write("\r\033[K")
            if args.json:
                print(json.dumps(_sync_report(r), ensure_ascii=False), flush=True)
            else:
                print(_sync_summary(args.backend, r), flush=True)
            for problem in r.problems[:20]:
                print(f"agentdesk: skipped {problem}", file=sys.stderr)
            code = 0 if r.ok else 1
            if r.error or args.once or cancel.is_set():
                break
            cancel.wait(interval)
            if cancel.is_set():
                break
    finally:
        connector.close()
        conn.close()
    return code


def _sync_report(r: Any) -> dict[str, Any]:
    return {
        "pulled": r.pulled,
        "written": r.written,
        "sent": r.sent,
        "failed": r.failed,
        "held": r.held,
        "deleted": r.deleted,
        "swept": r.swept,
        "seconds": round(r.seconds, 3),
        "requests": r.requests,
        "retries": r.retries,
        "cancelled": r.cancelled,
        "offline": r.offline,
        "error": r.error,
        "problems": r.problems,
    }


def _sync_summary(backend: str, r: Any) -> str:
    if r.error:
        return f"agentdesk: The shop refused the sync: {r.error}"
    pulled = ", ".join(f"{n:,} {k}" for k, n in r.pulled.items()) or "nothing"
    text = (
        f"Synced with {backend}: pulled {pulled}; wrote {r.written:,} changes here; "
        f"sent {r.sent:,} (failed {r.failed:,}) in {r.seconds:.1f} s"
    )
    if r.offline:
        text += f". The shop is unreachable: {r.offline}; changes wait in the outbox"
    if r.cancelled:
        text += ". Stopped; the next sync resumes where this one stopped"
    return text + "."


def _cmd_hub(args: argparse.Namespace) -> int:
    """The team hub (DESIGN §4): init, add-agent, sync; see agentdesk/hub/cli.py."""
    from agentdesk.hub.cli import run

    return run(args)


def _cmd_check(args: argparse.Namespace) -> int:
    from agentdesk.store.check import check

    report = check(args.db)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": report.ok,
                    "path": report.path,
                    "summary": report.summary,
                    "schema_version": report.schema_version,
                    "problems": report.problems,
                    "counts": report.counts,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print(report.summary, file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def _cmd_screenshot(args: argparse.Namespace) -> int:
    _open(args.db).conn.close()
    if args.out.suffix.lower() != ".png":
        raise UserError(f"{args.out} must end in .png.")
    if not args.out.parent.exists():
        raise UserError(f"The folder {args.out.parent} does not exist.")
    from agentdesk.ui.screenshot import render

    render(args.db, args.view, args.out, args.lang, args.size, args.theme)
    if not args.json:
        print(f"Wrote {args.out}.")
        return 0
    # What the picture was drawn with, for packaged builds to prove their translations load.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from agentdesk.ui import translations

    qm = translations.compiled(args.lang)
    report = {
        "out": str(args.out),
        "view": args.view,
        "language": args.lang,
        "size": list(args.size),
        "right_to_left": QGuiApplication.isRightToLeft(),
        "translation": str(qm) if qm else None,
        "sample": {"Inbox": QCoreApplication.translate("MainWindow", "Inbox")},
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0
