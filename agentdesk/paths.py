"""Where things live: the user's cache (platformdirs) and the shipped resources."""

from __future__ import annotations

from pathlib import Path

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
