"""A real Vendure back end for the sync tests: install, populate, start and stop it (no Qt).

Everything lives inside the clone, in ``<repo>/.vendure/`` (git-ignored):

- ``package.json``, ``package-lock.json`` copied from ``tests/sync/vendure/``, ``node_modules/``
  installed from them with ``npm ci``, and ``installed.sha256`` (lock file + node version), so a
  second ``install()`` with the same lock file and node does nothing;
- ``npm-cache/``: npm's cache (never ``~/.npm``); better-sqlite3 compiles against the headers
  of the node that runs npm (``<prefix>/include/node``), so nothing is downloaded but packages;
- ``template-<hash>.sqlite``: the shop after ``populate.js`` (initial data and products), made
  once per content of the lock file and the .js/.csv files; servers start on copies of it.

The .js files run from ``tests/sync/vendure/`` with ``NODE_PATH`` pointing at the installed
modules, so editing them needs no reinstall (a new template is made when they change).

A server is ``node server.js`` on a free 127.0.0.1 port with its own SQLite file and log file.
It is always ended by ``stop()``/``kill()``, at interpreter exit, and by itself when the Python
process that started it is gone (server.js watches its parent), so no node process outlives a
test run.

``python -m tests.sync.vendure_server`` installs and populates (CI runs it before the tests);
``python -m tests.sync.vendure_server serve`` starts a seeded server to poke at by hand.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "vendure"
HOME = REPO / ".vendure"
SUPERADMIN = ("superadmin", "superadmin")

INSTALL_TIMEOUT_S = 900
POPULATE_TIMEOUT_S = 180
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 15
_LOG_TAIL = 40
# The native module loads and runs; @vendure/core resolves (it loads for real in populate.js).
_LOAD_CHECK = (
    "require('better-sqlite3')(':memory:').prepare('select 1').get();"
    "require.resolve('@vendure/core')"
)


class VendureUnavailable(RuntimeError):
    """node or npm is not on PATH: the Vendure tests cannot run here."""


class VendureError(RuntimeError):
    """Installing, populating or starting Vendure failed; the message ends with the log's tail."""


def node_and_npm() -> tuple[str, str]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        missing = " and ".join(n for n, p in (("node", node), ("npm", npm)) if not p)
        raise VendureUnavailable(f"{missing} not found on PATH (Vendure needs node >= 20 and npm)")
    return node, npm


def _tail(path: Path, lines: int = _LOG_TAIL) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(text.splitlines()[-lines:])


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(len(p).to_bytes(8, "big"))
        h.update(p)
    return h.hexdigest()


