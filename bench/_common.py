"""Shared helpers for the benchmarks: interleaved timing, medians, tables, scratch dirs.

Machines here are shared and noisy, so every target is a ratio of two sides measured in
the same run: the sides are interleaved over several rounds (alternating which goes
first) and compared by their medians. Benchmarks print figures; they never assert.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT = BENCH_DIR.parent
OUT_DIR = Path(os.environ.get("HANDOFF_BENCH_DIR") or BENCH_DIR / "out")
"""Scratch space: bench/out/ (git-ignored, on the project's file system), or the directory
``HANDOFF_BENCH_DIR`` names, to measure on another file system (a journaled one, tmpfs)."""


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="small sizes: a fast smoke run")
    return parser.parse_args()


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temp dir on the project's filesystem (bench/out/), removed afterwards."""
    OUT_DIR.mkdir(exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=OUT_DIR))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def interleave(
    sides: dict[str, Callable[[], object]],
    *,
    rounds: int,
    ops: int = 1,
    setup: Callable[[], object] | None = None,
) -> dict[str, list[float]]:
    """Run each side `ops` times per round, sides alternating order each round.

    Returns, per side, the per-op time in seconds of every round (the mean over its `ops`).
    """
    names = list(sides)
    samples: dict[str, list[float]] = {name: [] for name in names}
    clock = time.perf_counter
    for r in range(rounds):
        order = names if r % 2 == 0 else names[::-1]
        for name in order:
            fn = sides[name]
            if setup is not None:
                setup()
            gc.collect()
            start = clock()
            for _ in range(ops):
                fn()
            samples[name].append((clock() - start) / ops)
    return samples


def med(values: list[float]) -> float:
    return statistics.median(values)


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_bytes(n: float) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    if n >= 1 << 10:
        return f"{n / (1 << 10):.1f} KiB"
    return f"{n:.0f} B"


@dataclass
class Table:
    """A markdown table: measurement, its value, the baseline, ratio, target, met."""

    title: str
    rows: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def ratio(
        self,
        name: str,
        value: float,
        baseline_name: str,
        baseline: float,
        target: float | None,
        fmt: Callable[[float], str] = fmt_time,
    ) -> float:
        """Add a row comparing `value` to `baseline`; `target` None marks a context row."""
        ratio = value / baseline if baseline else float("inf")
        if target is None:
            target_s, met = "context", "—"
        else:
            target_s, met = f"≤ {target:g}x", "yes" if ratio <= target else "NO"
        self.rows.append(
            (name, fmt(value), f"{baseline_name}: {fmt(baseline)}", f"{ratio:.2f}x", target_s, met)
        )
        return ratio

    def note(self, text: str) -> None:
        self.notes.append(text)

    def print(self) -> None:
        out = [f"\n### {self.title}\n"]
        out.append("| measurement | value | baseline | ratio | target | met |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for row in self.rows:
            out.append("| " + " | ".join(row) + " |")
        if self.notes:
            out.append("")
            out.extend(f"- {n}" for n in self.notes)
        print("\n".join(out), flush=True)


def env_line() -> str:
    import platform

    return (
        f"python {platform.python_version()} on {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} cpus; scratch dir {OUT_DIR}"
    )


def progress(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)
