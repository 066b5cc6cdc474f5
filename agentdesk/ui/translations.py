"""Compiled translations: .ts sources are built to .qm with Qt's lrelease, never committed.

A packaged build may ship .qm files beside the sources; otherwise the first start in a
language compiles its .ts into the user's cache folder (keyed by the source's content, so an
updated translation is rebuilt and a stale one never loads).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import PySide6

from agentdesk import paths


def source(language: str) -> Path:
    return paths.resources_dir() / "translations" / f"agentdesk_{language}.ts"


def lrelease() -> Path:
    return Path(PySide6.__file__).parent / "lrelease"


def compiled(language: str) -> Path | None:
    """The .qm file for `language`, building it if needed; None if there is no translation."""
    ts = source(language)
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    shipped = ts.with_name(f"agentdesk_{language}.qm")
    stamp = shipped.with_suffix(".sha")
    if shipped.exists() and stamp.exists() and stamp.read_text().strip() == digest:
        return shipped
    out = paths.cache_dir() / "translations" / f"agentdesk_{language}-{digest}.qm"
    if not out.exists():
        import subprocess  # only to compile: a cached or shipped .qm needs none

        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp.qm")
        try:
            subprocess.run(
                [str(lrelease()), "-silent", str(ts), "-qm", str(tmp)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            tmp.replace(out)
        except (OSError, subprocess.SubprocessError):
            return None
    return out
