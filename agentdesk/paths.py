"""Where things live: the user's cache (platformdirs) and the shipped resources."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

import platformdirs

APP = "AgentDesk"


def resources_dir() -> Path:
    """Installed wheels carry resources inside the package; a source checkout beside it."""
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    return packaged if packaged.is_dir() else here.parent / "resources"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_cache() -> Path:
    return data_dir() / "cache.sqlite"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def demo_cache() -> Path:
    return cache_dir() / "demo.sqlite"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    """The rotating log and crash reports (platformdirs: ~/.local/state/AgentDesk/log)."""
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) a folder only its owner can enter (0700), whatever
    the umask. An existing folder that is AgentDesk's own (under one of its folders) is
    tightened too; others the user chose (``--db /tmp/x``) are left as they are."""
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    if not missing and _ours(path) and path.is_dir():
        os.chmod(path, 0o700)
    return path


def _ours(path: Path) -> bool:
    mine = (data_dir(), cache_dir(), config_dir(), log_dir())
    resolved = path.resolve()
    return any(resolved == d.resolve() or resolved.is_relative_to(d.resolve()) for d in mine)


def open_private(path: Path, mode: str = "w", *, folders: bool = True, **kwargs: Any) -> IO[Any]:
    """Open a file for writing that only its owner can read (0600, whatever the umask); an
    existing file is made private too. Its folder is created 0700 when missing (unless
    ``folders`` is False: then a missing folder is the caller's OSError)."""
    if folders:
        private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    try:
        os.fchmod(fd, 0o600)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def make_private(path: Path) -> None:
    """Owner-only (0600) for a file written by a library that chose its own mode."""
    if path.exists():
        os.chmod(path, 0o600)
