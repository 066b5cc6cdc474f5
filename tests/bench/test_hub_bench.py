"""The hub benchmark on a few desktops, so it cannot rot: every figure is measured for real
(a private PostgreSQL cluster, two desktop processes, five simulated desktops)."""

from __future__ import annotations

import json
import math

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def test_the_hub_benchmark_measures_every_figure(capsys):
    from tests.bench import hub
    from tests.hub.conftest import _unavailable
    from tests.hub.pgserver import _bindir

    if _bindir() is None:
        _unavailable("no initdb found")  # skips here, fails in CI

    assert hub.main(["--json", "--desktops", "4", "--notes", "3", "--samples", "3"]) == 0
    results = json.loads(capsys.readouterr().out)
    for key in hub.FIGURES:
        value = results[key]
        assert isinstance(value, float) and math.isfinite(value) and value > 0, (key, value)
    assert results["propagation_p95_ms"] >= results["propagation_p50_ms"]
    # every desktop pulled what the others pushed (3 notes each), and its own
    assert results["_changes_each_desktop_pulled"] >= 4 * 3
