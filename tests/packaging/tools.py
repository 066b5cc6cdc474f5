"""Helpers for the packaging tests: required tools, PNG checks, the project's metadata."""

from __future__ import annotations

import os
import shutil
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "dk.agentdesk.AgentDesk"
LANGUAGES = sorted(p.stem.split("_", 1)[1] for p in (ROOT / "resources/translations").glob("*.ts"))
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def missing(what: str, how: str) -> None:
    """Skip when a tool is not installed, except in CI (CI=true), where .ci/run installs it."""
    message = f"{what} is not installed ({how}; tools/bootstrap.sh --test does it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        missing(tool, f"apt-get install {package}")
    return str(path)


def translation(language: str, context: str, source: str) -> str:
    """The translation of `source` in agentdesk_<language>.ts."""
    tree = ET.parse(ROOT / "resources/translations" / f"agentdesk_{language}.ts")
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                return message.findtext("translation") or ""
    raise KeyError(f"{context}/{source} is not in agentdesk_{language}.ts")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_colours(path: Path, step: int = 7) -> int:
    """How many different colours a grid of the picture's pixels shows (1 means blank)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} does not load"
    colours = {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }
    return len(colours)


def qm_is_valid(data: bytes) -> bool:
    return data[:16] == QM_MAGIC and len(data) > 1000
