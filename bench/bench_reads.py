"""Reads that cost what they return: `handoff log` on a big log vs a small one.

    PYTHONPATH=. python bench/bench_reads.py [--quick] [--no-sqlite]

Targets (issue 13): `handoff log --limit 20` at 1,000,000 events <= 1.5x its time at
1,000 events, also with `--kind validation`; `--since` likewise. Every row is a fresh
`handoff` process (start-up included, as an agent pays it), the big and the small store
interleaved in one run and compared by medians. In-process rows (`Store.events`) show
the read itself without start-up. The logs are laid down directly with the store's own
serialisation (`bench/_workload.write_log`), not by a million CLI calls; the SQLite
store of the same events is filled through its backend's `append` in big batches.

--quick: 1,000 vs 100,000 events.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Table, env_line, fmt_bytes, interleave, med, progress, scratch_dir
from _workload import write_log
from bench_cli import child_env, entry_point, timed

SMALL = 1_000
BASE = datetime(2025, 1, 1, tzinfo=UTC)
"""write_log stamps event n with BASE + n // 1000 seconds."""


def jsonl_store(path: Path, n: int) -> int:
    import handoff

    handoff.open_store(path, backend="jsonl").close()
    size = write_log(path, n)
    publish(path)
    return size


def publish(path: Path) -> None:
    """latest.json for the events written behind the store's back, as every append
    leaves it in real use (`--kind` reads use its per-kind counts)."""
    import handoff

    with handoff.open_store(path, create=False) as store:
        store.rebuild()


def sqlite_store(path: Path, source: Path) -> None:
    """The same events in a SQLite store: bodies copied byte for byte, 20,000 a commit."""
    import orjson

    import handoff
    from handoff.backends.base import StoredEvent

    store = handoff.open_store(path, backend="sqlite", durability="never")
    try:
        batch: list[StoredEvent] = []
        position = 0
        with open(source / "events.jsonl", "rb") as f:
            for line in f:
                body = line[:-1]
                batch.append(StoredEvent.from_body(body, orjson.loads(body)))
                if len(batch) == 20_000:
                    position = store.backend.append(batch, position).position
                    batch.clear()
        if batch:
            store.backend.append(batch, position)
    finally:
        store.close()
    publish(path)


