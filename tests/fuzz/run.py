"""A time-boxed fuzzing run over the hostile-input targets (tests/fuzz/targets.py), with
hypothesis as the engine: ``python -m tests.fuzz.run --seconds 60`` shares the time among
the targets, runs as many cases as fit, prints the count per target, and exits 1 with the
failing case when a contract breaks (hypothesis shrinks it first).

CI runs it for a bounded time after the test suite (``.ci/run``)."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzz.targets import TARGETS, Target

CHUNK = 200  # examples per hypothesis run; runs repeat until the target's time is spent


def run(seconds: float, names: list[str] | None = None, quiet: bool = False) -> dict[str, int]:
    """Cases executed per target in about ``seconds`` in all; raises on the first failure."""
    chosen = [t for t in TARGETS if names is None or t.name in names]
    share = seconds / max(1, len(chosen))
    started = time.monotonic()
    counts: dict[str, int] = {}
    for target in chosen:
        count = [0]
        one = _runner(target, time.monotonic() + share, count)
        while time.monotonic() < share + started:
            one()
        started += share
        counts[target.name] = count[0]
        if not quiet:
            print(f"fuzz {target.name:<9} {count[0]:>7} cases in {share:.0f} s", flush=True)
    if not quiet:
        print(f"fuzz total     {sum(counts.values()):>7} cases, no failure", flush=True)
    return counts


def _runner(target: Target, end: float, count: list[int]) -> Callable[[], None]:
    @settings(
        max_examples=CHUNK,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=target.strategy)
    def one(case: Any) -> None:
        if time.monotonic() > end:
            return  # the time is up: the rest of this chunk is drawn but not checked
        count[0] += 1
        target.check(case)

    return one  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.fuzz.run", description=__doc__)
    p.add_argument("--seconds", type=float, default=60.0, help="the whole run (default 60)")
    p.add_argument("--target", action="append", help="only these targets (repeatable)")
    args = p.parse_args(argv)
    try:
        run(args.seconds, args.target)
    except Exception as e:
        traceback.print_exc()  # with the shrunk case hypothesis noted on it
        print(f"fuzz: a contract broke: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
