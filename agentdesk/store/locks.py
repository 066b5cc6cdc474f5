"""One sync per cache at a time, whichever process runs it (the console, `agentdesk sync`).

Two processes may share a cache: SQLite's WAL mode and busy timeout make their writes
safe. Two syncs of one cache at once are not: both could pick the same outbox item before
either marks it, and send a note or a refund twice. `sync_lock(path)` holds an exclusive
lock (flock) on `<cache>.sync-lock` for the run; the kernel drops it when its process
ends, however it ends (kill -9 included), so a crash never leaves the cache locked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from agentdesk.store.errors import UserError


class SyncBusy(UserError):
    """Another process is syncing this cache."""


@contextmanager
def sync_lock(path: Path) -> Iterator[None]:
    """Hold the cache's sync lock; SyncBusy (one sentence) when another process holds it."""
    try:
        import fcntl
    except ImportError:  # not POSIX: one console per user is the rule there
        yield
        return
    fd = os.open(f"{path}.sync-lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SyncBusy(
                f"Another AgentDesk is syncing {path} right now; this sync was not started."
            ) from None
        yield
    finally:
        os.close(fd)  # releases the lock
