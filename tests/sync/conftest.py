"""Fixtures for tests against a real Vendure back end (tests marked ``@pytest.mark.vendure``).

- ``vendure`` (session): one server for the whole run, on a copy of the populated shop (initial
  data and products, no customers). Shared: other tests may have added data. A test may
  ``vendure.server.stop()``/``start()`` it (same port and DB); if it leaves it stopped, it is
  started again after that test.
- ``fresh_vendure`` (function): a server of its own on a fresh copy of the populated shop.
- ``make_vendure`` (session): a factory for more servers, e.g. a module-scoped seeded shop;
  every server it made is stopped at the end of the session.

Each gives a VendureShop: ``.url`` (http://127.0.0.1:PORT), ``.token`` (the superadmin's
bearer token), ``.admin`` (a logged-in AdminClient) and ``.server`` (its VendureServer).

Vendure is installed into ``<repo>/.vendure/`` on first use (npm ci, about 1–2 minutes; later
runs reuse it). Without node/npm the tests are skipped, or fail when ``CI`` is set; under ``CI``
a skipped Vendure test counts as failed, so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync.vendure_admin import AdminClient
from tests.sync.vendure_server import (
    VendureError,
    VendureServer,
    VendureUnavailable,
    install,
    node_and_npm,
    populate,
)

_HERE = Path(__file__).resolve().parent
_FIXTURES = {"vendure", "fresh_vendure", "make_vendure"}
_TIMES = pytest.StashKey[dict[str, float]]()
_SESSION_SERVER = pytest.StashKey[VendureServer]()


@dataclass
class VendureShop:
    server: VendureServer
    admin: AdminClient
    token: str

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def admin_api(self) -> str:
        return self.server.admin_api

    def close(self) -> None:
        self.admin.close()
        self.server.stop()


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    unmarked = [
        item.nodeid
        for item in items
        if item.path.is_relative_to(_HERE)
        and _FIXTURES & set(getattr(item, "fixturenames", ()))
        and item.get_closest_marker("vendure") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "tests using a Vendure fixture must be marked @pytest.mark.vendure: "
            + ", ".join(unmarked)
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if (
        report.skipped
        and _in_ci()
        and item.get_closest_marker("vendure") is not None
        and not hasattr(report, "wasxfail")
    ):
        report.outcome = "failed"
        report.longrepr = (
            f"a Vendure test was skipped under CI (CI must run them): {report.longrepr}"
        )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    times = terminalreporter.config.stash.get(_TIMES, None)
    if times:
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in times.items())
        terminalreporter.write_line(f"vendure: {parts}")


@pytest.fixture(scope="session")
def _vendure_template(pytestconfig: pytest.Config) -> Path:
    """Installs Vendure (once per lock file) and returns the populated template DB."""
    try:
        node_and_npm()
    except VendureUnavailable as e:
        if _in_ci():
            pytest.fail(f"{e}: CI must run the Vendure tests", pytrace=False)
        pytest.skip(f"{e}: Vendure tests skipped")
    times = pytestconfig.stash.setdefault(_TIMES, {})
    t0 = time.monotonic()
    try:
        install()
        t1 = time.monotonic()
        template = populate()
    except VendureError as e:
        pytest.fail(str(e), pytrace=False)
    times["install"] = t1 - t0
    times["populate"] = time.monotonic() - t1
    return template


@pytest.fixture(scope="session")
def make_vendure(
    _vendure_template: Path, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> Iterator[Callable[..., VendureShop]]:
    """``make_vendure(name="vendure")``: a started server on a new copy of the populated shop."""
    made: list[VendureShop] = []
    times = pytestconfig.stash.setdefault(_TIMES, {})

    def make(name: str = "vendure") -> VendureShop:
        server = VendureServer(tmp_path_factory.mktemp(name), template=_vendure_template)
        try:
            server.start()
        except VendureError as e:
            pytest.fail(str(e), pytrace=False)
        times.setdefault("first boot", server.boot_seconds or 0.0)
        admin = AdminClient(server.url)
        shop = VendureShop(server, admin, "")
        made.append(shop)
        shop.token = admin.login()
        return shop

    try:
        yield make
    finally:
        for shop in made:
            shop.close()


@pytest.fixture(scope="session")
def vendure(make_vendure: Callable[..., VendureShop], pytestconfig: pytest.Config) -> VendureShop:
    shop = make_vendure("vendure-session")
    pytestconfig.stash[_SESSION_SERVER] = shop.server
    return shop


@pytest.fixture(autouse=True)
def _vendure_back_online(pytestconfig: pytest.Config) -> Iterator[None]:
    """The session server is running again after a test that stopped it."""
    yield
    server = pytestconfig.stash.get(_SESSION_SERVER, None)
    if server is not None and not server.running:
        server.start()


@pytest.fixture
def fresh_vendure(make_vendure: Callable[..., VendureShop]) -> Iterator[VendureShop]:
    shop = make_vendure("vendure-fresh")
    try:
        yield shop
    finally:
        shop.close()
