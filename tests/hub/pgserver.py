"""A private PostgreSQL cluster for the hub tests and the hub benchmark: initdb under a
temporary folder, pg_ctl on 127.0.0.1 and a free port, scram passwords; run as the
``postgres`` (else ``nobody``) user when we are root, since initdb refuses root."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "hubadmin"
ADMIN_PASSWORD = "hub-admin-secret"
AGENT_PASSWORD = "agent-secret"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    port: int
    data: Path
    bindir: Path
    user: str | None  # the OS user it runs as, when the tests run as root
    log: Path

    def dsn(
        self, dbname: str = "postgres", user: str = ADMIN, password: str = ADMIN_PASSWORD
    ) -> str:
        return f"host=127.0.0.1 port={self.port} dbname={dbname} user={user} password={password}"

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        full = list(cmd)
        if self.user:
            full = ["runuser", "-u", self.user, "--", *full]
        return subprocess.run(full, capture_output=True, text=True, timeout=120, check=False)

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def start(self) -> None:
        """(Again) on the same port and data; raises RuntimeError when it does not come up."""
        started = self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w",
            "-t", "60", "-o",
            f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
            "-c shared_buffers=64MB",
            "start",
        )  # fmt: skip
        if started.returncode != 0:
            text = self.log.read_text() if self.log.exists() else started.stderr
            raise RuntimeError(f"PostgreSQL did not start: {text.strip()[-800:]}")


class Unavailable(Exception):
    """No PostgreSQL server binaries here (or no user to run them as)."""


def start_server() -> PgServer:
    """A private cluster on 127.0.0.1 and a free port (call .stop() and remove .data's
    folder when done: `close_server`)."""
    bindir = _bindir()
    if bindir is None:
        raise Unavailable("no initdb found")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("psycopg is not installed") from None
    user: str | None = None
    if os.geteuid() == 0:
        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
            except KeyError:
                continue
            user = name
            break
        if user is None:
            raise Unavailable("running as root with no postgres or nobody user to run the server")
    root = Path(tempfile.mkdtemp(prefix="agentdesk-pg-"))
    data, log, pwfile = root / "data", root / "server.log", root / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if user:
        info = pwd.getpwnam(user)
        os.chown(root, info.pw_uid, info.pw_gid)
        os.chown(pwfile, info.pw_uid, info.pw_gid)
    port = _free_port()
    server = PgServer(port, data, bindir, user, log)
    made = server._run(
        str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile),
        "-A", "scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync",
    )  # fmt: skip
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {made.stderr.strip()[-800:]}")
    try:
        server.start()
    except RuntimeError:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return server


def close_server(server: PgServer) -> None:
    server.stop()
    shutil.rmtree(server.data.parent, ignore_errors=True)
