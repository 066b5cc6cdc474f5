"""Connecting to the team hub: the DSN, TLS, the password from the keyring.

TLS is required by default: a hub on another machine is reached with ``sslmode=verify-full``
(the server's certificate checked against the system's trusted roots unless the DSN names
``sslrootcert``), and a DSN that asks for less (``disable``, ``allow``, ``prefer``) is refused.
Only a hub on this machine (127.0.0.1, localhost, ::1 or a Unix socket) may go without.

The password is never in the cache or the settings: it comes from the DSN itself, from
``AGENTDESK_HUB_PASSWORD`` (headless runs), from the OS keyring (service "AgentDesk", user
"hub ROLE@HOST:PORT/DB", saved by the console's hub dialog), or from libpq's own
``PGPASSWORD``/``~/.pgpass``.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

SERVICE = "AgentDesk"  # the keyring service of the shop tokens too (agentdesk.sync.credentials)

LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
WEAK_MODES = ("disable", "allow", "prefer")


class HubDsnError(ValueError):
    """A DSN the hub cannot be reached with (one sentence for the user)."""


def parse(dsn: str) -> dict[str, str]:
    from psycopg import conninfo

    try:
        params = conninfo.conninfo_to_dict(dsn.strip())
    except Exception as e:  # psycopg.ProgrammingError: a malformed DSN
        why = " ".join(str(e).split())
        raise HubDsnError(f"That is not a PostgreSQL connection string ({why}).") from None
    return {k: str(v) for k, v in params.items() if v is not None}


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("/") or host == ""


def keyring_user(params: dict[str, str]) -> str:
    host = params.get("host") or "localhost"
    return (
        f"hub {params.get('user', '')}@{host}:{params.get('port') or '5432'}/"
        f"{params.get('dbname', '')}"
    )


def build(host: str, port: int, dbname: str, user: str, require_tls: bool = True) -> str:
    """The DSN the console's hub dialog saves (no password in it)."""
    from psycopg import conninfo

    params: dict[str, Any] = {"host": host, "port": port, "dbname": dbname, "user": user}
    if not require_tls:
        params["sslmode"] = "disable"  # only a hub on this machine: prepare() refuses others
    return str(conninfo.make_conninfo(**params))


def prepare(dsn: str, password: str | None = None, application: str = "agentdesk") -> str:
    """The DSN to connect with: TLS settled, a password found, a short connect timeout."""
    from psycopg import conninfo

    params = parse(dsn)
    hosts = [h for h in (params.get("host") or "").split(",") if h] or [""]
    local = all(is_local(h) for h in hosts)
    mode = params.get("sslmode")
    if mode is None:
        if local:
            params["sslmode"] = "prefer"
        else:
            params["sslmode"] = "verify-full"
            params.setdefault("sslrootcert", "system")
    elif mode in WEAK_MODES and not local:
        raise HubDsnError(
            f"The hub at {params.get('host')} must be reached over TLS: use sslmode=require "
            "or verify-full (only a hub on this machine may go without)."
        )
    if "password" not in params:
        found = password or os.environ.get("AGENTDESK_HUB_PASSWORD") or _keyring(params)
        if found:
            params["password"] = found
    params.setdefault("connect_timeout", "5")
    params.setdefault("application_name", application)
    return str(conninfo.make_conninfo(**params))


def _keyring(params: dict[str, str]) -> str | None:
    if os.environ.get("PGPASSWORD"):
        return None  # libpq's own
    try:
        import keyring

        return keyring.get_password(SERVICE, keyring_user(params))
    except Exception:  # no keyring here: libpq may still find ~/.pgpass
        return None


def store_password(dsn: str, password: str) -> None:
    import keyring

    keyring.set_password(SERVICE, keyring_user(parse(dsn)), password)


def forget_password(dsn: str) -> None:
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(SERVICE, keyring_user(parse(dsn)))


def connect(dsn: str, password: str | None = None, autocommit: bool = True) -> Any:
    """A psycopg connection (autocommit; use ``conn.transaction()`` for atomic work)."""
    import psycopg

    return psycopg.connect(prepare(dsn, password), autocommit=autocommit)


def describe(error: BaseException) -> str:
    """One sentence for a connection or query failure (never the password)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    text = text.replace("connection failed: ", "")
    return text.rstrip(".") + "."
