"""`python -m build`: the sdist and the wheel carry the resources and the compiled translations."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.tools import LANGUAGES, ROOT, missing, project, qm_is_valid

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        import build  # noqa: F401
    except ImportError:
        missing("build", "pip install -e '.[test]'")
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


def wheel(dist: Path) -> zipfile.ZipFile:
    (path,) = dist.glob("agentdesk-*-py3-none-any.whl")
    return zipfile.ZipFile(path)


def sdist(dist: Path) -> tarfile.TarFile:
    (path,) = dist.glob("agentdesk-*.tar.gz")
    return tarfile.open(path)


def test_no_compiled_translation_is_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm", "*.sha"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert tracked.stdout == ""
    assert "*.qm" in (ROOT / ".gitignore").read_text().split()


def test_wheel_carries_every_translation_compiled(dist):
    whl = wheel(dist)
    names = set(whl.namelist())
    folder = "agentdesk/resources/translations"
    for lang in LANGUAGES:
        ts = whl.read(f"{folder}/agentdesk_{lang}.ts")
        assert qm_is_valid(whl.read(f"{folder}/agentdesk_{lang}.qm")), lang
        stamp = whl.read(f"{folder}/agentdesk_{lang}.sha").decode().strip()
        assert stamp == hashlib.sha256(ts).hexdigest()[:16], lang
    assert len(names) == len(whl.namelist()), "duplicate entries"


def test_wheel_carries_the_resources(dist):
    names = wheel(dist).namelist()
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix not in {".qm", ".sha"}:
            assert f"agentdesk/resources/{path.relative_to(ROOT / 'resources')}" in names, path
    assert f"agentdesk-{project()['version']}.dist-info/entry_points.txt" in names


def test_sdist_carries_the_compiled_translations(dist):
    tar = sdist(dist)
    top = f"agentdesk-{project()['version']}"
    names = set(tar.getnames())
    for lang in LANGUAGES:
        for suffix in ("ts", "qm", "sha"):
            assert f"{top}/resources/translations/agentdesk_{lang}.{suffix}" in names
    assert f"{top}/hatch_build.py" in names and f"{top}/packaging/qm.py" in names


def test_installed_wheel_loads_its_shipped_translations(dist, tmp_path):
    """agentdesk.ui.translations accepts the wheel's .qm files: it compiles nothing itself."""
    wheel(dist).extractall(tmp_path / "site")
    cache = tmp_path / "cache"
    code = (
        "import agentdesk, json; from agentdesk.ui import translations;"
        f"print(json.dumps([agentdesk.__file__] + [str(translations.compiled(l)) for l in {LANGUAGES!r}]))"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "XDG_CACHE_HOME": str(cache)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    package, *loaded = json.loads(proc.stdout)
    assert Path(package).is_relative_to(tmp_path / "site")
    for lang, qm in zip(LANGUAGES, loaded, strict=True):
        assert (
            Path(qm) == tmp_path / "site/agentdesk/resources/translations" / f"agentdesk_{lang}.qm"
        )
    assert not cache.exists(), "a translation was compiled at run time"
