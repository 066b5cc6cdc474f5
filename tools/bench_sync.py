"""Sync throughput against a real local Vendure, as a ratio to fetching the same pages raw,
and the longest GUI freeze while the console syncs it. One run, figures printed:

    .venv/bin/python tools/bench_sync.py [--orders 1500] [--rounds 5]

The baseline replays exactly the requests the full sync made (recorded from its client),
in the same order, with one plain httpx client that reads each answer and does nothing with
it. Rounds alternate sync and replay; the ratio is the median of the rounds' ratios.

Seeding Vendure is slow (about 15 orders/s, the server's own order pipeline), so the seeded
shop is kept in .vendure/bench-<orders>.sqlite and reused by later runs."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
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
from agentdesk.sync.vendure import VendureConnector  # noqa: E402
from tests.sync.vendure_admin import AdminClient  # noqa: E402
from tests.sync.vendure_server import VendureServer, install, populate  # noqa: E402


def engine_sync(
    url: str, token: str, db: Path, take: int, log: list[tuple[str, str, bytes]] | None = None
) -> tuple[int, float]:
    """A full sync; with ``log``, every request it made is recorded there."""
    connector = VendureConnector(url, token)
    if log is not None:
        connector.http.client.event_hooks["request"].append(
            lambda r: log.append((r.method, str(r.url), r.content))
        )
    return sync_into(connector, db, take)


def replay(token: str, log: list[tuple[str, str, bytes]]) -> float:
    """Seconds to make the recorded requests again, raw: answers read, nothing parsed."""
    import httpx

    client = httpx.Client(
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    )
    started = time.perf_counter()
    for method, url, body in log:
        client.request(method, url, content=body).read()
    took = time.perf_counter() - started
    client.close()
    return took


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
    idle: list[int] | None = None,
) -> tuple[float, float]:
    """The console syncing into a new cache at `db`: (longest gap between `tick_ms` timer
    ticks on the GUI thread in ms, seconds). `factory` makes the connector (SyncController's
    hook), else the real one for `backend`. With `idle`, the gaps of the same window doing
    nothing for 5 s are put there first: the machine's own floor."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["AGENTDESK_TOKEN"] = token
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from agentdesk.settings import Settings
    from agentdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = Settings(db.parent / "settings.json")
    open_cache(db, create=True).conn.close()
    w = MainWindow(db, "en", settings, remember_layout=False, listen=False)
    w.resize(1440, 900)
    w.show()
    settle = time.perf_counter() + 1.0  # the steps after the first paint (its own sync start)
    while time.perf_counter() < settle:  # find no shop yet, so only the sync below runs
        app.processEvents()
        time.sleep(0.005)
    w.sync.timer.stop()
    w.sync.factory = factory
    settings.set("sync.backend", backend)
    settings.set("sync.url", url)
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
    if idle is not None:
        quiet = time.perf_counter() + 5
        while time.perf_counter() < quiet:
            app.processEvents()
            time.sleep(0.001)
        idle += gaps[3:]
        gaps.clear()
    started = time.perf_counter()
    w.sync.sync_now(sweep=False)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - started
    timer.stop()
    w.sync.stop()
    w.close()
    return max((gaps if idle is not None else gaps[3:]) or [0]), took


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1500)
    p.add_argument("--take", type=int, default=100)
    p.add_argument("--rounds", type=int, default=5)
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
        ratios, rates, raw_rates = [], [], []
        for i in range(args.rounds):
            log: list[tuple[str, str, bytes]] = []
            n, t_sync = engine_sync(server.url, token, work / f"engine{i}.sqlite", args.take, log)
            t_raw = replay(token, log)
            ratios.append(t_sync / t_raw)
            rates.append(n / t_sync)
            raw_rates.append(n / t_raw)
            print(
                f"round {i + 1}: full sync of {n} orders ({len(log)} requests) {t_sync:.2f} s, "
                f"the same requests raw {t_raw:.2f} s: ratio {t_sync / t_raw:.2f}",
                flush=True,
            )
        print(
            f"sync {statistics.median(rates):.0f} orders/s, raw {statistics.median(raw_rates):.0f}"
            f" orders/s, ratio {statistics.median(ratios):.2f}x (median of {args.rounds} rounds)"
        )
        idle: list[int] = []
        gap, t_gui = gui_sync(server.url, token, work / "gui.sqlite", idle=idle)
        print(
            f"console sync: {t_gui:.2f} s, longest GUI freeze {gap} ms "
            f"(the idle window's longest gap, the machine's floor: {max(idle or [0])} ms)"
        )
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
