"""Shop tokens live in the OS keyring and nowhere else (never SQLite, settings or logs).

``AGENTDESK_TOKEN`` in the environment wins, for headless use (CI, a server running
``agentdesk sync``). WooCommerce's consumer key and secret are kept as one "key:secret".
"""

from __future__ import annotations

import contextlib
import os

from agentdesk import logs

SERVICE = "AgentDesk"


class NoToken(Exception):
    pass


def _user(backend: str, url: str) -> str:
    return f"{backend} {url.rstrip('/')}"


def get(backend: str, url: str) -> str:
    env = os.environ.get("AGENTDESK_TOKEN", "").strip()
    if env:
        logs.secret(env)  # never in a log line or a crash report
        return env
    import keyring
    from keyring.errors import KeyringError

    try:
        token = keyring.get_password(SERVICE, _user(backend, url))
    except KeyringError as e:
        raise NoToken(f"The system keyring cannot be read ({e}).") from e
    except RuntimeError as e:  # no backend at all
        raise NoToken(f"There is no system keyring here ({e}); set AGENTDESK_TOKEN.") from e
    if not token:
        raise NoToken(
            f"No token for {backend} at {url} in the keyring: connect from the app "
            "(Sync ▸ Connect to shop…) or set AGENTDESK_TOKEN."
        )
    logs.secret(token)
    return token


def store(backend: str, url: str, token: str) -> None:
    import keyring

    logs.secret(token)
    keyring.set_password(SERVICE, _user(backend, url), token)


def forget(backend: str, url: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(SERVICE, _user(backend, url))
