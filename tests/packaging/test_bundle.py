"""The PyInstaller one-folder bundle: it builds, starts offscreen and draws the console, in
English and in Arabic from the .qm files built into it, and it is the full command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.tools import (
    APP_ID,
    LANGUAGES,
    PACKAGING,
    ROOT,
    missing,
    png_colours,
    png_size,
    translation,
)

pytestmark = pytest.mark.packaging

# A guard against a dependency or Qt module creeping in: the bundle is about 220 MB today.
MAX_BUNDLE_MB = 300
UNUSED_QT = ("Qml", "Quick", "WebEngine", "3D", "Pdf", "Multimedia", "Designer", "Charts")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("AGENTDESK_BUNDLE"):  # test a bundle built before, e.g. a release's
        return Path(os.environ["AGENTDESK_BUNDLE"]).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing("PyInstaller", "pip install -e '.[test]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    options = ["--noconfirm", "--clean", "--log-level", "WARN"]
    options += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", *options, str(PACKAGING / "agentdesk.spec")],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-5000:]
    print(f"PyInstaller built the bundle in {time.monotonic() - started:.0f} s")
    return work / "dist" / "agentdesk"


def run(bundle: Path, *args: object, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [str(bundle / "agentdesk"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=bundle.parent,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def screenshot(bundle: Path, db: Path, out: Path, *args: str) -> dict:
    proc = run(bundle, "screenshot", "--db", db, "--view", "inbox", "--out", out, "--json", *args)
    return json.loads(proc.stdout)


def test_bundle_is_lean(bundle):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files) / 1e6
    print(f"bundle: {size:.0f} MB in {len(files)} files")
    assert size < MAX_BUNDLE_MB
    qt = [p.name for p in files if p.name.startswith(("libQt6", "Qt")) or "/Qt" in p.name]
    assert not [n for n in qt for unused in UNUSED_QT if unused in n], qt
    for gone in ("PyQt5", "PyQt6", "PySide2", "tkinter", "pytest", "hypothesis"):
        assert not any(gone in p.parts for p in files), gone


def test_bundle_renders_the_inbox(bundle, demo_db, tmp_path):
    out = tmp_path / "inbox.png"
    report = screenshot(bundle, demo_db, out, "--size", "1280x800")
    assert out.is_file() and report["out"] == str(out)
    assert png_size(out) == (1280, 800)
    assert png_colours(out) > 50, "the picture is blank"
    assert report["right_to_left"] is False
    assert report["sample"]["Inbox"] == "Inbox"


def test_bundle_draws_every_view(bundle, demo_db, tmp_path):
    """Charts too: pyqtgraph, its OpenGL helpers and numpy (whose OpenBLAS strip breaks)."""
    from agentdesk.cli import VIEWS

    for view in VIEWS:
        out = tmp_path / f"{view}.png"
        where = ("--db", demo_db, "--view", view, "--out", out)
        run(bundle, "screenshot", *where, "--size", "1000x700")
        assert png_size(out) == (1000, 700), view
        assert png_colours(out) > 50, f"{view} is blank"


def test_bundle_speaks_arabic_from_its_own_translations(bundle, demo_db, tmp_path):
    cache = Path(os.environ["XDG_CACHE_HOME"])
    english, arabic = tmp_path / "en.png", tmp_path / "ar.png"
    screenshot(bundle, demo_db, english, "--size", "1280x800")
    report = screenshot(bundle, demo_db, arabic, "--size", "1280x800", "--lang", "ar")
    assert png_size(arabic) == (1280, 800) and png_colours(arabic) > 50
    assert english.read_bytes() != arabic.read_bytes()
    # the navigation says Inbox in Arabic, from the .qm that the build put in the bundle
    assert report["right_to_left"] is True
    assert report["sample"]["Inbox"] == translation("ar", "MainWindow", "Inbox") != "Inbox"
    shipped = bundle / "_internal/agentdesk/resources/translations/agentdesk_ar.qm"
    assert Path(report["translation"]) == shipped
    assert not (cache / "AgentDesk" / "translations").exists(), "compiled at run time"


def test_bundle_speaks_every_language(bundle, demo_db, tmp_path):
    folder = bundle / "_internal/agentdesk/resources/translations"
    for lang in LANGUAGES:
        out = tmp_path / f"{lang}.png"
        report = screenshot(bundle, demo_db, out, "--size", "1000x700", "--lang", lang)
        assert Path(report["translation"]) == folder / f"agentdesk_{lang}.qm", lang
        expected = "Inbox" if lang == "en" else translation(lang, "MainWindow", "Inbox")
        assert report["sample"]["Inbox"] == expected, lang


def test_bundle_is_the_whole_command_line(bundle, tmp_path):
    """Demo data (Faker's locales), export and the scenario library work as from source."""
    args = ("--customers", "60", "--seed", "5", "--now", "2026-11-20T14:00:00Z")
    frozen, source = tmp_path / "frozen.sqlite", tmp_path / "source.sqlite"
    run(bundle, "demo", "--db", frozen, *args)
    subprocess.run(
        [sys.executable, "-m", "agentdesk", "demo", "--db", source, *args],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    for db in (frozen, source):
        run(bundle, "export", "--db", db, db.with_suffix(".jsonl"))
    assert frozen.with_suffix(".jsonl").read_text() == source.with_suffix(".jsonl").read_text()
    scenarios = json.loads(run(bundle, "train", "list", "--json").stdout)
    assert len(scenarios) == len(list((ROOT / "resources/scenarios").glob("*.json")))
    assert run(bundle, "--version").stdout.strip().startswith("agentdesk ")


def test_bundle_installs_with_its_desktop_integration(bundle, tmp_path):
    prefix = tmp_path / "prefix"
    proc = subprocess.run(
        ["bash", str(PACKAGING / "install-bundle.sh"), str(bundle), str(prefix)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    share = prefix / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in (48, 128, 256):
        assert (share / f"icons/hicolor/{size}x{size}/apps" / f"{APP_ID}.png").is_file()
    # the command on PATH is a link to the installed bundle, which finds its files from there
    listing = subprocess.run(
        [str(prefix / "bin/agentdesk"), "train", "list", "--json"], capture_output=True, text=True
    )
    assert listing.returncode == 0, listing.stderr
    assert json.loads(listing.stdout)
