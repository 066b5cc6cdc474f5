"""A private PostgreSQL server for the tests marked ``@pytest.mark.postgres``.

``pg_server`` (session): a cluster made with initdb under a temporary folder, listening on
127.0.0.1 and a free port, password (scram) login for every role; started with pg_ctl as a
non-root user when the tests run as root (initdb refuses root): the ``postgres`` user the
Debian package makes, else ``nobody``. Stopped at the end of the session.
``hub`` (function): a fresh database on it with the hub schema, and helpers to add agents
and make desktops' DSNs.

Without PostgreSQL's server binaries (Debian: ``apt-get install postgresql``) the tests are
skipped, or fail when ``CI`` is set (.ci/run installs them).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ADMIN = "hubadmin"
ADMIN_PASSWORD = "hub-admin-secret"
AGENT_PASSWORD = "agent-secret"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


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


def _unavailable(why: str) -> None:
    if _in_ci():
        pytest.fail(f"PostgreSQL is needed in CI: {why}")
    pytest.skip(f"PostgreSQL is not installed ({why}); apt-get install postgresql")


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _bindir()
    if bindir is None:
        _unavailable("no initdb found")
    assert bindir is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed")
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
            _unavailable("running as root with no postgres or nobody user to run the server")
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
        pytest.fail(f"initdb failed: {made.stderr.strip()[-800:]}")
    started = server._run(
        str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
        f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
        "-c shared_buffers=64MB",
        "start",
    )  # fmt: skip
    if started.returncode != 0:
        text = log.read_text() if log.exists() else started.stderr
        pytest.fail(f"PostgreSQL did not start: {text.strip()[-800:]}")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@dataclass
class Hub:
    server: PgServer
    dbname: str
    agents: dict[str, str] = field(default_factory=dict)  # agent id -> login

    @property
    def owner_dsn(self) -> str:
        return self.server.dsn(self.dbname)

    def add_agent(self, agent_id: str, name: str, role: str = "agent") -> str:
        """The agent and their login role; returns the DSN a desktop of theirs uses."""
        from agentdesk.hub import connection, schema

        login = f"{self.dbname}_{agent_id}".lower().replace("-", "_")
        conn = connection.connect(self.owner_dsn)
        try:
            schema.add_agent(conn, agent_id, name, role, login, AGENT_PASSWORD)
        finally:
            conn.close()
        self.agents[agent_id] = login
        return self.dsn_for(agent_id)

    def dsn_for(self, agent_id: str) -> str:
        return self.server.dsn(self.dbname, self.agents[agent_id], AGENT_PASSWORD)


@pytest.fixture
def hub(pg_server: PgServer) -> Iterator[Hub]:
    import psycopg

    from agentdesk.hub import schema

    name = f"hub_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    with psycopg.connect(pg_server.dsn(name), autocommit=True) as conn:
        schema.migrate(conn)
    h = Hub(pg_server, name)
    try:
        yield h
    finally:
        with psycopg.connect(pg_server.dsn(), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            for login in h.agents.values():
                admin.execute(f"DROP ROLE IF EXISTS {login}")
