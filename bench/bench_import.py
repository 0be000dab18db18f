"""`handoff import usage` against a bare parse of the same file (issue 10), in one run.

1. Importing an N-line `usage.jsonl` (default 1,000,000; --quick 100,000) through the
   importer and its ledger (summaries validated, filtered and committed into a fresh
   JSONL store, durable), against `orjson.loads` of every line of the same file, read
   line by line. Target: at least 50 % of the bare rate (time ratio at most 2x).
   Files of 16 MiB and more are read by two forked workers (`handoff/importers/
   parallel.py`); the same import in one process is measured beside it ("one process").
   CPU seconds are printed too (min of 3 runs: the parent's `process_time`, the workers'
   from RUSAGE_CHILDREN), with the least wall time two idle cores would allow
   (max(parent, (parent + workers) / 2)), because on a shared machine the wall clock of
   three processes on two cores says more about the other load than about the import.
2. Peak RSS (VmHWM) of an import of N lines against one of N/10 lines, each in a fresh
   process. Target: at most 1.1x ("independent of file size"). The workers' own peak
   (the largest child's maxrss, shared pages counted again) is printed beside it.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import orjson
from _common import PROJECT, Table, env_line, fmt_bytes, fmt_time, interleave, med, parse_args, scratch_dir

sys.path.insert(0, str(PROJECT / "fixtures" / "usage"))
from generate import generate

IMPORT = """
import sys, handoff
from pathlib import Path
from handoff.importers.ledger import Ledger
from handoff.importers.usage import UsageImporter
store = handoff.open_store(sys.argv[1])
ledger = Ledger(store, "usage", Path(sys.argv[2]), again=True)
report = ledger.run_import(UsageImporter(ledger.key))
store.close()
import resource
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) * 1024, report.lines, report.records, workers)
"""


def _bare(path: Path) -> None:
    loads = orjson.loads
    with path.open("rb") as f:
        for line in f:
            loads(line)


def _bare_cpu(path: Path) -> float:
    start = time.process_time()
    _bare(path)
    return time.process_time() - start


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _import(store: Path, path: Path) -> tuple[int, int, int, int]:
    out = subprocess.run([sys.executable, "-c", IMPORT, str(store), str(path)], capture_output=True,
                         text=True, check=True)
    peak, lines, records, workers = out.stdout.split()
    return int(peak), int(lines), int(records), int(workers)


def main() -> None:
    args = parse_args(__doc__ or "")
    n = 100_000 if args.quick else 1_000_000
    print(f"bench_import: {env_line()}; N = {n:,}", flush=True)
    with scratch_dir("import-") as tmp:
        big, small = tmp / "usage-big.jsonl", tmp / "usage-small.jsonl"
        generate(big, n, seed=1, damage=False)
        generate(small, n // 10, seed=1, damage=False)
        import handoff
        from handoff.importers.ledger import Ledger
        from handoff.importers.usage import UsageImporter

        stores = iter(range(1000))

        def run_import(period: str, *, one: bool = False) -> tuple[float, float]:
            store = handoff.open_store(tmp / f"s{next(stores)}")
            ledger = Ledger(store, "usage", big)
            importer = UsageImporter(ledger.key, period=period)
            if one:
                importer.parallel_min = 1 << 62
            cpu, kids = time.process_time(), _children_cpu()
            ledger.run_import(importer)
            cpu, kids = time.process_time() - cpu, _children_cpu() - kids
            store.close()
            return cpu, kids

        t0 = time.perf_counter()
        samples = interleave({"hour": lambda: run_import("hour"), "day": lambda: run_import("day"),
                              "hour-one": lambda: run_import("hour", one=True),
                              "day-one": lambda: run_import("day", one=True),
                              "bare": lambda: _bare(big)}, rounds=3)
        table = Table(f"import usage of {n:,} lines ({fmt_bytes(big.stat().st_size)})")
        for period in ("hour", "day"):
            ratio = table.ratio(f"1 `import usage --period {period}` (durable JSONL store)",
                                med(samples[period]), "orjson.loads per line", med(samples["bare"]), 2.0)
            table.note(f"--period {period}: {n / med(samples[period]):,.0f} lines/s against bare "
                       f"{n / med(samples['bare']):,.0f} lines/s: {100 / ratio:.0f} % of the bare rate "
                       "(target ≥ 50 %)")
            table.ratio(f"1 the same in one process (no workers), --period {period}",
                        med(samples[f"{period}-one"]), "orjson.loads per line", med(samples["bare"]), 2.0)
        bare_cpu = min(_bare_cpu(big) for _ in range(3))
        for name, period, one in (("hour, workers", "hour", False), ("hour, one process", "hour", True),
                                  ("day, workers", "day", False), ("day, one process", "day", True)):
            parent, kids = min((run_import(period, one=one) for _ in range(3)), key=sum)
            least = max(parent, (parent + kids) / 2)
            table.note(f"CPU, --period {name}: parent {fmt_time(parent)} + workers {fmt_time(kids)}; "
                       f"two idle cores: at least {fmt_time(least)} = {least / bare_cpu:.2f}x the bare "
                       f"parse's {fmt_time(bare_cpu)} CPU")
        peak_big, lines, records, workers_big = _import(tmp / "peak-big", big)
        peak_small, _, _, workers_small = _import(tmp / "peak-small", small)
        table.ratio(f"2 peak RSS, import of {n:,} lines", peak_big, f"{n // 10:,} lines", peak_small, 1.1,
                    fmt=fmt_bytes)
        table.note(f"the largest worker's peak RSS: {fmt_bytes(workers_big)} at {n:,} lines, "
                   f"{fmt_bytes(workers_small)} at {n // 10:,} lines (0: no workers, one process)")
        table.note(f"{lines:,} lines became {records:,} model_health summaries; "
                   f"total bench time {fmt_time(time.perf_counter() - t0)}; load average "
                   f"{os.getloadavg()[0]:.1f}")
        table.print()


if __name__ == "__main__":
    main()
