"""`agentdesk demo`: a deterministic, realistic demo cache.

Same seed, customer count and `now` give the same file. Customers in five markets (da, en,
ar, id, vi) with local names, phones, addresses, currencies and carriers; orders with lines;
shipments whose fate is mostly on time but sometimes late, lost, damaged or misaddressed;
tickets that follow those fates (so most contacts are about logistics), arrive in daytime
hours of the customer's time zone, and sometimes come back with the same problem; messages
in the customer's language; notes, surveys, calls and a team of agents, leads and trainers.
"""

from __future__ import annotations

import bisect
import itertools
import json
import os
import pickle
import random
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from agentdesk.core.text import fold
from agentdesk.core.timefmt import to_utc_text
from agentdesk.paths import resources_dir
from agentdesk.settings import default_sla_minutes
from agentdesk.store import demo_people as P
from agentdesk.store import kpi, library
from agentdesk.store.schema import FTS_TABLES, KIND_TABLES, fts_fill

T = TypeVar("T")
CATEGORIES = (
    "late_delivery",
    "lost_parcel",
    "wrong_item",
    "damaged",
    "refund",
    "payment",
    "account",
    "product_question",
)
STAGE_OF = {
    "late_delivery": "delivery",
    "lost_parcel": "delivery",
    "damaged": "delivery",
    "wrong_item": "delivery",
    "refund": "returns",
    "payment": "payment",
    "account": "after_sales",
    "product_question": "browse",
}
# Hour-of-day weights (local time): quiet nights, a morning peak and an evening bump.
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 19, 17, 18, 17, 15, 13, 12, 13, 14, 12, 8, 4, 2)
CHANNEL_WEIGHTS = {"email": 30, "chat": 28, "phone": 20, "portal": 12, "social": 10}
MAX_CUSTOMERS = 5_000_000
BATCH = 2000
DEMO_HELP_URL = "https://help.example.com"  # the demo shop's help centre


@dataclass
class DemoStats:
    customers: int = 0
    orders: int = 0
    shipments: int = 0
    tickets: int = 0
    messages: int = 0
    notes: int = 0
    surveys: int = 0
    plans: int = 0
    agents: int = 0
    by_category: dict[str, int] = field(default_factory=dict)


class Content:
    """The per-language texts of resources/demo/<lang>.json."""

    def __init__(self, language: str) -> None:
        path = resources_dir() / "demo" / f"{language}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        self.data: dict[str, Any] = data
        self.products: list[tuple[str, str, int]] = [
            (p["sku"], p["name"], int(Decimal(p["price"]) * 100)) for p in data["products"]
        ]
        self.plans = library.plan_templates(language)


def _weighted(rng: random.Random, weights: Sequence[int]) -> Callable[[], int]:
    cum = list(itertools.accumulate(weights))
    total = cum[-1]
    return lambda: bisect.bisect_right(cum, rng.random() * total)


