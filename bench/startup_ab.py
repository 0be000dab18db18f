"""Start-up of the privacy filter in fresh processes, this tree next to others (process time).

    PYTHONPATH=. python bench/startup_ab.py [--runs N] [TREE ...]

Each TREE is a directory holding a ``handoff`` package (for a revision:
``git archive REV | tar -x -C /tmp/rev``). Child processes alternate between the trees (the
order flips every round); each imports ``handoff.errors`` and ``re`` (a CLI call has them),
then times, in process time: ``import handoff.privacy``, the first ``scan_text`` of the bench's
262-character note (the classifier's import and weights included), and a second scan of a 2 KB
typical note. Bytecode is cached per tree in a temporary ``PYTHONPYCACHEPREFIX``, as an
installed package has it; the first round only writes it. Prints min and median per tree.

With ``--write`` it also times the whole write command, as an agent runs it: a fresh
``handoff --store S note TEXT`` process (the 262-character note; one store per tree, made
before the first round), measured as the child's CPU time (user + system, from
``getrusage``), interpreter start-up and exit included; and the same command with the filter
replaced by a stand-in whose ``check`` does nothing, so the difference is what the filter adds
to a write (issue 11's start-up target: at most 5 ms).

With ``--full-cli`` (and ``--write``) the write command runs through the full CLI
(``handoff.cli.main``, click) instead of ``handoff.entry``'s fast path: the path of every other
write command (``done``, ``run``, ``note --next``, ...), which ends with the interpreter's teardown (the fast
path exits without it); the filter's import freezes what the process holds, which the
teardown's collections then skip (docs/design.md, "Session 19 (speed)").

Why beside ``bench_privacy.py --against``: that one reports medians of wall time; on a shared
machine process time and the minimum move less with the other sessions' load.
"""

from __future__ import annotations

import argparse
import os
import resource
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

_WRITE = r"""
import sys
if sys.argv[1] == "off":  # the filter replaced: a module whose check passes everything
    import types
    stub = types.ModuleType("handoff.privacy")
    stub.check = lambda value, path="": None
    sys.modules["handoff.privacy"] = stub
sys.argv[:2] = ["handoff"]
from handoff.entry import main
main()
"""
"""The write command as ``handoff.entry`` runs it (the installed script's code), argv after
the mode: ``on`` (the filter) or ``off`` (a stand-in that checks nothing)."""
_WRITE_NAMES = ("write ms", "write without filter ms")


def _child_cpu(cmd: list[str], env: dict[str, str], cwd: str) -> float:
    """Run ``cmd``; its CPU time (user + system) in ms, start-up and exit included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1e3


def main() -> int:
    import bench_privacy as bp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=12, help="child processes per tree")
    parser.add_argument("--write", action="store_true",
                        help="also time the whole write command, with and without the filter")
    parser.add_argument("--full-cli", action="store_true",
                        help="with --write: run the write through handoff.cli.main (click)")
    parser.add_argument("trees", nargs="*", help="other trees to compare with this one")
    args = parser.parse_args()
    trees = [str(PROJECT), *args.trees]
    write = _WRITE.replace("handoff.entry", "handoff.cli") if args.full_cli else _WRITE
    prelude = f"NOTE = {bp.FIRST_NOTE!r}; NOTE2K = {bp.two_kb(bp.TYPICAL_NOTES[1])!r}\n"
    names = _NAMES + (_WRITE_NAMES if args.write else ())
    samples: dict[str, list[list[float]]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory(prefix="handoff-pyc-") as pyc:
        for r in range(args.runs + 1):
            for tree in trees if r % 2 == 0 else trees[::-1]:
                at = str(trees.index(tree))
                env = dict(os.environ, PYTHONPATH=tree,
                           PYTHONPYCACHEPREFIX=os.path.join(pyc, at))
                env.pop("PYTHONDONTWRITEBYTECODE", None)
                out = subprocess.run([sys.executable, "-c", prelude + _CHILD], env=env, cwd=tree,
                                     capture_output=True, text=True, check=True).stdout
                row = [float(x) for x in out.split()]
                if args.write:
                    store = os.path.join(pyc, "store" + at)
                    if r == 0:
                        subprocess.run([sys.executable, "-c", write, "on", "--store", store,
                                        "init"], env=env, cwd=tree, capture_output=True,
                                       check=True)
                    for mode in ("on", "off"):
                        row.append(_child_cpu([sys.executable, "-c", write, mode, "--store",
                                               store, "note", bp.FIRST_NOTE], env, tree))
                if r:  # the first round compiles the bytecode
                    samples[tree].append(row)
    for tree, rows in samples.items():
        cols = list(zip(*rows, strict=True))
        cells = [f"{name} {min(col):.2f} / {statistics.median(col):.2f}"
                 for name, col in zip(names, cols, strict=True)]
        if args.write:
            added = [on - off for on, off in zip(cols[3], cols[4], strict=True)]
            cells.append(f"filter adds {min(cols[3]) - min(cols[4]):.2f} (difference of the "
                         f"minimums) / {statistics.median(added):.2f} (median of each round's)")
        print(f"{tree}: " + ", ".join(cells) + " (min / median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
