"""The fuzzing run's targets, a bounded number of examples each, so CI checks that they run
(the import, search and parser targets have their own property tests beside the code)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz.run import run
from tests.fuzz.targets import TARGETS, Target


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_each_target_runs(target: Target) -> None:
    seen: list[Any] = []

    @settings(
        max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=target.strategy)
    def one(case: Any) -> None:
        seen.append(case)
        target.check(case)

    one()
    assert seen


def test_the_run_counts_its_cases() -> None:
    counts = run(seconds=2.0, names=["search", "settings"], quiet=True)
    assert set(counts) == {"search", "settings"} and all(n > 0 for n in counts.values())