class _Gen:
    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.now_text = to_utc_text(now)
        self.content = {lang: Content(lang) for lang in P.MARKETS}
        self.markets = list(P.MARKETS.values())
        self.pick_market = _weighted(rng, [m.share for m in self.markets])
        self.pick_hour = _weighted(rng, HOUR_WEIGHTS)
        chans = list(CHANNEL_WEIGHTS)
        pick_chan = _weighted(rng, list(CHANNEL_WEIGHTS.values()))
        self.pick_channel = lambda: chans[pick_chan()]
        self.pools = self._name_pools()
        self.seq = dict.fromkeys(
            ("order", "ticket", "message", "note", "survey", "call", "plan"), 0
        )
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.stats = DemoStats()
        self.agent_ids: list[str] = []  # filled by _agents

    # --- people ---------------------------------------------------------------------------
    def _name_pools(self) -> dict[str, dict[str, list[Any]]]:
        from faker import Faker  # heavy import, only when generating

        pools: dict[str, dict[str, list[Any]]] = {}
        for m in self.markets:
            if m.faker_locale:
                fk = Faker(m.faker_locale)
                fk.seed_instance(self.rng.randrange(1 << 30))
                first = sorted({fk.first_name() for _ in range(600)})
                last = sorted({fk.last_name() for _ in range(400)})
                pools[m.language] = {
                    "first": first,
                    "last": last,
                    "street": sorted({fk.street_name() for _ in range(300)}),
                    "city": sorted({fk.city() for _ in range(120)}),
                }
        pools["ar"] = {"street": P.AR_STREETS, "city": P.AR_CITIES}
        pools["vi"] = {"street": P.VI_STREETS, "city": P.VI_CITIES}
        return pools

    def person(self, lang: str) -> tuple[str, str, str]:
        """(full name, first name for greetings, e-mail local part)."""
        r = self.rng
        if lang == "ar":
            first, first_l = r.choice(P.AR_MALE if r.random() < 0.5 else P.AR_FEMALE)
            middle, _ = r.choice(P.AR_MALE)
            family, family_l = r.choice(P.AR_FAMILY)
            name = f"{first} {middle} {family}" if r.random() < 0.35 else f"{first} {family}"
            return name, first, f"{first_l}.{family_l}"
        if lang == "vi":
            male = r.random() < 0.5
            family = r.choice(P.VI_FAMILY)
            middle = r.choice(P.VI_MIDDLE_MALE if male else P.VI_MIDDLE_FEMALE)
            given = r.choice(P.VI_GIVEN_MALE if male else P.VI_GIVEN_FEMALE)
            return f"{family} {middle} {given}", given, fold(f"{given}.{family}").replace(" ", "")
        pool = self.pools[lang]
        first, last = r.choice(pool["first"]), r.choice(pool["last"])
        local = fold(f"{first}.{last}").replace(" ", "").replace("'", "")
        return f"{first} {last}", first, local

    def phone(self, m: P.Market) -> str:
        r = self.rng
        tail = "".join(str(r.randrange(10)) if ch == "#" else ch for ch in m.phone_shape)
        return r.choice(m.phone_prefixes) + tail

    def local_time(self, day: datetime, m: P.Market) -> datetime:
        """A daytime-weighted moment on the customer's local calendar day of `day`."""
        local = day + timedelta(hours=m.utc_offset_h)
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        moment = start + timedelta(hours=self.pick_hour(), seconds=self.rng.randrange(3600))
        return moment - timedelta(hours=m.utc_offset_h)

    def next_id(self, kind: str) -> int:
        self.seq[kind] += 1
        return self.seq[kind]

    def add(self, table: str, row: tuple[Any, ...]) -> None:
        self.rows.setdefault(table, []).append(row)


def _fmt_minor(minor: int, currency: str) -> str:
    return f"{minor // 100}.{minor % 100:02d}" if minor >= 0 else f"-{_fmt_minor(-minor, currency)}"


def _ts(moment: datetime) -> str:
    """RFC 3339 in whole seconds (what strftime("%Y-%m-%dT%H:%M:%SZ") gives, faster)."""
    return moment.isoformat(timespec="seconds")[:19] + "Z"


def _batches(
    customers: int, seed: int, now: datetime
) -> Iterator[tuple[int, dict[str, list[tuple[Any, ...]]], DemoStats]]:
    """The demo's rows, BATCH customers at a time: (customers done, rows by table, stats so
    far). The agents come first (done 0). Pure Python: one random stream, so the same
    seed, size and `now` give the same rows wherever this runs."""
    g = _Gen(random.Random(seed), now)
    _agents(g, customers)
    yield 0, g.rows, g.stats
    for start in range(0, customers, BATCH):
        g.rows = {}
        for n in range(start, min(customers, start + BATCH)):
            _customer(g, n + 1)
        yield min(customers, start + BATCH), g.rows, g.stats


def _produce() -> None:
    """The generator's own process (`python -c`, see _from_process): the batches go to
    stdout, each pickled behind its length, while the parent writes the previous one."""
    customers, seed, now = int(sys.argv[1]), int(sys.argv[2]), datetime.fromisoformat(sys.argv[3])
    out = sys.stdout.buffer
    for batch in _batches(customers, seed, now):
        data = pickle.dumps(batch, pickle.HIGHEST_PROTOCOL)
        out.write(len(data).to_bytes(8, "little") + data)
        out.flush()


