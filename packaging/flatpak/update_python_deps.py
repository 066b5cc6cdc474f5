"""Regenerate python3-deps.json: every Python wheel the Flatpak needs, pinned by URL and hash.

    .venv/bin/python packaging/flatpak/update_python_deps.py

Resolves AgentDesk's runtime dependencies (pyproject.toml) plus the build back end
(hatchling) with pip's resolver for the runtime's Python (org.freedesktop.Platform 25.08 has
CPython 3.13) on each architecture, straight from PyPI (pip --isolated ignores local mirrors),
and writes one flatpak-builder module that installs them offline with pip. Wheels only: the
SDK then needs no compilers for numpy, cryptography or PySide6.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PYTHON = "3.13"
ARCHES = ("x86_64", "aarch64")
BUILD_DEPS = ["hatchling>=1.21"]


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return [*project["dependencies"], *BUILD_DEPS]


def resolve(arch: str, reqs: list[str]) -> list[dict[str, str]]:
    platforms = [f"manylinux_2_{n}_{arch}" for n in range(41, 16, -1)] + [f"manylinux2014_{arch}"]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "--isolated", "install", "--dry-run", "--quiet"]
        cmd += ["--ignore-installed", "--report", str(report), "--target", str(Path(tmp) / "t")]
        cmd += [
            "--index-url",
            "https://pypi.org/simple",
            "--cert",
            "/etc/ssl/certs/ca-certificates.crt",
        ]
        cmd += ["--only-binary=:all:", "--python-version", PYTHON, "--implementation", "cp"]
        for platform in platforms:
            cmd += ["--platform", platform]
        subprocess.run([*cmd, *reqs], check=True)
        items = json.loads(report.read_text())["install"]
    return [
        {
            "name": item["metadata"]["name"],
            "version": item["metadata"]["version"],
            "url": item["download_info"]["url"],
            "sha256": item["download_info"]["archive_info"]["hashes"]["sha256"],
        }
        for item in items
    ]


def module() -> dict[str, object]:
    reqs = requirements()
    by_url: dict[str, dict[str, object]] = {}
    names: set[str] = set()
    for arch in ARCHES:
        for wheel in resolve(arch, reqs):
            names.add(wheel["name"])
            source = by_url.setdefault(
                wheel["url"], {"type": "file", "url": wheel["url"], "sha256": wheel["sha256"]}
            )
            source.setdefault("only-arches", []).append(arch)  # type: ignore[union-attr]
    for source in by_url.values():
        if len(source["only-arches"]) == len(ARCHES):  # type: ignore[arg-type]
            del source["only-arches"]  # a pure-Python wheel
    return {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}"'
            " --prefix=${FLATPAK_DEST} --no-build-isolation --no-deps *.whl"
        ],
        "sources": sorted(by_url.values(), key=lambda s: str(s["url"]).rsplit("/", 1)[-1].lower()),
    }


if __name__ == "__main__":
    out = HERE / "python3-deps.json"
    out.write_text(json.dumps(module(), indent=2) + "\n")
    print(f"wrote {out.relative_to(ROOT)}")
