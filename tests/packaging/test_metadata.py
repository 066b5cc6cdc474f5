"""The desktop entry, AppStream metainfo, app icon and Flatpak manifest: valid and consistent."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests.packaging.tools import APP_ID, PACKAGING, ROOT, need, png_size, project

pytestmark = pytest.mark.packaging

DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{APP_ID}.json"
DEPS = PACKAGING / "flatpak" / "python3-deps.json"


def desktop_entry() -> dict[str, str]:
    entry: dict[str, str] = {}
    section = None
    for line in DESKTOP.read_text().splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line and section == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def test_desktop_file_validates():
    tool = need("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "", proc.stdout  # no warnings or hints either


def test_metainfo_validates():
    tool = need("appstreamcli", "appstream")
    proc = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # warnings fail validation; infos would be worth fixing too
    assert not re.search(r"^[EWI]: ", proc.stdout, re.M), proc.stdout


def test_desktop_entry_starts_the_installed_command():
    entry = desktop_entry()
    assert entry["Exec"].split()[0] in project()["scripts"]
    assert entry["Icon"] == APP_ID
    assert (PACKAGING / "icons" / f"{APP_ID}.svg").is_file()


def test_metainfo_matches_the_project():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("project_license") == project()["license"]["text"]
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == project()["version"], "newest release first"
    assert [Version(v) for v in releases] == sorted(map(Version, releases), reverse=True)
    assert root.find("provides/binary").text in project()["scripts"]
    # the screenshot is docs/console.png (the README's), published on the homepage
    image = root.find("screenshots/screenshot/image")
    assert image.text.endswith("/console.png")
    assert png_size(ROOT / "docs/console.png") == (
        int(image.get("width")),
        int(image.get("height")),
    )


def test_app_icon_in_every_size():
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(PACKAGING / "icons" / f"{APP_ID}.svg")).isValid()
    pngs = sorted(PACKAGING.glob(f"icons/*/{APP_ID}.png"))
    sizes = {png.parent.name for png in pngs}
    assert {"48x48", "128x128", "256x256"} <= sizes  # the theme's base size; Flathub's minimum
    for png in pngs:
        n = int(png.parent.name.split("x")[0])
        assert png_size(png) == (n, n), png
        image = QImage(str(png))
        centre = image.pixelColor(n // 2, n // 4)
        assert centre.alpha() == 255, f"{png} is transparent in the middle"


def test_flatpak_manifest():
    manifest = json.loads(FLATPAK.read_text())
    assert manifest["id"] == APP_ID
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert manifest["sdk"] == "org.freedesktop.Sdk"
    assert manifest["command"] in project()["scripts"]
    assert "python3-deps.json" in manifest["modules"]
    app = manifest["modules"][-1]
    assert app["sources"][0]["type"] == "dir"
    assert (FLATPAK.parent / app["sources"][0]["path"]).resolve() == ROOT
    installed = " ".join(app["build-commands"])
    for path in (DESKTOP, METAINFO, PACKAGING / "icons" / f"{APP_ID}.svg"):
        assert str(path.relative_to(ROOT)) in installed


def test_flatpak_python_deps_cover_the_project():
    """Every runtime dependency (and the build back end) has a pinned wheel on each arch."""
    module = json.loads(DEPS.read_text())
    assert module["name"] == "python3-deps"
    wheels: dict[str, dict[str, set[str]]] = {}
    for source in module["sources"]:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/"), source["url"]
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
        name, version = source["url"].rsplit("/", 1)[1].split("-")[:2]
        for arch in source.get("only-arches", ["x86_64", "aarch64"]):
            wheels.setdefault(arch, {}).setdefault(str(canonicalize_name(name)), set()).add(version)
    assert set(wheels) == {"x86_64", "aarch64"}
    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    for requirement in [*project()["dependencies"], *build]:
        req = Requirement(requirement)
        for arch, pins in wheels.items():
            versions = pins.get(str(canonicalize_name(req.name)))
            assert versions, f"{req.name} has no wheel for {arch} in {DEPS.name}"
            assert all(req.specifier.contains(v) for v in versions), (req, versions)
