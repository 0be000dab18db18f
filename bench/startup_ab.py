"""Start-up of the privacy filter in fresh processes, this tree next to others (process time).

    PYTHONPATH=. python bench/startup_ab.py [--runs N] [TREE ...]

Each TREE is a directory holding a ``handoff`` package (for a revision:
``git archive REV | tar -x -C /tmp/rev``). Child processes alternate between the trees (the
order flips every round); each imports ``handoff.errors`` and ``re`` (a CLI call has them),
then times, in process time: ``import handoff.privacy``, the first ``scan_text`` of the bench's
262-character note (the classifier's import and weights included), and a second scan of a 2 KB
typical note. Bytecode is cached per tree in a temporary ``PYTHONPYCACHEPREFIX``, as an
installed package has it; the first round only writes it. Prints min and median per tree.

Why beside ``bench_privacy.py --against``: that one reports medians of wall time; on a shared
machine process time and the minimum move less with the other sessions' load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "bench"))

_CHILD = r"""
import time
import handoff.errors, re
t0 = time.process_time()
import handoff.privacy
t1 = time.process_time()
from handoff.privacy import scan_text
scan_text(NOTE)
t2 = time.process_time()
scan_text(NOTE2K)
t3 = time.process_time()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3)
"""
_NAMES = ("import ms", "first scan ms", "second scan ms")


def main() -> int:
    import bench_privacy as bp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=12, help="child processes per tree")
    parser.add_argument("trees", nargs="*", help="other trees to compare with this one")
    args = parser.parse_args()
    trees = [str(PROJECT), *args.trees]
    prelude = f"NOTE = {bp.FIRST_NOTE!r}; NOTE2K = {bp.two_kb(bp.TYPICAL_NOTES[1])!r}\n"
    samples: dict[str, list[list[float]]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory(prefix="handoff-pyc-") as pyc:
        for r in range(args.runs + 1):
            for tree in trees if r % 2 == 0 else trees[::-1]:
                env = dict(os.environ, PYTHONPATH=tree,
                           PYTHONPYCACHEPREFIX=os.path.join(pyc, str(trees.index(tree))))
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                out = subprocess.run([sys.executable, "-c", prelude + _CHILD], env=env, cwd=tree,
                                     capture_output=True, text=True, check=True).stdout
                if r:  # the first round compiles the bytecode
                    samples[tree].append([float(x) for x in out.split()])
    for tree, rows in samples.items():
        cells = (f"{name} {min(col):.2f} / {statistics.median(col):.2f}"
                 for name, col in zip(_NAMES, zip(*rows, strict=True), strict=True))
        print(f"{tree}: " + ", ".join(cells) + " (min / median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