def since_time(n: int) -> str:
    """A time after which only the last event of an n-event generated log falls."""
    return (BASE + timedelta(seconds=n // 1000 - 1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def cli_rows(table: Table, big: Path, small: Path, big_n: int, rounds: int, label: str) -> None:
    argv, name = entry_point()
    env = child_env()
    cases: list[tuple[str, list[str], list[str], float | None]] = [
        ("log --limit 20", ["log", "--limit", "20"], ["log", "--limit", "20"], 1.5),
        ("log --limit 20 --kind validation", ["log", "--limit", "20", "--kind", "validation"],
         ["log", "--limit", "20", "--kind", "validation"], 1.5),
        ("log --limit 20 --kind action_done", ["log", "--limit", "20", "--kind", "action_done"],
         ["log", "--limit", "20", "--kind", "action_done"], 1.5),
        ("log --since <seq of the 20th-last event>", ["log", "--since", str(big_n - 20)],
         ["log", "--since", str(SMALL - 20)], 1.5),
        ("log --since <time of the last second>", ["log", "--since", since_time(big_n)],
         ["log", "--since", since_time(SMALL)], 1.5),
    ]
    cases.append(("log --limit 20 --kind purge", ["log", "--limit", "20", "--kind", "purge"],
                  ["log", "--limit", "20", "--kind", "purge"], None))
    for what, big_args, small_args, target in cases:
        progress(f"{label}: {what}")
        if target is None:
            rounds = min(rounds, 3)
        sides = {"big": [*argv, "--store", str(big), *big_args],
                 "small": [*argv, "--store", str(small), *small_args]}
        out_big = subprocess.run(sides["big"], env=env, capture_output=True).stdout.count(b"\n")
        out_small = subprocess.run(sides["small"], env=env, capture_output=True).stdout.count(b"\n")
        samples: dict[str, list[float]] = {"big": [], "small": []}
        for r in range(rounds):
            for side in ("big", "small") if r % 2 == 0 else ("small", "big"):
                samples[side].append(timed(sides[side], env))
        table.ratio(f"`{name} {what}` at {big_n:,} events ({out_big} lines)", med(samples["big"]),
                    f"at {SMALL:,} ({out_small} lines)", med(samples["small"]), target)


def reader(store: Any, kwargs: dict[str, Any]) -> Callable[[], object]:
    return lambda: list(store.events(**kwargs))


def api_rows(table: Table, big: Path, small: Path, big_n: int, rounds: int) -> None:
    import handoff

    stores = {side: handoff.open_store(path, create=False) for side, path in
              (("big", big), ("small", small))}
    try:
        cases: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
            ("Store.events(limit=20)", {"limit": 20}, {"limit": 20}),
            ("Store.events(kind='validation', limit=20)", {"kind": "validation", "limit": 20},
             {"kind": "validation", "limit": 20}),
            ("Store.events(since_seq=n-20)", {"since_seq": big_n - 20}, {"since_seq": SMALL - 20}),
            ("Store.events(since_ts=<last second>)", {"since_ts": since_time(big_n)[:-1] + ".000000Z"},
             {"since_ts": since_time(SMALL)[:-1] + ".000000Z"}),
        ]
        for what, big_kw, small_kw in cases:
            samples = interleave({"big": reader(stores["big"], big_kw),
                                  "small": reader(stores["small"], small_kw)}, rounds=rounds, ops=20)
            table.ratio(f"{what}, in process, {big_n:,} events", med(samples["big"]),
                        f"{SMALL:,} events", med(samples["small"]), None)
    finally:
        for s in stores.values():
            s.close()


def main() -> None:
    parser = argparse.ArgumentParser(description="handoff log on a big log vs a small one")
    parser.add_argument("--quick", action="store_true", help="100,000 events instead of 1,000,000")
    parser.add_argument("--no-sqlite", action="store_true", help="JSONL only")
    args = parser.parse_args()
    big_n = 100_000 if args.quick else 1_000_000
    rounds = 5 if args.quick else 11
    with_sqlite = not args.no_sqlite
    print(f"## bench_reads: `handoff log` at {big_n:,} events vs {SMALL:,}\n\n{env_line()}")
    with scratch_dir("reads-") as work:
        progress(f"writing a JSONL log of {big_n:,} events")
        t0 = time.perf_counter()
        size = jsonl_store(work / "big", big_n)
        jsonl_store(work / "small", SMALL)
        progress(f"wrote {fmt_bytes(size)} in {time.perf_counter() - t0:.1f} s")
        table = Table(f"reads on JSONL: {big_n:,} events ({fmt_bytes(size)}) vs {SMALL:,}")
        cli_rows(table, work / "big", work / "small", big_n, rounds, "jsonl")
        api_rows(table, work / "big", work / "small", big_n, rounds)
        table.note("each CLI row: fresh processes, big and small interleaved, "
                   f"{rounds} runs each, medians; start-up is in both sides")
        table.note("`--kind action_done`: one event in ten, the rarest kind in the mix; `--kind "
                   "purge` has no events at all: latest.json counts none, so the read stops at its "
                   "position (before session 7 it read back to the start; context, 3 runs)")
        table.print()
        if with_sqlite:
            progress(f"filling a SQLite store with the same {big_n:,} events")
            t0 = time.perf_counter()
            sqlite_store(work / "big-sqlite", work / "big")
            sqlite_store(work / "small-sqlite", work / "small")
            progress(f"filled in {time.perf_counter() - t0:.1f} s")
            table = Table(f"reads on SQLite: {big_n:,} events vs {SMALL:,}")
            cli_rows(table, work / "big-sqlite", work / "small-sqlite", big_n, rounds, "sqlite")
            api_rows(table, work / "big-sqlite", work / "small-sqlite", big_n, rounds)
            table.print()


if __name__ == "__main__":
    main()