def _from_process(
    customers: int, seed: int, now: datetime
) -> Iterator[tuple[int, dict[str, list[tuple[Any, ...]]], DemoStats]]:
    """_batches computed in a second Python process, so generating overlaps writing."""
    import subprocess

    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH")) if p),
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from agentdesk.store.demo import _produce; _produce()",
            str(customers),
            str(seed),
            now.isoformat(),
        ],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert worker.stdout is not None
    done = -1
    try:
        while done < customers:
            head = worker.stdout.read(8)
            data = worker.stdout.read(int.from_bytes(head, "little")) if len(head) == 8 else b""
            if not data:
                raise RuntimeError(f"The demo generator stopped early (exit code {worker.wait()}).")
            batch = pickle.loads(data)
            done = batch[0]
            yield batch
    finally:
        if done < customers:
            worker.kill()
        worker.stdout.close()
        worker.wait()


PARALLEL_FROM = 20_000  # below this a second process costs more than it saves


def generate(
    conn: sqlite3.Connection,
    customers: int,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    parallel: bool | None = None,
) -> DemoStats:
    """Fill an empty, migrated cache with demo data; commits in batches.

    `parallel` (default: for PARALLEL_FROM customers or more) generates in a second process
    while this one writes; the rows are the same either way."""
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if parallel is None:  # a frozen app has no Python to start the generator with
        parallel = customers >= PARALLEL_FROM and not getattr(sys, "frozen", False)
    source = (_from_process if parallel else _batches)(customers, seed, now)
    stats = DemoStats()
    with kpi.bulk(conn), _bulk_indexes(conn):  # rollups and search index built once, at the end
        for done, rows, stats_so_far in source:
            _flush(conn, rows)
            stats = stats_so_far
            if progress and done:
                progress(done, customers)
    conn.commit()
    library.ensure_library(conn, DEMO_HELP_URL)
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('demo_seed', ?), "
        "('demo_now', ?), ('current_agent', 'agent-1')",
        [str(seed), _ts(now)],
    )
    conn.commit()
    for fts in FTS_TABLES.values():
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
    conn.commit()
    conn.execute("PRAGMA optimize")
    return stats


# Triggers that fill derived data row by row; a bulk load rests them and fills it in one
# statement each (the same values: the search text, the earliest public agent reply, the
# suggested journey stage), which is several times quicker than row by row.
_ROW_TRIGGERS = [f"{table}_fts_ai" for table in KIND_TABLES.values()] + [
    "messages_first_response",
    "tickets_stage_ai",
]
_BULK_FILL = [
    *(fts_fill(kind) for kind in KIND_TABLES),
    "UPDATE tickets SET first_response_at = (SELECT min(m.created_at) FROM messages m "
    "WHERE m.ticket_id = tickets.id AND m.author = 'agent' AND m.public = 1)",
    "UPDATE tickets SET journey_suggested = ad_stage(category, subject)",
]


@contextmanager
def _bulk_indexes(conn: sqlite3.Connection) -> Iterator[None]:
    """Rest the row-by-row triggers of an empty cache while it is loaded; fill at the end."""
    bodies = dict(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' for _ in _ROW_TRIGGERS)})",
            _ROW_TRIGGERS,
        ).fetchall()
    )
    for name in bodies:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        with conn:
            for statement in _BULK_FILL:
                conn.execute(statement)
            for body in bodies.values():
                conn.execute(body)


AGENT_NAMES = [
    "Sara Holm",
    "Jonas Lund",
    "Amalie Krogh",
    "Ahmed Hassan",
    "Nour El-Sayed",
    "Dewi Lestari",
    "Rizky Pratama",
    "Trần Thu Hà",
    "Lê Minh Khoa",
    "Emily Carter",
    "Oliver Grant",
    "Freja Dahl",
    "Mikkel Bach",
    "Salma Mansour",
    "Putri Wulandari",
    "Phạm Quốc Bảo",
]