def _node_identity(node: str) -> bytes:
    # Native modules (better-sqlite3, bcrypt) are built for one node ABI and platform.
    out = subprocess.run(
        [node, "-p", "process.version + ' ' + process.versions.modules + ' ' + process.arch"],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    return out.stdout.strip().encode()


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    """One installer/populator at a time per .vendure folder (parallel pytest runs)."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _npm_env(home: Path, node: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        npm_config_cache=str(home / "npm-cache"),
        npm_config_update_notifier="false",
        npm_config_fund="false",
        npm_config_audit="false",
        VENDURE_DISABLE_TELEMETRY="true",
    )
    # node-gyp builds better-sqlite3 from source; without internet it must use the local headers.
    prefix = Path(node).resolve().parent.parent
    if (prefix / "include" / "node" / "node.h").is_file() and "npm_config_nodedir" not in env:
        env["npm_config_nodedir"] = str(prefix)
    return env


def install_key(home: Path = HOME) -> str:
    node, _ = node_and_npm()
    return _digest(
        (SOURCE / "package.json").read_bytes(),
        (SOURCE / "package-lock.json").read_bytes(),
        _node_identity(node),
    )


def install(home: Path = HOME, *, quiet: bool = True) -> Path:
    """Installs Vendure's node modules into ``home/node_modules`` (npm ci from the lock file).

    Does nothing when the same lock file is installed already for the same node. Returns the
    node_modules folder. Raises VendureUnavailable without node/npm, VendureError on failure.
    """
    node, npm = node_and_npm()
    home = home.resolve()
    key = install_key(home)
    stamp = home / "installed.sha256"
    modules = home / "node_modules"

    def done() -> bool:
        return (
            stamp.is_file()
            and stamp.read_text().strip() == key
            and (modules / "@vendure" / "core" / "package.json").is_file()
        )

    if done():
        return modules
    with _locked(home):
        if done():
            return modules
        stamp.unlink(missing_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copyfile(SOURCE / name, home / name)
        log = home / "npm-install.log"
        cmd = [npm, "ci", "--no-audit", "--no-fund", "--loglevel=warn"]
        started = time.monotonic()
        with open(log, "w") as out:
            try:
                proc = subprocess.run(
                    cmd,
                    cwd=home,
                    env=_npm_env(home, node),
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    timeout=INSTALL_TIMEOUT_S,
                    check=False,
                )
            except subprocess.TimeoutExpired as e:
                raise VendureError(
                    f"npm ci took over {INSTALL_TIMEOUT_S} s in {home}\n{_tail(log)}"
                ) from e
        if proc.returncode != 0:
            raise VendureError(f"npm ci failed ({proc.returncode}) in {home}\n{_tail(log)}")
        check = subprocess.run(
            [node, "-e", _LOAD_CHECK],
            cwd=home,
            env={**os.environ, "NODE_PATH": str(modules)},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if check.returncode != 0:
            raise VendureError(f"installed modules do not load:\n{check.stderr[-3000:]}")
        stamp.write_text(key + "\n")
        if not quiet:
            print(f"vendure: npm ci in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return modules


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _node_env(home: Path, port: int, db: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NODE_PATH=str(home / "node_modules"),
        PORT=str(port),
        VENDURE_DB=str(db),
        VENDURE_DISABLE_TELEMETRY="true",
        VENDURE_PARENT_PID=str(os.getpid()),
    )
    return env


def populate(home: Path = HOME, *, quiet: bool = True) -> Path:
    """The populated template SQLite file (initial data + products), made once per content.

    Installs first if needed. Servers start on copies of it (VendureServer does the copying).
    """
    node, _ = node_and_npm()
    home = home.resolve()
    install(home, quiet=quiet)
    sources = [SOURCE / n for n in ("config.js", "populate.js", "products.csv")]
    key = _digest(install_key(home).encode(), *(p.read_bytes() for p in sources))[:16]
    template = home / f"template-{key}.sqlite"
    if template.is_file():
        return template
    with _locked(home):
        if template.is_file():
            return template
        work = home / "populate.sqlite"
        log = home / "populate.log"
        for p in home.glob("populate.sqlite*"):
            p.unlink()
        started = time.monotonic()
        with open(log, "w") as out:
            try:
                proc = subprocess.run(
                    [node, str(SOURCE / "populate.js")],
                    cwd=home,
                    env=_node_env(home, free_port(), work),
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    timeout=POPULATE_TIMEOUT_S,
                    check=False,
                )
            except subprocess.TimeoutExpired as e:
                raise VendureError(
                    f"populate.js took over {POPULATE_TIMEOUT_S} s\n{_tail(log)}"
                ) from e
        if proc.returncode != 0 or not work.is_file():
            raise VendureError(f"populate.js failed ({proc.returncode})\n{_tail(log)}")
        for old in home.glob("template-*.sqlite"):
            old.unlink()
        os.replace(work, template)
        if not quiet:
            print(f"vendure: populated in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return template


_RUNNING: set[VendureServer] = set()


@atexit.register
def _kill_all() -> None:
    for server in list(_RUNNING):
        server.kill()


class VendureServer:
    """One Vendure server on its own copy of the template DB in ``folder``.

    ``start()`` boots it (on a free port the first time, the same port and DB afterwards) and
    returns once the Admin API answers; ``stop()`` ends it gracefully, ``kill()`` at once. The
    DB file and the log (``folder/vendure.log``, appended to across restarts) stay.
    """

    def __init__(
        self,
        folder: Path,
        *,
        template: Path | None = None,
        home: Path = HOME,
        port: int | None = None,
    ) -> None:
        self.node, _ = node_and_npm()
        self.home = home.resolve()
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = self.folder / "vendure.sqlite"
        self.log = self.folder / "vendure.log"
        if not self.db.exists():
            shutil.copyfile(template or populate(self.home), self.db)
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.boot_seconds: float | None = None  # how long the last start() took

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def admin_api(self) -> str:
        return f"{self.url}/admin-api"

    @property
    def shop_api(self) -> str:
        return f"{self.url}/shop-api"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = START_TIMEOUT_S) -> VendureServer:
        if self.running:
            raise VendureError(f"Vendure on port {self.port} is running already")
        started = time.monotonic()
        offset = self.log.stat().st_size if self.log.exists() else 0
        with open(self.log, "ab") as out:
            out.write(f"--- start on port {self.port}, db {self.db}\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [self.node, str(SOURCE / "server.js")],
                cwd=self.folder,
                env=_node_env(self.home, self.port, self.db),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C reaches pytest, which stops us in order
            )
        _RUNNING.add(self)
        try:
            self._wait_ready(offset, started + timeout)
        except BaseException:
            self.kill()
            raise
        self.boot_seconds = time.monotonic() - started
        return self

    def _wait_ready(self, offset: int, deadline: float) -> None:
        assert self.proc is not None
        with httpx.Client(timeout=2.0) as http:
            while True:
                if self.proc.poll() is not None:
                    raise VendureError(
                        f"Vendure exited with {self.proc.returncode} while starting on port "
                        f"{self.port}; log {self.log}:\n{_tail(self.log)}"
                    )
                if self._logged_ready(offset) and self._answers(http):
                    return
                if time.monotonic() > deadline:
                    raise VendureError(
                        f"Vendure did not answer on {self.admin_api} in time; "
                        f"log {self.log}:\n{_tail(self.log)}"
                    )
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.proc.wait(timeout=0.1)  # poll interval; returns early if it dies

    def _logged_ready(self, offset: int) -> bool:
        # The line server.js prints after bootstrap: tells our process from a stray one.
        with open(self.log, "rb") as f:
            f.seek(offset)
            return b"vendure ready in" in f.read()

    def _answers(self, http: httpx.Client) -> bool:
        try:
            r = http.post(self.admin_api, json={"query": "{ __typename }"})
        except httpx.TransportError:
            return False
        return r.status_code == 200 and r.json().get("data", {}).get("__typename") == "Query"

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Ends the server gracefully (SIGTERM), killing it if it does not exit in time."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=timeout)
        self._forget()

    def kill(self) -> None:
        """Ends the server at once (SIGKILL), as a crash or power loss would."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=STOP_TIMEOUT_S)
        self._forget()

    def restart(self) -> VendureServer:
        self.stop()
        return self.start()

    def _forget(self) -> None:
        self.proc = None
        _RUNNING.discard(self)

    def __enter__(self) -> VendureServer:
        return self if self.running else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"VendureServer({self.url}, {state}, db={self.db})"


def main(argv: list[str]) -> int:
    t0 = time.monotonic()
    install(quiet=False)
    t1 = time.monotonic()
    template = populate(quiet=False)
    t2 = time.monotonic()
    print(f"vendure: installed in {t1 - t0:.1f} s, template {template.name} in {t2 - t1:.1f} s")
    if argv[:1] == ["serve"]:
        import tempfile

        from tests.sync.vendure_admin import AdminClient

        folder = Path(tempfile.mkdtemp(prefix="vendure-"))
        server = VendureServer(folder).start()
        print(f"vendure: booted in {server.boot_seconds:.1f} s at {server.url}, log {server.log}")
        with AdminClient(server.url) as admin:
            admin.login()
            print(admin.seed(customers=int(argv[1]) if len(argv) > 1 else 20).describe())
        print("Ctrl-C stops it")
        try:
            assert server.proc is not None
            server.proc.wait()
        except KeyboardInterrupt:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
