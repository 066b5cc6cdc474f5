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

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.hub.pgserver import (
    AGENT_PASSWORD,
    PgServer,
    Unavailable,
    close_server,
    start_server,
)


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def _unavailable(why: str) -> None:
    if _in_ci():
        pytest.fail(f"PostgreSQL is needed in CI: {why}")
    pytest.skip(f"PostgreSQL is not installed ({why}); apt-get install postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = start_server()
    except Unavailable as e:
        _unavailable(str(e))
        raise
    except RuntimeError as e:
        pytest.fail(str(e))
    try:
        yield server
    finally:
        close_server(server)


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
