"""Build hook: wheels and sdists carry the translations compiled to .qm (never committed).

Runs PySide6's lrelease on resources/translations/*.ts (through packaging/qm.py) and adds
each .qm with the .sha stamp that agentdesk/ui/translations.py checks, so an installed
AgentDesk loads them without compiling anything at run time. The sdist carries them too, so
a wheel built from it needs no Qt in its build environment. Editable installs skip this: a
source checkout compiles its translations on first use.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Must match the runtime requirement in pyproject.toml: lrelease comes from this wheel.
PYSIDE = "PySide6-Essentials>=6.8,<6.12"


def _qm_module(root: str) -> Any:
    spec = importlib.util.spec_from_file_location("_agentdesk_qm", Path(root) / "packaging/qm.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _editable_request() -> bool:
    # pip and `build` run the PEP 517 hooks through pyproject_hooks, which names the hook in
    # argv[1]; an editable install needs no compiled translations, so no Qt download either.
    return len(sys.argv) > 1 and "editable" in sys.argv[1]


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def _sources(self) -> Path:
        return Path(self.root) / "resources" / "translations"

    def dependencies(self) -> list[str]:
        if _editable_request():
            return []
        qm = _qm_module(self.root)
        if all(qm.fresh(ts) for ts in self._sources().glob("agentdesk_*.ts")):
            return []  # an sdist: its .qm files are already there
        return [PYSIDE]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        qm = _qm_module(self.root)
        self._tmp = tempfile.TemporaryDirectory(prefix="agentdesk-qm-")
        written = qm.compile_all(self._sources(), Path(self._tmp.name))
        folder = "agentdesk/resources" if self.target_name == "wheel" else "resources"
        for path in written:
            build_data["force_include"][str(path)] = f"{folder}/translations/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
