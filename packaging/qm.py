"""Compile the .ts translation sources to .qm with PySide6's lrelease, for builds.

Used by the wheel/sdist build hook (hatch_build.py) and the PyInstaller spec. Each
`agentdesk_<lang>.qm` is written with an `agentdesk_<lang>.sha` stamp beside it: the first
16 hex digits of the SHA-256 of its .ts source, which is what agentdesk/ui/translations.py
checks before it trusts a shipped .qm (otherwise it compiles the .ts at run time). Stdlib
only, so it runs inside an isolated build environment; PySide6 is imported lazily.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path


def stamp(ts: Path) -> str:
    return hashlib.sha256(ts.read_bytes()).hexdigest()[:16]


def fresh(ts: Path) -> bool:
    """True when a .qm beside `ts` carries the stamp of the current source."""
    qm, sha = ts.with_suffix(".qm"), ts.with_suffix(".sha")
    return qm.is_file() and sha.is_file() and sha.read_text().strip() == stamp(ts)


def lrelease() -> str:
    try:
        import PySide6
    except ImportError:
        pass
    else:
        tool = Path(PySide6.__file__).parent / "lrelease"
        if tool.is_file():
            return str(tool)
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("lrelease not found: install PySide6-Essentials to build AgentDesk")


def compile_all(sources: Path, out: Path) -> list[Path]:
    """Compile every agentdesk_*.ts in `sources` into `out`; the files written there.

    Each source is copied to `out` first and compiled from that copy, so the .ts, .qm and .sha
    shipped together always agree, even when a source is edited while a build runs. A .qm
    that is already fresh beside its source is copied instead of rebuilt.
    """
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    tool: str | None = None
    for original in sorted(sources.glob("agentdesk_*.ts")):
        ts = out / original.name
        if original.resolve() != ts.resolve():
            shutil.copyfile(original, ts)
        qm, sha = ts.with_suffix(".qm"), ts.with_suffix(".sha")
        if fresh(original) and stamp(original) == stamp(ts):
            if original.parent.resolve() != out.resolve():
                shutil.copyfile(original.with_suffix(".qm"), qm)
                shutil.copyfile(original.with_suffix(".sha"), sha)
        else:
            tool = tool or lrelease()
            proc = subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if proc.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
                raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stderr.strip()}")
            sha.write_text(stamp(ts) + "\n")
        written += [ts, qm, sha]
    if not written:
        raise RuntimeError(f"no agentdesk_*.ts translations in {sources}")
    return written