def _agents(g: _Gen, customers: int) -> None:
    n_agents = max(8, min(60, customers // 2500))
    rows = []
    for i in range(n_agents + 4):
        if i < len(AGENT_NAMES):
            name = AGENT_NAMES[i]
        else:
            lang = g.markets[g.pick_market()].language
            name = g.person(lang)[0]
        role = "agent" if i < n_agents else ("lead" if i < n_agents + 2 else "trainer")
        email = fold(name).replace(" ", ".").replace("'", "") + "@support.example.com"
        rows.append((f"agent-{i + 1}", name, email, role))
    g.rows["agents"] = rows
    g.agent_ids = [r[0] for r in rows if r[3] == "agent"]
    g.stats.agents = len(rows)


def _customer(g: _Gen, n: int) -> None:
    r, now = g.rng, g.now
    m = g.markets[g.pick_market()]
    lang = m.language
    name, first, local = g.person(lang)
    cid = f"cus-{n}"
    created = now - timedelta(days=r.uniform(20, 1100))
    email = f"{local}{r.randrange(100) if r.random() < 0.4 else ''}@{r.choice(m.email_domains)}"
    g.add("customers", (cid, name, email, g.phone(m), lang, _ts(created)))
    pool = g.pools[lang]
    g.add(
        "addresses",
        (
            f"adr-{n}",
            cid,
            f"{r.choice(pool['street'])} {r.randint(1, 180)}",
            r.choice(pool["city"]),
            str(r.randint(1000, 9999)),
            m.country,
        ),
    )
    g.stats.customers += 1
    content = g.content[lang]
    ctx = {"first_name": first, "lang": lang, "market": m, "cid": cid, "content": content}
    had_problem = False
    n_orders = min(12, int(r.expovariate(1 / 2.2)) + 1)
    first_order = max(created, now - timedelta(days=540))
    span = (now - first_order).total_seconds()
    moments = sorted(first_order + timedelta(seconds=r.uniform(0, span)) for _ in range(n_orders))
    for when in moments:
        had_problem |= _order(g, ctx, g.local_time(when, m))
    if r.random() < 0.05:
        _ticket(g, ctx, "account", now - timedelta(days=r.uniform(0, 200)), None)
    if r.random() < 0.07:
        _ticket(g, ctx, "product_question", now - timedelta(days=r.uniform(0, 200)), None)
    _customer_notes(g, ctx, had_problem)


def _order(g: _Gen, ctx: dict[str, Any], created: datetime) -> bool:
    r, now, m = g.rng, g.now, ctx["market"]
    content: Content = ctx["content"]
    num = g.next_id("order")
    oid = f"ord-{num}"
    number = str(1000 + num)
    lines = []
    for pos in range(1 if r.random() < 0.55 else r.randint(2, 4)):
        sku, pname, price = r.choice(content.products)
        qty = 1 if r.random() < 0.8 else r.randint(2, 3)
        lines.append((oid, pos, sku, pname, qty, _fmt_minor(price, m.currency)))
        g.add("order_lines", lines[-1])
    total = sum(int(Decimal(line[5]) * 100) * line[4] for line in lines)
    order = {
        "id": oid,
        "number": number,
        "product": lines[0][3],
        "created": created,
        "total": total,
        "currency": m.currency,
    }
    ctx["order"] = order
    g.stats.orders += 1
    if r.random() < 0.03:
        g.add(
            "orders",
            (
                oid,
                number,
                ctx["cid"],
                _ts(created),
                "cancelled",
                _fmt_minor(total, m.currency),
                m.currency,
            ),
        )
        return False
    lo, hi = m.delivery_days
    promised = (created + timedelta(days=r.randint(lo, hi))).replace(hour=16, minute=0, second=0)
    fate = r.random()
    kind = (
        "ontime"
        if fate < 0.80
        else "late"
        if fate < 0.91
        else "lost"
        if fate < 0.945
        else "damaged"
        if fate < 0.975
        else "address"
        if fate < 0.99
        else "returned"
    )
    if promised > now and kind in ("late", "lost"):
        kind = "transit"
    carrier = r.choice(m.carriers)
    tracking = f"{carrier[:2].upper().replace(' ', 'X')}{r.randrange(10**9, 10**10)}{m.country}"
    order.update(carrier=carrier, tracking=tracking, promised=promised)
    sid = f"shp-{num}"
    city = r.choice(g.pools[ctx["lang"]]["city"])
    events: list[tuple[datetime, str]] = []
    t = created + timedelta(hours=r.uniform(1, 8))
    delivered: datetime | None = None
    if kind == "ontime":
        end = promised - timedelta(hours=r.uniform(0, 30))
    elif kind == "late":
        end = promised + timedelta(days=r.uniform(1, 6))
    else:
        end = min(promised + timedelta(days=r.uniform(-0.5, 1)), promised)
    steps = list(P.SCAN_FLOW)
    if kind == "lost":
        steps = steps[: r.randint(2, 4)]
    gap = max((end - t).total_seconds(), 3600) / (len(steps) + 1)
    for status in steps:
        if t > now:
            break
        events.append((t, status))
        t += timedelta(seconds=gap * r.uniform(0.6, 1.4))
    problem_at: datetime | None = None
    if kind == "damaged" and t < now:
        events.append((t - timedelta(minutes=30), "damaged"))
    if kind == "address" and t < now:
        events.append((t, "address_problem"))
        problem_at = t
        t += timedelta(days=r.uniform(1, 3))
    if kind == "returned" and t < now:
        events.append((t, "returned_to_sender"))
        problem_at = t
    elif kind in ("ontime", "late", "damaged", "address") and max(t, end) <= now:
        delivered = max(t, end)
        events.append((delivered, "delivered"))
    status = "delivered" if delivered else ("returned" if kind == "returned" else "shipped")
    g.add(
        "orders",
        (oid, number, ctx["cid"], _ts(created), status, _fmt_minor(total, m.currency), m.currency),
    )
    g.add(
        "shipments",
        (sid, oid, carrier, tracking, _ts(promised), _ts(delivered) if delivered else None),
    )
    for pos, (at, st) in enumerate(events):
        g.add("shipment_events", (sid, pos, _ts(at), st, city))
    g.stats.shipments += 1
    # Tickets that follow the parcel's fate.
    category, when = None, None
    if (kind == "late" and r.random() < 0.6) or (
        kind == "transit" and promised < now and r.random() < 0.5
    ):
        category, when = "late_delivery", promised + timedelta(days=r.uniform(0.3, 2))
    elif kind == "lost" and r.random() < 0.8:
        category, when = "lost_parcel", promised + timedelta(days=r.uniform(1, 5))
    elif kind == "damaged" and delivered and r.random() < 0.8:
        category, when = "damaged", delivered + timedelta(hours=r.uniform(2, 40))
    elif kind in ("address", "returned") and problem_at and r.random() < 0.6:
        category, when = "late_delivery", problem_at + timedelta(hours=r.uniform(3, 30))
    elif delivered and r.random() < 0.05:
        category, when = "wrong_item", delivered + timedelta(hours=r.uniform(2, 48))
    elif delivered and r.random() < 0.06:
        category, when = "refund", delivered + timedelta(days=r.uniform(2, 20))
    elif r.random() < 0.025:
        category, when = "payment", created + timedelta(minutes=r.uniform(5, 240))
    if category and when and when < now:
        tid = _ticket(g, ctx, category, when, order)
        # Some come back with the same problem within a week.
        if (
            category in ("late_delivery", "lost_parcel", "damaged", "wrong_item")
            and r.random() < 0.22
        ):
            again = when + timedelta(days=r.uniform(1, 6))
            if again < now:
                _ticket(g, ctx, category, again, order, repeat_of=tid)
    return kind not in ("ontime", "transit")


def _pick(r: random.Random, items: Sequence[T]) -> T:
    return items[r.randrange(len(items))]


def _ticket(
    g: _Gen,
    ctx: dict[str, Any],
    category: str,
    when: datetime,
    order: dict[str, Any] | None,
    repeat_of: str | None = None,
) -> str:
    r, now, m = g.rng, g.now, ctx["market"]
    data = ctx["content"].data
    created = g.local_time(when, m)
    if created >= now:
        created = now - timedelta(minutes=r.uniform(3, 240))
    num = g.next_id("ticket")
    tid = f"tkt-{num}"
    channel = g.pick_channel()
    fill = {
        "first_name": ctx["first_name"],
        "order": order["number"] if order else str(1000 + r.randrange(max(1, g.seq["order"]))),
        "carrier": order.get("carrier", "") if order else "",
        "tracking": order.get("tracking", "") if order else "",
        "product": order["product"] if order else _pick(r, ctx["content"].products)[1],
        "days": str(r.randint(3, 6)),  # Arabic "{days} أيام" is grammatical for 3-10
        "date": f"{created.day}/{created.month}",
    }

    def say(key: str) -> str:
        pool = data[key][category] if isinstance(data[key], dict) else data[key]
        return str(_pick(r, pool)).format(**fill)

    age_h = (now - created).total_seconds() / 3600
    roll = r.random()
    if age_h > 96:
        status = "solved" if roll < 0.8 else "closed"
    elif age_h > 24:
        status = "solved" if roll < 0.65 else "pending" if roll < 0.8 else "open"
    else:
        status = "open" if roll < 0.55 else "pending" if roll < 0.75 else "solved"
    priority = "normal"
    if (category in ("lost_parcel", "damaged") and r.random() < 0.35) or (
        repeat_of and r.random() < 0.5
    ):
        priority = "high"
    elif r.random() < 0.02:
        priority = "urgent"
    unassigned = status == "open" and r.random() < 0.35
    assignee = None if unassigned else _pick(r, g.agent_ids)
    sla_due = created + timedelta(minutes=default_sla_minutes(channel, priority))
    # The conversation.
    msgs: list[tuple[datetime, str, str | None, int, str]] = [
        (created, "customer", None, 1, say("customer_opening"))
    ]
    fast = channel in ("chat", "phone")
    frt = (
        timedelta(minutes=r.uniform(1, 14))
        if fast
        else timedelta(minutes=min(60 * 30, r.lognormvariate(4.3, 1.0)))
    )
    t = created + frt
    replied = status != "open" or r.random() < 0.4
    agent = assignee or _pick(r, g.agent_ids)
    if replied and t < now:
        msgs.append((t, "agent", agent, 1, say("agent_reply")))
        if r.random() < 0.25:
            msgs.append(
                (t + timedelta(minutes=r.uniform(1, 20)), "agent", agent, 0, say("internal_notes"))
            )
        if r.random() < 0.55:
            t += timedelta(minutes=r.uniform(5, 600 if not fast else 30))
            msgs.append((t, "customer", None, 1, say("customer_followup")))
            t += frt * r.uniform(0.5, 1.5)
            msgs.append((t, "agent", agent, 1, say("agent_closing")))
        if status in ("solved", "closed") and r.random() < 0.5:
            t += timedelta(minutes=r.uniform(2, 300))
            msgs.append((t, "customer", None, 1, say("customer_thanks")))
    msgs = [msg for msg in msgs if msg[0] < now]
    solved_at = None
    if status in ("solved", "closed"):
        solved_at = min(now, msgs[-1][0] + timedelta(minutes=r.uniform(1, 90)))
    g.add(
        "tickets",
        (
            tid,
            ctx["cid"],
            order["id"] if order else None,
            channel,
            category,
            say("subjects"),
            status,
            priority,
            assignee,
            "customer",
            STAGE_OF[category] if r.random() < 0.6 else None,  # agents set it, or not
            _ts(created),
            _ts(solved_at) if solved_at else None,
            _ts(sla_due),
        ),
    )
    for at, author, author_id, public, body in msgs:
        mid = f"msg-{g.next_id('message')}"
        g.add("messages", (mid, tid, author, author_id, public, _ts(at), body))
    g.stats.messages += len(msgs)
    if channel == "phone":
        dur = timedelta(minutes=r.uniform(2, 14))
        g.add(
            "calls",
            (
                f"call-{g.next_id('call')}",
                ctx["cid"],
                tid,
                agent,
                _ts(created),
                _ts(min(now, created + dur)),
                "resolved" if status in ("solved", "closed") else "follow_up",
            ),
        )
    if solved_at and r.random() < 0.45:
        bad = category in ("lost_parcel", "damaged") or repeat_of is not None
        score = r.choices((1, 2, 3, 4, 5), (3, 3, 4, 6, 6) if bad else (1, 1, 2, 6, 10))[0]
        mood = "positive" if score >= 4 else "neutral" if score == 3 else "negative"
        comment = _pick(r, data["survey_comments"][mood]) if r.random() < 0.4 else None
        at = min(now, solved_at + timedelta(hours=r.uniform(1, 30)))
        g.add(
            "surveys",
            (f"srv-{g.next_id('survey')}", ctx["cid"], tid, "csat", score, _ts(at), comment),
        )
        g.stats.surveys += 1
        if r.random() < 0.35:
            nps = r.choices(
                range(11),
                (1, 1, 1, 1, 2, 3, 4, 6, 9, 9, 8) if not bad else (3, 2, 3, 3, 4, 5, 5, 5, 4, 3, 2),
            )[0]
            g.add(
                "surveys",
                (
                    f"srv-{g.next_id('survey')}",
                    ctx["cid"],
                    tid,
                    "nps",
                    nps,
                    _ts(at + timedelta(minutes=5)),
                    None,
                ),
            )
            g.stats.surveys += 1
    if (
        solved_at
        and order is not None
        and category in PLAN_OF
        and solved_at < now - timedelta(days=3)
        and r.random() < (0.6 if repeat_of else 0.18)
    ):
        _plan(g, ctx, tid, order, category, solved_at, agent)
    g.stats.tickets += 1
    g.stats.by_category[category] = g.stats.by_category.get(category, 0) + 1
    return tid


# Recovery plan template for a bad experience, by ticket category.
PLAN_OF = {
    "late_delivery": "late_parcel",
    "lost_parcel": "lost_parcel",
    "wrong_item": "wrong_item",
    "damaged": "damaged_item",
    "refund": "refund_delay",
}


def _plan(
    g: _Gen,
    ctx: dict[str, Any],
    tid: str,
    order: dict[str, Any],
    category: str,
    solved_at: datetime,
    agent: str,
) -> None:
    """A recovery plan an agent made while solving a bad experience, with its goodwill."""
    r, now = g.rng, g.now
    template = ctx["content"].plans.get(PLAN_OF[category])
    if template is None:
        return
    n = g.next_id("plan")
    pid = f"plan-{n}"
    created = solved_at - timedelta(minutes=r.uniform(5, 60))
    done = created < now - timedelta(days=21) and r.random() < 0.85
    goal = template["goal"].replace("{first_name}", ctx["first_name"])
    g.add(
        "action_plans",
        (
            pid,
            ctx["cid"],
            tid,
            goal,
            agent,
            _ts(created + timedelta(days=14)),
            "done" if done else "open",
            _ts(created),
            PLAN_OF[category],
            category,
            order["id"],
        ),
    )
    for pos, step in enumerate(template["steps"]):
        due = created + timedelta(days=step["due_days"], hours=r.uniform(0, 6))
        finished = done or (due < now - timedelta(days=1) and r.random() < 0.8)
        goodwill, amount = None, None
        if step["kind"] in ("refund", "reship", "voucher"):
            goodwill = f"gw-demo-{n}-{pos}"
            if step.get("percent"):
                amount = _fmt_minor(order["total"] * int(step["percent"]) // 100, order["currency"])
            state = "confirmed" if created < now - timedelta(days=2) else "sent"
            g.add(
                "goodwill_actions",
                (
                    goodwill,
                    ctx["cid"],
                    order["id"],
                    tid,
                    agent,
                    step["kind"],
                    amount,
                    order["currency"],
                    goal,
                    state,
                    _ts(created + timedelta(minutes=2)),
                ),
            )
        g.add(
            "action_steps",
            (
                f"step-demo-{n}-{pos}",
                pid,
                pos,
                step["title"],
                step["kind"],
                agent,
                _ts(due),
                _ts(due + timedelta(hours=r.uniform(-20, 2))) if finished and due < now else None,
                amount,
                order["currency"] if goodwill else None,
                goodwill,
            ),
        )
    g.stats.plans += 1


def _customer_notes(g: _Gen, ctx: dict[str, Any], had_problem: bool) -> None:
    r = g.rng
    notes = ctx["content"].data["customer_notes"]
    kinds = []
    if r.random() < 0.18:
        kinds.append(_pick(r, ("personalization", "preference")))
    if had_problem and r.random() < 0.2:
        kinds.append("warning")
    for kind in kinds:
        at = g.now - timedelta(days=r.uniform(1, 300))
        nid = f"note-{g.next_id('note')}"
        author = _pick(r, g.agent_ids)
        g.add("notes", (nid, ctx["cid"], None, author, _ts(at), _pick(r, notes[kind]), 1, kind))
        g.stats.notes += 1


_INSERTS = {
    "agents": "INSERT INTO agents(id, name, email, role) VALUES (?,?,?,?)",
    "customers": "INSERT INTO customers(id, name, email, phone, locale, created_at) "
    "VALUES (?,?,?,?,?,?)",
    "addresses": "INSERT INTO addresses(id, customer_id, line1, city, postcode, country) "
    "VALUES (?,?,?,?,?,?)",
    "orders": "INSERT INTO orders(id, number, customer_id, created_at, status, total, currency) "
    "VALUES (?,?,?,?,?,?,?)",
    "order_lines": "INSERT INTO order_lines(order_id, position, sku, name, qty, unit_price) "
    "VALUES (?,?,?,?,?,?)",
    "shipments": "INSERT INTO shipments(id, order_id, carrier, tracking, promised_at, delivered_at)"
    " VALUES (?,?,?,?,?,?)",
    "shipment_events": "INSERT INTO shipment_events(shipment_id, position, at, status, location) "
    "VALUES (?,?,?,?,?)",
    "tickets": "INSERT INTO tickets(id, customer_id, order_id, channel, category, subject, status,"
    " priority, assignee_id, origin, journey_stage, created_at, solved_at, sla_due_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "messages": "INSERT INTO messages(id, ticket_id, author, author_id, public, created_at, body) "
    "VALUES (?,?,?,?,?,?,?)",
    "calls": "INSERT INTO calls(id, customer_id, ticket_id, agent_id, started_at, ended_at, outcome)"
    " VALUES (?,?,?,?,?,?,?)",
    "notes": "INSERT INTO notes(id, customer_id, order_id, author_id, created_at, body, pinned, kind)"
    " VALUES (?,?,?,?,?,?,?,?)",
    "surveys": "INSERT INTO surveys(id, customer_id, ticket_id, kind, score, created_at, comment) "
    "VALUES (?,?,?,?,?,?,?)",
    "action_plans": "INSERT INTO action_plans(id, customer_id, ticket_id, goal, owner_id, due_at, "
    "status, created_at, template, cause, order_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "goodwill_actions": "INSERT INTO goodwill_actions(id, customer_id, order_id, ticket_id, "
    "author_id, kind, amount, currency, reason, state, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "action_steps": "INSERT INTO action_steps(id, plan_id, position, title, kind, owner_id, due_at, "
    "done_at, amount, currency, goodwill_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
}


def _flush(conn: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    with conn:
        for table, sql in _INSERTS.items():
            if rows.get(table):
                conn.executemany(sql, rows[table])


def build(
    path: Path,
    customers: int,
    seed: int,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoStats:
    """Write a new demo cache at `path` atomically (built beside it, then renamed)."""
    from agentdesk.store.db import open_cache
    from agentdesk.store.errors import UserError

    if customers < 1 or customers > MAX_CUSTOMERS:
        raise UserError(f"--customers must be between 1 and {MAX_CUSTOMERS:,}.")
    if path.exists():
        raise UserError(f"{path} already exists; choose a new file for the demo cache.")
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_cache(tmp, create=True)
    try:
        db.conn.execute("PRAGMA synchronous = OFF")
        db.conn.execute("PRAGMA foreign_keys = OFF")  # made consistent; `check` verifies it
        stats = generate(db.conn, customers, seed, now, progress)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.close()
    tmp.replace(path)
    for side in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        side.unlink(missing_ok=True)
    return stats
