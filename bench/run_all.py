"""Run every benchmark in turn and print all their tables.

    PYTHONPATH=. python bench/run_all.py [--quick]

Each benchmark runs in its own process (bench_append, bench_cli, and bench_privacy when
it exists). Missing a target is reported in the tables, never an error; the exit code is
non-zero only if a benchmark crashed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
ORDER = ["bench_append.py", "bench_cli.py", "bench_reads.py", "bench_privacy.py", "bench_agents.py",
         "bench_sqlite.py", "bench_promote.py", "bench_query.py", "bench_import.py", "bench_compact.py",
         "bench_postgres.py"]


def main() -> int:
    extra = [a for a in sys.argv[1:] if a == "--quick"]
    unknown = [a for a in sys.argv[1:] if a != "--quick"]
    if unknown:
        print(f"usage: {sys.argv[0]} [--quick]", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT), env.get("PYTHONPATH")) if p)
    failed = []
    start = time.perf_counter()
    for name in ORDER:
        script = BENCH / name
        if not script.exists():
            print(f"\n## {name}: not present, skipped", flush=True)
            continue
        began = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script), *extra], cwd=PROJECT, env=env)
        took = time.perf_counter() - began
        print(f"\n({name} exited {proc.returncode} after {took:.1f} s)", flush=True)
        if proc.returncode != 0:
            failed.append(name)
    print(f"\nall benchmarks took {time.perf_counter() - start:.1f} s"
          + (f"; CRASHED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
