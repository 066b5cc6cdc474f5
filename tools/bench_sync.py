"""Sync throughput against a real local Vendure, as a ratio to fetching the same pages raw,
and the longest GUI freeze while the console syncs it. One run, figures printed:

    .venv/bin/python tools/bench_sync.py [--orders 1500]

Seeding Vendure is slow (about 15 orders/s, the server's own order pipeline), so the seeded
shop is kept in .vendure/bench-<orders>.sqlite and reused by later runs."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agentdesk.store.db import open_cache  # noqa: E402
from agentdesk.sync.engine import Engine  # noqa: E402
from agentdesk.sync.protocol import Connector  # noqa: E402
from agentdesk.sync.vendure import CUSTOMER_FIELDS, ORDER_FIELDS, VendureConnector  # noqa: E402
from tests.sync.vendure_admin import AdminClient  # noqa: E402
from tests.sync.vendure_server import VendureServer, install, populate  # noqa: E402


def raw_fetch(url: str, token: str, take: int) -> tuple[int, float]:
    """The same list queries, page after page, with one plain httpx client: the floor."""
    import httpx

    client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})
    started, n = time.perf_counter(), 0
    for field, fields, options_type, extra in (
        ("customers", CUSTOMER_FIELDS, "CustomerListOptions", {}),
        (
            "orders",
            ORDER_FIELDS,
            "OrderListOptions",
            {"filter": {"orderPlacedAt": {"isNull": False}}},
        ),
    ):
        skip = 0
        while True:
            q = f"query($o: {options_type}) {{ {field}(options: $o) {{ totalItems items {{ {fields} }} }} }}"
            o = {"skip": skip, "take": take, "sort": {"updatedAt": "ASC"}, **extra}
            body = client.post("/admin-api", json={"query": q, "variables": {"o": o}}).json()
            items = body["data"][field]["items"]
            n += len(items) if field == "orders" else 0
            skip += len(items)
            if len(items) < take:
                break
    client.close()
    return n, time.perf_counter() - started


def engine_sync(url: str, token: str, db: Path, take: int) -> tuple[int, float]:
    return sync_into(VendureConnector(url, token), db, take)


def sync_into(connector: Connector, db: Path, take: int) -> tuple[int, float]:
    """A full sync from `connector` into a new cache at `db`: (orders pulled, seconds)."""
    conn = open_cache(db, create=True).conn

    def write(fn):
        with conn:
            return fn(conn)

    started = time.perf_counter()
    report = Engine(connector, write, take=take).run(sweep=False)
    took = time.perf_counter() - started
    connector.close()
    conn.close()
    assert report.ok, report
    return report.pulled.get("orders", 0), took


def gui_sync(
    url: str,
    token: str,
    db: Path,
    backend: str = "vendure",
    factory: Callable[[str, str, str], Connector] | None = None,
    tick_ms: int = 5,
) -> tuple[float, float]:
    """The console syncing into a new cache at `db`: (longest gap between `tick_ms` timer
    ticks on the GUI thread in ms, seconds). `factory` makes the connector (SyncController's
    hook), else the real one for `backend`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["AGENTDESK_TOKEN"] = token
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from agentdesk.settings import Settings
    from agentdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = Settings(db.parent / "settings.json")
    settings.set("sync.backend", backend)
    settings.set("sync.url", url)
    open_cache(db, create=True).conn.close()
    w = MainWindow(db, "en", settings, remember_layout=False, listen=False)
    w.resize(1440, 900)
    w.show()
    w.sync.timer.stop()
    w.sync.factory = factory
    gaps: list[int] = []
    clock = QElapsedTimer()
    done: list[object] = []
    w.sync.finished.connect(done.append)
    timer = QTimer()
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    for _ in range(20):
        app.processEvents()
    clock.start()
    timer.start(tick_ms)
    started = time.perf_counter()
    w.sync.sync_now(sweep=False)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started
    timer.stop()
    w.sync.stop()
    w.close()
    return max(gaps[3:] or [0]), took


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1500)
    p.add_argument("--take", type=int, default=100)
    args = p.parse_args()
    install()
    template = populate()
    keep = ROOT / ".vendure" / f"bench-{args.orders}.sqlite"
    work = Path(tempfile.mkdtemp(prefix="agentdesk-bench-"))
    server = VendureServer(work, template=keep if keep.exists() else template)
    server.start()
    try:
        admin = AdminClient(server.url)
        token = admin.login()
        if not keep.exists():
            t = time.perf_counter()
            customers = max(1, args.orders // 2)
            admin.seed(customers=customers, orders_per_customer=2, seed=42, chunk=50)
            print(f"seeded {args.orders} orders in {time.perf_counter() - t:.0f} s", flush=True)
            server.stop()
            shutil.copyfile(server.db, keep)
            server.start()
            token = admin.login()
        n_raw, t_raw = raw_fetch(server.url, token, args.take)
        n, t_sync = engine_sync(server.url, token, work / "engine.sqlite", args.take)
        print(
            f"raw pages: {n_raw} orders in {t_raw:.2f} s ({n_raw / t_raw:.0f}/s); "
            f"engine full sync: {n} orders in {t_sync:.2f} s ({n / t_sync:.0f}/s); "
            f"ratio {t_sync / t_raw:.2f}x"
        )
        gap, t_gui = gui_sync(server.url, token, work / "gui.sqlite")
        print(f"console sync: {t_gui:.2f} s, longest GUI freeze {gap} ms")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
